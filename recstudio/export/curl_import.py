"""Read a curl command pasted from Agora's docs, Postman or a colleague into a request.

Pasted commands are messy: backslash (or ``^``/backtick) line continuations, both quote
kinds, ``$'…'`` strings, options curl users add out of habit (``--location``,
``--compressed``). We accept all of that, keep what defines the call (endpoint, mode, ids,
body, headers) and deliberately drop credentials: an import must never be the way a
Customer Secret ends up in a project file (ecosystem-reliability §2.3).
"""

from __future__ import annotations

import re
from dataclasses import dataclass, field
from typing import Any
from urllib.parse import urlsplit

from recstudio.model import CONTENT_TYPE, Endpoint, Mode, route
from recstudio.model.jsontext import JsonSyntaxError, line_column, parse_json
from recstudio.model.routes import NCS_IP_PATH


class CurlImportError(ValueError):
    """Why a command could not be imported. ``line``/``column`` point into the JSON body
    for a body that is not JSON, else into the command (the message says which)."""

    def __init__(self, message: str, *, line: int | None = None, column: int | None = None):
        super().__init__(message)
        self.line = line
        self.column = column


@dataclass(frozen=True, slots=True)
class CurlImport:
    """A parsed command. Ids/mode written as placeholders (``<sid>``) are ``None``."""

    method: str
    url: str
    endpoint: Endpoint
    mode: Mode | None
    app_id: str | None
    resource_id: str | None
    sid: str | None
    body: dict[str, Any] | None
    #: Request headers as given, minus any credential header (Authorization).
    headers: dict[str, str]
    #: ``scheme://host[:port]`` of the URL, for choosing a connection profile.
    base_url: str = ""
    #: True when the command carried credentials (``-u``, Authorization, URL userinfo)
    #: that were dropped on purpose; the UI says so instead of silently losing them.
    credentials_dropped: bool = False
    warnings: tuple[str, ...] = field(default=())


# --- tokenising -------------------------------------------------------------------------
#
# One left-to-right pass over the command, in the quoting rules of bash (plus the cmd ``^``
# and PowerShell backtick continuations), so a 1 MB body costs what copying it costs.
# shlex is not used: it knows neither continuations nor ``$'…'``, and it grows each word
# one character at a time (``token = token + c``), which made a 1 MB body take seconds.

_ANSI_SIMPLE = {
    "a": "\a",
    "b": "\b",
    "e": "\x1b",
    "E": "\x1b",
    "f": "\f",
    "n": "\n",
    "r": "\r",
    "t": "\t",
    "v": "\v",
    "\\": "\\",
    "'": "'",
    '"': '"',
    "?": "?",
}
_ANSI_NUMERIC = re.compile(r"[0-7]{1,3}|x[0-9A-Fa-f]{1,2}|u[0-9A-Fa-f]{1,4}|U[0-9A-Fa-f]{1,8}")
#: A continuation marker (bash ``\``, cmd ``^``, PowerShell backtick) then trailing blanks
#: and the line break; pasted text often has stray spaces after the backslash.
_CONTINUATION = re.compile(r"[\\^`][ \t]*\n")
#: A run of characters that mean themselves outside quotes.
_PLAIN = re.compile(r"[^ \t\n'\"\\$^`]+")
_DOUBLE_QUOTED_SPECIAL = re.compile(r'["\\]')
_ANSI_SPECIAL = re.compile(r"['\\]")
#: Characters a backslash escapes inside double quotes (bash); before others it stays.
_DOUBLE_QUOTE_ESCAPES = '"\\$`'


@dataclass(frozen=True, slots=True)
class _Word:
    text: str
    #: Offset of the word's first character in the normalised command (for positions).
    offset: int


class _Command:
    """The command text with CR/CRLF made LF, and errors located in it."""

    def __init__(self, command: str) -> None:
        self.text = command.replace("\r\n", "\n").replace("\r", "\n")

    def where(self, offset: int) -> tuple[int, int]:
        return line_column(self.text, min(max(offset, 0), len(self.text)))

    def error(self, message: str, offset: int) -> CurlImportError:
        line, column = self.where(offset)
        return CurlImportError(
            f"{message} (line {line}, column {column} of the command)", line=line, column=column
        )


