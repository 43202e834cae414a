"""Pydantic models of UniAll — Vidu 视频任务 (创建视频任务(旧) / create video task, old), generated from uniall.yaml; do not edit."""

from __future__ import annotations

from typing import Any, Literal

from pydantic import ConfigDict, RootModel

from gateway_runtime.model_base import GatewayModel


class ViduModelListed(RootModel[Any]):
    """The six models in doc-002's table (viduq3p = Q3 Pro, viduq3t = Q3 Turbo per uniall-vidu)."""

    model_config = ConfigDict(defer_build=True)

    root: Literal[
        "viduq3p-540p",
        "viduq3p-720p",
        "viduq3p-1080p",
        "viduq3t-540p",
        "viduq3t-720p",
        "viduq3t-1080p",
    ]


class CreateVideoGenerationRequest(GatewayModel):
    model: (
        Literal[
            "viduq3p-540p",
            "viduq3p-720p",
            "viduq3p-1080p",
            "viduq3t-540p",
            "viduq3t-720p",
            "viduq3t-1080p",
        ]
        | str
    )
    """模型名称: viduq3p-540p, viduq3p-720p, viduq3p-1080p, viduq3t-540p, viduq3t-720p, viduq3t-1080p. The examples also use viduq3p-1080p-offpeak and viduq3p-mix-720p, so any id starting with viduq3p- or viduq3t- is accepted (see x-inferred)."""
    prompt: str
    """只传prompt视为图生视频 (sic — the 文生视频 example sends only prompt, so read: prompt only = text to video)"""
    image: str | None = None
    """只传image, 不传last_image, 视为图生视频 (reference image / first frame)"""
    reference_image_urls: list[str] | None = None
    """只有 mix模式生效,字符串数组:示例:["https://example.com/ref-1.png", "https://example.com/ref-2.png"] (reference images, used only by mix models; at most 4 per uniall-vidu)"""
    last_image: str | None = None
    """同时传入image和last_image视为首尾帧生视频,不支持只传入last_image (last frame; needs image)"""
    aspect_ratio: str | None = None
    """文生视频有效;图生视频也可传入,但不保证影响结果 (output aspect ratio; effective for text to video, may be ignored for image to video)"""
    duration: int | str
    """允许值:1–16 (video length in seconds). Typed string in doc-002's table but sent as an integer in every example; uniall-vidu types it integer/string and recommends an integer 1-16."""
    extra_body: CreateVideoGenerationRequestExtraBody2 | None = None
    """扩展参数 (extension parameters). audio, seed and bgm appear in the examples; other keys are passed through."""


class VideoGenerationJob(GatewayModel):
    """创建任务成功响应 (doc-002 响应示例). The 响应字段 table in the document is empty."""

    id: str | None = None
    """任务 ID"""
    task_id: str | None = None
    """Same value as id (new-api keeps task_id for compatibility, marked to be deprecated)"""
    object: str | None = None
    """"video.generation.job" on UniAll ("video" on upstream new-api)"""
    model: str | None = None
    status: str | None = None
    """queued after creation"""
    progress: int | None = None
    """0 after creation"""
    created_at: int | None = None
    """Unix timestamp (seconds in the example 1774507626)"""


class VideoTask(GatewayModel):
    """Reply of GET /v1/videos/{task_id} (UniAll query pages + new-api OpenAIVideo)."""

    id: str | None = None
    """任务ID"""
    task_id: str | None = None
    """Appears in the Happy-Horse example; new-api keeps it for compatibility"""
    object: str | None = None
    """任务类型 ("video.generation.job" on UniAll, "video" on new-api)"""
    model: str | None = None
    """模型名称"""
    prompt: str | None = None
    """提示词"""
    status: Literal["queued", "in_progress", "completed", "failed", "unknown"] | None = None
    """状态 — queued: 排队中, in_progress: 生成中, completed: 已完成, failed: 失败 (unknown: new-api only)"""
    duration: float | str | None = None
    """任务耗时 (task time; table says string, example 89)"""
    metadata: VideoTaskMetadata1 | str | None = None
    """// (table says string; UniAll example {total_time, predict_time}; new-api Vidu adaptor puts the video URL in metadata.url)"""
    progress: int | str | None = None
    """进度 (table says string; examples and new-api send an integer 0-100)"""
    video_url: str | None = None
    """视频URL"""
    created_at: int | str | None = None
    """创建时间 (table says string; examples send a Unix timestamp integer)"""
    thumbnail_url: str | None = None
    """缩略图"""
    error: VideoTaskError1 | None = None
    """null in UniAll's example; new-api sends {message, code} for failed tasks"""
    result: VideoTaskResult | None = None
    """Appears in the Happy-Horse example"""
    completed_at: int | None = None
    """new-api OpenAIVideo"""
    expires_at: int | None = None
    """new-api OpenAIVideo"""
    seconds: str | None = None
    """new-api OpenAIVideo"""
    size: str | None = None
    """new-api OpenAIVideo"""
    usage: VideoTaskUsage | None = None
    """new-api OpenAIVideo"""


