"""Issue 16 step 6: the recordings panel's timeline and Diagnose, over real HTTP to the
in-process Sandbox, whose NCS events reach the app's own receiver."""

from __future__ import annotations

import zipfile

import pytest
from idle_kit import STORAGE_SECRET, fast_window, start_idle_recording

from recstudio.events.receiver import EventReceiver
from recstudio.events.store import EventStore

NCS_SECRET = "ncs-ui-secret-5d2"


@pytest.fixture
def studio(qtbot):
    with (
        fast_window(qtbot) as (win, host),
        EventStore() as store,
        EventReceiver(store, secret=NCS_SECRET) as receiver,
    ):
        yield win, host, receiver


def test_timeline_shows_requests_statuses_events_and_diagnose_names_idle_exit(
    qtbot, studio, tmp_path
) -> None:
    win, host, receiver = studio
    item = start_idle_recording(qtbot, win, "support-room")
    host.server.notify(receiver.url, NCS_SECRET, tick_s=0.05)
    # the notifier only reports what happens from now on: the idle exit after 5 s
    qtbot.waitUntil(lambda: any(
        k.event is not None and k.event.event_type == 11
        for k in receiver.store.events_for(item.sid)
    ), timeout=15000)  # fmt: skip
    win.recordings.panel.select(item.key)
    assert win.recordings.panel.timeline_button.isEnabled()
    dialog = win.recordings.panel.open_timeline()
    qtbot.waitUntil(lambda: dialog.tree.topLevelItemCount() > 0, timeout=5000)
    kinds = [dialog.tree.topLevelItem(i).text(1) for i in range(dialog.tree.topLevelItemCount())]
    assert kinds[:2] == ["request", "request"] and "status" in kinds and "event" in kinds
    texts = [dialog.tree.topLevelItem(i).text(3) for i in range(dialog.tree.topLevelItemCount())]
    assert any("leaveCode 4" in t for t in texts)
    dialog.storage_box.setChecked(False)  # its bucket is at Amazon: no probe from a test
    dialog.diagnose_button.click()
    answer = dialog.answer.toPlainText()
    assert "Likely cause: nobody was in the channel for maxIdleTime (5 s)" in answer
    bundle = tmp_path / "b.zip"
    dialog.write_bundle(bundle)
    qtbot.waitUntil(lambda: "written" in dialog.status.text(), timeout=5000)
    with zipfile.ZipFile(bundle) as z:
        assert STORAGE_SECRET.encode() not in b"".join(z.read(n) for n in z.namelist())
    dialog.close()


def test_sandbox_panel_sends_events_to_the_url_given(qtbot, studio) -> None:
    win, host, receiver = studio
    box = win.recordings.sandbox_panel.notify_box
    box.toggle()
    assert box.state.text() == "Start the Sandbox first."
    host.ensure_started("sandbox", "sandbox")
    box.url_edit.setText("ftp://nowhere")
    box.toggle()
    assert "needs an http(s) URL" in box.state.text()
    box.url_edit.setText(receiver.url)
    box.secret_edit.setText(NCS_SECRET)
    box.toggle()
    assert host.server.notifier is not None and host.server.notifier.url == receiver.url
    assert box.state.text() == f"Sending signed events to {receiver.url}."
    box.toggle()
    assert host.server.notifier is None and box.button.text() == "Send events"
