"""parse_curl on what people paste: Agora's docs, Postman, shells, and our own exports."""

from __future__ import annotations

import json
from pathlib import Path

import pytest
from export_samples import ENDPOINT_MODES, SECRETS, body_for

from recstudio.export import CurlImportError, ExportRequest, parse_curl, render
from recstudio.model import CONTENT_TYPE, Endpoint, Mode, redact

# The request body of the start example in the Agora reference (seeds/start-method-reference
# .txt ~line 480), as the docs print it — including the missing comma after fileNamePrefix.
# One verbatim copy of the seeds lives in tests/model/seed_examples.
DOC_BODY_AS_PRINTED = (
    (
        Path(__file__).resolve().parents[1]
        / "model"
        / "seed_examples"
        / "start-method-mix-start-missing-comma.json"
    )
    .read_text(encoding="utf-8")
    .strip()
)
DOC_BODY = DOC_BODY_AS_PRINTED.replace('"directory2"\n]\n', '"directory2"\n],\n')


def _doc_command(url: str, body: str) -> str:
    """The shape of a docs/Postman paste: continuations, --location, both quote kinds."""
    return (
        f'curl --location --request POST "{url}" \\\n'
        "--header 'Content-Type: application/json;charset=utf-8' \\\n"
        "--header 'Authorization: Basic Y3VzdDpzZWNyZXQ=' \\\n"
        "--compressed \\\n"
        f"--data-raw '{body}'\n"
    )


DOC_URL = (
    "https://api.agora.io/v1/apps/<yourappid>/cloud_recording/resourceid/<resourceid>"
    "/mode/<mode>/start"
)


def test_doc_style_multi_line_command_with_placeholders() -> None:
    result = parse_curl(_doc_command(DOC_URL, DOC_BODY))
    assert result.method == "POST"
    assert result.endpoint is Endpoint.START
    assert (result.mode, result.app_id, result.resource_id) == (None, None, None)
    assert result.base_url == "https://api.agora.io"
    assert result.body == json.loads(DOC_BODY)
    assert result.headers == {"Content-Type": CONTENT_TYPE}  # Authorization never kept
    assert result.credentials_dropped
    assert result.warnings == ()


def test_doc_style_command_with_real_ids() -> None:
    url = DOC_URL.replace("<yourappid>", "APP1").replace("<resourceid>", "RID-9")
    result = parse_curl(_doc_command(url.replace("<mode>", "mix"), DOC_BODY))
    assert (result.mode, result.app_id, result.resource_id, result.sid) == (
        Mode.MIX,
        "APP1",
        "RID-9",
        None,
    )


def test_docs_malformed_body_reports_json_line_and_column() -> None:
    with pytest.raises(CurlImportError) as caught:
        parse_curl(_doc_command(DOC_URL, DOC_BODY_AS_PRINTED))
    lines = DOC_BODY_AS_PRINTED.split("\n")
    assert caught.value.line == lines.index('"extensionParams": {') + 1
    assert caught.value.column == 1
    assert f"line {caught.value.line}, column 1" in str(caught.value)
    assert "delimiter" in str(caught.value)


@pytest.mark.parametrize(("endpoint", "mode"), ENDPOINT_MODES)
@pytest.mark.parametrize("reveal", [False, True])
def test_our_own_curl_export_round_trips(endpoint: Endpoint, mode: Mode, reveal: bool) -> None:
    req = ExportRequest(
        endpoint=endpoint,
        mode=mode,
        app_id="APP1",
        body=body_for(endpoint),
        resource_id="RID-1",
        sid=None if endpoint in (Endpoint.ACQUIRE, Endpoint.START) else "SID-1",
        customer_id="cid",
        customer_secret="csecret",
        reveal_secrets=reveal,
    )
    result = parse_curl(render(req, "curl"))
    assert result.endpoint is endpoint
    assert result.app_id == "APP1"
    assert result.mode is (None if endpoint is Endpoint.ACQUIRE else mode)
    expected_body = body_for(endpoint)
    if expected_body is not None and not reveal:
        expected_body = redact(expected_body)
    assert result.body == expected_body
    assert result.headers == {"Content-Type": CONTENT_TYPE}
    assert result.credentials_dropped  # -u is always present in an export
    assert result.warnings == ()
    assert "csecret" not in repr(result)


def test_placeholder_ids_from_our_export_become_none() -> None:
    req = ExportRequest(Endpoint.QUERY, Mode.INDIVIDUAL, "APP1", None)
    result = parse_curl(render(req, "curl"))
    assert (result.method, result.resource_id, result.sid, result.body) == ("GET", None, None, None)


def test_secrets_in_the_body_are_kept_for_the_caller_to_protect() -> None:
    """Body secrets are the user's data (redacting them would break the import);
    only credentials of the *command* are dropped."""
    req = ExportRequest(
        Endpoint.START, Mode.MIX, "A", body_for(Endpoint.START), reveal_secrets=True
    )
    body = parse_curl(render(req, "curl")).body
    assert body is not None
    assert body["clientRequest"]["storageConfig"]["secretKey"] == SECRETS["secretKey"]


# --- tolerance --------------------------------------------------------------------------

ACQUIRE_URL = "https://api.sd-rtn.com/v1/apps/APP1/cloud_recording/acquire"
SMALL = '{"cname":"c","uid":"1","clientRequest":{}}'


