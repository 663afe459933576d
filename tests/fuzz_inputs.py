"""Malformed inputs for every parser, and the promises each parser keeps on them (issue 10).

Shared by ``tests/test_fuzz_parsers.py`` (bounded, in CI) and ``tests/perf/fuzz_parsers.py``
(many more inputs, counting violations instead of stopping at the first), so the figures
in a report come from exactly the checks the suite runs.

A ``check_*`` function raises AssertionError when a promise is broken; any other exception
escaping it is a crash of the parser under test.
"""

from __future__ import annotations

import ast
import codecs
import io
import json
import re
import tempfile
from contextlib import redirect_stderr, redirect_stdout
from pathlib import Path
from typing import Any

from hypothesis import strategies as st

from recstudio.cli import main
from recstudio.export import CurlImportError, parse_curl
from recstudio.model.enums import Endpoint, Mode
from recstudio.model.importing import ImportDocumentError, import_document
from recstudio.model.jsontext import JsonSyntaxError, dump_json, parse_json
from recstudio.model.project import (
    ProjectFormatError,
    load_project,
    new_project,
    project_to_data,
    save_project,
)
from recstudio.model.validation import validate_project

SEEDS = Path(__file__).resolve().parent / "model" / "seed_examples"
SEED_TEXTS = tuple(p.read_text(encoding="utf-8") for p in sorted(SEEDS.glob("*.json")))

# --------------------------------------------------------------------------- strategies

#: Every code point, surrogates and controls included (the default leaves out surrogates).
any_char = st.characters(exclude_categories=())
keys = st.one_of(
    st.sampled_from(["cname", "uid", "clientRequest", "recordingConfig", "storageConfig"]),
    st.text(any_char, max_size=8),
    st.just("x\nclientRequest: error R1: injected"),
)
leaves = st.one_of(
    st.none(),
    st.booleans(),
    st.integers(),
    st.floats(),  # NaN and ±inf included
    st.text(any_char, max_size=12),
)
json_values = st.recursive(
    leaves,
    lambda kids: st.lists(kids, max_size=4) | st.dictionaries(keys, kids, max_size=4),
    max_leaves=24,
)

#: Fragments that each broke, or could break, one of the parsers.
SNIPPETS = (
    "NaN",
    "-Infinity",
    "1e400",
    "-1e999",
    "1" * 4400,
    '"\\ud800"',
    '"\\udc00\\ud83d\\ude00"',
    "\ud800",
    "\ufeff",
    "[" * 70,
    '{"a":' * 70,
    "]" * 3,
    "}",
    ",",
    ":",
    '"',
    "\\",
    "\x00",
    "\x1b[31m",
    '"k\\n: error R1: fake": 1,',
    '"dup": 1, "dup": 2,',
    "\u2028",
    "'",
    "$'",
    "\\UFFFFFFFF",
    "^\n",
    "`\r\n",
)


@st.composite
def mutated(draw: st.DrawFn, base: st.SearchStrategy[str]) -> str:
    """``base`` text after a few insertions, deletions and cuts at random places."""
    text = draw(base)
    for _ in range(draw(st.integers(0, 4))):
        at = draw(st.integers(0, len(text)))
        op = draw(st.sampled_from(["insert", "insert", "delete", "cut", "repeat"]))
        if op == "insert":
            piece = draw(st.sampled_from(SNIPPETS) | st.text(any_char, max_size=3))
            text = text[:at] + piece + text[at:]
        elif op == "delete":
            text = text[:at] + text[at + draw(st.integers(1, 8)) :]
        elif op == "cut":
            text = text[:at]
        else:
            text = text[:at] + text[at : at + 6] * draw(st.integers(2, 80)) + text[at:]
    return text


def _dumps(value: Any, ascii_only: bool) -> str:
    return json.dumps(value, ensure_ascii=ascii_only)


