"""Pydantic models of GPTNB (oneapi.gptnb.ai), generated from gptnb.yaml; do not edit."""

from __future__ import annotations

from typing import Any, Literal

from pydantic import ConfigDict, Field, RootModel

from gateway_runtime.model_base import GatewayModel


class VeoVideoGenerationRequest(GatewayModel):
    """Veo「统一格式」视频任务请求体 [doc-001]。字段与类型取自文档示例:
    `{"model": "veo-3.0-generate-preview", "prompt": "让图片中的肥皂拟人动漫化,并配音", "duration_seconds": 8,
    "aspect_ratio": "16:9", "sample_count": 1, "image": "…"}`(垫图);不垫图时不传 image。
    文档中 image 的取值被截断(只剩开头的引号),其格式(URL 或 base64)未知。
    """

    model_config = ConfigDict(extra="allow")

    model: str
    """模型名,例如 veo-3.0-generate-preview。"""
    prompt: str
    """提示词。"""
    duration_seconds: int | None = None
    """视频时长(秒),文档示例为 8。"""
    aspect_ratio: str | None = None
    """画面比例,文档示例为 "16:9"。"""
    sample_count: int | None = None
    """生成数量,文档示例为 1。"""
    image: str | None = None
    """垫图(参考图)。仅「提交视频垫图异步任务」使用;文档中取值被截断,格式未知(URL 或 base64 data URL)。"""


class VideoGenerationSubmitResponse(GatewayModel):
    """提交成功响应 [doc-001]: {"task_id": "6b499b0d-5059-401e-b7be-d731d39eb1bb"}"""

    model_config = ConfigDict(extra="allow")

    task_id: str | None = None
    """任务 ID(查询视频异步任务时使用)。"""


class VideoTaskData(GatewayModel):
    """[INFER] Union of the task shapes a new-api gateway returns under `data` (new-api relay/relay_task.go, dto/task.go):
    TaskDto {task_id, action, status NOT_START|SUBMITTED|QUEUED|IN_PROGRESS|FAILURE|SUCCESS|UNKNOWN, fail_reason,
    result_url, submit_time, start_time, finish_time, progress "NN%", properties, data …} or, for Gemini/Vertex (Veo)
    channels, {task_id, status queued|processing|succeeded|failed, url, format, metadata, error}.
    """

    model_config = ConfigDict(extra="allow")

    task_id: str | None = None
    status: str | None = None
    url: str | None = None
    """Gemini/Vertex variant — video URL."""
    format: str | None = None
    """Gemini/Vertex variant — e.g. mp4."""
    metadata: Any = None
    """Gemini/Vertex variant."""
    error: Any = None
    """Gemini/Vertex variant — null on success."""
    result_url: str | None = None
    """TaskDto — the result video URL."""
    fail_reason: str | None = None
    """TaskDto — failure reason."""
    progress: str | None = None
    """TaskDto — progress "NN%"."""
    action: str | None = None
    submit_time: int | None = None
    start_time: int | None = None
    finish_time: int | None = None
    properties: Any = None
    data: Any = None
    """TaskDto — raw upstream JSON."""


class VideoGenerationTaskResponse(GatewayModel):
    """[INFER] Response of GET /v1/video/generations/{task_id}. GPTNB's query page is not in doc-001 and was not found.
    new-api code: {code:"success", data: VideoTaskData}; new-api docs: unwrapped {task_id, status, url, format,
    metadata, error} with status queued|in_progress|completed|failed. Both forms are accepted here.
    """

    model_config = ConfigDict(extra="allow")

    code: str | None = None
    """new-api TaskResponse code, "success" when ok."""
    message: str | None = None
    data: VideoTaskData | None = None
    task_id: str | None = None
    """newapi-docs-video (unwrapped form)."""
    status: str | None = None
    """newapi-docs-video (unwrapped form): queued | in_progress | completed | failed."""
    url: str | None = None
    format: str | None = None
    metadata: Any = None
    error: Any = None


class NewApiTaskError(GatewayModel):
    """[INFER] new-api task-route error body {"code":"<string>","message":"…","data":null}; e.g. 400 task_not_exist, 400 invalid_request, 403 quota_not_enough, 500 do_request_failed / fail_to_fetch_task (new-api-calcium controller/relay.go RelayTask, dto/task.go)."""

    model_config = ConfigDict(extra="allow")

    code: str | None = None
    message: str | None = None
    data: Any = None


class SpeechResponse(RootModel[Any]):
    """Audio bytes (format per response_format; OpenAI default mp3)."""

    model_config = ConfigDict(defer_build=True)

    root: bytes


class FluxGenerateRequest(GatewayModel):
    """[INFER] Body of POST /flux/v1/{model}. The per-model request body was NOT verified in any source; only `prompt` is
    named here. Other BFL fields pass through (additionalProperties).
    """

    model_config = ConfigDict(extra="allow")

    prompt: str | None = None
    """提示词。"""


class FluxSubmitResponse(GatewayModel):
    """[INFER] BFL submit reply; the task id is `id` (used by get_result?id=). Not shown by the Flux sources used."""

    model_config = ConfigDict(extra="allow")

    id: str | None = None
    polling_url: str | None = None


class FluxResult(GatewayModel):
    model_config = ConfigDict(extra="allow")

    id: str | None = None
    status: str | None = None
    """Task not found | Pending | Request Moderated | Content Moderated | Ready | Error (bfl-get-result)."""
    progress: float | None = None
    result: Any = None
    """On Ready: {sample (image URL), seed, prompt, start_time, end_time, duration} (flux-dmxapi)."""
    details: Any = None
    preview: Any = None


class IdeogramImageRequest(GatewayModel):
    """Ideogram legacy image_request (ideogram-crazyrouter, ideogram-tessl; doc-003 remix example)."""

    model_config = ConfigDict(extra="allow")

    prompt: str
    model: Literal["V_1", "V_1_TURBO", "V_2", "V_2_TURBO"] | None = None
    aspect_ratio: str | None = None
    """e.g. ASPECT_16_9, ASPECT_10_16, ASPECT_1_1."""
    magic_prompt_option: Literal["AUTO", "ON", "OFF"] | None = None
    seed: int | None = None
    style_type: str | None = None
    negative_prompt: str | None = None


class IdeogramGenerateRequest(GatewayModel):
    image_request: IdeogramImageRequest
    """Ideogram legacy image_request (ideogram-crazyrouter, ideogram-tessl; doc-003 remix example)."""


class IdeogramImageFileRequest(GatewayModel):
    """multipart/form-data: image_file (图片文件) + image_request (JSON string) — doc-003 remix / upscale."""

    image_file: bytes
    """图片文件"""
    image_request: str | None = None
    """JSON string, e.g. remix {"prompt": "…", "aspect_ratio": "ASPECT_10_16", "image_weight": 50, "magic_prompt_option": "ON", "model": "V_2"}; upscale {"resemblance":50,"magic_prompt_option":"AUTO","prompt":"…","seed":12345,"detail":50} (doc-003)."""


class IdeogramDescribeRequest(GatewayModel):
    image_file: bytes
    """图片文件"""


class IdeogramImage(GatewayModel):
    model_config = ConfigDict(extra="allow")

    prompt: str | None = None
    resolution: str | None = None
    is_image_safe: bool | None = None
    seed: int | None = None
    url: str | None = None
    style_type: str | None = None


class IdeogramImagesResponse(GatewayModel):
    model_config = ConfigDict(extra="allow")

    created: str | int | None = None
    """doc-003 types it as string."""
    data: list[IdeogramImage] | None = None
    descriptions: list[IdeogramImagesResponseDescriptionsItem] | None = None
    """describe only."""


class LumaGenerationRequest(GatewayModel):
    """Luma-API GenRequest (luma-api models.go) + loop (doc-003)."""

    model_config = ConfigDict(extra="allow")

    user_prompt: str
    """提示词"""
    aspect_ratio: str | None = None
    expand_prompt: bool | None = None
    """是否优化扩展提示词"""
    image_url: str | None = None
    """开始帧图片 / reference image URL"""
    image_end_url: str | None = None
    """结束帧图片 / end keyframe URL"""
    loop: bool | None = None
    """是否循环 (doc-003; not in Luma-API GenRequest)."""


class LumaVideo(GatewayModel):
    model_config = ConfigDict(extra="allow")

    url: str | None = None
    download_url: str | None = None
    """doc-003 only."""
    thumbnail: Any = None
    width: int | None = None
    height: int | None = None


class LumaGeneration(GatewayModel):
    model_config = ConfigDict(extra="allow")

    id: str | None = None
    prompt: str | None = None
    state: str | None = None
    """pending | processing | completed (Luma-API models.go); failed unconfirmed."""
    created_at: str | None = None
    video: LumaVideo | None = None
    video_raw: Any = None
    thumbnail: Any = None
    last_frame: Any = None
    liked: Any = None
    estimate_wait_seconds: Any = None


class LumaGenerationResponse(RootModel[Any]):
    """A generation object (doc-003) or an array of them (Luma-API swagger); see x-gateway.notes."""

    model_config = ConfigDict(defer_build=True)

    root: LumaGeneration | list[LumaGeneration]


class LumaDownloadUrlResponse(RootModel[Any]):
    """[INFER] watermark-free URL; body shape not stated (luma-api router.go names the route only)."""

    model_config = ConfigDict(defer_build=True)

    root: dict[str, Any]


class LumaError(GatewayModel):
    """Luma-API proxy errors: {"detail":{"reason","code":1}} or {"detail":"…"} (luma-api luma.go, middleware/auth.go)."""

    model_config = ConfigDict(extra="allow")

    detail: Any = None


class CogVideoXAsyncResult(GatewayModel):
    model_config = ConfigDict(extra="allow")

    model: str | None = None
    request_id: str | None = None
    task_status: str | None = None
    """"SUCCESS" seen; full list not found."""
    video_result: list[CogVideoXAsyncResultVideoResultItem] | None = None


class ViduTaskRequest(GatewayModel):
    """Vidu 官方格式(普通)创建视频 / 高清视频 (vidu-gptbest-create, vidu-gptbest-upscale): both POST /vidu/v1/tasks.
    创建: {input:{prompts:[{type: text|image, content, enhance}]}, type: img2video|…, settings:{style, aspect_ratio, duration, model}};
    高清: {input:{creation_id}, type: "upscale", settings:{model: "stable", duration}} — creation_id 是 creations 里面的 id,不是 task_id。
    """

    model_config = ConfigDict(extra="allow")

    input: ViduTaskRequestInput
    type: str
    """e.g. img2video, character2video, upscale."""
    settings: ViduTaskRequestSettings


