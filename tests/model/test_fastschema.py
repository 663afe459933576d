"""The pydantic-free schema path (issue 12) against the pydantic one: same problems, always.

``recstudio validate`` and every edit go through ``recstudio.model.fastschema``, which
proves a body valid from ``schema_table.py`` and hands any other body to the pydantic
checker. These tests run both over every bundled example, every seed body, the parser fuzz
bodies and hypothesis documents, and fail on the first difference; and they fail when the
table no longer says what the models say.
"""

from __future__ import annotations

import json
import subprocess
import sys
from pathlib import Path
from typing import Any

import pytest
from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st

from recstudio.model import fastschema, schema_table
from recstudio.model.enums import Endpoint
from recstudio.model.generate import generate_body
from recstudio.model.jsontext import JsonSyntaxError, parse_json
from recstudio.model.project import load_project
from recstudio.model.schema import check
from recstudio.model.schema.compact import build_table
from recstudio.resources import example_paths

HERE = Path(__file__).resolve().parent
sys.path.insert(0, str(HERE.parent))

import fuzz_inputs as fz  # noqa: E402
from _schema_seeds import ALL_SEEDS  # noqa: E402
from test_rules_robustness import FULL, JSON, KEYS, _with_value  # noqa: E402

BODY_ENDPOINTS = [e for e in Endpoint if e is not Endpoint.QUERY]


def _same(body: Any, endpoint: Endpoint) -> bool:
    """Both paths give the same problems; returns whether the fast path decided alone."""
    slow = check.schema_problems(body, endpoint)
    fast = fastschema.schema_problems(body, endpoint)
    assert fast == slow, (endpoint, body)
    accepted = isinstance(body, dict) and fastschema._accepts(body, ("model", _root(endpoint)))
    if accepted:  # what makes the equality hold by design, not by luck
        assert not any(p.is_error for p in slow), (endpoint, body, slow)
    return accepted


def _root(endpoint: Endpoint) -> str:
    return schema_table.BODIES[endpoint.value]


def _example_bodies() -> list[tuple[str, Endpoint, dict[str, Any]]]:
    out = []
    for path in example_paths():
        project = load_project(path)
        for endpoint in BODY_ENDPOINTS:
            out.append((path.name, endpoint, generate_body(project, endpoint)))
    return out


def test_the_table_is_what_the_models_say() -> None:
    """Stale after a model change: run ``python -m recstudio.model.schema.compact``."""
    table = build_table()
    assert table["BODIES"] == schema_table.BODIES
    assert table["MODELS"] == schema_table.MODELS
    assert table["FPS_20_IS_SCHEMA_ERROR"] == schema_table.FPS_20_IS_SCHEMA_ERROR


def test_the_table_reader_refuses_what_it_does_not_understand() -> None:
    """A constraint the fast path cannot see must stop the generator, not vanish."""
    from typing import Annotated

    from pydantic import AfterValidator

    from recstudio.model.schema.compact import _Reader

    with pytest.raises(TypeError, match="not a named check"):
        _Reader().spec(Annotated[str, AfterValidator(str.strip)], [], "probe")


@pytest.mark.parametrize("name,endpoint,body", _example_bodies(), ids=lambda v: str(v)[:40])
def test_bundled_examples(name: str, endpoint: Endpoint, body: dict[str, Any]) -> None:
    assert _same(body, endpoint), f"{name}: a valid example must not need pydantic"


def test_seed_bodies_and_seed_files() -> None:
    decided = []
    for body in ALL_SEEDS.values():
        decided.append(_same(body, Endpoint.START))
    for path in sorted((HERE / "seed_examples").glob("*.json")):
        try:
            body = parse_json(path.read_text(encoding="utf-8"))
        except JsonSyntaxError:
            continue  # the missing-comma seed: a JSON error, not a body
        for endpoint in BODY_ENDPOINTS:
            _same(body, endpoint)
    assert all(decided), "the seed start bodies are valid: the fast path must decide them"