def _decode_ansi_c(cmd: _Command, start: int) -> tuple[str, int]:
    """Decode a bash ``$'…'`` body starting after the opening quote; return (text, end)."""
    text = cmd.text
    out: list[str] = []
    i = start
    while True:
        special = _ANSI_SPECIAL.search(text, i)
        if special is None:
            raise cmd.error("unterminated $'…' string: no closing '", start - 2)
        out.append(text[i : special.start()])
        i = special.start()
        if text[i] == "'":
            return "".join(out), i + 1
        if i + 1 >= len(text):
            raise cmd.error("unterminated $'…' string: it ends in a backslash", start - 2)
        nxt = text[i + 1]
        if nxt in _ANSI_SIMPLE:
            out.append(_ANSI_SIMPLE[nxt])
            i += 2
            continue
        match = _ANSI_NUMERIC.match(text, i + 1)
        if match is None:
            out.append("\\")  # bash keeps an unknown escape as it is
            i += 1
            continue
        digits = match.group()
        base, digits = (8, digits) if digits[0] in "01234567" else (16, digits[1:])
        code = int(digits, base)
        if code > 0x10FFFF or 0xD800 <= code <= 0xDFFF:
            what = "beyond Unicode" if code > 0x10FFFF else "half of a character (a surrogate)"
            raise cmd.error(f"the escape \\{match.group()} in $'…' is {what}", i)
        out.append(chr(code))
        i = match.end()


def _double_quoted(cmd: _Command, start: int) -> tuple[str, int]:
    """The text of a ``"…"`` string whose opening quote is at ``start``; return (text, end)."""
    text = cmd.text
    out: list[str] = []
    i = start + 1
    while True:
        special = _DOUBLE_QUOTED_SPECIAL.search(text, i)
        if special is None or (special.group() == "\\" and special.end() == len(text)):
            raise cmd.error('cannot split the command: no closing quotation for this "', start)
        out.append(text[i : special.start()])
        i = special.start()
        if text[i] == '"':
            return "".join(out), i + 1
        nxt = text[i + 1]
        if nxt == "\n":
            pass  # bash drops backslash-newline inside double quotes too
        elif nxt in _DOUBLE_QUOTE_ESCAPES:
            out.append(nxt)
        else:
            out.append(text[i : i + 2])
        i += 2


def _split_words(cmd: _Command) -> list[_Word]:
    text = cmd.text
    words: list[_Word] = []
    parts: list[str] | None = None  # the word being read (None: between words)
    start = 0
    i, n = 0, len(text)
    while i < n:
        ch = text[i]
        continuation = _CONTINUATION.match(text, i) if ch in "\\^`" else None
        if ch in " \t\n" or continuation:
            if parts is not None:
                words.append(_Word("".join(parts), start))
                parts = None
            i = continuation.end() if continuation else i + 1
            continue
        if parts is None:
            parts, start = [], i
        if ch == "\\":
            if i + 1 >= n:
                raise cmd.error("the command ends in a backslash", i)
            parts.append(text[i + 1])
            i += 2
        elif ch == "'":
            end = text.find("'", i + 1)
            if end < 0:
                raise cmd.error("cannot split the command: no closing quotation for this '", i)
            parts.append(text[i + 1 : end])
            i = end + 1
        elif ch == '"':
            chunk, i = _double_quoted(cmd, i)
            parts.append(chunk)
        elif ch == "$" and text.startswith("'", i + 1):
            chunk, i = _decode_ansi_c(cmd, i + 2)
            parts.append(chunk)
        elif ch == "$" and text.startswith('"', i + 1):  # bash locale string: plain quotes
            chunk, i = _double_quoted(cmd, i + 1)
            parts.append(chunk)
        else:
            plain = _PLAIN.match(text, i)
            end = plain.end() if plain else i + 1  # a lone $, ^ or ` means itself
            parts.append(text[i:end])
            i = end
    if parts is not None:
        words.append(_Word("".join(parts), start))
    return words


def _tokens(cmd: _Command) -> list[_Word]:
    words = _split_words(cmd)
    while words and words[0].text in ("$", ">", "%", "#"):  # a copied shell prompt
        words.pop(0)
    if not words or words[0].text.rsplit("/", 1)[-1].lower() not in ("curl", "curl.exe"):
        raise cmd.error(
            "this is not a curl command (it should start with 'curl')",
            words[0].offset if words else 0,
        )
    return words[1:]


# --- option parsing ---------------------------------------------------------------------

