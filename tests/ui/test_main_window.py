"""Issue 4 acceptance: forms edit the JSON, problems jump to fields, undo/redo, import of
every format, export redaction, autosave recovery, mode switching."""

from __future__ import annotations

import json

import pytest
from PySide6.QtCore import Qt
from PySide6.QtWidgets import QApplication, QMessageBox
from window_kit import dispose_window as _dispose

from recstudio.model import Endpoint, Mode
from recstudio.model.paths import MISSING
from recstudio.settings.workspaces import Workspace
from recstudio.ui.launch import build_main_window


def _section(win, key: str):
    return win.section(key)  # the Request workspace, with that section selected


def _row(win, section: str, key: str):
    sec = _section(win, section)
    for form in sec.forms:
        for row in form.rows:
            if row.meta.key == key:
                return row
    raise AssertionError(f"{section}.{key} not found")


def _json(win) -> dict:
    # the first check runs on a worker after the window shows; flush() runs it now, so the
    # panel is never read before it has any text (run alone, this test used to race it)
    win.document.flush()
    QApplication.processEvents()
    return json.loads(win.json_panel.text.toPlainText())


def _type_number(qtbot, win, section: str, key: str, text: str):
    """Type ``text`` into a number field the way a person does; returns its row."""
    row = _row(win, section, key)
    box = row.editor.box
    box.setFocus()
    box.selectAll()
    qtbot.keyClicks(box, text)
    qtbot.keyClick(box, Qt.Key.Key_Return)
    return row


def test_editing_a_field_changes_the_json(window, qtbot) -> None:
    _type_number(qtbot, window, "recording", "maxIdleTime", "300")
    qtbot.waitUntil(lambda: _json(window)["clientRequest"]["recordingConfig"]["maxIdleTime"] == 300)
    assert window.document.get(("start", "recordingConfig", "maxIdleTime")) == 300


def test_text_field_edit_and_clear(window, qtbot) -> None:
    row = _row(window, "storage", "bucket")
    line = row.editor.line
    line.setFocus()
    qtbot.keyClicks(line, "my-bucket")
    qtbot.keyClick(line, Qt.Key.Key_Return)
    assert _json(window)["clientRequest"]["storageConfig"]["bucket"] == "my-bucket"
    line.clear()
    qtbot.keyClick(line, Qt.Key.Key_Return)
    assert "bucket" not in _json(window)["clientRequest"]["storageConfig"]


def test_bad_value_lists_problem_and_click_focuses_field(window, qtbot) -> None:
    window.document.set_value(("start", "recordingConfig", "transcodingConfig", "width"), 2500)
    QApplication.processEvents()
    tree = window.problems_panel.tree
    item = next(
        tree.topLevelItem(i)
        for i in range(tree.topLevelItemCount())
        if tree.topLevelItem(i).text(3).endswith("transcodingConfig.width")
    )
    assert item.text(0) == "✖" and item.text(2) == "start"
    assert "1920" in item.text(4)
    _section(window, "session")  # look somewhere else first
    tree.itemClicked.emit(item, 0)
    qtbot.waitUntil(lambda: QApplication.focusWidget() is not None)
    width_row = _row(window, "transcoding", "width")
    assert window.section_stack.currentWidget() is window.sections["transcoding"].widget
    assert QApplication.focusWidget() is width_row.editor.box
    assert width_row.editor.box.property("problem") == "error"
    assert "1920" in width_row.editor.box.toolTip()


def test_undo_redo_of_edits(window) -> None:
    doc = window.document
    path = ("start", "recordingConfig", "maxIdleTime")
    before = doc.get(path)
    doc.set_value(path, 120)
    doc.set_value(("cname",), "studio")
    window.act_undo.trigger()
    assert doc.get(("cname",)) == ""
    window.act_undo.trigger()
    assert doc.get(path) == before
    window.act_redo.trigger()
    window.act_redo.trigger()
    assert doc.get(path) == 120 and doc.get(("cname",)) == "studio"
    assert window.isWindowModified()


