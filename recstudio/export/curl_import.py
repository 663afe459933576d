"""Read a curl command pasted from Agora's docs, Postman or a colleague into a request.

Pasted commands are messy: backslash (or ``^``/backtick) line continuations, both quote
kinds, ``$'…'`` strings, options curl users add out of habit (``--location``,
``--compressed``). We accept all of that, keep what defines the call (endpoint, mode, ids,
body, headers) and deliberately drop credentials: an import must never be the way a
Customer Secret ends up in a project file (ecosystem-reliability §2.3).
"""

from __future__ import annotations

import json
import re
import shlex
from dataclasses import dataclass, field
from typing import Any
from urllib.parse import urlsplit

from recstudio.model import CONTENT_TYPE, Endpoint, Mode, route
from recstudio.model.routes import NCS_IP_PATH


class CurlImportError(ValueError):
    """Why a command could not be imported; ``line``/``column`` point into the JSON body."""

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


def _decode_ansi_c(text: str, start: int) -> tuple[str, int]:
    """Decode a bash ``$'…'`` body starting after the opening quote; return (text, end)."""
    out: list[str] = []
    i = start
    while i < len(text):
        ch = text[i]
        if ch == "'":
            return "".join(out), i + 1
        if ch == "\\" and i + 1 < len(text):
            nxt = text[i + 1]
            if nxt in _ANSI_SIMPLE:
                out.append(_ANSI_SIMPLE[nxt])
                i += 2
                continue
            match = _ANSI_NUMERIC.match(text, i + 1)
            if match:
                digits = match.group()
                base, digits = (8, digits) if digits[0] in "01234567" else (16, digits[1:])
                out.append(chr(int(digits, base)))
                i = match.end()
                continue
            out.append(ch)
            i += 1
            continue
        out.append(ch)
        i += 1
    raise CurlImportError("unterminated $'…' string in the command")


def _normalise(command: str) -> str:
    """Remove line continuations and turn ``$'…'`` into plain quoting, quote-aware.

    shlex knows neither: it would keep ``\\``-newline as a newline inside a word and read
    ``$'a\\nb'`` as ``$a\\nb``.
    """
    text = command.replace("\r\n", "\n").replace("\r", "\n")
    out: list[str] = []
    quote: str | None = None
    i = 0
    while i < len(text):
        ch = text[i]
        if quote == "'":
            out.append(ch)
            quote = None if ch == "'" else quote
            i += 1
            continue
        if quote == '"':
            if ch == "\\" and text.startswith("\n", i + 1):
                i += 2  # bash drops backslash-newline inside double quotes too
                continue
            if ch == "\\" and i + 1 < len(text):
                out.append(text[i : i + 2])
                i += 2
                continue
            out.append(ch)
            quote = None if ch == '"' else quote
            i += 1
            continue
        continuation = _CONTINUATION.match(text, i)
        if continuation:
            out.append(" ")
            i = continuation.end()
            continue
        if ch == "\\" and i + 1 < len(text):
            out.append(text[i : i + 2])
            i += 2
            continue
        if ch == "$" and text.startswith("'", i + 1):
            decoded, i = _decode_ansi_c(text, i + 2)
            out.append(shlex.quote(decoded))
            continue
        if ch in "'\"":
            quote = ch
        out.append(ch)
        i += 1
    return "".join(out)


def _tokens(command: str) -> list[str]:
    try:
        words = shlex.split(_normalise(command), posix=True)
    except ValueError as exc:  # "No closing quotation"
        raise CurlImportError(f"cannot split the command: {exc}") from None
    while words and words[0] in ("$", ">", "%", "#"):  # a copied shell prompt
        words.pop(0)
    if not words or words[0].rsplit("/", 1)[-1].lower() not in ("curl", "curl.exe"):
        raise CurlImportError("this is not a curl command (it should start with 'curl')")
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
    urls: list[str] = field(default_factory=list)
    headers: list[str] = field(default_factory=list)
    data: list[tuple[str, str]] = field(default_factory=list)  # (option, value)
    credentials_dropped: bool = False
    warnings: list[str] = field(default_factory=list)


def _take(parsed: _Parsed, option: str, value: str) -> None:
    if option == "-X":
        parsed.method = value.upper()
    elif option == "-H":
        parsed.headers.append(value)
    elif option in _CREDENTIAL_OPTIONS:
        parsed.credentials_dropped = True  # never stored (ecosystem-reliability §2.3)
    elif option in _DATA_OPTIONS:
        parsed.data.append((option, value))
    elif option == "--url":
        parsed.urls.append(value)
    # any other option with an argument is irrelevant to the request body and route


