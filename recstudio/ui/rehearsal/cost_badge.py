"""Status-bar badge: the recording's billing tier and price, with the tier-dropping hints
in its tooltip; recomputed (off the GUI thread) after each check of the project."""

from __future__ import annotations

from typing import TYPE_CHECKING

from PySide6.QtCore import Qt, QTimer
from PySide6.QtWidgets import QLabel, QWidget

from recstudio.ui.background import run_in_background

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
        return "Cost: ?", f"cannot price this project: {exc}"
    q = estimate.quote
    text = f"{TIER_LABELS[q.tier]} · {money(q.usd_per_1000_minutes)}/1,000 min"
    if estimate.hints:
        text += " ⚑"
    lines = [
        f"Billed by the aggregate resolution of subscribed video: {q.aggregate_pixels:,} px",
        f"{money(q.usd_per_hour)} per hour; {estimate.month_hours:g} h a month "
        f"{money(estimate.usd_month)} ({money(estimate.usd_month_after_free)} after "
        f"{estimate.prices.free_minutes:,} free minutes)",
        *(f"• {h}" for h in estimate.hints),
        *(f"note: {n}" for n in estimate.notes),
        f"prices of {estimate.prices.date}: {estimate.prices.source}",
    ]
    return text, "\n".join(lines)


class CostBadge(QLabel):
    def __init__(self, document: ProjectDocument, parent: QWidget | None = None) -> None:
        super().__init__("Cost: …", parent)
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
