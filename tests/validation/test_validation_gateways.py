"""The constraints the gateway documents state, positive and negative, against the real specs.

Single-member constraints of every operation are also derived automatically
(test_validation_constraints.py); this file holds what the documents say in words: model-dependent
choices, count rules, mode rules, forbidden fields, multipart files, and the messages people see.
"""

from __future__ import annotations

import io
from collections.abc import Callable
from pathlib import Path
from typing import Any

import pytest

from gateway_runtime.validation import report_operation

from .conftest import Checker

Op = Callable[[str, str], Checker]


# ================================================================================================
# Qingbo — POST /v1/tasks (doc 004)
# ================================================================================================

QINGBO = {"model": "seedream-5.0", "prompt": "一只柴犬穿宇航服站在月球上"}


@pytest.fixture(params=["createTask", "createTaskSync"])
def qingbo(op: Op, request: pytest.FixtureRequest) -> Checker:
    """Both submit routes take the same body (doc 004; /v1/tasks/sync)."""
    return op("qingbo", request.param)


def test_qingbo_doc_example_is_valid(qingbo: Checker) -> None:
    qingbo.ok(
        {**QINGBO, "action": "generate", "size": "16:9", "resolution": "2K", "watermark": False}
    )


def test_qingbo_required(qingbo: Checker) -> None:
    qingbo.ok(QINGBO)
    p = qingbo.bad({"model": "seedream-5.0"}, "prompt", "required")
    assert p.message == "prompt: required"
    qingbo.bad({"prompt": "p"}, "model", "required")


def test_qingbo_types(qingbo: Checker) -> None:
    qingbo.bad({**QINGBO, "n": "2"}, "n", "type", 'n: expected integer, got string "2"')
    qingbo.bad({**QINGBO, "watermark": "false"}, "watermark", "type")
    qingbo.bad({**QINGBO, "image_urls": "https://a/1.png"}, "image_urls", "type", "expected array")
    qingbo.bad({**QINGBO, "image_urls": ["https://a/1.png", 7]}, "image_urls[1]", "type")
    qingbo.bad({**QINGBO, "extra": {"stream": "yes"}}, "extra.stream", "type")


def test_qingbo_models(qingbo: Checker) -> None:
    for model in ("seedream-5.0", "seedream-4.5", "seedream-4.0"):
        qingbo.ok({**QINGBO, "model": model})
    p = qingbo.bad({**QINGBO, "model": "foo"}, "model", "enum")
    assert p.message == 'model: "foo" is not one of "seedream-5.0", "seedream-4.5", "seedream-4.0"'
    assert p.allowed == ["seedream-5.0", "seedream-4.5", "seedream-4.0"]


@pytest.mark.parametrize(
    ("model", "allowed", "refused"),
    [
        ("seedream-5.0", ["2K", "3K"], ["1K", "4K"]),
        ("seedream-4.5", ["2K", "4K"], ["1K", "3K"]),
        ("seedream-4.0", ["1K", "2K", "3K", "4K"], ["8K"]),
    ],
)
def test_qingbo_resolution_depends_on_model(
    qingbo: Checker, model: str, allowed: list[str], refused: list[str]
) -> None:
    for res in allowed:
        qingbo.ok({**QINGBO, "model": model, "resolution": res})
    for res in refused:
        p = qingbo.bad({**QINGBO, "model": model, "resolution": res}, "resolution")
        assert model in p.message or "not one of" in p.message, p.message


def test_qingbo_size(qingbo: Checker) -> None:
    for size in ("1:1", "2:3", "3:2", "3:4", "4:3", "9:16", "16:9", "21:9"):
        for model in ("seedream-5.0", "seedream-4.5", "seedream-4.0"):
            qingbo.ok({**QINGBO, "model": model, "size": size})
    qingbo.bad({**QINGBO, "size": "16x9"}, "size", "enum")
    for size in ("4:5", "5:4"):  # seedream-5.0 only
        qingbo.ok({**QINGBO, "model": "seedream-5.0", "size": size})
        p = qingbo.bad({**QINGBO, "model": "seedream-4.5", "size": size}, "size")
        assert "seedream-5.0" in p.message
        qingbo.bad({**QINGBO, "model": "seedream-4.0", "size": size}, "size")


