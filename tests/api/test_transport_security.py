"""Issue 10 item 6: credentials never travel in clear, and an untrusted certificate is said
to be one (not a dropped connection that "may have been carried out"), never retried."""

from __future__ import annotations

import datetime
import ipaddress
import json
import socket
import ssl
import threading
from collections.abc import Iterator
from http.server import BaseHTTPRequestHandler, ThreadingHTTPServer
from pathlib import Path

import pytest
from api_kit import APP_ID, CUSTOMER_ID, CUSTOMER_SECRET

from recstudio.api.client import CloudRecordingClient
from recstudio.api.errors import ApiError
from recstudio.api.retry import RetryPolicy
from recstudio.cli import main
from recstudio.emulator import SandboxServer
from recstudio.model.transport import cleartext_problem
from recstudio.settings.profiles import Profile, ProfileStore

# -- the rule itself ----------------------------------------------------------------------


@pytest.mark.parametrize(
    "url",
    [
        "https://api.sd-rtn.com",
        "http://127.0.0.1:8790",
        "http://127.8.9.10",
        "http://[::1]:8790",
        "http://localhost:8790",
        "http://LOCALHOST.",
        "sandbox:",
    ],
)
def test_https_and_loopback_http_are_fine(url: str) -> None:
    assert cleartext_problem(url) is None


@pytest.mark.parametrize(
    "url",
    ["http://api.sd-rtn.com", "HTTP://10.0.0.5:80", "http://[fd00::2]", "http://0.0.0.0:1"],
)
def test_plain_http_beyond_this_machine_is_named(url: str) -> None:
    problem = cleartext_problem(url)
    assert problem is not None and "clear text" in problem and "https://" in problem


# -- profiles -------------------------------------------------------------------------------


def test_profiles_refuse_plain_http_to_another_host() -> None:
    with pytest.raises(ValueError, match="clear text"):
        Profile(name="x", base_url="http://api.sd-rtn.com")
    assert Profile(name="x", base_url="http://127.0.0.1:9").base_url == "http://127.0.0.1:9"


def test_a_stored_cleartext_profile_loads_but_sends_nothing(_private_home: Path) -> None:
    """An older profiles.json keeps all its profiles; the insecure one just cannot send."""
    path = _private_home / "profiles.json"
    path.write_text(
        json.dumps(
            {
                "format_version": 1,
                "profiles": [
                    {"name": "Old", "base_url": "http://192.0.2.1", "customer_id": "c"},
                    {"name": "Good", "base_url": "https://api.sd-rtn.com", "customer_id": "c"},
                ],
            }
        ),
        encoding="utf-8",
    )
    store = ProfileStore(path)
    assert store.names() == ["Sandbox", "Old", "Good"]  # Sandbox is put first
    assert store.backup is None
    assert store.rename("Old", "Older").base_url == "http://192.0.2.1"


# -- the client -----------------------------------------------------------------------------


def test_the_client_refuses_cleartext_before_sending_anything() -> None:
    """192.0.2.1 (TEST-NET) is unroutable: had anything been tried, the log would hold a
    record and the retry schedule would have slept."""
    records, sleeps = [], []
    client = CloudRecordingClient(
        "http://192.0.2.1", "c", "s", APP_ID, log=records.append, sleep=sleeps.append
    )
    with pytest.raises(ApiError) as caught:
        client.acquire("room", "1", {})
    error = caught.value
    assert "refused to send credentials in clear text" in error.summary()
    assert "http://192.0.2.1 would send the customer ID and secret" in error.describe()
    assert error.request_sent is False and error.retryable is False
    assert not error.may_have_executed
    assert records == [] and sleeps == []


def test_allowed_cleartext_warns_on_every_attempt() -> None:
    """0.0.0.0 reaches this machine's loopback listener but is not a loopback address."""
    server = SandboxServer(customer_id="c", customer_secret="s", rate_limit=None).start()
    try:
        server.faults.set(endpoint="acquire", http_5xx=500, count=2)
        url = server.base_url.replace("127.0.0.1", "0.0.0.0")
        warnings: list[str] = []
        client = CloudRecordingClient(
            url,
            "c",
            "s",
            APP_ID,
            sleep=lambda _s: None,
            insecure_warning=warnings.append,
            retry_policy=RetryPolicy(acquire=(0.0, 0.0)),
        )
        assert client.acquire("room", "1", {"resourceExpiredHour": 1}).resource_id
    finally:
        server.stop()
    assert len(warnings) == 3  # two 500s, then the answer: one warning per attempt
    assert all("acquire" in w and "clear text" in w for w in warnings)


# -- the CLI --------------------------------------------------------------------------------


@pytest.fixture
def sandbox(monkeypatch: pytest.MonkeyPatch) -> Iterator[SandboxServer]:
    monkeypatch.setenv("AGORA_CUSTOMER_ID", CUSTOMER_ID)
    monkeypatch.setenv("AGORA_CUSTOMER_SECRET", CUSTOMER_SECRET)
    server = SandboxServer(customer_id=CUSTOMER_ID, customer_secret=CUSTOMER_SECRET).start()
    try:
        yield server
    finally:
        server.stop()


