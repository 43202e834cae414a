"""The classification rules: each has an id, a level, the change it reads and a message template.

A rule applies to a ``Change`` of its kind (and direction, and condition); the first rule that
applies decides the level and the words. Levels, from worst: ``breaking`` (callers' code or calls
stop working), ``may-break`` (some callers may be hit: a new status in a reply, a moved endpoint),
``compatible`` (additions, loosened requests) and ``documentation`` (text only).
"""

from __future__ import annotations

from collections.abc import Callable
from dataclasses import dataclass

from generator.diff.changes import Change

LEVELS = ("breaking", "may-break", "compatible", "documentation")
REPLY = ("response", "event")


@dataclass(frozen=True)
class Rule:
    """One check: which changes it reads, how bad they are, and how to say it."""

    id: str
    level: str
    kind: str
    template: str
    directions: tuple[str, ...] = ()
    when: Callable[[Change], bool] | None = None

    def applies(self, change: Change) -> bool:
        """Whether this rule speaks for change."""
        if change.kind != self.kind:
            return False
        if self.directions and change.direction not in self.directions:
            return False
        return self.when is None or self.when(change)


def _required(change: Change) -> bool:
    facts = change.new if isinstance(change.new, dict) else {}
    return bool(facts.get("required"))


def _is_none(attr: str) -> Callable[[Change], bool]:
    return lambda c: getattr(c, attr) in (None, False)