def test_qingbo_image_urls_at_most_14(qingbo: Checker) -> None:
    urls = [f"https://example.com/{i}.png" for i in range(16)]
    qingbo.ok({**QINGBO, "image_urls": urls[:1]})  # 单图生图
    qingbo.ok({**QINGBO, "image_urls": urls[:14]})  # 多图生图 2-14
    p = qingbo.bad({**QINGBO, "image_urls": urls}, "image_urls", "maxItems")
    assert p.message == "image_urls: 16 items, at most 14 allowed"
    assert p.allowed == "at most 14 items"


def test_qingbo_image_urls_plus_n_at_most_15(qingbo: Checker) -> None:
    urls = [f"https://example.com/{i}.png" for i in range(14)]
    qingbo.ok({**QINGBO, "image_urls": urls[:13], "n": 2})
    qingbo.ok({**QINGBO, "image_urls": urls[:14]})  # n defaults to 1: 14 + 1
    qingbo.ok({**QINGBO, "n": 15})
    p = qingbo.bad({**QINGBO, "image_urls": urls[:14], "n": 2}, "image_urls", "x-rules:max-sum")
    assert p.message.startswith("image_urls + n: ")
    assert "14 + 2 = 16, at most 15 allowed" in p.message
    qingbo.bad({**QINGBO, "image_urls": urls[:10], "n": 6}, "image_urls", "x-rules:max-sum")


def test_qingbo_n_limits(qingbo: Checker) -> None:
    qingbo.ok({**QINGBO, "n": 1})
    p = qingbo.bad({**QINGBO, "n": 0}, "n", "minimum")
    assert p.message == "n: 0 is less than the minimum 1"


def test_qingbo_extra(qingbo: Checker) -> None:
    qingbo.ok(
        {
            **QINGBO,
            "extra": {
                "output_format": "png",
                "response_format": "b64_json",
                "stream": True,
                "tools": [{"type": "web_search"}],
            },
        }
    )
    qingbo.bad({**QINGBO, "extra": {"output_format": "gif"}}, "extra.output_format", "enum")
    qingbo.bad({**QINGBO, "extra": {"response_format": "file"}}, "extra.response_format", "enum")
    qingbo.bad({**QINGBO, "extra": {"tools": {"type": "web_search"}}}, "extra.tools", "type")


def test_qingbo_every_problem_at_once(qingbo: Checker) -> None:
    payload = {
        "model": "seedream-4.5",
        "size": "4:5",
        "resolution": "3K",
        "n": 0,
        "image_urls": ["u"] * 16,
    }
    paths = {p.path for p in qingbo.problems(payload)}
    assert {"prompt", "size", "resolution", "n", "image_urls"} <= paths


# ================================================================================================
# UniAll — Vidu POST /v1/video/generations (doc 002)
# ================================================================================================

VIDU = {"model": "viduq3p-720p", "prompt": "电影感航拍镜头", "duration": 5}


@pytest.fixture
def vidu(op: Op) -> Checker:
    return op("uniall", "createVideoGeneration")


def test_vidu_doc_examples_are_valid(vidu: Checker) -> None:
    vidu.ok(
        {**VIDU, "aspect_ratio": "16:9", "extra_body": {"audio": False, "seed": 42, "bgm": False}}
    )  # 文生视频
    vidu.ok(
        {
            "model": "viduq3t-540p",
            "prompt": "p",
            "image": "https://example.com/source.png",
            "duration": 5,
            "extra_body": {"seed": 42},
        }
    )
    vidu.ok(
        {
            "model": "viduq3p-1080p-offpeak",
            "prompt": "p",
            "image": "https://e/h.png",
            "last_image": "https://e/t.png",
            "duration": 6,
        }
    )
    vidu.ok(
        {
            "model": "viduq3p-mix-720p",
            "prompt": "A @Image1 …",
            "reference_image_urls": ["https://e/1.png", "https://e/2.png"],
            "aspect_ratio": "16:9",
            "duration": 5,
        }
    )


