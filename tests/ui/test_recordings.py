"""Issue 6 acceptance: start → status 5 → send layout → stop → files, over real HTTP to the
in-process Sandbox; crash recovery from the ledger; Start blocked by errors; the
updateLayout diff; the close hook; the maximum duration; the request log without secrets."""

from __future__ import annotations

import json
from pathlib import Path
from urllib.parse import urlsplit

import pytest
from PySide6.QtCore import Qt
from PySide6.QtWidgets import QDialog, QMessageBox
from window_kit import dispose_window, window_sandbox

from recstudio.api.ledger import Ledger
from recstudio.api.retry import RetryPolicy
from recstudio.emulator import Timing
from recstudio.settings.profiles import SANDBOX_APP_ID
from recstudio.ui.launch import build_main_window
from recstudio.ui.recordings.panel import LayoutConfirmDialog

#: The Sandbox moves through statuses 1 → 5 in 0.6 s and cuts the first slice after 0.5 s.
FAST = Timing(
    status_schedule=((0.0, 1), (0.1, 2), (0.2, 3), (0.3, 4), (0.6, 5)),
    mix_first_slice_s=0.5,
    individual_first_slice_s=0.5,
    web_first_slice_s=0.5,
)
SECRET = "SuperSecretKey123"
APP = SANDBOX_APP_ID
CNAME = "support-room"


@pytest.fixture
def sandbox():
    with window_sandbox(FAST) as host:
        yield host


def _open(qtbot, *, retry_never: bool = False):
    win = build_main_window()
    c = win.recordings.controller
    c.options.first_query_delay_s = 0.05
    c.options.confirm_backoff_s = (0.1,)
    c.options.poll_interval_s = 0.3
    if retry_never:
        c.retry_policy = RetryPolicy.never()
    win.show()
    qtbot.waitExposed(win)
    qtbot.waitUntil(lambda: c.loaded, timeout=5000)
    return win


def _dispose(win, *, kill: bool = False) -> None:
    """Close without questions; nothing is stopped either way (``kill`` only says that the
    test means it as a SIGKILL)."""
    dispose_window(win)


@pytest.fixture
def window(qtbot, sandbox):
    win = _open(qtbot)
    yield win
    _dispose(win)


def _fill(win, cname: str = CNAME) -> None:
    d = win.document
    d.set_value(("cname",), cname)
    d.set_value(("uid",), "527841")
    d.set_value(("start", "storageConfig", "bucket"), "recordings")
    d.set_value(("start", "storageConfig", "accessKey"), "AKEXAMPLE")
    d.set_value(("start", "storageConfig", "secretKey"), SECRET)
    d.refresh()


def _only(win):
    items = list(win.recordings.controller.items.values())
    assert len(items) == 1, items
    return items[0]


def _start_running(qtbot, win, *, join: str | None = "1001"):
    c = win.recordings.controller
    assert win.recordings.toolbar.act_start.isEnabled(), win.recordings.toolbar.act_start.toolTip()
    win.recordings.toolbar.act_start.trigger()
    qtbot.waitUntil(lambda: len(c.items) == 1, timeout=5000)
    item = _only(win)
    qtbot.waitUntil(lambda: item.state == "running", timeout=8000)
    if join:
        assert win.recordings.sandbox_panel.join(join)
    return item


# -- the whole flow ----------------------------------------------------------------------------


