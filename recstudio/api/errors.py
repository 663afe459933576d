"""Every way a Cloud Recording call can fail, explained in plain language.

Agora answers errors in two shapes (reference §7): gateway errors ``{"message": ...}`` and
service errors ``{"code": int, "reason": str}``; the same numeric code means different things
on different endpoints (404 "failed to find worker" vs. a routing 404). A support person
must be told *what to do*, so each entry carries an action and whether retrying makes
sense; the catalogue covers every code of reference §7.1 and §7.2.
"""

from __future__ import annotations

import re
import ssl
from dataclasses import dataclass
from typing import Any

#: Endpoint names as used here: ``Endpoint`` values plus ``"ncs_ip"``.
ANY = "*"


@dataclass(frozen=True, slots=True)
class Explanation:
    """What an answer means for the person pressing the button."""

    title: str
    explanation: str
    action: str
    retryable: bool
    likely_field: str | None = None


class ApiError(Exception):
    """A failed Cloud Recording call (HTTP error, Agora error code or no answer at all).

    ``http_status`` is None when no HTTP answer arrived (timeout, refused, dropped);
    ``request_sent`` then says whether the request may have reached Agora — the one fact
    that decides if a lost ``start`` may be recording (reference §9.2, reliability §3.3).
    """

    def __init__(
        self,
        explanation: Explanation,
        *,
        endpoint: str,
        http_status: int | None = None,
        code: int | None = None,
        reason: str = "",
        body: Any = None,
        request_sent: bool = True,
    ) -> None:
        self.explanation_info = explanation
        self.endpoint = endpoint
        self.http_status = http_status
        self.code = code
        self.reason = reason
        self.body = body
        self.request_sent = request_sent
        #: set by the retry loop when an EARLIER attempt of the same call may have been
        #: carried out (its answer was lost, or Agora timed out internally: 62/65) —
        #: a later, clearer error must not hide that
        self.maybe_executed = self.may_have_executed
        #: ... and when one of them was sent and never answered: for start that forbids a
        #: new acquire (the first recorder may be running with no sid to stop it)
        self.answer_lost = self.http_status is None and self.request_sent
        super().__init__(self.summary())

    @property
    def may_have_executed(self) -> bool:
        """This attempt may have taken effect at Agora even though it failed."""
        lost_answer = self.http_status is None and self.request_sent
        return lost_answer or self.code in (62, 65)

    @property
    def message(self) -> str:
        return self.reason or self.explanation_info.title

    @property
    def retryable(self) -> bool:
        return self.explanation_info.retryable

    @property
    def explanation(self) -> str:
        return self.explanation_info.explanation

    @property
    def likely_field(self) -> str | None:
        return self.explanation_info.likely_field

    @property
    def action(self) -> str:
        return self.explanation_info.action

    @property
    def is_network(self) -> bool:
        return self.http_status is None

    def summary(self) -> str:
        """One line for a status bar: ``start: HTTP 400 code 53 (task conflict) — …``."""
        parts = [f"{self.endpoint}:"]
        if self.http_status is not None:
            parts.append(f"HTTP {self.http_status}")
        if self.code is not None:
            parts.append(f"code {self.code}")
        head = " ".join(parts)
        reason = f" ({self.reason})" if self.reason else ""
        return f"{head}{reason} — {self.explanation_info.title}"

    def describe(self) -> str:
        """Several lines for stderr or an error dialog."""
        lines = [self.summary(), self.explanation]
        if self.likely_field:
            lines.append(f"Likely field: {self.likely_field}")
        lines.append(f"What to do: {self.action}")
        return "\n".join(lines)


_WORKER_GONE = Explanation(
    "recording not found (failed to find worker)",
    "Agora has no running recorder for this resourceId/sid. Right after a successful start "
    "this usually means the recorder already exited: nobody published in the channel and "
    "maxIdleTime passed, the RTC token, recorder uid or channelType did not match the "
    "channel, or the storage credentials were rejected. It can also be temporary while "
    "Agora moves the task to another server (high-availability failover, up to 90 s).",
    "Query again after 5, 10 and 15 s; if it stays 404 the recording has ended. Check the "
    "token, uid, channelType, storage credentials and that someone is publishing.",
    retryable=True,
)

