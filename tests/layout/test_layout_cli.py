"""``recstudio layout …`` through the real CLI entry point."""

from __future__ import annotations

import json

import pytest

from recstudio.cli import main
from recstudio.layout.presets import preset_regions


def run(capsys: pytest.CaptureFixture[str], *argv: str) -> tuple[int, str, str]:
    code = main(["layout", *argv])
    out, err = capsys.readouterr()
    return code, out, err


def test_preset_best_fit_5(capsys: pytest.CaptureFixture[str]) -> None:
    code, out, _ = run(capsys, "preset", "--layout", "1", "--users", "5")
    assert code == 0
    items = json.loads(out)
    assert len(items) == 5
    assert items[0] == {"x_axis": 0.0, "y_axis": 0.0, "width": 0.333333, "height": 0.333333}
    assert items[4] == {
        "x_axis": 0.333333,
        "y_axis": 0.333333,
        "width": 0.333333,
        "height": 0.333333,
    }


@pytest.mark.parametrize("layout", ["0", "1"])
@pytest.mark.parametrize("users", [1, 2, 9, 17])
def test_preset_prints_join_order(
    capsys: pytest.CaptureFixture[str], layout: str, users: int
) -> None:
    code, out, _ = run(capsys, "preset", "--layout", layout, "--users", str(users))
    assert code == 0
    items = json.loads(out)
    expected = [r.to_json() for r in preset_regions(int(layout), users)]
    assert items == expected
    assert all(len(repr(v).split(".")[-1]) <= 6 for item in items for v in item.values())


def test_preset_vertical_large_first(capsys: pytest.CaptureFixture[str]) -> None:
    code, out, _ = run(
        capsys, "preset", "--layout", "2", "--users", "5", "--max-resolution-user", "3"
    )
    assert code == 0
    items = json.loads(out)
    assert len(items) == 5
    # §6.3 with S = 4 smalls: Large (0, 0, 4/5, 1) fitted, smalls 1/5 × 1/4 at x = 0.8.
    assert items[0] == {
        "x_axis": 0.0,
        "y_axis": 0.0,
        "width": 0.8,
        "height": 1.0,
        "render_mode": 1,
    }
    assert [(i["x_axis"], i["y_axis"], i["width"], i["height"]) for i in items[1:]] == [
        (0.8, 0.0, 0.2, 0.25),
        (0.8, 0.25, 0.2, 0.25),
        (0.8, 0.5, 0.2, 0.25),
        (0.8, 0.75, 0.2, 0.25),
    ]


def test_preset_vertical_defaults_to_first_user_large(capsys: pytest.CaptureFixture[str]) -> None:
    code, out, _ = run(capsys, "preset", "--layout", "2", "--users", "5")
    assert code == 0
    items = json.loads(out)
    assert len(items) == 5  # N users, N regions, the Large one first
    assert items[0] == {"x_axis": 0.0, "y_axis": 0.0, "width": 0.8, "height": 1.0, "render_mode": 1}
    assert [i["x_axis"] for i in items[1:]] == [0.8] * 4


def test_preset_vertical_without_large_prints_smalls(capsys: pytest.CaptureFixture[str]) -> None:
    code, out, _ = run(capsys, "preset", "--layout", "2", "--users", "5", "--no-large")
    assert code == 0
    items = json.loads(out)
    # S = 5 smalls ⇒ the 1/7 × 1/6 breakpoint (§6.3).
    assert [i["x_axis"] for i in items] == [0.857143] * 5
    assert [i["height"] for i in items] == [0.166667] * 5


@pytest.mark.parametrize(
    ("argv", "needle"),
    [
        (["--layout", "1", "--users", "0"], "--users"),
        (["--layout", "1", "--users", "18"], "--users"),
        (["--layout", "3", "--users", "2"], "--layout"),
        (["--layout", "-1", "--users", "2"], "--layout"),
        (["--layout", "0", "--users", "2", "--max-resolution-user", "1"], "R19"),
        (["--layout", "2", "--users", "2", "--max-resolution-user", "3"], "--max-resolution-user"),
    ],
)
def test_preset_bad_arguments_exit_2(
    capsys: pytest.CaptureFixture[str], argv: list[str], needle: str
) -> None:
    code, out, err = run(capsys, "preset", *argv)
    assert code == 2
    assert out == ""
    assert needle in err


def test_templates_listing_and_template(capsys: pytest.CaptureFixture[str]) -> None:
    code, out, _ = run(capsys, "templates")
    assert code == 0
    assert "pip" in out and "Picture in picture" in out
    code, out, _ = run(capsys, "template", "2x2", "--width", "1280", "--height", "720")
    assert code == 0
    assert len(json.loads(out)) == 4
    code, out, err = run(capsys, "template", "bogus")
    assert code == 2
    assert "unknown template" in err


@pytest.mark.parametrize("sub", [[], ["preset"], ["templates"], ["template"]])
def test_help(capsys: pytest.CaptureFixture[str], sub: list[str]) -> None:
    with pytest.raises(SystemExit) as exc:
        main(["layout", *sub, "--help"])
    assert exc.value.code == 0
    assert "usage: recstudio layout" in capsys.readouterr().out


def test_layout_without_subcommand_shows_usage(capsys: pytest.CaptureFixture[str]) -> None:
    code, _, err = run(capsys)
    assert code == 2
    assert "preset" in err
