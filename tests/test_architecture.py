"""House rule 1: only recstudio/ui may import PySide6 (design.md, dependency direction)."""

from __future__ import annotations

import ast
import subprocess
import sys
from pathlib import Path

PACKAGE = Path(__file__).resolve().parents[1] / "recstudio"
QT_FREE = (
    "model", "layout", "api", "emulator", "export", "settings", "render", "events", "storage",
)  # fmt: skip


def _imported_modules(source: Path) -> set[str]:
    tree = ast.parse(source.read_text(encoding="utf-8"), filename=str(source))
    names: set[str] = set()
    for node in ast.walk(tree):
        if isinstance(node, ast.Import):
            names.update(alias.name for alias in node.names)
        elif isinstance(node, ast.ImportFrom) and node.module and node.level == 0:
            names.add(node.module)
    return names


def test_no_pyside6_import_outside_ui() -> None:
    """Qt-free packages import neither Qt nor the ui package; the entry modules
    (cli.py, app.py) may hand over to ``recstudio.ui`` but never import Qt themselves."""
    offenders = []
    for source in PACKAGE.rglob("*.py"):
        rel = source.relative_to(PACKAGE)
        if rel.parts[0] == "ui":
            continue
        qt_free_package = rel.parts[0] in QT_FREE
        for name in _imported_modules(source):
            is_qt = name.split(".")[0] in ("PySide6", "shiboken6")
            if is_qt or (qt_free_package and name.startswith("recstudio.ui")):
                offenders.append(f"{rel}: imports {name}")
    assert offenders == [], "Qt-free code imports Qt:\n" + "\n".join(offenders)


def _qt_free_modules() -> list[str]:
    """Every module of the Qt-free packages, sub-packages included (model/rules…)."""
    modules = []
    for pkg in QT_FREE:
        for path in sorted((PACKAGE / pkg).rglob("*.py")):
            parts = path.relative_to(PACKAGE.parent).with_suffix("").parts
            modules.append(".".join(parts[:-1] if parts[-1] == "__init__" else parts))
    return modules


def test_the_module_list_reaches_sub_packages() -> None:
    """Review finding: a flat glob never checked model/rules or model/schema."""
    modules = _qt_free_modules()
    assert "recstudio.model.rules.transcoding" in modules
    assert "recstudio.model.rules" in modules
    assert "recstudio.model.schema" in modules


def test_qt_free_packages_load_without_qt() -> None:
    """Also catches indirect imports (a helper library that pulls in Qt)."""
    modules = _qt_free_modules()
    code = (
        "import importlib, sys\n"
        f"for m in {modules!r}: importlib.import_module(m)\n"
        "bad = sorted(m for m in sys.modules if m.split('.')[0] in ('PySide6', 'shiboken6'))\n"
        "print(','.join(bad))\n"
    )
    out = subprocess.run(
        [sys.executable, "-c", code], capture_output=True, text=True, check=True
    ).stdout.strip()
    assert out == "", f"importing the Qt-free packages loaded: {out}"


def test_dependency_direction() -> None:
    """design.md: ui → (api | export | settings | layout | emulator) → model. The model
    depends on no other recstudio package, and the middle layer never reaches into ui."""
    allowed = {
        "model": {"model"},
        "layout": {"layout", "model"},
        "export": {"export", "model"},
        "settings": {"settings", "model"},
        # api → events only for the CLI's request log (record commands keep their calls);
        # api/commands.py registers ``record verify`` and notes stop's uploadingStatus
        "api": {"api", "model", "settings", "emulator", "events", "storage"},
        # emulator uses render for real media, storage to upload it; its CLI puts that
        # media under the data dir
        "emulator": {"emulator", "model", "render", "settings", "storage"},
        # render's CLI reads the cost_prices preference
        "render": {"render", "model", "layout", "settings"},
        # events → storage: the doctor's storage check runs the pre-flight
        "events": {"events", "api", "emulator", "model", "settings", "storage"},
        # storage/commands.py reads the ledger (api) for ``record verify``
        "storage": {"storage", "model", "settings", "api"},
    }
    # stdlib-only codecs the Sandbox shares so it cannot disagree with the app: the token
    # parser (judging a recorder's token) and the NCS signature (signing its events)
    exceptions = {("emulator", "recstudio.api.token"), ("emulator", "recstudio.events.signature")}
    offenders = []
    for source in PACKAGE.rglob("*.py"):
        rel = source.relative_to(PACKAGE)
        package = rel.parts[0]
        if package not in allowed:
            continue
        for name in _imported_modules(source):
            parts = name.split(".")
            if parts[0] != "recstudio" or len(parts) < 2:
                continue
            target = parts[1]
            if (package, name) in exceptions:
                continue
            if target not in allowed[package] and target not in ("__init__",):
                offenders.append(f"{rel}: imports {name}")
    assert offenders == [], "layering broken:\n" + "\n".join(offenders)


