"""HTTP client for the Cloud Recording REST API (design.md "Talking to Agora").

One ``requests.Session`` per client (connection reuse), Basic auth passed explicitly (so a
``~/.netrc`` can never override it — reliability §3.5), the exact Content-Type Agora wants
(code 8 otherwise, reference §1.2), an explicit (connect, read) timeout on every call
(requests has none by default), every attempt through one shared token bucket (retries
count towards Agora's 10 req/s too), and the per-endpoint retry policy of
:mod:`recstudio.api.retry`. Every attempt is reported to ``log`` as a redacted
:class:`RequestRecord`. All calls block; the GUI runs them on a worker thread.
"""

from __future__ import annotations

import json
import time
from collections.abc import Callable, Sequence
from typing import Any
from urllib.parse import urlsplit

import requests
import urllib3.exceptions

from recstudio import __version__
from recstudio.api.errors import (
    ApiError,
    cleartext_refused,
    error_from_response,
    network_error,
    tls_error,
)
from recstudio.api.ratelimit import TokenBucket, shared_bucket
from recstudio.api.results import (
    UPLOAD_NOTES,
    AcquireResult,
    QueryResult,
    RequestRecord,
    StartResult,
    StopResult,
    UpdateResult,
    files_from_server_response,
    uploading_status_of,
)
from recstudio.api.retry import RetryPolicy, run_with_retry
from recstudio.model import CONTENT_TYPE, Endpoint, Mode, redact, route
from recstudio.model.domains import failover_plan
from recstudio.model.routes import NCS_IP_PATH, strip_userinfo
from recstudio.model.transport import cleartext_problem

Timeout = tuple[float, float]
USER_AGENT = f"recstudio/{__version__}"


def _mode(mode: Mode | str) -> Mode:
    return mode if isinstance(mode, Mode) else Mode(str(mode))


