"""Response models read in snake_case, keep the wire names readable and dump to them."""

from __future__ import annotations

import asyncio
from pathlib import Path

import pytest

from generated.gptnb import models as gptnb_models
from generated.uniapi import AsyncUniAPI, UniAPI
from generated.uniapi import models as uniapi_models
from generator.simulator import running

KEY = "sk-sim-names-0123456789"


@pytest.fixture(autouse=True)
def _journal(monkeypatch: pytest.MonkeyPatch, tmp_path: Path) -> None:
    monkeypatch.setenv("GATEWAY_JOURNAL", str(tmp_path / "journal.sqlite3"))


@pytest.mark.parametrize("asynchronous", [False, True])
def test_midjourney_task_reads_snake_case_and_wire_names(asynchronous: bool) -> None:
    with running("uniapi", polls=1) as sim:
        if asynchronous:

            async def run() -> uniapi_models.MidjourneyTask:
                async with AsyncUniAPI(api_key=KEY, base_url=sim.url) as client:
                    task = await client.midjourney.imagine(prompt="a cat")
                    return await task.wait(poll_interval=0.001, timeout=5)

            result = asyncio.run(run())
        else:
            with UniAPI(api_key=KEY, base_url=sim.url) as client:
                task = client.midjourney.imagine(prompt="a cat")
                result = task.wait(poll_interval=0.001, timeout=5)
    assert isinstance(result.image_url, str) and result.image_url.startswith(sim.url)
    assert getattr(result, "imageUrl") == result.image_url  # noqa: B009  (type checkers: Python names)
    dumped = result.model_dump()
    assert "imageUrl" in dumped and "image_url" not in dumped  # dumps as the gateway wrote it
    assert result.model_dump_json().count('"imageUrl"') == 1
    with pytest.raises(AttributeError):
        getattr(result, "image_ur1")  # noqa: B009


def test_models_build_from_either_name_and_keep_model_prefixed_fields() -> None:
    task = uniapi_models.MidjourneyTask(image_url="u", botType="NIJI_JOURNEY")
    assert (task.image_url, task.bot_type) == ("u", "NIJI_JOURNEY")
    fields = {
        name
        for module in (gptnb_models, uniapi_models)  # the specs with camelCase / odd wire names
        for cls in vars(module).values()
        if isinstance(cls, type) and hasattr(cls, "model_fields")
        for name in cls.model_fields
    }
    assert "model_name" in fields  # no model_name_: pydantic's namespace is not in the way
    assert not [n for n in fields if n.endswith("_")]  # no model_name_, include__ in our specs
    assert not [n for n in fields if any(c.isupper() for c in n)]  # no camelCase attribute
