"""Messages with ids and arguments, so the UI can translate what the CLI prints in English.

A check builds its finding from a :class:`Message` (an id such as ``R17.pixels``, an English
``str.format`` template and a hint template) plus the arguments; the Problem keeps all three
next to the English text, which is ``template.format(**args)`` exactly as before. Templates
are written inline at the call site as literal ``msg("id", "template", "hint")`` calls, so
``packaging/translations_model.py`` can collect them from the source the way ``lupdate``
collects ``tr("…")`` (no import, no registry to forget).

Argument values are text or numbers from the body; a value from a fixed English vocabulary
(a mode or layout name, a JSON type) is a :class:`Term`, which the UI translates in the
``words`` context before formatting.
"""

from __future__ import annotations

from collections.abc import Callable, Iterable, Mapping
from dataclasses import dataclass
from typing import Protocol

Arg = str | int | float
#: ``translate(context, source, disambiguation)`` - QCoreApplication.translate's shape.
Translate = Callable[[str, str, str], str]

RULES_CONTEXT = "rules"
WORDS_CONTEXT = "words"
FIELDS_CONTEXT = "fields"


class Localizable(Protocol):
    """What :func:`localize` reads of a :class:`~recstudio.model.problems.Problem`."""

    @property
    def message(self) -> str: ...
    @property
    def hint(self) -> str: ...
    @property
    def message_id(self) -> str: ...
    @property
    def template(self) -> str: ...
    @property
    def hint_template(self) -> str: ...
    @property
    def args(self) -> Mapping[str, Arg]: ...


class Term(str):
    """An argument value from a fixed English vocabulary (``mix``, ``floating``, ``a list``).

    It formats like the plain string (the CLI stays English); :func:`localize` translates
    it in ``context``, where the generator puts every vocabulary word.
    """

    __slots__ = ()
    context = WORDS_CONTEXT


class FieldText(Term):
    """A field's own description, hint or choice label used as an argument: the UI
    translates it where it translates the field metadata (context ``fields``)."""

    __slots__ = ()
    context = FIELDS_CONTEXT


class Phrase(str):
    """A message used as another message's argument (``uid item 3``, ``0 (Crop to fill)``)."""

    message: Message
    args: Mapping[str, Arg]

    def __new__(cls, message: Message, /, **args: Arg) -> Phrase:
        self = super().__new__(cls, message.template.format(**args))
        self.message = message
        self.args = args
        return self


class Listing(str):
    """Arguments joined by ``", "`` (the allowed choices); each part is localized."""

    parts: tuple[str, ...]

    def __new__(cls, parts: Iterable[str]) -> Listing:
        items = tuple(parts)
        self = super().__new__(cls, ", ".join(items))
        self.parts = items
        return self


@dataclass(frozen=True, slots=True)
class Message:
    """One finding's wording: ``id`` is ``<rule>.<key>`` (``R17.pixels``, ``SCHEMA.missing``)."""

    id: str
    template: str
    hint: str = ""

    @property
    def rule(self) -> str:
        """The rule id the finding reports (the id's part before the first dot)."""
        return self.id.partition(".")[0]


def msg(message_id: str, template: str, hint: str = "") -> Message:
    """A message written at its call site; the arguments must be literal strings so the
    translation generator can read them from the source."""
    return Message(message_id, template, hint)


def format_message(message: Message, args: Mapping[str, Arg]) -> tuple[str, str]:
    """The English (message, hint) of ``message`` with ``args``."""
    return message.template.format(**args), message.hint.format(**args)


def localize(problem: Localizable, translate: Translate) -> tuple[str, str]:
    """(message, hint) of ``problem`` in the language ``translate`` speaks.

    Falls back to the English text for a problem without a template, and for a translation
    whose placeholders do not fit the arguments (a broken .ts must not break the panel).
    """
    if not problem.template:
        return problem.message, problem.hint
    args = {key: localize_arg(value, translate) for key, value in problem.args.items()}
    message = _render(translate, problem.template, problem.message_id, args, problem.message)
    hint = (
        _render(translate, problem.hint_template, f"{problem.message_id}.hint", args, problem.hint)
        if problem.hint_template
        else problem.hint
    )
    return message, hint


def localize_arg(value: Arg, translate: Translate) -> Arg:
    """One argument in the UI's language: words and field texts translated, phrases and
    listings rebuilt from their localized parts, anything else (body values) as it is."""
    if isinstance(value, Term):
        return translate(value.context, str(value), "")
    if isinstance(value, Phrase):
        inner = {key: localize_arg(v, translate) for key, v in value.args.items()}
        return _render(translate, value.message.template, value.message.id, inner, str(value))
    if isinstance(value, Listing):
        return ", ".join(str(localize_arg(part, translate)) for part in value.parts)
    return value


def _render(
    translate: Translate, template: str, disambiguation: str, args: Mapping[str, Arg], english: str
) -> str:
    try:
        return translate(RULES_CONTEXT, template, disambiguation).format(**args)
    except (KeyError, IndexError, ValueError, AttributeError):
        return english
