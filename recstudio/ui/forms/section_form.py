"""A form for one config section, generated from the schema's field metadata.

A section is a list of groups; a group is "the fields of the object at this body path",
bound to where that object lives in the Project. Nested objects become sub-groups; lists
of objects are left to special widgets (canvas, service editors). Fields the current mode
does not allow are hidden unless they hold a value, in which case they stay visible with
their problem mark so the user can see why and clear them.
"""

from __future__ import annotations

from collections.abc import Callable
from dataclasses import dataclass
from typing import Any

from PySide6.QtCore import QTimer
from PySide6.QtWidgets import (
    QCheckBox,
    QFormLayout,
    QGroupBox,
    QLabel,
    QScrollArea,
    QVBoxLayout,
    QWidget,
)

from recstudio.model.enums import Endpoint, Mode
from recstudio.model.paths import MISSING, Path, format_path, parse_path
from recstudio.model.validation import LocatedProblem
from recstudio.ui.document import ProjectDocument
from recstudio.ui.forms.editors import ChoiceEditor, FieldEditor, editor_for
from recstudio.ui.i18n import tr_field, tr_hint, tr_message, translate


@dataclass
class GroupSpec:
    """Fields of the object at ``body_prefix`` of ``endpoint``'s body, stored in the Project
    at ``project_prefix`` (or wherever ``resolve(project)`` says, for list items)."""

    title: str
    endpoint: Endpoint
    body_prefix: str
    project_prefix: Path
    exclude: frozenset[str] = frozenset()
    include: frozenset[str] | None = None
    #: a legacy feature: hidden unless "Show legacy features" is ticked or it holds a value
    legacy: bool = False
    note: str = ""
    modes: frozenset[Mode] | None = None
    resolve: Callable[[Any], Path | None] | None = None
    create: Callable[[ProjectDocument], Path] | None = None
    recurse: bool = True
    #: for a union (``serviceParam``): only the fields of this variant (the service name)
    variant: str | None = None


class FieldRow:
    """One editor bound to one Project path."""

    def __init__(self, form: SectionForm, group: GroupSpec, meta: Any, rel: Path) -> None:
        self.form = form
        self.group = group
        self.meta = meta
        self.rel = rel
        #: storage regions depend on the vendor: a word list that follows the vendor field
        self.region_by_vendor = meta.path.endswith("storageConfig.region")
        self.editor: FieldEditor = ChoiceEditor(meta) if self.region_by_vendor else editor_for(meta)
        self.label = QLabel(meta.key)
        self.label.setToolTip(_describe(meta))
        self.editor.setToolTip(_describe(meta))
        self.editor.edited.connect(self._on_editor_edited)

    def project_path(self) -> Path | None:
        prefix = self.form.resolve_prefix(self.group)
        return None if prefix is None else (*prefix, *self.rel)

    def _on_editor_edited(self, value: Any) -> None:
        doc = self.form.document
        path = self.project_path()
        if path is None:
            if value is MISSING or self.group.create is None:
                return
            path = (*self.group.create(doc), *self.rel)
        text = f"Set {self.meta.key}" if value is not MISSING else f"Clear {self.meta.key}"
        doc.set_value(path, value, text, merge_key=f"field:{format_path(path)}")

    def refresh(self) -> None:
        path = self.project_path()
        value = MISSING if path is None else self.form.document.get(path)
        if self.region_by_vendor and isinstance(self.editor, ChoiceEditor):
            from recstudio.model.vendors import vendor_regions

            vendor = MISSING if path is None else self.form.document.get((*path[:-1], "vendor"))
            regions = vendor_regions(vendor) if isinstance(vendor, int) else {}
            self.editor.set_choices(list(regions), regions)
        self.editor.set_value(value)

    def visible_in(self, mode: Mode) -> bool:
        modes = getattr(self.meta, "modes", None)
        allowed = not modes or mode in modes
        if getattr(self.meta, "legacy", False) and not (self.group.legacy or self.form.show_legacy):
            allowed = False
        if allowed:
            return True
        path = self.project_path()
        return path is not None and self.form.document.get(path) is not MISSING


