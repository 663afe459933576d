"""The curl importer is linear and total (issue 10, item 4): a megabyte body costs what
copying it costs, and every malformed command gets a CurlImportError with a line and
column, never another exception."""

from __future__ import annotations

import json
import threading
import time

import pytest

from recstudio.export import CurlImportError, parse_curl

ACQUIRE = "https://api.sd-rtn.com/v1/apps/APP1/cloud_recording/acquire"
START = "https://api.sd-rtn.com/v1/apps/APP1/cloud_recording/resourceid/R/mode/mix/start"


def _megabyte_body() -> str:
    regions = [
        {"uid": str(i), "x_axis": 0.1, "y_axis": 0.2, "width": 0.3, "height": 0.3, "n": "é" * 40}
        for i in range(8200)
    ]
    config = {"recordingConfig": {"transcodingConfig": {"layoutConfig": regions}}}
    text = json.dumps({"cname": "c", "uid": "1", "clientRequest": config}, ensure_ascii=False)
    assert len(text) > 1_000_000
    return text


def _finishes_within(seconds: float, work: object) -> bool:
    """A deadline, not a benchmark (the figure is in tests/perf/fuzz_parsers.py): main's
    quadratic tokeniser took 7-10 s here, the linear one takes tens of milliseconds."""
    done = threading.Event()

    def run() -> None:
        work()  # type: ignore[operator]
        done.set()

    threading.Thread(target=run, daemon=True).start()
    return done.wait(seconds)


@pytest.mark.parametrize("quoting", ["single", "double", "ansi-c"])
def test_a_megabyte_body_imports_well_under_a_second(quoting: str) -> None:
    body = _megabyte_body()
    quoted = {
        "single": "'" + body + "'",
        "double": '"' + body.replace('"', '\\"') + '"',
        "ansi-c": "$'" + body.replace("'", "\\'") + "'",
    }[quoting]
    command = f"curl -X POST {START} \\\n  -H 'Content-Type: application/json' \\\n  -d {quoted}"
    result: list[object] = []
    assert _finishes_within(3.0, lambda: result.append(parse_curl(command)))
    imported = result[0]
    assert imported.body == json.loads(body)  # type: ignore[attr-defined]


@pytest.mark.parametrize(
    ("command", "words", "line", "column"),
    [
        (f"curl {ACQUIRE} --data-raw $'\\UFFFFFFFF'", "beyond Unicode", 1, 79),
        (f'curl {ACQUIRE} --data-raw $\'{{"a": "\\ud800"}}\'', "half of a character", 1, 86),
        ("curl https://[::1/v1/apps/A/cloud_recording/acquire -d '{}'", "Invalid IPv6 URL", 1, 6),
        (f'curl {ACQUIRE} \\\n  -d \'{{"cname": 1}}', "no closing quotation for this '", 2, 6),
        (f'curl {ACQUIRE} -d "{{\\"a\\": 1}}', 'no closing quotation for this "', 1, 69),
        (f"curl {ACQUIRE} -d $'{{}}", "unterminated $'", 1, 69),
        (f"curl {ACQUIRE} -d {{}} \\", "ends in a backslash", 1, 72),
        (f"curl {ACQUIRE} -d", "-d needs a value", 1, 66),
        (
            f"curl -d '{{}}'\n  {ACQUIRE.replace('acquire', 'acquirex')}",
            "not a Cloud Recording",
            2,
            3,
        ),
        (f"sudo curl {ACQUIRE}", "not a curl command", 1, 1),
        ("curl -X POST", "no URL", 1, 13),
    ],
)
def test_malformed_commands_are_refused_with_line_and_column(
    command: str, words: str, line: int, column: int
) -> None:
    with pytest.raises(CurlImportError) as info:
        parse_curl(command)
    assert words in str(info.value)
    assert (info.value.line, info.value.column) == (line, column)
    assert f"line {line}, column {column}" in str(info.value)


@pytest.mark.parametrize(
    ("body", "line", "column", "words"),
    [
        ('{"a": 1e400}', 1, 7, "too large"),
        ('{"a":\n' + "[" * 3000 + "]" * 3000 + "}", 2, 64, "nesting too deep"),
        ('{"a": ' + "1" * 4400 + "}", 1, 7, "4400 digits"),
        ('{"a": NaN}', 1, 7, "NaN"),
        ('{"a": "\\udc00"}', 1, 8, "half of a character"),
    ],
)
def test_the_body_goes_through_the_one_json_reader(
    body: str, line: int, column: int, words: str
) -> None:
    with pytest.raises(CurlImportError) as info:
        parse_curl(f"curl {ACQUIRE} --data-raw '{body}'")
    assert (info.value.line, info.value.column) == (line, column)
    assert words in str(info.value)


def test_odd_escapes_mean_what_bash_makes_of_them() -> None:
    command = f"curl {ACQUIRE} --data-raw " + '$\'{"cname": "\\x41\\101\\u00e9\\U0001F600"}\''
    assert parse_curl(command).body == {"cname": "AAé\U0001f600"}
    # bash keeps an unknown escape as written, in $'…' and in double quotes alike
    header = f'curl {ACQUIRE} -H $\'X-A: \\z\' -H "X-B: \\$HOME \\`x\\` \\q" -d "{{}}"'
    assert parse_curl(header).headers == {"X-A": "\\z", "X-B": "$HOME `x` \\q"}


def test_a_long_run_of_braces_in_the_url_is_not_quadratic() -> None:
    url = "https://api.sd-rtn.com/v1/apps/" + "{" * 200_000 + "/cloud_recording/acquire"
    result: list[object] = []
    assert _finishes_within(3.0, lambda: result.append(parse_curl(f"curl {url} -d '{{}}'")))


def test_deadline_helper_reports_a_miss() -> None:
    """The deadline check itself can fail (a test that cannot fail proves nothing)."""
    assert not _finishes_within(0.01, lambda: time.sleep(0.5))
