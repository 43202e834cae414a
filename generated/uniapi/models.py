"""Pydantic models of UniAPI, generated from uniapi.yaml; do not edit."""

from __future__ import annotations

from typing import Any, Literal

from pydantic import ConfigDict, Field, RootModel

from gateway_runtime.model_base import GatewayModel


class NewApiTaskSubmitResponse(GatewayModel):
    """new-api task submit envelope {code:"success", message, data:"<task_id>"} (doc-003 Udio submit; new-api-calcium)."""

    code: str | None = None
    """"success" on success; an error code otherwise (e.g. invalid_request, quota_not_enough)."""
    message: str | None = None
    data: str | None = None
    """任务ID / task id."""


class SunoSubmitMusicRequest(GatewayModel):
    """创建音乐. 分为3种模式 —
    灵感模式: 只需要提交 gpt_description_prompt, make_instrumental, mv (Suno 会自动生成 歌词、标题、风格标签);
    自定义模式: 需要提交 prompt, title, tags, make_instrumental, mv.
    """

    continue_at: float | None = None
    """续写起始时间(秒) / continue from this second of continue_clip_id."""
    continue_clip_id: str | None = None
    """续写的歌曲 ID / clip to continue."""
    gpt_description_prompt: str | None = None
    """灵感模式的描述 / inspiration-mode description; Suno generates lyrics, title and tags."""
    make_instrumental: bool | None = None
    """是否纯音乐 / instrumental only."""
    mv: str | None = None
    """Suno model id (e.g. chirp-v3-5). [INFER] The document gives mv no description; "model version" is our reading of the values, not a stated fact."""
    prompt: str | None = None
    """自定义模式的歌词 / custom-mode lyrics."""
    tags: str | None = None
    """风格标签 / style tags (custom mode)."""
    task_id: str | None = None
    """任务ID / task id (continuation)."""
    title: str | None = None
    """标题 / title (custom mode)."""


class SunoSubmitLyricsRequest(GatewayModel):
    """创建歌词 (new-api action LYRICS; prompt required)."""

    prompt: str
    """歌词主题描述 / what the lyrics should be about."""


class SunoClipMetadata(GatewayModel):
    tags: str | None = None
    type: str | None = None
    prompt: str | None = None
    stream: bool | None = None
    history: Any = None
    """null in the document's example; type not shown."""
    duration: float | None = None
    error_type: Any = None
    """null in the document's example; type not shown."""
    error_message: Any = None
    """null in the document's example; type not shown."""
    concat_history: Any = None
    """null in the document's example; type not shown."""
    refund_credits: bool | None = None
    audio_prompt_id: Any = None
    """null in the document's example; type not shown."""
    gpt_description_prompt: Any = None
    """null in the document's example; type not shown."""


class SunoClip(GatewayModel):
    """Suno 歌曲 / a Suno clip. status uses Suno's own values (e.g. streaming, complete — suno-gptbest; full list not found)."""

    id: str | None = None
    title: str | None = None
    handle: str | None = None
    status: str | None = None
    user_id: str | None = None
    is_liked: bool | None = None
    metadata: SunoClipMetadata | None = None
    reaction: Any = None
    """null in the document's example; type not shown."""
    audio_url: str | None = None
    image_url: str | None = None
    is_public: bool | None = None
    video_url: str | None = None
    created_at: str | None = None
    is_trashed: bool | None = None
    model_name: str | None = None
    play_count: int | None = None
    display_name: str | None = None
    upvote_count: int | None = None
    image_large_url: str | None = None
    is_video_pending: bool | None = None
    is_handle_updated: bool | None = None
    major_model_version: str | None = None


class SunoLyrics(GatewayModel):
    """歌词任务结果 / lyrics task result."""

    id: str | None = None
    text: str | None = None
    title: str | None = None
    status: str | None = None


class SunoSubmitMusicResponse(RootModel[Any]):
    """Conflict (see operation x-conflicts): doc-003 shows a Suno clip; new-api returns {code, message, data:<task_id>}. Either shape is accepted."""

    model_config = ConfigDict(defer_build=True)

    root: NewApiTaskSubmitResponse | SunoClip