def test_typing_merges_into_one_undo_step(window) -> None:
    doc = window.document
    path = ("start", "recordingConfig", "maxIdleTime")
    for value in (1, 12, 120):
        doc.set_value(path, value, merge_key="field:x")
    assert doc.undo_stack.count() == 1
    window.act_undo.trigger()
    assert doc.get(path) == 30


def test_mode_switch_hides_what_mode_does_not_allow(window, qtbot) -> None:
    from recstudio.ui.mode_switch import switch_mode

    def visible(key: str) -> bool:
        rows = range(window.section_list.count())
        item = next(
            window.section_list.item(r)
            for r in rows
            if window.section_list.item(r).data(Qt.ItemDataRole.UserRole) == key
        )
        return not item.isHidden()

    assert visible("transcoding") and visible("layout") and not visible("screenshots")
    switch_mode(window.document, Mode.WEB, window)
    QApplication.processEvents()
    assert window.document.project.mode is Mode.WEB
    assert not visible("transcoding") and not visible("recording") and visible("web")
    assert "recordingConfig" not in _json(window)["clientRequest"]
    assert window.document.get(("acquire", "scene")) == 1
    switch_mode(window.document, Mode.INDIVIDUAL, window)
    QApplication.processEvents()
    assert visible("screenshots") and not visible("transcoding")
    # audioProfile is mix-only: its row is hidden in individual mode when not set
    assert not _row(window, "recording", "audioProfile").editor.isVisibleTo(window)
    window.act_undo.trigger()
    window.act_undo.trigger()
    assert window.document.project.mode is Mode.MIX


def _import(window, text: str, endpoint=None, mode=None) -> str:
    from recstudio.ui.dialogs.import_dialog import import_text

    return import_text(window.document, text, endpoint, mode)


def test_import_start_body_fills_forms(window) -> None:
    body = {
        "cname": "show",
        "uid": "4242",
        "clientRequest": {
            "recordingConfig": {
                "channelType": 1,
                "maxIdleTime": 120,
                "transcodingConfig": {
                    "width": 640,
                    "height": 360,
                    "mixedVideoLayout": 2,
                    "maxResolutionUid": "7",
                },
            },
            "storageConfig": {
                "vendor": 2,
                "region": 3,
                "bucket": "b",
                "accessKey": "ak",
                "secretKey": "sk",
            },
        },
    }
    _import(window, json.dumps(body))
    assert window.document.get(("cname",)) == "show"
    assert _row(window, "recording", "maxIdleTime").editor.box.value() == 120
    assert window.document.get(("start", "storageConfig", "region")) == 3
    layout = window.document.get(("layouts", window.document.project.start_layout))
    assert layout["mixedVideoLayout"] == 2 and layout["maxResolutionUid"] == "7"
    window.act_undo.trigger()  # an import is one undo step
    assert window.document.get(("cname",)) == ""


def test_import_stop_and_update_layout_bodies(window) -> None:
    _import(window, json.dumps({"cname": "c", "uid": "1", "clientRequest": {"async_stop": True}}))
    assert window.document.get(("stop", "async_stop")) is True
    summary = _import(
        window,
        json.dumps(
            {
                "cname": "c",
                "uid": "1",
                "clientRequest": {
                    "mixedVideoLayout": 3,
                    "layoutConfig": [{"x_axis": 0, "y_axis": 0, "width": 0.5, "height": 1}],
                },
            }
        ),
        Endpoint.UPDATE_LAYOUT,
    )
    assert "updateLayout" in summary


def test_import_curl_command(window) -> None:
    curl = (
        "curl -X POST 'https://api.sd-rtn.com/v1/apps/abcdef0123/cloud_recording/acquire' \\\n"
        "  -H 'Content-Type: application/json;charset=utf-8' -u 'id:secret' \\\n"
        '  --data-raw \'{"cname":"from-curl","uid":"99",'
        '"clientRequest":{"resourceExpiredHour":12}}\''
    )
    _import(window, curl)
    assert window.document.get(("cname",)) == "from-curl"
    assert window.document.get(("acquire", "resourceExpiredHour")) == 12
    assert window.document.get(("app_id",)) == "abcdef0123"
    # a project that already has an App ID takes the URL's, and says so (issue 11)
    summary = _import(window, curl.replace("abcdef0123", "fedcba9876"))
    assert window.document.get(("app_id",)) == "fedcba9876"
    assert "fedcba9876" in summary and "abcdef0123" in summary