def test_start_status5_send_layout_stop_lists_files(window, qtbot, sandbox, monkeypatch) -> None:
    c = window.recordings.controller
    _fill(window)
    window.document.set_value(("layouts", "Main", "backgroundColor"), "#112233")
    window.document.set_value(
        ("layouts",), {**window.document.project.layouts, "Screen": {"mixedVideoLayout": 2}}
    )
    window.document.refresh()
    item = _start_running(qtbot, window)
    assert item.sid and item.resource_id and item.cname == CNAME and item.mode == "mix"
    assert window.recordings.panel.model.rowCount() == 1
    # polling (interval 0.3 s) brings the status to 5 "in progress" (§3.3)
    qtbot.waitUntil(lambda: item.server_status == 5, timeout=5000)
    row = window.recordings.panel.model.row_of(item.key)
    assert window.recordings.panel.model.index(row, 8).data() == "5 in progress"
    assert "1 recording running" in window.recordings.toolbar.running_label.text()

    # Send layout: the dialog lists the reverted background colour first (§3.5)
    window.recordings.panel.select(item.key)
    window.recordings.panel.layout_combo.setCurrentText("Screen")
    seen: list[list[str]] = []

    def accept(dialog: LayoutConfirmDialog) -> int:
        seen.append(dialog.lines())
        return QDialog.DialogCode.Accepted

    monkeypatch.setattr(LayoutConfirmDialog, "exec", accept)
    assert window.recordings.panel.layout_button.isEnabled()
    window.recordings.panel.layout_button.click()
    assert seen and seen[0][0].startswith("⚠ backgroundColor → #000000 (default; was #112233)")
    assert any("mixedVideoLayout: 1 → 2" in line for line in seen[0])
    qtbot.waitUntil(lambda: item.layout_name == "Screen", timeout=5000)
    layout = sandbox.server.recording(item.sid).layout
    assert layout == {"mixedVideoLayout": 2, "backgroundColor": "#000000"}

    # Stop (sync): the Sandbox flushes the slice; the files are listed in the panel
    # the participant's tracks are recorded from the join on: files need one
    qtbot.waitUntil(lambda: bool(sandbox.server.recording(item.sid).recorded), timeout=5000)
    window.recordings.toolbar.act_stop.trigger()
    qtbot.waitUntil(lambda: item.state == "stopped", timeout=8000)
    assert item.files, item.note
    assert window.recordings.panel.files.count() == len(item.files)
    assert CNAME in window.recordings.panel.files.item(0).text()
    assert not sandbox.server.recording(item.sid).alive
    assert Ledger().get(item.key).state == "stopped"
    assert "no recording running" in window.recordings.toolbar.running_label.text()
    endpoints = [r.endpoint for r in c.log]
    assert (
        endpoints[:2] == ["acquire", "start"]
        and "updateLayout" in endpoints
        and endpoints[-1] == "stop"
    )


# -- crash safety -------------------------------------------------------------------------------


def test_killed_app_recording_is_listed_queried_and_stoppable(qtbot, sandbox) -> None:
    first = _open(qtbot)
    _fill(first)
    item = _start_running(qtbot, first)
    sid = item.sid
    _dispose(first, kill=True)  # no stop, no question: the process "died"
    assert sandbox.server.recording(sid).alive
    assert [e.sid for e in Ledger().may_be_running()] == [sid]

    second = _open(qtbot)
    try:
        c = second.recordings.controller
        recovered = _only(second)
        assert recovered.sid == sid and recovered.recovered
        assert "earlier session" in recovered.note
        # the ledger already says 5: wait for the launch query itself
        qtbot.waitUntil(lambda: any(r.endpoint == "query" for r in c.log), timeout=8000)
        qtbot.waitUntil(
            lambda: recovered.server_status == 5 and recovered.state == "running", timeout=5000
        )
        second.recordings.panel.select(recovered.key)
        assert second.recordings.toolbar.act_stop.isEnabled()
        second.recordings.toolbar.act_stop.trigger()
        qtbot.waitUntil(lambda: recovered.state == "stopped", timeout=8000)
        assert not sandbox.server.recording(sid).alive
        assert Ledger().may_be_running() == []
    finally:
        _dispose(second)


# -- Start blocked by errors ---------------------------------------------------------------------


def test_start_disabled_while_bodies_have_errors(window, qtbot) -> None:
    act = window.recordings.toolbar.act_start
    assert not act.isEnabled()
    tip = act.toolTip()
    assert tip.startswith("Start is blocked by")
    assert "start: cname — cname must not be empty" in tip
    assert "clientRequest.storageConfig.bucket" in tip
    assert window.recordings.controller.start() is False
    _fill(window)
    qtbot.waitUntil(act.isEnabled, timeout=2000)
    assert "Acquire, start and confirm" in act.toolTip()