def _parse_options(words: list[str]) -> _Parsed:
    parsed = _Parsed()
    i = 0
    while i < len(words):
        word = words[i]
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
                value = words[i]
                i += 1
            else:
                raise CurlImportError(f"curl option {name} needs a value")
            if option is not None:
                _take(parsed, option, value)
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
                    value = words[i]
                    i += 1
                else:
                    raise CurlImportError(f"curl option -{letter} needs a value")
                if letter in _SHORT_READ:
                    _take(parsed, _SHORT_READ[letter], value)
                break
            continue
        parsed.urls.append(word)
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
_PLACEHOLDER = re.compile(r"^(<[^>]*>|\{+[^}]*\}+|:\w+|\$\{?\w+\}?)$")
_AGORA_SUFFIXES = (".agora.io", ".sd-rtn.com")
_LOOPBACK = {"localhost", "127.0.0.1", "::1"}  # the Sandbox emulator


def _known(value: str | None) -> str | None:
    return None if value is None or _PLACEHOLDER.match(value) else value


def _split_url(url: str, warnings: list[str]) -> tuple[str, str, str, bool]:
    """(base_url, path, clean url, had userinfo) after checking it is an Agora host."""
    if "://" not in url:
        warnings.append("the URL has no scheme; assumed https:// (Agora rejects HTTP, §1.1)")
        url = "https://" + url
    parts = urlsplit(url)
    host = (parts.hostname or "").lower()
    if not (host in _LOOPBACK or host.endswith(_AGORA_SUFFIXES)):
        raise CurlImportError(
            f"{url!r} is not an Agora Cloud Recording URL: the host should be "
            "api.sd-rtn.com, api.agora.io or a regional api-*.agora.io / *.sd-rtn.com host"
        )
    had_userinfo = parts.username is not None
    netloc = parts.netloc.rpartition("@")[2]
    base_url = f"{parts.scheme}://{netloc}"
    clean = base_url + parts.path + (f"?{parts.query}" if parts.query else "")
    return base_url, parts.path.rstrip("/"), clean, had_userinfo


def _match_route(path: str) -> re.Match[str]:
    for pattern in _ROUTES:
        match = pattern.fullmatch(path)
        if match:
            return match
    if path == NCS_IP_PATH:
        raise CurlImportError(
            "this is the NCS IP list (GET, no body); only the six Cloud Recording "
            "routes (acquire, start, query, update, updateLayout, stop) can be imported"
        )
    raise CurlImportError(
        f"the path {path!r} is not a Cloud Recording route; expected "
        "/v1/apps/<appid>/cloud_recording/… ending in acquire, start, query, update, "
        "updateLayout or stop (reference §1.4)"
    )


def _mode(text: str | None, warnings: list[str]) -> Mode | None:
    if text is None or _known(text) is None:
        return None
    for mode in Mode:
        if mode.value == text.lower():
            if mode.value != text:
                warnings.append(f"mode {text!r} should be {mode.value!r}: paths are case-sensitive")
            return mode
    raise CurlImportError(f"unknown mode {text!r} in the URL; expected individual, mix or web (R1)")


# --- body and headers -------------------------------------------------------------------


def _parse_body(data: list[tuple[str, str]], warnings: list[str]) -> dict[str, Any]:
    for option, value in data:
        if option == "--data-urlencode":
            raise CurlImportError("--data-urlencode sends a form, not JSON; use --data-raw")
        if option != "--data-raw" and value.startswith("@"):
            raise CurlImportError(
                f"{option} {value} reads the body from a file; paste the JSON into the "
                "command (or import the file as a body) instead"
            )
    text = "&".join(value for _, value in data)  # curl joins repeated -d with '&'
    duplicates: list[str] = []

    def pairs(items: list[tuple[str, Any]]) -> dict[str, Any]:
        out: dict[str, Any] = {}
        for key, value in items:
            if key in out:
                duplicates.append(key)
            out[key] = value
        return out

    try:
        body = json.loads(text, object_pairs_hook=pairs)
    except json.JSONDecodeError as exc:
        raise CurlImportError(
            f"the body is not valid JSON: {exc.msg} at line {exc.lineno}, column {exc.colno}",
            line=exc.lineno,
            column=exc.colno,
        ) from None
    if not isinstance(body, dict):
        raise CurlImportError('the body must be a JSON object ({"cname": …, "uid": …})')
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
    parsed = _parse_options(_tokens(command))
    warnings = parsed.warnings
    if not parsed.urls:
        raise CurlImportError("the curl command has no URL")
    if len(parsed.urls) > 1:
        warnings.append(f"several URLs given; used the first: {parsed.urls[0]}")
    base_url, path, url, had_userinfo = _split_url(parsed.urls[0], warnings)
    match = _match_route(path)
    groups = match.groupdict()
    endpoint = Endpoint.parse(groups["op"])
    if groups["op"] != endpoint.value:
        warnings.append(
            f"{groups['op']!r} should be spelled {endpoint.value!r}: paths are case-sensitive"
        )
    mode = _mode(groups.get("mode"), warnings)
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
            body = _parse_body(parsed.data, warnings)
    elif expected != "GET":
        warnings.append(f"the command has no body; {endpoint.value} needs one")

    uses_json = any(option == "--json" for option, _ in parsed.data)
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
