"""Qt-free helpers of the recordings panel: status words (§3.3), the updateLayout diff
(§3.5: omitted fields revert), saved options, and the task pool's delivery rules."""

from __future__ import annotations

import threading

import pytest

from recstudio.ui.recordings.layout_diff import layout_changes, layout_of_start
from recstudio.ui.recordings.options import RecordingOptions, load_options, save_options
from recstudio.ui.recordings.status_words import (
    describe_file,
    format_elapsed,
    status_meaning,
    status_words,
)


@pytest.mark.parametrize(
    ("status", "words"),
    [
        (0, "0 not started"),
        (4, "4 all components ready"),
        (5, "5 in progress"),
        (6, "6 stop requested"),
        (20, "20 exited abnormally"),
        (None, "—"),
        (42, "42 undocumented status"),
    ],
)
def test_status_words_follow_reference_3_3(status, words) -> None:
    assert status_words(status) == words


def test_status_meaning_and_elapsed() -> None:
    assert "recording" in status_meaning(5)
    assert "abnormally" in status_meaning(20)
    assert format_elapsed(125) == "2:05"
    assert format_elapsed(3725) == "1:02:05"
    assert (
        describe_file({"fileName": "a.m3u8", "trackType": "audio", "uid": "7"})
        == "a.m3u8 (audio, uid 7)"
    )
    assert describe_file("x.m3u8") == "x.m3u8"


def test_omitted_layout_fields_revert_to_defaults() -> None:
    current = {
        "mixedVideoLayout": 3,
        "backgroundColor": "#112233",
        "layoutConfig": [{"x_axis": 0.0}],
    }
    new = {"mixedVideoLayout": 1}
    changes = layout_changes(current, new)
    assert [c.describe() for c in changes] == [
        "backgroundColor → #000000 (default; was #112233)",
        "layoutConfig → unset (default; was 1 region)",
        "mixedVideoLayout: 3 → 1",
    ]
    assert [c.reverts for c in changes] == [True, True, False]


def test_default_valued_field_omitted_is_no_change() -> None:
    assert layout_changes({"backgroundColor": "#000000"}, {}) == []
    assert (
        layout_changes({}, {"backgroundColor": "#FFFFFF"})[0].describe()
        == "backgroundColor: set to #FFFFFF"
    )


def test_layout_of_start_takes_the_layout_subset() -> None:
    request = {
        "recordingConfig": {
            "transcodingConfig": {"width": 640, "mixedVideoLayout": 1, "backgroundColor": "#FF0000"}
        }
    }
    assert layout_of_start(request) == {"mixedVideoLayout": 1, "backgroundColor": "#FF0000"}
    assert layout_of_start({}) == {}


def test_options_round_trip_and_bad_values(tmp_path) -> None:
    path = tmp_path / "recordings.json"
    save_options(RecordingOptions(poll_interval_s=30, max_duration_min=90, async_stop=True), path)
    loaded = load_options(path)
    assert (loaded.poll_interval_s, loaded.max_duration_min, loaded.async_stop) == (30, 90, True)
    assert loaded.max_duration_s == 5400
    bad = RecordingOptions.from_json(
        {"poll_interval_s": 0, "max_duration_min": -1, "async_stop": "yes"}
    )
    assert (bad.poll_interval_s, bad.max_duration_min, bad.async_stop) == (120, 0, False)


def test_task_pool_delivers_on_gui_thread_and_interrupts_sleep(qtbot) -> None:
    from recstudio.ui.recordings.workers import TaskCancelled, TaskPool

    pool = TaskPool()
    gui = threading.get_ident()
    seen: list[tuple[str, int]] = []
    pool.submit(
        threading.get_ident, on_done=lambda worker: seen.append(("done", worker)), label="x"
    )
    assert pool.busy_text == "x"
    qtbot.waitUntil(lambda: bool(seen), timeout=2000)
    assert seen[0][1] != gui and pool.busy_text == ""
    errors: list[BaseException] = []
    sleeping = threading.Event()
    pool.submit(lambda: (sleeping.set(), pool.sleep(30)), on_error=errors.append)
    assert sleeping.wait(5)  # the task is in its sleep before shutdown is asked
    assert pool.shutdown(2000)  # the 30 s sleep is interrupted
    assert pool.submit(lambda: 1) == 0  # nothing runs after shutdown
    assert errors == []  # results after shutdown are dropped
    with pytest.raises(TaskCancelled):
        pool.sleep(0)
