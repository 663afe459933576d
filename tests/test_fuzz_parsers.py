"""Fuzzing every parser with malformed input (issue 10, items 3-5 and acceptance).

Bounded to stay a few seconds in CI; ``tests/perf/fuzz_parsers.py`` runs the same checks
on many more inputs and counts violations. A failing example here is a real bug: the
checks live in ``fuzz_inputs.py`` so both runs judge the same promises.
"""

from __future__ import annotations

import pytest
from fuzz_inputs import (
    SEED_TEXTS,
    bodies,
    check_cli,
    check_curl,
    check_json_text,
    check_project_bytes,
    curl_commands,
    file_bytes,
    projects,
)
from hypothesis import HealthCheck, given, settings

#: Small example counts (the whole module takes a few seconds). No deadline here: the
#: 2 s-per-input promise (issue 10 acceptance) is wall time, which a loaded machine broke
#: for fast inputs (2.6 s, then "flaky" on the re-run); tests/perf/fuzz_parsers.py counts
#: the inputs slower than 2 s instead.
BOUNDED = settings(
    max_examples=60,
    deadline=None,
    database=None,
    suppress_health_check=[HealthCheck.too_slow, HealthCheck.data_too_large],
)


@pytest.fixture(autouse=True, scope="module")
def _warm() -> None:
    """Pay the one-time imports (pydantic adapters, schema, rules) before the first timed
    example: hypothesis re-runs an example that missed its deadline and calls a fast
    re-run "flaky", which a loaded CI machine could otherwise provoke."""
    check_json_text(SEED_TEXTS[0])
    check_cli(SEED_TEXTS[0].encode())
    check_curl("curl https://api.sd-rtn.com/v1/apps/A/cloud_recording/acquire -d '{}'")


@BOUNDED
@given(bodies)
def test_json_reader_and_importer_refuse_with_a_position(text: str) -> None:
    check_json_text(text)


@BOUNDED
@given(projects)
def test_project_text_imports_or_is_refused_and_what_loads_saves(text: str) -> None:
    check_json_text(text)


@BOUNDED
@given(file_bytes(projects))
def test_project_files_load_or_are_refused(data: bytes) -> None:
    check_project_bytes(data)


@settings(BOUNDED, max_examples=40)
@given(file_bytes(bodies | projects))
def test_validate_and_export_exit_0_1_2_with_a_position(data: bytes) -> None:
    check_cli(data)


@BOUNDED
@given(curl_commands)
def test_curl_importer_is_total(command: str) -> None:
    check_curl(command)
