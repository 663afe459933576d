"""Write or check recstudio/ui/translations/recstudio_model_zh_CN.ts (issue 17).

The .ts holds every English string of the Qt-free packages that the UI shows (contexts
``rules``, ``fields`` and ``words``, collected by :mod:`recstudio.model.catalogue`). Running
this keeps existing translations, adds new strings as ``unfinished`` and drops strings no
check uses any more; ``--check`` changes nothing and fails when the file is not current
(CI runs it through the tests). The UI's build script compiles the file to .qm with
``pyside6-lrelease``.

    python packaging/translations_model.py            # update the .ts
    python packaging/translations_model.py --check    # exit 1 if it is not current
"""

from __future__ import annotations

import argparse
import sys
import xml.etree.ElementTree as ET
from collections.abc import Iterable
from pathlib import Path

ROOT = Path(__file__).resolve().parents[1]
if str(ROOT) not in sys.path:  # run as a script from a checkout
    sys.path.insert(0, str(ROOT))

from recstudio.model.catalogue import Entry, Vocabulary, all_entries  # noqa: E402

TS_PATH = ROOT / "recstudio" / "ui" / "translations" / "recstudio_model_zh_CN.ts"
LANGUAGE = "zh_CN"

Key = tuple[str, str, str]


def read_translations(path: Path) -> dict[Key, tuple[str, bool]]:
    """(context, source, comment) -> (translation, finished) of an existing .ts file."""
    if not path.exists():
        return {}
    out: dict[Key, tuple[str, bool]] = {}
    for context in ET.parse(path).getroot().iter("context"):
        name = context.findtext("name", "")
        for message in context.iter("message"):
            node = message.find("translation")
            if node is None:
                continue
            key = (name, message.findtext("source", ""), message.findtext("comment", ""))
            kind = node.get("type", "")
            out[key] = (node.text or "", kind not in ("unfinished", "vanished", "obsolete"))
    return out


def render(entries: Iterable[Entry], known: dict[Key, tuple[str, bool]]) -> str:
    """The .ts text: contexts in first-seen order, messages in catalogue order."""
    root = ET.Element("TS", version="2.1", language=LANGUAGE, sourcelanguage="en")
    contexts: dict[str, ET.Element] = {}
    for entry in entries:
        context = contexts.get(entry.context)
        if context is None:
            context = contexts[entry.context] = ET.SubElement(root, "context")
            ET.SubElement(context, "name").text = entry.context
        message = ET.SubElement(context, "message")
        ET.SubElement(message, "source").text = entry.source
        if entry.comment:
            ET.SubElement(message, "comment").text = entry.comment
        if entry.note:
            ET.SubElement(message, "extracomment").text = entry.note
        text, finished = known.get(entry.key, ("", False))
        translation = ET.SubElement(message, "translation")
        translation.text = text
        if not finished:
            translation.set("type", "unfinished")
    ET.indent(root, space="    ")
    body = ET.tostring(root, encoding="unicode", short_empty_elements=False)
    return '<?xml version="1.0" encoding="utf-8"?>\n<!DOCTYPE TS>\n' + body + "\n"


def status_words() -> list[Vocabulary]:
    """Status words of api/ and storage/ that the UI shows (context ``words``)."""
    from recstudio.api.ledger import STATES
    from recstudio.api.results import STATUS_TEXT
    from recstudio.storage.receipt import UPLOAD_STATUS_TEXT

    return [
        ("query status (serverResponse.status)", [*STATUS_TEXT.values(), "unknown"]),
        ("upload status (storage receipt)", UPLOAD_STATUS_TEXT.values()),
        ("ledger state (api.ledger.STATES)", STATES),
    ]


def current_text(path: Path = TS_PATH) -> str:
    return render(all_entries(extra_words=status_words()), read_translations(path))


def unfinished(path: Path = TS_PATH) -> list[Key]:
    return [key for key, (_, done) in read_translations(path).items() if not done]


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    parser.add_argument("--check", action="store_true", help="fail if the .ts is not current")
    parser.add_argument("--ts", type=Path, default=TS_PATH, help="the .ts file")
    args = parser.parse_args(argv)
    wanted = current_text(args.ts)
    existing = args.ts.read_text(encoding="utf-8") if args.ts.exists() else ""
    if args.check:
        if wanted != existing:
            print(
                f"{args.ts} is not current; run python packaging/translations_model.py",
                file=sys.stderr,
            )
            return 1
        left = unfinished(args.ts)
        print(f"{args.ts.name}: current, {len(left)} unfinished")
        return 0
    if wanted != existing:
        args.ts.parent.mkdir(parents=True, exist_ok=True)
        args.ts.write_text(wanted, encoding="utf-8")
    count = wanted.count("<message>")
    print(f"{args.ts.name}: {count} messages, {len(unfinished(args.ts))} unfinished")
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
