"""A hand-written runtime spec (docs/runtime-spec.md format) for the runtime tests.

It plays a Qingbo-like gateway: ``{task_id, status, progress, queue_position, result, error}``
with an ``error`` envelope that may also appear inside HTTP-200 bodies. Intervals are tiny so
the suite stays fast.
"""

from __future__ import annotations

import copy
from typing import Any

_ENVELOPE = {
    "detect": "/error",
    "code": "/error/code",
    "message": "/error/message",
    "type": None,
    "details": None,
    "ok_values": None,
    "in_success": True,
}

_PROMPT_SCHEMA = {
    "type": "object",
    "required": ["prompt"],
    "properties": {"prompt": {"type": "string", "minLength": 1}, "n": {"type": "integer"}},
}


def _op(op_id: str, method: str, path: str, **extra: Any) -> dict[str, Any]:
    op: dict[str, Any] = {
        "operation_id": op_id,
        "python_name": op_id,
        "method": method,
        "path": path,
        "summary": op_id,
        "description": "",
        "security": None,
        "parameters": [],
        "body": None,
        "payload_schema": {"type": "object"},
        "rules": [],
        "response_media_type": "application/json",
        "idempotent": method in ("GET", "PUT", "DELETE"),
        "idempotency_header": None,
        "error_envelopes": ["task"],
        "task": None,
        "source": ["test"],
    }
    op.update(extra)
    return op


_TASK_ID = {
    "name": "task_id",
    "in": "path",
    "required": True,
    "python_name": "task_id",
    "schema": {"type": "string"},
}
_JSON_BODY = {"media_type": "application/json", "required": True, "binary_fields": []}

SPEC: dict[str, Any] = {
    "format": 1,
    "name": "testgw",
    "title": "Test gateway",
    "version": "1.0",
    "base_url": "http://gateway.invalid",
    "api_key_env": "TESTGW_API_KEY",
    "security": [["bearerAuth"]],
    "security_schemes": {
        "bearerAuth": {"type": "http", "scheme": "bearer"},
        "headerKey": {"type": "apiKey", "in": "header", "name": "Api-Key"},
    },
    "error_envelopes": {
        "task": _ENVELOPE,
        "newapi": {
            "detect": "/code",
            "code": "/code",
            "message": "/message",
            "ok_values": ["success"],
            "in_success": True,
        },
    },
    "default_error_envelopes": ["task"],
    "operations": {
        "createTask": _op(
            "createTask",
            "POST",
            "/v1/tasks",
            body=_JSON_BODY,
            payload_schema=_PROMPT_SCHEMA,
            task="image",
        ),
        "createTaskIdem": _op(
            "createTaskIdem",
            "POST",
            "/v1/tasks-idem",
            body=_JSON_BODY,
            payload_schema=_PROMPT_SCHEMA,
            task="image",
            idempotency_header="Idempotency-Key",
        ),
        "getTask": _op("getTask", "GET", "/v1/tasks/{task_id}", parameters=[_TASK_ID]),
        "cancelTask": _op(
            "cancelTask", "POST", "/v1/tasks/{task_id}/cancel", parameters=[_TASK_ID]
        ),
        "listModels": _op(
            "listModels",
            "GET",
            "/v1/models",
            security=[["headerKey"]],
            parameters=[
                {
                    "name": "page",
                    "in": "query",
                    "required": False,
                    "python_name": "page",
                    "schema": {"type": "integer"},
                },
                {
                    "name": "X-Trace",
                    "in": "header",
                    "required": False,
                    "python_name": "x_trace",
                    "schema": {"type": "string"},
                },
            ],
        ),
        "getFile": _op("getFile", "GET", "/v1/files/{task_id}", parameters=[_TASK_ID], security=[]),
        "upload": _op(
            "upload",
            "POST",
            "/v1/uploads",
            body={"media_type": "multipart/form-data", "required": True, "binary_fields": ["file"]},
        ),
        "newapiStatus": _op("newapiStatus", "GET", "/newapi/status", error_envelopes=["newapi"]),
        "download": _op(
            "download", "GET", "/v1/download", response_media_type="image/png", security=[]
        ),
        "chat": _op(
            "chat",
            "POST",
            "/v1/chat",
            body=_JSON_BODY,
            stream={"flag": "stream", "done": "[DONE]", "event": "Chunk"},
        ),
        "events": _op(
            "events", "GET", "/v1/events", stream={"flag": None, "done": None, "event": None}
        ),
        "images": _op(
            "images",
            "POST",
            "/v1/images",
            body=_JSON_BODY,
            outputs=[
                {"url": "/data/*/url"},
                {"data": "/data/*/b64_json", "media_type": "image/png"},
            ],
        ),
        "speech": _op(
            "speech",
            "POST",
            "/v1/speech",
            body=_JSON_BODY,
            response_media_type="audio/mpeg",
            outputs=[{"data": "", "media_type": "audio/mpeg"}],
        ),
    },
    "tasks": {
        "image": {
            "submit": ["createTask", "createTaskIdem"],
            "poll": "getTask",
            "cancel": "cancelTask",
            "id": "/task_id",
            "id_param": "task_id",
            "status": "/status",
            "progress": "/progress",
            "progress_format": "percent",
            "queue_position": "/queue_position",
            "result": "/result",
            "error_code": "/error/code",
            "error_message": "/error/message",
            "success": ["completed"],
            "failure": ["failed"],
            "canceled": ["cancelled"],
            "pending": ["queued", "processing"],
            "status_case": "exact",
            "poll_interval": 0.01,
            "timeout": 10.0,
            "outputs": [
                {"url": "/result/images/*/url", "expires_at": "/result/images/*/expires_at"},
                {"data": "/result/b64", "media_type_from": "/result/mime"},
            ],
        }
    },
}


def spec_data(**changes: Any) -> dict[str, Any]:
    """A deep copy of :data:`SPEC` with top-level keys replaced."""
    data = copy.deepcopy(SPEC)
    data.update(changes)
    return data
