"""Agora's own example bodies (the two seed documents), checked with the right mode.

Fixtures in ``seed_examples/`` are copied verbatim from
``/work/shared/seeds/start-method-reference.txt`` (the 8 start examples, lines 485–790;
the first keeps its missing comma) and ``composite-recording-guide.txt`` (acquire, start,
stop; only the page's ``_8``/``_42``/``_5`` line-number artefacts and blank lines removed).
Expected findings are written out: errors as exact (rule, path) pairs, warnings as the
exact set of rule ids.
"""

from __future__ import annotations

import json
from pathlib import Path

import pytest

from recstudio.model.enums import Endpoint, Mode
from recstudio.model.rules import check_body

HERE = Path(__file__).parent / "seed_examples"
NOW = 1_800_000_000.0
CR = "clientRequest"

# (fixture, endpoint, mode, expected errors {(rule, path)}, expected warning rule ids)
CASES = [
    (
        "start-method-individual-vod-legacy",  # no storageConfig at all
        Endpoint.START,
        Mode.INDIVIDUAL,
        {("R7", f"{CR}.storageConfig")},
        {"R9", "R25", "SECRET"},
    ),
    (
        "start-method-individual-screenshots-only",
        Endpoint.START,
        Mode.INDIVIDUAL,
        set(),
        {"R24", "SECRET"},  # R24: 2026 docs say screenshots are raw-only (agora-2026 §1)
    ),
    (
        "start-method-individual-recording-and-screenshots",  # lacks subscribeUidGroup
        Endpoint.START,
        Mode.INDIVIDUAL,
        {("R12", f"{CR}.recordingConfig.subscribeUidGroup")},
        {"R24", "SECRET"},
    ),
    ("start-method-web-start", Endpoint.START, Mode.WEB, set(), {"R35", "SECRET"}),
    ("start-method-web-start-with-cdn-push", Endpoint.START, Mode.WEB, set(), {"R35", "SECRET"}),
    (
        "start-method-individual-audio-original",
        Endpoint.START,
        Mode.INDIVIDUAL,
        set(),
        {"R25", "SECRET"},
    ),
    (
        "start-method-individual-postponed-audio-mix",  # "xxxx" audio values
        Endpoint.START,
        Mode.INDIVIDUAL,
        {
            ("R36", f"{CR}.transcodeOptions.audio.channels"),
            ("R36", f"{CR}.transcodeOptions.audio.sampleRate"),
        },
        {"R36", "R25", "SECRET"},
    ),
    ("composite-guide-acquire", Endpoint.ACQUIRE, Mode.MIX, set(), set()),
    ("composite-guide-mix-start", Endpoint.START, Mode.MIX, set(), {"R25", "SECRET"}),
    ("composite-guide-stop", Endpoint.STOP, Mode.MIX, set(), set()),
]


def load(name: str) -> str:
    return (HERE / f"{name}.json").read_text(encoding="utf-8")


def outcome(doc: object, endpoint: Endpoint, mode: Mode) -> tuple[set, set]:
    problems = check_body(doc, endpoint, mode, now=NOW)
    errors = {(p.rule_id, p.path) for p in problems if p.is_error}
    warnings = {p.rule_id for p in problems if not p.is_error}
    return errors, warnings


@pytest.mark.parametrize(("name", "endpoint", "mode", "errors", "warnings"), CASES)
def test_seed_example(name: str, endpoint: Endpoint, mode: Mode, errors: set, warnings: set):
    assert outcome(json.loads(load(name)), endpoint, mode) == (errors, warnings)


def test_first_start_example_is_not_valid_json():
    with pytest.raises(json.JSONDecodeError) as caught:
        json.loads(load("start-method-mix-start-missing-comma"))
    assert (caught.value.lineno, caught.value.msg) == (44, "Expecting ',' delimiter")


def test_first_start_example_with_the_comma_restored():
    """Mix with Alibaba storage: sse is S3-only (R29); streamMode is ignored in mix (R11)."""
    lines = load("start-method-mix-start-missing-comma").split("\n")
    assert lines[42] == "]"
    lines[42] = "],"
    doc = json.loads("\n".join(lines))
    errors, warnings = outcome(doc, Endpoint.START, Mode.MIX)
    assert errors == {("R29", f"{CR}.storageConfig.extensionParams.sse")}
    assert warnings == {"R11", "SECRET"}


def test_every_seed_fixture_is_covered():
    names = {case[0] for case in CASES} | {"start-method-mix-start-missing-comma"}
    assert names == {path.stem for path in HERE.glob("*.json")}
    assert len([n for n in names if n.startswith("start-method-")]) == 8
