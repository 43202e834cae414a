"""A small gateway spec (one task, one plain method) that the change tests edit one way each."""

from __future__ import annotations

import copy
from pathlib import Path
from typing import Any

import yaml

from generator.diff import Report, diff_surfaces
from generator.diff.command import surface_of_path

TASK = {
    "type": "object",
    "required": ["task_id", "status"],
    "properties": {
        "task_id": {"type": "string"},
        "status": {"type": "string", "enum": ["queued", "running", "done", "failed"]},
        "result": {"type": "object", "properties": {"url": {"type": "string"}}},
    },
}
TASK_REPLY = {
    "description": "the task",
    "content": {"application/json": {"schema": {"$ref": "#/components/schemas/Task"}}},
}
BASE: dict[str, Any] = {
    "openapi": "3.1.0",
    "info": {"title": "Demo gateway", "version": "1.0.0"},
    "servers": [{"url": "https://api.example.test"}],
    "x-gateway": {"name": "demo", "sources": [{"id": "doc"}]},
    "security": [{"bearer": []}],
    "x-tasks": {
        "job": {
            "submit": ["createTask"],
            "poll": "getTask",
            "id": "/task_id",
            "id-param": "task_id",
            "status": "/status",
            "result": "/result",
            "success": ["done"],
            "failure": ["failed"],
            "pending": ["queued", "running"],
            "poll-interval": 2,
            "outputs": [{"url": "/result/url"}],
        }
    },
    "components": {
        "securitySchemes": {"bearer": {"type": "http", "scheme": "bearer"}},
        "schemas": {
            "CreateRequest": {
                "type": "object",
                "required": ["prompt"],
                "properties": {
                    "prompt": {"type": "string", "description": "What to draw."},
                    "watermark": {"type": "boolean", "default": True},
                    "n": {"type": "integer", "minimum": 1, "maximum": 4, "default": 1},
                    "size": {"type": "string", "enum": ["1:1", "16:9"]},
                    "extra": {"type": "object", "properties": {"seed": {"type": "integer"}}},
                },
            },
            "Task": TASK,
            "ModelList": {
                "type": "object",
                "properties": {"data": {"type": "array", "items": {"type": "string"}}},
            },
        },
    },
    "paths": {
        "/v1/tasks": {
            "post": {
                "operationId": "createTask",
                "x-python-name": "tasks.create",
                "summary": "Submit a drawing task",
                "requestBody": {
                    "required": True,
                    "content": {
                        "application/json": {
                            "schema": {"$ref": "#/components/schemas/CreateRequest"}
                        }
                    },
                },
                "responses": {"200": TASK_REPLY},
            }
        },
        "/v1/tasks/{task_id}": {
            "get": {
                "operationId": "getTask",
                "x-python-name": "tasks.get",
                "parameters": [
                    {
                        "name": "task_id",
                        "in": "path",
                        "required": True,
                        "schema": {"type": "string"},
                    }
                ],
                "responses": {"200": TASK_REPLY},
            }
        },
        "/v1/models": {
            "get": {
                "operationId": "listModels",
                "x-python-name": "models.list",
                "parameters": [{"name": "owner", "in": "query", "schema": {"type": "string"}}],
                "responses": {
                    "200": {
                        "description": "models",
                        "content": {
                            "application/json": {
                                "schema": {"$ref": "#/components/schemas/ModelList"}
                            }
                        },
                    }
                },
            }
        },
    },
}


def base() -> dict[str, Any]:
    """A fresh copy of the base spec to edit."""
    return copy.deepcopy(BASE)


def write(folder: Path, name: str, spec: dict[str, Any]) -> Path:
    """The spec written as YAML in folder."""
    path = folder / f"{name}.yaml"
    path.write_text(yaml.safe_dump(spec, allow_unicode=True, sort_keys=False), encoding="utf-8")
    return path


def report_of(folder: Path, old: dict[str, Any], new: dict[str, Any]) -> Report:
    """The change report from spec old to spec new."""
    before = surface_of_path(write(folder, "old", old))
    after = surface_of_path(write(folder, "new", new))
    return diff_surfaces(before, after)


def schemas(spec: dict[str, Any]) -> dict[str, Any]:
    """The component schemas of spec (to edit)."""
    result: dict[str, Any] = spec["components"]["schemas"]
    return result
