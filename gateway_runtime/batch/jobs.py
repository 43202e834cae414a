"""Reading a jobs file: one JSON payload per line, validated in full before anything is sent.

A line is a JSON object: the payload, with an optional ``"id"`` (the job id; default: the line
number). Where the operation itself has an ``id`` member, write ``{"id": ..., "payload": {...}}``.
Payload members naming a path, query or header parameter go there; the rest is the body.
Lines are read one at a time (100,000 lines are never all in memory); only the job ids are kept,
to refuse duplicates. Blank lines and lines starting with ``#`` are skipped.
"""

from __future__ import annotations

import hashlib
import json
from collections.abc import Callable, Iterator, Mapping
from pathlib import Path
from typing import Any, NamedTuple

from ..spec import OperationSpec
from ..validation import report_operation, validate_operation_parameters
from .errors import BatchInputError, LineProblem
from .store import NewJob

__all__ = ["Job", "Parts", "new_jobs", "read_jobs", "split_payload"]

_FULL_WIDTH = "，：；“”‘’｛｝［］（）　"
_MAX_LINE = 8 * 1024 * 1024


class Parts(NamedTuple):
    """A payload sorted into the request's places (wire names)."""

    path_params: dict[str, Any]
    query: dict[str, Any]
    headers: dict[str, Any]
    body: dict[str, Any] | None


class Job(NamedTuple):
    """One valid line: its id, line number, payload (as written) and price (``None``: unknown)."""

    job_id: str
    line: int
    payload: dict[str, Any]
    price: float | None

    @property
    def text(self) -> str:
        return json.dumps(self.payload, ensure_ascii=False, sort_keys=True, separators=(",", ":"))

    @property
    def digest(self) -> str:
        return hashlib.sha256(self.text.encode()).hexdigest()[:32]


def split_payload(op: OperationSpec, payload: Mapping[str, Any]) -> tuple[Parts, list[str]]:
    """``payload`` sorted into path/query/headers/body, and the problems found doing so."""
    places: dict[str, dict[str, Any]] = {"path": {}, "query": {}, "header": {}}
    body: dict[str, Any] = {}
    by_name = {}
    for param in op.parameters:
        by_name[param.name] = param
        if param.python_name:
            by_name[param.python_name] = param
    for key, value in payload.items():
        found = by_name.get(key)
        if found is not None and found.location in places:
            places[found.location][found.name] = value
        else:
            body[key] = value
    problems = []
    if body and op.body is None:
        names = sorted({p.python_name or p.name for p in op.parameters})
        problems.append(
            f"{op.operation_id} takes no body; unknown field(s) {', '.join(sorted(body))}"
            + (f" (its parameters: {', '.join(names)})" if names else "")
        )
    parts = Parts(places["path"], places["query"], places["header"], body if op.body else None)
    return parts, problems


def _json_problem(text: str, exc: json.JSONDecodeError) -> str:
    message = f"not JSON (column {exc.colno}: {exc.msg})"
    wide = sorted({c for c in text if c in _FULL_WIDTH})
    if wide:
        message += (
            f"; it contains full-width punctuation {' '.join(wide)!s} — JSON needs ASCII "
            'punctuation (, : " { } [ ]) outside strings'
        )
    return message


def _problems(op: OperationSpec, payload: dict[str, Any]) -> list[str]:
    parts, problems = split_payload(op, payload)
    if problems:
        return problems
    parameters = {**parts.path_params, **parts.query, **parts.headers}
    checked = parts.body if op.body is not None else parameters
    found = validate_operation_parameters(op, parameters)
    found += report_operation(op, checked or {}).problems
    return [p.message for p in found]


def _open(path: Path) -> Iterator[tuple[int, str]]:
    try:
        handle = path.open("rb")
    except FileNotFoundError:
        raise BatchInputError(f"{path}: no such file") from None
    except IsADirectoryError:
        raise BatchInputError(f"{path}: is a directory, not a jobs file") from None
    except OSError as exc:
        raise BatchInputError(f"{path}: cannot read: {exc.strerror or exc}") from None
    with handle:
        for number, raw in enumerate(handle, 1):
            if len(raw) > _MAX_LINE:
                raise BatchInputError(f"{path}:{number}: line longer than {_MAX_LINE} bytes")
            try:
                yield number, raw.decode("utf-8")
            except UnicodeDecodeError:
                raise BatchInputError(f"{path}:{number}: not UTF-8 text") from None


def _parse(
    op: OperationSpec, number: int, text: str, validate: bool = True
) -> tuple[str | None, dict[str, Any] | None, list[str]]:
    try:
        data = json.loads(text)
    except json.JSONDecodeError as exc:
        return None, None, [_json_problem(text, exc)]
    except RecursionError:
        return None, None, ["nested too deeply"]
    if not isinstance(data, dict):
        return None, None, [f"expected a JSON object, found {type(data).__name__}"]
    wrapped = set(data) <= {"id", "payload"} and isinstance(data.get("payload"), dict)
    raw_id = data.get("id", number)
    payload = dict(data["payload"]) if wrapped else {k: v for k, v in data.items() if k != "id"}
    if isinstance(raw_id, bool) or not isinstance(raw_id, str | int) or str(raw_id) == "":
        return None, payload, ["'id' must be a non-empty string or an integer"]
    return str(raw_id), payload, _problems(op, payload) if validate else []


def read_jobs(
    path: Path,
    op: OperationSpec,
    price: Callable[[Mapping[str, Any]], float | None],
    bad: Callable[[LineProblem], None],
    *,
    validate: bool = True,
) -> Iterator[Job]:
    """Every valid job of ``path`` in order; every bad line goes to ``bad`` (with its number).

    ``validate=False`` (a second pass over a file already checked) only parses the lines.
    """
    seen: dict[str, int] = {}
    for number, text in _open(path):
        stripped = text.strip()
        if not stripped or stripped.startswith("#"):
            continue
        job_id, payload, problems = _parse(op, number, stripped, validate)
        if job_id is not None:
            first = seen.get(job_id)
            if first is not None:
                problems.append(f"duplicate id {job_id!r} (first on line {first})")
            else:
                seen[job_id] = number
        if problems or payload is None or job_id is None:
            bad(LineProblem(str(path), number, problems, job_id))
            continue
        yield Job(job_id, number, payload, price(payload))


def new_jobs(
    path: Path,
    op: OperationSpec,
    price: Callable[[Mapping[str, Any]], float | None],
    bad_lines: set[int],
) -> Iterator[NewJob]:
    """The store records of a checked file's valid jobs (a second, cheap pass)."""
    for job in read_jobs(path, op, price, lambda problem: None, validate=False):
        if job.line not in bad_lines:
            yield NewJob(job.job_id, job.line, job.text, job.digest, job.price)