#: (code, endpoint or ANY) -> explanation. Endpoint-specific entries win.
_CODES: dict[tuple[int, str], Explanation] = {
    (2, ANY): Explanation(
        "invalid parameter",
        "A field in the request has the wrong type, spelling, case or range, or a required "
        "field is missing. Agora's reason usually names it.",
        "Fix the named field (keys are case-sensitive) and send again; do not retry as is.",
        retryable=False,
    ),
    (7, ANY): Explanation(
        "already started",
        "A start was already sent with this resourceId and the recording is running; this "
        "answer carries no sid.",
        "Do not repeat the start. Use the sid of the first start; if it was lost the "
        "recording runs until it idles out (maxIdleTime).",
        retryable=False,
    ),
    (8, ANY): Explanation(
        "HTTP header or URL error",
        "Content-Type was not exactly application/json;charset=utf-8, 'cloud_recording' is "
        "missing from the URL, the HTTP method is wrong, or the body is not valid JSON.",
        "Check the base URL, the method and that the body is valid JSON.",
        retryable=False,
    ),
    (15, ANY): Explanation(
        "undocumented error 15",
        "Agora does not document code 15; it has been seen on start with HTTP 500.",
        "Read Agora's reason; try a new acquire and start, contact Agora support if it persists.",
        retryable=True,
    ),
    (32, ANY): Explanation(
        "undocumented error 32",
        "Agora does not document code 32.",
        "Read Agora's reason; treat it as a generic failure.",
        retryable=False,
    ),
    (49, ANY): Explanation(
        "recording already stopping",
        "The task is already exiting: a duplicate stop, the recorder was kicked, or "
        "maxIdleTime passed with nobody in the channel.",
        "Nothing to do — treat the recording as stopped.",
        retryable=False,
    ),
    (50, ANY): Explanation(
        "upload not finished in time",
        "A synchronous stop waits for the files to upload; they were not all uploaded "
        "within about 20 s. The recording is stopped and files keep uploading.",
        "Check your storage bucket later, or use an asynchronous stop next time.",
        retryable=False,
    ),
    (53, ANY): Explanation(
        "task conflict: recorder uid already recording",
        "A recording with the same channel name and recorder uid is already running.",
        "Use another recorder uid, or stop the running recording first.",
        retryable=False,
        likely_field="uid",
    ),
    (62, ANY): Explanation(
        "request timeout in Agora's backend",
        "Agora's backend did not answer in time (at acquire this can also mean Cloud "
        "Recording is not enabled for the App ID).",
        "Retry with back-off; for start, a new acquire + start if it keeps failing. At "
        "acquire, check that Cloud Recording is enabled in Agora Console.",
        retryable=True,
    ),
    (65, ANY): Explanation(
        "request not completed (network jitter)",
        "The request reached Agora's backend but its answer timed out.",
        "Retry the same request after 3 s and 6 s; for start, a new acquire + start if it "
        "still fails.",
        retryable=True,
    ),
    (109, ANY): Explanation(
        "RTC token expired",
        "The token in the start request has expired; it cannot be refreshed during a task.",
        "Generate a new token for this channel and recorder uid with a longer lifetime, "
        "then start a new recording.",
        retryable=False,
        likely_field="clientRequest.token",
    ),
    (110, ANY): Explanation(
        "RTC token invalid",
        "The token does not match the App ID, channel name or recorder uid, or was built "
        "with the wrong App Certificate.",
        "Generate the token for exactly this cname and recorder uid.",
        retryable=False,
        likely_field="clientRequest.token",
    ),
    (400, ANY): Explanation(
        "invalid App ID",
        "The App ID is unknown or Cloud Recording is not enabled for it.",
        "Check the App ID and enable Cloud Recording in Agora Console.",
        retryable=False,
        likely_field="appid",
    ),
    (401, ANY): Explanation(
        "invalid channel name",
        "The channel name is too long or has characters RTC does not allow.",
        "Use fewer than 64 bytes of a–z, A–Z, 0–9, space and the allowed punctuation.",
        retryable=False,
        likely_field="cname",
    ),
    (404, ANY): _WORKER_GONE,
    (405, ANY): Explanation(
        "App suspended",
        "The project is not active (for example the account is overdue).",
        "Check the account status in Agora Console; retrying will not help.",
        retryable=False,
    ),
    (406, ANY): Explanation(
        "too many concurrent recordings",
        "The concurrency limit (50 recordings by default) was reached.",
        "Retry later and check for recordings that were left running.",
        retryable=True,
    ),
    (432, ANY): Explanation(
        "parameters do not match the resource",
        "A parameter is invalid, or App ID, channel name or uid differ from the acquire "
        "that produced this resourceId.",
        "Send the same App ID, cname and uid as in acquire.",
        retryable=False,
    ),
    (433, ANY): Explanation(
        "resourceId expired",
        "A resourceId is valid for 5 minutes and should be used within 2 s.",
        "Acquire again and start immediately.",
        retryable=False,
    ),
    (435, ANY): Explanation(
        "no recorded data",
        "The recording stopped without files: nobody published, or streamTypes / "
        "channelType did not match what was published.",
        "Nothing to retry. Check that users publish and the subscription settings.",
        retryable=False,
    ),
    (500, ANY): Explanation(
        "Agora internal error",
        "The server failed internally.",
        "Retry with back-off.",
        retryable=True,
    ),
    (501, ANY): Explanation(
        "recording service is exiting",
        "The recording is already ending (for example a query after stop).",
        "Nothing to do.",
        retryable=False,
    ),
    (501, "acquire"): Explanation(
        "no worker manager available",
        "Agora has no recording resources available right now.",
        "Retry with back-off.",
        retryable=True,
    ),
    (502, ANY): Explanation(
        "failed to allocate worker",
        "Agora could not allocate a recorder for this resource.",
        "Acquire a new resource and start again.",
        retryable=True,
    ),
    (504, ANY): Explanation(
        "allocation timeout",
        "Agora timed out allocating resources.",
        "Retry with back-off.",
        retryable=True,
    ),
    (1001, ANY): Explanation(
        "resourceId could not be decoded",
        "The resourceId is damaged or not one Agora issued.",
        "Acquire again and use the new resourceId unchanged.",
        retryable=False,
        likely_field="resourceId",
    ),
    (1003, ANY): Explanation(
        "App ID or sid does not match the resourceId",
        "The App ID or sid in the URL belongs to another recording.",
        "Use the App ID and sid of the same recording as the resourceId.",
        retryable=False,
        likely_field="sid",
    ),
    (1013, ANY): Explanation(
        "invalid channel name",
        "The channel name is too long or has characters RTC does not allow.",
        "Use fewer than 64 bytes of a–z, A–Z, 0–9, space and the allowed punctuation.",
        retryable=False,
        likely_field="cname",
    ),
    (1028, ANY): Explanation(
        "invalid updateLayout body",
        "The layout body is not valid (geometry, uid or field types).",
        "Check the layout regions and field types.",
        retryable=False,
        likely_field="clientRequest",
    ),
}