# -- errors explained ----------------------------------------------------------------------------


def test_404_right_after_start_is_explained(qtbot, sandbox) -> None:
    win = _open(qtbot, retry_never=True)
    try:
        _fill(win)
        win.recordings.toolbar.act_start.trigger()
        qtbot.waitUntil(lambda: sandbox.server is not None, timeout=5000)
        sandbox.server.faults.set(endpoint="query", failover_404_s=60)
        qtbot.waitUntil(
            lambda: bool(win.recordings.controller.items) and _only(win).state == "exited",
            timeout=8000,
        )
        item = _only(win)
        assert item.error is not None
        assert "failed to find worker" in item.error["title"]
        assert "recorder already exited" in item.error["explanation"]
        html = win.recordings.panel.details.toPlainText()
        assert "What to do" in html and "Query again after 5, 10 and 15 s" in html
    finally:
        _dispose(win)


def test_failed_start_shows_explanation_and_field(qtbot, sandbox) -> None:
    win = _open(qtbot, retry_never=True)
    try:
        _fill(win)
        # the Sandbox rejects a token that is not a token (code 2 names the field)
        win.recordings.controller.ensure_sandbox()
        qtbot.waitUntil(lambda: sandbox.server is not None, timeout=5000)
        sandbox.server.faults.set(endpoint="start", http_5xx=503, count=None)
        win.recordings.toolbar.act_start.trigger()
        qtbot.waitUntil(lambda: not win.recordings.controller.starting, timeout=8000)
        items = list(win.recordings.controller.items.values())
        assert len(items) == 1 and items[0].state == "failed"  # 4 attempts, one row
        assert "tried 4 times" in items[0].note
        assert any(i.error and "failed to allocate worker" in i.error["title"] for i in items)
        assert win.recordings.controller.running_count() == 0
    finally:
        _dispose(win)


def test_start_that_succeeds_on_a_later_round_is_one_row(qtbot, sandbox) -> None:
    """A 5xx start is followed by a new acquire + start (§9.2); when that works, the panel
    shows one running recording that says it needed two attempts, not a failed row too."""
    win = _open(qtbot, retry_never=True)
    try:
        _fill(win)
        win.recordings.controller.ensure_sandbox()
        qtbot.waitUntil(lambda: sandbox.server is not None, timeout=5000)
        sandbox.server.faults.set(endpoint="start", http_5xx=503, count=1)
        win.recordings.toolbar.act_start.trigger()
        qtbot.waitUntil(lambda: not win.recordings.controller.starting, timeout=15000)
        items = list(win.recordings.controller.items.values())
        assert len(items) == 1 and items[0].state == "running"
        assert "attempt 2" in items[0].note
        assert len(Ledger().entries()) == 2  # the failed round is still journaled
    finally:
        _dispose(win)


def test_a_late_start_is_shown_in_the_panel(window, qtbot) -> None:
    """R37: the runner's slow_start event (a start more than 2 s after acquire) reaches the
    row, its tooltip and the details, through the same bridge the start worker uses."""
    from recstudio.api.runner import RunnerEvent, slow_start_warning

    c = window.recordings.controller
    _fill(window)
    item = _start_running(qtbot, window, join=None)
    warning = slow_start_warning(2.7)
    context = {"profile": item.profile, "cname": item.cname, "uid": item.uid,
               "mode": item.mode, "layout": None, "layout_name": ""}  # fmt: skip
    c._bridge.runner_event.emit((item.key, RunnerEvent("slow_start", warning), context, APP))
    qtbot.waitUntil(lambda: item.slow_start == warning, timeout=5000)
    row = window.recordings.panel.model.row_of(item.key)
    state = window.recordings.panel.model.index(row, 0)
    assert state.data().endswith("⚠ late start (R37)")
    assert warning in state.data(Qt.ItemDataRole.ToolTipRole)
    window.recordings.panel.select(item.key)
    qtbot.waitUntil(
        lambda: "2.7 s after acquire" in window.recordings.panel.details.toPlainText(), timeout=5000
    )


