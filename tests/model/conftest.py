"""Model tests: every Problem made while they run must be translatable (issue 17)."""

from __future__ import annotations

from collections.abc import Iterator
from typing import Any

import pytest
from _translatable import check_problem

from recstudio.model.problems import Problem


@pytest.fixture(autouse=True)
def _problems_are_translatable(monkeypatch: pytest.MonkeyPatch) -> Iterator[None]:
    """Judges each Problem where it is made; the behaviour of ``Problem.of`` is unchanged."""
    original = Problem.of.__func__  # type: ignore[attr-defined]

    def checked(cls: type[Problem], *args: Any, **kwargs: Any) -> Problem:
        problem = original(cls, *args, **kwargs)
        check_problem(problem)
        return problem

    monkeypatch.setattr(Problem, "of", classmethod(checked))
    yield
