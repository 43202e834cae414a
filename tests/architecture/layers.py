"""The runtime's layer order, written once: each module may import only from its own layer or below.

Lowest first. A module of a subpackage (``validation``, ``batch``, ``workers``, ``cli``) takes its
package's layer. A new runtime module must be placed here; the test refuses unplaced modules.
Imports count wherever they stand: top level, inside functions, and under ``TYPE_CHECKING``.
Where a lower layer must name something of a higher one, it declares a ``Protocol`` instead
(e.g. ``tasks.SyncHost`` for the client).
"""

from __future__ import annotations

LAYERS: tuple[tuple[str, tuple[str, ...]], ...] = (
    (
        "foundation",  # values, errors, the spec model, options, redaction, validation, the journal
        (
            "redact",
            "jsonhint",
            "interrupt",
            "display",
            "_logs",
            "_pointer",
            "_media",
            "lazy",
            "accumulate",
            "model_base",
            "task_state",
            "errors",
            "jsonvalues",
            "loading",
            "spec",
            "types",
            "option_table",
            "options",
            "retry",
            "auth",
            "taskstore",
            "journal_writer",
            "journal",
            "journal_watch",
            "_journaling",
            "_status",
            "lenient",
            "progress",
            "validation",
        ),
    ),
    (
        "transport",  # HTTP I/O and sans-I/O flows: bounded decoding, events, headers, hosts
        (
            "_inflate",
            "_sse",
            "_headers",
            "_body",
            "_flow",
            "_hosts",
            "_request",
            "_response",
            "_aiohttp",
        ),
    ),
    (
        "calls",
        ("_preparing", "_sending", "_submitting", "_core"),
    ),  # one request: prepare, send, retry, read
    (
        "tasks_streams_outputs",  # and the calls built on calls: uploads first, raw paths
        (
            "_saving",
            "task_handle",
            "task_waiting",
            "tasks",
            "streaming",
            "outputs",
            "uploads",
            "raw",
        ),
    ),
    ("client", ("client", "__init__", "callbacks")),  # the public clients, re-exports, callbacks
    ("batch", ("batch",)),
    ("workers", ("workers",)),
    ("cli", ("cli",)),
)