def test_vidu_required(vidu: Checker) -> None:
    for name in ("model", "prompt", "duration"):
        vidu.bad(
            {k: v for k, v in VIDU.items() if k != name}, name, "required", f"{name}: required"
        )


def test_vidu_models(vidu: Checker) -> None:
    for model in (
        "viduq3p-540p",
        "viduq3p-720p",
        "viduq3p-1080p",
        "viduq3t-540p",
        "viduq3t-720p",
        "viduq3t-1080p",
    ):
        vidu.ok({**VIDU, "model": model})
    for model in ("viduq3p-mix-720p", "viduq3p-1080p-offpeak"):  # variants used by the examples
        vidu.ok({**VIDU, "model": model})
    p = vidu.bad({**VIDU, "model": "kling-v1"}, "model")
    assert "viduq3p-540p" in p.message and "viduq3t-" in p.message


def test_vidu_duration_1_to_16(vidu: Checker) -> None:
    for duration in (
        1,
        5,
        16,
        "1",
        "16",
    ):  # the table types it string, every example sends an integer
        vidu.ok({**VIDU, "duration": duration})
    assert (
        vidu.bad({**VIDU, "duration": 0}, "duration", "minimum").message
        == "duration: 0 is less than the minimum 1"
    )
    assert (
        vidu.bad({**VIDU, "duration": 17}, "duration", "maximum").message
        == "duration: 17 is greater than the maximum 16"
    )
    vidu.bad({**VIDU, "duration": "17"}, "duration", "pattern")
    vidu.bad({**VIDU, "duration": "5s"}, "duration", "pattern")
    vidu.bad({**VIDU, "duration": 5.5}, "duration")
    vidu.bad({**VIDU, "duration": True}, "duration", "type")


def test_vidu_last_image_needs_image(vidu: Checker) -> None:
    vidu.ok({**VIDU, "image": "https://e/h.png"})  # 图生视频
    vidu.ok({**VIDU, "image": "https://e/h.png", "last_image": "https://e/t.png"})  # 首尾帧
    p = vidu.bad({**VIDU, "last_image": "https://e/t.png"}, "last_image")
    assert p.message == "last_image: needs image (first+last frame mode takes both)"


def test_vidu_reference_images_with_a_non_mix_model_are_warned_not_refused(vidu: Checker) -> None:
    """doc-002 says mix models only; the newer Vidu page lists them for every model (x-conflicts)."""
    refs = ["https://e/1.png", "https://e/2.png"]
    vidu.ok({**VIDU, "model": "viduq3p-mix-720p", "reference_image_urls": refs})
    assert (
        report_operation(
            vidu.op, {**VIDU, "model": "viduq3p-mix-720p", "reference_image_urls": refs}
        ).warnings
        == []
    )
    non_mix = {**VIDU, "model": "viduq3p-720p", "reference_image_urls": refs}
    vidu.ok(non_mix)
    (warning,) = report_operation(vidu.op, non_mix).warnings
    assert warning.path == "reference_image_urls" and "mix" in warning.message
    vidu.bad(
        {**VIDU, "model": "viduq3p-mix-720p", "reference_image_urls": ["https://e/x.png"] * 5},
        "reference_image_urls",
        "maxItems",
    )
    vidu.bad(
        {**VIDU, "model": "viduq3p-mix-720p", "reference_image_urls": "https://e/1.png"},
        "reference_image_urls",
        "type",
    )


def test_vidu_types(vidu: Checker) -> None:
    vidu.bad({**VIDU, "image": ["https://e/h.png"]}, "image", "type")
    vidu.bad({**VIDU, "extra_body": {"seed": "42"}}, "extra_body.seed", "type")
    vidu.bad({**VIDU, "extra_body": {"audio": "false"}}, "extra_body.audio", "type")


