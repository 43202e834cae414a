"""``python -m generator.simulator GATEWAY [--port N] [--seed S] [--api-key K] [--log] [faults]``."""

from __future__ import annotations

import argparse
import sys
from collections.abc import Sequence

from generator.problems import SpecError

from .faults import Faults
from .gateway import load_gateway
from .server import serve


def _rate(text: str) -> float:
    value = float(text)
    if not 0.0 <= value <= 1.0:
        raise argparse.ArgumentTypeError(f"{text} is not a rate between 0 and 1")
    return value


def build_parser() -> argparse.ArgumentParser:
    p = argparse.ArgumentParser(
        prog="python -m generator.simulator",
        description="Serve a gateway's whole spec on 127.0.0.1: no key, no network, no cost.",
    )
    p.add_argument("gateway", help="gateway name (qingbo, uniapi, ...) or path of an OpenAPI file")
    p.add_argument("--port", type=int, default=0, help="port (0: pick a free one; default)")
    p.add_argument("--host", default="127.0.0.1")
    p.add_argument("--seed", type=int, default=0, help="seed of the injected faults (default 0)")
    p.add_argument("--polls", type=int, default=3, help="polls a task takes to finish (default 3)")
    p.add_argument(
        "--task-seconds", type=float, default=0.0, help="least seconds a task takes (default 0)"
    )
    p.add_argument("--fail-rate", type=_rate, default=0.0, help="share of tasks that fail")
    p.add_argument("--stuck-rate", type=_rate, default=0.0, help="share of tasks that never finish")
    p.add_argument(
        "--drift-rate", type=_rate, default=0.0, help="share of polls with an undeclared status"
    )
    p.add_argument("--rate-limit", type=_rate, default=0.0, help="share of requests answered 429")
    p.add_argument(
        "--retry-after", type=float, default=1.0, help="seconds in Retry-After (default 1)"
    )
    p.add_argument("--server-error", type=_rate, default=0.0, help="share of requests answered 500")
    p.add_argument(
        "--error-body",
        type=_rate,
        default=0.0,
        help="share answered HTTP 200 with an error envelope",
    )
    p.add_argument("--latency", type=float, default=0.0, help="seconds added to every answer")
    p.add_argument(
        "--garbled", type=_rate, default=0.0, help="share answered HTTP 200 with a non-JSON body"
    )
    p.add_argument("--lost-rate", type=_rate, default=0.0, help="share of polls answered 404")
    p.add_argument(
        "--api-key",
        metavar="KEY",
        help="accept only this key; others get a 401 in the gateway's own error envelope"
        " (default: any non-empty key)",
    )
    p.add_argument(
        "--log", action="store_true", help="print one line per request received (stdout)"
    )
    return p


def main(argv: Sequence[str] | None = None) -> int:
    args = build_parser().parse_args(argv)
    try:
        gateway = load_gateway(args.gateway)
    except SpecError as exc:
        for problem in exc.problems:
            print(problem, file=sys.stderr)
        return 2
    if args.error_body > 0 and not any(e.in_success for e in gateway.spec.error_envelopes.values()):
        print(
            f"note: {gateway.name}'s error envelopes never flag HTTP 200 bodies (in-success: false);"
            " --error-body injects nothing",
            file=sys.stderr,
        )
    faults = Faults(
        fail_rate=args.fail_rate,
        stuck_rate=args.stuck_rate,
        drift_rate=args.drift_rate,
        rate_limit=args.rate_limit,
        retry_after=args.retry_after,
        server_error=args.server_error,
        error_body=args.error_body,
        latency=args.latency,
        garbled=args.garbled,
        lost_rate=args.lost_rate,
    )
    serve(
        gateway,
        args.port,
        args.seed,
        faults,
        host=args.host,
        polls=args.polls,
        task_seconds=args.task_seconds,
        announce=lambda line: print(line, flush=True),
        log_to=(lambda line: print(line, flush=True)) if args.log else None,
        api_key=args.api_key,
    )
    return 0


if __name__ == "__main__":
    sys.exit(main())