class SunoTask(GatewayModel):
    """new-api TaskDto. [INFER] status NOT_START, SUBMITTED, QUEUED, IN_PROGRESS, FAILURE, SUCCESS, UNKNOWN and progress "NN%" are new-api's (model/task.go), not the document's; times in the document are integers."""

    task_id: str | None = None
    action: str | None = None
    """MUSIC / LYRICS (new-api)"""
    status: str | None = None
    fail_reason: str | None = None
    submit_time: int | None = None
    start_time: int | None = None
    finish_time: int | None = None
    progress: str | None = None
    data: list[SunoClip] | SunoLyrics | None = None
    """Music tasks — array of clips; lyrics tasks — {id, text, title, status}."""


class SunoFetchManyRequest(GatewayModel):
    action: str | None = None
    """任务类型 / task action (e.g. MUSIC, LYRICS in new-api)."""
    ids: list[str] | None = None
    """任务ID列表 / task ids."""


class SunoFetchManyResponse(GatewayModel):
    code: str | None = None
    message: str | None = None
    data: list[SunoTask] | None = None


class SunoFetchResponse(GatewayModel):
    code: str | None = None
    message: str | None = None
    data: SunoTask | None = None


class UdioSubmitMusicRequest(GatewayModel):
    gen_params: UdioGenParams
    """Udio 生成参数 / generation parameters (types from the document's example)."""


class UdioGenParams(GatewayModel):
    """Udio 生成参数 / generation parameters (types from the document's example)."""

    lyrics: str | None = None
    lyrics_type: str | None = None
    prompt: str | None = None
    bypass_prompt_optimization: bool | None = None
    seed: int | None = None
    song_section_start: float | None = None
    prompt_strength: float | None = None
    clarity_strength: float | None = None
    lyrics_strength: float | None = None
    generation_quality: float | None = None
    model_type: str | None = None
    config: UdioGenConfig | None = None


class UdioGenConfig(GatewayModel):
    mode: str | None = None


class UdioSong(GatewayModel):
    id: str | None = None
    tags: list[str] | None = None
    liked: bool | None = None
    likes: int | None = None
    plays: int | None = None
    title: str | None = None
    artist: str | None = None
    lyrics: str | None = None
    prompt: str | None = None
    user_id: str | None = None
    disliked: bool | None = None
    duration: float | None = None
    error_id: Any = None
    """null in the document's example; type not shown."""
    finished: bool | None = None
    song_path: str | None = None
    """音频地址 / audio URL."""
    user_tags: list[str] | None = None
    created_at: str | None = None
    error_code: Any = None
    """null in the document's example; type not shown."""
    error_type: Any = None
    """null in the document's example; type not shown."""
    image_path: str | None = None
    """封面地址 / cover image URL."""
    video_path: Any = None
    """null in the document's example; type not shown."""
    attribution: str | None = None
    description: str | None = None
    publishable: bool | None = None
    artist_image: str | None = None
    error_detail: Any = None
    """null in the document's example; type not shown."""
    published_at: Any = None
    """null in the document's example; type not shown."""
    generation_id: str | None = None
    replaced_tags: dict[str, UdioReplacedTag] | None = None
    """keyed by the original tag string."""
    original_song_path: Any = None
    """null in the document's example; type not shown."""
    audio_conditioning_type: Any = None
    """null in the document's example; type not shown."""


class UdioReplacedTag(GatewayModel):
    tags: list[str] | None = None
    type: str | None = None


class UdioTask(GatewayModel):
    task_id: str | None = None
    action: str | None = None
    status: str | None = None
    fail_reason: str | None = None
    submit_time: int | None = None
    start_time: int | None = None
    finish_time: int | None = None
    progress: str | None = None
    songs: list[UdioSong] | None = None


class UdioFetchResponse(GatewayModel):
    code: str | None = None
    message: str | None = None
    data: UdioTask | None = None


class IdeogramImageRequest(GatewayModel):
    """Ideogram legacy image_request (facts §2: ideogram-tessl, ideogram-crazyrouter). aspect_ratio values look like ASPECT_16_9, ASPECT_10_16 (full list not in the sources)."""

    prompt: str
    model: Literal["V_1", "V_1_TURBO", "V_2", "V_2_TURBO"] | None = None
    aspect_ratio: str | None = None
    magic_prompt_option: Literal["AUTO", "ON", "OFF"] | None = None
    seed: int | None = None
    style_type: str | None = None
    negative_prompt: str | None = None


