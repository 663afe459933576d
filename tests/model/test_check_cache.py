"""The incremental checker (issue 12): an edit re-checks only the bodies it changed, and
always gives what a full ``validate_project`` gives."""

from __future__ import annotations

import copy

from recstudio.model.enums import Endpoint, Mode
from recstudio.model.paths import MISSING, with_path
from recstudio.model.project import new_project
from recstudio.model.validation import MAX_AGE_S, ProjectChecker, validate_project


def _project(layouts: int = 5):
    project = new_project(Mode.MIX)
    project.cname, project.uid = "room", "527841"
    region = {"x_axis": 0.0, "y_axis": 0.0, "width": 0.5, "height": 0.5, "uid": "1001"}
    project.layouts = {
        f"L{i}": {"mixedVideoLayout": 3, "layoutConfig": [dict(region) for _ in range(3)]}
        for i in range(layouts)
    }
    project.start_layout = "L0"
    return project


def _edit(project, path, value) -> None:
    """What ProjectDocument._apply does: copy-on-write at the top-level field."""
    name = path[0]
    if len(path) == 1:
        setattr(project, name, value)
    else:
        setattr(project, name, with_path(getattr(project, name), path[1:], value))


def _reference(project):
    """The plain algorithm the checker must agree with: every body, then one
    ``check_project`` for the simple bodies and one per updateLayout pair."""
    from recstudio.model.rules import BodySet, check_project
    from recstudio.model.validation import (
        _check_one,
        _dedupe_shared,
        _locate_cross,
        bodies_to_check,
    )

    bodies, located = {}, []
    for key in bodies_to_check(project):
        bodies[key], found = _check_one(project, *key)
        located += found
    simple = {ep: b for (ep, lay), b in bodies.items() if lay is None}
    located += [
        _locate_cross(project, p, None)
        for p in check_project(BodySet(mode=project.mode, bodies=simple))
    ]
    for (ep, lay), body in bodies.items():
        if ep is Endpoint.UPDATE_LAYOUT:
            pair = {**simple, Endpoint.UPDATE_LAYOUT: body}
            located += [
                _locate_cross(project, p, lay)
                for p in check_project(BodySet(mode=project.mode, bodies=pair))
                if p.path.startswith("updateLayout:")
            ]
    return bodies, _dedupe_shared(located)


def _same_result(checker: ProjectChecker, project) -> None:
    bodies, problems = checker.validate(project)
    full_bodies, full_problems = _reference(project)
    assert bodies == full_bodies
    assert problems == full_problems
    assert validate_project(project) == (full_bodies, full_problems)


def test_a_layout_edit_rechecks_only_that_layout() -> None:
    project = _project()
    checker = ProjectChecker()
    _same_result(checker, project)
    assert len(checker.last_rechecked) == 3 + 4  # acquire, start, stop + 4 updateLayouts
    _edit(project, ("layouts", "L3", "layoutConfig", 1, "width"), 1.5)  # out of range
    _same_result(checker, project)
    assert checker.last_rechecked == [(Endpoint.UPDATE_LAYOUT, "L3")]
    _, problems = checker.validate(project)
    assert any(p.project_path == ("layouts", "L3", "layoutConfig", 1, "width") for p in problems)


def test_cross_body_findings_per_layout_match_one_check_per_pair() -> None:
    project = _project(4)
    project.start["recordingConfig"] = {"subscribeVideoUids": ["1001"], "channelType": 0}
    project.layouts["L0"]["backgroundColor"] = "#101820"  # R34: scenes without it drop it
    project.layouts["L2"]["layoutConfig"][0]["uid"] = "2002"  # R20: not subscribed
    checker = ProjectChecker()
    _same_result(checker, project)
    _, problems = checker.validate(project)
    rules = {(p.layout, p.problem.rule_id) for p in problems if p.layout}
    assert ("L2", "R20") in rules and ("L1", "R34") in rules
    _edit(project, ("start", "recordingConfig", "subscribeVideoUids"), ["1001", "2002"])
    _same_result(checker, project)  # every pair re-checked against the new start


