"""Every format × endpoint: method, URL, headers, body and secret handling.

Commands are checked the way a shell and the tools would read them (shlex, a real bash,
``ast``), not by comparing against stored text.
"""

from __future__ import annotations

import ast
import json
import shutil
import subprocess
from typing import Any

import pytest
from export_samples import (
    CUSTOMER_ID,
    CUSTOMER_SECRET,
    ENDPOINT_MODES,
    SECRETS,
    body_for,
)

from recstudio.export import FORMATS, ExportError, ExportRequest, render, render_ncs_ip
from recstudio.model import CONTENT_TYPE, DEFAULT_BASE_URL, Endpoint, Mode, redact, route

APP_ID = "0123456789abcdef0123456789abcdef"
COMMAND_FORMATS = ("curl", "python", "httpie")


def _request(endpoint: Endpoint, mode: Mode, **kwargs: Any) -> ExportRequest:
    return ExportRequest(
        endpoint=endpoint, mode=mode, app_id=APP_ID, body=body_for(endpoint), **kwargs
    )


def _expected_url(
    endpoint: Endpoint, mode: Mode, rid: str = "<resourceId>", sid: str = "<sid>"
) -> str:
    return route(endpoint, mode, APP_ID, rid, sid).url(DEFAULT_BASE_URL)


def _option_values(words: list[str], option: str) -> list[str]:
    return [words[i + 1] for i, word in enumerate(words) if word == option]


# --- shapes per format ------------------------------------------------------------------


#: What the snippets read credentials from when they are not revealed.
ENV = {"AGORA_CUSTOMER_ID": "env-id", "AGORA_CUSTOMER_SECRET": "env-secret"}
ENV_AUTH = "env-id:env-secret"


def _bash_args(command: str) -> list[str]:
    """The argv bash would hand to curl/http, captured by a shell function of that name."""
    bash = shutil.which("bash")
    assert bash, "bash is needed to prove the shell quoting"
    program = command.split(" ", 1)[0]
    script = f"{program}() {{ printf '%s\\0' \"$@\"; }}\n{command}"
    env = {**ENV, "PATH": "/usr/bin:/bin"}
    out = subprocess.run([bash, "-c", script], capture_output=True, env=env, check=True)
    return out.stdout.decode("utf-8").split("\0")[:-1]


def _curl_shape(text: str) -> dict[str, Any]:
    words = _bash_args(text)
    data = _option_values(words, "--data-raw")
    return {
        "method": _option_values(words, "-X")[0],
        "url": words[2],
        "headers": _option_values(words, "-H"),
        "auth": _option_values(words, "-u"),
        "body": json.loads(data[0]) if data else None,
    }


def _httpie_shape(text: str) -> dict[str, Any]:
    assert text.startswith("http --ignore-stdin ")
    words = _bash_args(text)
    raw = _option_values(words, "--raw")
    methods = [w for w in words if w in ("GET", "POST")]
    method_at = words.index(methods[0])
    return {
        "method": methods[0],
        "url": words[method_at + 1],
        "headers": words[method_at + 2 :],
        "auth": _option_values(words, "--auth"),
        "body": json.loads(raw[0]) if raw else None,
    }


def _python_shape(text: str) -> dict[str, Any]:
    compile(text, "export.py", "exec")
    tree = ast.parse(text)
    assigned = {
        node.targets[0].id: node.value
        for node in tree.body
        if isinstance(node, ast.Assign) and isinstance(node.targets[0], ast.Name)
    }
    calls = [
        node
        for node in ast.walk(tree)
        if isinstance(node, ast.Call) and ast.unparse(node.func) == "requests.request"
    ]
    assert len(calls) == 1
    call = calls[0]
    keywords = {k.arg: k.value for k in call.keywords}
    assert ast.unparse(keywords["headers"]) == "HEADERS"
    assert ast.unparse(keywords["auth"]) == "AUTH"
    return {
        "method": ast.literal_eval(call.args[0]),
        "url": ast.literal_eval(assigned["URL"]),
        "headers": ast.literal_eval(assigned["HEADERS"]),
        "auth": ast.unparse(assigned["AUTH"]),
        "body": ast.literal_eval(assigned["BODY"]) if "json" in keywords else None,
        "timeout": ast.literal_eval(keywords["timeout"]),
    }


@pytest.mark.parametrize(("endpoint", "mode"), ENDPOINT_MODES)
def test_curl_has_method_url_header_auth_and_body(endpoint: Endpoint, mode: Mode) -> None:
    shape = _curl_shape(render(_request(endpoint, mode), "curl"))
    assert shape["method"] == route(endpoint, mode, APP_ID).method
    assert shape["url"] == _expected_url(endpoint, mode)
    assert shape["headers"] == [f"Content-Type: {CONTENT_TYPE}"]  # exact spelling, §1.2
    assert shape["auth"] == [ENV_AUTH]
    original = body_for(endpoint)
    assert shape["body"] == (None if original is None else redact(original))