# ================================================================================================
# Buble — POST /api/v1/generations, POST /api/v1/files (doc 000)
# ================================================================================================

BUBLE = {
    "model": "google/nano-banana-pro",
    "mode": "text_to_image",
    "prompt": "A cinematic product photo",
}
FORBIDDEN = [
    "input",
    "options",
    "scene",
    "sub_mode_id",
    "subModeId",
    "provider",
    "mediaType",
    "media_type",  # doc 000
    "images",
    "image_input",
    "video_input",
    "audio_input",  # the official SDK
]


@pytest.fixture
def buble(op: Op) -> Checker:
    return op("buble", "createGeneration")


def test_buble_doc_examples_are_valid(buble: Checker) -> None:
    buble.ok({**BUBLE, "aspect_ratio": "1:1", "resolution": "1K", "output_format": "png"})
    buble.ok(
        {
            "model": "google/veo3.1-fast",
            "mode": "frames_to_video",
            "prompt": "p",
            "start_frame": "https://e/s.png",
            "duration": "8s",
            "resolution": "720p",
            "aspect_ratio": "16:9",
        }
    )


def test_buble_model_required(buble: Checker) -> None:
    buble.bad({"prompt": "p"}, "model", "required", "model: required")


@pytest.mark.parametrize("field", FORBIDDEN)
def test_buble_forbidden_fields(buble: Checker, field: str) -> None:
    p = buble.bad({**BUBLE, field: {"x": 1}}, field, "not")
    assert p.message.startswith(f"{field}: ")
    assert "not accepted" in p.message or "rejected" in p.message


def test_buble_all_forbidden_fields_at_once(buble: Checker) -> None:
    got = buble.problems({**BUBLE, **{f: "x" for f in FORBIDDEN}})
    assert sorted(p.path for p in got) == sorted(FORBIDDEN)


def test_buble_model_specific_params_at_root_are_allowed(buble: Checker) -> None:
    buble.ok({**BUBLE, "web_search": True, "audio": True, "duration": 8, "some_new_param": "x"})


def test_buble_types(buble: Checker) -> None:
    buble.bad({**BUBLE, "image_urls": "https://e/1.png"}, "image_urls", "type")
    buble.bad({**BUBLE, "video_urls": [1]}, "video_urls[0]", "type")
    buble.bad({**BUBLE, "is_public": "false"}, "is_public", "type")
    buble.bad({**BUBLE, "copy_protected": 1}, "copy_protected", "type")


@pytest.fixture
def upload(op: Op) -> Checker:
    return op("buble", "uploadFile")


@pytest.mark.parametrize(
    "file",
    [b"\x89PNG", Path("cat.png"), io.BytesIO(b"x"), ("cat.png", b"x", "image/png")],
    ids=["bytes", "path", "file-object", "tuple"],
)
def test_buble_upload_accepts_files(upload: Checker, file: Any) -> None:
    upload.ok({"file": file, "file_type": "image"})


def test_buble_upload_constraints(upload: Checker) -> None:
    upload.bad({"file_type": "image"}, "file", "required")
    upload.bad({"file": 42}, "file", "type")
    upload.bad({"file": b"x", "file_type": "document"}, "file_type", "enum")
    upload.bad({"file": b"x", "filename": "x.png"}, "filename", "additionalProperties")


# ================================================================================================
# UniAPI — Suno modes, chat, images, audio, Midjourney (doc 003)
# ================================================================================================

INSPIRATION = {
    "gpt_description_prompt": "a calm piano song about rain",
    "make_instrumental": False,
    "mv": "chirp-v4",
}
CUSTOM = {
    "prompt": "[Verse] la la",
    "title": "Rain",
    "tags": "piano, calm",
    "make_instrumental": False,
    "mv": "chirp-v4",
}


@pytest.fixture
def suno(op: Op) -> Checker:
    return op("uniapi", "sunoSubmitMusic")