def test_start_layout_edit_rechecks_start_and_acquire() -> None:
    project = _project()
    checker = ProjectChecker()
    checker.validate(project)
    _edit(project, ("layouts", "L0", "backgroundColor"), "#112233")
    _same_result(checker, project)
    assert set(checker.last_rechecked) == {(Endpoint.ACQUIRE, None), (Endpoint.START, None)}


def test_shared_fields_recheck_everything_and_undo_is_seen() -> None:
    project = _project(3)
    checker = ProjectChecker()
    checker.validate(project)
    _edit(project, ("cname",), "")
    _same_result(checker, project)
    assert len(checker.last_rechecked) == 5
    _edit(project, ("stop", "async_stop"), MISSING)
    _same_result(checker, project)
    assert checker.last_rechecked == [(Endpoint.STOP, None)]
    checker.validate(project)
    assert checker.last_rechecked == []


def test_a_replaced_project_is_checked_afresh() -> None:
    project = _project(2)
    checker = ProjectChecker()
    checker.validate(project)
    other = copy.deepcopy(project)
    _same_result(checker, other)
    assert len(checker.last_rechecked) == 4


def test_old_checks_expire_for_clock_rules() -> None:
    now = [1000.0]
    checker = ProjectChecker(clock=lambda: now[0])
    project = _project(1)
    checker.validate(project)
    now[0] += MAX_AGE_S + 1
    checker.validate(project)
    assert len(checker.last_rechecked) == 3


def test_with_path_copies_only_the_path() -> None:
    doc = {"a": {"b": [1, {"c": 2}], "d": {"e": 3}}, "f": [4]}
    new = with_path(doc, ("a", "b", 1, "c"), 5)
    assert doc["a"]["b"][1]["c"] == 2 and new["a"]["b"][1]["c"] == 5
    assert new["a"]["d"] is doc["a"]["d"] and new["f"] is doc["f"]
    gone = with_path(doc, ("a", "d", "e"), MISSING)
    assert "d" not in gone["a"] and doc["a"]["d"] == {"e": 3}  # emptied dict pruned on copy
    made = with_path(doc, ("x", "y"), 1)
    assert made["x"] == {"y": 1} and "x" not in doc


def test_elide_cuts_long_arrays_and_strings_only() -> None:
    from recstudio.model.elide import elide

    body = {"a": list(range(120)), "b": "x" * 5000, "c": {"d": [1, 2]}, "e": "short"}
    shown, cut = elide(body, items=50, chars=100)
    assert cut == 2
    assert shown["a"][:50] == list(range(50)) and shown["a"][50] == "… 70 more items"
    assert shown["b"].startswith("x" * 100) and "5,000 characters" in shown["b"]
    assert shown["c"] == {"d": [1, 2]} and shown["e"] == "short"
    assert len(body["a"]) == 120 and len(body["b"]) == 5000  # the body itself is untouched
    assert elide({"a": [1]}) == ({"a": [1]}, 0)


def test_one_check_works_out_the_start_facts_once_and_a_changed_body_anew(monkeypatch) -> None:
    """Cross rules and the named layouts both need start's facts; a 10 MB start body cost
    100 ms each time (issue 12). Shared inside one check only: an edit in place between
    two checks must be seen."""
    from recstudio.model.rules import BodySet, check_project, crossbody

    calls: list[int] = []
    real = crossbody.check_start_request

    def counted(*args, **kwargs):
        calls.append(id(args[1]))
        return real(*args, **kwargs)

    monkeypatch.setattr(crossbody, "check_start_request", counted)
    project = _project(layouts=4)
    ProjectChecker().validate(project)
    assert len(calls) == 1

    start = {"clientRequest": {"recordingConfig": {"streamTypes": 1}}}  # video only
    update = {"clientRequest": {"streamSubscribe": {"audioUidList": {"subscribeAudioUids": ["1"]}}}}
    bodies = BodySet(Mode.INDIVIDUAL, {Endpoint.START: start, Endpoint.UPDATE: update})
    before = check_project(bodies)
    start["clientRequest"]["recordingConfig"]["streamTypes"] = 2  # the same dict, changed
    after = check_project(bodies)
    assert before != after
