"""Every pointer of ``x-tasks``, ``x-outputs`` and ``x-error-envelopes`` resolved in its schema.

A task's ``id`` points into its submit replies, ``status`` and the rest into its poll reply, an
operation's ``x-outputs`` into its own reply, an envelope's pointers into the error replies (and,
with ``in-success``, the success replies) of the operations that use it.
"""

from __future__ import annotations

from collections.abc import Iterator
from typing import Any

from generator.lint.context import SpecContext
from generator.lint.reach import reaches_any
from generator.problems import escape_pointer_token
from generator.validate import as_dict

Found = tuple[str, str, str]  # (rule id, JSON pointer in the spec, message)
POLL_POINTERS = ("status", "progress", "queue-position", "result", "error-code", "error-message")
OUTPUT_POINTERS = ("url", "data", "media-type-from", "expires-at")
ENVELOPE_POINTERS = ("detect", "code", "message", "type", "details")


def _missing(ctx: SpecContext, schemas: list[Any], pointer: Any) -> bool:
    return (
        isinstance(pointer, str)
        and pointer != ""
        and reaches_any(ctx.data, schemas, pointer) is False
    )


def _outputs(
    ctx: SpecContext, outputs: Any, schemas: list[Any], at: str, what: str
) -> Iterator[Found]:
    for i, item in enumerate(outputs if isinstance(outputs, list) else []):
        for key in OUTPUT_POINTERS:
            value = as_dict(item).get(key)
            if _missing(ctx, schemas, value):
                yield (
                    "output-pointer-unresolved",
                    f"{at}/{i}/{key}",
                    f"{key} {value!r} names no field of {what}",
                )


def task_pointers(ctx: SpecContext) -> Iterator[Found]:
    """Pointers of each task binding, in the submit or poll reply they read."""
    for name, binding in as_dict(ctx.data.get("x-tasks")).items():
        at = "/x-tasks/" + escape_pointer_token(str(name))
        binding = as_dict(binding)
        submits = [s for s in binding.get("submit") or [] if isinstance(s, str)]
        submitted = [schema for op in submits for schema in ctx.responses(op, True)]
        ids = binding.get("id")
        for i, pointer in enumerate(ids if isinstance(ids, list) else [ids]):
            where = f"{at}/id/{i}" if isinstance(ids, list) else f"{at}/id"
            if _missing(ctx, submitted, pointer):
                yield (
                    "task-pointer-unresolved",
                    where,
                    f"id {pointer!r} names no field of the replies of {', '.join(submits)}",
                )
        poll = binding.get("poll")
        polled = ctx.responses(poll, True) if isinstance(poll, str) else []
        for key in POLL_POINTERS:
            pointer = binding.get(key)
            if _missing(ctx, polled, pointer):
                yield (
                    "task-pointer-unresolved",
                    f"{at}/{key}",
                    f"{key} {pointer!r} names no field of the reply of {poll}",
                )
        what = f"the reply of {poll}"
        yield from _outputs(ctx, binding.get("outputs"), polled, f"{at}/outputs", what)


def operation_outputs(ctx: SpecContext) -> Iterator[Found]:
    """``x-outputs`` of each operation, in its own success reply."""
    for op in ctx.operations.values():
        outputs = op.data.get("x-outputs")
        if outputs is not None:
            schemas = ctx.responses(op.op_id, True)
            yield from _outputs(
                ctx, outputs, schemas, f"{op.pointer}/x-outputs", f"the reply of {op.op_id}"
            )


def envelope_pointers(ctx: SpecContext) -> Iterator[Found]:
    """Pointers of each error envelope, in the replies of the operations that use it.

    Only bodies whose schema has the envelope's ``detect`` field are the envelope's: error
    replies and stream events, or when none has it and the envelope has ``ok-values`` (it reads
    codes of 2xx bodies, Midjourney-style), 2xx replies. A 2xx body that merely has the field is the
    ``in-success`` safety net, not the envelope's shape. When no reply has it, the document shows
    no body of that shape and nothing is claimed.
    """
    envelopes = as_dict(ctx.data.get("x-error-envelopes"))
    default = [n for n in ctx.data.get("x-default-error-envelopes") or [] if isinstance(n, str)]
    users: dict[str, list[str]] = {name: [] for name in envelopes}
    for op in ctx.operations.values():
        for name in op.data.get("x-error-envelopes") or default:
            users.setdefault(str(name), []).append(op.op_id)
    for name, envelope in envelopes.items():
        envelope = as_dict(envelope)
        at = "/x-error-envelopes/" + escape_pointer_token(str(name))
        detect = envelope.get("detect")
        if not isinstance(detect, str):
            continue
        own: list[Any] = []
        for success in (False, True):  # error replies; 2xx ones for envelopes with ok-values
            if own or (success and not envelope.get("ok-values")):
                break
            ops = users.get(str(name), [])
            schemas = [s for op in ops for s in ctx.responses(op, success)]
            if not success:  # a stream's error event is read through the same envelopes
                schemas += [s for op in ops for s in ctx.events(op)]
            own = [s for s in schemas if reaches_any(ctx.data, [s], detect) is True]
        for key in ENVELOPE_POINTERS[1:]:
            pointer = envelope.get(key)
            if own and _missing(ctx, own, pointer):
                yield (
                    "envelope-pointer-unresolved",
                    f"{at}/{key}",
                    f"{key} {pointer!r} names no field of the error bodies that have {detect!r}",
                )


def check(ctx: SpecContext) -> Iterator[Found]:
    """All pointer findings of the document."""
    yield from task_pointers(ctx)
    yield from operation_outputs(ctx)
    yield from envelope_pointers(ctx)


__all__ = ["check"]
