"""Named entries of the documents: typed where a public source shows them, else catalogued with the gap.

GPTNB's menu names endpoints the document never describes. Those typed from same-menu pages cite
the page and mark as inferred what GPTNB itself does not say; those still catalogued say exactly
which fact no source gave. UniAPI's speed-mode MJ routes are the typed calls under a prefixed
``base_url``, shown here against a real server on 127.0.0.1.
"""

from __future__ import annotations

import importlib
from pathlib import Path
from typing import Any

import pytest

from generator.load import load_spec
from generator.validate import iter_operations
from tests.gateway_server import GatewayServer

PROJECT = Path(__file__).resolve().parents[2]


def _spec(gateway: str) -> dict[str, Any]:
    data: dict[str, Any] = load_spec(PROJECT / "specs" / f"{gateway}.yaml").data
    return data


def _operation(data: dict[str, Any], op_id: str) -> dict[str, Any]:
    return next(op for _, _, op, _ in iter_operations(data) if op["operationId"] == op_id)


SUNO_V2 = "音乐接口 / Suno / 官方格式(v2) / 所有接口 / "
TYPED_FROM_SAME_MENU = {
    "viduGetTask": ("视频接口 / Vidu(官方格式) / 普通 / 视频查询(tasks-get)", "vidu-gptbest-get"),
    "docmeePpt2Json": ("PPT接口 / 文多多(官方格式) / ppt转json", "docmee-gptbest-ppt2json"),
    "docmeeJson2Ppt": ("PPT接口 / 文多多(官方格式) / json转ppt", "docmee-gptbest-json2ppt"),
    "sunoV2Upload": (SUNO_V2 + "音乐链接转成suno(upload)", "openai-next-lab"),
    "sunoV2Feed": (SUNO_V2 + "查询任务(feed)", "openai-next-lab"),
    "lumaGoAmzGetTask": ("视频接口 / Luma / GoAmzAI格式 / 付费版 / 获取视频", "openai-next-lab"),
    "viggleUploadImage": ("视频接口 / Viggle(开发中) / Mix上传图片素材库", "gptbest-viggle-image"),
    "viggleUploadVideo": ("视频接口 / Viggle(开发中) / Mix上传视频素材库", "gptbest-viggle-video"),
    "viggleMixGenerate": ("视频接口 / Viggle(开发中) / Mix上传视频并生成视频", "gptbest-viggle"),
    "viggleGetTask": ("视频接口 / Viggle(开发中) / 查询视频任务", "gptbest-viggle-query"),
    "viggleListTemplates": (
        "视频接口 / Viggle(开发中) / Mix官方模板列表",
        "gptbest-viggle-templates",
    ),
}
# Pages of the same template: gpt-best's apifox project, or a repository read at a commit.
SOURCE_ADDRESSES = (
    "https://gpt-best.apifox.cn/project-3868318/",
    "https://github.com/OpenAI-Next/Lab/tree/2f3385c4ffc1e60ae4f32aa498f4a2a3fd268594",
)


@pytest.mark.parametrize("op_id", sorted(TYPED_FROM_SAME_MENU))
def test_entries_typed_from_same_menu_pages_cite_them_and_say_what_is_inferred(op_id: str) -> None:
    data = _spec("gptnb")
    op = _operation(data, op_id)
    menu, source = TYPED_FROM_SAME_MENU[op_id]
    assert menu in op["x-menu"]
    assert op["x-source"][0] == "doc-001" and source in op["x-source"]
    sources = {s["id"]: s for s in data["x-gateway"]["sources"]}
    assert sources[source]["url"].startswith(SOURCE_ADDRESSES)
    assert op["x-coverage"] == "partial"
    assert any("not a GPTNB page" in note for note in op["x-inferred"])
    catalogued = {item["name"] for item in data["x-catalog"]}
    assert menu not in catalogued, "an entry is an operation or a catalogue item, never both"


def test_suno_v2_scenario_steps_are_pages_of_the_typed_routes() -> None:
    data = _spec("gptnb")
    feed = _operation(data, "sunoV2Feed")["x-menu"]
    scenarios = [m["name"] for m in feed if isinstance(m, dict) and m["kind"] == "scenario"]
    assert len(scenarios) == 10, "场景 1–5 查询任务(feed), 场景 6 步骤 2/4/6, 场景 7 步骤 2/4"
    assert "x-tasks" not in data or all(
        "sunoV2Generate" not in b["submit"] for b in data["x-tasks"].values()
    ), "one generate makes two clips; a one-id binding would lose one"


def test_vidu_submit_is_polled_through_tasks_get() -> None:
    binding = _spec("gptnb")["x-tasks"]["vidu"]
    assert binding["submit"] == ["viduCreateTask"] and binding["poll"] == "viduGetTask"
    assert binding["outputs"] == [{"url": "/creations/*/uri", "media-type": "video/mp4"}]