#: Gateway messages (lower case) -> explanation.
_MESSAGES: dict[str, Explanation] = {
    "appid is invalid": Explanation(
        "App ID invalid",
        "The App ID is unknown or Cloud Recording is not enabled for it.",
        "Check the App ID and enable Cloud Recording for it in Agora Console.",
        retryable=False,
        likely_field="appid",
    ),
    "unauthorized": Explanation(
        "authorization missing",
        "The request carried no Authorization header.",
        "Set the Customer ID and Customer Secret of the connection profile.",
        retryable=False,
    ),
    "invalid authentication credentials": Explanation(
        "wrong Customer ID or Customer Secret",
        "Agora rejected the credentials: a wrong Customer ID/Secret, credentials of another "
        "account than the App ID, the RESTful service disabled, or a malformed header.",
        "Check the Customer ID and Secret in Agora Console (Developer Toolkit → RESTful API).",
        retryable=False,
    ),
    "no route matched with those values": Explanation(
        "wrong URL or method",
        "The URL or HTTP method does not exist (paths are case-sensitive).",
        "Check the base URL and the mode in the path.",
        retryable=False,
    ),
    "api rate limit exceeded": Explanation(
        "too many requests",
        "More than 10 requests per second reached Agora for this account or App ID.",
        "Wait and retry (back-off 1, 3, 6 s); other tools may share the same quota.",
        retryable=True,
    ),
}