def test_import_project_replaces_document(window, tmp_path) -> None:
    from recstudio.model.project import new_project, project_to_data

    other = new_project(Mode.INDIVIDUAL, name="Other")
    _import(window, json.dumps(project_to_data(other)))
    assert window.document.project.name == "Other"
    assert window.document.project.mode is Mode.INDIVIDUAL


def test_malformed_import_names_line_and_changes_nothing(window) -> None:
    from recstudio.ui.dialogs.import_dialog import ImportError_

    before = window.document.snapshot()
    with pytest.raises(ImportError_, match=r"line 3, column"):
        _import(window, '{\n "cname": "x"\n "uid": "1"}')
    assert window.document.project == before
    assert window.document.undo_stack.count() == 0


def test_malformed_curl_import_names_the_place_once(window) -> None:
    from recstudio.ui.dialogs.import_dialog import ImportError_

    command = "curl https://[::1/v1/apps/A/cloud_recording/acquire -d '{}'"
    with pytest.raises(ImportError_) as info:
        _import(window, command)
    assert str(info.value).count("line 1, column 6") == 1, str(info.value)
    assert "Invalid IPv6 URL" in str(info.value)


def test_export_redacts_secrets_unless_asked(window) -> None:
    from recstudio.ui.dialogs.export_dialog import ExportDialog, render_export

    doc = window.document
    doc.set_value(("start", "storageConfig", "secretKey"), "TOPSECRET123")
    doc.set_value(("start", "token"), "007tokenvalue")
    for fmt in ("json", "curl", "python", "httpie"):
        text = render_export(doc, Endpoint.START, fmt)
        assert "TOPSECRET123" not in text and "007tokenvalue" not in text
        assert "<STORAGE_SECRET_KEY>" in text
    assert "TOPSECRET123" in render_export(doc, Endpoint.START, "json", reveal=True)
    dialog = ExportDialog(doc, Endpoint.START, window)
    assert "TOPSECRET123" not in dialog.text.toPlainText()
    dialog.reveal_box.setChecked(True)
    assert "TOPSECRET123" in dialog.text.toPlainText()
    assert "Secrets are included" in dialog.warning.text()
    dialog.close()


def test_export_names_the_profile_host_and_offers_the_whole_flow(window) -> None:
    from recstudio.ui.dialogs.export_dialog import FLOW, ExportDialog, render_export

    doc = window.document
    assert doc.project.profile == "Sandbox"
    # no Sandbox running in this test: the address recstudio emulator listens on
    curl = render_export(doc, Endpoint.START, "curl")
    assert "http://127.0.0.1:8790/v1/apps/" in curl and "api.sd-rtn.com" not in curl
    flow = render_export(doc, FLOW, "curl")
    assert flow.startswith("#!/usr/bin/env bash") and "call stop POST" in flow
    assert "RESOURCE_ID=$(field resourceId)" in flow and "SID=$(field sid)" in flow
    assert "curl or Python" in render_export(doc, FLOW, "json")
    dialog = ExportDialog(doc, Endpoint.START, window)
    dialog.endpoint_box.setCurrentIndex(dialog.endpoint_box.findData(FLOW))
    dialog.format_box.setCurrentIndex(dialog.format_box.findData("python"))
    assert 'call("query", "GET"' in dialog.text.toPlainText()
    dialog.close()


def test_json_panel_masks_secrets_until_revealed(window) -> None:
    window.document.set_value(("start", "storageConfig", "accessKey"), "AKIDREAL")
    QApplication.processEvents()  # the refresh is coalesced to the next event-loop turn
    assert "<STORAGE_ACCESS_KEY>" in window.json_panel.text.toPlainText()
    assert "AKIDREAL" not in window.json_panel.text.toPlainText()
    window.json_panel.reveal_box.setChecked(True)
    assert "AKIDREAL" in window.json_panel.text.toPlainText()