def test_suno_concat_route_is_marked_as_inferred_and_followed_through_feed() -> None:
    """No page shows the gateway's concat path: the spec says which rule gave it, and which
    other reading a 404 would point to; the new clip is followed with 查询任务(feed)."""
    data = _spec("gptnb")
    op = _operation(data, "sunoV2Concat")
    assert op["x-menu"][0] == SUNO_V2 + "获取完整音乐(concat)"
    assert op["x-coverage"] == "partial" and op["x-source"][0] == "doc-001"
    assert any("The route is inferred" in note for note in op["x-inferred"])
    assert any("/suno/v2/concat would be the other reading" in c for c in op["x-conflicts"])
    sources = {s["id"]: s for s in data["x-gateway"]["sources"]}
    assert "a2e6a823428903af715d3835d1cb44ffa336021d" in sources["suno-web-concat"]["url"]
    binding = data["x-tasks"]["suno_concat"]
    assert binding["submit"] == ["sunoV2Concat"] and binding["poll"] == "sunoV2Feed"
    assert (binding["success"], binding["failure"]) == (["complete"], ["error"])


def test_viggle_query_is_a_plain_call_because_only_the_finished_status_is_public() -> None:
    data = _spec("gptnb")
    assert all("viggleMixGenerate" not in b["submit"] for b in data["x-tasks"].values()), (
        "a binding without in-progress and failure words would stop every real render"
    )
    op = _operation(data, "viggleGetTask")
    assert op["x-outputs"] == [{"url": "/data/0/result", "media-type": "video/mp4"}]
    assert any("No public source names any other value" in n for n in op["x-inferred"])


def test_pic_result_pages_are_one_endpoint_and_its_examples() -> None:
    """The nine 获取…结果 pages are one GET /task/{task_id} (as the spec reads them): one endpoint,
    eight example pages, the rule the generate(参考…) pages of Pika / Runway v1 / Pixverse follow."""
    menu = _operation(_spec("gptnb"), "picGetTask")["x-menu"]
    assert menu[0] == "图片接口 / 其他图像API1(开发中) / 获取抠图结果"
    assert [m["kind"] for m in menu[1:]] == ["example"] * 8


# What each still-catalogued entry lacks, in its own note.
GAPS = {
    "OpenAI接口 / Realtime文档": "WebSocket",
    "视频接口 / Viggle(开发中) / Multi模板列表": "no public source shows",
    "视频接口 / Viggle(开发中) / Multi上传视频并生成视频": "no public source shows",
    "视频接口 / Viggle(开发中) / Move上传视频并生成视频": "no public source shows",
    "视频接口 / Viggle(开发中) / 剩余积分查询": "no public source shows",
}


def test_catalogued_entries_say_which_fact_is_missing() -> None:
    items = _spec("gptnb")["x-catalog"]
    catalogue = {item["name"]: item for item in items}
    for name, gap in GAPS.items():
        assert catalogue[name]["kind"] == "endpoint"
        assert gap in catalogue[name]["note"], name
    # the menu names 获取PPT生成状态和预览页(文件内容解析) twice: 16 entries, 15 names
    weinike = [i for i in items if i["name"].startswith(WEINIKE)]
    assert len(weinike) == 16
    for item in weinike:
        note = item["note"]
        assert "gateway path is unknown" in note, item["name"]
        # each says which upstream route it is, or that the upstream pages read show none
        assert "saas.api.yoo-ai.com/apps/" in note or "not found in the wiki" in note, item["name"]


WEINIKE = "PPT接口 / 韦尼克(官方格式) / "
MEWX = "图片接口 / 其他图像API2(开发中) / 开放API接口 / "


def test_mewx_entries_name_their_upstream_route_and_the_missing_gateway_path() -> None:
    items = _spec("gptnb")["x-catalog"]
    mewx = [i for i in items if i["name"].startswith(MEWX) and i["kind"] == "endpoint"]
    assert len(mewx) == 6  # 回调演示 is a page: the callback is the caller's own endpoint
    for item in mewx:
        note = item["note"]
        assert "gateway path is unknown" in note, item["name"]
        known = note.startswith("Upstream: ") and "open-qr.mewx.art/api/v1/" in note
        assert known or note.startswith("Upstream route: not shown in the sources"), item["name"]
        assert ("mewx-chat-painting" in item["source"]) == known, item["name"]