class IdeogramGenerateRequest(GatewayModel):
    image_request: IdeogramImageRequest
    """Ideogram legacy image_request (facts §2: ideogram-tessl, ideogram-crazyrouter). aspect_ratio values look like ASPECT_16_9, ASPECT_10_16 (full list not in the sources)."""


class IdeogramRemixImageRequest(GatewayModel):
    """JSON carried as the image_request form field of /ideogram/remix (doc-003 example adds image_weight)."""

    prompt: str
    model: Literal["V_1", "V_1_TURBO", "V_2", "V_2_TURBO"] | None = None
    aspect_ratio: str | None = None
    magic_prompt_option: Literal["AUTO", "ON", "OFF"] | None = None
    seed: int | None = None
    style_type: str | None = None
    negative_prompt: str | None = None
    image_weight: int | None = None


class IdeogramUpscaleImageRequest(GatewayModel):
    """JSON carried as the image_request form field of /ideogram/upscale (fields from doc-003's example)."""

    resemblance: int | None = None
    magic_prompt_option: Literal["AUTO", "ON", "OFF"] | None = None
    prompt: str | None = None
    seed: int | None = None
    detail: int | None = None


class IdeogramRemixForm(GatewayModel):
    image_file: bytes
    """图片文件"""
    image_request: str
    """JSON 字符串 / JSON string, e.g. {"prompt":"…","aspect_ratio":"ASPECT_10_16","image_weight":50,"magic_prompt_option":"ON","model":"V_2"}"""


class IdeogramUpscaleForm(GatewayModel):
    image_file: bytes
    """图片文件"""
    image_request: str | None = None
    """JSON 字符串 / JSON string, e.g. {"resemblance":50,"magic_prompt_option":"AUTO","prompt":"…","seed":12345,"detail":50}"""


class IdeogramDescribeForm(GatewayModel):
    image_file: bytes
    """图片文件"""


class IdeogramImage(GatewayModel):
    prompt: str | None = None
    resolution: str | None = None
    is_image_safe: bool | None = None
    seed: int | None = None
    url: str | None = None
    style_type: str | None = None


class IdeogramImageResponse(GatewayModel):
    created: str | None = None
    data: list[IdeogramImage] | None = None


class IdeogramDescription(GatewayModel):
    text: str | None = None


class IdeogramDescribeResponse(GatewayModel):
    descriptions: list[IdeogramDescription] | None = None
    created: str | None = None
    data: list[IdeogramImage] | None = None


class LumaGenerationRequest(GatewayModel):
    user_prompt: str
    """提示词 / prompt. [INFER] descriptions of this body are ours: doc-003 shows field names and example values only."""
    expand_prompt: bool | None = None
    """[INFER] 是否扩写提示词 / expand the prompt (reading of the name; not stated)."""
    loop: bool | None = None
    """[INFER] 是否循环 / loop the video (reading of the name; not stated)."""
    image_url: str | None = None
    """[INFER] 首帧图片地址 / start-frame image URL (Luma-API; not stated by doc-003)."""
    image_end_url: str | None = None
    """[INFER] 尾帧图片地址 / end-frame image URL (Luma-API; not stated by doc-003)."""
    aspect_ratio: str | None = None
    """比例 / aspect ratio (Luma-API GenRequest; not shown by doc-003)."""


class LumaMedia(GatewayModel):
    url: str | None = None
    width: int | None = None
    height: int | None = None


class LumaVideo(GatewayModel):
    url: str | None = None
    width: int | None = None
    height: int | None = None
    thumbnail: str | None = None
    download_url: str | None = None


class LumaGeneration(GatewayModel):
    """Luma generation. state pending, processing, completed (failed unconfirmed)."""

    id: str | None = None
    liked: Any = None
    """null in the document's example; type not shown."""
    state: str | None = None
    video: LumaVideo | None = None
    prompt: str | None = None
    user_id: str | None = None
    batch_id: str | None = None
    thumbnail: LumaMedia | None = None
    video_raw: LumaMedia | None = None
    created_at: str | None = None
    last_frame: LumaMedia | None = None
    pipeline_id: str | None = None
    queue_state: Any = None
    """null in the document's example; type not shown."""
    estimate_wait_seconds: Any = None
    """null in the document's examples; type not shown."""
    url: str | None = None


class LumaDownloadUrlResponse(RootModel[Any]):
    """Not documented (doc-003 has only the heading 获取下载地址); any JSON."""

    model_config = ConfigDict(defer_build=True)

    root: Any