class CloudRecordingClient:
    """Talks to one base URL (plus its regional fallbacks) with one set of credentials for
    one App ID.

    ``fallback_urls`` are the other domains of the profile's region (reference §1.1): a
    call that never reached a server moves on through them with the documented back-off
    (:func:`recstudio.model.domains.failover_plan`); an HTTP answer never does. The host
    that answered stays in use for later calls, and every attempt's URL is in the log.
    """

    def __init__(
        self,
        base_url: str,
        customer_id: str,
        customer_secret: str,
        app_id: str,
        *,
        timeout: Timeout = (3.05, 10),
        stop_timeout: Timeout = (3.05, 60),
        rate_limiter: TokenBucket | None = None,
        retry_policy: RetryPolicy | None = None,
        sleep: Callable[[float], None] = time.sleep,
        log: Callable[[RequestRecord], None] | None = None,
        clock: Callable[[], float] = time.time,
        insecure_warning: Callable[[str], None] | None = None,
        fallback_urls: Sequence[str] = (),
    ) -> None:
        """``insecure_warning``: the only way to send to ``http://`` beyond loopback
        (``--allow-insecure``); it is called with a warning before every such attempt.
        Without it such a base URL fails every call, sending nothing."""
        # credentials belong in the auth header, never in a URL that gets logged
        self.base_url = strip_userinfo(base_url).rstrip("/")
        self.insecure_warning = insecure_warning
        self._cleartext = cleartext_problem(self.base_url)
        self.hosts = [self.base_url] + [
            u for u in (strip_userinfo(f).rstrip("/") for f in fallback_urls) if u != self.base_url
        ]
        #: the host calls go to first: the base URL until another one answered instead
        self.active_url = self.base_url
        self.app_id = app_id
        self.timeout = timeout
        self.stop_timeout = stop_timeout
        # Agora's limit is per account: every client of one account and host shares a bucket
        self.rate_limiter = rate_limiter or shared_bucket(
            (urlsplit(self.base_url).netloc, customer_id)
        )
        self.retry_policy = retry_policy or RetryPolicy()
        self.sleep = sleep
        self.log = log
        self.clock = clock  # timestamps of RequestRecords (tests: the Sandbox's manual clock)
        self._host = urlsplit(self.base_url).netloc or self.base_url
        self._session = requests.Session()
        self._session.auth = requests.auth.HTTPBasicAuth(customer_id, customer_secret)
        self._session.headers.update(
            {"Content-Type": CONTENT_TYPE, "User-Agent": USER_AGENT, "Accept": "application/json"}
        )

    def __repr__(self) -> str:  # never show the credentials
        return f"CloudRecordingClient({self.base_url!r}, app_id={self.app_id!r})"

    def close(self) -> None:
        self._session.close()

    def __enter__(self) -> CloudRecordingClient:
        return self

    def __exit__(self, *exc: object) -> None:
        self.close()

    # -- the operations -----------------------------------------------------------------
    def acquire(self, cname: str, uid: str | int, client_request: dict[str, Any]) -> AcquireResult:
        r = route(Endpoint.ACQUIRE, Mode.MIX, self.app_id)
        body = {"cname": cname, "uid": str(uid), "clientRequest": client_request}
        data = self._call("acquire", r.method, r.url(self.base_url), body, self.timeout)
        resource_id = data.get("resourceId")
        if not isinstance(resource_id, str) or not resource_id:
            raise self._malformed("acquire", data, "no resourceId in the answer")
        return AcquireResult(resource_id, str(data.get("cname", cname)), str(uid), data)

    def start(
        self,
        resource_id: str,
        mode: Mode | str,
        cname: str,
        uid: str | int,
        client_request: dict[str, Any],
    ) -> StartResult:
        r = route(Endpoint.START, _mode(mode), self.app_id, resource_id)
        body = {"cname": cname, "uid": str(uid), "clientRequest": client_request}
        data = self._call("start", r.method, r.url(self.base_url), body, self.timeout)
        sid = data.get("sid")
        if not isinstance(sid, str) or not sid:
            raise self._malformed("start", data, "no sid in the answer")
        return StartResult(str(data.get("resourceId", resource_id)), sid, cname, str(uid), data)

    def query(
        self, resource_id: str, sid: str, mode: Mode | str, *, confirming: bool = False
    ) -> QueryResult:
        """``confirming``: a 404 is retried 5, 10, 15 s (the recorder may still be coming up
        or failing over, reference §9.2/§9.3); otherwise a 404 is raised at once."""
        r = route(Endpoint.QUERY, _mode(mode), self.app_id, resource_id, sid)
        data = self._call(
            "query", r.method, r.url(self.base_url), None, self.timeout, confirming=confirming
        )
        server = data.get("serverResponse")
        server = server if isinstance(server, dict) else {}
        status = server.get("status")
        return QueryResult(
            str(data.get("resourceId", resource_id)),
            str(data.get("sid", sid)),
            status if isinstance(status, int) and not isinstance(status, bool) else None,
            server,
            files_from_server_response(server),
            data,
        )

    def update(
        self,
        resource_id: str,
        sid: str,
        mode: Mode | str,
        cname: str,
        uid: str | int,
        client_request: dict[str, Any],
    ) -> UpdateResult:
        return self._update(Endpoint.UPDATE, resource_id, sid, mode, cname, uid, client_request)

    def update_layout(
        self,
        resource_id: str,
        sid: str,
        mode: Mode | str,
        cname: str,
        uid: str | int,
        client_request: dict[str, Any],
    ) -> UpdateResult:
        return self._update(
            Endpoint.UPDATE_LAYOUT, resource_id, sid, mode, cname, uid, client_request
        )

    def _update(
        self,
        endpoint: Endpoint,
        resource_id: str,
        sid: str,
        mode: Mode | str,
        cname: str,
        uid: str | int,
        client_request: dict[str, Any],
    ) -> UpdateResult:
        r = route(endpoint, _mode(mode), self.app_id, resource_id, sid)
        body = {"cname": cname, "uid": str(uid), "clientRequest": client_request}
        data = self._call(endpoint.value, r.method, r.url(self.base_url), body, self.timeout)
        return UpdateResult(
            str(data.get("resourceId", resource_id)), str(data.get("sid", sid)), data
        )

    def stop(
        self,
        resource_id: str,
        sid: str,
        mode: Mode | str,
        cname: str,
        uid: str | int,
        async_stop: bool = False,
    ) -> StopResult:
        """Stop; codes 49 (already exiting), 435 (no files) and 50 (sync upload timeout)
        are outcomes, not failures (reference §7.1)."""
        r = route(Endpoint.STOP, _mode(mode), self.app_id, resource_id, sid)
        body = {"cname": cname, "uid": str(uid), "clientRequest": {"async_stop": async_stop}}
        timeout = self.timeout if async_stop else self.stop_timeout
        try:
            data = self._call("stop", r.method, r.url(self.base_url), body, timeout)
        except ApiError as error:
            outcome = {49: "already_stopping", 435: "no_files", 50: "upload_pending"}.get(
                error.code or -1
            )
            if outcome is None:
                raise
            raw = error.body if isinstance(error.body, dict) else {}
            server = raw.get("serverResponse") if isinstance(raw, dict) else None
            return StopResult(
                resource_id,
                sid,
                outcome,
                uploading_status_of(server),
                files_from_server_response(server),
                f"{error.explanation_info.title}: {error.explanation}",
                raw,
            )
        server = data.get("serverResponse")
        uploading = uploading_status_of(server)
        return StopResult(
            str(data.get("resourceId", resource_id)),
            str(data.get("sid", sid)),
            "stopped",
            uploading,
            files_from_server_response(server),
            UPLOAD_NOTES.get(uploading or "", ""),
            data,
        )

    def ncs_ip(self) -> list[str]:
        """Agora's notification-server IPs (reference §3.7), for webhook firewall lists."""
        data = self._call("ncs_ip", "GET", self.base_url + NCS_IP_PATH, None, self.timeout)
        hosts = ((data.get("data") or {}).get("service") or {}).get("hosts") or []
        return [h["primaryIP"] for h in hosts if isinstance(h, dict) and "primaryIP" in h]

    # -- transport ----------------------------------------------------------------------
    def _malformed(self, endpoint: str, data: Any, what: str) -> ApiError:
        error = error_from_response(200, data, endpoint)
        error.reason = what
        error.args = (f"{endpoint}: {what}",)
        return error

    def _call(
        self,
        endpoint: str,
        method: str,
        url: str,
        body: dict[str, Any] | None,
        timeout: Timeout,
        *,
        confirming: bool = False,
    ) -> dict[str, Any]:
        attempt = 0

        def once() -> dict[str, Any]:
            nonlocal attempt
            attempt += 1
            return self._attempt(endpoint, method, url, body, timeout, attempt)

        return run_with_retry(once, endpoint, self.retry_policy, self.sleep, confirming=confirming)

    def _attempt(
        self,
        endpoint: str,
        method: str,
        url: str,
        body: dict[str, Any] | None,
        timeout: Timeout,
        attempt: int,
    ) -> dict[str, Any]:
        """One attempt of the retry policy, through the failover hosts if it never got an
        HTTP answer (``request_sent`` False: refused, connect timeout, DNS)."""
        if self._cleartext:
            if self.insecure_warning is None:
                raise cleartext_refused(endpoint, self._cleartext)
            self.insecure_warning(f"warning: {endpoint}: {self._cleartext}")
        tail = url[len(self.base_url) :] if url.startswith(self.base_url) else None
        if tail is None or len(self.hosts) == 1:
            return self._send(endpoint, method, url, body, timeout, attempt)
        start = self.hosts.index(self.active_url)
        plan = failover_plan(self.hosts[start:] + self.hosts[:start])
        for step, (wait, host) in enumerate(plan):
            if wait:
                self.sleep(wait)
            try:
                data = self._send(endpoint, method, host + tail, body, timeout, attempt)
            except ApiError as error:
                if error.request_sent or step == len(plan) - 1:
                    raise
                continue
            self.active_url = host
            return data
        raise AssertionError("unreachable: the last failover step raises or returns")

    def _send(
        self,
        endpoint: str,
        method: str,
        url: str,
        body: dict[str, Any] | None,
        timeout: Timeout,
        attempt: int,
    ) -> dict[str, Any]:
        self.rate_limiter.acquire()
        payload = None if body is None else json.dumps(body, ensure_ascii=False).encode()
        sent_at = self.clock()
        started = time.perf_counter()
        status: int | None = None
        data: Any = None
        try:
            try:
                response = self._session.request(method, url, data=payload, timeout=timeout)
            except requests.exceptions.RequestException as exc:
                raise self._network_error(endpoint, exc, timeout, url) from exc
            status = response.status_code
            try:
                data = response.json()
            except ValueError:
                data = response.text[:2000]
            if status == 200 and isinstance(data, dict):
                code = data.get("code")
                if code in (None, 0):
                    self._emit(
                        endpoint, method, url, body, sent_at, started, status, data, None, attempt
                    )
                    return data
            raise error_from_response(status, data, endpoint)
        except ApiError as error:
            self._emit(endpoint, method, url, body, sent_at, started, status, data, error, attempt)
            raise

    def _network_error(
        self,
        endpoint: str,
        exc: requests.exceptions.RequestException,
        timeout: Timeout,
        url: str = "",
    ) -> ApiError:
        host = urlsplit(url).netloc or self._host  # a failover host, not always base_url's
        if isinstance(exc, requests.exceptions.SSLError):
            # before ConnectionError (its base): a failed handshake sent nothing
            return tls_error(endpoint, host, exc)
        if isinstance(exc, requests.exceptions.ConnectTimeout):
            kind = "connect_timeout"
        elif isinstance(exc, requests.exceptions.ReadTimeout):
            kind = "timeout"
        elif isinstance(exc, requests.exceptions.ConnectionError):
            reason = exc.args[0] if exc.args else None
            reason = getattr(reason, "reason", reason)
            never_sent = isinstance(reason, urllib3.exceptions.NewConnectionError)
            kind = "refused" if never_sent else "dropped"
        else:
            kind = "error"
        return network_error(endpoint, host, kind, timeout[1], type(exc).__name__)

    def _emit(
        self,
        endpoint: str,
        method: str,
        url: str,
        body: dict[str, Any] | None,
        sent_at: float,
        started: float,
        status: int | None,
        data: Any,
        error: ApiError | None,
        attempt: int,
    ) -> None:
        if self.log is None:
            return
        code = data.get("code") if isinstance(data, dict) else None
        self.log(
            RequestRecord(
                time=sent_at,
                endpoint=endpoint,
                method=method,
                url=url,
                http_status=status,
                agora_code=code if isinstance(code, int) and not isinstance(code, bool) else None,
                latency_ms=(time.perf_counter() - started) * 1000.0,
                request_body=None if body is None else redact(body),
                response_body=redact(data),
                error=None if error is None else error.summary(),
                attempt=attempt,
            )
        )
