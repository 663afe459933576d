"""The JSON panel replaces only changed lines; whatever the edit, its text must equal the
generated body exactly (insertions, deletions, replacements at start, middle and end)."""

from __future__ import annotations

import json
import random

from PySide6.QtWidgets import QApplication

from recstudio.model import MISSING, Endpoint
from recstudio.model.project import new_project
from recstudio.model.secrets import redact
from recstudio.ui.document import ProjectDocument
from recstudio.ui.panels.json_panel import JsonPanel


def _expected(doc: ProjectDocument) -> str:
    return json.dumps(redact(doc.body(Endpoint.START)), indent=2, ensure_ascii=False)


def test_panel_text_always_equals_body(qtbot) -> None:
    doc = ProjectDocument(new_project())
    panel = JsonPanel(doc)
    qtbot.addWidget(panel)
    qtbot.waitUntil(lambda: doc.checked_once, timeout=5000)  # empty until the first check
    rng = random.Random(7)
    edits = [
        (("cname",), lambda: rng.choice(["", "a", "studio-1"])),
        (("uid",), lambda: str(rng.randint(1, 10**6))),
        (("start", "recordingConfig", "maxIdleTime"), lambda: rng.choice([MISSING, 5, 300])),
        (
            ("start", "recordingConfig", "subscribeAudioUids"),
            lambda: rng.choice([MISSING, ["1"], ["1", "2", "3"]]),
        ),
        (("start", "storageConfig", "fileNamePrefix"), lambda: rng.choice([MISSING, ["a", "b"]])),
        (("start", "token"), lambda: rng.choice([MISSING, "007abc"])),
        (
            ("layouts", "Main", "layoutConfig"),
            lambda: rng.choice([MISSING, [{"x_axis": 0, "y_axis": 0, "width": 1, "height": 1}]]),
        ),
        (("layouts", "Main", "backgroundColor"), lambda: rng.choice([MISSING, "#112233"])),
    ]
    for _ in range(150):
        path, value = rng.choice(edits)
        doc.set_value(path, value())
        QApplication.processEvents()
        assert panel.text.toPlainText() == _expected(doc)