class ViduTask(GatewayModel):
    model_config = ConfigDict(extra="allow")

    id: str | None = None
    input: Any = None
    settings: Any = None
    type: str | None = None
    state: str | None = None
    """e.g. queueing, processing, success, failed (created|queueing|processing|success|failed per the upstream Vidu API)."""
    creations: list[ViduTaskCreationsItem] | None = None
    """Finished videos (vidu-gptbest-get example): {id, task_id, type: video, grade, uri (watermarked mp4), cover_uri, …}."""
    err_code: str | None = None
    created_at: str | None = None


class ViduTaskStateEvent(GatewayModel):
    """One event of GET /vidu/v1/tasks/state: data: {"state":"queueing|processing|…","estimated_time_left":0,"err_code":""}."""

    model_config = ConfigDict(extra="allow")

    state: str | None = None
    estimated_time_left: float | None = None
    err_code: str | None = None


class PikaGenerateRequest(GatewayModel):
    """Pika generate body (pika-yutoai, pika-apicore). Field for the reference-video/extend variant beyond options.extend was not found."""

    model_config = ConfigDict(extra="allow")

    pikaffect: str | None = None
    prompt_text: str | None = Field(None, alias="promptText")
    model: Literal["1.5", "2.0"] | None = None
    options: PikaGenerateRequestOptions2 | None = None
    image: str | None = None
    """参考图片 URL."""


class PikaSubmitResponse(GatewayModel):
    model_config = ConfigDict(extra="allow")

    id: str | None = None


class PikaFeed(GatewayModel):
    model_config = ConfigDict(extra="allow")

    id: str | None = None
    prompt_text: str | None = Field(None, alias="promptText")
    videos: list[PikaFeedVideosItem] | None = None


class RunwayImageToVideoRequest(GatewayModel):
    model_config = ConfigDict(extra="allow")

    prompt_image: str = Field(alias="promptImage")
    """首帧图片 URL / data URI."""
    model: Literal["gen3a_turbo", "gen4_turbo"]
    prompt_text: str | None = Field(None, alias="promptText")
    ratio: str | None = None
    duration: Literal[5, 10] | None = None
    seed: int | None = None
    watermark: bool | None = None


class RunwaySubmitResponse(GatewayModel):
    model_config = ConfigDict(extra="allow")

    id: str | None = None


class RunwayTask(GatewayModel):
    model_config = ConfigDict(extra="allow")

    id: str | None = None
    status: str | None = None
    """PENDING | RUNNING | SUCCEEDED | FAILED"""
    output: list[str] | None = None
    failure: Any = None
    created_at: Any = Field(None, alias="createdAt")


class KlingVideoRequest(GatewayModel):
    """[INFER] Kling official-format body. new-api's KlingRequestConvert reads `model_name` (or `model`), `prompt` and
    `image` (its presence selects image-to-video) and forwards the whole body as metadata; the Kling adaptor knows
    image_tail, negative_prompt, sound, mode (default std), duration (default "5"), aspect_ratio, cfg_scale,
    static_mask, dynamic_masks, camera_control, watermark_info, callback_url, external_task_id (new-api).
    """

    model_config = ConfigDict(extra="allow")

    model_name: str | None = None
    model: str | None = None
    """alias of model_name accepted by new-api."""
    prompt: str | None = None
    negative_prompt: str | None = None
    image: str | None = None
    """图生视频:首帧图片(URL 或 base64)。"""
    image_tail: str | None = None
    mode: str | None = None
    duration: str | None = None
    aspect_ratio: str | None = None
    cfg_scale: float | None = None
    callback_url: str | None = None
    external_task_id: str | None = None


class KlingTaskResponse(GatewayModel):
    """Kling official-format envelope (kling-xmsmartlink, kling-morphogen); code 0 = success."""

    model_config = ConfigDict(extra="allow")

    code: int | str | None = None
    message: str | None = None
    request_id: str | None = None
    data: KlingTaskResponseData | None = None


class StableImageUltraRequest(GatewayModel):
    """Stable Image Ultra multipart body. Fields and limits per GPTNB's own apifox page (gptnb-apifox-sd-ultra), which
    copies the Stability AI reference (stability-ref).
    """

    model_config = ConfigDict(extra="allow")

    prompt: str
    """想要生成的画面;可用 (word:weight) 调整权重。"""
    negative_prompt: str | None = None
    aspect_ratio: (
        Literal["16:9", "1:1", "21:9", "2:3", "3:2", "4:5", "5:4", "9:16", "9:21"] | None
    ) = None
    seed: float | None = None
    """0 = random seed."""
    output_format: Literal["jpeg", "png", "webp"] | None = None
    image: bytes | None = None
    """Stability reference: optional starting image (Ultra image-to-image)."""
    strength: float | None = None
    """Stability reference: influence of image (required with image)."""


class StableImageCoreRequest(GatewayModel):
    """Stable Image Core multipart body (sd-aiyiapi-core, stability-ref)."""

    model_config = ConfigDict(extra="allow")

    prompt: str
    negative_prompt: str | None = None
    aspect_ratio: (
        Literal["16:9", "1:1", "21:9", "2:3", "3:2", "4:5", "5:4", "9:16", "9:21"] | None
    ) = None
    seed: float | None = None
    style_preset: str | None = None
    """Stability: "This list of style presets is subject to change" — known values suggested, not enforced."""
    output_format: Literal["jpeg", "png", "webp"] | None = None


class StableDiffusion3Request(GatewayModel):
    """Stable Diffusion 3 multipart body (sd-aiyiapi-sd3, stability-ref); mode image-to-image needs image and strength."""

    model_config = ConfigDict(extra="allow")

    prompt: str
    mode: Literal["text-to-image", "image-to-image"] | None = None
    image: bytes | None = None
    strength: float | None = None
    aspect_ratio: (
        Literal["16:9", "1:1", "21:9", "2:3", "3:2", "4:5", "5:4", "9:16", "9:21"] | None
    ) = None
    """text-to-image only."""
    model: str | None = None
    """SD3 variant (Medium, Large, Large Turbo per the page); Stability has added variants since — known values suggested."""
    seed: float | None = None
    output_format: Literal["jpeg", "png"] | None = None
    negative_prompt: str | None = None


class StableImageJSONResponse(GatewayModel):
    """accept: application/json reply (stability-ref): the image base64-encoded."""

    model_config = ConfigDict(extra="allow")

    image: str | None = None
    """base64 image in output_format."""
    finish_reason: str | None = None
    """SUCCESS | CONTENT_FILTERED"""
    seed: float | None = None


class SDXLTextToImageRequest(GatewayModel):
    """Stability v1 text-to-image JSON body (stability-ref; GPTNB's page gptnb-apifox-sdxl names the route and headers
    but its body table is empty in the stored copy). Example from a same-menu reseller.
    """

    model_config = ConfigDict(extra="allow")

    text_prompts: list[SDXLTextToImageRequestTextPromptsItem]
    height: int | None = None
    width: int | None = None
    cfg_scale: float | None = None
    clip_guidance_preset: str | None = None
    sampler: str | None = None
    samples: int | None = None
    seed: int | None = None
    steps: int | None = None
    style_preset: str | None = None
    extras: dict[str, Any] | None = None


class SDXLArtifactsResponse(GatewayModel):
    """v1 reply with accept: application/json (stability-ref): artifacts[{base64, finishReason SUCCESS|ERROR|CONTENT_FILTERED, seed}]."""

    model_config = ConfigDict(extra="allow")

    artifacts: list[SDXLArtifactsResponseArtifactsItem] | None = None


class RunwayV1GenerateRequest(GatewayModel):
    """Runway v1 (reverse) format body (runway-v1-yutoai, runway-v1-zyhelp-generate)."""

    model_config = ConfigDict(extra="allow")

    ratio: str | None = None
    prompt: str
    style: str | None = None
    model: str
    image: str | None = None
    """generate(参考图片):参考图片 URL。"""
    options: RunwayV1GenerateRequestOptions2 | None = None
    callback_url: str | None = None


class CodeMsgTaskSubmit(GatewayModel):
    """Reseller-template submit reply {code:200, msg, data{task_id}, exec_time} (pixverse-yutoai-generate, runway-v1-zyhelp-generate)."""

    model_config = ConfigDict(extra="allow")

    code: int | str | None = None
    msg: str | None = None
    data: CodeMsgTaskSubmitData | None = None
    exec_time: float | None = None


class CodeMsgVideoFeed(GatewayModel):
    """Reseller-template feed reply {code, msg, data{task_id, status "0" NOT_START | "1" IN_PROGRESS | "2" FAILURE |
    "3" SUCCESS, state, video_url, image_url, poster, prompt, msg, create_time, update_time}} (pixverse-yutoai-feed,
    runway-v1-zyhelp-feed).
    """

    model_config = ConfigDict(extra="allow")

    code: int | str | None = None
    msg: str | None = None
    data: CodeMsgVideoFeedData | None = None


class RunwayV1FeedRequest(GatewayModel):
    model_config = ConfigDict(extra="allow")

    task_id: str


class PixverseGenerateRequest(GatewayModel):
    """Pixverse generate body (pixverse-yutoai-generate); generate(参考图片) adds image / motion fields."""

    model_config = ConfigDict(extra="allow")

    prompt: str
    ratio: str
    style: str | None = None
    seed: int | None = None
    negative_prompt: str | None = None
    model: str
    template_id: int | None = None
    image: str | None = None
    """generate(参考图片):参考图片 URL。"""


class KlingImageRequest(GatewayModel):
    """Kling official-format image generation body (kling-images-morphogen, kling-images-crazyrouter)."""

    model_config = ConfigDict(extra="allow")

    model_name: str | None = None
    prompt: str
    negative_prompt: str | None = None
    image: str | None = None
    """参考图(URL 或 base64)。"""
    image_reference: str | None = None
    image_fidelity: float | None = None
    human_fidelity: float | None = None
    resolution: str | None = None
    n: int | None = None
    aspect_ratio: str | None = None
    callback_url: str | None = None


class CogVideoXGenerationRequest(GatewayModel):
    """CogVideoX (Zhipu official format) body (cogvideox-zhipu, cogvideox-yunapi)."""

    model_config = ConfigDict(extra="allow")

    model: str
    prompt: str
    image_url: str | None = None
    """图生视频:首帧图片 URL 或 base64。"""
    quality: str | None = None
    with_audio: bool | None = None
    size: str | None = None
    fps: int | None = None
    request_id: str | None = None
    user_id: str | None = None


class CogVideoXSubmitResponse(GatewayModel):
    """{id, model, request_id, task_status PROCESSING} (cogvideox-zhipu, cogvideox-yunapi)."""

    model_config = ConfigDict(extra="allow")

    id: str | None = None
    model: str | None = None
    request_id: str | None = None
    task_status: str | None = None