def test_save_and_reopen_keeps_no_secret(window, tmp_path) -> None:
    doc = window.document
    doc.set_value(("cname",), "saved")
    doc.set_value(("start", "storageConfig", "secretKey"), "NEVER-ON-DISK")
    target = tmp_path / "p.recstudio.json"
    assert window.files._write(target)
    assert "NEVER-ON-DISK" not in target.read_text()
    assert doc.undo_stack.isClean() and not window.isWindowModified()
    assert window.files.open_path(target, confirmed=True)
    assert doc.get(("cname",)) == "saved"
    assert "p" in window.windowTitle() and "recstudio" in window.windowTitle()


def test_a_big_project_opens_on_a_worker_with_its_check(window, qtbot, tmp_path) -> None:
    """Issue 12: a 10 MB project was loaded and checked on the GUI thread (0.6 s frozen)."""
    from PySide6.QtWidgets import QProgressBar

    from recstudio.ui.background import BIG_FILE_BYTES

    doc = window.document
    uids = [str(100000 + n) for n in range(30_000)]
    path = ("start", "recordingConfig", "subscribeAudioUids")
    doc.set_value(path, uids)
    target = tmp_path / "big.recstudio.json"
    assert window.files._write(target) and target.stat().st_size > BIG_FILE_BYTES
    window.files.new_project()
    assert doc.get(path) != uids
    assert window.files.open_path(target, confirmed=True)  # on its way
    assert window.statusBar().findChild(QProgressBar, "importProgress") is not None
    qtbot.waitUntil(lambda: doc.file_path == target, timeout=30_000)
    assert doc.get(path) == uids
    assert window.statusBar().findChild(QProgressBar, "importProgress") is None
    assert any("at most 32" in p.problem.message for p in doc.problems)  # checked: R13
    assert doc.undo_stack.isClean()


def test_a_big_file_that_is_not_json_says_so(window, qtbot, tmp_path, monkeypatch) -> None:
    from recstudio.ui.background import BIG_FILE_BYTES

    said: list[str] = []
    monkeypatch.setattr(QMessageBox, "warning", lambda _p, _t, text: said.append(text))
    target = tmp_path / "broken.recstudio.json"
    target.write_text('{"format_version": 1, "name": "' + "x" * BIG_FILE_BYTES, encoding="utf-8")
    before = window.document.project
    assert window.files.open_path(target, confirmed=True)
    qtbot.waitUntil(lambda: bool(said), timeout=30_000)
    assert "broken.recstudio.json is not valid JSON" in said[0]
    assert window.document.project is before


def test_autosave_recovery_after_kill(window, qtbot, monkeypatch) -> None:
    from recstudio.ui.autosave import find_recoverable

    window.document.set_value(("cname",), "unsaved-work")
    window.files.autosaver.flush(wait=True)
    recoverable = find_recoverable()
    assert [r.name for r in recoverable] == ["Untitled"]
    # "kill": a second window starts while the first never closed normally
    second = build_main_window()
    monkeypatch.setattr(QMessageBox, "question", lambda *a, **k: QMessageBox.StandardButton.Yes)
    assert second.files.offer_recovery()
    assert second.document.get(("cname",)) == "unsaved-work"
    assert not second.document.undo_stack.isClean()
    _dispose(second)