_FALLBACK_BY_STATUS: dict[int, Explanation] = {
    400: Explanation(
        "bad request",
        "Agora rejected the request as malformed.",
        "Check the body and the URL.",
        retryable=False,
    ),
    401: _MESSAGES["invalid authentication credentials"],
    403: Explanation(
        "forbidden", "Agora refused the request.", "Check the credentials.", retryable=False
    ),
    404: _MESSAGES["no route matched with those values"],
    429: _MESSAGES["api rate limit exceeded"],
}

_SERVER_ERROR = Explanation(
    "server error",
    "Agora (or a proxy in between) failed to answer properly.",
    "Retry with back-off.",
    retryable=True,
)

#: Patterns that pull a field name out of a code-2 reason such as
#: ``"Acquire: invalid resourceExpiredHour value!"`` or ``"invalid param: clientRequest.x"``.
_FIELD_PATTERNS = (
    re.compile(r"invalid\s+(?:param(?:eter)?s?\b\s*[:=]?\s*)?['\"`]?([A-Za-z_][\w.\[\]]*)['\"`]?"),
    re.compile(r"['\"`]([A-Za-z_][\w.\[\]]*)['\"`]"),
    re.compile(r"([A-Za-z_][\w.\[\]]*)\s+(?:is\s+)?(?:invalid|missing|required|out of range)"),
    re.compile(r"(?:missing|required)\s+(?:field\s+|param(?:eter)?\s+)?([A-Za-z_][\w.\[\]]*)"),
)
_NOT_FIELDS = frozenset(
    {"param", "params", "parameter", "parameters", "value", "request", "the", "a", "field"}
)


def likely_field_from_reason(reason: str) -> str | None:
    """The field a code-2 reason names, if any (``"invalid resourceExpiredHour value"``)."""
    leading = re.match(r"^\s*([A-Za-z_]\w*(?:(?:\.\w+)|(?:\[\d+\]))+)\s*:", reason)
    if leading:  # "clientRequest.recordingConfig.maxIdleTime: must be …" (a JSON path)
        return leading.group(1)
    text = reason.split(":", 1)[1] if re.match(r"^\s*\w+\s*:", reason) else reason
    for pattern in _FIELD_PATTERNS:
        for match in pattern.finditer(text):
            name = match.group(1).rstrip(".")
            if name.lower() not in _NOT_FIELDS:
                return name
    return None


def _code_of(body: Any) -> int | None:
    if isinstance(body, dict):
        code = body.get("code")
        if isinstance(code, bool):
            return None
        if isinstance(code, int):
            return code
        if isinstance(code, str) and code.strip().lstrip("-").isdigit():
            return int(code)
    return None


def _reason_of(body: Any) -> str:
    if isinstance(body, dict):
        for key in ("reason", "message", "msg"):
            value = body.get(key)
            if isinstance(value, str) and value:
                return value
    elif isinstance(body, str):
        return body.strip()[:200]
    return ""


def explain(http_status: int | None, body: Any, endpoint: str) -> Explanation:
    """Plain-language meaning of an Agora answer (``body`` parsed JSON, text or None)."""
    code = _code_of(body)
    reason = _reason_of(body)
    if code is not None:
        found = _CODES.get((code, endpoint)) or _CODES.get((code, ANY))
        if found is None:
            found = Explanation(
                f"Agora error code {code}",
                "This code is not in Agora's documentation.",
                "Read Agora's reason; retrying may not help.",
                retryable=http_status is not None and http_status >= 500,
            )
        if code == 2 and reason:
            field = likely_field_from_reason(reason)
            if field:
                found = Explanation(
                    found.title,
                    f"{found.explanation} Agora says: {reason}",
                    f"Fix '{field}' and send again.",
                    retryable=False,
                    likely_field=field,
                )
        return found
    message = (
        reason.strip().lower().rstrip(".")
        if isinstance(body, dict) and isinstance(body.get("message"), str)
        else ""
    )
    for known, found in _MESSAGES.items():
        if message.startswith(known):
            return found
    if http_status is not None:
        if http_status in _FALLBACK_BY_STATUS:
            return _FALLBACK_BY_STATUS[http_status]
        if http_status >= 500:
            return _SERVER_ERROR
    return Explanation(
        f"unexpected answer (HTTP {http_status})",
        "Agora answered in a way this program does not know.",
        "Look at the response in the request log.",
        retryable=False,
    )


