"""Issue 16 Build 2 "and the same from the app": the window runs the NCS receiver (port,
secret from the keyring or typed, never in the project), the Sandbox's signed events reach
it over real HTTP, land in the ledger database by sid and show in an open timeline live."""

from __future__ import annotations

import json

import keyring
import pytest
from idle_kit import fast_window, start_idle_recording
from keyring_doubles import MemoryKeyring

from recstudio.events.signature import Verdict
from recstudio.events.store import EventStore
from recstudio.model.project import project_to_data
from recstudio.settings.secrets import SERVICE_NAME
from recstudio.ui.recordings.event_receiver import SECRET_KEY

NCS_SECRET = "ncs-app-secret-4b7"


@pytest.fixture
def memory_keyring():
    backend = MemoryKeyring()
    previous = keyring.get_keyring()
    keyring.set_keyring(backend)
    yield backend
    keyring.set_keyring(previous)


@pytest.fixture
def window(qtbot, memory_keyring):
    with fast_window(qtbot) as (win, host):
        yield win, host
        win.event_receiving.stop_now()


def _events(sid: str) -> list:
    with EventStore() as store:
        return store.events_for(sid)


def test_receive_from_the_app_into_the_ledger_and_a_live_timeline(
    qtbot, window, memory_keyring
) -> None:
    win, host = window
    receiving = win.event_receiving
    dialog = win.open_event_receiver()
    assert dialog.state.text() == "Not receiving events."
    dialog.port_spin.setValue(0)
    dialog.secret_edit.setText(NCS_SECRET)
    dialog.remember.setChecked(True)
    dialog.button.click()
    qtbot.waitUntil(lambda: receiving.running, timeout=5000)
    assert dialog.secret_edit.text() == ""  # handed over, not kept in the widget
    assert memory_keyring.store[(SERVICE_NAME, SECRET_KEY)] == NCS_SECRET
    assert receiving.url.startswith("http://127.0.0.1:")
    assert "signatures checked" in dialog.state.text()

    item = start_idle_recording(qtbot, win, "live-room")
    win.recordings.panel.select(item.key)
    timeline = win.recordings.panel.open_timeline()
    qtbot.waitUntil(lambda: timeline.tree.topLevelItemCount() > 0, timeout=5000)
    assert "event" not in _kinds(timeline)

    # the Sandbox panel's notify box sends to the app's receiver when its URL is empty
    box = win.recordings.sandbox_panel.notify_box
    box.secret_edit.setText(NCS_SECRET)
    box.toggle()
    assert host.server.notifier is not None and host.server.notifier.url == receiving.url
    # idle exit after 5 s: the open timeline shows it without anyone pressing Refresh
    qtbot.waitUntil(lambda: any("leaveCode 4" in t for t in _meanings(timeline)), timeout=15000)
    assert "event" in _kinds(timeline)
    stored = _events(item.sid)
    assert stored and all(k.verdict is Verdict.VALID for k in stored)
    qtbot.waitUntil(lambda: dialog.events.topLevelItemCount() >= len(stored), timeout=5000)
    assert item.sid in dialog.events.topLevelItem(0).text(1)
    assert win.statusBar().findChild(type(dialog.state), "ncsIndicator").isVisible()
    # the secret is nowhere in the project
    assert NCS_SECRET not in json.dumps(project_to_data(win.document.project, include_secrets=True))

    dialog.button.click()
    qtbot.waitUntil(lambda: not receiving.running and not receiving.busy, timeout=5000)
    assert dialog.state.text() == "Not receiving events."
    # started again with no secret typed: the remembered one checks signatures
    dialog.button.click()
    qtbot.waitUntil(lambda: receiving.running, timeout=5000)
    assert "signatures checked" in dialog.state.text()
    timeline.close()


def test_a_port_in_use_is_named_and_nothing_runs(qtbot, window) -> None:
    win, _host = window
    receiving = win.event_receiving
    with EventStore() as store:
        from recstudio.events.receiver import EventReceiver

        with EventReceiver(store) as taken:
            dialog = win.open_event_receiver()
            dialog.port_spin.setValue(taken.port)
            dialog.button.click()
            qtbot.waitUntil(lambda: not receiving.busy, timeout=5000)
    assert not receiving.running
    assert f"cannot listen on 127.0.0.1:{taken.port}" in dialog.state.text()
    assert "choose another port" in dialog.state.text()
    assert dialog.button.isEnabled() and dialog.port_spin.isEnabled()


def _kinds(timeline) -> list[str]:
    return [timeline.tree.topLevelItem(i).text(1) for i in range(timeline.tree.topLevelItemCount())]


def _meanings(timeline) -> list[str]:
    return [timeline.tree.topLevelItem(i).text(3) for i in range(timeline.tree.topLevelItemCount())]