def _rules() -> tuple[Rule, ...]:
    b, m, c, d = LEVELS
    req, rsp = ("request",), REPLY
    rules = [
        # Operations
        Rule(
            "operation-removed",
            b,
            "operation-removed",
            "{call} is gone; calling it raises AttributeError",
        ),
        Rule("operation-added", c, "operation-added", "new method {call} ({new_plain})"),
        Rule(
            "operation-renamed",
            b,
            "operation-renamed",
            "`client.{old_plain}()` is now {call}; the old name raises AttributeError",
        ),
        Rule(
            "operation-moved",
            m,
            "operation-moved",
            "{call} now sends {new_plain} instead of {old_plain}; the gateway must serve the new endpoint",
        ),
        Rule(
            "operation-returns-changed",
            m,
            "returns-changed",
            "{call} now returns `{new_plain}` instead of `{old_plain}`",
        ),
        Rule(
            "operation-became-task",
            b,
            "task-changed",
            "{call} now returns a task handle (call `.wait()` for the result) instead of the reply",
            when=_is_none("old"),
        ),
        Rule(
            "operation-left-task",
            b,
            "task-changed",
            "{call} no longer returns a task handle; `.wait()` on its result raises AttributeError",
            when=_is_none("new"),
        ),
        Rule(
            "operation-task-changed",
            m,
            "task-changed",
            "{call} now submits `{new_plain}` tasks (was `{old_plain}`): other status words and outputs apply",
        ),
        Rule(
            "operation-stream-added",
            c,
            "stream-changed",
            "{call} can now stream (`stream=True`)",
            when=lambda ch: ch.new is True,
        ),
        Rule(
            "operation-stream-removed",
            b,
            "stream-changed",
            "{call} no longer streams; `stream=True` is refused",
        ),
        Rule(
            "operation-idempotent",
            c,
            "idempotent-changed",
            "{call} is now retried after timeouts and resets (a replay is safe)",
            when=lambda ch: ch.new is True,
        ),
        Rule(
            "operation-not-idempotent",
            c,
            "idempotent-changed",
            "{call} is no longer retried after a timeout (a replay could pay twice)",
        ),
        Rule(
            "operation-security-changed",
            m,
            "security-changed",
            "{call} authenticates with {new} instead of {old}",
        ),
        Rule(
            "operation-envelopes-changed",
            m,
            "error-envelopes-changed",
            "errors of {call} are read from envelopes {new} (was {old}): `except` clauses may see other codes",
        ),
        Rule(
            "operation-outputs-changed",
            m,
            "outputs-changed",
            "the files of {call} are found at {new} (was {old}); saved outputs may differ",
        ),
        # Arguments (the Python signature)
        Rule(
            "request-argument-removed",
            b,
            "argument-removed",
            "`client.{name}({arg}=...)` now raises TypeError (the argument is gone)",
        ),
        Rule(
            "request-argument-added-required",
            b,
            "argument-added",
            "{call} now requires `{arg}=`; calls without it raise TypeError",
            when=_required,
        ),
        Rule(
            "request-argument-added",
            c,
            "argument-added",
            "{call} accepts a new optional argument `{arg}=`",
        ),
        Rule(
            "request-argument-renamed",
            b,
            "argument-renamed",
            "`client.{name}({old_plain}=...)` now raises TypeError; the argument is now `{new_plain}=`",
        ),
        Rule(
            "request-argument-required",
            b,
            "argument-required",
            "{call} without `{arg}=` now raises TypeError (the argument became required)",
        ),
        Rule(
            "request-argument-optional",
            c,
            "argument-optional",
            "`{arg}=` of {call} may now be left out",
        ),
        Rule(
            "request-argument-moved",
            m,
            "argument-moved",
            "`{arg}=` of {call} is now sent in the {new_plain} (was the {old_plain})",
        ),
        # Request fields (below the arguments)
        Rule(
            "request-field-added-required",
            b,
            "field-added",
            "{call} now needs `{field}` (inside `{top}=`); calls without it are refused before sending",
            req,
            _required,
        ),
        Rule("request-field-added", c, "field-added", "`{field}` may now be sent with {call}", req),
        Rule(
            "request-field-removed",
            m,
            "field-removed",
            "`{field}` is no longer documented for {call}; calls passing it may be refused",
            req,
        ),
        Rule(
            "request-field-required",
            b,
            "field-required",
            "`{field}` is now required by {call}; calls without it are refused before sending",
            req,
        ),
        Rule(
            "request-field-optional",
            c,
            "field-optional",
            "`{field}` may now be left out of {call}",
            req,
        ),
        Rule(
            "request-type-narrowed",
            b,
            "type-narrowed",
            "`{field}` of {call} now takes only {new_types} (was {old_types}); other values are refused before sending",
            req,
        ),
        Rule(
            "request-type-widened",
            c,
            "type-widened",
            "`{field}` of {call} now also takes {gained_types} (was {old_types})",
            req,
        ),
        Rule(
            "request-type-changed",
            b,
            "type-changed",
            "`{field}` of {call} now takes {new_types} instead of {old_types}; old values are refused before sending",
            req,
        ),
        Rule(
            "request-enum-value-added",
            c,
            "enum-added",
            "`{field}` of {call} now accepts {new_values}",
            req,
        ),
        Rule(
            "request-enum-value-removed",
            b,
            "enum-removed",
            "`client.{name}({field}={first_old})` is now refused before sending (PayloadValidationError); values removed: {old_values}",
            req,
        ),
        Rule(
            "request-enum-introduced",
            b,
            "enum-introduced",
            "`{field}` of {call} now takes only {new_values}; other values are refused before sending",
            req,
        ),
        Rule(
            "request-enum-dropped",
            c,
            "enum-dropped",
            "`{field}` of {call} now takes any value, not only {old_values}",
            req,
        ),
        Rule(
            "request-default-changed",
            m,
            "default-changed",
            "calls to {call} without `{field}` now get {new} instead of {old}",
            req,
        ),
        Rule(
            "request-constraint-tightened",
            b,
            "constraint-tightened",
            "`{field}` of {call}: {key} {old} → {new}; values outside are refused before sending",
            req,
        ),
        Rule(
            "request-constraint-loosened",
            c,
            "constraint-loosened",
            "`{field}` of {call}: {key} {old} → {new}; more values are accepted",
            req,
        ),
        Rule(
            "request-constraint-changed",
            m,
            "constraint-changed",
            "`{field}` of {call}: {key} {old} → {new}; some values may now be refused",
            req,
        ),
        # Reply fields (responses and stream chunks)
        Rule(
            "response-field-added", c, "field-added", "{reply} of {call} now carry `{field}`", rsp
        ),
        Rule(
            "response-field-removed",
            b,
            "field-removed",
            "{reply} of {call} no longer carry `{field}`; code reading it breaks",
            rsp,
        ),
        Rule(
            "response-field-required",
            c,
            "field-required",
            "`{field}` is now always present in {reply} of {call}",
            rsp,
        ),
        Rule(
            "response-field-optional",
            m,
            "field-optional",
            "`{field}` in {reply} of {call} may now be missing (None)",
            rsp,
        ),
        Rule(
            "response-type-narrowed",
            c,
            "type-narrowed",
            "`{field}` in {reply} of {call} is now only {new_types} (was {old_types})",
            rsp,
        ),
        Rule(
            "response-type-widened",
            m,
            "type-widened",
            "`{field}` in {reply} of {call} may now be {gained_types} (was {old_types})",
            rsp,
        ),
        Rule(
            "response-type-changed",
            b,
            "type-changed",
            "`{field}` in {reply} of {call} is now {new_types} instead of {old_types}",
            rsp,
        ),
        Rule(
            "response-enum-value-added",
            m,
            "enum-added",
            "`{field}` in {reply} of {call} may now be {new_values}; a `match` on it needs a case",
            rsp,
        ),
        Rule(
            "response-enum-value-removed",
            c,
            "enum-removed",
            "`{field}` in {reply} of {call} is no longer {old_values}",
            rsp,
        ),
        Rule(
            "response-enum-introduced",
            c,
            "enum-introduced",
            "`{field}` in {reply} of {call} is now one of {new_values}",
            rsp,
        ),
        Rule(
            "response-enum-dropped",
            m,
            "enum-dropped",
            "`{field}` in {reply} of {call} may now be any value, not only {old_values}",
            rsp,
        ),
        Rule(
            "response-default-changed",
            d,
            "default-changed",
            "the documented default of `{field}` in {reply} of {call}: {old} → {new}",
            rsp,
        ),
        Rule(
            "response-constraint-tightened",
            c,
            "constraint-tightened",
            "`{field}` in {reply} of {call}: {key} {old} → {new}",
            rsp,
        ),
        Rule(
            "response-constraint-loosened",
            m,
            "constraint-loosened",
            "`{field}` in {reply} of {call}: {key} {old} → {new}; values may now fall outside the old range",
            rsp,
        ),
        Rule(
            "response-constraint-changed",
            m,
            "constraint-changed",
            "`{field}` in {reply} of {call}: {key} {old} → {new}",
            rsp,
        ),
        # Tasks
        Rule(
            "task-added",
            c,
            "task-added",
            "new task binding `{task}`: {new_values} return task handles",
        ),
        Rule(
            "task-removed",
            b,
            "task-removed",
            "task binding `{task}` is gone: {old_values} no longer return task handles (`.wait()` raises AttributeError)",
        ),
        Rule(
            "task-status-moved",
            m,
            "status-added",
            "status `{new_plain}` of `{task}` tasks now counts as {as} (was {was}): `wait()` sees it {outcome}",
            when=lambda ch: bool(ch.extra.get("was")),
        ),
        Rule(
            "task-status-added",
            m,
            "status-added",
            "`wait()` may now see status `{new_plain}` on `{task}` tasks {outcome}",
        ),
        Rule(
            "task-status-removed",
            m,
            "status-removed",
            "status `{old_plain}` of `{task}` tasks is no longer known; `wait()` treats it as unknown",
        ),
        Rule(
            "task-binding-changed",
            m,
            "task-binding-changed",
            "`{task}` tasks: `{key}` is now {new} (was {old}); handles read the reply differently",
        ),
        Rule(
            "task-timing-changed", c, "task-timing-changed", "`{task}` tasks: `{key}` {old} → {new}"
        ),
        # The package as a whole
        Rule(
            "client-renamed",
            b,
            "client-changed",
            "`{new_plain}` replaces `{old_plain}`; `from … import {old_plain}` raises ImportError",
        ),
        Rule(
            "api-key-env-changed",
            b,
            "api-key-env-changed",
            "the client now reads its key from `${new_plain}` instead of `${old_plain}`",
        ),
        Rule(
            "auth-changed", m, "auth-changed", "authentication changed ({path}): {new} (was {old})"
        ),
        Rule(
            "base-url-changed",
            m,
            "base-url-changed",
            "clients built without `base_url=` now talk to {new} (was {old})",
        ),
        Rule(
            "error-envelope-added",
            c,
            "envelope-changed",
            "new error envelope `{path}`: errors of that shape carry their own code and message",
            when=_is_none("old"),
        ),
        Rule(
            "error-envelope-removed",
            m,
            "envelope-changed",
            "error envelope `{path}` is gone: errors of that shape lose their code and message",
            when=_is_none("new"),
        ),
        Rule(
            "error-envelope-changed",
            m,
            "envelope-changed",
            "error envelope `{path}` changed: errors may carry other codes and messages",
        ),
        Rule(
            "spec-version-changed",
            d,
            "spec-version-changed",
            "the spec's info.version is {new} (was {old})",
        ),
        Rule(
            "field-documentation-changed",
            d,
            "docs-changed",
            "the description of `{field}` ({direction}) of {call} changed",
            ("request", *REPLY),
        ),
        Rule(
            "operation-documentation-changed",
            d,
            "docs-changed",
            "the {path} of {call} changed",
            when=lambda ch: bool(ch.operation),
        ),
        Rule("package-documentation-changed", d, "docs-changed", "the package {path} changed"),
    ]
    return tuple(rules)


RULES = _rules()
FALLBACK = Rule("unclassified", "may-break", "", "{kind}: {old} → {new}")


def rule_for(change: Change) -> Rule:
    """The first rule that applies to change (a change no rule knows may break)."""
    return next((r for r in RULES if r.applies(change)), FALLBACK)


__all__ = ["FALLBACK", "LEVELS", "RULES", "Rule", "rule_for"]
