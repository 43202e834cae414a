"""Task status words: what a gateway's status means, also when it is not the documented word.

Gateways drift from their documents: a binding expecting ``completed`` meets ``succeeded``,
``SUCCESS`` or ``done``. A status is read in this order:

1. the binding's own lists (``success``/``failure``/``canceled``/``pending``, its case rule);
2. the client's ``status_aliases`` (case-insensitive), the user's explicit word;
3. the binding's lists case-insensitively, then common synonyms (below): mapped, with a warning
   (the caller logs it once per task and word);
4. anything else is ``unknown``: logged with the known words, and ``wait()`` gives up after
   ``max_unknown_polls`` such polls in a row.
"""

from __future__ import annotations

from collections.abc import Mapping
from typing import Literal, NamedTuple, get_args

from ._logs import logger
from .spec import TaskBinding
from .task_state import Outcome

__all__ = ["SYNONYMS", "Outcome", "Reading", "StatusWords", "known_words", "warn_off_document"]

Source = Literal["declared", "alias", "synonym", "unknown"]
_OUTCOMES: tuple[str, ...] = tuple(o for o in get_args(Outcome) if o != "unknown")

#: Common status words of task APIs, by outcome (compared after :func:`_key`).
SYNONYMS: Mapping[str, str] = {
    **dict.fromkeys(
        ("succeeded", "success", "successful", "done", "finished", "completed", "complete"),
        "success",
    ),
    **dict.fromkeys(("failed", "failure", "fail", "error", "errored"), "failure"),
    **dict.fromkeys(("canceled", "cancelled", "cancel"), "canceled"),
    **dict.fromkeys(
        (
            "running",
            "in_progress",
            "generating",
            "submitted",
            "queued",
            "queueing",
            "queuing",
            "pending",
            "processing",
            "waiting",
            "starting",
            "created",
            "not_start",
        ),
        "pending",
    ),
}


def _key(word: str) -> str:
    """Case- and separator-insensitive form: ``In-Progress`` → ``in_progress``."""
    return "_".join(word.casefold().replace("-", " ").split())


class Reading(NamedTuple):
    """A status word's outcome and where that meaning came from."""

    outcome: Outcome
    source: Source


class StatusWords:
    """Status interpretation for one client: built-in synonyms plus its ``status_aliases``."""

    def __init__(self, aliases: Mapping[str, str] | None = None) -> None:
        self.aliases: dict[str, str] = {}
        for word, outcome in (aliases or {}).items():
            value = str(outcome).casefold()
            value = {"succeeded": "success", "cancelled": "canceled"}.get(value, value)
            if value not in _OUTCOMES:
                raise ValueError(
                    f"status_aliases[{word!r}] = {outcome!r}: the outcome must be one of "
                    f"{', '.join(_OUTCOMES)}"
                )
            self.aliases[_key(str(word))] = value

    def read(self, binding: TaskBinding, status: str | None) -> Reading:
        """What ``status`` means for ``binding`` (see the module docstring for the order)."""
        if status is None:
            return Reading("unknown", "unknown")
        exact = binding.status_case != "insensitive"
        for outcome, words in _declared(binding):
            if any((w == status) if exact else (w.casefold() == status.casefold()) for w in words):
                return Reading(outcome, "declared")  # type: ignore[arg-type]
        key = _key(status)
        if key in self.aliases:
            return Reading(self.aliases[key], "alias")  # type: ignore[arg-type]
        for outcome, words in _declared(binding):
            if any(_key(w) == key for w in words):
                return Reading(outcome, "synonym")  # type: ignore[arg-type]
        if key in SYNONYMS:
            return Reading(SYNONYMS[key], "synonym")  # type: ignore[arg-type]
        return Reading("unknown", "unknown")

    def outcome(self, binding: TaskBinding, status: str | None) -> Outcome:
        return self.read(binding, status).outcome


def _declared(binding: TaskBinding) -> tuple[tuple[str, tuple[str, ...]], ...]:
    return (
        ("success", binding.success),
        ("failure", binding.failure),
        ("canceled", binding.canceled),
        ("pending", binding.pending),
    )


def known_words(binding: TaskBinding) -> str:
    """The binding's words by outcome, for messages: ``success: completed; failure: failed``."""
    return "; ".join(f"{o}: {', '.join(ws)}" for o, ws in _declared(binding) if ws)


def warn_off_document(
    words: StatusWords, binding: TaskBinding, status: str | None, who: str
) -> bool:
    """Log a WARNING when ``status`` is not one of the binding's words; True when it logged.

    A synonym says what it was read as; an unknown word (or no status) names the known words and
    how to map it.
    """
    reading = words.read(binding, status)
    if reading.source in ("declared", "alias"):
        return False
    known = known_words(binding)
    if status is None:
        logger.warning("%s: poll reply has no status at %s (known: %s)", who, binding.status, known)
    elif reading.source == "synonym":
        logger.warning(
            "%s: status %r is not among the documented words (%s); read as %s",
            who,
            status,
            known,
            reading.outcome,
        )
    else:
        logger.warning(
            "%s: unknown status %r (known: %s); map it with the client option "
            "status_aliases={%r: 'success'|'failure'|'canceled'|'pending'}",
            who,
            status,
            known,
            status,
        )
    return True