def test_a_big_autosave_is_recovered_on_a_worker(window, qtbot, monkeypatch) -> None:
    """A crash after a 10 MB import left a 10 MB autosave: read and checked on a worker."""
    from PySide6.QtWidgets import QProgressBar

    from recstudio.ui.background import BIG_FILE_BYTES

    uids = [str(100000 + n) for n in range(30_000)]
    path = ("start", "recordingConfig", "subscribeAudioUids")
    window.document.set_value(path, uids)
    window.files.autosaver.flush(wait=True)
    assert window.files.autosaver._paths()[0].stat().st_size > BIG_FILE_BYTES
    second = build_main_window()
    monkeypatch.setattr(QMessageBox, "question", lambda *a, **k: QMessageBox.StandardButton.Yes)
    assert second.files.offer_recovery()  # on its way
    assert second.statusBar().findChild(QProgressBar, "importProgress") is not None
    qtbot.waitUntil(lambda: second.document.get(path) == uids, timeout=30_000)
    assert not second.document.undo_stack.isClean()
    assert any("at most 32" in p.problem.message for p in second.document.problems)
    _dispose(second)


def test_discarding_recovery_removes_autosave(window, qtbot, monkeypatch) -> None:
    from recstudio.ui.autosave import find_recoverable

    window.document.set_value(("cname",), "x")
    window.files.autosaver.flush(wait=True)
    monkeypatch.setattr(QMessageBox, "question", lambda *a, **k: QMessageBox.StandardButton.Discard)
    second = build_main_window()
    assert not second.files.offer_recovery()
    assert find_recoverable() == []
    _dispose(second)


def test_title_marks_unsaved_changes(window) -> None:
    assert not window.isWindowModified()
    window.document.set_value(("cname",), "x")
    assert window.isWindowModified()
    assert window.windowTitle().startswith("Untitled[*]")


def test_region_choices_follow_vendor(window) -> None:
    row = _row(window, "storage", "region")
    window.document.set_value(("start", "storageConfig", "vendor"), 3)
    labels = [row.editor.combo.itemText(i) for i in range(row.editor.combo.count())]
    assert any("AP_Singapore" in text for text in labels)
    assert row.editor.combo.currentData() == 0
    _ = MISSING


def test_secrets_come_back_from_keyring_on_open(window, qtbot, tmp_path) -> None:
    import keyring
    from keyring_doubles import MemoryKeyring

    previous = keyring.get_keyring()
    backend = MemoryKeyring()
    keyring.set_keyring(backend)
    try:
        doc = window.document
        doc.set_value(("start", "storageConfig", "secretKey"), "SK-KEPT")
        target = tmp_path / "s.recstudio.json"
        assert window.files._write(target)
        assert "SK-KEPT" not in target.read_text()
        # the keyring write runs on a worker
        qtbot.waitUntil(lambda: "SK-KEPT" in backend.store.values(), timeout=3000)
        doc.set_value(("start", "storageConfig", "secretKey"), "changed")
        doc.undo_stack.setClean()
        assert window.files.open_path(target, confirmed=True)
        qtbot.waitUntil(
            lambda: doc.get(("start", "storageConfig", "secretKey")) == "SK-KEPT", timeout=3000
        )
        assert doc.undo_stack.isClean()
    finally:
        keyring.set_keyring(previous)


def test_presenter_mode_masks_app_id(window) -> None:
    from recstudio.ui import presenter
    from recstudio.ui.dialogs.export_dialog import ExportDialog

    window.document.set_value(("app_id",), "0123456789abcdef0123456789abcdef")
    session = _section(window, "session").widget
    app_id_editor = session.editors[("app_id",)]
    window.act_presenter.trigger()
    try:
        assert presenter.is_enabled()
        assert app_id_editor.line.echoMode() != app_id_editor.line.EchoMode.Normal
        dialog = ExportDialog(window.document, Endpoint.START, window)
        dialog.format_box.setCurrentIndex(dialog.format_box.findData("curl"))
        assert "0123456789abcdef" not in dialog.text.toPlainText()
        assert "<APP_ID>" in dialog.text.toPlainText()
        dialog._on_copy_clicked()
        assert "0123456789abcdef" in QApplication.clipboard().text()
        dialog.close()
    finally:
        window.act_presenter.trigger()
    assert app_id_editor.line.echoMode() == app_id_editor.line.EchoMode.Normal