def error_from_response(http_status: int, body: Any, endpoint: str) -> ApiError:
    return ApiError(
        explain(http_status, body, endpoint),
        endpoint=endpoint,
        http_status=http_status,
        code=_code_of(body),
        reason=_reason_of(body),
        body=body,
    )


def network_error(
    endpoint: str, host: str, kind: str, read_timeout: float, detail: str = ""
) -> ApiError:
    """An ApiError for "no HTTP answer". ``kind``: timeout, connect_timeout, refused, dropped.

    Only ``refused`` and ``connect_timeout`` prove the request never reached the server.
    """
    seconds = f"{read_timeout:g}"
    titles = {
        "timeout": f"no answer from {host} within {seconds} s",
        "connect_timeout": f"could not connect to {host} (connection timed out)",
        "refused": f"could not connect to {host} (connection refused)",
        "dropped": f"connection to {host} dropped before an answer arrived",
    }
    sent = kind not in ("refused", "connect_timeout")
    title = titles.get(kind, f"network error talking to {host}")
    if sent:
        text = "The request may have reached Agora and been carried out; only its answer was lost."
        if endpoint == "start":
            text += (
                " A recording may be running: if the start reached Agora it records until "
                "maxIdleTime passes with nobody in the channel."
            )
    else:
        text = "The request never reached the server (network, proxy, firewall or DNS)."
    if detail:
        text += f" ({detail})"
    return ApiError(
        Explanation(title, text, "Check the network and retry.", retryable=True),
        endpoint=endpoint,
        reason=title,
        request_sent=sent,
    )


def tls_error(endpoint: str, host: str, exc: BaseException) -> ApiError:
    """An ApiError for a failed TLS handshake: nothing was sent, and repeating cannot help.

    Verification stays on; a certificate Python does not trust (self-signed, expired, wrong
    host name, an intercepting proxy) is named as such, not as a dropped connection that
    "may have been carried out" — the handshake fails before the request leaves.
    """
    cause = _ssl_cause(exc)
    if isinstance(cause, ssl.SSLCertVerificationError):
        detail = cause.verify_message or cause.reason or str(cause)
        title = f"the server's certificate is not trusted: {detail}"
        text = (
            f"{host} presented a certificate that could not be verified, so the request was "
            "not sent. Either the address is wrong, the certificate is self-signed or "
            "expired, or something between you and Agora intercepts the connection."
        )
        action = (
            "Check the base URL of the connection profile. If a company proxy inspects TLS, "
            "install its CA certificate in the system trust store (or REQUESTS_CA_BUNDLE); "
            "verification is never turned off."
        )
    else:
        detail = (getattr(cause, "reason", None) or str(cause or exc))[:200]
        title = f"secure connection to {host} failed: {detail}"
        text = "The TLS handshake failed, so the request was not sent."
        action = "Check the base URL (https:// to a server that speaks TLS) and the network."
    return ApiError(
        Explanation(title, text, action, retryable=False),
        endpoint=endpoint,
        reason=title,
        request_sent=False,
    )


def _ssl_cause(exc: BaseException) -> BaseException | None:
    """The ``ssl.SSLError`` inside requests' and urllib3's wrappers (args, reason, cause)."""
    pending: list[object] = [exc]
    seen: set[int] = set()
    while pending:
        item = pending.pop()
        if not isinstance(item, BaseException) or id(item) in seen:
            continue
        seen.add(id(item))
        if isinstance(item, ssl.SSLError):
            return item
        pending.extend(item.args)
        pending.extend((getattr(item, "reason", None), item.__cause__, item.__context__))
    return None


def cleartext_refused(endpoint: str, problem: str) -> ApiError:
    """Nothing was sent: the base URL would have carried the credentials in clear text."""
    return ApiError(
        Explanation(
            "refused to send credentials in clear text",
            f"Nothing was sent: {problem}.",
            "Change the profile's base URL to https:// (Agora's hosts all speak TLS). For a "
            "test server you trust on your own network, the CLI accepts --allow-insecure.",
            retryable=False,
            likely_field="base_url",
        ),
        endpoint=endpoint,
        reason="refused to send credentials in clear text",
        request_sent=False,
    )
