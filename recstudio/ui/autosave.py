"""Autosave and crash recovery: the project is written a moment after each change, off the
GUI thread, so a killed app loses at most a second of work (and never a secret: autosaves
are project files, which are always redacted)."""

from __future__ import annotations

import json
import time
from concurrent.futures import ThreadPoolExecutor
from dataclasses import dataclass
from pathlib import Path
from typing import TYPE_CHECKING

from PySide6.QtCore import QObject, QTimer, Signal

from recstudio.ui.document import ProjectDocument

if TYPE_CHECKING:
    from recstudio.model.project import Project

AUTOSAVE_DELAY_MS = 800
_SUFFIX = ".autosave.recstudio.json"


def autosave_dir() -> Path:
    from recstudio.settings.paths import data_dir

    path = data_dir() / "autosave"
    path.mkdir(parents=True, exist_ok=True)
    return path


@dataclass(frozen=True)
class Recoverable:
    """An autosave left behind by a session that did not close normally."""

    autosave: Path
    meta: Path
    file_path: Path | None
    saved_at: float
    name: str


def find_recoverable() -> list[Recoverable]:
    out = []
    for meta in sorted(autosave_dir().glob("*.meta.json")):
        data_file = meta.with_name(meta.name.replace(".meta.json", _SUFFIX))
        try:
            info = json.loads(meta.read_text(encoding="utf-8"))
        except (OSError, ValueError):
            continue
        if not data_file.exists():
            continue
        file_path = Path(info["file_path"]) if info.get("file_path") else None
        out.append(
            Recoverable(
                data_file,
                meta,
                file_path,
                float(info.get("saved_at", 0)),
                str(info.get("name", "")),
            )
        )
    return sorted(out, key=lambda r: r.saved_at, reverse=True)


def discard(rec: Recoverable) -> None:
    for path in (rec.autosave, rec.meta):
        path.unlink(missing_ok=True)


class Autosaver(QObject):
    """Writes the project shortly after each change while it has unsaved changes.

    ``failed(message)`` (emitted from the worker, delivered queued on the GUI thread) says
    why an autosave could not be written — a full disk must be seen, not only survived."""

    failed = Signal(str)

    def __init__(self, document: ProjectDocument, parent: QObject | None = None) -> None:
        super().__init__(parent)
        self._document = document
        self._pool = ThreadPoolExecutor(max_workers=1, thread_name_prefix="autosave")
        self._timer = QTimer(self)
        self._timer.setSingleShot(True)
        self._timer.setInterval(AUTOSAVE_DELAY_MS)
        self._timer.timeout.connect(self.flush)
        self.last_error: str = ""
        self._closed = False
        document.undo_stack.indexChanged.connect(self._on_stack_index_changed)
        document.undo_stack.cleanChanged.connect(self._on_clean_changed)

    def _paths(self) -> tuple[Path, Path]:
        ident = self._document.project.id
        folder = autosave_dir()
        return folder / f"{ident}{_SUFFIX}", folder / f"{ident}.meta.json"

    def _on_stack_index_changed(self, _index: int) -> None:
        try:
            clean = self._document.undo_stack.isClean()
        except RuntimeError:  # the stack signals while being destroyed at exit
            return
        if not clean:
            self._timer.start()

    def _on_clean_changed(self, clean: bool) -> None:
        if clean and not self._closed:
            self._timer.stop()
            self.remove()

    def flush(self, *, wait: bool = False) -> None:
        """Write now (on the worker thread); ``wait`` blocks until it is on disk (tests)."""
        self._timer.stop()
        snapshot = self._document.snapshot()
        data_path, meta_path = self._paths()
        file_path = self._document.file_path
        future = self._pool.submit(self._write, snapshot, data_path, meta_path, file_path)
        if wait:
            future.result()

    def _write(
        self, project: Project, data_path: Path, meta_path: Path, file_path: Path | None
    ) -> None:
        from recstudio.model.atomic import atomic_write_text
        from recstudio.model.project import save_project

        try:
            save_project(project, data_path)
            meta = {
                "file_path": str(file_path) if file_path else None,
                "saved_at": time.time(),
                "name": project.name,
            }
            atomic_write_text(meta_path, json.dumps(meta) + "\n")
            self.last_error = ""
        except OSError as exc:  # a full disk must not take the app down
            self.last_error = str(exc)
            self.failed.emit(self.last_error)

    def remove(self) -> None:
        data_path, meta_path = self._paths()

        def _remove() -> None:
            data_path.unlink(missing_ok=True)
            meta_path.unlink(missing_ok=True)

        if self._closed:
            _remove()  # after shutdown (closing): two unlinks, no worker left to ask
            return
        try:
            self._pool.submit(_remove)
        except RuntimeError:  # the interpreter is exiting without a close: keep the file
            return

    def shutdown(self) -> None:
        """Stop autosaving and wait for pending writes; safe to call more than once."""
        if self._closed:
            return
        self._closed = True
        self._timer.stop()
        stack = self._document.undo_stack
        stack.indexChanged.disconnect(self._on_stack_index_changed)
        stack.cleanChanged.disconnect(self._on_clean_changed)
        self._pool.shutdown(wait=True)