json_texts = st.builds(_dumps, json_values, st.booleans())
deep_texts = st.builds(
    lambda n, opening, closing: opening * n + closing * n,
    st.integers(60, 3000),
    st.sampled_from(["[", '{"a":[']),
    st.sampled_from(["]", "]}", ""]),
)


def _replace_somewhere(data: Any, path_choices: list[int], value: Any) -> Any:
    """``data`` with the value at a path picked by ``path_choices`` replaced (or, where the
    path ends in an object, a key added): right structure, wrong content."""
    node: Any = data
    for choice in path_choices:
        children = list(node.items()) if isinstance(node, dict) else list(enumerate(node))
        if not children:
            break
        key, child = children[choice % len(children)]
        if not isinstance(child, dict | list) or choice % 5 == 0:
            node[key] = value
            return data
        node = child
    if isinstance(node, dict):
        node[f"extra{len(path_choices)}"] = value
    return data


def _project_text(mode: Mode, path_choices: list[int], value: Any, version: Any) -> str:
    """A saved project with one value somewhere replaced (or a key added)."""
    data = _replace_somewhere(project_to_data(new_project(mode)), path_choices, value)
    if version is not None:
        data["format_version"] = version
    return json.dumps(data, ensure_ascii=False)


def _seed_with(seed: str, path_choices: list[int], value: Any) -> str:
    try:
        data = json.loads(seed)
    except ValueError:  # the seed with Agora's missing comma
        return seed
    return json.dumps(_replace_somewhere(data, path_choices, value), ensure_ascii=False)


seed_variants = st.builds(
    _seed_with,
    st.sampled_from(SEED_TEXTS),
    st.lists(st.integers(0, 50), max_size=7),
    json_values,
)
bodies = st.one_of(
    mutated(st.sampled_from(SEED_TEXTS)), seed_variants, mutated(json_texts), deep_texts
)


project_texts = st.builds(
    _project_text,
    st.sampled_from(list(Mode)),
    st.lists(st.integers(0, 50), max_size=6),
    json_values,
    st.sampled_from([None, None, None, 0, 2, "1", True, -1, 1.0]),
)
projects = project_texts | mutated(project_texts)


@st.composite
def file_bytes(draw: st.DrawFn, texts: st.SearchStrategy[str]) -> bytes:
    """How a text can reach the disk: UTF-8, a BOM, UTF-16 from PowerShell, Latin-1, junk."""
    text = draw(texts)
    how = draw(st.sampled_from(["utf8", "utf8", "utf8-bom", "utf16", "latin1", "junk"]))
    if how == "utf16":
        return text.encode("utf-16", "surrogatepass")
    if how == "latin1":
        return text.encode("latin-1", "replace")
    data = text.encode("utf-8", "surrogatepass")
    if how == "utf8-bom":
        return codecs.BOM_UTF8 + data
    if how == "junk":
        at = draw(st.integers(0, len(data)))
        junk = draw(st.sampled_from([b"\xff", b"\xc3", b"\xed\xa0\x80", b"\xe9t\xe9", b"\x00"]))
        return data[:at] + junk + data[at:]
    return data


_URLS = (
    "https://api.sd-rtn.com/v1/apps/APP1/cloud_recording/acquire",
    "https://api.agora.io/v1/apps/<appid>/cloud_recording/resourceid/<rid>/mode/mix/start",
    "https://api.sd-rtn.com/v1/apps/A/cloud_recording/resourceid/R/sid/S/mode/web/query",
    "http://127.0.0.1:8089/v1/apps/A/cloud_recording/resourceid/R/sid/S/mode/mix/updateLayout",
    "https://[::1/v1/apps/A/cloud_recording/acquire",
    "https://[::1]:99999999/v1/apps/A/cloud_recording/acquire",
    "https://api.agora.io:port/v1/apps/A/cloud_recording/acquire",
    "https://api.sd-rtn.com/v1/apps/" + "{" * 300 + "/cloud_recording/acquire",
    "api.sd-rtn.com/v1/apps/A/cloud_recording/resourceid/R/mode/VIDEO/start",
    "https://evil.example/v1/apps/A/cloud_recording/acquire",
    "https://api.sd-rtn.com/v1/ncs/ip",
)
_OPTIONS = (
    "-X POST",
    "--request=POST",
    "-XPOST",
    "-H 'Content-Type: application/json;charset=utf-8'",
    "--header",
    "-u id:secret",
    "--location",
    "--compressed",
    "-sSL",
    "--max-time 5",
    "--weird",
    "-d",
    "--url",
    "-",
)