class CustomVideoSubmitRequest(RootModel[Any]):
    """请求体字段未在文档中给出 / body fields not documented (doc-003 shows an empty schema); sent as is."""

    model_config = ConfigDict(defer_build=True)

    root: dict[str, Any]


class CustomVideoSubmitResponse(GatewayModel):
    id: str | None = None
    model: str | None = None
    status: str | None = None
    """SUBMITTED 已提交, QUEUED 队列中, IN_PROGRESS 生成中, SUCCESS 成功, FAILURE 失败"""


class CustomVideoTask(GatewayModel):
    id: str | None = None
    model: str | None = None
    status: str | None = None
    """SUBMITTED 已提交, QUEUED 队列中, IN_PROGRESS 生成中, SUCCESS 成功, FAILURE 失败"""
    error: str | None = None
    """失败原因 / failure text."""
    output: str | None = None
    """结果 / result (video)."""


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


class TokenLogprob(GatewayModel):
    """单个 token 的对数概率 / log probability of one token."""

    token: str | None = None
    logprob: float | None = None
    bytes: list[int] | None = None


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


class ImageEditRequest(GatewayModel):
    """图像编辑 (POST /v1/images/edits), multipart/form-data."""

    image: bytes | list[bytes]
    """要编辑的图像。必须是支持的图像文件或图像数组。 对于 gpt-image-1,每个图像应为小于25MB的 png、webp 或 jpg 文件。您最多可以提供16张图像。 对于 dall-e-2,您只能提供一张图像,且应为小于4MB的正方形 png 文件。"""
    prompt: str
    """所需图像的文字描述。dall-e-2的最大长度为1000个字符,gpt-image-1的最大长度为32000个字符。"""
    mask: bytes | None = None
    """一个额外的图像,其完全透明的区域(例如,alpha为零的地方)表示应编辑image的位置。如果提供了多个图像,掩码将应用于第一个图像。必须是有效的PNG文件,大小小于4MB,并且与image具有相同的尺寸。"""
    model: str | None = None
    """用于图像生成的模型。仅支持 dall-e-2 和 gpt-image-1。默认使用 dall-e-2,除非使用了特定于 gpt-image-1 的参数。(the document's list at the time — another model is warned about and sent, I11)"""
    n: int | None = None
    """要生成的图像数量。必须在1到10之间。"""
    size: Literal["256x256", "512x512", "1024x1024", "1536x1024", "1024x1536", "auto"] | None = None
    """生成图像的尺寸。对于 gpt-image-1,必须是 1024x1024、1536x1024(横向)、1024x1536(纵向)之一,或 auto(默认值);对于 dall-e-2,必须是 256x256、512x512 或 1024x1024 之一。"""
    response_format: Literal["url", "b64_json"] | None = None
    """生成的图像返回的格式。必须是 url 或 b64_json 之一。URL 在图像生成后仅有效 60 分钟。此参数仅支持 dall-e-2,因为 gpt-image-1 始终返回 base64 编码的图像。"""
    user: str | None = None
    """表示您的终端用户的唯一标识符,有助于 OpenAI 监控和检测滥用行为。"""
    quality: Literal["standard", "low", "medium", "high", "auto"] | None = None
    """将生成的图像质量。high、medium 和 low 仅支持 gpt-image-1。dall-e-2 仅支持 standard 质量。默认值为 auto。"""


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


class ImageVariationRequest(GatewayModel):
    """图像变体 (POST /v1/images/variations), multipart/form-data."""

    image: bytes
    """用于变体的基础图像。必须是有效的PNG文件,大小小于4MB,且为正方形。"""
    model: str | None = None
    """用于图像生成的模型。目前仅支持 dall-e-2。(currently only — another model is warned about and sent)"""
    n: int | None = None
    """要生成的图像数量。必须在1到10之间。"""
    response_format: Literal["url", "b64_json"] | None = None
    """返回生成的图像的格式。必须是 url 或 b64_json 之一。URL 仅在图像生成后 60 分钟内有效。"""
    size: Literal["256x256", "512x512", "1024x1024"] | None = None
    """生成的图像大小。必须是以下之一:256x256、512x512或1024x1024。"""


class ModerationRequest(GatewayModel):
    """审核 (POST /v1/moderations). Types from the document's example body; `input` required is inference I1."""

    input: str | list[str]
    """The document's example is a string; the array form is inference I2."""
    model: str | None = None


