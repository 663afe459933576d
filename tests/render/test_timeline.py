"""Rehearsal scripts: parsing with clear errors, state over time, markers, templates,
and the project field (old projects load without it)."""

from __future__ import annotations

import pytest

from recstudio.model.project import load_project, new_project, project_from_data, save_project
from recstudio.render.session import Session
from recstudio.render.timeline import (
    ExitRule,
    TimelineError,
    idle_exit,
    markers,
    mp4_rollover_for,
    parse_rehearsal,
    state_at,
    template,
)


def script(*events: dict, duration: float | None = None) -> dict:
    out: dict = {"events": list(events)}
    if duration is not None:
        out["duration"] = duration
    return out


def test_state_follows_joins_leaves_and_video_changes_in_join_order() -> None:
    r = parse_rehearsal(
        script(
            {"at": 0, "kind": "join", "uid": "1"},
            {"at": 5, "kind": "join", "uid": 2},
            {"at": 10, "kind": "video_off", "uid": "1"},
            {"at": 12, "kind": "leave", "uid": "2"},
            {"at": 14, "kind": "join", "uid": "2"},
            {"at": 15, "kind": "layout", "layout": "B"},
        )
    )
    assert [u.uid for u in state_at(r, 6).users] == ["1", "2"]
    at11 = state_at(r, 11)
    assert at11.users[0].video is False and at11.users[0].video_off_at == 10
    assert [u.uid for u in state_at(r, 13).users] == ["1"]
    rejoined = state_at(r, 15, "A")
    assert [u.uid for u in rejoined.users] == ["1", "2"]  # a rejoin goes to the end
    assert rejoined.layout == "B" and state_at(r, 14.9, "A").layout == "A"


@pytest.mark.parametrize(
    ("event", "message"),
    [
        ({"at": -1, "kind": "join", "uid": "1"}, r"events\[0\]\.at"),
        ({"at": 0, "kind": "dance", "uid": "1"}, r"events\[0\]\.kind must be one of"),
        ({"at": 0, "kind": "join"}, r"events\[0\]\.uid is required"),
        ({"at": 0, "kind": "layout"}, r"events\[0\]\.layout must name a layout"),
        ({"at": 0, "kind": "join", "uid": "1", "video": "yes"}, r"events\[0\]\.video"),
    ],
)
def test_bad_events_are_named(event: dict, message: str) -> None:
    with pytest.raises(TimelineError, match=message):
        parse_rehearsal(script(event))


def test_unknown_keys_are_ignored_for_newer_scripts() -> None:
    r = parse_rehearsal({"events": [{"at": 1, "kind": "join", "uid": "1", "mood": "x"}], "v": 2})
    assert r.events[0].uid == "1"


def test_idle_exit_counts_max_idle_time_after_the_channel_empties() -> None:
    r = parse_rehearsal(
        script({"at": 0, "kind": "join", "uid": "1"}, {"at": 40, "kind": "leave", "uid": "1"})
    )
    assert idle_exit(r, ExitRule(30)) == 70
    # somebody back within maxIdleTime: no exit then
    back = parse_rehearsal(
        script(
            {"at": 0, "kind": "join", "uid": "1"},
            {"at": 40, "kind": "leave", "uid": "1"},
            {"at": 60, "kind": "join", "uid": "2"},
        )
    )
    assert idle_exit(back, ExitRule(30)) is None
    # nobody ever joins: idle from the start
    assert idle_exit(parse_rehearsal({}), ExitRule(30)) == 30


def test_live_channels_idle_when_nobody_publishes() -> None:
    r = parse_rehearsal(
        script(
            {"at": 0, "kind": "join", "uid": "1"},
            {"at": 10, "kind": "video_off", "uid": "1"},
            {"at": 12, "kind": "audio_off", "uid": "1"},
        )
    )
    assert idle_exit(r, ExitRule(30, live=True)) == 42
    assert idle_exit(r, ExitRule(30, live=False)) is None


def test_markers_show_layout_changes_exit_and_mp4_rollover() -> None:
    r = parse_rehearsal(
        script(
            {"at": 0, "kind": "join", "uid": "1"},
            {"at": 60, "kind": "layout", "layout": "Share"},
            {"at": 9000, "kind": "leave", "uid": "1"},
            duration=20000,
        )
    )
    found = markers(r, ExitRule(300), mp4_rollover_s=mp4_rollover_for("mix", ["hls", "mp4"]))
    assert [(m.at, m.kind) for m in found] == [
        (60, "layout"),
        (7200, "mp4_rollover"),
        (9300, "idle_exit"),
    ]
    assert mp4_rollover_for("mix", ["hls"]) is None
    assert mp4_rollover_for("web", ["hls", "mp4"], 30) == 1800


def test_templates() -> None:
    late = template("interview-late-guest")
    assert [u.uid for u in state_at(late, 10).users] == ["1001"]
    assert [u.uid for u in state_at(late, 20).users] == ["1001", "1002"]
    share = template("screen-share-1min", screen_layout="Share")
    assert state_at(share, 60, "Main").layout == "Share"
    crowd = template("17-then-18")
    assert len(state_at(crowd, 25).users) == 18
    with pytest.raises(TimelineError, match="unknown rehearsal template"):
        template("party")


def test_the_18th_user_is_picked_up_when_one_of_the_17_leaves() -> None:
    p = new_project()
    p.rehearsal = template("17-then-18").to_json()
    session = Session.from_project(p)
    at25 = session.plan_at(25)
    assert "1018" in at25.unshown_uids and "1018" not in at25.shown_uids
    at31 = session.plan_at(31)
    assert "1018" in at31.shown_uids and "1001" not in at31.shown_uids


def test_project_keeps_the_rehearsal_and_old_files_load_without_it(tmp_path) -> None:
    p = new_project()
    p.rehearsal = template("interview-late-guest").to_json()
    save_project(p, tmp_path / "a.recstudio.json")
    again = load_project(tmp_path / "a.recstudio.json")
    assert parse_rehearsal(again.rehearsal) == parse_rehearsal(p.rehearsal)
    from recstudio.model.project import project_to_data

    old = project_to_data(new_project())
    assert "rehearsal" not in old  # no script: the file is what older versions wrote
    assert project_from_data(old).rehearsal == {}


def test_a_layout_event_naming_a_missing_layout_is_reported() -> None:
    p = new_project()
    p.rehearsal = script({"at": 5, "kind": "layout", "layout": "Nope"})
    with pytest.raises(TimelineError, match="sends layout 'Nope'"):
        Session.from_project(p)


def test_presence_spans_merge_runs_and_mark_video() -> None:
    from recstudio.render.timeline import presence_spans

    r = parse_rehearsal(
        script(
            {"at": 0, "kind": "join", "uid": "1"},
            {"at": 5, "kind": "join", "uid": "2"},
            {"at": 10, "kind": "video_off", "uid": "1"},
            {"at": 15, "kind": "leave", "uid": "2"},
            duration=20,
        )
    )
    assert presence_spans(r) == [
        ("1", [(0.0, 10.0, True), (10.0, 20.0, False)]),
        ("2", [(5.0, 15.0, True)]),
    ]