class VideoGenerationFetchResponse(GatewayModel):
    """Either new-api shape (code and docs disagree; see getVideoGeneration): the code's {"code":"success","data":TaskDto} (relay_task.go videoFetchByIDRespBodyBuilder) or the docs' flat {task_id, status, url, format, metadata, error} (newapi-docs-getvideogeneration). Fields of both are listed; anyOf requires one shape's keys."""

    code: str | None = None
    """new-api code shape — "success" """
    message: str | None = None
    """new-api code shape"""
    data: NewApiTaskDto | None = None
    """new-api TaskDto (dto/task.go). Gemini/Vertex channels instead put {task_id, status queued|processing|succeeded|failed, url, format, metadata, error} here."""
    task_id: str | None = None
    """new-api docs shape"""
    status: str | None = None
    """new-api docs shape — queued, in_progress, completed, failed"""
    url: str | None = None
    """new-api docs shape — video URL when completed"""
    format: str | None = None
    """new-api docs shape"""
    metadata: dict[str, Any] | None = None
    """new-api docs shape — video task metadata"""
    error: VideoGenerationFetchResponseError1 | None = None
    """new-api docs shape — error object"""


class NewApiTaskDto(GatewayModel):
    """new-api TaskDto (dto/task.go). Gemini/Vertex channels instead put {task_id, status queued|processing|succeeded|failed, url, format, metadata, error} here."""

    id: int | None = None
    created_at: int | None = None
    updated_at: int | None = None
    task_id: str | None = None
    platform: str | None = None
    user_id: int | None = None
    group: str | None = None
    channel_id: int | None = None
    quota: int | None = None
    action: str | None = None
    status: str | None = None
    """NOT_START, SUBMITTED, QUEUED, IN_PROGRESS, FAILURE, SUCCESS, UNKNOWN (model/task.go); Gemini/Vertex queued, processing, succeeded, failed"""
    fail_reason: str | None = None
    """For Vidu, the upstream err_code when FAILURE"""
    result_url: str | None = None
    """任务结果 URL(视频地址等) — the result video URL"""
    submit_time: int | None = None
    start_time: int | None = None
    finish_time: int | None = None
    progress: str | None = None
    """"NN%" """
    properties: Any = None
    username: str | None = None
    data: Any = None
    """Raw upstream JSON; for Vidu the video is at data.creations[0].url"""
    url: str | None = None
    """Gemini/Vertex live-fetch variant only"""
    format: str | None = None
    """Gemini/Vertex live-fetch variant only"""
    metadata: Any = None
    """Gemini/Vertex live-fetch variant only"""
    error: Any = None
    """Gemini/Vertex live-fetch variant only"""


class NewApiTaskError(GatewayModel):
    """[INFER] new-api task-route error: {"code":"<string>","message":"…","data":null}"""

    code: str | None = None
    message: str | None = None
    data: Any = None


class OpenAIError(GatewayModel):
    """[INFER] new-api OpenAI-style error: {"error":{"message","type","param","code"}}"""

    error: OpenAIErrorError | None = None


class CreateVideoGenerationRequestExtraBody(GatewayModel):
    """扩展参数 (extension parameters). audio, seed and bgm appear in the examples; other keys are passed through."""

    model_config = ConfigDict(extra="allow")

    audio: bool | None = None
    """(no description in the document; example false)"""
    seed: int | None = None
    """(no description in the document; example 42)"""
    bgm: bool | None = None
    """(no description in the document; example false)"""


class CreateVideoGenerationRequestExtraBody2(GatewayModel):
    """扩展参数 (extension parameters). audio, seed and bgm appear in the examples; other keys are passed through."""

    model_config = ConfigDict(extra="allow")

    audio: bool | None = None
    """(no description in the document; example false)"""
    seed: int | None = None
    """(no description in the document; example 42)"""
    bgm: bool | None = None
    """(no description in the document; example false)"""


class VideoTaskMetadata1(GatewayModel):
    model_config = ConfigDict(extra="allow")

    url: str | None = None


class VideoTaskError1(GatewayModel):
    message: str | None = None
    code: str | None = None


class VideoTaskResult(GatewayModel):
    """Appears in the Happy-Horse example"""

    outputs: list[str] | None = None
    video_url: str | None = None


class VideoTaskUsage(GatewayModel):
    """new-api OpenAIVideo"""

    completion_tokens: int | None = None
    total_tokens: int | None = None


class VideoGenerationFetchResponseError1(GatewayModel):
    model_config = ConfigDict(extra="allow")

    code: Any = None
    message: str | None = None


class OpenAIErrorError(GatewayModel):
    message: str | None = None
    type: str | None = None
    param: Any = None
    code: Any = None
