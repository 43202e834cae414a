"""Client options: misspelt names get the closest option; ``<GATEWAY>_BASE_URL`` supplies the URL."""

from __future__ import annotations

import pytest

from gateway_runtime import GatewayClientError
from generated.qingbo import Qingbo
from generated.uniall import UniAll


def test_unknown_option_suggests_the_closest_name() -> None:
    with pytest.raises(
        TypeError, match=r"unknown client option\(s\): timout \(did you mean timeout\?\)"
    ):
        Qingbo(api_key="k", timout=5, journal=False)  # type: ignore[call-arg]
    with pytest.raises(TypeError) as info:
        Qingbo(api_key="k", zzz=1, journal=False)  # type: ignore[call-arg]
    assert "did you mean" not in str(info.value) and "known options: api_key" in str(info.value)


def test_base_url_from_the_environment(monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.delenv("QINGBO_BASE_URL", raising=False)
    assert Qingbo(api_key="k", journal=False)._core.base_url == "https://qingbo.dev"
    monkeypatch.setenv("QINGBO_BASE_URL", "http://127.0.0.1:9/")
    assert Qingbo(api_key="k", journal=False)._core.base_url == "http://127.0.0.1:9"
    explicit = Qingbo(api_key="k", base_url="http://127.0.0.1:8", journal=False)
    assert explicit._core.base_url == "http://127.0.0.1:8"  # an argument wins over the variable


def test_a_gateway_without_server_url_names_the_variable(monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.delenv("UNIALL_BASE_URL", raising=False)
    client = UniAll(api_key="k", journal=False, max_retries=0)
    assert client.spec.base_url_env == "UNIALL_BASE_URL"
    with pytest.raises(GatewayClientError, match=r"pass base_url=\.\.\. or set UNIALL_BASE_URL"):
        client.videos.retrieve(task_id="t")
