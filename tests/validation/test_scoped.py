"""Which keywords make a ``$ref`` mean something other than its JSON pointer: one definition.

The rewrite of allOf diamonds and the pruning of unused ``$defs`` both keep out of documents
where a pointer may not mean the place it names. They once had two lists: pruning counted
draft 4's ``id`` in every dialect (so a Swagger-era ``"id": "Pet"`` kept every definition of a
2020-12 payload schema compiled), and the rewrite did not (right: in 2020-12 ``id`` is an
unknown keyword, and bailing there would also lose the bound on what a diamond costs).
"""

from __future__ import annotations

from typing import Any

import jsonschema_rs

from gateway_runtime.validation import compile_validator, conjunctions, schema
from gateway_runtime.validation.conjunctions import expansion, flatten_conjunctions
from gateway_runtime.validation.schema import SCOPED, prune_definitions, scoped_keywords


def test_the_scoped_keywords_are_pinned_and_shared() -> None:
    assert SCOPED == {
        "$id", "$anchor", "$dynamicRef", "$dynamicAnchor", "$recursiveRef", "$recursiveAnchor",
    }  # fmt: skip
    assert scoped_keywords("2020-12") is SCOPED and scoped_keywords("openapi-3.0") is SCOPED
    assert scoped_keywords("draft4") == SCOPED | {"id"}
    assert conjunctions.SCOPED is schema.SCOPED  # one definition, imported


def _swagger_style(depth: int) -> dict[str, Any]:
    """A diamond chain whose schemas carry a Swagger-era ``"id": "Dn"`` naming them."""
    defs: dict[str, Any] = {f"D{depth}": {"id": f"D{depth}", "type": "object"}}
    for i in range(depth):
        nxt = {"$ref": f"#/$defs/D{i + 1}"}
        defs[f"D{i}"] = {"id": f"D{i}", "allOf": [{"allOf": [nxt]}, {"allOf": [nxt]}]}
    defs["Unused"] = {"id": "Unused", "type": "string"}
    return {"$ref": "#/$defs/D0", "$defs": defs}


def test_id_is_no_identifier_in_2020_12_but_is_in_draft_4() -> None:
    document = _swagger_style(20)
    # 2020-12: the diamond is rewritten, so its cost is counted and linear ...
    flat = flatten_conjunctions(document)
    assert flat is not document
    assert expansion(flat)[0] < 100 < expansion(document)[0]
    # ... and the unused definition is pruned (the old pruning list kept all of them).
    assert "Unused" not in prune_definitions(document)["$defs"]
    assert "Unused" not in prune_definitions(document, "2020-12")["$defs"]
    # Draft 4: "id" moves the base URI, so the document is kept whole.
    assert prune_definitions(document, "draft4") is document


def test_a_draft_4_id_changes_what_a_pointer_means_and_the_check_agrees() -> None:
    """Below ``"id": "http://x/sub.json"`` a draft-4 ``#/$defs/a`` is the sub-schema's own."""
    document = {
        "$defs": {"a": {"type": "string"}, "unused": {"type": "null"}},
        "properties": {
            "p": {
                "id": "http://x/sub.json",
                "$defs": {"a": {"type": "integer"}},
                "properties": {"q": {"$ref": "#/$defs/a"}},
            }
        },
    }
    draft4 = compile_validator(document, dialect="draft4")
    reference = jsonschema_rs.Draft4Validator(document)
    for payload in ({"p": {"q": 1}}, {"p": {"q": "x"}}):
        assert draft4.is_valid(payload) == reference.is_valid(payload)
    assert draft4.is_valid({"p": {"q": 1}}) and not draft4.is_valid({"p": {"q": "x"}})
    # In 2020-12 "id" is nothing: the pointer is the root's, a string.
    modern = compile_validator(document)
    assert modern.is_valid({"p": {"q": "x"}}) and not modern.is_valid({"p": {"q": 1}})