class SunoV2GenerateRequest(GatewayModel):
    """Suno 官方格式(v2) body (suno-v2-apifox; the page marks mv and prompt required and its own example sends
    prompt "" with gpt_description_prompt). mv ending in -upload (e.g. chirp-v3-5-upload) continues an uploaded clip.
    """

    model_config = ConfigDict(extra="allow")

    mv: str
    prompt: str
    """歌词(自定义模式);灵感模式传空字符串。"""
    gpt_description_prompt: str | None = None
    make_instrumental: bool | None = None
    tags: str | None = None
    title: str | None = None
    continue_clip_id: str | None = None
    continue_at: float | None = None
    infill_start_s: float | None = None
    infill_end_s: float | None = None


class SunoV2GenerateResponse(GatewayModel):
    """{id, clips[{id, status, audio_url, video_url, image_url, title, metadata, …}]} (suno-v2-apifox; openai-next-lab sunoProxy.ts SunoGenerateResponse adds metadata, major_model_version, created_at, batch_size)."""

    model_config = ConfigDict(extra="allow")

    id: str | None = None
    clips: list[SunoV2Clip] | None = None
    status: str | None = None


class SunoV2Clip(GatewayModel):
    """A Suno clip as the v2 routes return it (suno-v2-apifox; openai-next-lab sunoProxy.ts SunoClip). audio_url is empty until the clip streams or completes."""

    model_config = ConfigDict(extra="allow")

    id: str | None = None
    """clip id (查询任务(feed) 的 ids 取这些 id"""
    status: str | None = None
    """submitted | queued | streaming | complete (openai-next-lab SunoClip); error also appears in Suno sources."""
    title: str | None = None
    audio_url: str | None = None
    video_url: str | None = None
    image_url: str | None = None
    image_large_url: str | None = None
    model_name: str | None = None
    major_model_version: str | None = None
    created_at: str | None = None
    metadata: dict[str, Any] | None = None


class SunoV2FeedResponse(GatewayModel):
    """查询任务(feed) reply {clips[], num_total_results, current_page} (openai-next-lab sunoProxy.ts SunoQueryResponse)."""

    model_config = ConfigDict(extra="allow")

    clips: list[SunoV2Clip] | None = None
    num_total_results: int | None = None
    current_page: int | None = None


class SunoV2UploadRequest(GatewayModel):
    """音乐链接转成suno(upload) body {url} (openai-next-lab sunoProxy.ts upload(): sends {url: <one link>})."""

    url: str
    """音乐链接 (mp3 等可公开访问的 URL)。"""


class SunoV2UploadResponse(GatewayModel):
    """{clip_id, duration} (openai-next-lab sunoProxy.ts SunoUploadResponse): the uploaded audio as a clip, to continue with mv *-upload and continue_clip_id."""

    model_config = ConfigDict(extra="allow")

    clip_id: str | None = None
    duration: float | None = None
    """音乐时长"""


class SunoV2ConcatRequest(GatewayModel):
    """获取完整音乐(concat) body {clip_id}: the body Suno's own POST /api/generate/concat/v2/ takes (suno-web-concat concatenate() sends {clip_id}); no page of this format shows it."""

    clip_id: str
    """扩展(续写)后最后一段的 clip id;Suno 顺着它的续写链把各段拼成完整歌曲。"""


class DocmeeReply(GatewayModel):
    """docmee reply envelope {code, message, data, total} (docmee-api); code 0 = success, 88/98/99/1001–1012 errors."""

    model_config = ConfigDict(extra="allow")

    code: int | str | None = None
    message: str | None = None
    total: int | None = None
    data: Any = None


class DocmeePptInfo(GatewayModel):
    """pptInfo (docmee-api)."""

    model_config = ConfigDict(extra="allow")

    id: str | None = None
    name: str | None = None
    subject: str | None = None
    cover_url: str | None = Field(None, alias="coverUrl")
    file_url: str | None = Field(None, alias="fileUrl")
    template_id: str | None = Field(None, alias="templateId")
    pptx_property: Any = Field(None, alias="pptxProperty")
    """PPT data structure (json, gzip + base64 when a string)."""
    user_id: str | None = Field(None, alias="userId")
    user_name: str | None = Field(None, alias="userName")
    company_id: int | None = Field(None, alias="companyId")
    update_time: Any = Field(None, alias="updateTime")
    create_time: Any = Field(None, alias="createTime")


class DocmeePptInfoReply(GatewayModel):
    model_config = ConfigDict(extra="allow")

    code: int | str | None = None
    message: str | None = None
    data: DocmeePptInfoReplyData | None = None


class DocmeeTemplateFilters(GatewayModel):
    model_config = ConfigDict(extra="allow")

    type: int
    """1 系统模板、4 用户自定义模板 (docmee-api: 必传)."""
    category: str | None = None
    style: str | None = None
    theme_color: str | None = Field(None, alias="themeColor")
    neq_id: list[str] | None = None
    """randomTemplates only — ids to exclude."""


class DocmeeTemplatesRequest(GatewayModel):
    model_config = ConfigDict(extra="allow")

    page: int
    size: int
    filters: DocmeeTemplateFilters


class DocmeeRandomTemplatesRequest(GatewayModel):
    model_config = ConfigDict(extra="allow")

    size: int
    filters: DocmeeTemplateFilters


class DocmeeUpdatePptTemplateRequest(GatewayModel):
    model_config = ConfigDict(extra="allow")

    ppt_id: str = Field(alias="pptId")
    template_id: str = Field(alias="templateId")
    sync: bool | None = None


class DocmeeUpdateOutlineRequest(GatewayModel):
    model_config = ConfigDict(extra="allow")

    outline_markdown: str = Field(alias="outlineMarkdown")
    length: str | None = None
    question: str | None = None


class DocmeeParseFileRequest(GatewayModel):
    """multipart (docmee-api); at least one source is expected (file, content, fileUrl, website, websearch)."""

    model_config = ConfigDict(extra="allow")

    file: bytes | None = None
    content: str | None = None
    file_url: str | None = Field(None, alias="fileUrl")
    website: str | None = None
    websearch: str | None = None


class DocmeeGenerateOutlineRequest(GatewayModel):
    model_config = ConfigDict(extra="allow")

    stream: bool | None = None
    """默认流式 (docmee-api); this client reads the reply as an event stream either way (a JSON reply is decoded as JSON)."""
    length: str | None = None
    lang: str | None = None
    prompt: str | None = None
    subject: str | None = None
    data_url: str | None = Field(None, alias="dataUrl")


class DocmeeGenerateContentRequest(GatewayModel):
    model_config = ConfigDict(extra="allow")

    stream: bool | None = None
    outline_markdown: str = Field(alias="outlineMarkdown")
    async_gen_pptx: bool | None = Field(None, alias="asyncGenPptx")
    """生成大纲内容同时异步生成PPT:true(事件中返回 pptId / total / current)。"""
    template_id: str | None = Field(None, alias="templateId")
    lang: str | None = None
    prompt: str | None = None
    data_url: str | None = Field(None, alias="dataUrl")


class DocmeeStreamEvent(GatewayModel):
    """Event of the docmee streams: {text, status -1 异常 | 0 模型重置 | 1 解析文件 | 2 搜索网页 | 3 生成中 | 4 完成, result, pptId, total, current, error} (docmee-api)."""

    model_config = ConfigDict(extra="allow")

    text: str | None = None
    status: int | None = None
    result: Any = None
    ppt_id: str | None = Field(None, alias="pptId")
    total: int | None = None
    current: int | None = None
    error: str | None = None


class DocmeeDirectGenerateRequest(GatewayModel):
    model_config = ConfigDict(extra="allow")

    stream: bool
    """true → event stream (DocmeeStreamEvent), false → JSON {code, data{pptInfo}}. Required by this client (see x-inferred)."""
    template_id: str | None = Field(None, alias="templateId")
    pptx_property: bool | None = Field(None, alias="pptxProperty")
    length: str | None = None
    lang: str | None = None
    prompt: str | None = None
    subject: str | None = None
    data_url: str | None = Field(None, alias="dataUrl")


class DocmeePageRequest(GatewayModel):
    model_config = ConfigDict(extra="allow")

    page: int
    size: int


class DocmeeIdRequest(GatewayModel):
    model_config = ConfigDict(extra="allow")

    id: str
    refresh: bool | None = None
    """downloadPptx only — 是否刷新(默认 false)."""


class DocmeeUpdateAttrRequest(GatewayModel):
    model_config = ConfigDict(extra="allow")

    id: str
    name: str | None = None
    subject: str | None = None


class DocmeeSaveRequest(GatewayModel):
    model_config = ConfigDict(extra="allow")

    id: str
    draw_pptx: bool | None = Field(None, alias="drawPptx")
    draw_cover: bool | None = Field(None, alias="drawCover")
    pptx_property: dict[str, Any] | None = Field(None, alias="pptxProperty")


class DocmeePptJson(GatewayModel):
    """docmee PPT JSON (docmee-gptbest-ppt2json / -json2ppt example): {width, height, pages[], font[], slideMasters[], version}."""

    model_config = ConfigDict(extra="allow")

    width: int
    height: int
    pages: list[Any]
    """页面结构数据"""
    font: list[Any]
    """字体数据"""
    slide_masters: list[Any] = Field(alias="slideMasters")
    """母版结构数据"""
    version: str


class DocmeePpt2JsonRequest(GatewayModel):
    """multipart/form-data (docmee-gptbest-ppt2json): file (the .pptx), uploadImage (示例值 "false")."""

    file: bytes
    """PPT 文件 (示例值 test.pptx)"""
    upload_image: str = Field(alias="uploadImage")
    """Sent as text in the form; the page shows only "false"; what true does is not stated."""


class DocmeePptJsonReply(GatewayModel):
    """ppt转json reply as the page shows it: the PPT JSON itself (width, height, pages, font, slideMasters, version), no {code, data} envelope."""

    model_config = ConfigDict(extra="allow")

    width: int | None = None
    height: int | None = None
    pages: list[Any] | None = None
    font: list[Any] | None = None
    slide_masters: list[Any] | None = Field(None, alias="slideMasters")
    version: str | None = None


class PicImageSource(RootModel[Any]):
    """One source image, exactly one of image_file / image_url (pic-gptge: 与 image_url 二选一)."""

    model_config = ConfigDict(defer_build=True)

    root: Any


class PicSegmentationRequest(GatewayModel):
    """抠图 (segmentation) multipart body — pic-gptge 表单参数."""

    model_config = ConfigDict(extra="allow")

    image_file: bytes | None = None
    """源图像文件(二进制)，与 image_url 二选一"""
    image_url: str | None = None
    """源图像 URL，与 image_file 二选一"""
    sync: Literal[0, 1] | None = None
    """是否等待结果就绪:0=异步(默认)，1=同步"""
    type: str | None = None
    """前景类型:person、object、stamp,为空则自动检测"""
    output_type: Literal[1, 2, 3] | None = None
    """返回类型:1=图片+蒙版、2=仅图片、3=仅蒙版"""
    crop: Literal[0, 1] | None = None
    """是否裁剪到目标边缘:0=原图大小、1=裁剪"""
    format: Literal["png", "jpg"] | None = None
    """图片格式:png=透明图、jpg=白底图"""
    bg_color: str | None = None
    """JPG 背景色，十六进制颜色码，例如 ffffff"""
    callback_url: str | None = None
    """回调通知地址"""


