"""The JSON reader refuses what recstudio cannot carry, at the line and column where it
starts (issue 10, items 3 and 5); what loads also saves, and saving never changes a value."""

from __future__ import annotations

import codecs
import json
from pathlib import Path

import pytest

from recstudio.model import jsontext
from recstudio.model.importing import import_document
from recstudio.model.jsontext import JsonSyntaxError, parse_json
from recstudio.model.project import (
    ProjectFormatError,
    load_project,
    new_project,
    project_to_data,
    save_project,
)

#: The documented limit (README); read through the module so that each test, not the
#: collection of this file, fails on code without it.
MAX_DEPTH = 64


def decode_json_bytes(data: bytes) -> str:
    return jsontext.decode_json_bytes(data)  # type: ignore[no-any-return]


def _error(text: str) -> JsonSyntaxError:
    with pytest.raises(JsonSyntaxError) as info:
        parse_json(text)
    return info.value


# --------------------------------------------------------------------------- nesting


def test_the_documented_limit_is_accepted_and_one_more_level_is_refused_where_it_starts() -> None:
    assert jsontext.MAX_DEPTH == MAX_DEPTH  # README: "nesting deeper than 64 levels"
    assert parse_json("[" * 64 + "]" * 64) is not None
    text = '{"clientRequest": {\n  "x": ' + "[" * 62 + "[]" + "]" * 62 + "}}"
    error = _error(text)
    # levels 1 and 2 are the two objects; the 63rd '[' of line 2 is level 65
    assert (error.line, error.column) == (2, 8 + 62)
    assert "nesting too deep" in error.msg and "64" in error.msg


@pytest.mark.parametrize("depth", [65, 900, 5000, 200_000])
def test_any_depth_past_the_limit_is_refused_at_level_65_not_with_a_recursion_error(
    depth: int,
) -> None:
    """Below ~1000 levels json.loads succeeds but every later walk (rules, pydantic,
    json.dumps with indent) overflows; above it json.loads itself raised RecursionError,
    which main reported as "nesting too deep" at line 1, column 1."""
    error = _error("\n" + '{"a":' * depth + "1" + "}" * depth)
    assert (error.line, error.column) == (2, 1 + 5 * 64)


# --------------------------------------------------------------------------- numbers


def test_an_integer_past_pythons_digit_limit_is_refused_with_its_position() -> None:
    error = _error('{"note": "' + "9" * 5000 + '",\n "fps": -' + "1" * 4301 + "}")
    assert (error.line, error.column) == (2, 9)  # at the '-', not inside the string
    assert "4301 digits" in error.msg


def test_a_long_integer_python_can_convert_is_kept_exactly() -> None:
    assert parse_json("[" + "7" * 4300 + "]") == [int("7" * 4300)]


@pytest.mark.parametrize(
    ("text", "line", "column"),
    [
        ('{"bitrate": 1e400}', 1, 13),
        ('{"s": "1e400",\n "x": [0, -2.5E+999]}', 2, 11),
    ],
)
def test_numbers_too_large_for_json_readers_are_refused(text: str, line: int, column: int) -> None:
    """float('1e400') is inf: saved through pydantic it became null, exported it became
    the non-JSON word Infinity (item 5)."""
    error = _error(text)
    assert (error.line, error.column) == (line, column)
    assert "too large" in error.msg


def test_underflow_to_zero_is_representable_and_kept() -> None:
    assert parse_json("[1e-400]") == [0.0]


# --------------------------------------------------------------------------- text


def test_a_lone_surrogate_is_reported_at_itself_not_at_an_earlier_valid_pair() -> None:
    text = '{"cname": "\\ud83d\\ude00 ok",\n "uid": "1 \\ud800 x"}'
    error = _error(text)
    assert (error.line, error.column) == (2, 12)
    assert "\\ud800" in error.msg


