"""The zh_CN translation of the Qt-free messages (issue 17): current, complete, compilable.

``packaging/translations_model.py --check`` is what CI runs to know the .ts is current;
these tests run it, check every translation keeps its template's placeholders, and compile
the file with ``pyside6-lrelease`` (shipped with PySide6) to prove Qt reads it.
"""

from __future__ import annotations

import importlib.util
import shutil
import string
import subprocess
import sys
import xml.etree.ElementTree as ET
from pathlib import Path
from types import ModuleType

import pytest

ROOT = Path(__file__).resolve().parents[1]
SCRIPT = ROOT / "packaging" / "translations_model.py"


@pytest.fixture(scope="module")
def generator() -> ModuleType:
    spec = importlib.util.spec_from_file_location("translations_model", SCRIPT)
    assert spec is not None and spec.loader is not None
    module = importlib.util.module_from_spec(spec)
    spec.loader.exec_module(module)
    return module


def _messages(path: Path) -> list[tuple[str, str, str, ET.Element]]:
    out = []
    for context in ET.parse(path).getroot().iter("context"):
        name = context.findtext("name", "")
        for message in context.iter("message"):
            translation = message.find("translation")
            assert translation is not None
            out.append(
                (name, message.findtext("source", ""), message.findtext("comment", ""), translation)
            )
    return out


def _fields(text: str) -> list[tuple[str, str, str]]:
    return sorted(
        (name, conversion or "", spec or "")
        for _, name, spec, conversion in string.Formatter().parse(text)
        if name is not None
    )


def test_ts_is_current_and_complete(
    generator: ModuleType, capsys: pytest.CaptureFixture[str]
) -> None:
    assert generator.main(["--check"]) == 0, capsys.readouterr().err
    assert generator.unfinished(generator.TS_PATH) == []
    contexts = {name for name, *_ in _messages(generator.TS_PATH)}
    assert contexts == {"rules", "fields", "words"}


def test_every_translation_keeps_exactly_the_placeholders(generator: ModuleType) -> None:
    for context, source, comment, translation in _messages(generator.TS_PATH):
        text = translation.text or ""
        assert text.strip(), f"{context} {comment or source!r}: empty translation"
        if context == "rules":
            assert _fields(text) == _fields(source), f"{comment}: {text!r} vs {source!r}"
            text.format(**{name: 1 for name, _, _ in _fields(source)})
        else:
            assert "{" not in text or _fields(text) == _fields(source), source


def test_rules_are_in_chinese(generator: ModuleType) -> None:
    """Only a template made of placeholders and punctuation may be without Chinese."""
    for context, _source, comment, translation in _messages(generator.TS_PATH):
        text = translation.text or ""
        if context != "rules" or any("\u4e00" <= ch <= "\u9fff" for ch in text):
            continue
        words = "".join(literal for literal, *_ in string.Formatter().parse(text))
        assert not any(ch.isalpha() for ch in words), f"{comment}: {text!r} is not translated"


def test_a_stale_ts_is_reported_and_updated(generator: ModuleType, tmp_path: Path) -> None:
    stale = tmp_path / "stale.ts"
    tree = ET.parse(generator.TS_PATH)
    rules = next(c for c in tree.getroot().iter("context") if c.findtext("name") == "rules")
    dropped = rules.findall("message")[0]
    rules.remove(dropped)
    kept = rules.findall("message")[0]
    tree.write(stale, encoding="utf-8")
    assert generator.main(["--check", "--ts", str(stale)]) == 1
    assert generator.main(["--ts", str(stale)]) == 0
    by_key = {(ctx, src, com): t for ctx, src, com, t in _messages(stale)}
    back = by_key[("rules", dropped.findtext("source"), dropped.findtext("comment"))]
    assert back.get("type") == "unfinished" and not back.text  # new: to translate
    same = by_key[("rules", kept.findtext("source"), kept.findtext("comment"))]
    assert same.text == kept.findtext("translation") and same.get("type") is None
    assert generator.unfinished(stale) == [
        ("rules", dropped.findtext("source"), dropped.findtext("comment"))
    ]


def test_lrelease_compiles_every_message(generator: ModuleType, tmp_path: Path) -> None:
    tool = shutil.which("pyside6-lrelease", path=str(Path(sys.executable).parent))
    assert tool, "pyside6-lrelease ships with PySide6"
    target = tmp_path / "model_zh_CN.qm"
    done = subprocess.run(
        [tool, str(generator.TS_PATH), "-qm", str(target)],
        capture_output=True,
        text=True,
        timeout=120,
        check=False,
    )
    assert done.returncode == 0, done.stderr
    count = len(_messages(generator.TS_PATH))
    assert f"Generated {count} translation(s) ({count} finished and 0 unfinished)" in done.stdout
    assert target.stat().st_size > 10_000