class PicScaleRequest(GatewayModel):
    """图片变清晰 (scale, lossless upscale) multipart body — pic-gptge 表单参数."""

    model_config = ConfigDict(extra="allow")

    image_file: bytes | None = None
    """源图像文件(二进制)，与 image_url 二选一"""
    image_url: str | None = None
    """源图像 URL，与 image_file 二选一"""
    sync: Literal[0, 1] | None = None
    """是否等待结果就绪:0=异步(默认)，1=同步"""
    type: Literal["clean", "face"] | None = None
    """增强类型:clean=通用增强，face=人像增强(每张最多 10 张人脸)"""
    scale_factor: Literal[1, 2, 4] | None = None
    """放大倍数:不传=自动，1=不放大，2=2 倍，4=4 倍"""
    callback_url: str | None = None
    """回调通知地址"""


class PicBackgroundRequest(GatewayModel):
    """背景生成 (background) multipart body — pic-gptge 表单参数 (batch_size and prompt marked 必填; batch_size also 默认 2)."""

    model_config = ConfigDict(extra="allow")

    image_file: bytes | None = None
    """前景图文件(二进制)，与 image_url 二选一"""
    image_url: str | None = None
    """前景图 URL，与 image_file 二选一"""
    batch_size: int | None = None
    """每次生成图片数量，默认 2，最大 4，价格按数量翻倍"""
    prompt: str
    """背景提示词，支持多语言，英文效果最佳，最长 1024 字符"""
    sync: Literal[0, 1] | None = None
    """是否等待结果就绪:0=异步(默认)，1=同步"""
    callback_url: str | None = None
    """回调通知地址"""


class PicIdPhotoRequest(GatewayModel):
    """证件照制作 (idphoto) multipart body — pic-gptge 表单参数."""

    model_config = ConfigDict(extra="allow")

    image_file: bytes | None = None
    """人像文件(二进制)，与 image_url 二选一"""
    image_url: str | None = None
    """人像 URL，与 image_file 二选一"""
    size: str | None = None
    """证件照尺寸 {width}x{height},例如 300x400,像素范围 100~2000"""
    format: Literal["png", "jpg"] | None = None
    """输出格式:png=透明背景，jpg=白色背景"""
    sync: Literal[0, 1] | None = None
    """是否等待结果就绪:0=异步(默认)，1=同步"""
    bg_color: str | None = None
    """JPG 背景色 RRGGBB，例如 FFFFFF，仅在 format=jpg 时生效"""
    callback_url: str | None = None
    """回调通知地址"""


class PicColorizationRequest(GatewayModel):
    """黑白图像上色 (colorization) multipart body — pic-gptge 表单参数."""

    model_config = ConfigDict(extra="allow")

    image_file: bytes | None = None
    """源图像文件(二进制)，与 image_url 二选一"""
    image_url: str | None = None
    """源图像 URL，与 image_file 二选一"""
    format: Literal["jpeg", "jpg", "png", "webp"] | None = None
    """输出格式，默认 jpeg/jpg"""
    sync: Literal[0, 1] | None = None
    """是否等待结果就绪:0=异步(默认)，1=同步"""
    callback_url: str | None = None
    """回调通知地址"""


class PicOcrRequest(GatewayModel):
    """OCR multipart body — pic-gptge 表单参数 (the page lists no sync / callback_url)."""

    model_config = ConfigDict(extra="allow")

    image_file: bytes | None = None
    """源图像或文档文件(二进制),与 image_url 二选一;pdf, ppt, pptx, xls, xlsx, doc, docx, jpeg, jpg, png, gif, bmp"""
    image_url: str | None = None
    """源图像或文档 URL，与 image_file 二选一;使用 80 或 443 端口地址"""
    format: Literal["txt", "pdf", "docx", "xlsx", "pptx"] | None = None
    """输出格式"""
    language: str | None = None
    """输入文件语言,默认 ChinesePRC;多个语言用逗号分隔,例如 English,ChinesePRC,Digits"""
    password: str | None = None
    """受保护文档的密码，最长 32 个字符"""


class PicInpaintRequest(GatewayModel):
    """图像修复 (inpaint, PicWish Objects Removal) multipart body — fields from picwish-inpaint; no /task/pic page shows them."""

    model_config = ConfigDict(extra="allow")

    image_file: bytes | None = None
    """源图像文件(二进制)，与 image_url 二选一"""
    image_url: str | None = None
    """源图像 URL，与 image_file 二选一"""
    mask_file: bytes | None = None
    """蒙版图片文件(要擦除的区域)"""
    mask_url: str | None = None
    """蒙版图片 URL"""
    rectangles: str | None = None
    """要擦除的矩形区域 JSON,最多 50 个,例如 [{"x":0,"y":0,"width":100,"height":100}]"""
    sync: Literal[0, 1] | None = None
    """0=异步(默认)，1=同步"""


class PicCompressRequest(GatewayModel):
    """图片压缩 (imgcompress) multipart body — fields from picwish-compress; no /task/pic page shows them."""

    model_config = ConfigDict(extra="allow")

    image_file: bytes | None = None
    """源图像文件(二进制)，与 image_url 二选一"""
    image_url: str | None = None
    """源图像 URL，与 image_file 二选一"""
    sync: Literal[0, 1] | None = None
    """0=异步(默认)，1=同步"""
    format: Literal["jpg", "png", "webp"] | None = None
    """输出格式;不传时 jpg/png/webp 原图保持原格式"""
    quality: int | None = None
    """压缩质量 1–100(与 kbyte 二选一)"""
    kbyte: int | None = None
    """目标大小 KB(与 quality 二选一;PNG 不支持)"""
    width: int | None = None
    """输出宽度;不传 height 时按比例"""
    height: int | None = None
    """输出高度;不传 width 时按比例"""


class PicCorrectionRequest(GatewayModel):
    """图片智能切边 (correction, PicWish Photo Cropping and Enhancement) multipart body — fields from picwish-correction; no /task/pic page shows them."""

    model_config = ConfigDict(extra="allow")

    image_file: bytes | None = None
    """源图像文件(二进制)，与 image_url 二选一"""
    image_url: str | None = None
    """源图像 URL，与 image_file 二选一"""
    sync: Literal[0, 1] | None = None
    """0=异步(默认)，1=同步"""
    type: Literal[0, 1, 2, 3, 4] | None = None
    """0 文档切边+方向矫正;1 文字增强(默认);2 文字增强+切边矫正;3 商品切边矫正;4 商品切边矫正+去背景"""


class PicTaskData(GatewayModel):
    """Task state inside a /task/pic reply (pic-gptge examples; state codes picwish-states). URLs are valid about 1 hour (picwish-api)."""

    model_config = ConfigDict(extra="allow")

    task_id: str | None = None
    state: int | None = None
    """1 成功;0 排队、2 准备、3 等待、4 处理中;<0 失败 (-8 超时, -7 无效图片, -5 过大, -3 下载失败, -2 上传失败, -1 失败)"""
    state_detail: str | None = None
    progress: int | None = None
    """进度 0–100"""
    image: str | None = None
    """结果图片 URL"""
    mask: str | None = None
    """蒙版 URL (segmentation 的 output_type 1/3)"""
    file: str | None = None
    """结果文件 URL (OCR)"""
    err_info: str | None = None
    created_at: int | None = None
    processed_at: int | None = None
    completed_at: int | None = None
    download_time: int | None = None


class PicTaskReply(GatewayModel):
    """{status, data} reply of /task/pic submits and GET /task/{task_id} (pic-gptge: status 200 on success)."""

    model_config = ConfigDict(extra="allow")

    status: int | None = None
    message: str | None = None
    data: PicTaskData | None = None
    """Task state inside a /task/pic reply (pic-gptge examples; state codes picwish-states). URLs are valid about 1 hour (picwish-api)."""


class ViggleAssetUploadRequest(GatewayModel):
    """multipart/form-data body of the asset uploads: one field file (gptbest-viggle-image, gptbest-viggle-video; dooy-viggle appends only file)."""

    file: bytes
    """图片(角色)或视频(动作)文件"""


class ViggleAsset(GatewayModel):
    """An uploaded asset (gptbest-viggle-image / -video examples): its id is what 生成视频 takes as imageID / videoID."""

    model_config = ConfigDict(extra="allow")

    id: str | None = None
    name: str | None = None
    url: str | None = None
    """素材地址(签名 URL"""
    cover_url: str | None = Field(None, alias="coverURL")
    """视频封面(视频素材)"""
    width: int | None = None
    height: int | None = None


class ViggleAssetReply(GatewayModel):
    """{code, message, ts, reason, data} reply of the asset uploads (gptbest-viggle-image, gptbest-viggle-video)."""

    model_config = ConfigDict(extra="allow")

    code: int | None = None
    """0 = ok"""
    message: str | None = None
    ts: str | None = None
    reason: str | None = None
    data: ViggleAsset | None = None
    """An uploaded asset (gptbest-viggle-image / -video examples): its id is what 生成视频 takes as imageID / videoID."""


class ViggleMotionSource(RootModel[Any]):
    """The motion of a Mix task: an uploaded video (videoID) or an official template (templateID); dooy-viggle sends one of them."""

    model_config = ConfigDict(defer_build=True)

    root: Any


class ViggleVideoTaskRequest(GatewayModel):
    """Mix 生成视频 body (gptbest-viggle: bgMode, modelInfoID, imageID, videoID marked 必需, templateID 可选;
    dooy-viggle sends {imageID, bgMode, modelInfoID, templateID, videoID, watermark} with one of templateID / videoID set).
    """

    model_config = ConfigDict(extra="allow")

    image_id: str = Field(alias="imageID")
    """角色图片 id(Mix上传图片素材库 返回的 data.id)"""
    video_id: str | None = Field(None, alias="videoID")
    """动作视频 id(Mix上传视频素材库 返回的 data.id);与 templateID 二选一"""
    template_id: str | None = Field(None, alias="templateID")
    """官方模板视频 id(Mix官方模板列表 的 data[].id);与 videoID 二选一"""
    bg_mode: int = Field(alias="bgMode")
    """背景:0 白色背景、1 绿色背景、2 模版背景、3 角色背景(dooy-viggle 的选项;示例 2)"""
    model_info_id: int = Field(alias="modelInfoID")
    """模型:2 V2、3 V2-Turbo、4 V3-Beta(dooy-viggle 的选项;gptbest-viggle 示例 3)"""
    watermark: int | None = None
    """水印(dooy-viggle 发送 1;含义未说明)"""