def test_suno_inspiration_mode(suno: Checker) -> None:
    suno.ok(INSPIRATION)
    for missing in ("make_instrumental", "mv"):
        p = suno.bad({k: v for k, v in INSPIRATION.items() if k != missing}, missing)
        assert "灵感模式" in p.message or "inspiration" in p.message
    for extra in ("prompt", "title", "tags"):  # inspiration mode takes only its three fields
        got = suno.problems({**INSPIRATION, extra: "x"})
        assert any("inspiration mode" in p.message for p in got), [p.message for p in got]


def test_suno_custom_mode(suno: Checker) -> None:
    suno.ok(CUSTOM)
    suno.ok(
        {**CUSTOM, "continue_at": 30, "continue_clip_id": "clip-1", "task_id": "t1"}
    )  # continuation
    for missing in ("title", "tags", "make_instrumental", "mv"):
        p = suno.bad({k: v for k, v in CUSTOM.items() if k != missing}, missing)
        assert "custom mode" in p.message


def test_suno_types(suno: Checker) -> None:
    suno.bad({**CUSTOM, "make_instrumental": "no"}, "make_instrumental", "type")
    suno.bad({**CUSTOM, "continue_at": "30"}, "continue_at", "type")


CHAT = {
    "model": "gpt-4o",
    "messages": [
        {"role": "system", "content": "You are helpful."},
        {"role": "user", "content": "Hello!"},
    ],
}


@pytest.fixture
def chat(op: Op) -> Checker:
    return op("uniapi", "createChatCompletion")


def test_chat(chat: Checker) -> None:
    chat.ok(CHAT)
    chat.ok(
        {
            **CHAT,
            "temperature": 0.7,
            "stream": True,
            "stop": ["\n"],
            "max_tokens": 100,
            "tools": [{"type": "function", "function": {"name": "f", "parameters": {}}}],
        }
    )
    chat.ok(
        {
            **CHAT,
            "stop": "\n",
            "tool_choice": "auto",
            "messages": [{"role": "user", "content": [{"type": "text", "text": "hi"}]}],
        }
    )
    chat.bad({"model": "gpt-4o"}, "messages", "required")
    chat.bad({**CHAT, "messages": [{"content": "hi"}]}, "messages[0].role", "required")
    chat.bad({**CHAT, "temperature": "hot"}, "temperature", "type")
    chat.bad({**CHAT, "stop": 3}, "stop", "type", "expected string or array")
    chat.bad({**CHAT, "max_tokens": 1.5}, "max_tokens", "type")
    chat.bad({**CHAT, "logit_bias": {"50256": "x"}}, 'logit_bias["50256"]', "type")


@pytest.fixture
def image_edit(op: Op) -> Checker:
    return op("uniapi", "createImageEdit")


def test_image_edit_model_dependent(image_edit: Checker) -> None:
    png = b"\x89PNG"
    image_edit.ok(
        {
            "image": png,
            "prompt": "p",
            "model": "dall-e-2",
            "size": "512x512",
            "response_format": "url",
        }
    )
    image_edit.ok(
        {
            "image": [png, Path("b.png")],
            "prompt": "p",
            "model": "gpt-image-1",
            "size": "1536x1024",
            "quality": "high",
        }
    )
    image_edit.bad(
        {"image": [png, png], "prompt": "p", "model": "dall-e-2"}, "image"
    )  # dall-e-2: one image
    image_edit.bad({"image": png, "prompt": "p" * 1001, "model": "dall-e-2"}, "prompt")
    image_edit.bad({"image": png, "prompt": "p", "model": "dall-e-2", "size": "1536x1024"}, "size")
    image_edit.bad({"image": png, "prompt": "p", "model": "gpt-image-1", "size": "256x256"}, "size")
    image_edit.bad(
        {"image": png, "prompt": "p", "model": "gpt-image-1", "response_format": "url"},
        "response_format",
    )
    image_edit.bad({"image": [png] * 17, "prompt": "p"}, "image")
    image_edit.bad({"image": png, "prompt": "p", "n": 11}, "n", "maximum")
    image_edit.bad({"image": 3, "prompt": "p"}, "image")