# -- closing -------------------------------------------------------------------------------------


@pytest.mark.parametrize(
    ("answer", "closes", "alive"),
    [
        (QMessageBox.StandardButton.Yes, True, False),
        (QMessageBox.StandardButton.No, True, True),
        (QMessageBox.StandardButton.Cancel, False, True),
    ],
)
def test_close_asks_about_running_recordings(
    qtbot, sandbox, monkeypatch, answer, closes, alive
) -> None:
    win = _open(qtbot)
    _fill(win)
    item = _start_running(qtbot, win)
    asked: list[str] = []

    def fake_exec(box: QMessageBox) -> int:
        asked.append(box.text())
        return answer.value

    monkeypatch.setattr(QMessageBox, "exec", fake_exec)
    win.document.undo_stack.setClean()
    win.close()
    assert asked and "1 recording(s) may still be running" in asked[0] and CNAME in asked[0]
    assert win.isVisible() is (not closes)
    assert sandbox.server.recording(item.sid).alive is alive
    if not closes:
        _dispose(win, kill=True)
    else:
        win.deleteLater()


# -- maximum duration ----------------------------------------------------------------------------


def test_maximum_duration_stops_the_recording(window, qtbot, sandbox) -> None:
    c = window.recordings.controller
    _fill(window)
    item = _start_running(qtbot, window)
    window.recordings.toolbar.max_duration.setValue(1)  # minutes, through the toolbar
    assert c.options.max_duration_min == 1
    c.options.max_duration_min = 0.02  # 1.2 s, so the test stays fast
    qtbot.waitUntil(lambda: item.state == "stopped", timeout=8000)
    assert "maximum duration" in item.note
    assert not sandbox.server.recording(item.sid).alive


# -- request log ------------------------------------------------------------------------------


def test_request_log_lists_calls_without_secrets_and_exports(window, qtbot, tmp_path: Path) -> None:
    c = window.recordings.controller
    _fill(window)
    _start_running(qtbot, window)
    log = window.recordings.log_panel
    assert log.model.rowCount() >= 3
    start_row = [r.endpoint for r in log.model.records].index("start")
    assert log.model.index(start_row, 2).data() == "200"
    # which host answered (regional failover, reference §1.1)
    assert log.model.index(start_row, 6).data() == urlsplit(log.model.records[start_row].url).netloc
    details = log.model.index(start_row, 0).data(256)  # Qt.UserRole: the full text
    assert '"secretKey": "<STORAGE_SECRET_KEY>"' in details  # redacted in place, not dropped
    assert SECRET not in details
    log.filter.setText("acquire")
    assert log.proxy.rowCount() == 1
    log.filter.clear()
    out = tmp_path / "support.json"
    c.export_log(out)
    qtbot.waitUntil(out.exists, timeout=5000)
    text = out.read_text()
    assert (
        SECRET not in text
        and "sandbox" not in json.loads(text)["requests"][0]["url"].split("/v1")[1]
    )
    bundle = json.loads(text)
    assert bundle["format"] == "recstudio-support-bundle"
    assert [r["endpoint"] for r in bundle["requests"]][:2] == ["acquire", "start"]
    assert bundle["recordings"][0]["sid"]
    stored = b"".join(p.read_bytes() for p in Ledger().path.parent.glob("ledger.sqlite3*"))
    assert SECRET.encode() not in stored


# -- Sandbox panel and profiles ----------------------------------------------------------------


