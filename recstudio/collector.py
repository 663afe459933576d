"""When cyclic garbage is due for collection: CPython's own rule, for a collector that a
GUI timer drives (``ui/gui_gc.py``) instead of the allocator.

Automatic collection is off in the app (a worker's collection could delete a Qt object
off the GUI thread), so the GUI thread collects when the counters say so. Counting alone
is not CPython's rule: a full collection also waits until the objects promoted to the
oldest generation since the last one reach a quarter of those it kept then
(``long_lived_pending < long_lived_total / 4`` in Modules/gcmodule.c), which keeps full
collections rare while a big project is alive. Without that rule the timer ran one every
ten young collections, 36–64 ms each on the GUI thread with a 10 MB body open (issue 12).
"""

from __future__ import annotations

from dataclasses import dataclass

#: The oldest generation of CPython's collector.
OLDEST = 2


@dataclass
class LongLived:
    """What CPython tracks in ``long_lived_total`` and ``long_lived_pending``."""

    total: int = 0  # objects in the oldest generation after the last full collection
    pending: int = 0  # objects promoted into it since

    def after(self, generation: int, *, survivors: int) -> None:
        """Account for a collection of ``generation`` that kept ``survivors`` objects
        (for a full collection: all objects now in the oldest generation)."""
        if generation == OLDEST:
            self.total, self.pending = survivors, 0
        elif generation == OLDEST - 1:
            self.pending += max(0, survivors)


def generation_due(
    counts: tuple[int, int, int], thresholds: tuple[int, ...], long_lived: LongLived
) -> int | None:
    """The generation to collect now, or None: the oldest whose count passed its
    threshold, skipping a full collection while too few objects were promoted."""
    for generation in (2, 1, 0):
        if counts[generation] > thresholds[generation]:
            if generation == OLDEST and long_lived.pending < long_lived.total // 4:
                continue
            return generation
    return None