@pytest.mark.parametrize("gw", ["uniapi", "gptnb"])
def test_transcription(op: Op, gw: str) -> None:
    t = op(gw, "createTranscription")
    audio = ("speech.mp3", b"ID3", "audio/mpeg")
    t.ok(
        {
            "file": audio,
            "model": "whisper-1",
            "response_format": "verbose_json",
            "timestamp_granularities[]": ["word", "segment"],
        }
    )
    t.ok({"file": audio, "model": "gpt-4o-transcribe", "response_format": "json"})
    t.bad(
        {"file": audio, "model": "whisper-1", "timestamp_granularities[]": ["word"]},
        "response_format",
    )
    t.bad(
        {"file": audio, "model": "gpt-4o-transcribe", "response_format": "text"}, "response_format"
    )
    t.bad({"file": audio, "model": "whisper-1", "temperature": 1.5}, "temperature", "maximum")
    t.bad(
        {"file": audio, "model": "whisper-1", "response_format": "mp3"}, "response_format", "enum"
    )
    t.bad({"model": "whisper-1"}, "file", "required")
    t.bad({"file": "speech.mp3", "model": 1}, "model", "type")


@pytest.mark.parametrize(
    ("gw", "blend", "change"),
    [("uniapi", "mjBlend", "mjChange"), ("gptnb", "midjourneyBlend", "midjourneyChange")],
)
def test_midjourney(op: Op, gw: str, blend: str, change: str) -> None:
    b = op(gw, blend)
    b.ok(
        {
            "base64Array": ["data:image/png;base64,AA==", "data:image/png;base64,AQ=="],
            "dimensions": "SQUARE",
        }
    )
    b.bad({"base64Array": ["data:image/png;base64,AA=="]}, "base64Array", "minItems")
    b.bad({"base64Array": ["d"] * 6}, "base64Array", "maxItems")
    b.bad({"base64Array": ["a", "b"], "dimensions": "WIDE"}, "dimensions", "enum")
    c = op(gw, change)
    c.ok({"taskId": "1", "action": "UPSCALE", "index": 2})
    c.ok({"taskId": "1", "action": "REROLL"})
    p = c.bad({"taskId": "1", "action": "VARIATION"}, "index")
    assert "REROLL" in p.message
    c.bad({"taskId": "1", "action": "UPSCALE", "index": 5}, "index", "maximum")
    c.bad({"taskId": "1", "action": "ZOOM"}, "action", "enum")


@pytest.mark.parametrize(
    ("gw", "simple"), [("uniapi", "mjSimpleChange"), ("gptnb", "midjourneySimpleChange")]
)
def test_midjourney_simple_change(op: Op, gw: str, simple: str) -> None:
    s = op(gw, simple)
    for content in ("1320098173412546 U2", "1320098173412546 V4", "1320098173412546 R"):
        s.ok({"content": content})
    for content in ("1320098173412546 U5", "U2", "1320098173412546 X1"):
        s.bad({"content": content}, "content", "pattern")


def test_ideogram_remix_json_string(op: Op) -> None:
    """image_request is a JSON string; UniAPI's spec gives its schema (contentSchema)."""
    op("gptnb", "ideogramRemix").ok(
        {"image_file": b"\x89PNG", "image_request": '{"prompt": "a cat"}'}
    )
    r = op("uniapi", "ideogramRemix")
    r.ok({"image_file": b"\x89PNG", "image_request": '{"prompt": "a cat", "model": "V_2"}'})
    r.bad(
        {"image_file": b"\x89PNG", "image_request": "{prompt"}, "image_request", "contentMediaType"
    )
    r.bad(
        {"image_file": b"\x89PNG", "image_request": '{"model": "V_2"}'},
        "image_request.prompt",
        "required",
    )
    r.bad(
        {"image_file": b"\x89PNG", "image_request": '{"prompt": "a", "model": "V_9"}'},
        "image_request.model",
        "enum",
    )