class ModerationResponse(GatewayModel):
    id: str | None = None
    model: str | None = None
    results: list[ModerationResult] | None = None


class ModerationResult(GatewayModel):
    flagged: bool | None = None
    categories: ModerationCategories | None = None
    category_scores: ModerationCategoryScores | None = None
    category_applied_input_types: ModerationCategoryInputTypes | None = None


class ModerationCategories(GatewayModel):
    hate: bool | None = None
    hate_threatening: bool | None = Field(None, alias="hate/threatening")
    harassment: bool | None = None
    harassment_threatening: bool | None = Field(None, alias="harassment/threatening")
    illicit: bool | None = None
    illicit_violent: bool | None = Field(None, alias="illicit/violent")
    self_harm: bool | None = Field(None, alias="self-harm")
    self_harm_intent: bool | None = Field(None, alias="self-harm/intent")
    self_harm_instructions: bool | None = Field(None, alias="self-harm/instructions")
    sexual: bool | None = None
    sexual_minors: bool | None = Field(None, alias="sexual/minors")
    violence: bool | None = None
    violence_graphic: bool | None = Field(None, alias="violence/graphic")


class ModerationCategoryScores(GatewayModel):
    hate: float | None = None
    hate_threatening: float | None = Field(None, alias="hate/threatening")
    harassment: float | None = None
    harassment_threatening: float | None = Field(None, alias="harassment/threatening")
    illicit: float | None = None
    illicit_violent: float | None = Field(None, alias="illicit/violent")
    self_harm: float | None = Field(None, alias="self-harm")
    self_harm_intent: float | None = Field(None, alias="self-harm/intent")
    self_harm_instructions: float | None = Field(None, alias="self-harm/instructions")
    sexual: float | None = None
    sexual_minors: float | None = Field(None, alias="sexual/minors")
    violence: float | None = None
    violence_graphic: float | None = Field(None, alias="violence/graphic")


class ModerationCategoryInputTypes(GatewayModel):
    hate: list[str] | None = None
    hate_threatening: list[str] | None = Field(None, alias="hate/threatening")
    harassment: list[str] | None = None
    harassment_threatening: list[str] | None = Field(None, alias="harassment/threatening")
    illicit: list[str] | None = None
    illicit_violent: list[str] | None = Field(None, alias="illicit/violent")
    self_harm: list[str] | None = Field(None, alias="self-harm")
    self_harm_intent: list[str] | None = Field(None, alias="self-harm/intent")
    self_harm_instructions: list[str] | None = Field(None, alias="self-harm/instructions")
    sexual: list[str] | None = None
    sexual_minors: list[str] | None = Field(None, alias="sexual/minors")
    violence: list[str] | None = None
    violence_graphic: list[str] | None = Field(None, alias="violence/graphic")


class ResponseStreamEvent(GatewayModel):
    """One server-sent event of a streamed response (POST /v1/responses with stream: true). `type` names the event (response.created, response.output_text.delta, response.completed, error, ...); the event's other fields depend on it. There is no [DONE] marker: the stream ends after response.completed (or response.failed / error). Inference I8."""

    type: str
    sequence_number: int | None = None
    response: ResponseObject | None = None
    """Response of POST /v1/responses as shown by the document."""
    item_id: str | None = None
    output_index: int | None = None
    content_index: int | None = None
    delta: str | None = None
    text: str | None = None
    code: str | None = None
    message: str | None = None


class ResponseObject(GatewayModel):
    """Response of POST /v1/responses as shown by the document."""

    metadata: dict[str, str] | None = None
    """键值对元数据 / string key-value metadata ({additionalProperties: string} in the document)."""
    temperature: float | None = None
    top_p: float | None = None
    user: str | None = None
    service_tier: str | None = None
    previous_response_id: str | None = None
    model: str | None = None
    reasoning: ResponseReasoning | None = None
    max_output_tokens: int | None = None
    instructions: str | None = None
    text: ResponseTextConfig | None = None
    tools: list[ResponseTool] | None = None
    tool_choice: str | dict[str, Any] | None = None
    truncation: str | None = None
    id: str | None = None
    object: str | None = None
    status: str | None = None
    created_at: int | None = None
    error: ResponseError | None = None
    incomplete_details: ResponseIncompleteDetails | None = None
    output: list[ResponseOutputItem] | None = None
    output_text: str | None = None
    usage: ResponseUsage | None = None
    parallel_tool_calls: bool | None = None