def test_first_launch_new_mix_sandbox_then_reopens_last(window, tmp_path) -> None:
    assert window.document.project.mode is Mode.MIX
    assert window.document.project.profile == "Sandbox"
    window.document.set_value(("name",), "Remembered")
    target = tmp_path / "last.recstudio.json"
    assert window.files._write(target)
    from recstudio.ui.background import wait_for_serial_work

    wait_for_serial_work()  # the recent-files update runs on a worker
    second = build_main_window()
    try:
        second.files.startup(None)
        assert second.document.file_path == target
        assert second.document.project.name == "Remembered"
    finally:
        _dispose(second)


def test_importing_a_project_drops_the_old_autosave(window) -> None:
    from recstudio.model.project import new_project, project_to_data
    from recstudio.ui.autosave import find_recoverable
    from recstudio.ui.dialogs.import_dialog import import_text

    window.document.set_value(("cname",), "unsaved")
    window.files.autosaver.flush(wait=True)
    assert find_recoverable()
    other = new_project(Mode.WEB, name="Imported project")
    import_text(window.document, json.dumps(project_to_data(other)), files=window.files)
    window.files.autosaver.shutdown()  # wait for the worker's removal
    assert window.document.project.name == "Imported project"
    assert find_recoverable() == []


def test_background_result_for_a_closed_window_is_dropped(qtbot) -> None:
    import threading

    import shiboken6

    from recstudio.ui import background
    from recstudio.ui.background import run_in_background

    win = build_main_window()
    release = threading.Event()
    called: list[object] = []
    delivered: list[object] = []

    def seen(_callback: object, result: object, _error: object) -> None:
        delivered.append(result)

    bridge = background._get_bridge()
    bridge.finished.connect(seen)
    try:
        answer = object()  # other windows' workers deliver through the same bridge
        run_in_background(lambda: release.wait(5) and answer, lambda r, e: called.append(r), win)
        _dispose(win)
        qtbot.waitUntil(lambda: not shiboken6.isValid(win), timeout=3000)  # deleteLater ran
        release.set()
        qtbot.waitUntil(lambda: answer in delivered, timeout=3000)  # the result came back ...
        assert called == []  # ... and was dropped
    finally:
        bridge.finished.disconnect(seen)


def test_generate_token_runs_off_the_gui_thread_with_the_apps_store(window, qtbot) -> None:
    from recstudio.api.token import parse_token

    app_id = "0123456789abcdef0123456789abcdef"
    window.document.set_value(("app_id",), app_id)
    window.document.set_value(("cname",), "room")
    window.document.set_value(("uid",), "527841")
    # no keyring in tests: the certificate lives in the app's session-only store
    window.recordings.controller.connections().store.set_app_certificate("Sandbox", "f" * 32)
    session = _section(window, "session").widget
    session.generate_token.click()
    qtbot.waitUntil(lambda: window.document.get(("start", "token")) is not MISSING, timeout=5000)
    token = window.document.get(("start", "token"))
    assert token.startswith("007") and parse_token(token)["app_id"] == app_id


def test_presenter_mode_hides_secrets_everywhere(window, qtbot) -> None:
    from PySide6.QtWidgets import QLineEdit

    from recstudio.ui import presenter
    from recstudio.ui.recordings.profiles_dialog import ProfilesDialog

    window.json_panel.reveal_box.setChecked(True)
    storage = _row(window, "storage", "secretKey").editor
    storage.reveal.setChecked(True)
    assert storage.line.echoMode() == QLineEdit.EchoMode.Normal
    window.act_presenter.trigger()
    try:
        assert not window.json_panel.reveal_box.isChecked()
        assert not window.json_panel.reveal_box.isEnabled()
        assert storage.line.echoMode() == QLineEdit.EchoMode.Password
        assert not storage.reveal.isEnabled()
        dialog = ProfilesDialog(window.recordings.controller, window)
        assert dialog.customer_id_edit.echoMode() == QLineEdit.EchoMode.Password
        assert dialog.app_id_edit.echoMode() == QLineEdit.EchoMode.Password
        dialog.close()
        url = "POST https://api.sd-rtn.com/v1/apps/0123abcd/cloud_recording/acquire"
        assert "0123abcd" not in presenter.scrub(url)
    finally:
        window.act_presenter.trigger()
    assert window.json_panel.reveal_box.isEnabled() and storage.reveal.isEnabled()


