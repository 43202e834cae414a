"""Request building on the wire: URL, params, auth, bodies, validation, response decoding."""

from __future__ import annotations

import io
from collections.abc import Callable
from pathlib import Path

import httpx
import pytest

from gateway_runtime import (
    GatewaySpec,
    MissingAPIKeyError,
    NotFoundError,
    RequestOptions,
    SyncClient,
)
from gateway_runtime.validation import PayloadValidationError
from tests.gateway_server import GatewayServer, Response, TaskSimulator
from tests.runtime.conftest import API_KEY
from tests.runtime.specdata import spec_data

MakeClient = Callable[..., SyncClient]


def test_url_path_query_and_header_params(
    make_client: MakeClient, gateway_server: GatewayServer
) -> None:
    gateway_server.route("GET", "/v1/files/{task_id}", Response(200, {"ok": True}))
    gateway_server.route("GET", "/v1/models", Response(200, {"data": []}))
    client = make_client(default_headers={"X-App": "demo"})
    assert client.request("getFile", path_params={"task_id": "a/b c?"}) == {"ok": True}
    req = gateway_server.requests[-1]
    assert req.params == {"task_id": "a/b c?"}
    assert "authorization" not in req.headers  # security: [] → no credentials
    client.request(
        "listModels",
        query={"page": 2, "flag": True, "tags": ["a", "b"], "unset": None},
        headers={"X-Trace": "t-1"},
        options=RequestOptions(extra_headers={"X-Extra": "1"}),
    )
    req = gateway_server.requests[-1]
    assert req.query == {"page": ["2"], "flag": ["true"], "tags": ["a", "b"]}
    assert req.headers["x-trace"] == "t-1" and req.headers["x-extra"] == "1"
    assert req.headers["x-app"] == "demo" and req.headers["api-key"] == API_KEY
    assert "authorization" not in req.headers  # per-operation security overrides the document's


def test_bearer_auth_and_key_from_environment(
    make_client: MakeClient,
    gateway_server: GatewayServer,
    sim: TaskSimulator,
    monkeypatch: pytest.MonkeyPatch,
) -> None:
    monkeypatch.setenv("TESTGW_API_KEY", "env-key-123456")
    make_client(api_key=None).submit_task("createTask", body={"prompt": "x"}, parse=dict)
    assert gateway_server.requests[-1].headers["authorization"] == "Bearer env-key-123456"
    assert gateway_server.requests[-1].json() == {"prompt": "x"}


def test_missing_key_fails_before_sending(
    make_client: MakeClient, gateway_server: GatewayServer, sim: TaskSimulator
) -> None:
    with pytest.raises(MissingAPIKeyError, match="TESTGW_API_KEY"):
        make_client(api_key=None).submit_task("createTask", body={"prompt": "x"}, parse=dict)
    assert gateway_server.count() == 0


def test_invalid_payload_is_not_sent(
    make_client: MakeClient, gateway_server: GatewayServer, sim: TaskSimulator
) -> None:
    client = make_client()
    with pytest.raises(PayloadValidationError) as info:
        client.submit_task("createTask", body={"n": "three"}, parse=dict)
    assert info.value.problems and info.value.operation == "createTask"
    assert gateway_server.count("POST", "/v1/tasks") == 0
    client.submit_task(
        "createTask", body={"n": 3}, parse=dict, options=RequestOptions(validate=False)
    )
    make_client(validate=False).submit_task("createTask", body={}, parse=dict)
    assert gateway_server.count("POST", "/v1/tasks") == 2


