"""``clientgen call GATEWAY OPERATION``: call one operation from the command line.

The payload is one JSON object: from ``--json FILE`` (``-`` = stdin) and/or repeated
``--set key=value`` (``value`` is JSON; text that is not JSON is taken as a string, so
``--set size=16:9`` works; a dotted key sets a nested field: ``--set extra.output_format=png``;
``@FILE`` in a file or media-URL field is a local file: ``--set image_urls=@photo.png``).
Keys naming a path, query or header parameter (wire or Python name) go there; the rest is the
body. The payload is validated before anything is sent (exit 1 with every problem); a field that
looks like a misspelt known one (``watermak``) is refused unless ``--allow-unknown``, and the
``--download`` folder must be writable, all before anything is paid for.

A task-submitting operation prints the task id (the task is journaled first); ``--wait`` waits
with a progress bar (plain lines when stderr is not a terminal) and prints the result;
``--download DIR`` also saves the task's outputs. ``--stream`` prints a streamed answer as it
arrives (an always-streaming operation streams without it). The API key comes from the gateway's
environment variable only (never from the command line, which shells keep in history).
"""

from __future__ import annotations

import argparse
import json
import re
from collections.abc import Mapping
from pathlib import Path
from typing import Any

from ..accumulate import ChatAccumulator
from ..batch import jobs
from ..client import SyncClient
from ..errors import GatewayClientError, MissingAPIKeyError
from ..options import resolve_base_url
from ..redact import redact
from ..spec import GatewaySpec, OperationSpec
from ..validation import PayloadValidationError, Problem, UnknownOperationError, resolve_operation
from ._common import (
    EXIT_FAILED,
    EXIT_GATEWAY,
    EXIT_OK,
    Streams,
    UsageError,
    add_command,
    emit_json,
    read_text,
)
from .gateways import resolve_gateway
from .preflight import check_download_dir
from .tasks import wait_and_report
from .validate import parse_payload, resolve_files

__all__ = ["build_payload", "register", "split_payload"]


def register(sub: Any) -> None:
    p = add_command(
        sub,
        "call",
        help="call an operation (payload from --json and --set)",
        description=__doc__.split("\n\n", 1)[1] if __doc__ else "",
        run=run,
    )
    p.add_argument("gateway", metavar="GATEWAY", help="gateway name or spec path")
    p.add_argument(
        "operation",
        metavar="OPERATION",
        help='client method (tasks.create), operation id or "POST /v1/tasks" (any path: '
        "sent raw through the client's auth and error mapping)",
    )
    p.add_argument("--json", metavar="FILE", dest="json_file", help="payload file; - for stdin")
    p.add_argument(
        "--set",
        metavar="KEY=VALUE",
        dest="assignments",
        action="append",
        default=[],
        help="set one payload field (VALUE is JSON, else a string); repeatable",
    )
    p.add_argument("--wait", action="store_true", help="wait for the task and print its result")
    p.add_argument("--timeout", type=float, default=None, help="--wait: give up after S seconds")
    p.add_argument(
        "--poll-interval", type=float, default=None, help="--wait: seconds between polls"
    )
    p.add_argument("--base-url", help="server URL (default: $<GATEWAY>_BASE_URL, then the spec)")
    p.add_argument("--journal", help="task journal path (default: $GATEWAY_JOURNAL or ~/.cache)")
    p.add_argument("--output", choices=("text", "json"), default="text", help="output format")
    p.add_argument(
        "--download",
        metavar="DIR",
        help="wait for the task, then save its outputs (images, videos...) in DIR",
    )
    p.add_argument(
        "--stream",
        action="store_true",
        help="stream the answer: a chat prints its text as it arrives, other streams one JSON "
        "event per line",
    )
    p.add_argument(
        "--allow-unknown",
        action="store_true",
        help="send fields that look like a misspelt known field (refused by default: "
        "'promt: unknown field; did you mean prompt?')",
    )


def _set(payload: dict[str, Any], assignment: str) -> None:
    key, sep, text = assignment.partition("=")
    if not sep or not key:
        raise UsageError(f"--set {assignment!r}: expected KEY=VALUE")
    try:
        value: Any = json.loads(text)
    except json.JSONDecodeError:
        value = text
    *parents, last = key.split(".")
    target = payload
    for part in parents:
        child = target.setdefault(part, {})
        if not isinstance(child, dict):
            raise UsageError(f"--set {key}: {part!r} is already set to a non-object")
        target = child
    target[last] = value