class ViggleVideoTaskReply(GatewayModel):
    """生成视频 reply {code, message, ts, reason, data{taskID, mqType}} (gptbest-viggle example)."""

    model_config = ConfigDict(extra="allow")

    code: int | None = None
    message: str | None = None
    ts: str | None = None
    reason: str | None = None
    data: ViggleVideoTaskReplyData | None = None


class ViggleTaskQueryRequest(GatewayModel):
    """查询视频任务 body {ids:[taskID]} (gptbest-viggle-query: 目前仅支持一个ID,多个ID进来只会去取第一个结果)."""

    ids: list[str]
    """任务 id(生成视频 返回的 data.taskID);只读第一个"""


class ViggleTemplate(GatewayModel):
    """An official template (gptbest-viggle-templates example; dooy-viggle ViggleTemplate): its id is 生成视频's templateID."""

    model_config = ConfigDict(extra="allow")

    id: str | None = None
    command: str | None = None
    web_command: str | None = Field(None, alias="webCommand")
    description: str | None = None
    processed_url: str | None = Field(None, alias="processedURL")
    """模板视频"""
    processed_hd_url: str | None = Field(None, alias="processedHdURL")
    processed_cover_url: str | None = Field(None, alias="processedCoverURL")
    """模板封面"""
    display_url: str | None = Field(None, alias="displayURL")
    display_cover_url: str | None = Field(None, alias="displayCoverURL")
    gif_url: str | None = Field(None, alias="gifURL")
    web_purl: str | None = Field(None, alias="webPURL")
    width: int | None = None
    height: int | None = None


class ViggleTask(GatewayModel):
    """A Viggle task as 查询视频任务 returns it (gptbest-viggle-query example; dooy-viggle ViggleTask). status 0 is the finished task; result is the video."""

    model_config = ConfigDict(extra="allow")

    task_id: str | None = Field(None, alias="taskID")
    name: str | None = None
    status: int | None = None
    """0 = 完成(result 为视频地址);其他取值未见公开说明"""
    result: str | None = None
    """生成的视频 URL"""
    result_cover: str | None = Field(None, alias="resultCover")
    """视频封面"""
    video_duration: float | None = Field(None, alias="videoDuration")
    bg_mode: int | None = Field(None, alias="bgMode")
    model_info_id: int | None = Field(None, alias="modelInfoID")
    optimize: bool | None = None
    watermark: int | None = None
    free_credits: float | None = Field(None, alias="freeCredits")
    plan_credits: float | None = Field(None, alias="planCredits")
    purchased_credits: float | None = Field(None, alias="purchasedCredits")
    mq_type: int | None = Field(None, alias="mqType")
    created_at: str | None = Field(None, alias="createdAt")
    image: ViggleAsset | None = None
    """An uploaded asset (gptbest-viggle-image / -video examples): its id is what 生成视频 takes as imageID / videoID."""
    template: ViggleTemplate | None = None
    """An official template (gptbest-viggle-templates example; dooy-viggle ViggleTemplate): its id is 生成视频's templateID."""


class ViggleTaskQueryReply(GatewayModel):
    """查询视频任务 reply {code, message, ts, reason, data:[task]} (gptbest-viggle-query)."""

    model_config = ConfigDict(extra="allow")

    code: int | None = None
    message: str | None = None
    ts: str | None = None
    reason: str | None = None
    data: list[ViggleTask] | None = None


class ViggleTemplateTag(GatewayModel):
    model_config = ConfigDict(extra="allow")

    id: str | None = None
    """tagID"""
    name: str | None = None
    sort: int | None = None


class ViggleTemplateTagsReply(GatewayModel):
    """模板分类 reply {code, message, ts, reason, data:[{id, name, sort}]} (gptbest-viggle-tags)."""

    model_config = ConfigDict(extra="allow")

    code: int | None = None
    message: str | None = None
    ts: str | None = None
    reason: str | None = None
    data: list[ViggleTemplateTag] | None = None


class ViggleTemplatesReply(GatewayModel):
    """Mix官方模板列表 reply {code, message, ts, reason, data:[template]} (gptbest-viggle-templates)."""

    model_config = ConfigDict(extra="allow")

    code: int | None = None
    message: str | None = None
    ts: str | None = None
    reason: str | None = None
    data: list[ViggleTemplate] | None = None


class OpenAIErrorResponse(GatewayModel):
    """OpenAI 风格错误体 / OpenAI-style error body, as returned by new-api based gateways (`type` e.g. new_api_error, upstream_error). Inference I5."""

    error: OpenAIError


class OpenAIError(GatewayModel):
    message: str | None = None
    type: str | None = None
    param: str | None = None
    code: str | int | None = None


class MidjourneyErrorResponse(GatewayModel):
    """new-api's error body on MJ routes (HTTP 400, or 429 when code 30): {"description":"<desc> <result>","type":"upstream_error","code":<int>}; code 4 = request error, 5 = unknown; descriptions seen: task_no_found, quota_not_enough, prompt_is_required (new-api controller/relay.go, constant/midjourney.go)."""

    description: str | None = None
    type: str | None = None
    code: int | None = None


class ChatCompletionChunk(GatewayModel):
    """One server-sent event of a streamed chat completion (object "chat.completion.chunk"): choices[].delta holds the new part of the message. The last chunk may carry usage (with stream_options.include_usage) and an empty choices list. Inference I8."""

    id: str | None = None
    object: str | None = None
    created: int | None = None
    model: str | None = None
    service_tier: str | None = None
    system_fingerprint: str | None = None
    choices: list[ChatCompletionChunkChoice] | None = None
    usage: CompletionUsage | None = None


class ChatCompletionChunkChoice(GatewayModel):
    index: int | None = None
    delta: ChatCompletionDelta | None = None
    """The part of the assistant message this chunk adds (every field optional)."""
    finish_reason: str | None = None
    logprobs: ChatChoiceLogprobs | None = None


class ChatCompletionDelta(GatewayModel):
    """The part of the assistant message this chunk adds (every field optional)."""

    role: str | None = None
    content: str | None = None
    refusal: str | None = None
    reasoning_content: str | None = None
    """reasoning text of reasoning models (new-api relays it)"""
    tool_calls: list[ChatDeltaToolCall] | None = None
    function_call: ChatFunctionCall | None = None


class ChatDeltaToolCall(GatewayModel):
    """A piece of a tool call; pieces with the same index belong to one call."""

    index: int | None = None
    id: str | None = None
    type: str | None = None
    function: ChatFunctionCall | None = None


class ChatFunctionCall(GatewayModel):
    name: str | None = None
    arguments: str | None = None


class ChatChoiceLogprobs(GatewayModel):
    content: list[ChatTokenLogprob] | None = None
    refusal: list[ChatTokenLogprob] | None = None


class ChatTokenLogprob(GatewayModel):
    token: str | None = None
    logprob: float | None = None
    bytes: list[int] | None = None
    top_logprobs: list[TokenLogprob] | None = None


class TokenLogprob(GatewayModel):
    """单个 token 的对数概率 / log probability of one token."""

    token: str | None = None
    logprob: float | None = None
    bytes: list[int] | None = None


class CompletionUsage(GatewayModel):
    completion_tokens: int | None = None
    prompt_tokens: int | None = None
    total_tokens: int | None = None
    completion_tokens_details: CompletionTokensDetails | None = None
    prompt_tokens_details: PromptTokensDetails | None = None


class CompletionTokensDetails(GatewayModel):
    accepted_prediction_tokens: int | None = None
    audio_tokens: int | None = None
    reasoning_tokens: int | None = None
    rejected_prediction_tokens: int | None = None


class PromptTokensDetails(GatewayModel):
    audio_tokens: int | None = None
    cached_tokens: int | None = None


class ChatCompletionRequest(GatewayModel):
    """聊天接口 (POST /v1/chat/completions). Fields and types as in the document's example body; required list is inference I1."""

    metadata: dict[str, str] | None = None
    """键值对元数据 / string key-value metadata ({additionalProperties: string} in the document)."""
    temperature: float | None = None
    top_p: float | None = None
    user: str | None = None
    service_tier: str | None = None
    messages: list[ChatMessage]
    model: str
    modalities: list[str] | None = None
    reasoning_effort: str | None = None
    max_completion_tokens: int | None = None
    frequency_penalty: float | None = None
    presence_penalty: float | None = None
    web_search_options: ChatWebSearchOptions | None = None
    top_logprobs: int | None = None
    response_format: ChatResponseFormat | None = None
    audio: ChatAudioParams | None = None
    store: bool | None = None
    stream: bool | None = None
    stop: str | list[str] | None = None
    """停止序列 / stop sequence(s). The document's example is the string "\\n"; the array form is inference I2."""
    logit_bias: dict[str, int] | None = None
    """token id → bias. The document renders it as {additionalProperties: 0}."""
    logprobs: bool | None = None
    max_tokens: int | None = None
    n: int | None = None
    prediction: ChatPrediction | None = None
    seed: int | None = None
    stream_options: StreamOptions | None = None
    tools: list[ChatTool] | None = None
    tool_choice: str | dict[str, Any] | None = None
    """The document shows a string; the object form is inference I2."""
    parallel_tool_calls: bool | None = None
    function_call: str | dict[str, Any] | None = None
    """The document shows a string; the object form is inference I2."""
    functions: list[ChatFunctionSpec] | None = None


class Metadata(RootModel[Any]):
    """键值对元数据 / string key-value metadata ({additionalProperties: string} in the document)."""

    model_config = ConfigDict(defer_build=True)

    root: dict[str, str]


class ChatMessage(GatewayModel):
    """对话消息 / chat message. The document shows {content, role, name}, all strings."""

    content: str | list[dict[str, Any]] | None = None
    """消息内容。The document shows a string; content-part arrays and null are inference I2."""
    role: str
    name: str | None = None


class ChatWebSearchOptions(GatewayModel):
    user_location: ChatWebSearchUserLocation | None = None
    search_context_size: str | None = None


class ChatWebSearchUserLocation(GatewayModel):
    type: str | None = None
    approximate: ChatApproximateLocation | None = None


class ChatApproximateLocation(GatewayModel):
    country: str | None = None
    region: str | None = None
    city: str | None = None
    timezone: str | None = None


class ChatResponseFormat(GatewayModel):
    type: str | None = None


class ChatAudioParams(GatewayModel):
    voice: str | None = None
    format: str | None = None


class StopSequences(RootModel[Any]):
    """停止序列 / stop sequence(s). The document's example is the string "\\n"; the array form is inference I2."""

    model_config = ConfigDict(defer_build=True)

    root: str | list[str]


