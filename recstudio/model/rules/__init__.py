"""Rule checks R1–R37 of reference §5 (plus the §10 conflict warnings).

* :func:`check_body` — the one call everyone uses to validate a body: schema problems of
  single fields (``recstudio.model.schema``) + the rules here, de-duplicated, errors first.
* :func:`rule_problems` — only the mode-, endpoint- and multi-field rules on one body.
* :func:`check_project` — rules spanning several bodies of one recording (:class:`BodySet`),
  with paths like ``start:clientRequest.storageConfig.region``.

Modules by topic: identity (R1–R4), acquire (R4–R7), recording (R8, R10–R15),
transcoding (R17–R22), files (R23–R25), storage (R7, R26–R29), web (R9, R30–R32),
update (R33, R34, R37), misc (R35, R36, R37 notes), conflicts (§10 map, SECRET),
crossbody (check_project). R16, R21 and the single-field halves of the others belong to
the schema.
"""

from __future__ import annotations

from typing import TYPE_CHECKING, Any

from recstudio.model.rules.engine import check_body, rule_problems, sort_problems

if TYPE_CHECKING:
    from recstudio.model.rules.crossbody import (
        BodySet,
        BodySetLike,
        check_layouts_against_start,
        check_project,
        project_path,
        split_project_path,
        start_facts_shared,
    )

#: crossbody loads on first use: ``recstudio validate`` of one body never needs it (issue 12)
_CROSSBODY = {
    "BodySet",
    "BodySetLike",
    "check_layouts_against_start",
    "check_project",
    "project_path",
    "split_project_path",
    "start_facts_shared",
}


def __getattr__(name: str) -> Any:
    if name not in _CROSSBODY:
        raise AttributeError(f"module {__name__!r} has no attribute {name!r}")
    from recstudio.model.rules import crossbody

    return getattr(crossbody, name)


__all__ = [
    "BodySet",
    "BodySetLike",
    "check_body",
    "check_layouts_against_start",
    "check_project",
    "project_path",
    "rule_problems",
    "sort_problems",
    "split_project_path",
    "start_facts_shared",
]