def build_payload(json_file: str | None, assignments: list[str], io: Streams) -> dict[str, Any]:
    """The payload object: the ``--json`` document, then each ``--set`` applied in order."""
    payload: dict[str, Any] = {}
    if json_file is not None:
        text, source = read_text(json_file, io)
        data = parse_payload(text, source)
        if not isinstance(data, Mapping):
            raise UsageError(f"{source}: the payload must be a JSON object")
        payload = dict(data)
    for assignment in assignments:
        _set(payload, assignment)
    return payload


def at_files(op: OperationSpec, body: dict[str, Any]) -> dict[str, Any]:
    """``@photo.png`` in a file or media-URL field is that local file (uploaded first where the
    gateway takes URLs: ``--set image_urls=@photo.png``); elsewhere ``@`` is plain text."""
    if op.body is None:
        return body
    names = {*op.body.binary_fields, *op.body.media_fields}

    def one(value: Any) -> Any:
        if isinstance(value, str) and value.startswith("@") and len(value) > 1:
            return Path(value[1:]).expanduser()
        return value

    out = dict(body)
    for name in names & set(out):
        value = out[name]
        out[name] = [one(v) for v in value] if isinstance(value, list) else one(value)
        media = op.body.media_fields.get(name)
        if media is not None and media.is_list and isinstance(out[name], Path):
            out[name] = [out[name]]  # one file for a list of URLs
    return out


def split_payload(op: OperationSpec, payload: Mapping[str, Any]) -> dict[str, dict[str, Any]]:
    """Payload keys sorted into ``path_params``, ``query``, ``headers`` and ``body``."""
    parts, problems = jobs.split_payload(op, payload)
    if problems:
        raise UsageError(problems[0])
    return {
        "path_params": parts.path_params,
        "query": parts.query,
        "headers": parts.headers,
        "body": parts.body or {},
    }


def _print_problems(problems: list[Problem], output: str, io: Streams) -> int:
    if output == "json":
        emit_json(io.stdout, {"valid": False, "problems": [p.to_dict() for p in problems]})
    for problem in problems:
        io.err(problem.message)
    return EXIT_FAILED


def _print_result(result: Any, io: Streams) -> None:
    from ..streaming import Stream

    if isinstance(result, Stream):  # an event stream: one JSON line per event, as it arrives
        with result:
            for event in result:
                emit_json(io.stdout, event)
                io.stdout.flush()
        return
    if isinstance(result, bytes):
        if io.stdout.isatty():
            raise UsageError(
                f"the response is {len(result)} bytes of binary data; redirect stdout to a file"
            )
        io.stdout.flush()
        binary = getattr(io.stdout, "buffer", None)
        if binary is None:
            raise UsageError("the response is binary data and stdout takes only text")
        binary.write(result)
        return
    emit_json(io.stdout, result)


def _print_stream(
    client: SyncClient,
    operation_id: str,
    parts: dict[str, dict[str, Any]],
    body: dict[str, Any] | None,
    output: str,
    io: Streams,
) -> int:
    """Print a stream as it arrives: a chat's text (``--output json``: each event as a line)."""
    chat = ChatAccumulator()
    with client.stream(
        operation_id,
        path_params=parts["path_params"],
        query=parts["query"],
        headers=parts["headers"],
        body=body,
        parse=lambda raw: raw,
    ) as stream:
        for event in stream:
            is_chat = isinstance(event, Mapping) and "choices" in event
            if output == "json" or not is_chat:
                io.stdout.write(redact(json.dumps(event, ensure_ascii=False, default=str)) + "\n")
            else:
                chat.add(event)
                io.stdout.write(chat.delta_text(event))
            io.stdout.flush()
    if output != "json" and chat.message.get("content") is not None:
        io.stdout.write("\n")
    return EXIT_OK


_RAW = re.compile(r"^([A-Za-z]+)\s+(/\S*)$")