def test_save_action_writes_off_the_gui_thread(window, qtbot, tmp_path) -> None:
    target = tmp_path / "bg.recstudio.json"
    window.document.set_file_path(target)
    window.document.set_value(("cname",), "saved-in-background")
    window.act_save.trigger()
    qtbot.waitUntil(lambda: window.document.undo_stack.isClean(), timeout=3000)
    assert "saved-in-background" in target.read_text()


def test_edits_while_saving_stay_unsaved(window, qtbot, tmp_path) -> None:
    target = tmp_path / "race.recstudio.json"
    window.document.set_file_path(target)
    window.document.set_value(("cname",), "first")
    window.act_save.trigger()
    window.document.set_value(("cname",), "second")  # before the worker's answer lands
    qtbot.waitUntil(lambda: window.statusBar().currentMessage().startswith("Saved"), timeout=3000)
    assert "first" in target.read_text()
    assert not window.document.undo_stack.isClean()


def test_live_update_section_edits_the_update_draft(window) -> None:
    row = _row(window, "update", "subscribeAudioUids")
    row.editor.line.setText("100, 101")
    row.editor.line.editingFinished.emit()
    assert window.document.get(("update", "streamSubscribe", "audioUidList")) == {
        "subscribeAudioUids": ["100", "101"]
    }
    window.json_panel.set_endpoint(Endpoint.UPDATE)
    body = _json(window)
    assert body["clientRequest"]["streamSubscribe"]["audioUidList"]["subscribeAudioUids"] == [
        "100",
        "101",
    ]


def test_json_panel_and_dialogs_switch_endpoints(window) -> None:
    """Qt returns a StrEnum item's data as a plain str: every selector must still work."""
    from recstudio.ui.dialogs.export_dialog import ExportDialog
    from recstudio.ui.dialogs.import_dialog import ImportDialog

    panel = window.json_panel
    for endpoint in (Endpoint.ACQUIRE, Endpoint.STOP, Endpoint.UPDATE_LAYOUT, Endpoint.START):
        panel.set_endpoint(endpoint)
        assert panel.endpoint() is endpoint
    panel.set_endpoint(Endpoint.STOP)
    assert _json(window)["clientRequest"] == {"async_stop": False}
    dialog = ExportDialog(window.document, Endpoint.STOP, window)
    dialog.format_box.setCurrentIndex(dialog.format_box.findData("curl"))
    assert "/mode/mix/stop" in dialog.text.toPlainText()
    dialog.endpoint_box.setCurrentIndex(dialog.endpoint_box.findData(Endpoint.QUERY))
    query_curl = dialog.text.toPlainText()
    assert query_curl.startswith("curl -X GET "), query_curl[:80]
    assert "/query" in query_curl and "--data-raw" not in query_curl
    dialog.close()
    importer = ImportDialog(window.document, window)
    importer.endpoint_box.setCurrentIndex(importer.endpoint_box.findData(Endpoint.STOP))
    importer.text.setPlainText('{"cname": "c", "uid": "1", "clientRequest": {"async_stop": true}}')
    importer._on_import_clicked()
    assert window.document.get(("stop", "async_stop")) is True


def test_hidden_recordings_panels_are_built_when_first_shown(window, qtbot) -> None:
    from PySide6.QtWidgets import QWidget

    from recstudio.ui.recordings.log_panel import RequestLogPanel
    from recstudio.ui.recordings.sandbox_panel import SandboxPanel

    docks = window.recordings.docks
    assert type(docks.log.widget()) is QWidget  # not built at launch
    assert type(docks.sandbox.widget()) is QWidget
    from recstudio.settings.workspaces import Workspace

    window.workspaces.actions[Workspace.RECORDINGS].trigger()  # its docks show the log
    qtbot.waitUntil(lambda: isinstance(docks.log.widget(), RequestLogPanel), timeout=2000)
    assert type(docks.sandbox.widget()) is QWidget  # a background tab: still not built
    docks.sandbox.raise_()
    qtbot.waitUntil(lambda: type(docks.sandbox.widget()) is not QWidget, timeout=2000)
    scrolled = docks.sandbox.widget().widget()  # in a scroll area (1024×700 fits)
    assert isinstance(scrolled, SandboxPanel) and window.recordings.sandbox_panel is scrolled


