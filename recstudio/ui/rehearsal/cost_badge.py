"""Status-bar badge: the recording's billing tier and price, with the tier-dropping hints
in its tooltip; recomputed (off the GUI thread) after each check of the project."""

from __future__ import annotations

from typing import TYPE_CHECKING

from PySide6.QtCore import Qt, QTimer
from PySide6.QtWidgets import QLabel, QWidget

from recstudio.ui.background import run_in_background
from recstudio.ui.i18n import translate
from recstudio.ui.marks import QT_TRANSLATE_NOOP

if TYPE_CHECKING:
    from recstudio.model.project import Project
    from recstudio.ui.document import ProjectDocument


def estimate_text(project: Project) -> tuple[str, str]:
    """(badge text, tooltip) for a project; Qt-free work, run on a worker."""
    from recstudio.render.commands import configured_prices
    from recstudio.render.cost import TIER_LABELS, estimate_session, money
    from recstudio.render.session import Session

    try:
        estimate = estimate_session(Session.from_project(project), prices=configured_prices())
    except ValueError as exc:
        return translate("rehearsal.cost_badge", "Cost: ?"), translate(
            "rehearsal.cost_badge", "cannot price this project: {exc}"
        ).format(exc=exc)
    q = estimate.quote
    tier = translate("rehearsal.cost_badge", TIER_LABELS[q.tier])
    text = f"{tier} · {money(q.usd_per_1000_minutes)}/1,000 min"
    if estimate.hints:
        text += " ⚑"
    lines = [
        translate(
            "rehearsal.cost_badge",
            "Billed by the aggregate resolution of subscribed video: {pixels} px",
        ).format(pixels=f"{q.aggregate_pixels:,}"),
        translate(
            "rehearsal.cost_badge",
            "{per_hour} per hour; {hours} h a month {month} ({after_free} after {free} free "
            "minutes)",
        ).format(
            per_hour=money(q.usd_per_hour),
            hours=f"{estimate.month_hours:g}",
            month=money(estimate.usd_month),
            after_free=money(estimate.usd_month_after_free),
            free=f"{estimate.prices.free_minutes:,}",
        ),
        # the hints and notes are the Qt-free cost model's English sentences
        *(f"• {h}" for h in estimate.hints),
        *(f"note: {n}" for n in estimate.notes),
        translate("rehearsal.cost_badge", "prices of {date}: {source}").format(
            date=estimate.prices.date, source=estimate.prices.source
        ),
    ]
    return text, "\n".join(lines)


#: render/cost.py's tier names (Qt-free), marked for pyside6-lupdate
_TIERS = (
    QT_TRANSLATE_NOOP("rehearsal.cost_badge", "Audio"),
    QT_TRANSLATE_NOOP("rehearsal.cost_badge", "HD"),
    QT_TRANSLATE_NOOP("rehearsal.cost_badge", "Full HD"),
)


class CostBadge(QLabel):
    def __init__(self, document: ProjectDocument, parent: QWidget | None = None) -> None:
        super().__init__(translate("rehearsal.cost_badge", "Cost: …"), parent)
        self.setObjectName("costBadge")
        self.setTextFormat(Qt.TextFormat.PlainText)
        self.document = document
        self._busy = False
        self._again = False
        # after the edit settles, not inside it: the edit → problems budget stays untouched
        self._timer = QTimer(self)
        self._timer.setSingleShot(True)
        self._timer.setInterval(200)
        self._timer.timeout.connect(self.refresh)
        document.checked.connect(self._timer.start)

    def refresh(self) -> None:
        """Coalesced: at most one estimate in flight, one more queued."""
        if self._busy:
            self._again = True
            return
        self._busy = True
        project = self.document.snapshot()
        run_in_background(lambda: estimate_text(project), self._on_done, self)

    def _on_done(self, result: tuple[str, str] | None, error: BaseException | None) -> None:
        self._busy = False
        if error is None and result is not None:
            self.setText(result[0])
            self.setToolTip(result[1])
        if self._again:
            self._again = False
            self.refresh()