class LogitBias(RootModel[Any]):
    """token id → bias. The document renders it as {additionalProperties: 0}."""

    model_config = ConfigDict(defer_build=True)

    root: dict[str, int]


class ChatPrediction(GatewayModel):
    type: str | None = None
    content: str | None = None


class StreamOptions(GatewayModel):
    include_usage: bool | None = None


class ChatTool(GatewayModel):
    type: str | None = None
    function: ChatFunctionDefinition | None = None


class ChatFunctionDefinition(GatewayModel):
    description: str | None = None
    name: str | None = None
    parameters: dict[str, Any] | None = None
    """JSON Schema of the function arguments (inference I3; the document renders {additionalProperties: string})."""
    strict: bool | None = None


class ChatFunctionSpec(GatewayModel):
    """Deprecated-style functions[] item (description, name, parameters)."""

    description: str | None = None
    name: str | None = None
    parameters: dict[str, Any] | None = None
    """JSON Schema of the function arguments (inference I3)."""


class ChatCompletionResponse(GatewayModel):
    id: str | None = None
    choices: list[ChatCompletionChoice] | None = None
    created: int | None = None
    model: str | None = None
    service_tier: str | None = None
    system_fingerprint: str | None = None
    object: str | None = None
    usage: CompletionUsage | None = None


class ChatCompletionChoice(GatewayModel):
    finish_reason: str | None = None
    index: int | None = None
    message: ChatCompletionMessage | None = None
    logprobs: ChatChoiceLogprobs | None = None


class ChatCompletionMessage(GatewayModel):
    content: str | None = None
    refusal: str | None = None
    tool_calls: list[ChatMessageToolCall] | None = None
    annotations: list[ChatAnnotation] | None = None
    role: str | None = None
    function_call: ChatFunctionCall | None = None
    audio: ChatCompletionAudio | None = None


class ChatMessageToolCall(GatewayModel):
    id: str | None = None
    type: str | None = None
    function: ChatFunctionCall | None = None


class ChatAnnotation(GatewayModel):
    type: str | None = None
    url_citation: ChatUrlCitation | None = None


class ChatUrlCitation(GatewayModel):
    end_index: int | None = None
    start_index: int | None = None
    url: str | None = None
    title: str | None = None


class ChatCompletionAudio(GatewayModel):
    id: str | None = None
    expires_at: int | None = None
    data: str | None = None
    transcript: str | None = None


class CompletionChunk(GatewayModel):
    """One server-sent event of a streamed legacy completion: the CompletionResponse shape (object "text_completion") whose choices[].text is the new text. Inference I8."""

    id: str | None = None
    object: str | None = None
    created: int | None = None
    model: str | None = None
    system_fingerprint: str | None = None
    choices: list[CompletionChoice] | None = None
    usage: CompletionUsage | None = None


class CompletionChoice(GatewayModel):
    finish_reason: str | None = None
    index: int | None = None
    logprobs: CompletionLogprobs | None = None
    text: str | None = None


class CompletionLogprobs(GatewayModel):
    text_offset: list[int] | None = None
    token_logprobs: list[float] | None = None
    tokens: list[str] | None = None
    top_logprobs: list[dict[str, float]] | None = None


class CompletionRequest(GatewayModel):
    """自动补全 (POST /v1/completions). Types from the document's example body; required list is inference I1."""

    model: str
    prompt: str | list[str]
    """The document's example is a string ("This is a test."); the array form is inference I2."""
    best_of: int | None = None
    """Default 1: OpenAI's documented default (inference I9)."""
    echo: bool | None = None
    frequency_penalty: float | None = None
    logit_bias: dict[str, int] | None = None
    """token id → bias. The document renders it as {additionalProperties: 0}."""
    logprobs: int | None = None
    """The document's example value is null; integer is the OpenAI type (inference)."""
    max_tokens: int | None = None
    """Default 16: OpenAI's documented default (inference I9)."""
    n: int | None = None
    presence_penalty: float | None = None
    seed: int | None = None
    stop: str | list[str] | None = None
    """停止序列 / stop sequence(s). The document's example is the string "\\n"; the array form is inference I2."""
    stream: bool | None = None
    stream_options: StreamOptions | None = None
    suffix: str | None = None
    temperature: float | None = None
    top_p: float | None = None
    user: str | None = None


class CompletionResponse(GatewayModel):
    id: str | None = None
    choices: list[CompletionChoice] | None = None
    created: int | None = None
    model: str | None = None
    system_fingerprint: str | None = None
    object: str | None = None
    usage: CompletionUsage | None = None


class ImageGenerationRequest(GatewayModel):
    """图像生成 (POST /v1/images/generations). The document gives only an example body; types are read off it, `prompt` required is inference I1."""

    prompt: str
    model: str | None = None
    n: int | None = None
    quality: str | None = None
    response_format: str | None = None
    output_format: str | None = None
    output_compression: int | None = None
    size: str | None = None
    moderation: str | None = None
    background: str | None = None
    style: str | None = None


class ImagesResponse(GatewayModel):
    """Response of /v1/images/generations, /edits and /variations (identical in the document)."""

    created: int | None = None
    data: list[ImageData] | None = None
    usage: ImageUsage | None = None


class ImageData(GatewayModel):
    b64_json: str | None = None
    url: str | None = None
    revised_prompt: str | None = None


class ImageUsage(GatewayModel):
    total_tokens: int | None = None
    input_tokens: int | None = None
    output_tokens: int | None = None
    input_tokens_details: ImageUsageInputTokensDetails | None = None


class ImageUsageInputTokensDetails(GatewayModel):
    text_tokens: int | None = None
    image_tokens: int | None = None


class EmbeddingRequest(GatewayModel):
    """向量接口 (POST /v1/embeddings). Types from the document's example body; required list is inference I1."""

    input: str | list[str]
    """The document's example is a string; the array form is inference I2."""
    model: str
    encoding_format: str | None = None
    dimensions: int | None = None
    user: str | None = None


class EmbeddingResponse(GatewayModel):
    data: list[Embedding] | None = None
    model: str | None = None
    object: str | None = None
    usage: EmbeddingUsage | None = None


class Embedding(GatewayModel):
    index: int | None = None
    embedding: list[float] | None = None
    object: str | None = None


class EmbeddingUsage(GatewayModel):
    prompt_tokens: int | None = None
    total_tokens: int | None = None


class AudioTranscriptionRequest(GatewayModel):
    """音频转文本 (POST /v1/audio/transcriptions), multipart/form-data."""

    file: bytes
    """要转录的音频文件对象(非文件名),格式为以下之一:flac、mp3、mp4、mpeg、mpga、m4a、ogg、wav或webm。"""
    model: str
    """使用模型的ID。选项有 gpt-4o-transcribe、gpt-4o-mini-transcribe 和 whisper-1"""
    language: str | None = None
    """输入音频的语言。以ISO-639-1(例如en)格式提供输入语言将提高准确性和延迟。"""
    prompt: str | None = None
    """可选文本,用于指导模型的风格或继续之前的音频片段。"""
    response_format: Literal["json", "text", "srt", "verbose_json", "vtt"] | None = None
    """The format of the output, in one of these options: json, text, srt, verbose_json, or vtt. For gpt-4o-transcribe and gpt-4o-mini-transcribe, the only supported format is json."""
    temperature: float | None = None
    """采样温度,介于0和1之间。更高的值,如0.8,会使输出更随机,而更低的值,如0.2,会使输出更集中和确定。如果设置为0,模型将使用对数概率自动增加温度,直到达到某些阈值。"""
    include: list[str] | None = Field(None, alias="include[]")
    """附加信息,包括在转录响应中。logprobs 将返回响应中标记的对数概率,以了解模型对转录的置信度。 logprobs 仅在将 response_format 设置为 json 时有效,并且仅与 gpt-4o-transcribe 和 gpt-4o-mini-transcribe 模型一起使用。"""
    timestamp_granularities: list[Literal["word", "segment"]] | None = Field(
        None, alias="timestamp_granularities[]"
    )
    """此转录要填充的时间戳粒度。必须将response_format设置为verbose_json才能使用时间戳粒度。支持以下一个或两个选项:word或segment。 注意:分段时间戳不会增加额外延迟,但生成单词时间戳会增加额外延迟。 Default (document): "segment", written here as the array ["segment"] (I7)."""
    stream: bool | None = None
    """stream: true is refused by this client (inference I10): the document does not describe the streamed reply, which would be misread as JSON."""


class AudioTranscriptionResponse(GatewayModel):
    text: str | None = None
    logprobs: list[TokenLogprob] | None = None


class AudioTranslationRequest(GatewayModel):
    """音频翻译 (POST /v1/audio/translations; the document's heading reads 创建转录), multipart/form-data."""

    file: bytes
    """音频文件对象(不是文件名)翻译,格式为以下之一:flac、mp3、mp4、mpeg、mpga、m4a、ogg、wav 或 webm。"""
    model: str
    """要使用的模型ID。目前仅提供whisper-1 (currently only — another model is warned about and sent)"""
    prompt: str | None = None
    """一个可选的文本,用于指导模型的风格或继续之前的音频片段"""
    response_format: Literal["json", "text", "srt", "verbose_json", "vtt"] | None = None
    """输出格式,选项之一:json、text、srt、verbose_json 或 vtt。"""
    temperature: float | None = None
    """采样温度,介于0和1之间。较高的值如0.8会使输出更随机,而较低的值如0.2会使其更集中和确定。如果设置为0,模型将使用对数概率自动增加温度,直到达到某些阈值。"""


class AudioTranslationResponse(GatewayModel):
    text: str | None = None


class AudioSpeechRequest(GatewayModel):
    """TTS 文本转语音 (POST /v1/audio/speech), JSON body; the response is audio bytes. NOT in the UniAPI document: fields from the OpenAI API reference (https://platform.openai.com/docs/api-reference/audio/createSpeech), for gateways that name a TTS route without describing it (GPTNB). Voice and model lists change upstream, so they are examples, not enums. Operations using it must cite their OpenAI-reference source and mark it inferred."""

    model: str
    """TTS 模型 / TTS model."""
    input: str
    """要转换为语音的文本, 最长 4096 字符 / text to speak (max 4096 characters)."""
    voice: str
    """音色 / voice."""
    instructions: str | None = None
    """控制语音风格的附加说明; 不适用于 tts-1 / tts-1-hd / extra voice instructions (not for tts-1, tts-1-hd)."""
    response_format: Literal["mp3", "opus", "aac", "flac", "wav", "pcm"] | None = None
    """音频格式 / audio format."""
    speed: float | None = None
    """语速 0.25–4.0, 默认 1.0 / speed 0.25–4.0, default 1.0."""


