"""Operations whose request check would cost too much to run before a call, said at generation.

Generated clients validate each payload locally before sending it (``gateway_runtime.validation``).
``allOf`` diamonds are rewritten there into linear schemas, but alternatives (``anyOf``/``oneOf``)
reached through shared schemas, or descending into the same member of the payload level after
level, may still make one value cost more than
:data:`~gateway_runtime.validation.conjunctions.MAX_EXPANSION` checks: the client then refuses
to validate (a clear ``SchemaError``) instead of hanging. This says so when the package is made.
"""

from __future__ import annotations

from typing import Any

from gateway_runtime.validation.conjunctions import MAX_EXPANSION, bounded_form, costs
from generator.lint import LintFinding
from generator.load import LoadedSpec
from generator.problems import escape_pointer_token

RULE = "validation-cost"


def costly_operations(loaded: LoadedSpec, runtime_spec: dict[str, Any]) -> list[LintFinding]:
    """One finding per operation whose payload check exceeds the bound (one pass for all)."""
    operations = runtime_spec.get("operations") or {}
    roots = {
        str(op_id): op.get("payload_schema") or True
        for op_id, op in operations.items()
        if isinstance(op, dict)
    }
    if not roots:
        return []
    document = {"$defs": runtime_spec.get("schemas") or {}, "properties": roots}
    # The rewrite removes repeated checks and adds at most one per node whose keywords it moves,
    # so a document far under the bound as written (OpenAI's peaks at 74) stays under it: that
    # skips the rewrite (~0.25 s on OpenAI's). Near the bound, the rewritten form decides.
    as_written = costs(document)
    if all(v <= MAX_EXPANSION // 2 for v in as_written.values()):
        return []
    flat, _, _ = bounded_form(document)
    by_pointer = costs(flat)
    found = []
    for op_id in roots:
        cost = by_pointer.get(f"/properties/{escape_pointer_token(op_id)}", 1)
        if cost <= MAX_EXPANSION:
            continue
        op = operations[op_id]
        pointer = f"/paths/{escape_pointer_token(str(op.get('path', '')))}/"
        pointer += str(op.get("method", "")).lower()
        message = (
            f"operation {op_id!r}: checking one request against its schema would take more than "
            f"{MAX_EXPANSION:,} subschema checks (anyOf/oneOf alternatives reached through shared "
            "schemas, or each checking the same member again one level down); generated clients "
            "refuse to validate it locally (SchemaError) - simplify "
            "the schema, or call it with validate=False"
        )
        found.append(LintFinding(loaded.problem(pointer, message), RULE))
    return found