_LONG_ALIASES = {
    "--request": "-X",
    "--header": "-H",
    "--data": "-d",
    "--data-ascii": "-d",
    "--data-binary": "--data-binary",
    "--data-raw": "--data-raw",
    "--json": "--json",
    "--user": "-u",
    "--url": "--url",
    "--data-urlencode": "--data-urlencode",
    "--oauth2-bearer": "--oauth2-bearer",
    "--proxy-user": "--proxy-user",
}
#: Options whose argument we read; everything else that takes one is skipped.
_SHORT_WITH_ARG = set("XHduUomAebcEFTxwKrCyYzQt")
_SHORT_READ = {"X": "-X", "H": "-H", "d": "-d", "u": "-u", "U": "--proxy-user"}
_LONG_SKIPPED_WITH_ARG = {
    "--output",
    "--max-time",
    "--connect-timeout",
    "--retry",
    "--retry-delay",
    "--retry-max-time",
    "--user-agent",
    "--referer",
    "--cookie",
    "--cookie-jar",
    "--proxy",
    "--cacert",
    "--capath",
    "--cert",
    "--key",
    "--write-out",
    "--resolve",
    "--interface",
    "--limit-rate",
    "--max-redirs",
    "--config",
    "--form",
    "--upload-file",
    "--range",
    "--connect-to",
    "--trace",
    "--trace-ascii",
    "--stderr",
}
_QUIET_FLAGS = {
    "--location",
    "--location-trusted",
    "--compressed",
    "--silent",
    "--show-error",
    "--include",
    "--verbose",
    "--insecure",
    "--fail",
    "--fail-with-body",
    "--globoff",
    "--http1.1",
    "--http2",
    "--no-progress-meter",
    "--no-buffer",
}
_CREDENTIAL_OPTIONS = {"-u", "--oauth2-bearer", "--proxy-user"}
_DATA_OPTIONS = {"-d", "--data-binary", "--data-raw", "--json", "--data-urlencode"}


@dataclass
class _Parsed:
    method: str | None = None
    urls: list[_Word] = field(default_factory=list)
    headers: list[str] = field(default_factory=list)
    data: list[tuple[str, str, int]] = field(default_factory=list)  # (option, value, offset)
    credentials_dropped: bool = False
    warnings: list[str] = field(default_factory=list)


def _take(parsed: _Parsed, option: str, value: str, offset: int) -> None:
    if option == "-X":
        parsed.method = value.upper()
    elif option == "-H":
        parsed.headers.append(value)
    elif option in _CREDENTIAL_OPTIONS:
        parsed.credentials_dropped = True  # never stored (ecosystem-reliability §2.3)
    elif option in _DATA_OPTIONS:
        parsed.data.append((option, value, offset))
    elif option == "--url":
        parsed.urls.append(_Word(value, offset))
    # any other option with an argument is irrelevant to the request body and route


def _parse_options(cmd: _Command, words: list[_Word]) -> _Parsed:
    parsed = _Parsed()
    i = 0
    while i < len(words):
        token = words[i]
        word, offset = token.text, token.offset
        i += 1
        if word.startswith("--") and len(word) > 2:
            name, eq, inline = word.partition("=")
            option = _LONG_ALIASES.get(name)
            if option is None and name not in _LONG_SKIPPED_WITH_ARG:
                if name not in _QUIET_FLAGS:
                    parsed.warnings.append(f"ignored curl option {name}")
                continue
            if eq:
                value = inline
            elif i < len(words):
                value, offset = words[i].text, words[i].offset
                i += 1
            else:
                raise cmd.error(f"curl option {name} needs a value", offset)
            if option is not None:
                _take(parsed, option, value, offset)
            continue
        if word.startswith("-") and len(word) > 1:
            j = 1
            while j < len(word):
                letter = word[j]
                j += 1
                if letter not in _SHORT_WITH_ARG:
                    if letter not in "sSLivkfgI#":
                        parsed.warnings.append(f"ignored curl option -{letter}")
                    continue
                if j < len(word):
                    value = word[j:]
                elif i < len(words):
                    value, offset = words[i].text, words[i].offset
                    i += 1
                else:
                    raise cmd.error(f"curl option -{letter} needs a value", offset)
                if letter in _SHORT_READ:
                    _take(parsed, _SHORT_READ[letter], value, offset)
                break
            continue
        parsed.urls.append(token)
    return parsed


# --- URL → endpoint ---------------------------------------------------------------------

