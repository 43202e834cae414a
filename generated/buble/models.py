"""Pydantic models of Buble API, generated from buble.yaml; do not edit."""

from __future__ import annotations

from typing import Any, Literal

from pydantic import ConfigDict, RootModel

from gateway_runtime.model_base import GatewayModel


class CreateGenerationRequest(GatewayModel):
    """创建生成任务的请求体(扁平 JSON)。/api/v1/models 返回的模型专属参数也直接放在请求体根层级,
    例如 duration、resolution、aspect_ratio、output_format、web_search 或 audio;因此允许额外的根字段
    (additionalProperties: true)。
    不接受内部字段:不要传递 input、options,也不要传递 scene、sub_mode_id、subModeId、provider、
    mediaType、media_type。公开接口请使用扁平字段和 mode。[doc-000]
    官方 Python SDK 另外在客户端拒绝 images、image_input、video_input、audio_input [bublehq-sdks];
    本规范同样拒绝这四个字段(见 x-gateway.notes)。
    """

    model_config = ConfigDict(extra="allow")

    model: str
    """/api/v1/models 返回的模型 key。"""
    mode: str | None = None
    """推荐。公开操作模式;当输入形态可能匹配多个 mode 时必须传。
    (取值见 /api/v1/models 的 operations[].mode;省略且输入形态同时匹配多个 mode 时返回 422 ambiguous_generation_mode。)
    """
    prompt: str | None = None
    """文本指令;大多数 mode 都需要。"""
    image_urls: list[str] | None = None
    """支持该输入的 mode 使用的参考图/源图片 URL。常见 mode:image_to_image、reference_to_video。"""
    start_frame: str | None = None
    """首帧图片 URL。常见 mode:frames_to_video。"""
    end_frame: str | None = None
    """支持首尾帧 mode 的尾帧图片 URL。常见 mode:支持首尾帧的 frames_to_video。"""
    video_urls: list[str] | None = None
    """视频输入类 mode 使用的源视频 URL。常见 mode:video_to_video、video_edit、video_extension。"""
    audio_urls: list[str] | None = None
    """音频输入类 mode 使用的源音频 URL。常见 mode:支持音频输入的视频 mode。"""
    is_public: bool | None = None
    """默认 false。"""
    copy_protected: bool | None = None
    """默认 true。"""
    duration: Any = None
    """模型专属参数(放在请求体根层级)。/api/v1/models 返回的模型专属参数也直接放在请求体根层级,
    例如 duration、resolution、aspect_ratio、output_format、web_search 或 audio。
    类型与取值由该模型 operations[].parameters 决定;doc-000 示例为 "8s"。
    """
    resolution: str | None = None
    """模型专属参数(放在请求体根层级;取值见 /api/v1/models 的 operations[].parameters)。
    doc-000 示例:"1K"(图片)、"720p"(视频)。
    """
    aspect_ratio: str | None = None
    """模型专属参数(放在请求体根层级;取值见 /api/v1/models 的 operations[].parameters)。
    doc-000 示例:"1:1"、"16:9"。
    """
    output_format: str | None = None
    """模型专属参数(放在请求体根层级;取值见 /api/v1/models 的 operations[].parameters)。doc-000 示例:"png"。"""
    web_search: Any = None
    """模型专属参数(放在请求体根层级;类型与取值见 /api/v1/models 的 operations[].parameters)。doc-000 只列出名称。"""
    audio: Any = None
    """模型专属参数(放在请求体根层级;类型与取值见 /api/v1/models 的 operations[].parameters)。doc-000 只列出名称。"""


class GenerationStatus(RootModel[Any]):
    """pending:任务已接受,等待运行;processing:提供方正在生成;success:生成成功;
    failed:生成失败,见 error;canceled:生成已取消。[buble-polling; bublehq-sdks types/common.py]
    """

    model_config = ConfigDict(defer_build=True)

    root: Literal["pending", "processing", "success", "failed", "canceled"]


class MediaResultImage(GatewayModel):
    model_config = ConfigDict(extra="allow")

    url: str | None = None


class MediaResultVideo(GatewayModel):
    model_config = ConfigDict(extra="allow")

    url: str | None = None
    preview_url: str | None = None
    thumbnail_url: str | None = None
    duration: Any = None
    """秒数(示例为 8);SDK 类型为 object(未限定)。"""


class MediaResultAudio(GatewayModel):
    """Only in the SDK types (bublehq-sdks types/generations.py); no docs example."""

    model_config = ConfigDict(extra="allow")

    url: str | None = None
    image_url: str | None = None
    title: str | None = None
    duration: Any = None


class GenerationResult(GatewayModel):
    """按媒体类型给出 images / videos / audios 之一。失败时 result 为 null。"""

    model_config = ConfigDict(extra="allow")

    images: list[MediaResultImage] | None = None
    videos: list[MediaResultVideo] | None = None
    audios: list[MediaResultAudio] | None = None


class GenerationTaskError(GatewayModel):
    """任务失败原因(HTTP 200,data.status = failed),例如 code generation_failed。"""

    model_config = ConfigDict(extra="allow")

    code: str | None = None
    message: str | None = None