def test_start_stays_disabled_until_the_first_check(qtbot) -> None:
    """The first check runs on a worker after the window shows; until it has run, an
    empty problem list must not make Start look allowed."""
    win = build_main_window()
    start = win.recordings.toolbar.act_start
    win.recordings.toolbar.update_actions()
    assert not win.document.checked_once and not start.isEnabled()
    assert "Checking" in start.toolTip()
    win.show()
    qtbot.waitUntil(lambda: win.document.checked_once, timeout=5000)
    assert not start.isEnabled()  # a new project has errors
    _dispose(win)


def test_typing_past_the_maximum_keeps_the_value_and_says_why(window, qtbot) -> None:
    """Issue 13 point 5: 5000 into width (at most 1920) used to become 500 or 1920."""
    row = _type_number(qtbot, window, "transcoding", "width", "5000")
    box = row.editor.box
    path = row.project_path()
    qtbot.waitUntil(lambda: window.document.get(path, None) == 5000)
    assert box.value() == 5000
    qtbot.waitUntil(lambda: row.editor.message.isVisible(), timeout=2000)
    mine = [lp.problem.message for lp in window.document.problems if lp.project_path == path]
    assert mine and all(m in row.editor.message.text() for m in mine)
    assert "5000" in row.editor.message.text()
    listed = [
        window.problems_panel.tree.topLevelItem(i)
        for i in range(window.problems_panel.tree.topLevelItemCount())
    ]
    assert any("5000" in item.text(4) for item in listed)


def test_a_fraction_in_an_integer_field_is_not_shown_truncated(window, qtbot) -> None:
    """An imported ``maxIdleTime: 2.7``: a QSpinBox given 2.7 shows "2", a value the project
    does not hold; the field says what it holds instead, and the model reports it."""
    row = _row(window, "recording", "maxIdleTime")
    path = row.project_path()
    window.document.set_value(path, 2.7)
    QApplication.processEvents()
    box = row.editor.box
    assert box.value() == box.minimum()  # the "not a number of this field" step
    assert box.text() == "2.7 (wrong type)"
    window.document.flush()
    mine = [lp.problem.message for lp in window.document.problems if lp.project_path == path]
    assert any("whole number" in m for m in mine)
    window.document.set_value(path, 30.0)  # a whole number still reads as one
    QApplication.processEvents()
    assert box.value() == 30 and box.specialValueText().startswith("(not set)")
    assert window.document.get(path) == 30.0


def test_required_fields_ask_to_be_filled_in_not_removed(window, qtbot) -> None:
    session = window.section("session").widget
    qtbot.waitUntil(lambda: window.document.checked_once, timeout=3000)
    QApplication.processEvents()
    message = session.editors[("cname",)].message
    assert message.isVisible()
    assert "fill in cname" in message.text() and "remove" not in message.text()


def test_problems_show_in_full_and_counts_say_which_body(window, qtbot) -> None:
    qtbot.waitUntil(lambda: window.document.checked_once, timeout=3000)
    window.workspaces.actions[Workspace.REQUEST].trigger()
    QApplication.processEvents()
    tree = window.problems_panel.tree
    item = tree.topLevelItem(0)
    tree.setCurrentItem(item)
    lp = item.data(0, Qt.ItemDataRole.UserRole)
    detail = window.problems_panel.detail
    assert detail.isVisible() and detail.wordWrap()
    assert lp.problem.message in detail.text() and lp.problem.hint in detail.text()
    errors, warnings = window.problems_panel.count()
    assert f"in all bodies — {errors} error(s), {warnings} warning(s)" in (
        window.problems_title.text()
    )
    assert window.json_panel.status.text().startswith("This start body: ")
