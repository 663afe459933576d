"""JSON → Python source: what ``ast.literal_eval`` reads back must be the same data."""

from __future__ import annotations

import ast

import pytest

from recstudio.export.python_literal import python_literal

CASES = [
    None,
    True,
    False,
    0,
    -17,
    2**40,
    0.1,
    -1.5e-07,
    "",
    "plain",
    "quotes ' \" and \\ backslash, newline\n, tab\t, nul \x00, é 🎥 \u2028",
    [],
    {},
    {"empty": {}, "list": [], "nested": [[1, [2, {"a": None}]], {"b": [True, False]}]},
    {"long": [f"uid-{i}" for i in range(40)]},
    {"layoutConfig": [{"x_axis": 0.0, "width": 0.5, "render_mode": 1}]},
]


@pytest.mark.parametrize("value", CASES)
def test_literal_reads_back_as_the_same_value(value: object) -> None:
    text = python_literal(value)
    back = ast.literal_eval(text)
    assert back == value
    assert type(back) is type(value)  # True stays bool, 1.0 stays float


def test_json_constants_are_python_constants() -> None:
    assert python_literal({"a": True, "b": False, "c": None}) == (
        '{\n    "a": True,\n    "b": False,\n    "c": None,\n}'
    )


def test_key_order_is_kept() -> None:
    text = python_literal({"z": 1, "a": 2, "m": 3})
    assert list(ast.literal_eval(text)) == ["z", "a", "m"]


def test_short_scalar_lists_stay_on_one_line() -> None:
    assert (
        python_literal({"avFileType": ["hls", "mp4"]}) == '{\n    "avFileType": ["hls", "mp4"],\n}'
    )


@pytest.mark.parametrize(
    ("value", "error"),
    [
        (float("inf"), ValueError),
        (float("nan"), ValueError),
        ({1: "x"}, TypeError),
        ({1, 2}, TypeError),
    ],
)
def test_non_json_values_are_refused(value: object, error: type[Exception]) -> None:
    with pytest.raises(error):
        python_literal(value)
