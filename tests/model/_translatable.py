"""What every Problem must satisfy so the UI can translate it (issue 17).

Used by the message tests on their corpus and, through ``tests/model/conftest.py``, on
every Problem any model test makes: the rule tests hold a failing case per rule, so each
rule's messages are judged where its behaviour is tested.
"""

from __future__ import annotations

import string
from functools import cache
from typing import Any

from recstudio.model.catalogue import Entry, all_entries
from recstudio.model.messages import FieldText, Listing, Phrase, Term
from recstudio.model.problems import Problem

PURE_PLACEHOLDER = {"{hint}", "{range}"}  # hints that are an argument (a field's own hint)


@cache
def catalogue() -> dict[tuple[str, str, str], Entry]:
    return {entry.key: entry for entry in all_entries()}


@cache
def templates_by_id() -> dict[str, str]:
    return {key[2]: key[1] for key in catalogue() if key[0] == "rules"}


def placeholders(text: str) -> list[tuple[str, str, str]]:
    """(field, conversion, spec) of each replacement field, in order."""
    return [
        (name, conversion or "", spec or "")
        for _, name, spec, conversion in string.Formatter().parse(text)
        if name is not None
    ]


def check_problem(problem: Problem) -> None:
    """AssertionError naming the message when ``problem`` cannot be translated."""
    where = f"{problem.rule_id} {problem.message!r}"
    assert problem.message_id, f"{where}: no message_id (build it with msg() / Problem.of)"
    known = templates_by_id()
    assert known.get(problem.message_id) == problem.template, (
        f"{where}: template of {problem.message_id} is not in the catalogue"
    )
    assert problem.message == problem.template.format(**problem.args), where
    assert problem.hint == problem.hint_template.format(**problem.args), where
    if problem.hint_template and problem.hint_template not in PURE_PLACEHOLDER:
        assert known.get(f"{problem.message_id}.hint") == problem.hint_template, where
    for key, value in problem.args.items():
        check_arg(value, f"{where} arg {key}")


def check_arg(value: Any, where: str) -> None:
    assert isinstance(value, str | int | float) and not isinstance(value, bool), (
        f"{where}: {type(value).__name__} is not str/int/float"
    )
    if isinstance(value, FieldText):
        assert ("fields", str(value), "") in catalogue(), f"{where}: {value!r} not in fields"
    elif isinstance(value, Term):
        assert ("words", str(value), "") in catalogue(), f"{where}: {value!r} not in words"
    elif isinstance(value, Phrase):
        assert templates_by_id().get(value.message.id) == value.message.template, where
        for key, inner in value.args.items():
            check_arg(inner, f"{where}.{key}")
    elif isinstance(value, Listing):
        for part in value.parts:
            check_arg(part, where)