def _describe(meta: Any) -> str:
    parts = [tr_field(getattr(meta, "description", "")) or meta.key]
    lo, hi = getattr(meta, "minimum", None), getattr(meta, "maximum", None)
    if lo is not None or hi is not None:
        parts.append(
            translate("forms.section_form", "Range: {low} … {high}").format(
                low="" if lo is None else lo, high="" if hi is None else hi
            )
        )
    modes = getattr(meta, "modes", None)
    if modes and len(modes) < len(Mode):  # only a field some mode lacks names its modes
        names = ", ".join(sorted(str(getattr(m, "value", m)) for m in modes))
        parts.append(translate("forms.section_form", "Modes: {modes}").format(modes=names))
    if getattr(meta, "rule", None):
        parts.append(translate("forms.section_form", "Rule {rule}").format(rule=meta.rule))
    if getattr(meta, "legacy", False):
        parts.append(translate("forms.section_form", "Legacy feature"))
    return "\n".join(parts)


class SectionForm(QScrollArea):
    """Scrollable form of one or more groups; keeps itself in step with the document."""

    def __init__(
        self, document: ProjectDocument, groups: list[GroupSpec], parent: QWidget | None = None
    ) -> None:
        super().__init__(parent)
        from recstudio.model.fields import iter_fields

        self.document = document
        self.groups = groups
        self.rows: list[FieldRow] = []
        self._boxes: list[tuple[GroupSpec, QGroupBox]] = []
        self.setWidgetResizable(True)
        inner = QWidget()
        self._column = QVBoxLayout(inner)
        self._column.setContentsMargins(12, 12, 12, 12)
        self._column.setSpacing(12)
        self.show_legacy = False
        self.legacy_box: QCheckBox | None = None
        if any(g.legacy for g in groups):
            self.legacy_box = QCheckBox(
                translate(
                    "forms.section_form",
                    "Show legacy features (ApsaraVideo VoD, postponed transcoding…)",
                )
            )
            self.legacy_box.setToolTip(
                translate(
                    "forms.section_form",
                    "Features in older Agora references only; shown anyway when set",
                )
            )
            self.legacy_box.toggled.connect(self._on_legacy_toggled)
            self._column.addWidget(self.legacy_box)
        for group in groups:
            metas = list(iter_fields(group.endpoint))
            self._add_group(group, metas, self._column)
        self._column.addStretch(1)
        self.setWidget(inner)
        document.value_changed.connect(self._on_value_changed)
        document.project_replaced.connect(self.refresh_all)
        document.checked.connect(self._on_checked)
        self.refresh_all()

    # -- building ------------------------------------------------------------------------
    def _add_group(self, group: GroupSpec, metas: list[Any], column: QVBoxLayout) -> None:
        box = QGroupBox(group.title)
        form = QFormLayout(box)
        form.setFieldGrowthPolicy(QFormLayout.FieldGrowthPolicy.AllNonFixedFieldsGrow)
        if group.note:
            note = QLabel(group.note)
            note.setWordWrap(True)
            note.setObjectName("groupNote")
            form.addRow(note)
        prefix = group.body_prefix + "."
        children = [
            m
            for m in metas
            if m.path.startswith(prefix)
            and "." not in m.path[len(prefix) :]
            and "[" not in m.path[len(prefix) :]
        ]
        nested: list[Any] = []
        for meta in children:
            if group.include is not None and meta.key not in group.include:
                continue
            if meta.key in group.exclude:
                continue
            if getattr(meta, "variant", None) not in (None, group.variant):
                continue
            if meta.type == "object":
                nested.append(meta)
                continue
            if meta.type.startswith("list[object"):
                continue
            row = FieldRow(self, group, meta, (meta.key,))
            self.rows.append(row)
            form.addRow(row.label, row.editor)
        column.addWidget(box)
        self._boxes.append((group, box))
        if group.recurse:
            for meta in nested:
                sub = GroupSpec(
                    title=f"{group.title} › {meta.key}",
                    endpoint=group.endpoint,
                    body_prefix=meta.path,
                    project_prefix=(*group.project_prefix, meta.key),
                    legacy=group.legacy,
                    modes=group.modes,
                    resolve=None
                    if group.resolve is None
                    else _nested_resolve(group.resolve, meta.key),
                    create=None if group.create is None else _nested_create(group.create, meta.key),
                    variant=group.variant,
                )
                self._add_group(sub, metas, column)

    def resolve_prefix(self, group: GroupSpec) -> Path | None:
        if group.resolve is not None:
            return group.resolve(self.document.project)
        return group.project_prefix

    # -- keeping in step -----------------------------------------------------------------
    def refresh_all(self) -> None:
        mode = self.document.project.mode
        for row in self.rows:
            row.refresh()
            visible = row.visible_in(mode)
            row.label.setVisible(visible)
            row.editor.setVisible(visible)
        for group, box in self._boxes:
            rows = [r for r in self.rows if r.group is group]
            visible_rows = [r for r in rows if r.editor.isVisibleTo(box)]
            has_value = any(
                (path := r.project_path()) is not None and self.document.get(path) is not MISSING
                for r in rows
            )
            # a box with only sub-groups still shows when it has a note to give
            nested = group.note and any(
                r.group.title.startswith(group.title + " › ") and r.visible_in(mode)
                for r in self.rows
            )
            shown = (group.modes is None or mode in group.modes) and bool(visible_rows or nested)
            if group.legacy and not (self.show_legacy or has_value):
                shown = False
            box.setVisible(shown)
        self._on_checked()

    def _on_legacy_toggled(self, checked: bool) -> None:
        self.show_legacy = checked
        self.refresh_all()

    def _on_value_changed(self, path: Path) -> None:
        if path and path[0] in ("mode", "start_layout", "layouts"):
            self.refresh_all()
            return
        for row in self.rows:
            mine = row.project_path()
            if mine is None:
                row.refresh()
                continue
            n = min(len(mine), len(path))
            if tuple(mine[:n]) == tuple(path[:n]) or (
                row.region_by_vendor and tuple(path) == (*mine[:-1], "vendor")
            ):
                row.refresh()

    def _on_checked(self) -> None:
        for row in self.rows:
            path = row.project_path()
            problems = (
                []
                if path is None
                else [lp for lp in self.document.problems if lp.project_path == path]
            )
            if not problems:
                row.editor.set_problem(None, _describe(row.meta))
                continue
            severity = "error" if any(lp.problem.is_error for lp in problems) else "warning"
            lines = [
                f"{'✖' if lp.problem.is_error else '⚠'} {tr_message(lp.problem)}"
                + (f" — {tr_hint(lp.problem)}" if lp.problem.hint else "")
                for lp in problems
            ]
            row.editor.set_problem(
                severity, "\n".join(lines) + "\n\n" + _describe(row.meta), "\n".join(lines)
            )

    # -- navigation ----------------------------------------------------------------------
    def owns_path(self, project_path: Path | None) -> bool:
        return self.row_for(project_path) is not None

    def row_for(self, project_path: Path | None) -> FieldRow | None:
        if project_path is None:
            return None
        best: FieldRow | None = None
        for row in self.rows:
            mine = row.project_path()
            if mine is None:
                continue
            deeper = best is None or len(mine) > len(best.project_path() or ())
            if tuple(project_path[: len(mine)]) == tuple(mine) and deeper:
                best = row
        return best

    def focus_problem(self, lp: LocatedProblem) -> bool:
        row = self.row_for(lp.project_path)
        if row is None:
            return False
        row.label.setVisible(True)
        row.editor.setVisible(True)
        target = row.editor.focus_widget
        self.ensureWidgetVisible(row.editor)
        QTimer.singleShot(0, target.setFocus)
        target.setFocus()
        return True


def _nested_resolve(parent: Callable[[Any], Path | None], key: str) -> Callable[[Any], Path | None]:
    def resolve(project: Any) -> Path | None:
        base = parent(project)
        return None if base is None else (*base, key)

    return resolve


def _nested_create(
    parent: Callable[[ProjectDocument], Path], key: str
) -> Callable[[ProjectDocument], Path]:
    def create(document: ProjectDocument) -> Path:
        return (*parent(document), key)

    return create


__all__ = ["FieldRow", "GroupSpec", "SectionForm", "parse_path"]