def test_weinike_pages_repeating_one_upstream_route_are_scenarios() -> None:
    """The four 获取PPT生成状态和预览页 pages are one status route (GET /apps/ppt-result), the two
    申请PPT生成任务 pages one task route (POST /apps/ppt-create): the first of each is the endpoint."""
    weinike = [i for i in _spec("gptnb")["x-catalog"] if i["name"].startswith(WEINIKE)]
    kinds = [i["kind"] for i in weinike]
    assert kinds.count("endpoint") == 12 and kinds.count("scenario") == 4
    create = WEINIKE + "申请PPT生成任务(PPT描述/主题一键生成)"
    result = WEINIKE + "获取PPT生成状态和预览页(PPT描述/主题一键生成)"
    of = sorted(i["of"] for i in weinike if i["kind"] == "scenario")
    assert of == sorted([create, result, result, result])
    assert all(i["name"].split(" / ")[-1].split("(")[0] in i["of"] for i in weinike if "of" in i)


def test_realtime_note_matches_the_gateway_router() -> None:
    """new-api routes Realtime as a WebSocket upgrade only: there is no HTTP part to type."""
    (item,) = [i for i in _spec("gptnb")["x-catalog"] if i["name"] == "OpenAI接口 / Realtime文档"]
    assert item["path"] == "/v1/realtime" and item["method"] == "GET"
    assert "no HTTP session-creation route" in item["note"]


def test_uniapi_has_no_named_only_entry() -> None:
    data = _spec("uniapi")
    assert [i["name"] for i in data["x-catalog"] if i.get("state") == "named-only"] == []
    assert _operation(data, "sunoFetchMany")["x-coverage"] == "partial"


def test_uniapi_speed_mode_routes_are_the_typed_calls_under_a_prefixed_base_url() -> None:
    """``UniAPI(base_url=.../mj-relax)`` submits to /mj-relax/mj/submit/imagine and polls
    /mj-relax/mj/task/{id}/fetch, which new-api's /:mode/mj router group serves."""
    package = importlib.import_module("generated.uniapi")
    with GatewayServer() as server:
        server.route(
            "POST",
            "/mj-relax/mj/submit/imagine",
            json={"code": 1, "description": "提交成功", "result": "1712345678901"},
        )
        server.route(
            "GET",
            "/mj-relax/mj/task/{id}/fetch",
            json={
                "id": "1712345678901",
                "action": "IMAGINE",
                "status": "SUCCESS",
                "progress": "100%",
                "imageUrl": "https://cdn.example.invalid/a.png",
            },
        )
        with package.UniAPI(
            api_key="sk-test", base_url=f"{server.url}/mj-relax", journal=False, max_retries=0
        ) as client:
            task = client.midjourney.imagine(prompt="a cat")
            task.wait(timeout=5, poll_interval=0.001)
        assert task.last_state is not None and task.last_state.outcome == "success"
        assert server.count("POST", "/mj-relax/mj/submit/imagine") == 1
        assert server.count("GET", "/mj-relax/mj/task/{id}/fetch") == 1
        assert server.count() == 2


def test_a_catalogued_weinike_flow_is_callable_raw_under_the_prefix_the_caller_knows() -> None:
    """No typed call guesses GPTNB's 韦尼克 prefix; a caller who knows it sends the upstream routes
    raw (same auth, retries and error mapping) and reads the {code, msg, data} replies."""
    package = importlib.import_module("generated.gptnb")
    prefix = "/caller-known-prefix"  # whatever GPTNB turns out to use; the client adds nothing
    with GatewayServer() as server:
        server.route("POST", f"{prefix}/apps/ppt-create", json=_yoo({"id": "t1"}))
        server.route(
            "GET",
            f"{prefix}/apps/ppt-result",
            json=_yoo({"id": "t1", "status": 2, "state_description": "完成"}),
        )
        server.route(
            "GET",
            f"{prefix}/apps/ppt-download",
            json=_yoo({"download_url": "https://cdn.example.invalid/t1.pptx"}),
        )
        with package.GPTNB(
            api_key="sk-test", base_url=server.url, journal=False, max_retries=0
        ) as client:
            created = client.request("POST", f"{prefix}/apps/ppt-create", json={"text": "网络安全"})
            task_id = created["data"]["id"]
            state = client.request("GET", f"{prefix}/apps/ppt-result", params={"id": task_id})
            link = client.request("GET", f"{prefix}/apps/ppt-download", params={"id": task_id})
        assert state["data"]["status"] == 2
        assert link["data"]["download_url"].endswith(".pptx")
        sent = server.requests
        assert [r.path for r in sent] == [
            f"{prefix}/apps/ppt-create",
            f"{prefix}/apps/ppt-result",
            f"{prefix}/apps/ppt-download",
        ]
        assert sent[0].json() == {"text": "网络安全"}
        assert sent[1].query == {"id": ["t1"]} and sent[2].query == {"id": ["t1"]}
        assert all(r.headers.get("authorization") == "Bearer sk-test" for r in sent)


def _yoo(data: dict[str, Any]) -> dict[str, Any]:
    """The 韦尼克 reply envelope (yoo-ai-wiki): code 200 and msg 'success' on success."""
    return {"code": 200, "msg": "success", "data": data}