class GenerationTask(GatewayModel):
    model_config = ConfigDict(extra="allow")

    id: str | None = None
    """生成任务 id(用于 GET /api/v1/generations/{id})。"""
    status: Literal["pending", "processing", "success", "failed", "canceled"] | None = None
    """pending:任务已接受,等待运行;processing:提供方正在生成;success:生成成功;
    failed:生成失败,见 error;canceled:生成已取消。[buble-polling; bublehq-sdks types/common.py]
    """
    model: str | None = None
    media_type: str | None = None
    """image / video / audio(SDK MediaType)。"""
    mode: str | None = None
    cost_credits: float | None = None
    """消耗积分。"""
    created_at: str | None = None
    """ISO 8601 时间字符串。"""
    updated_at: str | None = None
    """ISO 8601 时间字符串。"""
    result: GenerationResult | None = None
    error: GenerationTaskError | None = None


class ApiError(GatewayModel):
    model_config = ConfigDict(extra="allow")

    code: str | None = None
    """错误码 [buble-errors]:
    401 missing_api_key(未提供 API Key)、invalid_api_key(无效/未激活/已删除)、invalid_api_key_owner(Key 所属用户不存在);
    400 invalid_request_body(JSON 无效或字段类型不匹配)、unsupported_field(传入了嵌套结构或内部字段)、missing_file(上传缺少 file 字段);
    404 model_not_found(模型不可用);
    422 model_not_api_configured、mode_not_supported、mode_not_api_configured、unsupported_input_for_model、ambiguous_generation_mode、mode_scene_missing;
    415 unsupported_file_type(MIME 不是 image/video/audio)、unsupported_file_format(格式不被所选 mode 允许);
    file_too_large(HTTP 状态码公开页未给出)。
    积分、限流、并发、未知任务 id 的错误码:not found。
    """
    message: str | None = None
    details: Any = None
    """仅当存在额外结构化信息时返回。"""


class ErrorResponse(GatewayModel):
    model_config = ConfigDict(extra="allow")

    error: ApiError | None = None


class CreateGenerationResponse(GatewayModel):
    """`{ data, error }`;成功时 data.id 为任务 id,失败时 error.message 为原因 [doc-000 JS 示例]。"""

    model_config = ConfigDict(extra="allow")

    data: GenerationTask | None = None
    error: ApiError | None = None


class GenerationTaskEnvelope(GatewayModel):
    model_config = ConfigDict(extra="allow")

    data: GenerationTask | None = None


class MediaModelParameter(GatewayModel):
    model_config = ConfigDict(extra="allow")

    name: str | None = None
    type: str | None = None
    label: str | None = None
    """SDK only (types/media.py)."""
    default: Any = None
    enum: list[Any] | None = None
    values: list[Any] | None = None
    """SDK only (types/media.py)."""
    min: float | None = None
    """SDK only."""
    max: float | None = None
    """SDK only."""
    step: float | None = None
    """SDK only."""
    required: bool | None = None


class MediaModelOperation(GatewayModel):
    model_config = ConfigDict(extra="allow")

    mode: str | None = None
    """作为创建生成任务的 mode 字段。"""
    description: str | None = None
    input: MediaModelOperationInput | None = None
    """operations[].input.required 为该 mode 所需的最少公开字段。"""
    parameters: list[MediaModelParameter] | None = None
    """模型专属参数,直接放在创建请求的根层级。"""


class MediaModel(GatewayModel):
    model_config = ConfigDict(extra="allow")

    model: str | None = None
    """作为创建生成任务的 model 字段。"""
    name: str | None = None
    media_type: Literal["image", "video", "audio"] | None = None
    operations: list[MediaModelOperation] | None = None


class ModelList(GatewayModel):
    model_config = ConfigDict(extra="allow")

    data: list[MediaModel] | None = None


class UploadFileRequest(GatewayModel):
    file: bytes
    """图片、视频或音频文件。默认上限:图片 30 MB、视频 100 MB、音频 50 MB(模型 mode 可能更严格)。"""
    file_type: Literal["image", "video", "audio"] | None = None
    """image、video 或 audio;省略时按 MIME 类型推断。"""
    model: str | None = None
    """可选模型 key,用于模型级校验(与 mode 一起提供时按该模型 mode 校验类型、大小与格式)。"""
    mode: str | None = None
    """可选公开 mode,用于 mode 级校验。"""


class UploadedFile(GatewayModel):
    model_config = ConfigDict(extra="allow")

    object: Literal["file"] | None = None
    provider: str | None = None
    url: str | None = None
    """把 data.url 传给 image_urls、start_frame、end_frame、video_urls 或 audio_urls。"""
    key: str | None = None
    file_type: Literal["image", "video", "audio"] | None = None
    content_type: str | None = None
    size: int | None = None
    filename: str | None = None


class UploadedFileEnvelope(GatewayModel):
    model_config = ConfigDict(extra="allow")

    data: UploadedFile | None = None


class MediaModelOperationInput(GatewayModel):
    """operations[].input.required 为该 mode 所需的最少公开字段。"""

    model_config = ConfigDict(extra="allow")

    required: list[str] | None = None
    optional: list[str] | None = None