def _mypy(cache: Path, *paths: str) -> subprocess.CompletedProcess[str]:
    """mypy with the project's configuration (pyproject.toml [tool.mypy]), nothing added."""
    return subprocess.run(
        [sys.executable, "-m", "mypy", "--cache-dir", str(cache), *paths],
        capture_output=True, text=True, cwd=PACKAGE.parent,
    )  # fmt: skip


def test_qt_free_packages_are_mypy_clean(tmp_path: Path) -> None:
    """House rule 9: type hints everywhere, mypy-clean on the Qt-free packages."""
    proc = _mypy(tmp_path / "cache", *(str(PACKAGE / pkg) for pkg in QT_FREE))
    assert proc.returncode == 0, proc.stdout[-3000:] + proc.stderr[-1000:]


def test_ui_is_mypy_clean(tmp_path: Path) -> None:
    """House rule 9 holds for the Qt package too, with the same configuration: before issue
    13 nobody ran mypy over recstudio/ui, and 57 errors had piled up there (a QLabel
    shadowing QDialog.result, spin boxes fed floats, ...)."""
    proc = _mypy(tmp_path / "cache", str(PACKAGE / "ui"))
    errors = [line for line in proc.stdout.splitlines() if ": error: " in line]
    assert proc.returncode in (0, 1) and not proc.stderr.strip(), proc.stderr[-2000:]
    assert proc.returncode == 0 or errors, proc.stdout[-3000:]  # failed without an error line
    assert errors == [], "\n".join(errors[:60])


def test_ruff_clean() -> None:
    """House rule 9: ruff for lint and format, on the package and its tests."""
    root = PACKAGE.parent
    for args in (
        ["check", "recstudio", "tests", "packaging"],
        ["format", "--check", "recstudio", "tests", "packaging"],
    ):
        proc = subprocess.run([sys.executable, "-m", "ruff", *args], capture_output=True,
                              text=True, cwd=root)  # fmt: skip
        assert proc.returncode == 0, f"ruff {args[0]}:\n{proc.stdout[-3000:]}"


def _module_graph() -> dict[str, set[str]]:
    """recstudio module → the recstudio modules it imports (anywhere in the file, type-only
    imports included: a circle through TYPE_CHECKING still ties two modules together)."""
    modules: dict[str, Path] = {}
    for source in PACKAGE.rglob("*.py"):
        parts = source.relative_to(PACKAGE.parent).with_suffix("").parts
        name = ".".join(parts[:-1] if parts[-1] == "__init__" else parts)
        modules[name] = source
    graph: dict[str, set[str]] = {m: set() for m in modules}
    for name, source in modules.items():
        tree = ast.parse(source.read_text(encoding="utf-8"), filename=str(source))
        for node in ast.walk(tree):
            if isinstance(node, ast.Import):
                wanted = [alias.name for alias in node.names]
            elif isinstance(node, ast.ImportFrom) and node.module and node.level == 0:
                subs = [f"{node.module}.{alias.name}" for alias in node.names]
                wanted = [s for s in subs if s in modules] or [node.module]
            else:
                continue
            for target in wanted:
                while target and target not in modules:
                    target = target.rpartition(".")[0]
                if target and target != name:
                    graph[name].add(target)
    return graph


def test_no_import_circles() -> None:
    """Issue 13 point 8: no module reaches itself through its imports (``ui/commands →
    app → cli → ui``, ``document ↔ undo``, ``file_ops ↔ main_window``, ``admin ↔ server``
    were such circles)."""
    graph = _module_graph()
    circles = []
    for start in graph:
        stack, seen = [(start, (start,))], set()
        while stack:
            node, path = stack.pop()
            for nxt in graph[node]:
                if nxt == start:
                    circles.append(" → ".join((*path, start)))
                elif nxt not in seen:
                    seen.add(nxt)
                    stack.append((nxt, (*path, nxt)))
    assert circles == []
