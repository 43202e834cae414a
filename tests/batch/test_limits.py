"""Rate limits per gateway: runs in one process on one gateway and key share one bucket."""

from __future__ import annotations

import asyncio
import time
from pathlib import Path

import pytest

from gateway_runtime.batch import arun_batch, limits
from gateway_runtime.batch.limits import gateway_key, shared_limiter
from generated.qingbo import AsyncQingbo, Qingbo
from generator.simulator import Simulator

from .helpers import KEY, OPERATION, write_jobs


@pytest.fixture(autouse=True)
def _journal(monkeypatch: pytest.MonkeyPatch, tmp_path: Path) -> None:
    monkeypatch.setenv("GATEWAY_JOURNAL", str(tmp_path / "journal.sqlite3"))


def test_the_gateway_key_names_url_and_credential_never_the_secret() -> None:
    url, identity = gateway_key("http://u:pw@127.0.0.1:9/v1/", KEY)
    assert url == "http://127.0.0.1:9/v1" and KEY not in identity and "pw" not in url + identity
    assert gateway_key("http://127.0.0.1:9/v1", KEY) == gateway_key("http://127.0.0.1:9/v1", KEY)
    assert gateway_key("http://127.0.0.1:9/v1", KEY) != gateway_key("http://127.0.0.1:9/v1", "k2")
    assert gateway_key("http://127.0.0.1:9/v1", KEY)[1] != gateway_key("http://127.0.0.1:8", KEY)[1]


def test_runs_on_one_gateway_and_key_share_the_strictest_bucket() -> None:
    url = "http://127.0.0.1:9"
    with (
        Qingbo(api_key=KEY, base_url=url) as a,
        Qingbo(api_key=KEY, base_url=url + "/") as b,
        Qingbo(api_key="other-key", base_url=url) as c,
    ):
        with shared_limiter(a._core, 10.0) as first, shared_limiter(b._core, 4.0) as second:
            assert first is second and isinstance(first, limits.GatewayLimiter)
            assert first.rate == 4.0  # the strictest caller wins while it runs
            with shared_limiter(c._core, 10.0) as third:
                assert third is not first  # another key: another account, another bucket
            first.take(100.0)
            assert first.ready_at(100.0) == 100.0  # burst of 4
            for _ in range(3):
                first.take(100.0)
            assert second.ready_at(100.0) == pytest.approx(100.25)
        assert not limits._REGISTRY  # nothing kept once no run uses it
        with shared_limiter(a._core, None) as alone:
            assert alone.ready_at(5.0) == 5.0 and not limits._REGISTRY


def test_two_runs_side_by_side_keep_to_one_gateway_rate(tmp_path: Path) -> None:
    """Two async runs of 6 jobs (a submit and one poll each: 24 rate-limited requests) at 8/s:
    one shared bucket (burst 8) needs at least 2 s; two buckets would need 0.5 s."""
    seen: list[int] = []

    async def watch() -> None:
        while True:
            seen.append(len(limits._REGISTRY))
            await asyncio.sleep(0.05)

    async def main(url: str) -> float:
        async with (
            AsyncQingbo(api_key=KEY, base_url=url) as one,
            AsyncQingbo(api_key=KEY, base_url=url) as two,
        ):
            options = {"poll_interval": 0.01, "progress": False, "rate_limit": 8.0}
            watcher = asyncio.ensure_future(watch())
            start = time.monotonic()
            for n in ("a", "b"):
                write_jobs(tmp_path / f"{n}.jsonl", 6)
            done = await asyncio.gather(
                *(
                    arun_batch(c, OPERATION, tmp_path / f"{n}.jsonl", out=tmp_path / n, **options)
                    for c, n in ((one, "a"), (two, "b"))
                )
            )
            took = time.monotonic() - start
            watcher.cancel()
            assert [s.outcomes["succeeded"] for s in done] == [6, 6]
            return took

    with Simulator("qingbo", polls=1) as sim:
        took = asyncio.run(main(sim.url))
        assert sim.count("createTask") == 12 and sim.count("getTask") == 12
    assert took >= 1.9
    assert max(seen) == 1 and not limits._REGISTRY  # one bucket while both ran, none after