def test_the_robustness_base_with_every_value_type_in_every_known_place() -> None:
    base = json.loads(json.dumps(FULL))
    for endpoint in BODY_ENDPOINTS:
        _same(base, endpoint)
    values = (None, True, 7, 1.5, -1, 0, 2**40, "s", "", "1", [], {}, [None], {"a": None})
    for value in values:
        for key in KEYS:
            doc, _count = _with_value(base, key, value)
            for endpoint in (Endpoint.START, Endpoint.UPDATE, Endpoint.UPDATE_LAYOUT):
                _same(doc, endpoint)
            wrapped = {**doc, "clientRequest": {"startParameter": doc.get("clientRequest")}}
            _same(wrapped, Endpoint.ACQUIRE)


@settings(max_examples=300, deadline=None, suppress_health_check=[HealthCheck.too_slow])
@given(doc=JSON, endpoint=st.sampled_from(BODY_ENDPOINTS))
def test_hypothesis_documents(doc: Any, endpoint: Endpoint) -> None:
    _same(doc, endpoint)


@settings(max_examples=300, deadline=None, suppress_health_check=[HealthCheck.too_slow])
@given(text=fz.bodies, endpoint=st.sampled_from(BODY_ENDPOINTS))
def test_fuzz_corpus_bodies(text: str, endpoint: Endpoint) -> None:
    try:
        body = parse_json(text)
    except JsonSyntaxError:
        return
    _same(body, endpoint)


def test_nan_infinity_and_edge_numbers() -> None:
    """JSON's extensions (NaN, Infinity) and float-vs-int edges, where strict types bite."""
    region = FULL["clientRequest"]["recordingConfig"]["transcodingConfig"]["layoutConfig"][0]
    for value in (float("nan"), float("inf"), -0.0, 1, 1.0, 0.1234567, True, 10**30):
        for key in ("x_axis", "alpha", "render_mode", "uid"):
            doc, _count = _with_value(FULL, key, value)
            _same(doc, Endpoint.START)
            _same({"layoutConfig": [{**region, key: value}]}, Endpoint.UPDATE_LAYOUT)


def test_the_fps_flag_matches_the_pydantic_probe() -> None:
    probe = {
        "cname": "probe",
        "uid": "1",
        "clientRequest": {"recordingConfig": {"transcodingConfig": {"fps": 20}}},
    }
    said = any(
        p.is_error and p.path.endswith("transcodingConfig.fps")
        for p in check.schema_problems(probe, Endpoint.START)
    )
    assert fastschema.fps_20_is_schema_error() is said


def _run(code: str, *args: str) -> str:
    proc = subprocess.run(
        [sys.executable, "-c", code, *args], capture_output=True, text=True, timeout=60
    )
    return (proc.stdout.strip().splitlines() or [proc.stderr])[-1]


def test_checking_a_valid_body_imports_no_pydantic(tmp_path: Path) -> None:
    body = tmp_path / "mix.json"
    body.write_text(json.dumps(ALL_SEEDS["mix"]), encoding="utf-8")
    code = (
        "import sys, json; from recstudio.model.rules import check_body;"
        "problems = check_body(json.load(open(sys.argv[1])), 'start', 'mix');"
        "print([p.rule_id for p in problems if p.rule_id in ('SCHEMA', 'INTERNAL')],"
        " sorted(m for m in sys.modules if m.startswith('pydantic')))"
    )
    assert _run(code, str(body)) == "[] []"


def test_an_invalid_body_still_gets_pydantic_words() -> None:
    body = {"cname": "c", "uid": "1", "clientRequest": {"recordingConfig": {"channelType": "1"}}}
    problems = fastschema.schema_problems(body, Endpoint.START)
    assert [p.path for p in problems] == ["clientRequest.recordingConfig.channelType"]
    assert problems[0].message == 'channelType must be a whole number (got string "1")'