@pytest.mark.parametrize(
    ("text", "column"),
    [
        ('["\\\\ud800", "\\udc00"]', 14),  # an escaped backslash is no escape
        ('["\\ud800\\ud800\\udc00"]', 3),  # the first high one has no low half
        ('{"k\\udfff": 1}', 4),  # in a key
        ('["a\ud800"]', 4),  # a raw one (text handed in from a GUI paste)
    ],
)
def test_lone_surrogates_everywhere(text: str, column: int) -> None:
    assert _error(text).column == column


def test_a_valid_pair_is_one_character() -> None:
    assert parse_json('["\\ud83d\\ude00"]') == ["\U0001f600"]


def test_bytes_that_are_not_utf8_are_located_by_line_and_character_column() -> None:
    data = '{\n  "name": "Küche",\n  "x": "ü caf'.encode() + b"\xe9" + b'"\n}'
    with pytest.raises(JsonSyntaxError) as info:
        decode_json_bytes(data)
    assert (info.value.line, info.value.column) == (3, 14)  # characters: 'ü' is 2 bytes
    assert "0xE9" in info.value.msg and "UTF-8" in info.value.msg


@pytest.mark.parametrize("codec", ["utf-16", "utf-16-be", "utf-32"])
def test_utf16_and_utf32_files_say_so(codec: str) -> None:
    data = '{"a": 1}'.encode(codec)
    if codec == "utf-16-be":
        data = codecs.BOM_UTF16_BE + data
    with pytest.raises(JsonSyntaxError) as info:
        decode_json_bytes(data)
    assert (info.value.line, info.value.column) == (1, 1)
    assert codec[:6].upper() in info.value.msg.upper()


def test_a_utf8_byte_order_mark_is_skipped() -> None:
    assert parse_json(decode_json_bytes(codecs.BOM_UTF8 + b'{"a": 1}')) == {"a": 1}


# --------------------------------------------------------------------------- projects


@pytest.mark.parametrize(
    "payload",
    [
        b'{"format_version": 1, "start": {"x": 1e400}}',
        b'{"format_version": 1, "name": "\xff"}',
        b'{"format_version": 1, "start": {"x": ' + b"1" * 4400 + b"}}",
        b'{"format_version": 1, "start": ' + b"[" * 100 + b"]" * 100 + b"}",
        b'{"format_version": 1, "name": "\\udc00"}',
    ],
)
def test_load_project_raises_only_json_syntax_errors_with_a_position(
    tmp_path: Path, payload: bytes
) -> None:
    path = tmp_path / "p.recstudio.json"
    path.write_bytes(payload)
    with pytest.raises(JsonSyntaxError) as info:
        load_project(path)
    assert info.value.line == 1 and info.value.column > 1


def test_a_project_at_the_depth_limit_loads_and_saves_and_loads_again(tmp_path: Path) -> None:
    project = new_project()
    project.start["deep"] = json.loads("[" * (MAX_DEPTH - 3) + "]" * (MAX_DEPTH - 3))
    path = tmp_path / "p.recstudio.json"
    save_project(project, path)
    again = load_project(path)
    save_project(again, tmp_path / "q.recstudio.json")
    assert project_to_data(again) == project_to_data(project)


def test_saving_refuses_infinity_instead_of_writing_null(tmp_path: Path) -> None:
    project = new_project()
    project.start["recordingConfig"]["maxIdleTime"] = float("inf")
    path = tmp_path / "p.recstudio.json"
    with pytest.raises(ProjectFormatError, match=r"start\.recordingConfig\.maxIdleTime"):
        save_project(project, path)
    assert not path.exists()


def test_an_imported_body_at_the_depth_limit_saves(tmp_path: Path) -> None:
    nested = "[" * (MAX_DEPTH - 2) + "]" * (MAX_DEPTH - 2)
    text = (
        f'{{"cname": "c", "uid": "1", "clientRequest": {{"storageConfig": {{}}, "x": {nested}}}}}'
    )
    project = import_document(text).project
    save_project(project, tmp_path / "p.recstudio.json")
    assert load_project(tmp_path / "p.recstudio.json").start["x"] == json.loads(nested)