def test_multipart_files(
    make_client: MakeClient, gateway_server: GatewayServer, tmp_path: Path
) -> None:
    gateway_server.route("POST", "/v1/uploads", Response(200, {"id": "f1"}))
    client = make_client()
    png = tmp_path / "cat.png"
    png.write_bytes(b"\x89PNG-data")
    cases = [
        (b"raw-bytes", b'filename="file"', b"raw-bytes"),
        (png, b'filename="cat.png"', b"\x89PNG-data"),
        (io.BytesIO(b"stream-bytes"), b"stream-bytes", b"stream-bytes"),
        (
            ("dog.jpg", b"jpeg-bytes", "image/jpeg"),
            b"Content-Type: image/jpeg",
            b'filename="dog.jpg"',
        ),
    ]
    for value, marker_a, marker_b in cases:
        assert client.request("upload", body={"file": value, "purpose": "edit", "n": 2}) == {
            "id": "f1"
        }
        req = gateway_server.requests[-1]
        assert req.headers["content-type"].startswith("multipart/form-data")
        assert marker_a in req.body and marker_b in req.body
        assert b'name="purpose"' in req.body and b"edit" in req.body
    client.request("upload", body={"purpose": "only-text"})  # still multipart without files
    req = gateway_server.requests[-1]
    assert req.headers["content-type"].startswith("multipart/form-data")
    assert b"only-text" in req.body


def test_non_json_response_is_returned_as_bytes(
    make_client: MakeClient, gateway_server: GatewayServer
) -> None:
    gateway_server.route(
        "GET", "/v1/download", Response(200, body=b"\x89PNG", headers={"Content-Type": "image/png"})
    )
    assert make_client().request("download") == b"\x89PNG"


def test_status_errors_carry_status_code_and_request_id(
    make_client: MakeClient, gateway_server: GatewayServer
) -> None:
    gateway_server.route(
        "GET",
        "/v1/models",
        Response(
            404,
            {"error": {"code": "no_model", "message": "gone"}},
            headers={"X-Request-Id": "rid-7"},
        ),
    )
    with pytest.raises(NotFoundError) as info:
        make_client().request("listModels")
    err = info.value
    assert (err.status_code, err.code, err.request_id, err.operation) == (
        404,
        "no_model",
        "rid-7",
        "listModels",
    )
    assert "rid-7" in str(err)
    assert gateway_server.count("GET", "/v1/models") == 1  # 404 is not transient


def test_html_error_page_is_a_status_error_not_a_decode_error(
    make_client: MakeClient, gateway_server: GatewayServer
) -> None:
    gateway_server.route(
        "GET",
        "/v1/models",
        Response(502, body="<html>Bad gateway</html>", headers={"Content-Type": "text/html"}),
    )
    with pytest.raises(Exception) as info:
        make_client(max_retries=0).request("listModels")
    assert type(info.value).__name__ == "InternalServerError"
    assert "Bad gateway" in str(info.value)


def test_default_and_overridden_timeouts(spec: GatewaySpec) -> None:
    with SyncClient(spec, api_key="k", journal=False) as client:
        assert client._core.timeout.connect == 10.0 and client._core.timeout.read == 60.0
        prepared = client._core.prepare(
            "getTask",
            path_params={"task_id": "t"},
            options=RequestOptions(timeout=httpx.Timeout(3.0)),
        )
        assert prepared.request.extensions["timeout"]["read"] == 3.0
        assert prepared.request.url == "http://gateway.invalid/v1/tasks/t"


def test_user_supplied_http_client_is_not_closed(spec: GatewaySpec) -> None:
    http = httpx.Client()
    SyncClient(spec, api_key="k", http_client=http, journal=False).close()
    assert not http.is_closed
    http.close()


def test_unknown_client_option_is_rejected(spec: GatewaySpec) -> None:
    with pytest.raises(TypeError, match="unknown client option"):
        SyncClient(spec, api_kye="k")  # type: ignore[call-arg]


def test_spec_without_server_url_requires_base_url(sim: TaskSimulator) -> None:
    spec = GatewaySpec.from_dict(spec_data(base_url=""))
    with (
        SyncClient(spec, api_key="k", journal=False) as client,
        pytest.raises(Exception, match="base_url"),
    ):
        client.request("getTask", path_params={"task_id": "x"})


def test_payload_errors_name_the_method_called(gateway_server: GatewayServer) -> None:
    """Issue 11 item 8 for validation too: the method the user called, then the operation id."""
    from generated.qingbo import Qingbo

    client = Qingbo(api_key=API_KEY, base_url=gateway_server.url)
    with pytest.raises(PayloadValidationError) as info:
        client.tasks.create(model="seedream-4.0", prompt="p", n=0)
    assert str(info.value).startswith("payload for tasks.create (createTask) is invalid")
    assert info.value.operation == "createTask"
    assert gateway_server.count() == 0
