"""The canvas's one door to the Project: reads the edited layout, turns gestures into commands.

The view, the inspector, the region list and the toolbar all call this object, so every edit
path goes through the same lock check and the same ``set_values`` call (house rule 4); the
graphics items only ever mirror what is read back from the document. The selection is view
state, not project state, so it lives here rather than in the Project.
"""

from __future__ import annotations

from collections.abc import Sequence
from typing import Any

from PySide6.QtCore import QObject, Signal

from recstudio.layout import editing
from recstudio.layout import operations as ops
from recstudio.layout.editing import (
    CUSTOM_LAYOUT,
    DEFAULT_CANVAS,
    EditRefused,
    LayoutSnapshot,
    ReorderOp,
    merge_item,
)
from recstudio.layout.presets import convert_to_custom
from recstudio.layout.regions import Region
from recstudio.layout.templates import template
from recstudio.model.paths import MISSING, Path
from recstudio.ui.document import ProjectDocument
from recstudio.ui.i18n import translate

#: Views import these from here; the decisions live in recstudio.layout.editing.
__all__ = ["CUSTOM_LAYOUT", "DEFAULT_CANVAS", "LayoutController", "LayoutSnapshot", "merge_item"]


class LayoutController(QObject):
    """Reads and edits one named layout of the document."""

    layout_switched = Signal()  # a different layout is being edited
    data_changed = Signal()  # the edited layout, roster, canvas size or flags changed
    selection_changed = Signal()
    message = Signal(str)  # a refused edit, for the status line

    def __init__(self, document: ProjectDocument, parent: QObject | None = None) -> None:
        super().__init__(parent)
        self.document = document
        self._name = ""
        self._snapshot: LayoutSnapshot | None = None
        self._selection: list[int] = []
        self.simulated_users = 4
        self._pick_layout()
        document.value_changed.connect(self._on_document_value_changed)
        document.project_replaced.connect(self._on_document_project_replaced)

    # -- which layout ----------------------------------------------------------------------
    @property
    def layout_name(self) -> str:
        return self._name

    def set_layout_name(self, name: str) -> None:
        if name == self._name or name not in self.document.project.layouts:
            return
        self._name = name
        self._snapshot = None
        self._selection = []
        self.layout_switched.emit()
        self.data_changed.emit()
        self.selection_changed.emit()

    def _pick_layout(self) -> None:
        project = self.document.project
        self._name = editing.pick_layout(self._name, project.layouts, project.start_layout)

    def _to_custom(self, *, drop_large: bool) -> list[tuple[Path, Any]]:
        snap = self.snapshot()
        changes = editing.to_custom_changes(snap, drop_large=drop_large)
        return [((*self.base_path(), key), value) for key, value in changes]

    def base_path(self) -> Path:
        return ("layouts", self._name)

    def config_path(self) -> Path:
        return ("layouts", self._name, "layoutConfig")

    def _flag_path(self, flag: str) -> Path:
        return ("editor", "layouts", self._name, flag)

    # -- reading ---------------------------------------------------------------------------
    def snapshot(self) -> LayoutSnapshot:
        if self._snapshot is None:
            self._snapshot = self._read()
        return self._snapshot

    def _read(self) -> LayoutSnapshot:
        project = self.document.project
        return editing.read_snapshot(
            self._name,
            project.layouts.get(self._name, {}),
            self.document.get(("start", "recordingConfig", "transcodingConfig"), {}),
            self.document.get(self._flag_path("locked"), None),
            self.document.get(self._flag_path("hidden"), None),
        )

    def roster(self) -> list[Any]:
        return list(self.document.project.roster)

    def simulated_uids(self, users: int) -> list[str | None]:
        """Join order of the preview: the roster first, then anonymous users."""
        uids: list[str | None] = [p.uid for p in self.document.project.roster[:users]]
        return uids + [None] * (users - len(uids))

    def background_image(self, uid: str | None) -> str:
        """The backgroundConfig image_url of ``uid`` in the edited layout ("" if none)."""
        return editing.background_image(self._background_config(), uid)

    def _background_config(self) -> list[Any]:
        value = self.document.project.layouts.get(self._name, {}).get("backgroundConfig")
        return list(value) if isinstance(value, list) else []

    # -- selection -------------------------------------------------------------------------
    @property
    def selection(self) -> list[int]:
        return list(self._selection)

    def set_selection(self, indices: Sequence[int]) -> None:
        n = len(self.snapshot().regions)
        sel = sorted({i for i in indices if 0 <= i < n})
        if sel != self._selection:
            self._selection = sel
            self.selection_changed.emit()

    def editable(self, indices: Sequence[int] | None = None) -> list[int]:
        """The indices an edit may touch: lock blocks every edit path (ux-anchors A1)."""
        snap = self.snapshot()
        chosen = self._selection if indices is None else indices
        return [i for i in chosen if 0 <= i < len(snap.regions) and not snap.locked[i]]

    # -- document events -------------------------------------------------------------------
    def _on_document_value_changed(self, path: Any) -> None:
        if not editing.canvas_reads(path):
            return
        if self._name not in self.document.project.layouts:
            self._pick_layout()
            self._snapshot = None
            self._selection = []
            self.layout_switched.emit()
        self._snapshot = None
        n = len(self.snapshot().regions)
        if any(i >= n for i in self._selection):
            self._selection = [i for i in self._selection if i < n]
            self.selection_changed.emit()
        self.data_changed.emit()

    def _on_document_project_replaced(self) -> None:
        self._name = ""
        self._pick_layout()
        self._snapshot = None
        self._selection = []
        self.layout_switched.emit()
        self.data_changed.emit()
        self.selection_changed.emit()

    # -- writing ---------------------------------------------------------------------------
    def commit_regions(
        self,
        regions: Sequence[Region],
        text: str,
        *,
        order: Sequence[int | None] | None = None,
        selection: Sequence[int] | None = None,
        merge_key: str | None = None,
        extra: Sequence[tuple[Path, Any]] = (),
        flags: tuple[Sequence[bool], Sequence[bool]] | None = None,
    ) -> None:
        """Write a whole new region list as ONE undo step.

        ``order[k]`` is the old index new region k comes from (None: a new region); by
        default the list keeps its order. Lock/hide flags follow their regions so they stay
        aligned with layoutConfig; unknown keys of each item follow too.
        """
        snap = self.snapshot()
        if order is None:
            order = editing.default_order(snap, len(regions))
        items = editing.merge_items(snap, regions, order)
        if flags is None:
            locked, hidden = editing.carried_flags(snap, order)
        else:
            locked, hidden = list(flags[0]), list(flags[1])
        changes: list[tuple[Path, Any]] = [(self.config_path(), items), *extra]
        changes += self._flag_changes(locked, hidden)
        if selection is not None:
            self._selection = sorted(selection)
        self.document.set_values(changes, text, merge_key=merge_key)
        self.selection_changed.emit()

    def _flag_changes(self, locked: list[bool], hidden: list[bool]) -> list[tuple[Path, Any]]:
        out: list[tuple[Path, Any]] = []
        for name, values in (("locked", locked), ("hidden", hidden)):
            path = self._flag_path(name)
            existing = self.document.get(path, MISSING)
            if existing is MISSING and not any(values):
                continue
            out.append((path, values))
        return out

    def _regions(self) -> list[Region]:
        return list(self.snapshot().regions)

    def _refuse_if_preset(self) -> bool:
        if not self.snapshot().custom:
            self.message.emit(
                translate(
                    "canvas.controller", "Convert the preset to a custom layout to edit regions"
                )
            )
            return True
        return False

    def move_to(self, regions: Sequence[Region], text: str) -> None:
        """The end of a drag or resize: the regions as the gesture left them."""
        if list(regions) != self._regions():
            self.commit_regions(regions, text, selection=self._selection)

    def nudge(self, dx_px: int, dy_px: int) -> None:
        sel = self.editable()
        if not sel:
            return
        snap = self.snapshot()
        new = editing.nudged(self._regions(), sel, dx_px, dy_px, snap.canvas_w, snap.canvas_h)
        if new != self._regions():
            key = f"nudge:{self._name}:{sel}"
            self.commit_regions(
                new,
                translate("canvas.controller", "Nudge region"),
                merge_key=key,
                selection=self._selection,
            )

    def add_region(self) -> None:
        if self._refuse_if_preset():
            return
        regions = self._regions()
        try:
            new = ops.add(regions)
        except ops.LayoutFullError as exc:
            self.message.emit(str(exc))
            return
        extra = self._to_custom(drop_large=False)
        self.commit_regions(
            new, translate("canvas.controller", "Add region"), selection=[len(new) - 1], extra=extra
        )

    def delete_selected(self) -> None:
        sel = self.editable()
        if not sel:
            if self._selection:
                self.message.emit(
                    translate(
                        "canvas.controller", "Locked regions cannot be deleted; unlock them first"
                    )
                )
            return
        regions = self._regions()
        keep = [i for i in range(len(regions)) if i not in sel]
        self.commit_regions(
            [regions[i] for i in keep],
            translate("canvas.controller", "Delete region"),
            order=keep,
            selection=[],
        )

    def duplicate_selected(self) -> None:
        sel = self.editable()
        if not sel:
            return
        regions = self._regions()
        try:
            new, new_sel = ops.duplicate(regions, sel)
        except ops.LayoutFullError as exc:
            self.message.emit(str(exc))
            return
        order: list[int | None] = [*range(len(regions)), *([None] * len(sel))]
        self.commit_regions(
            new, translate("canvas.controller", "Duplicate region"), order=order, selection=new_sel
        )

    def copy_text(self) -> str:
        """The clipboard form: a JSON list of layoutConfig items (other tools can read it)."""
        regions = self.snapshot().regions
        return editing.clipboard_text(regions[i] for i in self._selection)

    def paste_text(self, text: str) -> bool:
        """Paste regions copied here or typed by hand; uids already bound are dropped."""
        if self._refuse_if_preset():
            return False
        regions = self._regions()
        try:
            new = editing.pasted_onto(regions, editing.parse_pasted(text))
        except EditRefused as refused:
            self.message.emit(str(refused))
            return False
        order: list[int | None] = [*range(len(regions)), *([None] * (len(new) - len(regions)))]
        self.commit_regions(
            new,
            translate("canvas.controller", "Paste regions"),
            order=order,
            selection=range(len(regions), len(new)),
        )
        return True

    def _reorder(self, op: ReorderOp, text: str) -> None:
        """Z-order (§6.4: later items on top): the same permutation moves items and flags."""
        regions = self._regions()
        step = editing.reorder(op, len(regions), self._selection)
        if step is None:
            return
        order, new_sel = step
        self.commit_regions([regions[i] for i in order], text, order=order, selection=new_sel)

    def raise_selected(self) -> None:
        self._reorder(ops.raise_, translate("canvas.controller", "Bring region forward"))

    def lower_selected(self) -> None:
        self._reorder(ops.lower, translate("canvas.controller", "Send region backward"))

    def to_front(self) -> None:
        self._reorder(ops.to_front, translate("canvas.controller", "Bring region to front"))

    def to_back(self) -> None:
        self._reorder(ops.to_back, translate("canvas.controller", "Send region to back"))

    def align(self, edge: ops.AlignEdge) -> None:
        sel = self.editable()
        if sel:
            new = ops.align(self._regions(), sel, edge)
            if new != self._regions():
                self.commit_regions(
                    new,
                    translate("canvas.controller", "Align {edge}").format(edge=edge),
                    selection=self._selection,
                )

    def distribute(self, axis: ops.Axis) -> None:
        sel = self.editable()
        if len(sel) >= 3:
            new = ops.distribute(self._regions(), sel, axis)
            if new != self._regions():
                self.commit_regions(
                    new,
                    translate("canvas.controller", "Distribute {axis}").format(axis=axis),
                    selection=self._selection,
                )

    def set_flag(self, flag: str, value: bool) -> None:
        """Lock or hide the selection (editor-only flags; hidden regions are still sent)."""
        snap = self.snapshot()
        if not self._selection:
            return
        values = editing.with_flag(
            snap.locked if flag == "locked" else snap.hidden, self._selection, value
        )
        self.document.set_value(self._flag_path(flag), values, editing.flag_undo_text(flag, value))

    # -- single-region edits (inspector) -----------------------------------------------------
    def update_region(self, index: int, region: Region, text: str) -> bool:
        """Replace one region (clamped into the canvas); refused when locked."""
        snap = self.snapshot()
        if not 0 <= index < len(snap.regions) or snap.locked[index]:
            if 0 <= index < len(snap.regions):
                self.message.emit(translate("canvas.controller", "The region is locked"))
            return False
        regions = self._regions()
        regions[index] = ops.clamp(region, min_w=1e-6, min_h=1e-6)
        if regions[index] != snap.regions[index]:
            self.commit_regions(regions, text, selection=self._selection)
        return True

    def set_background_image(self, uid: str, url: str) -> None:
        """backgroundConfig[uid].image_url (R22); an empty URL removes the entry."""
        items = editing.with_background_image(self._background_config(), uid, url)
        path = (*self.base_path(), "backgroundConfig")
        self.document.set_value(
            path,
            items if items else MISSING,
            translate("canvas.controller", "Set background image"),
        )

    # -- whole-layout edits ------------------------------------------------------------------
    def set_layout_kind(self, kind: int) -> None:
        """Choose a preset (0/1/2) or custom (3); leaving custom drops layoutConfig (R18)."""
        snap = self.snapshot()
        if kind == snap.mixed_layout and (kind == CUSTOM_LAYOUT or not snap.items):
            return
        if kind == CUSTOM_LAYOUT:
            self.convert_to_custom()
            return
        changes: list[tuple[Path, Any]] = [((*self.base_path(), "mixedVideoLayout"), kind)]
        if snap.items:
            changes.append((self.config_path(), MISSING))
            changes += [
                (self._flag_path(f), MISSING)
                for f in ("locked", "hidden")
                if self.document.get(self._flag_path(f), MISSING) is not MISSING
            ]
        self._selection = []
        self.document.set_values(changes, translate("canvas.controller", "Choose preset layout"))
        self.selection_changed.emit()

    def set_max_resolution_uid(self, uid: str) -> None:
        path = (*self.base_path(), "maxResolutionUid")
        self.document.set_value(
            path, uid if uid else MISSING, translate("canvas.controller", "Set the Large user")
        )

    def max_resolution_index(self) -> int | None:
        uid = self.snapshot().max_resolution_uid
        if uid is None:
            return None
        uids = self.simulated_uids(self.simulated_users)
        return uids.index(uid) if uid in uids else None

    def convert_to_custom(self) -> None:
        """The previewed preset as editable regions, as ONE undo step (issue 5 item 4)."""
        snap = self.snapshot()
        if snap.custom:
            if snap.mixed_layout != CUSTOM_LAYOUT:
                self.document.set_value(
                    (*self.base_path(), "mixedVideoLayout"),
                    CUSTOM_LAYOUT,
                    translate("canvas.controller", "Use custom layout"),
                )
            return
        users = self.simulated_users
        regions = convert_to_custom(
            snap.mixed_layout,
            users,
            self.simulated_uids(users),
            max_resolution_index=self.max_resolution_index(),
        )
        extra = self._to_custom(drop_large=True)  # R19: no Large user in a custom layout
        n = len(regions)
        self.commit_regions(
            regions,
            translate("canvas.controller", "Convert to custom layout"),
            order=[None] * n,
            selection=[],
            extra=extra,
            flags=([False] * n, [False] * n),
        )

    def apply_template(self, name: str) -> None:
        """Replace layoutConfig with a template (one undo step); uids bound later."""
        snap = self.snapshot()
        regions = template(name, snap.canvas_w, snap.canvas_h)
        extra = self._to_custom(drop_large=True)
        n = len(regions)
        self.commit_regions(
            regions,
            translate("canvas.controller", "Apply layout template"),
            order=[None] * n,
            selection=[],
            extra=extra,
            flags=([False] * n, [False] * n),
        )