_PREFIX = r"/v1/apps/(?P<app>[^/]+)/cloud_recording"
_ROUTES = (
    re.compile(_PREFIX + r"/(?P<op>acquire)", re.IGNORECASE),
    re.compile(_PREFIX + r"/resourceid/(?P<rid>[^/]+)/mode/(?P<mode>[^/]+)/(?P<op>start)", re.I),
    re.compile(
        _PREFIX + r"/resourceid/(?P<rid>[^/]+)/sid/(?P<sid>[^/]+)/mode/(?P<mode>[^/]+)"
        r"/(?P<op>query|update|updateLayout|stop)",
        re.IGNORECASE,
    ),
)
#: ``<resourceid>``, ``{appid}``, ``{{sid}}``, ``:mode``, ``$APPID``, ``${APPID}``.
#: ``[^{}]`` (not ``[^}]``) keeps a long run of ``{`` from backtracking quadratically.
_PLACEHOLDER = re.compile(r"^(<[^>]*>|\{+[^{}]*\}+|:\w+|\$\{?\w+\}?)$")
_AGORA_SUFFIXES = (".agora.io", ".sd-rtn.com")
_LOOPBACK = {"localhost", "127.0.0.1", "::1"}  # the Sandbox emulator


def _known(value: str | None) -> str | None:
    return None if value is None or _PLACEHOLDER.match(value) else value


def _shown(text: str, limit: int = 80) -> str:
    """``text`` quoted for a message, cut short: a pasted URL may be a megabyte long."""
    return repr(text if len(text) <= limit else text[: limit - 1] + "…")


def _split_url(cmd: _Command, word: _Word, warnings: list[str]) -> tuple[str, str, str, bool]:
    """(base_url, path, clean url, had userinfo) after checking it is an Agora host."""
    url = word.text
    if "://" not in url:
        warnings.append("the URL has no scheme; assumed https:// (Agora rejects HTTP, §1.1)")
        url = "https://" + url
    try:
        parts = urlsplit(url)
        host = (parts.hostname or "").lower()
    except ValueError as exc:  # "Invalid IPv6 URL", a bad port, …
        raise cmd.error(f"the URL {_shown(word.text)} cannot be read: {exc}", word.offset) from None
    if not (host in _LOOPBACK or host.endswith(_AGORA_SUFFIXES)):
        raise cmd.error(
            f"{_shown(url)} is not an Agora Cloud Recording URL: the host should be "
            "api.sd-rtn.com, api.agora.io or a regional api-*.agora.io / *.sd-rtn.com host",
            word.offset,
        )
    had_userinfo = parts.username is not None
    netloc = parts.netloc.rpartition("@")[2]
    base_url = f"{parts.scheme}://{netloc}"
    clean = base_url + parts.path + (f"?{parts.query}" if parts.query else "")
    return base_url, parts.path.rstrip("/"), clean, had_userinfo


def _match_route(cmd: _Command, path: str, offset: int) -> re.Match[str]:
    for pattern in _ROUTES:
        match = pattern.fullmatch(path)
        if match:
            return match
    if path == NCS_IP_PATH:
        raise cmd.error(
            "this is the NCS IP list (GET, no body); only the six Cloud Recording "
            "routes (acquire, start, query, update, updateLayout, stop) can be imported",
            offset,
        )
    raise cmd.error(
        f"the path {_shown(path)} is not a Cloud Recording route; expected "
        "/v1/apps/<appid>/cloud_recording/… ending in acquire, start, query, update, "
        "updateLayout or stop (reference §1.4)",
        offset,
    )


def _mode(cmd: _Command, text: str | None, offset: int, warnings: list[str]) -> Mode | None:
    if text is None or _known(text) is None:
        return None
    for mode in Mode:
        if mode.value == text.lower():
            if mode.value != text:
                warnings.append(f"mode {text!r} should be {mode.value!r}: paths are case-sensitive")
            return mode
    raise cmd.error(
        f"unknown mode {_shown(text)} in the URL; expected raw, individual, mix or web (R1)", offset
    )


# --- body and headers -------------------------------------------------------------------