class MidjourneyImagineRequest(GatewayModel):
    """提交Imagine任务(文生图、文图生图) — POST /mj/submit/imagine (mj-proxy SubmitImagineDTO)."""

    prompt: str
    """提示词 / prompt."""
    base64_array: list[str] | None = Field(None, alias="base64Array")
    """垫图 base64 数组 / reference images as base64 data URLs (data:image/png;base64,...)."""
    bot_type: Literal["MID_JOURNEY", "NIJI_JOURNEY"] | None = Field(None, alias="botType")
    """bot 类型 / bot type (mj-proxy SubmitImagineDTO; trueai SubmitImagineDTO.cs)."""
    notify_hook: str | None = Field(None, alias="notifyHook")
    """回调地址 / callback URL."""
    state: str | None = None
    """自定义参数 / custom state."""


class MidjourneyBotType(RootModel[Any]):
    """bot 类型 / bot type (mj-proxy SubmitImagineDTO; trueai SubmitImagineDTO.cs)."""

    model_config = ConfigDict(defer_build=True)

    root: Literal["MID_JOURNEY", "NIJI_JOURNEY"]


class MidjourneySubmitResponse(GatewayModel):
    """提交结果 / submit result (mj-proxy docs/api.md, ReturnCode.java). `code`:
    1 提交成功 success; 21 已存在 already exists (properties.status, imageUrl); 22 排队中 queued
    (properties.numberOfQueues); 23 队列已满 queue full; 24 prompt包含敏感词 banned prompt
    (properties.promptEn, bannedWord); 3 not found; 4 参数错误 validation error; 9 系统异常 system error.
    Codes 1, 21, 22 mean the task was accepted; `result` is then the task id.
    """

    code: int | None = None
    """状态码 / status code (1, 21, 22 = accepted)."""
    description: str | None = None
    """描述 / message."""
    result: str | None = None
    """任务ID / task id (null when rejected)."""
    properties: MidjourneySubmitProperties | None = None
    """扩展字段 / extra fields (status, imageUrl, numberOfQueues, promptEn, bannedWord ...)."""


class MidjourneySubmitProperties(GatewayModel):
    """Extra fields of a submit result: code 21 → status, imageUrl; 22 → numberOfQueues; 24 → promptEn, bannedWord."""

    status: str | None = None
    image_url: str | None = Field(None, alias="imageUrl")
    number_of_queues: int | None = Field(None, alias="numberOfQueues")
    prompt_en: str | None = Field(None, alias="promptEn")
    banned_word: str | None = Field(None, alias="bannedWord")


class MidjourneyChangeRequest(GatewayModel):
    """绘图变化(UPSCALE; VARIATION; REROLL) — POST /mj/submit/change. Body fields from doc-003; action values from the document's heading and mj-proxy SubmitChangeDTO; index 1–4, not used for REROLL (mj-proxy)."""

    action: Literal["UPSCALE", "VARIATION", "REROLL"]
    """动作 / UPSCALE (放大), VARIATION (变换), REROLL (重新生成)."""
    index: int | None = None
    """序号 1～4; action 为 UPSCALE、VARIATION 时必传 / image index 1–4, required unless action is REROLL."""
    notify_hook: str | None = Field(None, alias="notifyHook")
    """回调地址 / callback URL."""
    state: str | None = None
    """自定义参数 / custom state."""
    task_id: str = Field(alias="taskId")
    """任务ID / id of the task whose image is changed."""


class MidjourneySimpleChangeRequest(GatewayModel):
    """绘图变化-simple(UPSCALE; VARIATION; REROLL) — POST /mj/submit/simple-change (mj-proxy SubmitSimpleChangeDTO)."""

    content: str
    """变化描述: "<taskId> <动作>", 动作为 U1–U4, V1–V4 或 R / e.g. "1320098173412546 U2"."""
    notify_hook: str | None = Field(None, alias="notifyHook")
    """回调地址 / callback URL."""
    state: str | None = None
    """自定义参数 / custom state."""


class MidjourneyActionRequest(GatewayModel):
    """执行动作(所有的关联按钮动作UPSCALE; VARIATION; REROLL; ZOOM等) — POST /mj/submit/action (mj-proxy-plus docs/api.md; trueai SubmitActionDTO.cs)."""

    task_id: str = Field(alias="taskId")
    """任务ID / id of the task whose button is pressed."""
    custom_id: str = Field(alias="customId")
    """动作标识, 取自任务的 buttons[].customId / the button's customId from the task's buttons[]."""
    notify_hook: str | None = Field(None, alias="notifyHook")
    """回调地址 / callback URL."""
    state: str | None = None
    """自定义参数 / custom state."""


class MidjourneyBlendRequest(GatewayModel):
    """提交Blend任务(图生图) — POST /mj/submit/blend (mj-proxy SubmitBlendDTO)."""

    base64_array: list[str] = Field(alias="base64Array")
    """图片 base64 数组, 2～5 张 / 2–5 images as base64 data URLs."""
    dimensions: Literal["PORTRAIT", "SQUARE", "LANDSCAPE"] | None = None
    """比例 / aspect: PORTRAIT(2:3), SQUARE(1:1), LANDSCAPE(3:2)."""
    bot_type: Literal["MID_JOURNEY", "NIJI_JOURNEY"] | None = Field(None, alias="botType")
    """bot 类型 / bot type (mj-proxy SubmitImagineDTO; trueai SubmitImagineDTO.cs)."""
    notify_hook: str | None = Field(None, alias="notifyHook")
    """回调地址 / callback URL."""
    state: str | None = None
    """自定义参数 / custom state."""


class MidjourneyDescribeRequest(GatewayModel):
    """提交Describe任务(图生文) — POST /mj/submit/describe (mj-proxy SubmitDescribeDTO). The resulting prompts are in the task's properties.finalPrompt / finalZhPrompt."""

    base64: str
    """图片 base64 (data URL, data:image/png;base64,...)."""
    bot_type: Literal["MID_JOURNEY", "NIJI_JOURNEY"] | None = Field(None, alias="botType")
    """bot 类型 / bot type (mj-proxy SubmitImagineDTO; trueai SubmitImagineDTO.cs)."""
    notify_hook: str | None = Field(None, alias="notifyHook")
    """回调地址 / callback URL."""
    state: str | None = None
    """自定义参数 / custom state."""


class MidjourneyModalRequest(GatewayModel):
    """提交Modal(提交局部重绘、ZOOM) — POST /mj/submit/modal (mj-proxy-plus docs/api.md; trueai SubmitModalDTO.cs). Needed when a task is in status MODAL (e.g. after an inpaint or CustomZoom action)."""

    task_id: str = Field(alias="taskId")
    """任务ID / id of the task in status MODAL."""
    prompt: str | None = None
    """提示词; CustomZoom 时需包含 --ar 与 --zoom 参数 / for CustomZoom the prompt must carry --ar and --zoom."""
    mask_base64: str | None = Field(None, alias="maskBase64")
    """局部重绘的蒙版 base64 / inpainting mask as base64."""
    notify_hook: str | None = Field(None, alias="notifyHook")
    """回调地址 / callback URL."""
    state: str | None = None
    """自定义参数 / custom state."""


class MidjourneyShortenRequest(GatewayModel):
    """提交Shorten任务(prompt分析) — POST /mj/submit/shorten (mj-proxy-plus docs/api.md). Result in the task's properties.finalPrompt."""

    prompt: str
    """提示词 / prompt to analyse."""
    bot_type: Literal["MID_JOURNEY", "NIJI_JOURNEY"] | None = Field(None, alias="botType")
    """bot 类型 / bot type (mj-proxy SubmitImagineDTO; trueai SubmitImagineDTO.cs)."""
    notify_hook: str | None = Field(None, alias="notifyHook")
    """回调地址 / callback URL."""
    state: str | None = None
    """自定义参数 / custom state."""


class MidjourneySwapFaceRequest(GatewayModel):
    """提交swap_face任务 — POST /mj/insight-face/swap. Fields as in doc-003; required list is inference M2."""

    source_base64: str = Field(alias="sourceBase64")
    """人脸源图片 base64 / image with the face to use."""
    target_base64: str = Field(alias="targetBase64")
    """目标图片 base64 / image whose face is replaced."""
    account_filter: MidjourneyAccountFilter | None = Field(None, alias="accountFilter")
    """账号过滤 / account filter (doc-003, swap_face body)."""
    notify_hook: str | None = Field(None, alias="notifyHook")
    """回调地址 / callback URL."""
    state: str | None = None
    """自定义参数 / custom state."""


class MidjourneyAccountFilter(GatewayModel):
    """账号过滤 / account filter (doc-003, swap_face body)."""

    instance_id: str | None = Field(None, alias="instanceId")
    """账号实例 ID / account instance id."""


class MidjourneyListByConditionRequest(GatewayModel):
    """根据ID列表查询任务 — POST /mj/task/list-by-condition (mj-proxy TaskConditionDTO)."""

    ids: list[str]
    """任务ID列表 / task ids."""


class MidjourneyTaskList(RootModel[Any]):
    """Result of POST /mj/task/list-by-condition."""

    model_config = ConfigDict(defer_build=True)

    root: list[MidjourneyTask]


class MidjourneyTask(GatewayModel):
    """任务 / task (mj-proxy docs/api.md and Task.java; new-api MidjourneyDto). Fields other than id may be
    null (inference M1).
    status: NOT_START 未启动, SUBMITTED 已提交处理, MODAL 等待弹窗输入 (plus version; answer with
    POST /mj/submit/modal), IN_PROGRESS 执行中, FAILURE 失败, SUCCESS 成功, CANCEL 已取消 (reseller docs,
    trueai). action: IMAGINE, UPSCALE, VARIATION, REROLL, DESCRIBE, BLEND, ZOOM, PAN, SHORTEN, SWAP_FACE,
    plus new-api's INPAINT, CUSTOM_ZOOM, HIGH_VARIATION, LOW_VARIATION, MODAL, UPLOAD.
    new-api may rewrite imageUrl to {server}/mj/image/{id}.
    """

    id: str | None = None
    """任务ID / task id."""
    action: str | None = None
    """任务类型 / task action (see above)."""
    custom_id: str | None = Field(None, alias="customId")
    """动作标识 / custom id of the action."""
    bot_type: str | None = Field(None, alias="botType")
    """bot 类型 / MID_JOURNEY or NIJI_JOURNEY."""
    prompt: str | None = None
    """提示词 / prompt."""
    prompt_en: str | None = Field(None, alias="promptEn")
    """提示词-英文 / English prompt."""
    description: str | None = None
    """任务描述 / description."""
    state: str | None = None
    """自定义参数 / custom state."""
    submit_time: int | None = Field(None, alias="submitTime")
    """提交时间 (ms)."""
    start_time: int | None = Field(None, alias="startTime")
    """开始执行时间 (ms)."""
    finish_time: int | None = Field(None, alias="finishTime")
    """结束时间 (ms)."""
    image_url: str | None = Field(None, alias="imageUrl")
    """图片url / result image URL."""
    status: str | None = None
    """任务状态 / NOT_START, SUBMITTED, MODAL, IN_PROGRESS, FAILURE, SUCCESS, CANCEL."""
    progress: str | None = None
    """任务进度 / progress string "0%"…"100%"."""
    fail_reason: str | None = Field(None, alias="failReason")
    """失败原因 / failure reason."""
    buttons: list[MidjourneyButton] | None = None
    mask_base64: str | None = Field(None, alias="maskBase64")
    """蒙版 base64 / mask."""
    properties: MidjourneyTaskProperties | None = None
    """扩展属性 / extra properties; describe and shorten put their text in finalPrompt / finalZhPrompt."""


