"""Before anything is sent: the output folder, the operation, the jobs file and the prices.

Everything here runs before the first request: an unwritable folder, an unknown or non-task
operation, a bad line, a missing price under ``max_cost`` each raise :class:`BatchInputError`
(exit 2 on the command line), and nothing has been paid.
"""

from __future__ import annotations

import json
import os
from collections.abc import Iterable, Mapping
from dataclasses import dataclass, field
from pathlib import Path
from typing import Any

from .._core import ClientCore
from ..auth import credentials_for
from ..errors import MissingAPIKeyError
from ..spec import GatewaySpec, OperationSpec, SpecError, TaskBinding
from ..validation import resolve_operation
from .config import BatchConfig
from .errors import BatchInputError, LineProblem
from .jobs import read_jobs
from .pricing import PriceTable, load_prices
from .results import INVALID_FILE

__all__ = ["INPUT_FILE", "Plan", "check_client", "check_out", "make_plan"]

INPUT_FILE = "jobs.input.jsonl"
"""Where jobs given as Python objects are written, so they are read like a file."""


@dataclass
class Plan:
    """What a batch would do: the operation, its jobs (by count) and their estimated cost."""

    op: OperationSpec
    binding: TaskBinding
    jobs_path: Path
    prices: PriceTable | None
    gateway: str = ""
    valid: int = 0
    problems: list[LineProblem] = field(default_factory=list)
    estimated_cost: float = 0.0
    unknown_prices: int = 0
    would_start: int = 0

    def text(self) -> str:
        op = self.op
        name = f"{op.python_name} ({op.operation_id})" if op.python_name else op.operation_id
        cur = f" {self.prices.currency}" if self.prices and self.prices.currency else ""
        lines = [
            f"plan: {self.valid} valid jobs ({len(self.problems)} invalid lines) for {name} "
            f"on {self.gateway}, from {self.jobs_path}",
            f"estimated cost: {self.estimated_cost:.6g}{cur}"
            + (f" plus {self.unknown_prices} jobs of unknown price" if self.unknown_prices else "")
            + ("" if self.prices else " (no price table: pass --prices prices.yaml)"),
            f"jobs that would start within the caps: {self.would_start} of {self.valid}",
        ]
        return "\n".join(lines)


def check_client(core: ClientCore, plan: Plan) -> None:
    """A key and a server URL for the submit and the poll, before the first request."""
    if not core.base_url:
        raise BatchInputError(
            f"no server URL for {core.spec.name}: pass base_url=... (--base-url) or set "
            f"{core.spec.base_url_env}; nothing was sent"
        )
    for op in (plan.op, core.spec.operation(plan.binding.poll)):
        try:
            credentials_for(core.spec, op, core.api_key)
        except MissingAPIKeyError as exc:
            raise BatchInputError(f"{exc.message}; nothing was sent") from None


def check_out(out: Path) -> None:
    """Create ``out`` and prove it writable, before anything is paid."""
    try:
        out.mkdir(parents=True, exist_ok=True)
        probe = out / ".write-test"
        probe.write_text("ok", encoding="utf-8")
        probe.unlink()
    except FileExistsError:
        raise BatchInputError(f"{out}: exists and is not a folder; choose another --out") from None
    except OSError as exc:
        raise BatchInputError(
            f"{out}: cannot write the output folder: {exc.strerror or exc}"
        ) from None


def _operation(spec: GatewaySpec, name: str) -> tuple[OperationSpec, TaskBinding]:
    op = spec.operations[resolve_operation(spec, name).operation_id]
    try:
        return op, spec.binding_for_submit(op.operation_id)
    except (SpecError, KeyError, LookupError):
        starters = sorted(
            {n for b in spec.tasks.values() for n in b.submit if n in spec.operations}
        )
        named = [spec.operations[n].python_name or n for n in starters]
        raise BatchInputError(
            f"{op.python_name or op.operation_id} does not start a task; a batch runs task "
            f"operations of {spec.name}: {', '.join(named) or 'none'}"
        ) from None


def _jobs_file(jobs: str | os.PathLike[str] | Iterable[Mapping[str, Any]], out: Path) -> Path:
    if isinstance(jobs, str | os.PathLike):
        return Path(jobs)
    path = out / INPUT_FILE
    with path.open("w", encoding="utf-8") as handle:
        for job in jobs:
            handle.write(json.dumps(job, ensure_ascii=False, default=str) + "\n")
    return path


def make_plan(
    spec: GatewaySpec,
    operation: str,
    jobs: str | os.PathLike[str] | Iterable[Mapping[str, Any]],
    out: Path,
    config: BatchConfig,
    prices: PriceTable | str | os.PathLike[str] | None,
) -> Plan:
    """Check everything and count the jobs (one streaming pass over the file)."""
    op, binding = _operation(spec, operation)
    check_out(out)
    if isinstance(prices, str | os.PathLike):
        table: PriceTable | None = load_prices(prices)
    elif prices is None and op.pricing:
        table = PriceTable(op.pricing, f"x-pricing of {op.operation_id}")
    else:
        table = prices
    plan = Plan(op, binding, _jobs_file(jobs, out), table, spec.name)
    price = table.price if table is not None else (lambda payload: None)
    tasks, cost, capped = 0, 0.0, False
    for job in read_jobs(plan.jobs_path, op, price, plan.problems.append):
        plan.valid += 1
        if job.price is None:
            plan.unknown_prices += 1
        else:
            plan.estimated_cost += job.price
        counted = job.price if job.price is not None else (config.unknown_price or 0.0)
        if not capped:
            over_tasks = config.max_tasks is not None and tasks + 1 > config.max_tasks
            over_cost = config.max_cost is not None and cost + counted > config.max_cost + 1e-9
            capped = over_tasks or over_cost
            if not capped:
                tasks, cost = tasks + 1, cost + counted
    plan.would_start = tasks
    if plan.problems and not config.skip_invalid:
        raise BatchInputError(
            f"{plan.jobs_path}: {len(plan.problems)} bad line(s) of {plan.valid + len(plan.problems)}"
            "; nothing was sent (fix them, or pass --skip-invalid to run the rest):",
            plan.problems,
        )
    if config.max_cost is not None and plan.unknown_prices and config.unknown_price is None:
        raise BatchInputError(
            f"--max-cost {config.max_cost:g}: {plan.unknown_prices} job(s) have no price in "
            f"{table.source if table else 'any price table'}; pass --prices with their models, "
            "or --unknown-price X to count each as X; nothing was sent"
        )
    if plan.valid == 0 and not plan.problems:
        raise BatchInputError(f"{plan.jobs_path}: no jobs (every line is blank or a comment)")
    if plan.problems:
        with (out / INVALID_FILE).open("w", encoding="utf-8") as handle:
            for problem in plan.problems:
                handle.write(json.dumps(problem.to_dict(), ensure_ascii=False) + "\n")
    elif (out / INVALID_FILE).exists():
        (out / INVALID_FILE).unlink()
    return plan