def _quote(body: str, style: str) -> str:
    if style == "single":
        return "'" + body.replace("'", "'\\''") + "'"
    if style == "double":
        return '"' + re.sub(r'(["\\$`])', r"\\\1", body) + '"'
    if style == "ansi":
        return "$'" + body.replace("\\", "\\\\").replace("'", "\\'") + "'"
    return body  # unquoted: shell-special characters take effect


@st.composite
def _curl_commands(draw: st.DrawFn) -> str:
    words = [draw(st.sampled_from(["curl", "$ curl", "curl.exe"]))]
    pieces = [draw(st.sampled_from(_URLS))]
    pieces += draw(st.lists(st.sampled_from(_OPTIONS), max_size=4))
    if draw(st.integers(0, 3)):  # mostly with a body: that is where the tokeniser works
        option = draw(st.sampled_from(["-d", "--data-raw", "--data-binary", "--json"]))
        body = draw(bodies)
        pieces.append(
            f"{option} {_quote(body, draw(st.sampled_from(['single', 'double', 'ansi', 'none'])))}"
        )
    order = draw(st.permutations(pieces))
    separator = draw(st.sampled_from([" ", " \\\n  ", " ^\n ", " `\r\n "]))
    return separator.join(words + list(order))


curl_commands = mutated(_curl_commands())

# --------------------------------------------------------------------------- checks

_POSITION = re.compile(r"line \d+, column \d+")
#: What follows the first ": " of a problem line (issue 2, item 7): a tool that splits
#: there must find the real severity, whatever the path's keys contain.
_AFTER_PATH = re.compile(r"(error|warning) [A-Z0-9_]+: ")
_RAW_CONTROL = re.compile("[\x00-\x09\x0b-\x1f\x7f-\x9f\u2028\u2029\ud800-\udfff]")


#: The documented nesting limit (README, jsontext.MAX_DEPTH), restated so that the oracle
#: below does not trust the code it judges.
LIMIT = 64


def _refuse(literal: str) -> Any:
    raise ValueError(literal)


def _finite(literal: str) -> float:
    value = float(literal)
    if value in (float("inf"), float("-inf")):
        raise ValueError(literal)
    return value


def _depth_and_surrogates_ok(node: Any, depth: int = 1) -> bool:
    if isinstance(node, str):
        return re.search("[\ud800-\udfff]", node) is None
    if isinstance(node, dict | list):
        if depth > LIMIT:
            return False
        items = list(node.items()) if isinstance(node, dict) else list(enumerate(node))
        return all(
            _depth_and_surrogates_ok(k) and _depth_and_surrogates_ok(v, depth + 1) for k, v in items
        )
    return True


def readable(data: bytes) -> bool:
    """What the issue calls readable: UTF-8 (a UTF-8 BOM may lead), strict JSON without
    NaN/Infinity/overflowing numbers, at most 64 levels deep, no lone surrogate."""
    try:
        text = data.decode("utf-8")
    except UnicodeDecodeError:
        return False
    text = text.removeprefix("\ufeff")
    try:
        value = json.loads(text, parse_constant=_refuse, parse_float=_finite)
    except (ValueError, RecursionError):
        return False
    return _depth_and_surrogates_ok(value)


