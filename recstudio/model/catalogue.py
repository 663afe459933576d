"""Every English source string of the Qt-free packages that the UI shows, for translation.

Three contexts (issue 17): ``rules`` - the message and hint templates of every check, read
from the source like ``lupdate`` reads ``tr("…")`` (each literal ``msg("id", "template",
"hint")`` call; the id is the disambiguation); ``fields`` - field descriptions, hints and
choice labels of the request schema (what the forms show); ``words`` - fixed vocabularies
that appear as message arguments (:class:`~recstudio.model.messages.Term`) or as status
words (query status, upload status, ledger states).

``packaging/translations_model.py`` writes these into the zh_CN ``.ts`` file; the tests
check that every message a rule produces is among them.
"""

from __future__ import annotations

import ast
from collections.abc import Iterable, Iterator
from dataclasses import dataclass
from pathlib import Path

from recstudio.model.messages import FIELDS_CONTEXT, RULES_CONTEXT, WORDS_CONTEXT

PACKAGE = Path(__file__).resolve().parents[1]
#: Packages that may hold Qt-free messages; the UI has its own tr() strings.
_SKIPPED = ("ui",)


class CatalogueError(ValueError):
    """A message the generator cannot read from the source, or one id with two wordings."""


@dataclass(frozen=True, slots=True)
class Entry:
    """One translatable string: ``comment`` is Qt's disambiguation (empty for most)."""

    context: str
    source: str
    comment: str = ""
    note: str = ""  # where it comes from, for the translator (TS <extracomment>)

    @property
    def key(self) -> tuple[str, str, str]:
        return (self.context, self.source, self.comment)


def source_files(root: Path = PACKAGE) -> Iterator[Path]:
    for path in sorted(root.rglob("*.py")):
        if path.relative_to(root).parts[0] not in _SKIPPED:
            yield path


def rule_entries(root: Path = PACKAGE) -> list[Entry]:
    """The templates of every ``msg(...)`` call (and hint) in the Qt-free packages."""
    seen: dict[str, tuple[str, str, str]] = {}
    out: list[Entry] = []
    for path in source_files(root):
        where = path.relative_to(root.parent).as_posix()
        for line, message_id, template, hint in _msg_calls(path):
            place = f"{where}:{line}"
            if message_id in seen:
                first = seen[message_id]
                if first[:2] != (template, hint):
                    raise CatalogueError(
                        f"{place}: message id {message_id!r} is already used with another "
                        f"wording at {first[2]}"
                    )
                continue
            seen[message_id] = (template, hint, place)
            # the note names the file, not the line: editing a rule must not stale the .ts
            out.append(Entry(RULES_CONTEXT, template, message_id, where))
            if hint:
                out.append(Entry(RULES_CONTEXT, hint, f"{message_id}.hint", where))
    return out


def _msg_calls(path: Path) -> Iterator[tuple[int, str, str, str]]:
    tree = ast.parse(path.read_text(encoding="utf-8"), str(path))
    for node in ast.walk(tree):
        if not (isinstance(node, ast.Call) and isinstance(node.func, ast.Name)):
            continue
        if node.func.id != "msg" or _is_definition(path):
            continue
        texts = [_literal(arg) for arg in node.args]
        if node.keywords or not 2 <= len(texts) <= 3 or any(t is None for t in texts):
            raise CatalogueError(
                f"{path}:{node.lineno}: msg() needs 2 or 3 literal string arguments "
                "(id, template, hint) so its text can be translated"
            )
        message_id, template, *rest = (t or "" for t in texts)
        yield node.lineno, message_id, template, rest[0] if rest else ""


def _is_definition(path: Path) -> bool:
    return path.name == "messages.py" and path.parent.name == "model"


def _literal(node: ast.expr) -> str | None:
    return node.value if isinstance(node, ast.Constant) and isinstance(node.value, str) else None


def term_literals(root: Path = PACKAGE) -> list[str]:
    """Words written as ``Term("…")`` (or ``Term("a" if … else "b")``) in the source."""
    out: list[str] = []
    for path in source_files(root):
        tree = ast.parse(path.read_text(encoding="utf-8"), str(path))
        for node in ast.walk(tree):
            if (
                isinstance(node, ast.Call)
                and isinstance(node.func, ast.Name)
                and node.func.id == "Term"
                and node.args
            ):
                out.extend(
                    sub.value
                    for sub in ast.walk(node.args[0])
                    if isinstance(sub, ast.Constant) and isinstance(sub.value, str)
                )
    return out


Vocabulary = tuple[str, Iterable[str]]  # (where the words come from, the words)


def vocabularies() -> list[Vocabulary]:
    """The model's word lists held in data rather than in ``Term("…")`` literals (status
    words of api/ and storage/ are added by the generator: the model does not import them)."""
    from recstudio.model.enums import Mode
    from recstudio.model.rules.recording import STREAM_TYPE_NAMES
    from recstudio.model.rules.transcoding import LAYOUT_NAMES
    from recstudio.model.schema.check import TYPE_WORDS
    from recstudio.model.schema_keys import JSON_TYPES

    return [
        ("recording mode (Mode)", [m.value for m in Mode]),
        ("layout name (mixedVideoLayout)", LAYOUT_NAMES.values()),
        ("streamTypes", STREAM_TYPE_NAMES.values()),
        ("wanted type (schema)", TYPE_WORDS.values()),
        ("JSON type (schema)", JSON_TYPES),
    ]


def word_entries(root: Path = PACKAGE, extra: Iterable[Vocabulary] = ()) -> list[Entry]:
    found: dict[str, str] = {}
    for note, words in (*vocabularies(), *extra):
        for word in words:
            found.setdefault(word, note)
    for word in term_literals(root):
        found.setdefault(word, "message argument")
    return [Entry(WORDS_CONTEXT, word, "", note) for word, note in found.items()]


def field_entries() -> list[Entry]:
    """Descriptions, hints and choice labels of every request body's fields."""
    from recstudio.model.enums import Endpoint
    from recstudio.model.fields import iter_fields

    found: dict[str, str] = {}
    for endpoint in Endpoint:
        if endpoint is Endpoint.QUERY:
            continue
        for meta in iter_fields(endpoint):
            texts = [meta.description, meta.hint or "", *(meta.labels or {}).values()]
            for text in texts:
                if text:
                    found.setdefault(text, meta.path)
    for text, note in region_labels():
        found.setdefault(text, note)
    return [Entry(FIELDS_CONTEXT, text, "", path) for text, path in found.items()]


def region_labels() -> Iterator[tuple[str, str]]:
    """The storage region names: the form offers the chosen vendor's table as the region
    field's choices (widget ``region_by_vendor``), so they are translated as field labels."""
    from recstudio.model.vendors import VENDORS

    for vendor in VENDORS.values():
        for name in vendor.regions.values():
            yield name, f"storageConfig.region ({vendor.name})"


def all_entries(root: Path = PACKAGE, extra_words: Iterable[Vocabulary] = ()) -> list[Entry]:
    """Every entry, each (context, source, comment) once, in a stable order."""
    unique: dict[tuple[str, str, str], Entry] = {}
    for entry in (*rule_entries(root), *field_entries(), *word_entries(root, extra_words)):
        unique.setdefault(entry.key, entry)
    return list(unique.values())
