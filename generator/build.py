"""Build the intermediate model of a validated spec: the package, its resources and methods.

The work is split by kind: ``schema_index`` (schemas, model class names), ``arg_types`` (argument
annotations), ``operations`` (one method per operation), ``docstrings``, ``runtime_spec``
(``spec.json``); this module names the package and arranges methods into resources.
"""

from __future__ import annotations

import re
from dataclasses import replace
from typing import Any

from generator.load import LoadedSpec
from generator.model import Gateway, Resource
from generator.naming import RESERVED_ATTR_NAMES, RESERVED_CLASS_NAMES, NameRegistry, pascal, snake
from generator.normalize import normalize_schema
from generator.operations import JSON_MEDIA, OperationBuilder
from generator.problems import SpecError, escape_pointer_token
from generator.runtime_spec import GatewayNames
from generator.runtime_spec import rewrite_refs as _rewrite_refs
from generator.runtime_spec import runtime_spec as runtime_spec_of
from generator.runtime_spec import tasks as tasks_of
from generator.schema_index import SchemaIndex
from generator.unshadow import shadowed_builtins
from generator.validate import as_dict, iter_operations, openapi_version


class _Builder:
    """Names the package and client, then arranges one method per operation into resources."""

    def __init__(self, loaded: LoadedSpec, package: str | None, surface_only: bool) -> None:
        self.loaded = loaded
        self.surface_only = surface_only
        self.data = loaded.data
        self.version = openapi_version(self.data) or "3.1"
        gateway_ext = self.data.get("x-gateway") or {}
        self.package = (
            package or gateway_ext.get("name") or snake(loaded.root.path.stem, fallback="api")
        )
        self.client_class = gateway_ext.get("client-name") or pascal(
            self.package, fallback="Client"
        )
        if self.client_class in RESERVED_CLASS_NAMES:
            self.client_class += "Client"
        self.api_key_env = gateway_ext.get("api-key-env") or (
            re.sub(r"\W", "_", self.package).upper() + "_API_KEY"
        )
        self.index = SchemaIndex(self.data, {self.client_class, "Async" + self.client_class})
        self.operations = OperationBuilder(self.data, self.version, self.index)

    def build(self) -> Gateway:
        root = Resource(attribute="", class_name="")
        nodes: dict[tuple[str, ...], Resource] = {(): root}
        registries: dict[tuple[str, ...], NameRegistry] = {(): NameRegistry(RESERVED_ATTR_NAMES)}
        resource_classes = NameRegistry()
        runtime_ops: dict[str, Any] = {}
        planned: list[tuple[tuple[str, ...], str, str, str, dict[str, Any], dict[str, Any]]] = []
        op_ids: set[str] = {
            str(op.get("operationId")) for _, _, op, _ in iter_operations(self.data)
        }
        for path, method, op, item in iter_operations(self.data):
            op_id = op.get("operationId")
            if not (isinstance(op_id, str) and op_id):
                op_id, stem, n = snake(f"{method} {path}"), snake(f"{method} {path}"), 2
                while op_id in op_ids:
                    op_id, n = f"{stem}_{n}", n + 1
                op_ids.add(op_id)
            dotted = op.get("x-python-name")
            if isinstance(dotted, str):
                *res_path, method_name = dotted.split(".")
                res = tuple(snake(p) for p in res_path)
                method_name = snake(method_name)
            else:
                tags = op.get("tags")
                tag = (
                    tags[0]
                    if isinstance(tags, list) and tags and isinstance(tags[0], str)
                    else None
                )
                res = (snake(tag, fallback="default"),) if tag else ("default",)
                method_name = snake(op_id, fallback="call")
            planned.append((res, method_name, op_id, path, op, item | {"__method": method}))

        # Claim resource attributes before method names so that nested paths stay stable.
        for res, _, _, _, _, _ in planned:
            for depth in range(1, len(res) + 1):
                key = res[:depth]
                if key in nodes:
                    continue
                parent = nodes[key[:-1]]
                attr = registries[key[:-1]].claim(key[-1])
                class_name = resource_classes.claim(
                    pascal("_".join(key), fallback="Default") + "Resource", sep=""
                )
                dotted = f"{parent.dotted}.{attr}" if parent.dotted else attr
                node = Resource(attribute=attr, class_name=class_name, dotted=dotted)
                parent.children.append(node)
                nodes[key] = node
                registries[key] = NameRegistry(RESERVED_ATTR_NAMES)
        for res, method_name, op_id, path, op, item in planned:
            method = item.pop("__method")
            node = nodes[res]
            registry = registries[res]
            name = registry.claim(method_name)
            attrs = [nodes[res[: i + 1]].attribute for i in range(len(res))]
            python_name = ".".join([*attrs, name])
            try:
                operation, runtime = self.operations.operation(
                    op_id, name, python_name, path, method, op, item
                )
            except (KeyError, TypeError, ValueError, AttributeError) as exc:
                at = "/paths/" + escape_pointer_token(path) + "/" + method
                raise SpecError([self.loaded.problem(at, _internal(exc))]) from None
            node.operations.append(operation)
            runtime_ops[op_id] = runtime

        tasks = tasks_of(self.data)
        for runtime in runtime_ops.values():
            runtime["task"] = next(
                (n for n, b in tasks.items() if runtime["operation_id"] in b["submit"]), None
            )
        # Task-submitting methods return a typed handle; re-derive them now that bindings are known.
        for node in nodes.values():
            node.operations = [
                self.operations.as_task(o, runtime_ops, tasks) for o in node.operations
            ]
            shadowed = shadowed_builtins({o.method_name for o in node.operations})
            if shadowed:
                node.operations = [replace(o, shadowed=shadowed) for o in node.operations]

        info = as_dict(self.data.get("info"))
        runtime_spec = runtime_spec_of(
            GatewayNames(self.package, self.api_key_env),
            self.data,
            runtime_ops,
            tasks,
            lazy_schemas=self.surface_only,
        )
        models_document = {
            "openapi": "3.1.0" if self.version == "3.1" else "3.0.3",
            "info": {
                "title": str(info.get("title", self.package)),
                "version": str(info.get("version", "0")),
            },
            "paths": {},
            "components": {"schemas": self.index.models_document()},
        }
        return Gateway(
            package=self.package,
            client_class=self.client_class,
            async_client_class="Async" + self.client_class,
            title=str(info.get("title", self.package)),
            description=str(info.get("description", "")),
            source_file=self.loaded.root.path.name,
            root=root,
            model_names=frozenset(self.index.used_models),
            models_document=models_document,
            runtime_spec=runtime_spec,
        )


def _internal(exc: Exception) -> str:
    """A builder failure as a one-line problem (a bug of ours, reported where it happened)."""
    detail = " ".join(str(exc).split())[:200]
    return f"internal: cannot build this operation ({type(exc).__name__}: {detail}); please report"


def build_gateway(
    loaded: LoadedSpec, package: str | None = None, *, surface_only: bool = False
) -> Gateway:
    """The intermediate model of one validated spec.

    surface_only: the model is for ``surface_of`` alone (``clientgen diff``), not for rendering:
    the runtime spec's schemas are then prepared as the surface reads them, not all at once.
    """
    return _Builder(loaded, package, surface_only).build()


__all__ = ["JSON_MEDIA", "_rewrite_refs", "build_gateway", "normalize_schema"]
