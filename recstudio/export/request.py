"""What an export is about, reduced to one HTTP request every format renders the same way.

Each format (curl, Python, HTTPie, JSON) only decides *spelling*; method, URL, headers, body
text and which credentials may appear are settled here once, so the formats cannot disagree
and secret handling lives in one place (ecosystem-reliability §2.3: redacted by default).
"""

from __future__ import annotations

import json
from dataclasses import dataclass
from typing import Any

from recstudio.model import CONTENT_TYPE, DEFAULT_BASE_URL, Endpoint, Mode, redact, route
from recstudio.model.jsontext import non_json_value
from recstudio.model.routes import NCS_IP_PATH

#: Environment variables a generated snippet reads the Customer ID / secret from (§1.2):
#: keeps the snippet runnable without writing the account secret into it.
CUSTOMER_ID_ENV = "AGORA_CUSTOMER_ID"
CUSTOMER_SECRET_ENV = "AGORA_CUSTOMER_SECRET"

#: (connect, read) seconds. Sync stop waits for uploads and Agora allows it 20 s before
#: code 50, so its read timeout is longer (ecosystem-reliability §3.1, reference §3.6).
DEFAULT_TIMEOUT: tuple[float, float] = (3.05, 10)
STOP_TIMEOUT: tuple[float, float] = (3.05, 45)


class ExportError(ValueError):
    """The request cannot be rendered in the asked format (e.g. JSON of a GET)."""


@dataclass(frozen=True, slots=True)
class ExportRequest:
    """One Cloud Recording call to export; ids left ``None`` become ``<resourceId>``/``<sid>``."""

    endpoint: Endpoint
    mode: Mode
    app_id: str
    body: dict[str, Any] | None
    base_url: str = DEFAULT_BASE_URL
    resource_id: str | None = None
    sid: str | None = None
    customer_id: str | None = None
    customer_secret: str | None = None
    reveal_secrets: bool = False


@dataclass(frozen=True, slots=True)
class PreparedRequest:
    """The format-independent request: what every renderer spells out."""

    method: str
    url: str
    title: str
    #: Body after redaction (or as given with reveal_secrets); ``None`` for GETs.
    body: dict[str, Any] | None
    #: Literal (id, secret) only when the user asked to reveal them; else env variables.
    credentials: tuple[str, str] | None
    timeout: tuple[float, float] = DEFAULT_TIMEOUT
    content_type: str = CONTENT_TYPE

    @property
    def body_text(self) -> str | None:
        return None if self.body is None else json_text(self.body)


def json_text(body: Any) -> str:
    """The one JSON spelling of a body in every export (no trailing newline)."""
    return json.dumps(body, indent=2, ensure_ascii=False, allow_nan=False)


def _credentials(
    customer_id: str | None, customer_secret: str | None, reveal: bool
) -> tuple[str, str] | None:
    if reveal and customer_id and customer_secret:
        return (customer_id, customer_secret)
    return None


def prepare(req: ExportRequest) -> PreparedRequest:
    """Resolve route, body and credentials; secrets are placeholders unless revealed."""
    endpoint = Endpoint(req.endpoint)
    mode = Mode(req.mode)
    r = route(
        endpoint,
        mode,
        req.app_id,
        resource_id=req.resource_id or "<resourceId>",
        sid=req.sid or "<sid>",
    )
    body: dict[str, Any] | None = None
    if r.method != "GET":  # query is a GET without a body (reference §1.4)
        if req.body is None:
            raise ExportError(f"{endpoint.value} needs a JSON body; none was given")
        found = non_json_value(req.body)
        if found is not None:  # every format would write non-JSON (Infinity) or crash
            where, why = found
            raise ExportError(f"the body cannot be exported: {where or '(body)'}: {why}")
        body = req.body if req.reveal_secrets else redact(req.body)
    return PreparedRequest(
        method=r.method,
        url=r.url(req.base_url),
        title=f"{endpoint.value} ({mode.value} mode)",
        body=body,
        credentials=_credentials(req.customer_id, req.customer_secret, req.reveal_secrets),
        timeout=STOP_TIMEOUT if endpoint is Endpoint.STOP else DEFAULT_TIMEOUT,
    )


def prepare_ncs_ip(
    base_url: str = DEFAULT_BASE_URL,
    *,
    customer_id: str | None = None,
    customer_secret: str | None = None,
    reveal_secrets: bool = False,
) -> PreparedRequest:
    """The NCS IP list (reference §3.7): a GET outside ``/v1/apps``, with Basic auth."""
    return PreparedRequest(
        method="GET",
        url=base_url.rstrip("/") + NCS_IP_PATH,
        title="NCS IP list",
        body=None,
        credentials=_credentials(customer_id, customer_secret, reveal_secrets),
    )