def test_sandbox_panel_joins_participants_and_sets_faults(window, qtbot, sandbox) -> None:
    _fill(window)
    panel = window.recordings.sandbox_panel
    assert not panel.join_button.isEnabled()  # not started yet
    panel.start_button.click()
    qtbot.waitUntil(
        lambda: sandbox.server is not None and panel.join_button.isEnabled(), timeout=5000
    )
    assert panel.join("2002")
    assert sandbox.server.channel(SANDBOX_APP_ID, CNAME).uids == ["2002"]
    assert panel.participants.count() == 1
    panel.endpoint_combo.setCurrentText("query")
    panel.code65_button.click()
    assert sandbox.server.faults.snapshot()[0]["kind"] == "code_65"
    assert "code 65 on query" in panel.faults_label.text()
    panel.endpoint_combo.setCurrentText("stop")
    panel.stranded_button.click()  # raw's delayed upload (agora-2026.md §1)
    assert {f["kind"] for f in sandbox.server.faults.snapshot()} == {"code_65", "stranded"}
    assert "stranded upload on stop" in panel.faults_label.text()
    panel.clear_faults()
    assert sandbox.server.faults.snapshot() == []
    panel.participants.setCurrentRow(0)
    panel.leave_button.click()
    assert sandbox.server.channel(SANDBOX_APP_ID, CNAME).uids == []


def test_profiles_dialog_add_test_delete(window, qtbot, sandbox) -> None:
    from recstudio.ui.recordings.profiles_dialog import ProfilesDialog

    dialog = ProfilesDialog(window.recordings.controller, window)
    dialog.show()
    try:
        qtbot.waitUntil(
            lambda: dialog.list.count() >= 1 and dialog.save_button.isEnabled(), timeout=5000
        )
        assert "session" in dialog.keyring.text()  # the "fail" keyring backend of the tests
        dialog.test_current()  # the Sandbox profile: starts the emulator, NCS IP list
        qtbot.waitUntil(lambda: "Connected to" in dialog.result_label.text(), timeout=5000)
        dialog._on_add_clicked()
        dialog.name_edit.setText("Customer A")
        dialog.customer_id_edit.setText("cid")
        dialog.secret_edit.setText("csecret")
        dialog.app_id_edit.setText("a" * 32)
        # issue 10 item 6: Basic auth over plain http to another host is refused, named
        dialog.url_combo.setEditText("http://api.sd-rtn.com")
        dialog.save_current()
        assert "clear text" in dialog.result_label.text() and dialog.list.count() == 1
        assert dialog.secret_edit.text() == "csecret"  # nothing was taken from the form
        dialog.url_combo.setCurrentIndex(dialog.url_combo.findData("https://api.sd-rtn.com"))
        dialog.save_current()
        qtbot.waitUntil(lambda: dialog.list.count() == 2, timeout=5000)
        store = window.recordings.controller.connections().store
        assert store.get("Customer A").customer_id == "cid"
        # a URL chosen from the list is a custom URL: no region, no failover (§1.1)
        assert store.get("Customer A").region is None
        assert store.get("Customer A").base_url == "https://api.sd-rtn.com"
        assert "csecret" not in store.path.read_text()
        assert dialog.delete_button.isEnabled()
        dialog.url_combo.setCurrentIndex(dialog.url_combo.findData("region:eu"))
        dialog.save_current()
        qtbot.waitUntil(lambda: store.get("Customer A").region == "eu", timeout=5000)
        assert store.get("Customer A").base_url == "https://api-eu-west-1.agora.io"
        qtbot.waitUntil(dialog.delete_button.isEnabled, timeout=5000)
        dialog._on_delete_clicked()
        qtbot.waitUntil(lambda: dialog.list.count() == 1, timeout=5000)
    finally:
        dialog.done(0)
    qtbot.waitUntil(lambda: window.recordings.controller.profile_names == ["Sandbox"], timeout=5000)
    assert window.recordings.toolbar.profile_combo.count() == 1


def test_profile_combo_sets_project_profile(window, qtbot) -> None:
    combo = window.recordings.toolbar.profile_combo
    assert combo.currentText() == "Sandbox"
    combo.addItem("Other")
    combo.activated.emit(1)
    assert window.document.project.profile == "Other"
    window.document.undo_stack.undo()
    assert combo.currentText() == "Sandbox"