@pytest.mark.parametrize(("endpoint", "mode"), ENDPOINT_MODES)
def test_httpie_has_method_url_header_auth_and_raw_body(endpoint: Endpoint, mode: Mode) -> None:
    shape = _httpie_shape(render(_request(endpoint, mode), "httpie"))
    assert shape["method"] == route(endpoint, mode, APP_ID).method
    assert shape["url"] == _expected_url(endpoint, mode)
    assert shape["headers"] == [f"Content-Type:{CONTENT_TYPE}"]
    assert shape["auth"] == [ENV_AUTH]
    original = body_for(endpoint)
    assert shape["body"] == (None if original is None else redact(original))


@pytest.mark.parametrize(("endpoint", "mode"), ENDPOINT_MODES)
def test_python_compiles_with_method_url_header_auth_and_body(
    endpoint: Endpoint, mode: Mode
) -> None:
    shape = _python_shape(render(_request(endpoint, mode), "python"))
    assert shape["method"] == route(endpoint, mode, APP_ID).method
    assert shape["url"] == _expected_url(endpoint, mode)
    assert shape["headers"] == {"Content-Type": CONTENT_TYPE}
    assert shape["auth"] == (
        "(os.environ['AGORA_CUSTOMER_ID'], os.environ['AGORA_CUSTOMER_SECRET'])"
    )
    original = body_for(endpoint)
    assert shape["body"] == (None if original is None else redact(original))
    # sync stop waits for uploads (≤ 20 s, then code 50): longer read timeout (§3.6)
    assert shape["timeout"] == ((3.05, 45) if endpoint is Endpoint.STOP else (3.05, 10))


@pytest.mark.parametrize("fmt", COMMAND_FORMATS)
def test_known_ids_replace_the_placeholders(fmt: str) -> None:
    req = _request(Endpoint.STOP, Mode.WEB, resource_id="RID-123", sid="SID-456")
    text = render(req, fmt)
    assert _expected_url(Endpoint.STOP, Mode.WEB, "RID-123", "SID-456") in text
    assert "<resourceId>" not in text
    assert "<sid>" not in text


def test_base_url_is_used_for_every_format() -> None:
    req = _request(Endpoint.ACQUIRE, Mode.MIX, base_url="https://api-eu-west-1.agora.io/")
    for fmt in COMMAND_FORMATS:
        assert (
            "https://api-eu-west-1.agora.io/v1/apps/" + APP_ID + "/cloud_recording/acquire"
            in render(req, fmt)
        )


# --- JSON -------------------------------------------------------------------------------


def test_json_with_revealed_secrets_is_the_same_json_text() -> None:
    body = body_for(Endpoint.START)
    text = render(_request(Endpoint.START, Mode.MIX, reveal_secrets=True), "json")
    assert text == json.dumps(body, indent=2, ensure_ascii=False) + "\n"
    assert json.loads(text) == body
    assert list(json.loads(text)["clientRequest"]) == list(body["clientRequest"])  # key order
    assert "ümlaut" in text  # not \u-escaped


@pytest.mark.parametrize("endpoint", [e for e in Endpoint if e is not Endpoint.QUERY])
def test_json_round_trips_for_every_body_endpoint(endpoint: Endpoint) -> None:
    text = render(_request(endpoint, Mode.MIX, reveal_secrets=True), "json")
    assert json.loads(text) == body_for(endpoint)
    redacted = render(_request(endpoint, Mode.MIX), "json")
    assert json.loads(redacted) == redact(body_for(endpoint))


def test_json_of_a_get_is_refused_with_a_hint() -> None:
    with pytest.raises(ExportError, match="without a body"):
        render(_request(Endpoint.QUERY, Mode.MIX), "json")


def test_body_endpoint_without_body_is_refused() -> None:
    req = ExportRequest(endpoint=Endpoint.START, mode=Mode.MIX, app_id=APP_ID, body=None)
    with pytest.raises(ExportError, match="start needs a JSON body"):
        render(req, "curl")


def test_unknown_format_is_refused() -> None:
    with pytest.raises(ExportError, match="unknown format 'xml'"):
        render(_request(Endpoint.ACQUIRE, Mode.MIX), "xml")  # type: ignore[arg-type]


# --- secrets ----------------------------------------------------------------------------


