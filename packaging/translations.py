"""Build the window's translations (issue 17): ``.ts`` sources → ``.qm`` files.

    python packaging/translations.py           # refresh the .ts files, compile the .qm files
    python packaging/translations.py --check   # fail when a .ts or .qm is not current

The UI catalogue ``recstudio_<lang>.ts`` is extracted by ``pyside6-lupdate`` from
recstudio/ui (without source locations, so moving code does not make it stale); the model
catalogue ``recstudio_model_<lang>.ts`` (contexts ``rules``/``fields``/``words``) is written
by ``packaging/translations_model.py`` from the Qt-free catalogues when that script exists.
``--check`` also fails on unfinished messages: a shipped language is a complete one.
Both tools ship with PySide6 (the ``pyside6-*`` entry points next to the interpreter).
"""

from __future__ import annotations

import argparse
import shutil
import subprocess
import sys
import tempfile
import xml.etree.ElementTree as ET
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
UI = ROOT / "recstudio" / "ui"
TRANSLATIONS = UI / "translations"
MODEL_SCRIPT = ROOT / "packaging" / "translations_model.py"
LANGUAGES = ("zh_CN",)


def tool(name: str) -> str:
    """The ``pyside6-*`` tool of this interpreter's environment (a venv need not be active)."""
    beside = Path(sys.executable).with_name(name)
    found = str(beside) if beside.exists() else shutil.which(name)
    if not found:
        raise SystemExit(f"{name} not found: install PySide6 (pip install -e .)")
    return found


def ui_sources() -> list[str]:
    return sorted(str(p.relative_to(ROOT)) for p in UI.rglob("*.py"))


def lupdate(ts: Path, language: str) -> None:
    ts.parent.mkdir(parents=True, exist_ok=True)
    args = [tool("pyside6-lupdate"), *ui_sources(), "-ts", str(ts)]
    args += ["-locations", "none", "-no-obsolete", "-target-language", language, "-silent"]
    subprocess.run(args, cwd=ROOT, check=True)


def lrelease(ts: Path, qm: Path) -> None:
    args = [tool("pyside6-lrelease"), "-silent", "-removeidentical", str(ts), "-qm", str(qm)]
    subprocess.run(args, cwd=ROOT, check=True)


def unfinished(ts: Path) -> list[str]:
    """Sources whose translation is missing or marked unfinished."""
    missing = []
    for context in ET.parse(ts).getroot().iter("context"):
        name = context.findtext("name", "")
        for message in context.iter("message"):
            translation = message.find("translation")
            empty = translation is None or not "".join(translation.itertext()).strip()
            flagged = translation is not None and translation.get("type") == "unfinished"
            if empty or flagged:
                missing.append(f"{ts.name} [{name}] {message.findtext('source', '')!r}")
    return missing


def model_catalogue(check: bool) -> list[str]:
    if not MODEL_SCRIPT.exists():
        return []
    args = [sys.executable, str(MODEL_SCRIPT), *(["--check"] if check else [])]
    done = subprocess.run(args, cwd=ROOT, capture_output=True, text=True)
    if done.returncode:
        return [f"{MODEL_SCRIPT.name}: {(done.stdout + done.stderr).strip()}"]
    return []


def build() -> int:
    problems = model_catalogue(check=False)
    for language in LANGUAGES:
        lupdate(TRANSLATIONS / f"recstudio_{language}.ts", language)
    for ts in sorted(TRANSLATIONS.glob("*.ts")):
        lrelease(ts, ts.with_suffix(".qm"))
        problems += unfinished(ts)
    for line in problems:
        print(line)
    return 1 if problems else 0


def check() -> int:
    """Regenerate into a temporary folder and compare with what is committed."""
    problems = model_catalogue(check=True)
    with tempfile.TemporaryDirectory() as tmp:
        for language in LANGUAGES:
            committed = TRANSLATIONS / f"recstudio_{language}.ts"
            fresh = Path(tmp) / committed.name
            if committed.exists():
                shutil.copyfile(committed, fresh)
            lupdate(fresh, language)
            if not committed.exists() or fresh.read_bytes() != committed.read_bytes():
                problems.append(
                    f"{committed.name} is not current: run python packaging/translations.py"
                )
        for ts in sorted(TRANSLATIONS.glob("*.ts")):
            problems += unfinished(ts)
            qm = ts.with_suffix(".qm")
            fresh_qm = Path(tmp) / qm.name
            lrelease(ts, fresh_qm)
            if not qm.exists() or qm.read_bytes() != fresh_qm.read_bytes():
                problems.append(f"{qm.name} is not current: run python packaging/translations.py")
    for line in problems:
        print(line)
    return 1 if problems else 0


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    parser.add_argument("--check", action="store_true", help="fail when not current")
    args = parser.parse_args(argv)
    return check() if args.check else build()


if __name__ == "__main__":
    raise SystemExit(main())