@pytest.mark.parametrize(
    "command",
    [
        f"curl -X POST {ACQUIRE_URL} -H 'Content-Type: {CONTENT_TYPE}' -d '{SMALL}'",
        f"curl -XPOST {ACQUIRE_URL} -H'Content-Type: {CONTENT_TYPE}' --data='{SMALL}'",
        f'curl --request=POST "{ACQUIRE_URL}" --header "Content-Type: {CONTENT_TYPE}"'
        f' --data-binary "{SMALL.replace(chr(34), chr(92) + chr(34))}"',
        f"$ curl -sSL --url {ACQUIRE_URL} -H 'Content-Type: {CONTENT_TYPE}' --data-raw '{SMALL}'",
        # Windows cmd (^) and PowerShell (`) continuations, trailing blanks after "\"
        f"curl {ACQUIRE_URL} ^\n -H \"Content-Type: {CONTENT_TYPE}\" ^\n -d '{SMALL}'",
        f"curl {ACQUIRE_URL} `\n -H 'Content-Type: {CONTENT_TYPE}' `\r\n -d '{SMALL}'",
        f"curl {ACQUIRE_URL} \\  \n -H 'Content-Type: {CONTENT_TYPE}' \\\n -d '{SMALL}'",
        # bash ANSI-C quoting, as Chrome's "Copy as cURL (bash)" produces
        f'curl {ACQUIRE_URL} -H $\'Content-Type: {CONTENT_TYPE}\' --data-raw $\'{{"cname":"c",'
        '\\n\\"uid\\":\\"1\\",\\n\\"clientRequest\\":{}}\'',
    ],
)
def test_tolerated_spellings_give_the_same_request(command: str) -> None:
    result = parse_curl(command)
    assert (result.method, result.endpoint, result.app_id) == ("POST", Endpoint.ACQUIRE, "APP1")
    assert result.body == {"cname": "c", "uid": "1", "clientRequest": {}}
    assert result.headers == {"Content-Type": CONTENT_TYPE}
    assert result.warnings == ()


def test_ansi_c_quote_escapes_are_decoded() -> None:
    command = f'curl {ACQUIRE_URL} --data-raw $\'{{"cname":"it\\\'s \\x41\\u00e9","uid":"1"}}\''
    assert parse_curl(command).body == {"cname": "it's Aé", "uid": "1"}


@pytest.mark.parametrize(
    "command",
    [
        f"curl -u cid:csecret {ACQUIRE_URL} -d '{SMALL}'",
        f"curl --user=cid:csecret {ACQUIRE_URL} -d '{SMALL}'",
        f"curl -H 'Authorization: Basic Y2lkOmNzZWNyZXQ=' {ACQUIRE_URL} -d '{SMALL}'",
        f"curl {ACQUIRE_URL.replace('//', '//cid:csecret@')} -d '{SMALL}'",
    ],
)
def test_credentials_are_dropped_and_reported(command: str) -> None:
    result = parse_curl(command)
    assert result.credentials_dropped
    assert "csecret" not in repr(result)
    assert "Y2lkOmNzZWNyZXQ=" not in repr(result)
    assert result.url == ACQUIRE_URL


def test_json_option_warns_about_content_type() -> None:
    result = parse_curl(f"curl --json '{SMALL}' {ACQUIRE_URL}")
    assert result.body is not None
    assert any("code 8" in warning for warning in result.warnings)


def test_wrong_method_and_path_case_are_warned() -> None:
    url = "https://api.agora.io/v1/apps/A/cloud_recording/resourceid/R/sid/S/mode/MIX/updatelayout"
    result = parse_curl(f"curl -X PUT {url} -d '{SMALL}'")
    assert result.endpoint is Endpoint.UPDATE_LAYOUT
    assert result.mode is Mode.MIX
    text = " | ".join(result.warnings)
    assert "'updatelayout' should be spelled 'updateLayout'" in text
    assert "mode 'MIX' should be 'mix'" in text
    assert "updateLayout is a POST, the command uses PUT" in text


def test_update_layout_outside_mix_is_warned() -> None:
    url = "https://api.agora.io/v1/apps/A/cloud_recording/resourceid/R/sid/S/mode/web/updateLayout"
    result = parse_curl(f"curl {url} -d '{SMALL}'")
    assert any("R34" in warning for warning in result.warnings)


# --- errors -----------------------------------------------------------------------------


@pytest.mark.parametrize(
    ("command", "message"),
    [
        (
            f"curl https://example.com/v1/apps/A/cloud_recording/acquire -d '{SMALL}'",
            "not an Agora",
        ),
        ("curl https://api.sd-rtn.com/v1/ncs/ip", "NCS IP list"),
        (f"curl https://api.agora.io/v1/apps/A/other -d '{SMALL}'", "not a Cloud Recording route"),
        (f"curl {ACQUIRE_URL} -d @body.json", "reads the body from a file"),
        (f"curl {ACQUIRE_URL} -d '[1, 2]'", "must be a JSON object"),
        (f"curl {ACQUIRE_URL} -d '{SMALL}", "cannot split"),
        (f"wget {ACQUIRE_URL}", "not a curl command"),
        ("curl -X POST -d '{}'", "no URL"),
        (
            "curl https://api.agora.io/v1/apps/A/cloud_recording/resourceid/R/mode/video/start",
            "unknown mode 'video'",
        ),
    ],
)
def test_errors_explain_what_is_wrong(command: str, message: str) -> None:
    with pytest.raises(CurlImportError, match=message):
        parse_curl(command)


def test_json_error_position_in_a_compact_body() -> None:
    with pytest.raises(CurlImportError) as caught:
        parse_curl(f'curl {ACQUIRE_URL} -d \'{{"cname": "c",\n  "uid": 1,}}\'')
    assert (caught.value.line, caught.value.column) == (2, 12)  # the '}' after the trailing comma