class MidjourneyButton(GatewayModel):
    """任务按钮 / a button of a finished task; customId is what POST /mj/submit/action takes."""

    custom_id: str | None = Field(None, alias="customId")
    """动作标识 / action id."""
    emoji: str | None = None
    """图标 / emoji."""
    label: str | None = None
    """文本 / label."""
    type: int | None = None
    """类型, 系统内部使用 / internal type."""
    style: int | None = None
    """样式: 2 (Primary)、3 (Green)"""


class MidjourneyTaskProperties(GatewayModel):
    final_prompt: str | None = Field(None, alias="finalPrompt")
    """最终提示词 / final prompt (describe and shorten)."""
    final_zh_prompt: str | None = Field(None, alias="finalZhPrompt")
    """最终中文提示词 / final Chinese prompt."""


class MidjourneyImageSeedResponse(GatewayModel):
    """获取任务图片的seed / GET /mj/task/{id}/image-seed result (mj-proxy-plus; trueai TaskController.cs)."""

    code: int | None = None
    """1 = success; trueai answers 400 with code 4 when the task has no message hash, 404 with code 3 when it is missing."""
    description: str | None = None
    result: str | None = None
    """图片的 seed / the image seed."""


class ViduCreateTaskRequestInput(GatewayModel):
    model_config = ConfigDict(extra="allow")

    prompts: list[ViduCreateTaskRequestInputPromptsItem] | None = None
    creation_id: str | None = None
    """高清视频:creations 里面的 id(不是 task_id)。"""


class ViduCreateTaskRequestSettings(GatewayModel):
    model_config = ConfigDict(extra="allow")

    style: str | None = None
    aspect_ratio: str | None = None
    duration: int | None = None
    model: str | None = None


class PikaGenerateRequestOptions(GatewayModel):
    model_config = ConfigDict(extra="allow")

    aspect_ratio: float | None = Field(None, alias="aspectRatio")
    frame_rate: int | None = Field(None, alias="frameRate")
    camera: dict[str, Any] | None = None
    parameters: PikaGenerateRequestOptionsParameters | None = None
    extend: bool | None = None


class KlingImage2VideoRequest(GatewayModel):
    model_config = ConfigDict(extra="allow")

    model_name: str | None = None
    model: str | None = None
    """alias of model_name accepted by new-api."""
    prompt: str | None = None
    negative_prompt: str | None = None
    image: str
    """图生视频:首帧图片(URL 或 base64)。"""
    image_tail: str | None = None
    mode: str | None = None
    duration: str | None = None
    aspect_ratio: str | None = None
    cfg_scale: float | None = None
    callback_url: str | None = None
    external_task_id: str | None = None


class SdxlTextToImageRequestTextPromptsItem(GatewayModel):
    model_config = ConfigDict(extra="allow")

    text: str
    weight: float | None = None


class RunwayV1GenerateRequestOptions(GatewayModel):
    model_config = ConfigDict(extra="allow")

    seconds: int | None = None
    motion_vector: RunwayV1GenerateRequestOptionsMotionVector | None = None
    """Camera motion; the yutoai page says "currently only gen-2 is supported"."""


class DocmeeJson2PptResponse(RootModel[Any]):
    model_config = ConfigDict(defer_build=True)

    root: dict[str, Any]


class FluxResultResult1(GatewayModel):
    model_config = ConfigDict(extra="allow")

    sample: str | None = None
    """图片 URL。"""
    seed: Any = None
    prompt: str | None = None
    start_time: Any = None
    end_time: Any = None
    duration: Any = None


class IdeogramImagesResponseDescriptionsItem(GatewayModel):
    text: str | None = None


class CogVideoXAsyncResultVideoResultItem(GatewayModel):
    model_config = ConfigDict(extra="allow")

    url: str | None = None
    cover_image_url: str | None = None


class ViduTaskRequestInput(GatewayModel):
    model_config = ConfigDict(extra="allow")

    prompts: list[ViduTaskRequestInputPromptsItem] | None = None
    creation_id: str | None = None
    """高清视频:creations 里面的 id(不是 task_id)。"""


class ViduTaskRequestSettings(GatewayModel):
    model_config = ConfigDict(extra="allow")

    style: str | None = None
    aspect_ratio: str | None = None
    duration: int | None = None
    model: str | None = None


class ViduTaskCreationsItem(GatewayModel):
    model_config = ConfigDict(extra="allow")

    id: str | None = None
    """creation id (高清视频 的 input.creation_id)."""
    task_id: str | None = None
    type: str | None = None
    grade: str | None = None
    uri: str | None = None
    """视频 URL."""
    cover_uri: str | None = None


class PikaGenerateRequestOptions2(GatewayModel):
    model_config = ConfigDict(extra="allow")

    aspect_ratio: float | None = Field(None, alias="aspectRatio")
    frame_rate: int | None = Field(None, alias="frameRate")
    camera: dict[str, Any] | None = None
    parameters: PikaGenerateRequestOptions2Parameters | None = None
    extend: bool | None = None


class PikaFeedVideosItem(GatewayModel):
    model_config = ConfigDict(extra="allow")

    id: str | None = None
    status: str | None = None
    """queued | pending | finished | error"""
    progress: float | None = None
    seed: Any = None
    result_url: str | None = Field(None, alias="resultUrl")
    sharing_url: str | None = Field(None, alias="sharingUrl")
    video_poster: str | None = Field(None, alias="videoPoster")
    image_thumb: str | None = Field(None, alias="imageThumb")
    duration: Any = None
    error: Any = None


class KlingTaskResponseData(GatewayModel):
    model_config = ConfigDict(extra="allow")

    task_id: str | None = None
    task_status: str | None = None
    """submitted | processing | succeed | failed"""
    task_status_msg: str | None = None
    task_result: KlingTaskResponseDataTaskResult | None = None
    created_at: int | None = None
    updated_at: int | None = None


class SDXLTextToImageRequestTextPromptsItem(GatewayModel):
    model_config = ConfigDict(extra="allow")

    text: str
    weight: float | None = None


class SDXLArtifactsResponseArtifactsItem(GatewayModel):
    model_config = ConfigDict(extra="allow")

    base64: str | None = None
    finish_reason: str | None = Field(None, alias="finishReason")
    seed: float | None = None


class RunwayV1GenerateRequestOptions2(GatewayModel):
    model_config = ConfigDict(extra="allow")

    seconds: int | None = None
    motion_vector: RunwayV1GenerateRequestOptions2MotionVector | None = None
    """Camera motion; the yutoai page says "currently only gen-2 is supported"."""


class CodeMsgTaskSubmitData(GatewayModel):
    model_config = ConfigDict(extra="allow")

    task_id: str | None = None


class CodeMsgVideoFeedData(GatewayModel):
    model_config = ConfigDict(extra="allow")

    task_id: str | None = None
    status: str | int | None = None
    """"0" NOT_START | "1" IN_PROGRESS | "2" FAILURE | "3" SUCCESS"""
    state: str | None = None
    video_url: str | None = None
    image_url: str | None = None
    poster: str | None = None
    prompt: str | None = None
    msg: str | None = None
    create_time: Any = None
    update_time: Any = None


class DocmeePptInfoReplyData(GatewayModel):
    model_config = ConfigDict(extra="allow")

    ppt_info: DocmeePptInfo | None = Field(None, alias="pptInfo")
    """pptInfo (docmee-api)."""


class ViggleVideoTaskReplyData(GatewayModel):
    model_config = ConfigDict(extra="allow")

    task_id: str | None = Field(None, alias="taskID")
    mq_type: int | None = Field(None, alias="mqType")


class ViduCreateTaskRequestInputPromptsItem(GatewayModel):
    model_config = ConfigDict(extra="allow")

    type: str | None = None
    content: str | None = None
    enhance: bool | None = None


class PikaGenerateRequestOptionsParameters(GatewayModel):
    model_config = ConfigDict(extra="allow")

    guidance_scale: float | None = Field(None, alias="guidanceScale")
    motion: float | None = None
    negative_prompt: str | None = Field(None, alias="negativePrompt")


class RunwayV1GenerateRequestOptionsMotionVector(GatewayModel):
    """Camera motion; the yutoai page says "currently only gen-2 is supported"."""

    model_config = ConfigDict(extra="allow")

    x: float | None = None
    y: float | None = None
    z: float | None = None
    r: float | None = None
    bg_x_pan: float | None = None
    bg_y_pan: float | None = None


class ViduTaskRequestInputPromptsItem(GatewayModel):
    model_config = ConfigDict(extra="allow")

    type: str | None = None
    content: str | None = None
    enhance: bool | None = None


class PikaGenerateRequestOptions2Parameters(GatewayModel):
    model_config = ConfigDict(extra="allow")

    guidance_scale: float | None = Field(None, alias="guidanceScale")
    motion: float | None = None
    negative_prompt: str | None = Field(None, alias="negativePrompt")


class KlingTaskResponseDataTaskResult(GatewayModel):
    model_config = ConfigDict(extra="allow")

    images: list[KlingTaskResponseDataTaskResultImagesItem] | None = None
    """图像生成 results (kling-images-crazyrouter)."""
    videos: list[KlingTaskResponseDataTaskResultVideosItem] | None = None


class RunwayV1GenerateRequestOptions2MotionVector(GatewayModel):
    """Camera motion; the yutoai page says "currently only gen-2 is supported"."""

    model_config = ConfigDict(extra="allow")

    x: float | None = None
    y: float | None = None
    z: float | None = None
    r: float | None = None
    bg_x_pan: float | None = None
    bg_y_pan: float | None = None


class KlingTaskResponseDataTaskResultImagesItem(GatewayModel):
    model_config = ConfigDict(extra="allow")

    index: int | None = None
    url: str | None = None


class KlingTaskResponseDataTaskResultVideosItem(GatewayModel):
    model_config = ConfigDict(extra="allow")

    id: str | None = None
    url: str | None = None
    duration: Any = None
