"""A big body (issue 12): imported on a worker with a busy bar, checked once, shown
shortened with a way to see all, and undone as one step without deep copies."""

from __future__ import annotations

import json
from pathlib import Path

import pytest
from window_kit import dispose_window as _dispose

from recstudio.model import Endpoint
from recstudio.settings.workspaces import Workspace
from recstudio.ui.launch import build_main_window

UIDS = 5000


@pytest.fixture
def window(qtbot):
    win = build_main_window()
    win.show()
    qtbot.waitExposed(win)
    qtbot.waitUntil(lambda: win.document.checked_once, timeout=10000)
    yield win
    _dispose(win)


def _big_file(tmp_path: Path) -> Path:
    body = {
        "cname": "big-room",
        "uid": "527841",
        "clientRequest": {
            "recordingConfig": {
                "channelType": 0,
                "subscribeAudioUids": [str(100000 + i) for i in range(UIDS)],
            },
            "storageConfig": {"vendor": 1, "region": 0, "bucket": "b", "accessKey": "AK",
                              "secretKey": "SK"},
        },
    }  # fmt: skip
    path = tmp_path / "big.json"
    path.write_text(json.dumps(body, indent=1), encoding="utf-8")
    return path


def test_big_import_runs_on_a_worker_and_the_panel_elides(window, qtbot, tmp_path) -> None:
    from PySide6.QtWidgets import QProgressBar

    document = window.document
    window.files.import_file(_big_file(tmp_path))
    assert window.statusBar().findChildren(
        QProgressBar, "importProgress"
    )  # progress while the worker parses
    qtbot.waitUntil(lambda: document.project.cname == "big-room", timeout=20000)
    qtbot.waitUntil(lambda: not document._refresh_timer.isActive(), timeout=5000)
    rechecked = document._checker.last_rechecked
    assert (Endpoint.START, None) not in rechecked  # the worker's check was used
    uids = document.body(Endpoint.START)["clientRequest"]["recordingConfig"]["subscribeAudioUids"]
    assert len(uids) == UIDS
    assert any("32" in lp.problem.message for lp in document.problems)  # checked all the same
    window.workspaces.actions[Workspace.REQUEST].trigger()  # the body beside the forms
    panel = window.json_panel
    shown = panel.text.toPlainText()
    assert f"… {UIDS - 50:,} more items" in shown and '"100049"' in shown
    assert '"100050"' not in shown and "<STORAGE_SECRET_KEY>" in shown
    assert panel.show_all_box.isVisible()
    panel.show_all_box.setChecked(True)
    assert f'"{100000 + UIDS - 1}"' in panel.text.toPlainText()
    document.undo_stack.undo()
    assert document.project.cname != "big-room"
    document.undo_stack.redo()
    assert len(document.project.start["recordingConfig"]["subscribeAudioUids"]) == UIDS
    qtbot.waitUntil(
        lambda: not window.statusBar().findChildren(QProgressBar, "importProgress"), timeout=5000
    )


def test_a_bad_big_file_says_where(window, qtbot, tmp_path, monkeypatch) -> None:
    from PySide6.QtWidgets import QMessageBox

    said: list[str] = []
    monkeypatch.setattr(QMessageBox, "warning", lambda _p, _t, text: said.append(text))
    path = tmp_path / "broken.json"
    path.write_text('{"cname": "x",\n  "uid": }', encoding="utf-8")
    window.files.import_file(path)
    qtbot.waitUntil(lambda: bool(said), timeout=10000)
    assert "line 2" in said[0] and "broken.json" in said[0]
