"""Rule messages carry ids, templates and arguments the UI can translate (issue 17).

The English ``message`` stays exactly what the CLI prints; these tests check that it is
``template.format(**args)`` for every Problem of a large corpus (every field of every body
with wrong values, in every mode), that the templates are read from the source with unique
ids, and that :func:`localize` speaks the translation it is given.
"""

from __future__ import annotations

from pathlib import Path

import pytest
from _message_corpus import NOW, mutations
from _translatable import catalogue, check_problem, placeholders, templates_by_id

from recstudio.model.catalogue import CatalogueError, rule_entries
from recstudio.model.enums import Endpoint, Mode
from recstudio.model.jsontext import JsonSyntaxError, parse_json
from recstudio.model.messages import Term, localize
from recstudio.model.problems import Problem, Severity
from recstudio.model.rules import check_body

RULE_ID = r"(R([1-9]|[1-3][0-9])|SCHEMA|UNKNOWN_KEY|JSON|SECRET|INTERNAL)"


def test_every_problem_of_the_corpus_is_translatable() -> None:
    produced: set[str] = set()
    count = 0
    for body, endpoint, mode in mutations():
        for problem in check_body(body, endpoint, mode, NOW):
            check_problem(problem)
            produced.add(problem.message_id)
            count += 1
    assert count > 10_000
    # the corpus reaches schema messages of every kind and rules of every topic
    for message_id in (
        "SCHEMA.missing",
        "SCHEMA.type",
        "SCHEMA.choice",
        "SCHEMA.at_most",
        "UNKNOWN_KEY.known",
        "R1.updatelayout_exists_mix",
        "R17.canvas_pixels_most",
    ):
        assert message_id in produced


def test_message_ids_are_unique_rule_ids_with_a_key() -> None:
    import re

    entries = rule_entries()
    ids = [e.comment for e in entries if not e.comment.endswith(".hint")]
    assert len(ids) == len(set(ids))
    for message_id in ids:
        assert re.fullmatch(RULE_ID + r"\.[a-z0-9_]+", message_id), message_id
    assert len(ids) > 150


def test_templates_format_with_their_own_fields() -> None:
    for key in catalogue():
        if key[0] != "rules":
            continue
        args = {name: 1 for name, _, _ in placeholders(key[1])}
        key[1].format(**args)  # a broken template raises here


def test_a_wording_change_under_the_same_id_is_refused(tmp_path: Path) -> None:
    package = tmp_path / "pkg"
    package.mkdir()
    (package / "a.py").write_text('msg("R3.x", "one {a}")\n', encoding="utf-8")
    (package / "b.py").write_text('msg("R3.x", "two {a}")\n', encoding="utf-8")
    with pytest.raises(CatalogueError, match=r"R3\.x"):
        rule_entries(package)


def test_a_template_that_is_not_literal_is_refused(tmp_path: Path) -> None:
    package = tmp_path / "pkg"
    package.mkdir()
    (package / "a.py").write_text('text = "x"\nmsg("R3.x", text)\n', encoding="utf-8")
    with pytest.raises(CatalogueError, match="literal"):
        rule_entries(package)


def test_english_message_unchanged_and_args_kept() -> None:
    body = {
        "cname": "room1",
        "uid": "527841",
        "clientRequest": {
            "recordingConfig": {"transcodingConfig": {"width": 3000, "height": 1200}}
        },
    }
    problems = check_body(body, Endpoint.START, Mode.MIX, NOW)
    pixels = next(p for p in problems if p.message_id == "R17.canvas_pixels_most")
    assert pixels.message == (
        "the canvas 3000×1200 has 3,600,000 pixels; at most 1920×1080 (2,073,600) are allowed"
    )
    assert pixels.args["pixels"] == 3_600_000
    assert pixels.format_line().startswith(
        "clientRequest.recordingConfig.transcodingConfig.width: error R17: the canvas"
    )


def _fake_chinese(context: str, source: str, disambiguation: str) -> str:
    table = {
        (
            "rules",
            "R1.updatelayout_exists_mix",
        ): "updateLayout 仅存在于合流录制模式，{mode}模式下没有",
        ("words", "individual"): "单流录制",
    }
    return table.get((context, disambiguation or source), source)


def test_localize_translates_template_and_words() -> None:
    (problem,) = check_body(
        {"cname": "room1", "uid": "527841", "clientRequest": {}},
        Endpoint.UPDATE_LAYOUT,
        Mode.INDIVIDUAL,
    )
    assert (
        problem.message
        == "updateLayout exists only in mix (composite) mode, not in individual mode"
    )
    message, hint = localize(problem, _fake_chinese)
    assert message == "updateLayout 仅存在于合流录制模式，单流录制模式下没有"
    assert hint == problem.hint  # no translation of the hint: English stays


def test_localize_falls_back_to_english_on_a_broken_translation() -> None:
    # built directly: a test-only message is in no catalogue (Problem.of is judged here)
    args = {"what": Term("x"), "size": 3}
    problem = Problem(
        Severity.ERROR, "cname", "R3", "x is 3 bytes", "", "R3.test", "{what} is {size} bytes", args
    )

    def broken(context: str, source: str, disambiguation: str) -> str:
        return "{nosuch}" if context == "rules" else source

    assert localize(problem, broken) == ("x is 3 bytes", "")


def test_schema_phrases_are_localized_inside_the_message() -> None:
    body = {
        "cname": "room1",
        "uid": "527841",
        "clientRequest": {
            "recordingConfig": {
                "channelType": 0,
                "streamTypes": 2,
                "subscribeUidGroup": 0,
                "subscribeAudioUids": ["1", 2],
            }
        },
    }
    problems = check_body(body, Endpoint.START, Mode.INDIVIDUAL, NOW)
    item = next(p for p in problems if p.path.endswith("subscribeAudioUids[1]"))
    assert item.message.startswith("subscribeAudioUids item 1 must be text (a JSON string)")

    def chinese(context: str, source: str, disambiguation: str) -> str:
        return {
            "SCHEMA.item": "{key} 第 {index} 项",
            "text (a JSON string)": "文本（JSON 字符串）",
            "number": "数字",
        }.get(disambiguation or source, source)

    message, _ = localize(item, chinese)
    assert message.startswith("subscribeAudioUids 第 1 项 must be 文本（JSON 字符串） (got 数字 2)")


def test_json_syntax_problem_has_an_id() -> None:
    with pytest.raises(JsonSyntaxError) as caught:
        parse_json('{"a": }')
    problem = caught.value.to_problem()
    check_problem(problem)
    assert problem.message == str(caught.value)


def test_every_message_id_has_a_template() -> None:
    assert set(templates_by_id()) >= {e.comment for e in rule_entries()}