class ResponseReasoning(GatewayModel):
    effort: str | None = None
    summary: str | None = None
    generate_summary: str | None = None


class ResponseTextConfig(GatewayModel):
    format: ResponseTextFormat | None = None


class ResponseTextFormat(GatewayModel):
    type: str | None = None


class ResponseTool(GatewayModel):
    """The document's example tool is a file_search tool; other tool types are not shown."""

    type: str | None = None
    vector_store_ids: list[str] | None = None
    max_num_results: int | None = None
    ranking_options: ResponseRankingOptions | None = None
    filters: Any = None
    """The document's example value is null; its type is not shown."""


class ResponseRankingOptions(GatewayModel):
    ranker: str | None = None
    score_threshold: float | None = None


class ResponseError(GatewayModel):
    code: str | None = None
    message: str | None = None


class ResponseIncompleteDetails(GatewayModel):
    reason: str | None = None


class ResponseOutputItem(GatewayModel):
    id: str | None = None
    type: str | None = None
    role: str | None = None
    content: list[ResponseOutputContent] | None = None
    status: str | None = None


class ResponseOutputContent(GatewayModel):
    type: str | None = None
    text: str | None = None
    annotations: list[ResponseAnnotation] | None = None


class ResponseAnnotation(GatewayModel):
    type: str | None = None
    file_id: str | None = None
    index: int | None = None


class ResponseUsage(GatewayModel):
    input_tokens: int | None = None
    input_tokens_details: ResponseInputTokensDetails | None = None
    output_tokens: int | None = None
    output_tokens_details: ResponseOutputTokensDetails | None = None
    total_tokens: int | None = None


class ResponseInputTokensDetails(GatewayModel):
    cached_tokens: int | None = None


class ResponseOutputTokensDetails(GatewayModel):
    reasoning_tokens: int | None = None


class ResponseCreateRequest(GatewayModel):
    """response (POST /v1/responses). Types from the document's example body; `model` required is inference I1."""

    metadata: dict[str, str] | None = None
    """键值对元数据 / string key-value metadata ({additionalProperties: string} in the document)."""
    temperature: float | None = None
    top_p: float | None = None
    user: str | None = None
    service_tier: str | None = None
    previous_response_id: str | None = None
    model: str
    reasoning: ResponseReasoning | None = None
    max_output_tokens: int | None = None
    instructions: str | None = None
    text: ResponseTextConfig | None = None
    tools: list[ResponseTool] | None = None
    tool_choice: str | dict[str, Any] | None = None
    """The document shows a string; the object form is inference I2."""
    truncation: str | None = None
    input: str | list[dict[str, Any]] | None = None
    """The document's example is a string; the array (input items) form is inference I2."""
    include: list[str] | None = None
    parallel_tool_calls: bool | None = None
    store: bool | None = None
    stream: bool | None = None


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


class MidjourneyUploadImagesRequest(GatewayModel):
    """上传图片 — POST /mj/submit/upload-discord-images (new-api route; body base64Array)."""

    base64_array: list[str] = Field(alias="base64Array")
    """图片 base64 数组 / images as base64 data URLs."""


class MidjourneyUploadImagesResponse(GatewayModel):
    """上传结果 / upload result (new-api); result is the list of uploaded image URLs."""

    code: int | None = None
    description: str | None = None
    result: list[str] | None = None


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


class MidjourneyListByConditionRequest(GatewayModel):
    """根据ID列表查询任务 — POST /mj/task/list-by-condition (mj-proxy TaskConditionDTO)."""

    ids: list[str]
    """任务ID列表 / task ids."""


class MidjourneyTaskList(RootModel[Any]):
    """Result of POST /mj/task/list-by-condition."""

    model_config = ConfigDict(defer_build=True)

    root: list[MidjourneyTask]


class MidjourneyImageSeedResponse(GatewayModel):
    """获取任务图片的seed / GET /mj/task/{id}/image-seed result (mj-proxy-plus; trueai TaskController.cs)."""

    code: int | None = None
    """1 = success; trueai answers 400 with code 4 when the task has no message hash, 404 with code 3 when it is missing."""
    description: str | None = None
    result: str | None = None
    """图片的 seed / the image seed."""