def _parse_body(
    cmd: _Command, data: list[tuple[str, str, int]], warnings: list[str]
) -> dict[str, Any]:
    for option, value, offset in data:
        if option == "--data-urlencode":
            raise cmd.error("--data-urlencode sends a form, not JSON; use --data-raw", offset)
        if option != "--data-raw" and value.startswith("@"):
            raise cmd.error(
                f"{option} {_shown(value)} reads the body from a file; paste the JSON into the "
                "command (or import the file as a body) instead",
                offset,
            )
    text = "&".join(value for _, value, _ in data)  # curl joins repeated -d with '&'
    duplicates: list[str] = []
    try:
        # the one JSON reader: no NaN, 1e400, lone surrogates or 10k-deep nesting either
        body = parse_json(text, duplicate_keys=duplicates)
    except JsonSyntaxError as exc:
        raise CurlImportError(
            f"the body is not valid JSON: {exc.msg} "
            f"(line {exc.line}, column {exc.column} of the body)",
            line=exc.line,
            column=exc.column,
        ) from None
    if not isinstance(body, dict):
        raise cmd.error('the body must be a JSON object ({"cname": …, "uid": …})', data[0][2])
    if duplicates:
        warnings.append(
            "duplicate keys in the body (the last one wins): " + ", ".join(sorted(set(duplicates)))
        )
    return body


def _parse_headers(raw: list[str], uses_json_option: bool) -> tuple[dict[str, str], bool]:
    headers: dict[str, str] = {}
    if uses_json_option:  # curl --json implies these unless -H overrides them
        headers["Content-Type"] = "application/json"
        headers["Accept"] = "application/json"
    dropped = False
    for line in raw:
        name, colon, value = line.partition(":")
        name = name.strip()
        if not colon or not name:
            continue
        if name.lower() in ("authorization", "proxy-authorization"):
            dropped = True
            continue
        for existing in [k for k in headers if k.lower() == name.lower()]:
            del headers[existing]
        headers[name] = value.strip()
    return headers, dropped


# --- entry point ------------------------------------------------------------------------


def parse_curl(command: str) -> CurlImport:
    """Parse ``command``; raise :class:`CurlImportError` with a reason a user can act on."""
    cmd = _Command(command)
    parsed = _parse_options(cmd, _tokens(cmd))
    warnings = parsed.warnings
    if not parsed.urls:
        raise cmd.error("the curl command has no URL", len(cmd.text.rstrip()))
    first = parsed.urls[0]
    if len(parsed.urls) > 1:
        warnings.append(f"several URLs given; used the first: {_shown(first.text)}")
    base_url, path, url, had_userinfo = _split_url(cmd, first, warnings)
    match = _match_route(cmd, path, first.offset)
    groups = match.groupdict()
    endpoint = Endpoint.parse(groups["op"])
    if groups["op"] != endpoint.value:
        warnings.append(
            f"{groups['op']!r} should be spelled {endpoint.value!r}: paths are case-sensitive"
        )
    mode = _mode(cmd, groups.get("mode"), first.offset, warnings)
    if endpoint is Endpoint.UPDATE_LAYOUT and mode not in (None, Mode.MIX):
        warnings.append("updateLayout exists only in mix mode (R1, R34)")

    expected = route(endpoint, mode or Mode.MIX, "app").method
    method = parsed.method or ("POST" if parsed.data else "GET")
    if method != expected:
        warnings.append(f"{endpoint.value} is a {expected}, the command uses {method}")

    body: dict[str, Any] | None = None
    if parsed.data:
        if expected == "GET":
            warnings.append(f"{endpoint.value} takes no body; the command's data was ignored")
        else:
            body = _parse_body(cmd, parsed.data, warnings)
    elif expected != "GET":
        warnings.append(f"the command has no body; {endpoint.value} needs one")

    uses_json = any(option == "--json" for option, _, _ in parsed.data)
    headers, auth_header = _parse_headers(parsed.headers, uses_json)
    content_type = next((v for k, v in headers.items() if k.lower() == "content-type"), None)
    if expected != "GET" and content_type is not None and content_type != CONTENT_TYPE:
        warnings.append(
            f"Content-Type {content_type!r} is not {CONTENT_TYPE!r}; Agora may answer "
            "code 8 (reference §1.2); exports always send the exact value"
        )

    return CurlImport(
        method=method,
        url=url,
        endpoint=endpoint,
        mode=mode,
        app_id=_known(groups["app"]),
        resource_id=_known(groups.get("rid")),
        sid=_known(groups.get("sid")),
        body=body,
        headers=headers,
        base_url=base_url,
        credentials_dropped=parsed.credentials_dropped or auth_header or had_userinfo,
        warnings=tuple(warnings),
    )