def run_cli(argv: list[str]) -> tuple[int, str, str]:
    out, err = io.StringIO(), io.StringIO()
    with redirect_stdout(out), redirect_stderr(err):
        code = main(argv)
    return code, out.getvalue(), err.getvalue()


def _assert_printable(text: str) -> None:
    found = _RAW_CONTROL.search(text)
    assert found is None, f"unescaped {found.group()!r} printed: {text[:300]!r}"


def check_cli(data: bytes) -> None:
    """validate and export: 0/1/2, exit 2 with a position when unreadable, every printed
    line one escaped line, and an export is JSON / Python that parses."""
    is_readable = readable(data)
    with tempfile.TemporaryDirectory() as tmp:
        path = Path(tmp) / "input.json"
        path.write_bytes(data)
        code, out, err = run_cli(["validate", str(path)])
        assert code in (0, 1, 2), code
        _assert_printable(out + err)
        if not is_readable:
            assert code == 2 and _POSITION.search(err), (code, err)
        for line in out.splitlines():
            _, sep, rest = line.partition(": ")
            assert sep and _AFTER_PATH.match(rest), f"not a problem line: {line!r}"
        if code == 2:
            return
        for fmt in ("json", "python"):
            code, out, err = run_cli(["export", str(path), "--format", fmt, "--reveal-secrets"])
            assert code in (0, 2), (code, err)
            _assert_printable(err)
            if code == 0 and fmt == "json":
                json.loads(out, parse_constant=_no_constant)  # strict JSON, no Infinity
            elif code == 0:
                ast.parse(out)


def _no_constant(name: str) -> Any:
    raise AssertionError(f"exported {name}: not JSON")


def check_json_text(text: str) -> None:
    """parse_json and import_document raise only their documented errors, with a position
    for JSON mistakes; whatever imports (project or body) also saves and loads again."""
    try:
        parse_json(text)
    except JsonSyntaxError as exc:
        assert 1 <= exc.line <= text.count("\n") + text.count("\r") + 1, exc
        assert exc.column >= 1, exc
    base = new_project(Mode.MIX)
    for endpoint, onto in ((None, None), (None, base), ("acquire", base), ("update-layout", base)):
        try:
            result = import_document(text, endpoint=endpoint, base=onto)
        except (JsonSyntaxError, ImportDocumentError, ProjectFormatError):
            continue
        _assert_saves_and_loads(result.project)
        validate_project(result.project)  # what the window runs right after an import


def _assert_saves_and_loads(project: Any) -> None:
    with tempfile.TemporaryDirectory() as tmp:
        path = Path(tmp) / "p.recstudio.json"
        save_project(project, path, include_secrets=True)
        again = load_project(path)
        assert project_to_data(again, include_secrets=True) == project_to_data(
            project, include_secrets=True
        )


def check_project_bytes(data: bytes) -> None:
    """load_project raises only JsonSyntaxError/ProjectFormatError (with a position for the
    first); a project that loads also saves."""
    with tempfile.TemporaryDirectory() as tmp:
        path = Path(tmp) / "in.recstudio.json"
        path.write_bytes(data)
        try:
            project = load_project(path)
        except JsonSyntaxError as exc:
            assert exc.line >= 1 and exc.column >= 1
            return
        except ProjectFormatError:
            return
    _assert_saves_and_loads(project)
    for endpoint in (Endpoint.ACQUIRE, Endpoint.START, Endpoint.STOP):
        from recstudio.model.generate import generate_body

        dump_json(generate_body(project, endpoint))


def check_curl(command: str) -> None:
    """parse_curl raises only CurlImportError, always with a line and column; an imported
    body is JSON-carryable."""
    try:
        result = parse_curl(command)
    except CurlImportError as exc:
        assert exc.line is not None and exc.column is not None, str(exc)
        assert _POSITION.search(str(exc)), str(exc)
        return
    if result.body is not None:
        dump_json(result.body)