def _start_argv(tmp_path: Path, base_url: str, *extra: str) -> list[str]:
    from api_kit import start_request

    body = tmp_path / "start.json"
    body.write_text(
        json.dumps({"cname": "room", "uid": "527841", "clientRequest": start_request("mix")}),
        encoding="utf-8",
    )
    return [
        "record", "start", str(body), "--mode", "mix", "--app-id", APP_ID,
        "--base-url", base_url, "--first-query-delay", "0", *extra,
    ]  # fmt: skip


def test_cli_refuses_cleartext_with_exit_2_and_sends_nothing(
    sandbox: SandboxServer, tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    url = sandbox.base_url.replace("127.0.0.1", "0.0.0.0")
    code = main(_start_argv(tmp_path, url))
    out, err = capsys.readouterr()
    assert code == 2, err
    assert "clear text" in err and "--allow-insecure" in err and "Traceback" not in err
    assert out == ""
    assert sandbox.state.resources == {}  # not even an acquire arrived


def test_cli_allow_insecure_sends_and_warns_on_every_call(
    sandbox: SandboxServer, tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    url = sandbox.base_url.replace("127.0.0.1", "0.0.0.0")
    code = main(_start_argv(tmp_path, url, "--allow-insecure"))
    out, err = capsys.readouterr()
    assert code == 0, err
    sid = json.loads(out)["sid"]
    warned = [line for line in err.splitlines() if line.startswith("warning:")]
    # acquire, start and at least the confirming query: each warned
    assert {w.split(":")[1].strip() for w in warned} >= {"acquire", "start", "query"}
    code = main(["record", "stop", sid, "--base-url", url, "--allow-insecure"])
    out, err = capsys.readouterr()
    assert code == 0, err
    assert "warning: stop:" in err


# -- an untrusted certificate --------------------------------------------------------------


def _self_signed(directory: Path) -> tuple[Path, Path]:
    from cryptography import x509
    from cryptography.hazmat.primitives import hashes, serialization
    from cryptography.hazmat.primitives.asymmetric import ec
    from cryptography.x509.oid import NameOID

    key = ec.generate_private_key(ec.SECP256R1())
    name = x509.Name([x509.NameAttribute(NameOID.COMMON_NAME, "127.0.0.1")])
    now = datetime.datetime.now(datetime.UTC)
    cert = (
        x509.CertificateBuilder()
        .subject_name(name)
        .issuer_name(name)
        .public_key(key.public_key())
        .serial_number(x509.random_serial_number())
        .not_valid_before(now - datetime.timedelta(minutes=5))
        .not_valid_after(now + datetime.timedelta(hours=1))
        .add_extension(
            x509.SubjectAlternativeName([x509.IPAddress(ipaddress.ip_address("127.0.0.1"))]),
            critical=False,
        )
        .sign(key, hashes.SHA256())
    )
    cert_path, key_path = directory / "cert.pem", directory / "key.pem"
    cert_path.write_bytes(cert.public_bytes(serialization.Encoding.PEM))
    key_path.write_bytes(
        key.private_bytes(
            serialization.Encoding.PEM,
            serialization.PrivateFormat.PKCS8,
            serialization.NoEncryption(),
        )
    )
    return cert_path, key_path


class _Answer(BaseHTTPRequestHandler):
    def do_POST(self) -> None:  # only reached if verification were off
        self.server.requests += 1  # type: ignore[attr-defined]
        body = b'{"resourceId": "r"}'
        self.send_response(200)
        self.send_header("Content-Length", str(len(body)))
        self.end_headers()
        self.wfile.write(body)

    def log_message(self, *args: object) -> None:
        pass


class _TlsServer(ThreadingHTTPServer):
    """HTTPS on 127.0.0.1 that counts handshakes attempted and requests answered."""

    daemon_threads = True

    def __init__(self, context: ssl.SSLContext) -> None:
        super().__init__(("127.0.0.1", 0), _Answer)
        self.context = context
        self.connections = 0
        self.requests = 0

    def get_request(self) -> tuple[socket.socket, object]:
        sock, address = super().get_request()
        self.connections += 1
        return self.context.wrap_socket(sock, server_side=True), address

    def handle_error(self, request: object, client_address: object) -> None:
        pass  # the refused handshake is the point of the test


def test_an_untrusted_certificate_is_named_and_never_retried(tmp_path: Path) -> None:
    cert, key = _self_signed(tmp_path)
    context = ssl.SSLContext(ssl.PROTOCOL_TLS_SERVER)
    context.load_cert_chain(cert, key)
    server = _TlsServer(context)
    thread = threading.Thread(target=server.serve_forever, daemon=True)
    thread.start()
    sleeps: list[float] = []
    try:
        client = CloudRecordingClient(
            f"https://127.0.0.1:{server.server_address[1]}",
            "c",
            "s",
            APP_ID,
            sleep=sleeps.append,  # the default policy retries acquire network errors 3 times
        )
        with pytest.raises(ApiError) as caught:
            client.acquire("room", "1", {})
        client.close()
    finally:
        server.shutdown()
        server.server_close()
    error = caught.value
    assert error.summary().startswith("acquire: (the server's certificate is not trusted: ")
    assert "self-signed certificate" in error.summary()
    assert "may have reached Agora" not in error.describe()
    assert "dropped" not in error.summary()
    assert error.request_sent is False and not error.may_have_executed
    assert error.retryable is False
    assert sleeps == [] and server.connections == 1 and server.requests == 0