@pytest.mark.parametrize("fmt", FORMATS)
def test_secrets_are_placeholders_by_default(fmt: str) -> None:
    req = _request(
        Endpoint.START, Mode.MIX, customer_id=CUSTOMER_ID, customer_secret=CUSTOMER_SECRET
    )
    text = render(req, fmt)
    for value in [*SECRETS.values(), CUSTOMER_ID, CUSTOMER_SECRET]:
        assert value not in text, f"{value!r} leaked into the {fmt} export"
    for placeholder in ("<RTC_TOKEN>", "<STORAGE_SECRET_KEY>", "<DECRYPTION_SALT>"):
        assert placeholder in text


@pytest.mark.parametrize("fmt", FORMATS)
def test_secrets_appear_only_when_revealed(fmt: str) -> None:
    req = _request(
        Endpoint.START,
        Mode.MIX,
        customer_id=CUSTOMER_ID,
        customer_secret=CUSTOMER_SECRET,
        reveal_secrets=True,
    )
    text = render(req, fmt)
    # JSON escapes nothing here; shells escape the ' in secretKey, so compare parsed values.
    for name, value in SECRETS.items():
        if "'" not in value or fmt in ("json", "python"):
            assert value in text, name
    assert "<STORAGE_SECRET_KEY>" not in text
    if fmt != "json":  # the body alone carries no credentials
        assert CUSTOMER_SECRET in text
        assert "$AGORA_CUSTOMER_SECRET" not in text  # literal credentials, no env lookup
        assert "os.environ" not in text


def test_revealed_curl_credentials_are_literal_and_quoted() -> None:
    req = _request(
        Endpoint.ACQUIRE,
        Mode.MIX,
        customer_id=CUSTOMER_ID,
        customer_secret="it's $ecret",
        reveal_secrets=True,
    )
    assert _curl_shape(render(req, "curl"))["auth"] == [f"{CUSTOMER_ID}:it's $ecret"]
    assert _httpie_shape(render(req, "httpie"))["auth"] == [f"{CUSTOMER_ID}:it's $ecret"]
    assert _python_shape(render(req, "python"))["auth"] == f"('{CUSTOMER_ID}', \"it's $ecret\")"


def test_reveal_without_credentials_still_uses_environment() -> None:
    req = _request(Endpoint.ACQUIRE, Mode.MIX, reveal_secrets=True)
    assert '-u "$AGORA_CUSTOMER_ID:$AGORA_CUSTOMER_SECRET"' in render(req, "curl")


# --- quoting ----------------------------------------------------------------------------

TRICKY = {
    "cname": 'it\'s a "test" $HOME `id` \\n ; & | < > * ?',
    "uid": "1",
    "clientRequest": {"note": "line1\nline2 '' '\\''", "emoji": "🎥", "n": -1.5e-07},
}


@pytest.mark.parametrize(("fmt", "option"), [("curl", "--data-raw"), ("httpie", "--raw")])
def test_body_with_quotes_survives_a_real_shell(fmt: str, option: str) -> None:
    req = ExportRequest(
        endpoint=Endpoint.ACQUIRE, mode=Mode.MIX, app_id=APP_ID, body=TRICKY, reveal_secrets=True
    )
    text = render(req, fmt)
    assert "'\\''" in text  # the POSIX way of putting ' inside '…'
    args = _bash_args(text)
    data = args[args.index(option) + 1]
    assert data == json.dumps(TRICKY, indent=2, ensure_ascii=False)  # byte-exact body
    auth = args[args.index("-u" if fmt == "curl" else "--auth") + 1]
    assert auth == ENV_AUTH  # env references expand


def test_python_body_literal_equals_the_json() -> None:
    req = ExportRequest(
        endpoint=Endpoint.ACQUIRE, mode=Mode.MIX, app_id=APP_ID, body=TRICKY, reveal_secrets=True
    )
    assert _python_shape(render(req, "python"))["body"] == TRICKY


# --- NCS IP list ------------------------------------------------------------------------


@pytest.mark.parametrize("fmt", COMMAND_FORMATS)
def test_ncs_ip_list_is_a_get_without_body(fmt: str) -> None:
    text = render_ncs_ip(fmt)
    shape = {"curl": _curl_shape, "httpie": _httpie_shape, "python": _python_shape}[fmt](text)
    assert shape["method"] == "GET"
    assert shape["url"] == "https://api.sd-rtn.com/v1/ncs/ip"
    assert shape["body"] is None


def test_ncs_ip_credentials_follow_the_same_rule() -> None:
    hidden = render_ncs_ip("curl", customer_id=CUSTOMER_ID, customer_secret=CUSTOMER_SECRET)
    assert CUSTOMER_SECRET not in hidden
    shown = render_ncs_ip(
        "curl", customer_id=CUSTOMER_ID, customer_secret=CUSTOMER_SECRET, reveal_secrets=True
    )
    assert _curl_shape(shown)["auth"] == [f"{CUSTOMER_ID}:{CUSTOMER_SECRET}"]
    with pytest.raises(ExportError):
        render_ncs_ip("json")
