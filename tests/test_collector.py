"""recstudio/collector.py against CPython's rule in Modules/gcmodule.c (issue 12): the GUI
timer's collector must not run full collections more often than the interpreter would."""

from __future__ import annotations

from recstudio.collector import LongLived, generation_due

THRESHOLDS = (700, 10, 10)


def test_the_oldest_generation_past_its_threshold_goes_first() -> None:
    assert generation_due((701, 11, 11), THRESHOLDS, LongLived()) == 2
    assert generation_due((701, 11, 3), THRESHOLDS, LongLived()) == 1
    assert generation_due((701, 3, 3), THRESHOLDS, LongLived()) == 0
    assert generation_due((700, 10, 10), THRESHOLDS, LongLived()) is None


def test_a_full_collection_waits_for_a_quarter_of_the_long_lived_objects() -> None:
    long_lived = LongLived()
    long_lived.after(2, survivors=40_000)
    long_lived.after(1, survivors=9_999)
    assert generation_due((701, 11, 11), THRESHOLDS, long_lived) == 1  # not yet: gen 1
    long_lived.after(1, survivors=1)
    assert generation_due((701, 11, 11), THRESHOLDS, long_lived) == 2
    long_lived.after(2, survivors=50_000)
    assert long_lived.pending == 0 and long_lived.total == 50_000


def test_young_collections_do_not_count_as_promotions() -> None:
    long_lived = LongLived()
    long_lived.after(2, survivors=100)
    long_lived.after(0, survivors=500)
    assert long_lived.pending == 0
    assert generation_due((0, 0, 11), THRESHOLDS, long_lived) is None
