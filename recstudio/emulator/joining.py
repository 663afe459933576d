"""What decides, in the Sandbox as at Agora, whether a started recorder ever gets into the
channel: acquire's ``startParameter`` must equal the start body (R6) and the RTC token must
be for this App ID, channel and recorder uid and not expired (agora-api.md §2: codes 109
and 110).

Agora answers start 200 and the recorder then fails to join; query and stop answer 404 /
49 afterwards and NCS reports error, leave (leaveCode 0) and an abnormal session exit. A
token the Sandbox cannot decode is accepted: without the App Certificate it cannot judge
one, and tests use opaque placeholders. The doctor uses the same checks on the ledger's
facts (:func:`token_problem`), so the two can never disagree.
"""

from __future__ import annotations

import json
from collections import OrderedDict
from collections.abc import Mapping
from dataclasses import dataclass
from typing import Any

from recstudio.api.token import TokenError, parse_token
from recstudio.emulator import responses as r
from recstudio.emulator.recording import Recording, Resource
from recstudio.emulator.responses import Reply

#: Error codes of a recorder that could not join (reference §7.2).
TOKEN_EXPIRED = 109
TOKEN_INVALID = 110
#: end reasons the state machine records for them
END_TOKEN_EXPIRED = "tokenExpired"
END_TOKEN_INVALID = "tokenInvalid"
_REMEMBERED = 10_000


@dataclass(frozen=True, slots=True)
class TokenProblem:
    code: int  # 109 expired, 110 invalid
    field: str  # what in the token disagrees: "app_id", "channel_name", "uid", "expire"
    message: str

    @property
    def end_reason(self) -> str:
        return END_TOKEN_EXPIRED if self.code == TOKEN_EXPIRED else END_TOKEN_INVALID


def token_problem(
    token: str, *, app_id: str, cname: str, uid: str, now: float
) -> TokenProblem | None:
    """Why an AccessToken2 cannot let ``uid`` join ``cname`` of ``app_id`` at ``now``; None
    when it can or when it is not a decodable token."""
    try:
        decoded = parse_token(token)
    except TokenError:
        return None
    if decoded["app_id"] != app_id:
        return TokenProblem(
            TOKEN_INVALID, "app_id",
            f"the token was built for App ID {decoded['app_id']}, not {app_id}",
        )  # fmt: skip
    rtc = next((s for s in decoded["services"] if s.get("name") == "rtc"), None)
    if rtc is None:
        return TokenProblem(TOKEN_INVALID, "services", "the token has no RTC service")
    if rtc.get("channel_name") != cname:
        return TokenProblem(
            TOKEN_INVALID, "channel_name",
            f"the token was built for channel {rtc.get('channel_name')!r}, not {cname!r}",
        )  # fmt: skip
    token_uid = rtc.get("uid", "")
    if token_uid not in ("", str(uid)):
        return TokenProblem(
            TOKEN_INVALID, "uid",
            f"the token was built for uid {token_uid}, but the recorder joins as uid {uid}",
        )  # fmt: skip
    issued = int(decoded["issue_ts"])
    expires = issued + int(decoded["expire"])
    join = rtc.get("privileges", {}).get("join_channel")
    if join is not None and join != 0:
        expires = min(expires, issued + int(join))
    if now >= expires:
        return TokenProblem(
            TOKEN_EXPIRED, "expire",
            f"the token expired {now - expires:.0f} s before the recorder joined "
            f"(issued at {issued}, valid {expires - issued} s)",
        )  # fmt: skip
    return None


def _canonical(value: Any) -> str:
    return json.dumps(value, sort_keys=True, separators=(",", ":"), default=str)


class JoinRules:
    """The hook the state machine calls at acquire and start (see :class:`SandboxState`)."""

    def __init__(self) -> None:
        self._start_parameters: OrderedDict[str, str] = OrderedDict()

    def acquired(self, res: Resource, body: Mapping[str, Any]) -> None:
        client_request = body.get("clientRequest") or {}
        start_parameter = client_request.get("startParameter")
        if isinstance(start_parameter, Mapping):
            self._start_parameters[res.resource_id] = _canonical(start_parameter)
            while len(self._start_parameters) > _REMEMBERED:
                self._start_parameters.popitem(last=False)

    def refuse_start(self, res: Resource, body: Mapping[str, Any]) -> Reply | None:
        expected = self._start_parameters.get(res.resource_id)
        if expected is None:
            return None
        if _canonical(body.get("clientRequest") or {}) != expected:
            # R6: acquire's startParameter pre-declares the start body; Agora refuses the
            # start with this reason when they differ
            return r.coded(400, 2, "request_hash mismatch")
        return None

    def join_problem(self, rec: Recording, now: float) -> TokenProblem | None:
        self._start_parameters.pop(rec.resource_id, None)
        token = rec.client_request.get("token")
        if not isinstance(token, str) or not token:
            return None
        return token_problem(token, app_id=rec.app_id, cname=rec.cname, uid=rec.uid, now=now)