def _raw_call(
    spec: GatewaySpec, method: str, path: str, args: argparse.Namespace, io: Streams
) -> int:
    """``clientgen call GATEWAY "POST /path" --json ...``: an undocumented (or catalogued) path,
    through the client's auth, retry rule and error mapping; the payload is the JSON body (the
    query for GET/HEAD/DELETE)."""
    from ..raw import describe_path

    payload = build_payload(args.json_file, args.assignments, io)
    method = method.upper()
    io.err(describe_path(spec, method, path)[1])
    if not resolve_base_url(spec, args.base_url):
        raise UsageError(
            f"no server URL for {spec.name}: pass --base-url or set {spec.base_url_env}"
        )
    try:
        client = SyncClient(spec, base_url=args.base_url, journal=args.journal)
    except MissingAPIKeyError as exc:
        raise UsageError(str(exc)) from None
    in_query = method in ("GET", "HEAD", "DELETE")
    with client:
        try:
            result = client.request(
                method,
                path,
                params=payload if in_query and payload else None,
                json=None if in_query or not payload else payload,
            )
        except GatewayClientError as exc:
            io.err(str(exc))
            return EXIT_GATEWAY
    _print_result(result, io)
    return EXIT_OK


def run(args: argparse.Namespace, io: Streams) -> int:
    gateway = resolve_gateway(args.gateway)
    spec = GatewaySpec.from_dict(
        gateway.data,
        module=gateway.module,
        path=str(gateway.spec_path.resolve()) if gateway.spec_path else None,
    )
    try:
        op = spec.operations[resolve_operation(spec, args.operation).operation_id]
    except UnknownOperationError as exc:
        raw = _RAW.match(args.operation.strip())
        if raw is None:
            raise UsageError(str(exc), exc.suggestions) from None
        return _raw_call(spec, raw.group(1), raw.group(2), args, io)
    is_task = op.task is not None or any(op.operation_id in b.submit for b in spec.tasks.values())
    name = op.python_name or op.operation_id
    for flag, value in (("--wait", args.wait), ("--download", args.download)):
        if value and not is_task:
            raise UsageError(f"{flag}: {name} does not start a task")
    if args.stream and op.stream is None:
        raise UsageError(f"--stream: {name} does not stream")
    if args.download:
        check_download_dir(args.download)  # before the submit: a task is paid for
    streaming = op.stream is not None and (args.stream or op.stream.flag is None)
    payload = build_payload(args.json_file, args.assignments, io)
    parts = split_payload(op, payload)
    binary = op.body.binary_fields if op.body is not None else ()
    parts["body"] = at_files(op, parts["body"])
    parts["body"], file_problems = resolve_files(parts["body"], binary)
    if file_problems:
        return _print_problems(file_problems, args.output, io)
    body = parts["body"] if op.body is not None else None
    if streaming and op.stream is not None and op.stream.flag:
        body = {**(body or {}), op.stream.flag: True}
    if not resolve_base_url(spec, args.base_url):
        raise UsageError(
            f"no server URL for {spec.name}: pass --base-url or set {spec.base_url_env}"
        )
    try:
        client = SyncClient(
            spec,
            base_url=args.base_url,
            journal=args.journal,
            strict_validation=not args.allow_unknown,
        )
    except MissingAPIKeyError as exc:
        raise UsageError(str(exc)) from None
    with client:
        try:
            if streaming:
                return _print_stream(client, op.operation_id, parts, body, args.output, io)
            if not is_task:
                result = client.request(
                    op.operation_id,
                    path_params=parts["path_params"],
                    query=parts["query"],
                    headers=parts["headers"],
                    body=body,
                )
                _print_result(result, io)
                return EXIT_OK
            task = client.submit_task(
                op.operation_id,
                path_params=parts["path_params"],
                query=parts["query"],
                headers=parts["headers"],
                body=body,
                parse=lambda raw: raw,
            )
        except PayloadValidationError as exc:
            return _print_problems(exc.problems, args.output, io)
        except MissingAPIKeyError as exc:
            raise UsageError(str(exc)) from None
        except GatewayClientError as exc:
            io.err(str(exc))
            return EXIT_GATEWAY
        where = client._core.journal.state(task.id)
        io.err(f"submitted {spec.name} task {task.id} ({where})")
        if args.wait or args.download:
            return wait_and_report(
                task, args.timeout, args.poll_interval, args.output, io, args.download
            )
        if args.output == "json":
            emit_json(io.stdout, json.loads(task.to_json()))
        else:
            io.out(task.id)
            io.err(f"wait for it: clientgen tasks resume {task.id}")
        return EXIT_OK
