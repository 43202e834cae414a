"""Typed sync and async clients of UniAPI, generated from uniapi.yaml; do not edit."""

from __future__ import annotations

import functools
import os
from collections.abc import Mapping
from pathlib import Path
from typing import TYPE_CHECKING, Any, Literal, Unpack, overload

from gateway_runtime import (
    AsyncClient,
    AsyncTask,
    ClientOptions,
    GatewaySpec,
    RequestOptions,
    SyncClient,
    Task,
)
from gateway_runtime.lazy import lazy_module
from gateway_runtime.streaming import AsyncStream, Stream  # at run time for get_type_hints
from gateway_runtime.types import NOT_GIVEN, FileInput, NotGiven
from gateway_runtime.types import given as _given
from gateway_runtime.types import to_jsonable as _jsonable

if TYPE_CHECKING:
    from . import models as _models
else:
    _models = lazy_module(f"{__package__}.models")

_SPEC_PATH = Path(__file__).with_name("spec.json")


@functools.cache
def load_spec() -> GatewaySpec:
    """The runtime spec of this gateway (spec.json beside this module), read once."""
    return GatewaySpec.load(_SPEC_PATH, module=__package__)


def _raw(value: Any) -> Any:
    """Task result parser for operations whose poll response has no model."""
    return value


class AudioTranscriptionsResource:
    """Operations under ``client.audio.transcriptions``."""

    def __init__(self, client: SyncClient) -> None:
        self._client = client

    def create(
        self,
        *,
        file: FileInput,
        model: str,
        language: str | NotGiven = NOT_GIVEN,
        prompt: str | NotGiven = NOT_GIVEN,
        response_format: Literal["json", "text", "srt", "verbose_json", "vtt"]
        | NotGiven = NOT_GIVEN,
        temperature: float | NotGiven = NOT_GIVEN,
        include: list[str] | NotGiven = NOT_GIVEN,
        timestamp_granularities: list[Literal["word", "segment"]] | NotGiven = NOT_GIVEN,
        stream: bool | NotGiven = NOT_GIVEN,
        extra_body: Mapping[str, Any] | None = None,
        options: RequestOptions | None = None,
    ) -> _models.AudioTranscriptionResponse:
        """音频转文本 / create transcription

        ``POST /v1/audio/transcriptions``

        音频转文本 (heading 文本生成音频 › 音频转文本). Transcribes an audio file. response_format text/srt/vtt would return non-JSON text; the document only shows the JSON response.

        Args:
            file: 要转录的音频文件对象(非文件名),格式为以下之一:flac、mp3、mp4、mpeg、mpga、m4a、ogg、wav或webm。
            model: 使用模型的ID。选项有 gpt-4o-transcribe、gpt-4o-mini-transcribe 和 whisper-1
            language: 输入音频的语言。以ISO-639-1(例如en)格式提供输入语言将提高准确性和延迟。
            prompt: 可选文本,用于指导模型的风格或继续之前的音频片段。
            response_format: The format of the output, in one of these options: json, text, srt, verbose_json, or vtt. For gpt-4o-transcribe and gpt-4o-mini-transcribe, the only supported format is json.
            temperature: 采样温度,介于0和1之间。更高的值,如0.8,会使输出更随机,而更低的值,如0.2,会使输出更集中和确定。如果设置为0,模型将使用对数概率自动增加温度,直到达到某些阈值。
            include: 附加信息,包括在转录响应中。logprobs 将返回响应中标记的对数概率,以了解模型对转录的置信度。 logprobs 仅在将 response_format 设置为 json 时有效,并且仅与 gpt-4o-transcribe 和 gpt-4o-mini-transcribe 模型一起使用。
            timestamp_granularities: 此转录要填充的时间戳粒度。必须将response_format设置为verbose_json才能使用时间戳粒度。支持以下一个或两个选项:word或segment。 注意:分段时间戳不会增加额外延迟,但生成单词时间戳会增加额外延迟。 Default (document): "segment", written here as the array ["segment"] (I7).
            stream: stream: true is refused by this client (inference I10): the document does not describe the streamed reply, which would be misread as JSON.
        """
        return self._client.request(
            "createTranscription",
            path_params={},
            query={},
            headers={},
            body=_given(
                {
                    "file": file,
                    "model": model,
                    "language": language,
                    "prompt": prompt,
                    "response_format": response_format,
                    "temperature": temperature,
                    "include[]": include,
                    "timestamp_granularities[]": timestamp_granularities,
                    "stream": stream,
                },
                extra_body,
            ),
            options=options,
            parse=_models.AudioTranscriptionResponse.model_validate,
        )


class AsyncAudioTranscriptionsResource:
    """Operations under ``client.audio.transcriptions``."""

    def __init__(self, client: AsyncClient) -> None:
        self._client = client

    async def create(
        self,
        *,
        file: FileInput,
        model: str,
        language: str | NotGiven = NOT_GIVEN,
        prompt: str | NotGiven = NOT_GIVEN,
        response_format: Literal["json", "text", "srt", "verbose_json", "vtt"]
        | NotGiven = NOT_GIVEN,
        temperature: float | NotGiven = NOT_GIVEN,
        include: list[str] | NotGiven = NOT_GIVEN,
        timestamp_granularities: list[Literal["word", "segment"]] | NotGiven = NOT_GIVEN,
        stream: bool | NotGiven = NOT_GIVEN,
        extra_body: Mapping[str, Any] | None = None,
        options: RequestOptions | None = None,
    ) -> _models.AudioTranscriptionResponse:
        """音频转文本 / create transcription

        ``POST /v1/audio/transcriptions``

        音频转文本 (heading 文本生成音频 › 音频转文本). Transcribes an audio file. response_format text/srt/vtt would return non-JSON text; the document only shows the JSON response.

        Args:
            file: 要转录的音频文件对象(非文件名),格式为以下之一:flac、mp3、mp4、mpeg、mpga、m4a、ogg、wav或webm。
            model: 使用模型的ID。选项有 gpt-4o-transcribe、gpt-4o-mini-transcribe 和 whisper-1
            language: 输入音频的语言。以ISO-639-1(例如en)格式提供输入语言将提高准确性和延迟。
            prompt: 可选文本,用于指导模型的风格或继续之前的音频片段。
            response_format: The format of the output, in one of these options: json, text, srt, verbose_json, or vtt. For gpt-4o-transcribe and gpt-4o-mini-transcribe, the only supported format is json.
            temperature: 采样温度,介于0和1之间。更高的值,如0.8,会使输出更随机,而更低的值,如0.2,会使输出更集中和确定。如果设置为0,模型将使用对数概率自动增加温度,直到达到某些阈值。
            include: 附加信息,包括在转录响应中。logprobs 将返回响应中标记的对数概率,以了解模型对转录的置信度。 logprobs 仅在将 response_format 设置为 json 时有效,并且仅与 gpt-4o-transcribe 和 gpt-4o-mini-transcribe 模型一起使用。
            timestamp_granularities: 此转录要填充的时间戳粒度。必须将response_format设置为verbose_json才能使用时间戳粒度。支持以下一个或两个选项:word或segment。 注意:分段时间戳不会增加额外延迟,但生成单词时间戳会增加额外延迟。 Default (document): "segment", written here as the array ["segment"] (I7).
            stream: stream: true is refused by this client (inference I10): the document does not describe the streamed reply, which would be misread as JSON.
        """
        return await self._client.request(
            "createTranscription",
            path_params={},
            query={},
            headers={},
            body=_given(
                {
                    "file": file,
                    "model": model,
                    "language": language,
                    "prompt": prompt,
                    "response_format": response_format,
                    "temperature": temperature,
                    "include[]": include,
                    "timestamp_granularities[]": timestamp_granularities,
                    "stream": stream,
                },
                extra_body,
            ),
            options=options,
            parse=_models.AudioTranscriptionResponse.model_validate,
        )


class AudioTranslationsResource:
    """Operations under ``client.audio.translations``."""

    def __init__(self, client: SyncClient) -> None:
        self._client = client

    def create(
        self,
        *,
        file: FileInput,
        model: str,
        prompt: str | NotGiven = NOT_GIVEN,
        response_format: Literal["json", "text", "srt", "verbose_json", "vtt"]
        | NotGiven = NOT_GIVEN,
        temperature: float | NotGiven = NOT_GIVEN,
        extra_body: Mapping[str, Any] | None = None,
        options: RequestOptions | None = None,
    ) -> _models.AudioTranslationResponse:
        """创建转录 / create translation

        ``POST /v1/audio/translations``

        音频翻译为英文 / translates audio. The document's heading for this route is 创建转录 (create transcription).

        Args:
            file: 音频文件对象(不是文件名)翻译,格式为以下之一:flac、mp3、mp4、mpeg、mpga、m4a、ogg、wav 或 webm。
            model: 要使用的模型ID。目前仅提供whisper-1 (currently only — another model is warned about and sent)
            prompt: 一个可选的文本,用于指导模型的风格或继续之前的音频片段
            response_format: 输出格式,选项之一:json、text、srt、verbose_json 或 vtt。
            temperature: 采样温度,介于0和1之间。较高的值如0.8会使输出更随机,而较低的值如0.2会使其更集中和确定。如果设置为0,模型将使用对数概率自动增加温度,直到达到某些阈值。
        """
        return self._client.request(
            "createTranslation",
            path_params={},
            query={},
            headers={},
            body=_given(
                {
                    "file": file,
                    "model": model,
                    "prompt": prompt,
                    "response_format": response_format,
                    "temperature": temperature,
                },
                extra_body,
            ),
            options=options,
            parse=_models.AudioTranslationResponse.model_validate,
        )


class AsyncAudioTranslationsResource:
    """Operations under ``client.audio.translations``."""

    def __init__(self, client: AsyncClient) -> None:
        self._client = client

    async def create(
        self,
        *,
        file: FileInput,
        model: str,
        prompt: str | NotGiven = NOT_GIVEN,
        response_format: Literal["json", "text", "srt", "verbose_json", "vtt"]
        | NotGiven = NOT_GIVEN,
        temperature: float | NotGiven = NOT_GIVEN,
        extra_body: Mapping[str, Any] | None = None,
        options: RequestOptions | None = None,
    ) -> _models.AudioTranslationResponse:
        """创建转录 / create translation

        ``POST /v1/audio/translations``

        音频翻译为英文 / translates audio. The document's heading for this route is 创建转录 (create transcription).

        Args:
            file: 音频文件对象(不是文件名)翻译,格式为以下之一:flac、mp3、mp4、mpeg、mpga、m4a、ogg、wav 或 webm。
            model: 要使用的模型ID。目前仅提供whisper-1 (currently only — another model is warned about and sent)
            prompt: 一个可选的文本,用于指导模型的风格或继续之前的音频片段
            response_format: 输出格式,选项之一:json、text、srt、verbose_json 或 vtt。
            temperature: 采样温度,介于0和1之间。较高的值如0.8会使输出更随机,而较低的值如0.2会使其更集中和确定。如果设置为0,模型将使用对数概率自动增加温度,直到达到某些阈值。
        """
        return await self._client.request(
            "createTranslation",
            path_params={},
            query={},
            headers={},
            body=_given(
                {
                    "file": file,
                    "model": model,
                    "prompt": prompt,
                    "response_format": response_format,
                    "temperature": temperature,
                },
                extra_body,
            ),
            options=options,
            parse=_models.AudioTranslationResponse.model_validate,
        )


class AudioResource:
    """Operations under ``client.audio``."""

    def __init__(self, client: SyncClient) -> None:
        self._client = client
        self.transcriptions = AudioTranscriptionsResource(client)
        self.translations = AudioTranslationsResource(client)


class AsyncAudioResource:
    """Operations under ``client.audio``."""

    def __init__(self, client: AsyncClient) -> None:
        self._client = client
        self.transcriptions = AsyncAudioTranscriptionsResource(client)
        self.translations = AsyncAudioTranslationsResource(client)


class ChatCompletionsResource:
    """Operations under ``client.chat.completions``."""

    def __init__(self, client: SyncClient) -> None:
        self._client = client

    @overload
    def create(
        self,
        *,
        messages: list[_models.ChatMessage | Mapping[str, Any]],
        model: str,
        metadata: dict[str, str] | NotGiven = NOT_GIVEN,
        temperature: float | NotGiven = NOT_GIVEN,
        top_p: float | NotGiven = NOT_GIVEN,
        user: str | NotGiven = NOT_GIVEN,
        service_tier: str | NotGiven = NOT_GIVEN,
        modalities: list[str] | NotGiven = NOT_GIVEN,
        reasoning_effort: str | NotGiven = NOT_GIVEN,
        max_completion_tokens: int | NotGiven = NOT_GIVEN,
        frequency_penalty: float | NotGiven = NOT_GIVEN,
        presence_penalty: float | NotGiven = NOT_GIVEN,
        web_search_options: _models.ChatWebSearchOptions | Mapping[str, Any] | NotGiven = NOT_GIVEN,
        top_logprobs: int | NotGiven = NOT_GIVEN,
        response_format: _models.ChatResponseFormat | Mapping[str, Any] | NotGiven = NOT_GIVEN,
        audio: _models.ChatAudioParams | Mapping[str, Any] | NotGiven = NOT_GIVEN,
        store: bool | NotGiven = NOT_GIVEN,
        stream: Literal[False] | NotGiven = NOT_GIVEN,
        stop: str | list[str] | NotGiven = NOT_GIVEN,
        logit_bias: dict[str, int] | NotGiven = NOT_GIVEN,
        logprobs: bool | NotGiven = NOT_GIVEN,
        max_tokens: int | NotGiven = NOT_GIVEN,
        n: int | NotGiven = NOT_GIVEN,
        prediction: _models.ChatPrediction | Mapping[str, Any] | NotGiven = NOT_GIVEN,
        seed: int | NotGiven = NOT_GIVEN,
        stream_options: _models.StreamOptions | Mapping[str, Any] | NotGiven = NOT_GIVEN,
        tools: list[_models.ChatTool | Mapping[str, Any]] | NotGiven = NOT_GIVEN,
        tool_choice: str | dict[str, Any] | NotGiven = NOT_GIVEN,
        parallel_tool_calls: bool | NotGiven = NOT_GIVEN,
        function_call: str | dict[str, Any] | NotGiven = NOT_GIVEN,
        functions: list[_models.ChatFunctionSpec | Mapping[str, Any]] | NotGiven = NOT_GIVEN,
        extra_body: Mapping[str, Any] | None = None,
        options: RequestOptions | None = None,
    ) -> _models.ChatCompletionResponse: ...

    @overload
    def create(
        self,
        *,
        messages: list[_models.ChatMessage | Mapping[str, Any]],
        model: str,
        metadata: dict[str, str] | NotGiven = NOT_GIVEN,
        temperature: float | NotGiven = NOT_GIVEN,
        top_p: float | NotGiven = NOT_GIVEN,
        user: str | NotGiven = NOT_GIVEN,
        service_tier: str | NotGiven = NOT_GIVEN,
        modalities: list[str] | NotGiven = NOT_GIVEN,
        reasoning_effort: str | NotGiven = NOT_GIVEN,
        max_completion_tokens: int | NotGiven = NOT_GIVEN,
        frequency_penalty: float | NotGiven = NOT_GIVEN,
        presence_penalty: float | NotGiven = NOT_GIVEN,
        web_search_options: _models.ChatWebSearchOptions | Mapping[str, Any] | NotGiven = NOT_GIVEN,
        top_logprobs: int | NotGiven = NOT_GIVEN,
        response_format: _models.ChatResponseFormat | Mapping[str, Any] | NotGiven = NOT_GIVEN,
        audio: _models.ChatAudioParams | Mapping[str, Any] | NotGiven = NOT_GIVEN,
        store: bool | NotGiven = NOT_GIVEN,
        stream: Literal[True],
        stop: str | list[str] | NotGiven = NOT_GIVEN,
        logit_bias: dict[str, int] | NotGiven = NOT_GIVEN,
        logprobs: bool | NotGiven = NOT_GIVEN,
        max_tokens: int | NotGiven = NOT_GIVEN,
        n: int | NotGiven = NOT_GIVEN,
        prediction: _models.ChatPrediction | Mapping[str, Any] | NotGiven = NOT_GIVEN,
        seed: int | NotGiven = NOT_GIVEN,
        stream_options: _models.StreamOptions | Mapping[str, Any] | NotGiven = NOT_GIVEN,
        tools: list[_models.ChatTool | Mapping[str, Any]] | NotGiven = NOT_GIVEN,
        tool_choice: str | dict[str, Any] | NotGiven = NOT_GIVEN,
        parallel_tool_calls: bool | NotGiven = NOT_GIVEN,
        function_call: str | dict[str, Any] | NotGiven = NOT_GIVEN,
        functions: list[_models.ChatFunctionSpec | Mapping[str, Any]] | NotGiven = NOT_GIVEN,
        extra_body: Mapping[str, Any] | None = None,
        options: RequestOptions | None = None,
    ) -> Stream[_models.ChatCompletionChunk]: ...

    def create(
        self,
        *,
        messages: list[_models.ChatMessage | Mapping[str, Any]],
        model: str,
        metadata: dict[str, str] | NotGiven = NOT_GIVEN,
        temperature: float | NotGiven = NOT_GIVEN,
        top_p: float | NotGiven = NOT_GIVEN,
        user: str | NotGiven = NOT_GIVEN,
        service_tier: str | NotGiven = NOT_GIVEN,
        modalities: list[str] | NotGiven = NOT_GIVEN,
        reasoning_effort: str | NotGiven = NOT_GIVEN,
        max_completion_tokens: int | NotGiven = NOT_GIVEN,
        frequency_penalty: float | NotGiven = NOT_GIVEN,
        presence_penalty: float | NotGiven = NOT_GIVEN,
        web_search_options: _models.ChatWebSearchOptions | Mapping[str, Any] | NotGiven = NOT_GIVEN,
        top_logprobs: int | NotGiven = NOT_GIVEN,
        response_format: _models.ChatResponseFormat | Mapping[str, Any] | NotGiven = NOT_GIVEN,
        audio: _models.ChatAudioParams | Mapping[str, Any] | NotGiven = NOT_GIVEN,
        store: bool | NotGiven = NOT_GIVEN,
        stream: bool | NotGiven = NOT_GIVEN,
        stop: str | list[str] | NotGiven = NOT_GIVEN,
        logit_bias: dict[str, int] | NotGiven = NOT_GIVEN,
        logprobs: bool | NotGiven = NOT_GIVEN,
        max_tokens: int | NotGiven = NOT_GIVEN,
        n: int | NotGiven = NOT_GIVEN,
        prediction: _models.ChatPrediction | Mapping[str, Any] | NotGiven = NOT_GIVEN,
        seed: int | NotGiven = NOT_GIVEN,
        stream_options: _models.StreamOptions | Mapping[str, Any] | NotGiven = NOT_GIVEN,
        tools: list[_models.ChatTool | Mapping[str, Any]] | NotGiven = NOT_GIVEN,
        tool_choice: str | dict[str, Any] | NotGiven = NOT_GIVEN,
        parallel_tool_calls: bool | NotGiven = NOT_GIVEN,
        function_call: str | dict[str, Any] | NotGiven = NOT_GIVEN,
        functions: list[_models.ChatFunctionSpec | Mapping[str, Any]] | NotGiven = NOT_GIVEN,
        extra_body: Mapping[str, Any] | None = None,
        options: RequestOptions | None = None,
    ) -> _models.ChatCompletionResponse | Stream[_models.ChatCompletionChunk]:
        """聊天接口 / create chat completion

        ``POST /v1/chat/completions``

        聊天接口 (OpenAI-compatible chat completions). The document shows only an example body.

        Args:
            metadata: 键值对元数据 / string key-value metadata ({additionalProperties: string} in the document).
            stop: 停止序列 / stop sequence(s). The document's example is the string "\\n"; the array form is inference I2.
            logit_bias: token id → bias. The document renders it as {additionalProperties: 0}.
            tool_choice: The document shows a string; the object form is inference I2.
            function_call: The document shows a string; the object form is inference I2.
        """
        if stream is True:
            return self._client.stream(
                "createChatCompletion",
                path_params={},
                query={},
                headers={},
                body=_given(
                    {
                        "messages": messages,
                        "model": model,
                        "metadata": metadata,
                        "temperature": temperature,
                        "top_p": top_p,
                        "user": user,
                        "service_tier": service_tier,
                        "modalities": modalities,
                        "reasoning_effort": reasoning_effort,
                        "max_completion_tokens": max_completion_tokens,
                        "frequency_penalty": frequency_penalty,
                        "presence_penalty": presence_penalty,
                        "web_search_options": web_search_options,
                        "top_logprobs": top_logprobs,
                        "response_format": response_format,
                        "audio": audio,
                        "store": store,
                        "stream": stream,
                        "stop": stop,
                        "logit_bias": logit_bias,
                        "logprobs": logprobs,
                        "max_tokens": max_tokens,
                        "n": n,
                        "prediction": prediction,
                        "seed": seed,
                        "stream_options": stream_options,
                        "tools": tools,
                        "tool_choice": tool_choice,
                        "parallel_tool_calls": parallel_tool_calls,
                        "function_call": function_call,
                        "functions": functions,
                    },
                    extra_body,
                ),
                options=options,
                parse=_models.ChatCompletionChunk.model_validate,
            )

        return self._client.request(
            "createChatCompletion",
            path_params={},
            query={},
            headers={},
            body=_given(
                {
                    "messages": messages,
                    "model": model,
                    "metadata": metadata,
                    "temperature": temperature,
                    "top_p": top_p,
                    "user": user,
                    "service_tier": service_tier,
                    "modalities": modalities,
                    "reasoning_effort": reasoning_effort,
                    "max_completion_tokens": max_completion_tokens,
                    "frequency_penalty": frequency_penalty,
                    "presence_penalty": presence_penalty,
                    "web_search_options": web_search_options,
                    "top_logprobs": top_logprobs,
                    "response_format": response_format,
                    "audio": audio,
                    "store": store,
                    "stream": stream,
                    "stop": stop,
                    "logit_bias": logit_bias,
                    "logprobs": logprobs,
                    "max_tokens": max_tokens,
                    "n": n,
                    "prediction": prediction,
                    "seed": seed,
                    "stream_options": stream_options,
                    "tools": tools,
                    "tool_choice": tool_choice,
                    "parallel_tool_calls": parallel_tool_calls,
                    "function_call": function_call,
                    "functions": functions,
                },
                extra_body,
            ),
            options=options,
            parse=_models.ChatCompletionResponse.model_validate,
        )


class AsyncChatCompletionsResource:
    """Operations under ``client.chat.completions``."""

    def __init__(self, client: AsyncClient) -> None:
        self._client = client

    @overload
    async def create(
        self,
        *,
        messages: list[_models.ChatMessage | Mapping[str, Any]],
        model: str,
        metadata: dict[str, str] | NotGiven = NOT_GIVEN,
        temperature: float | NotGiven = NOT_GIVEN,
        top_p: float | NotGiven = NOT_GIVEN,
        user: str | NotGiven = NOT_GIVEN,
        service_tier: str | NotGiven = NOT_GIVEN,
        modalities: list[str] | NotGiven = NOT_GIVEN,
        reasoning_effort: str | NotGiven = NOT_GIVEN,
        max_completion_tokens: int | NotGiven = NOT_GIVEN,
        frequency_penalty: float | NotGiven = NOT_GIVEN,
        presence_penalty: float | NotGiven = NOT_GIVEN,
        web_search_options: _models.ChatWebSearchOptions | Mapping[str, Any] | NotGiven = NOT_GIVEN,
        top_logprobs: int | NotGiven = NOT_GIVEN,
        response_format: _models.ChatResponseFormat | Mapping[str, Any] | NotGiven = NOT_GIVEN,
        audio: _models.ChatAudioParams | Mapping[str, Any] | NotGiven = NOT_GIVEN,
        store: bool | NotGiven = NOT_GIVEN,
        stream: Literal[False] | NotGiven = NOT_GIVEN,
        stop: str | list[str] | NotGiven = NOT_GIVEN,
        logit_bias: dict[str, int] | NotGiven = NOT_GIVEN,
        logprobs: bool | NotGiven = NOT_GIVEN,
        max_tokens: int | NotGiven = NOT_GIVEN,
        n: int | NotGiven = NOT_GIVEN,
        prediction: _models.ChatPrediction | Mapping[str, Any] | NotGiven = NOT_GIVEN,
        seed: int | NotGiven = NOT_GIVEN,
        stream_options: _models.StreamOptions | Mapping[str, Any] | NotGiven = NOT_GIVEN,
        tools: list[_models.ChatTool | Mapping[str, Any]] | NotGiven = NOT_GIVEN,
        tool_choice: str | dict[str, Any] | NotGiven = NOT_GIVEN,
        parallel_tool_calls: bool | NotGiven = NOT_GIVEN,
        function_call: str | dict[str, Any] | NotGiven = NOT_GIVEN,
        functions: list[_models.ChatFunctionSpec | Mapping[str, Any]] | NotGiven = NOT_GIVEN,
        extra_body: Mapping[str, Any] | None = None,
        options: RequestOptions | None = None,
    ) -> _models.ChatCompletionResponse: ...

    @overload
    async def create(
        self,
        *,
        messages: list[_models.ChatMessage | Mapping[str, Any]],
        model: str,
        metadata: dict[str, str] | NotGiven = NOT_GIVEN,
        temperature: float | NotGiven = NOT_GIVEN,
        top_p: float | NotGiven = NOT_GIVEN,
        user: str | NotGiven = NOT_GIVEN,
        service_tier: str | NotGiven = NOT_GIVEN,
        modalities: list[str] | NotGiven = NOT_GIVEN,
        reasoning_effort: str | NotGiven = NOT_GIVEN,
        max_completion_tokens: int | NotGiven = NOT_GIVEN,
        frequency_penalty: float | NotGiven = NOT_GIVEN,
        presence_penalty: float | NotGiven = NOT_GIVEN,
        web_search_options: _models.ChatWebSearchOptions | Mapping[str, Any] | NotGiven = NOT_GIVEN,
        top_logprobs: int | NotGiven = NOT_GIVEN,
        response_format: _models.ChatResponseFormat | Mapping[str, Any] | NotGiven = NOT_GIVEN,
        audio: _models.ChatAudioParams | Mapping[str, Any] | NotGiven = NOT_GIVEN,
        store: bool | NotGiven = NOT_GIVEN,
        stream: Literal[True],
        stop: str | list[str] | NotGiven = NOT_GIVEN,
        logit_bias: dict[str, int] | NotGiven = NOT_GIVEN,
        logprobs: bool | NotGiven = NOT_GIVEN,
        max_tokens: int | NotGiven = NOT_GIVEN,
        n: int | NotGiven = NOT_GIVEN,
        prediction: _models.ChatPrediction | Mapping[str, Any] | NotGiven = NOT_GIVEN,
        seed: int | NotGiven = NOT_GIVEN,
        stream_options: _models.StreamOptions | Mapping[str, Any] | NotGiven = NOT_GIVEN,
        tools: list[_models.ChatTool | Mapping[str, Any]] | NotGiven = NOT_GIVEN,
        tool_choice: str | dict[str, Any] | NotGiven = NOT_GIVEN,
        parallel_tool_calls: bool | NotGiven = NOT_GIVEN,
        function_call: str | dict[str, Any] | NotGiven = NOT_GIVEN,
        functions: list[_models.ChatFunctionSpec | Mapping[str, Any]] | NotGiven = NOT_GIVEN,
        extra_body: Mapping[str, Any] | None = None,
        options: RequestOptions | None = None,
    ) -> AsyncStream[_models.ChatCompletionChunk]: ...

    async def create(
        self,
        *,
        messages: list[_models.ChatMessage | Mapping[str, Any]],
        model: str,
        metadata: dict[str, str] | NotGiven = NOT_GIVEN,
        temperature: float | NotGiven = NOT_GIVEN,
        top_p: float | NotGiven = NOT_GIVEN,
        user: str | NotGiven = NOT_GIVEN,
        service_tier: str | NotGiven = NOT_GIVEN,
        modalities: list[str] | NotGiven = NOT_GIVEN,
        reasoning_effort: str | NotGiven = NOT_GIVEN,
        max_completion_tokens: int | NotGiven = NOT_GIVEN,
        frequency_penalty: float | NotGiven = NOT_GIVEN,
        presence_penalty: float | NotGiven = NOT_GIVEN,
        web_search_options: _models.ChatWebSearchOptions | Mapping[str, Any] | NotGiven = NOT_GIVEN,
        top_logprobs: int | NotGiven = NOT_GIVEN,
        response_format: _models.ChatResponseFormat | Mapping[str, Any] | NotGiven = NOT_GIVEN,
        audio: _models.ChatAudioParams | Mapping[str, Any] | NotGiven = NOT_GIVEN,
        store: bool | NotGiven = NOT_GIVEN,
        stream: bool | NotGiven = NOT_GIVEN,
        stop: str | list[str] | NotGiven = NOT_GIVEN,
        logit_bias: dict[str, int] | NotGiven = NOT_GIVEN,
        logprobs: bool | NotGiven = NOT_GIVEN,
        max_tokens: int | NotGiven = NOT_GIVEN,
        n: int | NotGiven = NOT_GIVEN,
        prediction: _models.ChatPrediction | Mapping[str, Any] | NotGiven = NOT_GIVEN,
        seed: int | NotGiven = NOT_GIVEN,
        stream_options: _models.StreamOptions | Mapping[str, Any] | NotGiven = NOT_GIVEN,
        tools: list[_models.ChatTool | Mapping[str, Any]] | NotGiven = NOT_GIVEN,
        tool_choice: str | dict[str, Any] | NotGiven = NOT_GIVEN,
        parallel_tool_calls: bool | NotGiven = NOT_GIVEN,
        function_call: str | dict[str, Any] | NotGiven = NOT_GIVEN,
        functions: list[_models.ChatFunctionSpec | Mapping[str, Any]] | NotGiven = NOT_GIVEN,
        extra_body: Mapping[str, Any] | None = None,
        options: RequestOptions | None = None,
    ) -> _models.ChatCompletionResponse | AsyncStream[_models.ChatCompletionChunk]:
        """聊天接口 / create chat completion

        ``POST /v1/chat/completions``

        聊天接口 (OpenAI-compatible chat completions). The document shows only an example body.

        Args:
            metadata: 键值对元数据 / string key-value metadata ({additionalProperties: string} in the document).
            stop: 停止序列 / stop sequence(s). The document's example is the string "\\n"; the array form is inference I2.
            logit_bias: token id → bias. The document renders it as {additionalProperties: 0}.
            tool_choice: The document shows a string; the object form is inference I2.
            function_call: The document shows a string; the object form is inference I2.
        """
        if stream is True:
            return await self._client.stream(
                "createChatCompletion",
                path_params={},
                query={},
                headers={},
                body=_given(
                    {
                        "messages": messages,
                        "model": model,
                        "metadata": metadata,
                        "temperature": temperature,
                        "top_p": top_p,
                        "user": user,
                        "service_tier": service_tier,
                        "modalities": modalities,
                        "reasoning_effort": reasoning_effort,
                        "max_completion_tokens": max_completion_tokens,
                        "frequency_penalty": frequency_penalty,
                        "presence_penalty": presence_penalty,
                        "web_search_options": web_search_options,
                        "top_logprobs": top_logprobs,
                        "response_format": response_format,
                        "audio": audio,
                        "store": store,
                        "stream": stream,
                        "stop": stop,
                        "logit_bias": logit_bias,
                        "logprobs": logprobs,
                        "max_tokens": max_tokens,
                        "n": n,
                        "prediction": prediction,
                        "seed": seed,
                        "stream_options": stream_options,
                        "tools": tools,
                        "tool_choice": tool_choice,
                        "parallel_tool_calls": parallel_tool_calls,
                        "function_call": function_call,
                        "functions": functions,
                    },
                    extra_body,
                ),
                options=options,
                parse=_models.ChatCompletionChunk.model_validate,
            )

        return await self._client.request(
            "createChatCompletion",
            path_params={},
            query={},
            headers={},
            body=_given(
                {
                    "messages": messages,
                    "model": model,
                    "metadata": metadata,
                    "temperature": temperature,
                    "top_p": top_p,
                    "user": user,
                    "service_tier": service_tier,
                    "modalities": modalities,
                    "reasoning_effort": reasoning_effort,
                    "max_completion_tokens": max_completion_tokens,
                    "frequency_penalty": frequency_penalty,
                    "presence_penalty": presence_penalty,
                    "web_search_options": web_search_options,
                    "top_logprobs": top_logprobs,
                    "response_format": response_format,
                    "audio": audio,
                    "store": store,
                    "stream": stream,
                    "stop": stop,
                    "logit_bias": logit_bias,
                    "logprobs": logprobs,
                    "max_tokens": max_tokens,
                    "n": n,
                    "prediction": prediction,
                    "seed": seed,
                    "stream_options": stream_options,
                    "tools": tools,
                    "tool_choice": tool_choice,
                    "parallel_tool_calls": parallel_tool_calls,
                    "function_call": function_call,
                    "functions": functions,
                },
                extra_body,
            ),
            options=options,
            parse=_models.ChatCompletionResponse.model_validate,
        )


class ChatResource:
    """Operations under ``client.chat``."""

    def __init__(self, client: SyncClient) -> None:
        self._client = client
        self.completions = ChatCompletionsResource(client)


class AsyncChatResource:
    """Operations under ``client.chat``."""

    def __init__(self, client: AsyncClient) -> None:
        self._client = client
        self.completions = AsyncChatCompletionsResource(client)


class CompletionsResource:
    """Operations under ``client.completions``."""

    def __init__(self, client: SyncClient) -> None:
        self._client = client

    @overload
    def create(
        self,
        *,
        model: str,
        prompt: str | list[str],
        best_of: int | NotGiven = NOT_GIVEN,
        echo: bool | NotGiven = NOT_GIVEN,
        frequency_penalty: float | NotGiven = NOT_GIVEN,
        logit_bias: dict[str, int] | NotGiven = NOT_GIVEN,
        logprobs: int | NotGiven | None = NOT_GIVEN,
        max_tokens: int | NotGiven = NOT_GIVEN,
        n: int | NotGiven = NOT_GIVEN,
        presence_penalty: float | NotGiven = NOT_GIVEN,
        seed: int | NotGiven = NOT_GIVEN,
        stop: str | list[str] | NotGiven = NOT_GIVEN,
        stream: Literal[False] | NotGiven = NOT_GIVEN,
        stream_options: _models.StreamOptions | Mapping[str, Any] | NotGiven = NOT_GIVEN,
        suffix: str | NotGiven = NOT_GIVEN,
        temperature: float | NotGiven = NOT_GIVEN,
        top_p: float | NotGiven = NOT_GIVEN,
        user: str | NotGiven = NOT_GIVEN,
        extra_body: Mapping[str, Any] | None = None,
        options: RequestOptions | None = None,
    ) -> _models.CompletionResponse: ...

    @overload
    def create(
        self,
        *,
        model: str,
        prompt: str | list[str],
        best_of: int | NotGiven = NOT_GIVEN,
        echo: bool | NotGiven = NOT_GIVEN,
        frequency_penalty: float | NotGiven = NOT_GIVEN,
        logit_bias: dict[str, int] | NotGiven = NOT_GIVEN,
        logprobs: int | NotGiven | None = NOT_GIVEN,
        max_tokens: int | NotGiven = NOT_GIVEN,
        n: int | NotGiven = NOT_GIVEN,
        presence_penalty: float | NotGiven = NOT_GIVEN,
        seed: int | NotGiven = NOT_GIVEN,
        stop: str | list[str] | NotGiven = NOT_GIVEN,
        stream: Literal[True],
        stream_options: _models.StreamOptions | Mapping[str, Any] | NotGiven = NOT_GIVEN,
        suffix: str | NotGiven = NOT_GIVEN,
        temperature: float | NotGiven = NOT_GIVEN,
        top_p: float | NotGiven = NOT_GIVEN,
        user: str | NotGiven = NOT_GIVEN,
        extra_body: Mapping[str, Any] | None = None,
        options: RequestOptions | None = None,
    ) -> Stream[_models.CompletionChunk]: ...

    def create(
        self,
        *,
        model: str,
        prompt: str | list[str],
        best_of: int | NotGiven = NOT_GIVEN,
        echo: bool | NotGiven = NOT_GIVEN,
        frequency_penalty: float | NotGiven = NOT_GIVEN,
        logit_bias: dict[str, int] | NotGiven = NOT_GIVEN,
        logprobs: int | NotGiven | None = NOT_GIVEN,
        max_tokens: int | NotGiven = NOT_GIVEN,
        n: int | NotGiven = NOT_GIVEN,
        presence_penalty: float | NotGiven = NOT_GIVEN,
        seed: int | NotGiven = NOT_GIVEN,
        stop: str | list[str] | NotGiven = NOT_GIVEN,
        stream: bool | NotGiven = NOT_GIVEN,
        stream_options: _models.StreamOptions | Mapping[str, Any] | NotGiven = NOT_GIVEN,
        suffix: str | NotGiven = NOT_GIVEN,
        temperature: float | NotGiven = NOT_GIVEN,
        top_p: float | NotGiven = NOT_GIVEN,
        user: str | NotGiven = NOT_GIVEN,
        extra_body: Mapping[str, Any] | None = None,
        options: RequestOptions | None = None,
    ) -> _models.CompletionResponse | Stream[_models.CompletionChunk]:
        """自动补全 / create completion

        ``POST /v1/completions``

        自动补全 (OpenAI-compatible legacy completions). The document shows only an example body.

        Args:
            prompt: The document's example is a string ("This is a test."); the array form is inference I2.
            best_of: Default 1: OpenAI's documented default (inference I9).
            logit_bias: token id → bias. The document renders it as {additionalProperties: 0}.
            logprobs: The document's example value is null; integer is the OpenAI type (inference).
            max_tokens: Default 16: OpenAI's documented default (inference I9).
            stop: 停止序列 / stop sequence(s). The document's example is the string "\\n"; the array form is inference I2.
        """
        if stream is True:
            return self._client.stream(
                "createCompletion",
                path_params={},
                query={},
                headers={},
                body=_given(
                    {
                        "model": model,
                        "prompt": prompt,
                        "best_of": best_of,
                        "echo": echo,
                        "frequency_penalty": frequency_penalty,
                        "logit_bias": logit_bias,
                        "logprobs": logprobs,
                        "max_tokens": max_tokens,
                        "n": n,
                        "presence_penalty": presence_penalty,
                        "seed": seed,
                        "stop": stop,
                        "stream": stream,
                        "stream_options": stream_options,
                        "suffix": suffix,
                        "temperature": temperature,
                        "top_p": top_p,
                        "user": user,
                    },
                    extra_body,
                ),
                options=options,
                parse=_models.CompletionChunk.model_validate,
            )

        return self._client.request(
            "createCompletion",
            path_params={},
            query={},
            headers={},
            body=_given(
                {
                    "model": model,
                    "prompt": prompt,
                    "best_of": best_of,
                    "echo": echo,
                    "frequency_penalty": frequency_penalty,
                    "logit_bias": logit_bias,
                    "logprobs": logprobs,
                    "max_tokens": max_tokens,
                    "n": n,
                    "presence_penalty": presence_penalty,
                    "seed": seed,
                    "stop": stop,
                    "stream": stream,
                    "stream_options": stream_options,
                    "suffix": suffix,
                    "temperature": temperature,
                    "top_p": top_p,
                    "user": user,
                },
                extra_body,
            ),
            options=options,
            parse=_models.CompletionResponse.model_validate,
        )


class AsyncCompletionsResource:
    """Operations under ``client.completions``."""

    def __init__(self, client: AsyncClient) -> None:
        self._client = client

    @overload
    async def create(
        self,
        *,
        model: str,
        prompt: str | list[str],
        best_of: int | NotGiven = NOT_GIVEN,
        echo: bool | NotGiven = NOT_GIVEN,
        frequency_penalty: float | NotGiven = NOT_GIVEN,
        logit_bias: dict[str, int] | NotGiven = NOT_GIVEN,
        logprobs: int | NotGiven | None = NOT_GIVEN,
        max_tokens: int | NotGiven = NOT_GIVEN,
        n: int | NotGiven = NOT_GIVEN,
        presence_penalty: float | NotGiven = NOT_GIVEN,
        seed: int | NotGiven = NOT_GIVEN,
        stop: str | list[str] | NotGiven = NOT_GIVEN,
        stream: Literal[False] | NotGiven = NOT_GIVEN,
        stream_options: _models.StreamOptions | Mapping[str, Any] | NotGiven = NOT_GIVEN,
        suffix: str | NotGiven = NOT_GIVEN,
        temperature: float | NotGiven = NOT_GIVEN,
        top_p: float | NotGiven = NOT_GIVEN,
        user: str | NotGiven = NOT_GIVEN,
        extra_body: Mapping[str, Any] | None = None,
        options: RequestOptions | None = None,
    ) -> _models.CompletionResponse: ...

    @overload
    async def create(
        self,
        *,
        model: str,
        prompt: str | list[str],
        best_of: int | NotGiven = NOT_GIVEN,
        echo: bool | NotGiven = NOT_GIVEN,
        frequency_penalty: float | NotGiven = NOT_GIVEN,
        logit_bias: dict[str, int] | NotGiven = NOT_GIVEN,
        logprobs: int | NotGiven | None = NOT_GIVEN,
        max_tokens: int | NotGiven = NOT_GIVEN,
        n: int | NotGiven = NOT_GIVEN,
        presence_penalty: float | NotGiven = NOT_GIVEN,
        seed: int | NotGiven = NOT_GIVEN,
        stop: str | list[str] | NotGiven = NOT_GIVEN,
        stream: Literal[True],
        stream_options: _models.StreamOptions | Mapping[str, Any] | NotGiven = NOT_GIVEN,
        suffix: str | NotGiven = NOT_GIVEN,
        temperature: float | NotGiven = NOT_GIVEN,
        top_p: float | NotGiven = NOT_GIVEN,
        user: str | NotGiven = NOT_GIVEN,
        extra_body: Mapping[str, Any] | None = None,
        options: RequestOptions | None = None,
    ) -> AsyncStream[_models.CompletionChunk]: ...

    async def create(
        self,
        *,
        model: str,
        prompt: str | list[str],
        best_of: int | NotGiven = NOT_GIVEN,
        echo: bool | NotGiven = NOT_GIVEN,
        frequency_penalty: float | NotGiven = NOT_GIVEN,
        logit_bias: dict[str, int] | NotGiven = NOT_GIVEN,
        logprobs: int | NotGiven | None = NOT_GIVEN,
        max_tokens: int | NotGiven = NOT_GIVEN,
        n: int | NotGiven = NOT_GIVEN,
        presence_penalty: float | NotGiven = NOT_GIVEN,
        seed: int | NotGiven = NOT_GIVEN,
        stop: str | list[str] | NotGiven = NOT_GIVEN,
        stream: bool | NotGiven = NOT_GIVEN,
        stream_options: _models.StreamOptions | Mapping[str, Any] | NotGiven = NOT_GIVEN,
        suffix: str | NotGiven = NOT_GIVEN,
        temperature: float | NotGiven = NOT_GIVEN,
        top_p: float | NotGiven = NOT_GIVEN,
        user: str | NotGiven = NOT_GIVEN,
        extra_body: Mapping[str, Any] | None = None,
        options: RequestOptions | None = None,
    ) -> _models.CompletionResponse | AsyncStream[_models.CompletionChunk]:
        """自动补全 / create completion

        ``POST /v1/completions``

        自动补全 (OpenAI-compatible legacy completions). The document shows only an example body.

        Args:
            prompt: The document's example is a string ("This is a test."); the array form is inference I2.
            best_of: Default 1: OpenAI's documented default (inference I9).
            logit_bias: token id → bias. The document renders it as {additionalProperties: 0}.
            logprobs: The document's example value is null; integer is the OpenAI type (inference).
            max_tokens: Default 16: OpenAI's documented default (inference I9).
            stop: 停止序列 / stop sequence(s). The document's example is the string "\\n"; the array form is inference I2.
        """
        if stream is True:
            return await self._client.stream(
                "createCompletion",
                path_params={},
                query={},
                headers={},
                body=_given(
                    {
                        "model": model,
                        "prompt": prompt,
                        "best_of": best_of,
                        "echo": echo,
                        "frequency_penalty": frequency_penalty,
                        "logit_bias": logit_bias,
                        "logprobs": logprobs,
                        "max_tokens": max_tokens,
                        "n": n,
                        "presence_penalty": presence_penalty,
                        "seed": seed,
                        "stop": stop,
                        "stream": stream,
                        "stream_options": stream_options,
                        "suffix": suffix,
                        "temperature": temperature,
                        "top_p": top_p,
                        "user": user,
                    },
                    extra_body,
                ),
                options=options,
                parse=_models.CompletionChunk.model_validate,
            )

        return await self._client.request(
            "createCompletion",
            path_params={},
            query={},
            headers={},
            body=_given(
                {
                    "model": model,
                    "prompt": prompt,
                    "best_of": best_of,
                    "echo": echo,
                    "frequency_penalty": frequency_penalty,
                    "logit_bias": logit_bias,
                    "logprobs": logprobs,
                    "max_tokens": max_tokens,
                    "n": n,
                    "presence_penalty": presence_penalty,
                    "seed": seed,
                    "stop": stop,
                    "stream": stream,
                    "stream_options": stream_options,
                    "suffix": suffix,
                    "temperature": temperature,
                    "top_p": top_p,
                    "user": user,
                },
                extra_body,
            ),
            options=options,
            parse=_models.CompletionResponse.model_validate,
        )


class EmbeddingsResource:
    """Operations under ``client.embeddings``."""

    def __init__(self, client: SyncClient) -> None:
        self._client = client

    def create(
        self,
        *,
        input: str | list[str],
        model: str,
        encoding_format: str | NotGiven = NOT_GIVEN,
        dimensions: int | NotGiven = NOT_GIVEN,
        user: str | NotGiven = NOT_GIVEN,
        extra_body: Mapping[str, Any] | None = None,
        options: RequestOptions | None = None,
    ) -> _models.EmbeddingResponse:
        """向量接口 / create embeddings

        ``POST /v1/embeddings``

        向量接口 (OpenAI-compatible embeddings). The document shows only an example body.

        Args:
            input: The document's example is a string; the array form is inference I2.
        """
        return self._client.request(
            "createEmbedding",
            path_params={},
            query={},
            headers={},
            body=_given(
                {
                    "input": input,
                    "model": model,
                    "encoding_format": encoding_format,
                    "dimensions": dimensions,
                    "user": user,
                },
                extra_body,
            ),
            options=options,
            parse=_models.EmbeddingResponse.model_validate,
        )


class AsyncEmbeddingsResource:
    """Operations under ``client.embeddings``."""

    def __init__(self, client: AsyncClient) -> None:
        self._client = client

    async def create(
        self,
        *,
        input: str | list[str],
        model: str,
        encoding_format: str | NotGiven = NOT_GIVEN,
        dimensions: int | NotGiven = NOT_GIVEN,
        user: str | NotGiven = NOT_GIVEN,
        extra_body: Mapping[str, Any] | None = None,
        options: RequestOptions | None = None,
    ) -> _models.EmbeddingResponse:
        """向量接口 / create embeddings

        ``POST /v1/embeddings``

        向量接口 (OpenAI-compatible embeddings). The document shows only an example body.

        Args:
            input: The document's example is a string; the array form is inference I2.
        """
        return await self._client.request(
            "createEmbedding",
            path_params={},
            query={},
            headers={},
            body=_given(
                {
                    "input": input,
                    "model": model,
                    "encoding_format": encoding_format,
                    "dimensions": dimensions,
                    "user": user,
                },
                extra_body,
            ),
            options=options,
            parse=_models.EmbeddingResponse.model_validate,
        )


class ImagesResource:
    """Operations under ``client.images``."""

    def __init__(self, client: SyncClient) -> None:
        self._client = client

    def edit(
        self,
        *,
        image: FileInput | list[FileInput],
        prompt: str,
        mask: FileInput | NotGiven = NOT_GIVEN,
        model: str | NotGiven = NOT_GIVEN,
        n: int | NotGiven = NOT_GIVEN,
        size: Literal["256x256", "512x512", "1024x1024", "1536x1024", "1024x1536", "auto"]
        | NotGiven = NOT_GIVEN,
        response_format: Literal["url", "b64_json"] | NotGiven = NOT_GIVEN,
        user: str | NotGiven = NOT_GIVEN,
        quality: Literal["standard", "low", "medium", "high", "auto"] | NotGiven = NOT_GIVEN,
        extra_body: Mapping[str, Any] | None = None,
        options: RequestOptions | None = None,
    ) -> _models.ImagesResponse:
        """图像编辑 / edit image

        ``POST /v1/images/edits``

        图像编辑 (OpenAI-compatible). multipart/form-data; `image` is one file or an array of files (gpt-image-1, up to 16).

        Args:
            image: 要编辑的图像。必须是支持的图像文件或图像数组。 对于 gpt-image-1,每个图像应为小于25MB的 png、webp 或 jpg 文件。您最多可以提供16张图像。 对于 dall-e-2,您只能提供一张图像,且应为小于4MB的正方形 png 文件。
            prompt: 所需图像的文字描述。dall-e-2的最大长度为1000个字符,gpt-image-1的最大长度为32000个字符。
            mask: 一个额外的图像,其完全透明的区域(例如,alpha为零的地方)表示应编辑image的位置。如果提供了多个图像,掩码将应用于第一个图像。必须是有效的PNG文件,大小小于4MB,并且与image具有相同的尺寸。
            model: 用于图像生成的模型。仅支持 dall-e-2 和 gpt-image-1。默认使用 dall-e-2,除非使用了特定于 gpt-image-1 的参数。(the document's list at the time — another model is warned about and sent, I11)
            n: 要生成的图像数量。必须在1到10之间。
            size: 生成图像的尺寸。对于 gpt-image-1,必须是 1024x1024、1536x1024(横向)、1024x1536(纵向)之一,或 auto(默认值);对于 dall-e-2,必须是 256x256、512x512 或 1024x1024 之一。
            response_format: 生成的图像返回的格式。必须是 url 或 b64_json 之一。URL 在图像生成后仅有效 60 分钟。此参数仅支持 dall-e-2,因为 gpt-image-1 始终返回 base64 编码的图像。
            user: 表示您的终端用户的唯一标识符,有助于 OpenAI 监控和检测滥用行为。
            quality: 将生成的图像质量。high、medium 和 low 仅支持 gpt-image-1。dall-e-2 仅支持 standard 质量。默认值为 auto。
        """
        return self._client.request(
            "createImageEdit",
            path_params={},
            query={},
            headers={},
            body=_given(
                {
                    "image": image,
                    "prompt": prompt,
                    "mask": mask,
                    "model": model,
                    "n": n,
                    "size": size,
                    "response_format": response_format,
                    "user": user,
                    "quality": quality,
                },
                extra_body,
            ),
            options=options,
            parse=_models.ImagesResponse.model_validate,
        )

    def generate(
        self,
        *,
        prompt: str,
        model: str | NotGiven = NOT_GIVEN,
        n: int | NotGiven = NOT_GIVEN,
        quality: str | NotGiven = NOT_GIVEN,
        response_format: str | NotGiven = NOT_GIVEN,
        output_format: str | NotGiven = NOT_GIVEN,
        output_compression: int | NotGiven = NOT_GIVEN,
        size: str | NotGiven = NOT_GIVEN,
        moderation: str | NotGiven = NOT_GIVEN,
        background: str | NotGiven = NOT_GIVEN,
        style: str | NotGiven = NOT_GIVEN,
        extra_body: Mapping[str, Any] | None = None,
        options: RequestOptions | None = None,
    ) -> _models.ImagesResponse:
        """图像生成 / generate images

        ``POST /v1/images/generations``

        图像生成 (OpenAI-compatible). The document shows only an example body.
        """
        return self._client.request(
            "createImage",
            path_params={},
            query={},
            headers={},
            body=_given(
                {
                    "prompt": prompt,
                    "model": model,
                    "n": n,
                    "quality": quality,
                    "response_format": response_format,
                    "output_format": output_format,
                    "output_compression": output_compression,
                    "size": size,
                    "moderation": moderation,
                    "background": background,
                    "style": style,
                },
                extra_body,
            ),
            options=options,
            parse=_models.ImagesResponse.model_validate,
        )

    def create_variation(
        self,
        *,
        image: FileInput,
        model: str | NotGiven = NOT_GIVEN,
        n: int | NotGiven = NOT_GIVEN,
        response_format: Literal["url", "b64_json"] | NotGiven = NOT_GIVEN,
        size: Literal["256x256", "512x512", "1024x1024"] | NotGiven = NOT_GIVEN,
        extra_body: Mapping[str, Any] | None = None,
        options: RequestOptions | None = None,
    ) -> _models.ImagesResponse:
        """图像变体 / create image variation

        ``POST /v1/images/variations``

        图像变体 (OpenAI-compatible), multipart/form-data.

        Args:
            image: 用于变体的基础图像。必须是有效的PNG文件,大小小于4MB,且为正方形。
            model: 用于图像生成的模型。目前仅支持 dall-e-2。(currently only — another model is warned about and sent)
            n: 要生成的图像数量。必须在1到10之间。
            response_format: 返回生成的图像的格式。必须是 url 或 b64_json 之一。URL 仅在图像生成后 60 分钟内有效。
            size: 生成的图像大小。必须是以下之一:256x256、512x512或1024x1024。
        """
        return self._client.request(
            "createImageVariation",
            path_params={},
            query={},
            headers={},
            body=_given(
                {
                    "image": image,
                    "model": model,
                    "n": n,
                    "response_format": response_format,
                    "size": size,
                },
                extra_body,
            ),
            options=options,
            parse=_models.ImagesResponse.model_validate,
        )


class AsyncImagesResource:
    """Operations under ``client.images``."""

    def __init__(self, client: AsyncClient) -> None:
        self._client = client

    async def edit(
        self,
        *,
        image: FileInput | list[FileInput],
        prompt: str,
        mask: FileInput | NotGiven = NOT_GIVEN,
        model: str | NotGiven = NOT_GIVEN,
        n: int | NotGiven = NOT_GIVEN,
        size: Literal["256x256", "512x512", "1024x1024", "1536x1024", "1024x1536", "auto"]
        | NotGiven = NOT_GIVEN,
        response_format: Literal["url", "b64_json"] | NotGiven = NOT_GIVEN,
        user: str | NotGiven = NOT_GIVEN,
        quality: Literal["standard", "low", "medium", "high", "auto"] | NotGiven = NOT_GIVEN,
        extra_body: Mapping[str, Any] | None = None,
        options: RequestOptions | None = None,
    ) -> _models.ImagesResponse:
        """图像编辑 / edit image

        ``POST /v1/images/edits``

        图像编辑 (OpenAI-compatible). multipart/form-data; `image` is one file or an array of files (gpt-image-1, up to 16).

        Args:
            image: 要编辑的图像。必须是支持的图像文件或图像数组。 对于 gpt-image-1,每个图像应为小于25MB的 png、webp 或 jpg 文件。您最多可以提供16张图像。 对于 dall-e-2,您只能提供一张图像,且应为小于4MB的正方形 png 文件。
            prompt: 所需图像的文字描述。dall-e-2的最大长度为1000个字符,gpt-image-1的最大长度为32000个字符。
            mask: 一个额外的图像,其完全透明的区域(例如,alpha为零的地方)表示应编辑image的位置。如果提供了多个图像,掩码将应用于第一个图像。必须是有效的PNG文件,大小小于4MB,并且与image具有相同的尺寸。
            model: 用于图像生成的模型。仅支持 dall-e-2 和 gpt-image-1。默认使用 dall-e-2,除非使用了特定于 gpt-image-1 的参数。(the document's list at the time — another model is warned about and sent, I11)
            n: 要生成的图像数量。必须在1到10之间。
            size: 生成图像的尺寸。对于 gpt-image-1,必须是 1024x1024、1536x1024(横向)、1024x1536(纵向)之一,或 auto(默认值);对于 dall-e-2,必须是 256x256、512x512 或 1024x1024 之一。
            response_format: 生成的图像返回的格式。必须是 url 或 b64_json 之一。URL 在图像生成后仅有效 60 分钟。此参数仅支持 dall-e-2,因为 gpt-image-1 始终返回 base64 编码的图像。
            user: 表示您的终端用户的唯一标识符,有助于 OpenAI 监控和检测滥用行为。
            quality: 将生成的图像质量。high、medium 和 low 仅支持 gpt-image-1。dall-e-2 仅支持 standard 质量。默认值为 auto。
        """
        return await self._client.request(
            "createImageEdit",
            path_params={},
            query={},
            headers={},
            body=_given(
                {
                    "image": image,
                    "prompt": prompt,
                    "mask": mask,
                    "model": model,
                    "n": n,
                    "size": size,
                    "response_format": response_format,
                    "user": user,
                    "quality": quality,
                },
                extra_body,
            ),
            options=options,
            parse=_models.ImagesResponse.model_validate,
        )

    async def generate(
        self,
        *,
        prompt: str,
        model: str | NotGiven = NOT_GIVEN,
        n: int | NotGiven = NOT_GIVEN,
        quality: str | NotGiven = NOT_GIVEN,
        response_format: str | NotGiven = NOT_GIVEN,
        output_format: str | NotGiven = NOT_GIVEN,
        output_compression: int | NotGiven = NOT_GIVEN,
        size: str | NotGiven = NOT_GIVEN,
        moderation: str | NotGiven = NOT_GIVEN,
        background: str | NotGiven = NOT_GIVEN,
        style: str | NotGiven = NOT_GIVEN,
        extra_body: Mapping[str, Any] | None = None,
        options: RequestOptions | None = None,
    ) -> _models.ImagesResponse:
        """图像生成 / generate images

        ``POST /v1/images/generations``

        图像生成 (OpenAI-compatible). The document shows only an example body.
        """
        return await self._client.request(
            "createImage",
            path_params={},
            query={},
            headers={},
            body=_given(
                {
                    "prompt": prompt,
                    "model": model,
                    "n": n,
                    "quality": quality,
                    "response_format": response_format,
                    "output_format": output_format,
                    "output_compression": output_compression,
                    "size": size,
                    "moderation": moderation,
                    "background": background,
                    "style": style,
                },
                extra_body,
            ),
            options=options,
            parse=_models.ImagesResponse.model_validate,
        )

    async def create_variation(
        self,
        *,
        image: FileInput,
        model: str | NotGiven = NOT_GIVEN,
        n: int | NotGiven = NOT_GIVEN,
        response_format: Literal["url", "b64_json"] | NotGiven = NOT_GIVEN,
        size: Literal["256x256", "512x512", "1024x1024"] | NotGiven = NOT_GIVEN,
        extra_body: Mapping[str, Any] | None = None,
        options: RequestOptions | None = None,
    ) -> _models.ImagesResponse:
        """图像变体 / create image variation

        ``POST /v1/images/variations``

        图像变体 (OpenAI-compatible), multipart/form-data.

        Args:
            image: 用于变体的基础图像。必须是有效的PNG文件,大小小于4MB,且为正方形。
            model: 用于图像生成的模型。目前仅支持 dall-e-2。(currently only — another model is warned about and sent)
            n: 要生成的图像数量。必须在1到10之间。
            response_format: 返回生成的图像的格式。必须是 url 或 b64_json 之一。URL 仅在图像生成后 60 分钟内有效。
            size: 生成的图像大小。必须是以下之一:256x256、512x512或1024x1024。
        """
        return await self._client.request(
            "createImageVariation",
            path_params={},
            query={},
            headers={},
            body=_given(
                {
                    "image": image,
                    "model": model,
                    "n": n,
                    "response_format": response_format,
                    "size": size,
                },
                extra_body,
            ),
            options=options,
            parse=_models.ImagesResponse.model_validate,
        )


class ModerationsResource:
    """Operations under ``client.moderations``."""

    def __init__(self, client: SyncClient) -> None:
        self._client = client

    def create(
        self,
        *,
        input: str | list[str],
        model: str | NotGiven = NOT_GIVEN,
        extra_body: Mapping[str, Any] | None = None,
        options: RequestOptions | None = None,
    ) -> _models.ModerationResponse:
        """审核 / create moderation

        ``POST /v1/moderations``

        审核 (OpenAI-compatible moderations). The document shows only an example body.

        Args:
            input: The document's example is a string; the array form is inference I2.
        """
        return self._client.request(
            "createModeration",
            path_params={},
            query={},
            headers={},
            body=_given(
                {
                    "input": input,
                    "model": model,
                },
                extra_body,
            ),
            options=options,
            parse=_models.ModerationResponse.model_validate,
        )


class AsyncModerationsResource:
    """Operations under ``client.moderations``."""

    def __init__(self, client: AsyncClient) -> None:
        self._client = client

    async def create(
        self,
        *,
        input: str | list[str],
        model: str | NotGiven = NOT_GIVEN,
        extra_body: Mapping[str, Any] | None = None,
        options: RequestOptions | None = None,
    ) -> _models.ModerationResponse:
        """审核 / create moderation

        ``POST /v1/moderations``

        审核 (OpenAI-compatible moderations). The document shows only an example body.

        Args:
            input: The document's example is a string; the array form is inference I2.
        """
        return await self._client.request(
            "createModeration",
            path_params={},
            query={},
            headers={},
            body=_given(
                {
                    "input": input,
                    "model": model,
                },
                extra_body,
            ),
            options=options,
            parse=_models.ModerationResponse.model_validate,
        )


class ResponsesResource:
    """Operations under ``client.responses``."""

    def __init__(self, client: SyncClient) -> None:
        self._client = client

    @overload
    def create(
        self,
        *,
        model: str,
        metadata: dict[str, str] | NotGiven = NOT_GIVEN,
        temperature: float | NotGiven = NOT_GIVEN,
        top_p: float | NotGiven = NOT_GIVEN,
        user: str | NotGiven = NOT_GIVEN,
        service_tier: str | NotGiven = NOT_GIVEN,
        previous_response_id: str | NotGiven = NOT_GIVEN,
        reasoning: _models.ResponseReasoning | Mapping[str, Any] | NotGiven = NOT_GIVEN,
        max_output_tokens: int | NotGiven = NOT_GIVEN,
        instructions: str | NotGiven = NOT_GIVEN,
        text: _models.ResponseTextConfig | Mapping[str, Any] | NotGiven = NOT_GIVEN,
        tools: list[_models.ResponseTool | Mapping[str, Any]] | NotGiven = NOT_GIVEN,
        tool_choice: str | dict[str, Any] | NotGiven = NOT_GIVEN,
        truncation: str | NotGiven = NOT_GIVEN,
        input: str | list[dict[str, Any]] | NotGiven = NOT_GIVEN,
        include: list[str] | NotGiven = NOT_GIVEN,
        parallel_tool_calls: bool | NotGiven = NOT_GIVEN,
        store: bool | NotGiven = NOT_GIVEN,
        stream: Literal[False] | NotGiven = NOT_GIVEN,
        extra_body: Mapping[str, Any] | None = None,
        options: RequestOptions | None = None,
    ) -> _models.ResponseObject: ...

    @overload
    def create(
        self,
        *,
        model: str,
        metadata: dict[str, str] | NotGiven = NOT_GIVEN,
        temperature: float | NotGiven = NOT_GIVEN,
        top_p: float | NotGiven = NOT_GIVEN,
        user: str | NotGiven = NOT_GIVEN,
        service_tier: str | NotGiven = NOT_GIVEN,
        previous_response_id: str | NotGiven = NOT_GIVEN,
        reasoning: _models.ResponseReasoning | Mapping[str, Any] | NotGiven = NOT_GIVEN,
        max_output_tokens: int | NotGiven = NOT_GIVEN,
        instructions: str | NotGiven = NOT_GIVEN,
        text: _models.ResponseTextConfig | Mapping[str, Any] | NotGiven = NOT_GIVEN,
        tools: list[_models.ResponseTool | Mapping[str, Any]] | NotGiven = NOT_GIVEN,
        tool_choice: str | dict[str, Any] | NotGiven = NOT_GIVEN,
        truncation: str | NotGiven = NOT_GIVEN,
        input: str | list[dict[str, Any]] | NotGiven = NOT_GIVEN,
        include: list[str] | NotGiven = NOT_GIVEN,
        parallel_tool_calls: bool | NotGiven = NOT_GIVEN,
        store: bool | NotGiven = NOT_GIVEN,
        stream: Literal[True],
        extra_body: Mapping[str, Any] | None = None,
        options: RequestOptions | None = None,
    ) -> Stream[_models.ResponseStreamEvent]: ...

    def create(
        self,
        *,
        model: str,
        metadata: dict[str, str] | NotGiven = NOT_GIVEN,
        temperature: float | NotGiven = NOT_GIVEN,
        top_p: float | NotGiven = NOT_GIVEN,
        user: str | NotGiven = NOT_GIVEN,
        service_tier: str | NotGiven = NOT_GIVEN,
        previous_response_id: str | NotGiven = NOT_GIVEN,
        reasoning: _models.ResponseReasoning | Mapping[str, Any] | NotGiven = NOT_GIVEN,
        max_output_tokens: int | NotGiven = NOT_GIVEN,
        instructions: str | NotGiven = NOT_GIVEN,
        text: _models.ResponseTextConfig | Mapping[str, Any] | NotGiven = NOT_GIVEN,
        tools: list[_models.ResponseTool | Mapping[str, Any]] | NotGiven = NOT_GIVEN,
        tool_choice: str | dict[str, Any] | NotGiven = NOT_GIVEN,
        truncation: str | NotGiven = NOT_GIVEN,
        input: str | list[dict[str, Any]] | NotGiven = NOT_GIVEN,
        include: list[str] | NotGiven = NOT_GIVEN,
        parallel_tool_calls: bool | NotGiven = NOT_GIVEN,
        store: bool | NotGiven = NOT_GIVEN,
        stream: bool | NotGiven = NOT_GIVEN,
        extra_body: Mapping[str, Any] | None = None,
        options: RequestOptions | None = None,
    ) -> _models.ResponseObject | Stream[_models.ResponseStreamEvent]:
        """response / create response

        ``POST /v1/responses``

        OpenAI-compatible Responses API (heading "response"). The document shows only an example body.

        Args:
            metadata: 键值对元数据 / string key-value metadata ({additionalProperties: string} in the document).
            tool_choice: The document shows a string; the object form is inference I2.
            input: The document's example is a string; the array (input items) form is inference I2.
        """
        if stream is True:
            return self._client.stream(
                "createResponse",
                path_params={},
                query={},
                headers={},
                body=_given(
                    {
                        "model": model,
                        "metadata": metadata,
                        "temperature": temperature,
                        "top_p": top_p,
                        "user": user,
                        "service_tier": service_tier,
                        "previous_response_id": previous_response_id,
                        "reasoning": reasoning,
                        "max_output_tokens": max_output_tokens,
                        "instructions": instructions,
                        "text": text,
                        "tools": tools,
                        "tool_choice": tool_choice,
                        "truncation": truncation,
                        "input": input,
                        "include": include,
                        "parallel_tool_calls": parallel_tool_calls,
                        "store": store,
                        "stream": stream,
                    },
                    extra_body,
                ),
                options=options,
                parse=_models.ResponseStreamEvent.model_validate,
            )

        return self._client.request(
            "createResponse",
            path_params={},
            query={},
            headers={},
            body=_given(
                {
                    "model": model,
                    "metadata": metadata,
                    "temperature": temperature,
                    "top_p": top_p,
                    "user": user,
                    "service_tier": service_tier,
                    "previous_response_id": previous_response_id,
                    "reasoning": reasoning,
                    "max_output_tokens": max_output_tokens,
                    "instructions": instructions,
                    "text": text,
                    "tools": tools,
                    "tool_choice": tool_choice,
                    "truncation": truncation,
                    "input": input,
                    "include": include,
                    "parallel_tool_calls": parallel_tool_calls,
                    "store": store,
                    "stream": stream,
                },
                extra_body,
            ),
            options=options,
            parse=_models.ResponseObject.model_validate,
        )


class AsyncResponsesResource:
    """Operations under ``client.responses``."""

    def __init__(self, client: AsyncClient) -> None:
        self._client = client

    @overload
    async def create(
        self,
        *,
        model: str,
        metadata: dict[str, str] | NotGiven = NOT_GIVEN,
        temperature: float | NotGiven = NOT_GIVEN,
        top_p: float | NotGiven = NOT_GIVEN,
        user: str | NotGiven = NOT_GIVEN,
        service_tier: str | NotGiven = NOT_GIVEN,
        previous_response_id: str | NotGiven = NOT_GIVEN,
        reasoning: _models.ResponseReasoning | Mapping[str, Any] | NotGiven = NOT_GIVEN,
        max_output_tokens: int | NotGiven = NOT_GIVEN,
        instructions: str | NotGiven = NOT_GIVEN,
        text: _models.ResponseTextConfig | Mapping[str, Any] | NotGiven = NOT_GIVEN,
        tools: list[_models.ResponseTool | Mapping[str, Any]] | NotGiven = NOT_GIVEN,
        tool_choice: str | dict[str, Any] | NotGiven = NOT_GIVEN,
        truncation: str | NotGiven = NOT_GIVEN,
        input: str | list[dict[str, Any]] | NotGiven = NOT_GIVEN,
        include: list[str] | NotGiven = NOT_GIVEN,
        parallel_tool_calls: bool | NotGiven = NOT_GIVEN,
        store: bool | NotGiven = NOT_GIVEN,
        stream: Literal[False] | NotGiven = NOT_GIVEN,
        extra_body: Mapping[str, Any] | None = None,
        options: RequestOptions | None = None,
    ) -> _models.ResponseObject: ...

    @overload
    async def create(
        self,
        *,
        model: str,
        metadata: dict[str, str] | NotGiven = NOT_GIVEN,
        temperature: float | NotGiven = NOT_GIVEN,
        top_p: float | NotGiven = NOT_GIVEN,
        user: str | NotGiven = NOT_GIVEN,
        service_tier: str | NotGiven = NOT_GIVEN,
        previous_response_id: str | NotGiven = NOT_GIVEN,
        reasoning: _models.ResponseReasoning | Mapping[str, Any] | NotGiven = NOT_GIVEN,
        max_output_tokens: int | NotGiven = NOT_GIVEN,
        instructions: str | NotGiven = NOT_GIVEN,
        text: _models.ResponseTextConfig | Mapping[str, Any] | NotGiven = NOT_GIVEN,
        tools: list[_models.ResponseTool | Mapping[str, Any]] | NotGiven = NOT_GIVEN,
        tool_choice: str | dict[str, Any] | NotGiven = NOT_GIVEN,
        truncation: str | NotGiven = NOT_GIVEN,
        input: str | list[dict[str, Any]] | NotGiven = NOT_GIVEN,
        include: list[str] | NotGiven = NOT_GIVEN,
        parallel_tool_calls: bool | NotGiven = NOT_GIVEN,
        store: bool | NotGiven = NOT_GIVEN,
        stream: Literal[True],
        extra_body: Mapping[str, Any] | None = None,
        options: RequestOptions | None = None,
    ) -> AsyncStream[_models.ResponseStreamEvent]: ...

    async def create(
        self,
        *,
        model: str,
        metadata: dict[str, str] | NotGiven = NOT_GIVEN,
        temperature: float | NotGiven = NOT_GIVEN,
        top_p: float | NotGiven = NOT_GIVEN,
        user: str | NotGiven = NOT_GIVEN,
        service_tier: str | NotGiven = NOT_GIVEN,
        previous_response_id: str | NotGiven = NOT_GIVEN,
        reasoning: _models.ResponseReasoning | Mapping[str, Any] | NotGiven = NOT_GIVEN,
        max_output_tokens: int | NotGiven = NOT_GIVEN,
        instructions: str | NotGiven = NOT_GIVEN,
        text: _models.ResponseTextConfig | Mapping[str, Any] | NotGiven = NOT_GIVEN,
        tools: list[_models.ResponseTool | Mapping[str, Any]] | NotGiven = NOT_GIVEN,
        tool_choice: str | dict[str, Any] | NotGiven = NOT_GIVEN,
        truncation: str | NotGiven = NOT_GIVEN,
        input: str | list[dict[str, Any]] | NotGiven = NOT_GIVEN,
        include: list[str] | NotGiven = NOT_GIVEN,
        parallel_tool_calls: bool | NotGiven = NOT_GIVEN,
        store: bool | NotGiven = NOT_GIVEN,
        stream: bool | NotGiven = NOT_GIVEN,
        extra_body: Mapping[str, Any] | None = None,
        options: RequestOptions | None = None,
    ) -> _models.ResponseObject | AsyncStream[_models.ResponseStreamEvent]:
        """response / create response

        ``POST /v1/responses``

        OpenAI-compatible Responses API (heading "response"). The document shows only an example body.

        Args:
            metadata: 键值对元数据 / string key-value metadata ({additionalProperties: string} in the document).
            tool_choice: The document shows a string; the object form is inference I2.
            input: The document's example is a string; the array (input items) form is inference I2.
        """
        if stream is True:
            return await self._client.stream(
                "createResponse",
                path_params={},
                query={},
                headers={},
                body=_given(
                    {
                        "model": model,
                        "metadata": metadata,
                        "temperature": temperature,
                        "top_p": top_p,
                        "user": user,
                        "service_tier": service_tier,
                        "previous_response_id": previous_response_id,
                        "reasoning": reasoning,
                        "max_output_tokens": max_output_tokens,
                        "instructions": instructions,
                        "text": text,
                        "tools": tools,
                        "tool_choice": tool_choice,
                        "truncation": truncation,
                        "input": input,
                        "include": include,
                        "parallel_tool_calls": parallel_tool_calls,
                        "store": store,
                        "stream": stream,
                    },
                    extra_body,
                ),
                options=options,
                parse=_models.ResponseStreamEvent.model_validate,
            )

        return await self._client.request(
            "createResponse",
            path_params={},
            query={},
            headers={},
            body=_given(
                {
                    "model": model,
                    "metadata": metadata,
                    "temperature": temperature,
                    "top_p": top_p,
                    "user": user,
                    "service_tier": service_tier,
                    "previous_response_id": previous_response_id,
                    "reasoning": reasoning,
                    "max_output_tokens": max_output_tokens,
                    "instructions": instructions,
                    "text": text,
                    "tools": tools,
                    "tool_choice": tool_choice,
                    "truncation": truncation,
                    "input": input,
                    "include": include,
                    "parallel_tool_calls": parallel_tool_calls,
                    "store": store,
                    "stream": stream,
                },
                extra_body,
            ),
            options=options,
            parse=_models.ResponseObject.model_validate,
        )


class SunoResource:
    """Operations under ``client.suno``."""

    def __init__(self, client: SyncClient) -> None:
        self._client = client

    def submit_music(
        self,
        *,
        continue_at: float | NotGiven = NOT_GIVEN,
        continue_clip_id: str | NotGiven = NOT_GIVEN,
        gpt_description_prompt: str | NotGiven = NOT_GIVEN,
        make_instrumental: bool | NotGiven = NOT_GIVEN,
        mv: str | NotGiven = NOT_GIVEN,
        prompt: str | NotGiven = NOT_GIVEN,
        tags: str | NotGiven = NOT_GIVEN,
        task_id: str | NotGiven = NOT_GIVEN,
        title: str | NotGiven = NOT_GIVEN,
        extra_body: Mapping[str, Any] | None = None,
        download_to: str | os.PathLike[str] | None = None,
        options: RequestOptions | None = None,
    ) -> Task[_models.SunoFetchResponse]:
        """创建音乐 / submit Suno music task

        ``POST /suno/submit/music``

        分为3种模式
        灵感模式: 只需要提交以下参数 gpt_description_prompt, make_instrumental, mv — Suno 会自动生成 歌词、标题、风格标签
        自定义模式: 需要提交参数 prompt, title, tags, make_instrumental, mv
        (The document announces 3 modes but describes only these two; the third is presumably continuation —
        continue_clip_id / continue_at / task_id — and is not constrained here.)

        Args:
            continue_at: 续写起始时间(秒) / continue from this second of continue_clip_id.
            continue_clip_id: 续写的歌曲 ID / clip to continue.
            gpt_description_prompt: 灵感模式的描述 / inspiration-mode description; Suno generates lyrics, title and tags.
            make_instrumental: 是否纯音乐 / instrumental only.
            mv: Suno model id (e.g. chirp-v3-5). [INFER] The document gives mv no description; "model version" is our reading of the values, not a stated fact.
            prompt: 自定义模式的歌词 / custom-mode lyrics.
            tags: 风格标签 / style tags (custom mode).
            task_id: 任务ID / task id (continuation).
            title: 标题 / title (custom mode).
        """
        return self._client.submit_task(
            "sunoSubmitMusic",
            path_params={},
            query={},
            headers={},
            body=_given(
                {
                    "continue_at": continue_at,
                    "continue_clip_id": continue_clip_id,
                    "gpt_description_prompt": gpt_description_prompt,
                    "make_instrumental": make_instrumental,
                    "mv": mv,
                    "prompt": prompt,
                    "tags": tags,
                    "task_id": task_id,
                    "title": title,
                },
                extra_body,
            ),
            options=options,
            download_to=download_to,
            parse=_models.SunoFetchResponse.model_validate,
        )

    def submit_lyrics(
        self,
        *,
        prompt: str,
        extra_body: Mapping[str, Any] | None = None,
        download_to: str | os.PathLike[str] | None = None,
        options: RequestOptions | None = None,
    ) -> Task[_models.SunoFetchResponse]:
        """创建歌词 / submit Suno lyrics task

        ``POST /suno/submit/lyrics``

        创建歌词. doc-003 has only this heading (no path, no body). Path and body from new-api (action LYRICS, `prompt` required; new-api-calcium relay/channel/task/suno/adaptor.go actionValidate). The task's result is data.data = {id, text, title, status}.

        Args:
            prompt: 歌词主题描述 / what the lyrics should be about.
        """
        return self._client.submit_task(
            "sunoSubmitLyrics",
            path_params={},
            query={},
            headers={},
            body=_given(
                {
                    "prompt": prompt,
                },
                extra_body,
            ),
            options=options,
            download_to=download_to,
            parse=_models.SunoFetchResponse.model_validate,
        )

    def fetch_many(
        self,
        *,
        action: str | NotGiven = NOT_GIVEN,
        ids: list[str] | NotGiven = NOT_GIVEN,
        extra_body: Mapping[str, Any] | None = None,
        options: RequestOptions | None = None,
    ) -> _models.SunoFetchManyResponse:
        """批量获取任务 / fetch Suno tasks in batch

        ``POST /suno/submit/fetch``

        批量获取任务 — returns the tasks with the given ids.

        Args:
            action: 任务类型 / task action (e.g. MUSIC, LYRICS in new-api).
            ids: 任务ID列表 / task ids.
        """
        return self._client.request(
            "sunoFetchMany",
            path_params={},
            query={},
            headers={},
            body=_given(
                {
                    "action": action,
                    "ids": ids,
                },
                extra_body,
            ),
            options=options,
            parse=_models.SunoFetchManyResponse.model_validate,
        )

    def fetch(
        self,
        *,
        task_id: str,
        options: RequestOptions | None = None,
    ) -> _models.SunoFetchResponse:
        """查询单个任务 / fetch one Suno task

        ``GET /suno/submit/fetch/{task_id}``

        查询单个任务. Task status (data.status): NOT_START, SUBMITTED, QUEUED, IN_PROGRESS, FAILURE, SUCCESS, UNKNOWN (new-api model/task.go); progress is a percent string. Music tasks: data.data = [clip] (audio_url, video_url, image_url, image_large_url; clip status e.g. streaming, complete). Lyrics tasks: data.data = {id, text, title, status} (the document's example).

        Args:
            task_id: 任务ID / task id.
        """
        return self._client.request(
            "sunoFetch",
            path_params={
                "task_id": task_id,
            },
            query={},
            headers={},
            body=None,
            options=options,
            parse=_models.SunoFetchResponse.model_validate,
        )


class AsyncSunoResource:
    """Operations under ``client.suno``."""

    def __init__(self, client: AsyncClient) -> None:
        self._client = client

    async def submit_music(
        self,
        *,
        continue_at: float | NotGiven = NOT_GIVEN,
        continue_clip_id: str | NotGiven = NOT_GIVEN,
        gpt_description_prompt: str | NotGiven = NOT_GIVEN,
        make_instrumental: bool | NotGiven = NOT_GIVEN,
        mv: str | NotGiven = NOT_GIVEN,
        prompt: str | NotGiven = NOT_GIVEN,
        tags: str | NotGiven = NOT_GIVEN,
        task_id: str | NotGiven = NOT_GIVEN,
        title: str | NotGiven = NOT_GIVEN,
        extra_body: Mapping[str, Any] | None = None,
        download_to: str | os.PathLike[str] | None = None,
        options: RequestOptions | None = None,
    ) -> AsyncTask[_models.SunoFetchResponse]:
        """创建音乐 / submit Suno music task

        ``POST /suno/submit/music``

        分为3种模式
        灵感模式: 只需要提交以下参数 gpt_description_prompt, make_instrumental, mv — Suno 会自动生成 歌词、标题、风格标签
        自定义模式: 需要提交参数 prompt, title, tags, make_instrumental, mv
        (The document announces 3 modes but describes only these two; the third is presumably continuation —
        continue_clip_id / continue_at / task_id — and is not constrained here.)

        Args:
            continue_at: 续写起始时间(秒) / continue from this second of continue_clip_id.
            continue_clip_id: 续写的歌曲 ID / clip to continue.
            gpt_description_prompt: 灵感模式的描述 / inspiration-mode description; Suno generates lyrics, title and tags.
            make_instrumental: 是否纯音乐 / instrumental only.
            mv: Suno model id (e.g. chirp-v3-5). [INFER] The document gives mv no description; "model version" is our reading of the values, not a stated fact.
            prompt: 自定义模式的歌词 / custom-mode lyrics.
            tags: 风格标签 / style tags (custom mode).
            task_id: 任务ID / task id (continuation).
            title: 标题 / title (custom mode).
        """
        return await self._client.submit_task(
            "sunoSubmitMusic",
            path_params={},
            query={},
            headers={},
            body=_given(
                {
                    "continue_at": continue_at,
                    "continue_clip_id": continue_clip_id,
                    "gpt_description_prompt": gpt_description_prompt,
                    "make_instrumental": make_instrumental,
                    "mv": mv,
                    "prompt": prompt,
                    "tags": tags,
                    "task_id": task_id,
                    "title": title,
                },
                extra_body,
            ),
            options=options,
            download_to=download_to,
            parse=_models.SunoFetchResponse.model_validate,
        )

    async def submit_lyrics(
        self,
        *,
        prompt: str,
        extra_body: Mapping[str, Any] | None = None,
        download_to: str | os.PathLike[str] | None = None,
        options: RequestOptions | None = None,
    ) -> AsyncTask[_models.SunoFetchResponse]:
        """创建歌词 / submit Suno lyrics task

        ``POST /suno/submit/lyrics``

        创建歌词. doc-003 has only this heading (no path, no body). Path and body from new-api (action LYRICS, `prompt` required; new-api-calcium relay/channel/task/suno/adaptor.go actionValidate). The task's result is data.data = {id, text, title, status}.

        Args:
            prompt: 歌词主题描述 / what the lyrics should be about.
        """
        return await self._client.submit_task(
            "sunoSubmitLyrics",
            path_params={},
            query={},
            headers={},
            body=_given(
                {
                    "prompt": prompt,
                },
                extra_body,
            ),
            options=options,
            download_to=download_to,
            parse=_models.SunoFetchResponse.model_validate,
        )

    async def fetch_many(
        self,
        *,
        action: str | NotGiven = NOT_GIVEN,
        ids: list[str] | NotGiven = NOT_GIVEN,
        extra_body: Mapping[str, Any] | None = None,
        options: RequestOptions | None = None,
    ) -> _models.SunoFetchManyResponse:
        """批量获取任务 / fetch Suno tasks in batch

        ``POST /suno/submit/fetch``

        批量获取任务 — returns the tasks with the given ids.

        Args:
            action: 任务类型 / task action (e.g. MUSIC, LYRICS in new-api).
            ids: 任务ID列表 / task ids.
        """
        return await self._client.request(
            "sunoFetchMany",
            path_params={},
            query={},
            headers={},
            body=_given(
                {
                    "action": action,
                    "ids": ids,
                },
                extra_body,
            ),
            options=options,
            parse=_models.SunoFetchManyResponse.model_validate,
        )

    async def fetch(
        self,
        *,
        task_id: str,
        options: RequestOptions | None = None,
    ) -> _models.SunoFetchResponse:
        """查询单个任务 / fetch one Suno task

        ``GET /suno/submit/fetch/{task_id}``

        查询单个任务. Task status (data.status): NOT_START, SUBMITTED, QUEUED, IN_PROGRESS, FAILURE, SUCCESS, UNKNOWN (new-api model/task.go); progress is a percent string. Music tasks: data.data = [clip] (audio_url, video_url, image_url, image_large_url; clip status e.g. streaming, complete). Lyrics tasks: data.data = {id, text, title, status} (the document's example).

        Args:
            task_id: 任务ID / task id.
        """
        return await self._client.request(
            "sunoFetch",
            path_params={
                "task_id": task_id,
            },
            query={},
            headers={},
            body=None,
            options=options,
            parse=_models.SunoFetchResponse.model_validate,
        )


class UdioResource:
    """Operations under ``client.udio``."""

    def __init__(self, client: SyncClient) -> None:
        self._client = client

    def submit_music(
        self,
        *,
        gen_params: _models.UdioGenParams | Mapping[str, Any],
        extra_body: Mapping[str, Any] | None = None,
        download_to: str | os.PathLike[str] | None = None,
        options: RequestOptions | None = None,
    ) -> Task[_models.UdioFetchResponse]:
        """创建音乐 / submit Udio music task

        ``POST /udio/submit/music``

        创建音乐 (Udio). Returns {code, message, data} with the task id in data.

        Args:
            gen_params: Udio 生成参数 / generation parameters (types from the document's example).
        """
        return self._client.submit_task(
            "udioSubmitMusic",
            path_params={},
            query={},
            headers={},
            body=_given(
                {
                    "gen_params": gen_params,
                },
                extra_body,
            ),
            options=options,
            download_to=download_to,
            parse=_models.UdioFetchResponse.model_validate,
        )

    def fetch(
        self,
        *,
        task_id: str,
        options: RequestOptions | None = None,
    ) -> _models.UdioFetchResponse:
        """查询任务 / fetch Udio task

        ``GET /udio/fetch/{task_id}``

        查询任务 (Udio). Songs in data.songs[] (song_path, image_path).

        Args:
            task_id: 任务ID
        """
        return self._client.request(
            "udioFetch",
            path_params={
                "task_id": task_id,
            },
            query={},
            headers={},
            body=None,
            options=options,
            parse=_models.UdioFetchResponse.model_validate,
        )


class AsyncUdioResource:
    """Operations under ``client.udio``."""

    def __init__(self, client: AsyncClient) -> None:
        self._client = client

    async def submit_music(
        self,
        *,
        gen_params: _models.UdioGenParams | Mapping[str, Any],
        extra_body: Mapping[str, Any] | None = None,
        download_to: str | os.PathLike[str] | None = None,
        options: RequestOptions | None = None,
    ) -> AsyncTask[_models.UdioFetchResponse]:
        """创建音乐 / submit Udio music task

        ``POST /udio/submit/music``

        创建音乐 (Udio). Returns {code, message, data} with the task id in data.

        Args:
            gen_params: Udio 生成参数 / generation parameters (types from the document's example).
        """
        return await self._client.submit_task(
            "udioSubmitMusic",
            path_params={},
            query={},
            headers={},
            body=_given(
                {
                    "gen_params": gen_params,
                },
                extra_body,
            ),
            options=options,
            download_to=download_to,
            parse=_models.UdioFetchResponse.model_validate,
        )

    async def fetch(
        self,
        *,
        task_id: str,
        options: RequestOptions | None = None,
    ) -> _models.UdioFetchResponse:
        """查询任务 / fetch Udio task

        ``GET /udio/fetch/{task_id}``

        查询任务 (Udio). Songs in data.songs[] (song_path, image_path).

        Args:
            task_id: 任务ID
        """
        return await self._client.request(
            "udioFetch",
            path_params={
                "task_id": task_id,
            },
            query={},
            headers={},
            body=None,
            options=options,
            parse=_models.UdioFetchResponse.model_validate,
        )


class MidjourneyResource:
    """Operations under ``client.midjourney``."""

    def __init__(self, client: SyncClient) -> None:
        self._client = client

    def imagine(
        self,
        *,
        prompt: str,
        base64_array: list[str] | NotGiven = NOT_GIVEN,
        bot_type: Literal["MID_JOURNEY", "NIJI_JOURNEY"] | NotGiven = NOT_GIVEN,
        notify_hook: str | NotGiven = NOT_GIVEN,
        state: str | NotGiven = NOT_GIVEN,
        extra_body: Mapping[str, Any] | None = None,
        download_to: str | os.PathLike[str] | None = None,
        options: RequestOptions | None = None,
    ) -> Task[_models.MidjourneyTask]:
        """提交Imagine任务(文生图、文图生图) / submit imagine

        ``POST /mj/submit/imagine``

        提交Imagine任务(文生图、文图生图). doc-003 has only the heading; body from midjourney-proxy (facts §6).

        Args:
            prompt: 提示词 / prompt.
            base64_array: 垫图 base64 数组 / reference images as base64 data URLs (data:image/png;base64,...).
            bot_type: bot 类型 / bot type (mj-proxy SubmitImagineDTO; trueai SubmitImagineDTO.cs).
            notify_hook: 回调地址 / callback URL.
            state: 自定义参数 / custom state.
        """
        return self._client.submit_task(
            "mjImagine",
            path_params={},
            query={},
            headers={},
            body=_given(
                {
                    "prompt": prompt,
                    "base64Array": base64_array,
                    "botType": bot_type,
                    "notifyHook": notify_hook,
                    "state": state,
                },
                extra_body,
            ),
            options=options,
            download_to=download_to,
            parse=_models.MidjourneyTask.model_validate,
        )

    def blend(
        self,
        *,
        base64_array: list[str],
        dimensions: Literal["PORTRAIT", "SQUARE", "LANDSCAPE"] | NotGiven = NOT_GIVEN,
        bot_type: Literal["MID_JOURNEY", "NIJI_JOURNEY"] | NotGiven = NOT_GIVEN,
        notify_hook: str | NotGiven = NOT_GIVEN,
        state: str | NotGiven = NOT_GIVEN,
        extra_body: Mapping[str, Any] | None = None,
        download_to: str | os.PathLike[str] | None = None,
        options: RequestOptions | None = None,
    ) -> Task[_models.MidjourneyTask]:
        """提交Blend任务(图生图) / submit blend

        ``POST /mj/submit/blend``

        提交Blend任务(图生图). doc-003 has only the heading; body from midjourney-proxy (facts §6).

        Args:
            base64_array: 图片 base64 数组, 2～5 张 / 2–5 images as base64 data URLs.
            dimensions: 比例 / aspect: PORTRAIT(2:3), SQUARE(1:1), LANDSCAPE(3:2).
            bot_type: bot 类型 / bot type (mj-proxy SubmitImagineDTO; trueai SubmitImagineDTO.cs).
            notify_hook: 回调地址 / callback URL.
            state: 自定义参数 / custom state.
        """
        return self._client.submit_task(
            "mjBlend",
            path_params={},
            query={},
            headers={},
            body=_given(
                {
                    "base64Array": base64_array,
                    "dimensions": dimensions,
                    "botType": bot_type,
                    "notifyHook": notify_hook,
                    "state": state,
                },
                extra_body,
            ),
            options=options,
            download_to=download_to,
            parse=_models.MidjourneyTask.model_validate,
        )

    def describe(
        self,
        *,
        base64: str,
        bot_type: Literal["MID_JOURNEY", "NIJI_JOURNEY"] | NotGiven = NOT_GIVEN,
        notify_hook: str | NotGiven = NOT_GIVEN,
        state: str | NotGiven = NOT_GIVEN,
        extra_body: Mapping[str, Any] | None = None,
        download_to: str | os.PathLike[str] | None = None,
        options: RequestOptions | None = None,
    ) -> Task[_models.MidjourneyTask]:
        """提交Describe任务(图生文) / submit describe

        ``POST /mj/submit/describe``

        提交Describe任务(图生文). doc-003 has only the heading; body from midjourney-proxy (facts §6). The text is in the finished task's properties.finalPrompt / finalZhPrompt.

        Args:
            base64: 图片 base64 (data URL, data:image/png;base64,...).
            bot_type: bot 类型 / bot type (mj-proxy SubmitImagineDTO; trueai SubmitImagineDTO.cs).
            notify_hook: 回调地址 / callback URL.
            state: 自定义参数 / custom state.
        """
        return self._client.submit_task(
            "mjDescribe",
            path_params={},
            query={},
            headers={},
            body=_given(
                {
                    "base64": base64,
                    "botType": bot_type,
                    "notifyHook": notify_hook,
                    "state": state,
                },
                extra_body,
            ),
            options=options,
            download_to=download_to,
            parse=_models.MidjourneyTask.model_validate,
        )

    def change(
        self,
        *,
        action: Literal["UPSCALE", "VARIATION", "REROLL"],
        task_id: str,
        index: int | NotGiven = NOT_GIVEN,
        notify_hook: str | NotGiven = NOT_GIVEN,
        state: str | NotGiven = NOT_GIVEN,
        extra_body: Mapping[str, Any] | None = None,
        download_to: str | os.PathLike[str] | None = None,
        options: RequestOptions | None = None,
    ) -> Task[_models.MidjourneyTask]:
        """绘图变化(UPSCALE; VARIATION; REROLL) / submit change

        ``POST /mj/submit/change``

        绘图变化(UPSCALE; VARIATION; REROLL). index 1–4 is required unless action is REROLL.

        Args:
            action: 动作 / UPSCALE (放大), VARIATION (变换), REROLL (重新生成).
            task_id: 任务ID / id of the task whose image is changed.
            index: 序号 1～4; action 为 UPSCALE、VARIATION 时必传 / image index 1–4, required unless action is REROLL.
            notify_hook: 回调地址 / callback URL.
            state: 自定义参数 / custom state.
        """
        return self._client.submit_task(
            "mjChange",
            path_params={},
            query={},
            headers={},
            body=_given(
                {
                    "action": action,
                    "taskId": task_id,
                    "index": index,
                    "notifyHook": notify_hook,
                    "state": state,
                },
                extra_body,
            ),
            options=options,
            download_to=download_to,
            parse=_models.MidjourneyTask.model_validate,
        )

    def simple_change(
        self,
        *,
        content: str,
        notify_hook: str | NotGiven = NOT_GIVEN,
        state: str | NotGiven = NOT_GIVEN,
        extra_body: Mapping[str, Any] | None = None,
        download_to: str | os.PathLike[str] | None = None,
        options: RequestOptions | None = None,
    ) -> Task[_models.MidjourneyTask]:
        """绘图变化-simple(UPSCALE; VARIATION; REROLL) / submit simple change

        ``POST /mj/submit/simple-change``

        绘图变化-simple(UPSCALE; VARIATION; REROLL). doc-003 has only the heading; body from midjourney-proxy: content "<taskId> U1–U4|V1–V4|R".

        Args:
            content: 变化描述: "<taskId> <动作>", 动作为 U1–U4, V1–V4 或 R / e.g. "1320098173412546 U2".
            notify_hook: 回调地址 / callback URL.
            state: 自定义参数 / custom state.
        """
        return self._client.submit_task(
            "mjSimpleChange",
            path_params={},
            query={},
            headers={},
            body=_given(
                {
                    "content": content,
                    "notifyHook": notify_hook,
                    "state": state,
                },
                extra_body,
            ),
            options=options,
            download_to=download_to,
            parse=_models.MidjourneyTask.model_validate,
        )

    def action(
        self,
        *,
        task_id: str,
        custom_id: str,
        notify_hook: str | NotGiven = NOT_GIVEN,
        state: str | NotGiven = NOT_GIVEN,
        extra_body: Mapping[str, Any] | None = None,
        download_to: str | os.PathLike[str] | None = None,
        options: RequestOptions | None = None,
    ) -> Task[_models.MidjourneyTask]:
        """执行动作(所有的关联按钮动作UPSCALE; VARIATION; REROLL; ZOOM等) / submit action

        ``POST /mj/submit/action``

        执行动作(所有的关联按钮动作UPSCALE; VARIATION; REROLL; ZOOM等). doc-003 has only the heading; body from midjourney-proxy-plus: taskId + customId (a button's customId). Some actions lead to status MODAL.

        Args:
            task_id: 任务ID / id of the task whose button is pressed.
            custom_id: 动作标识, 取自任务的 buttons[].customId / the button's customId from the task's buttons[].
            notify_hook: 回调地址 / callback URL.
            state: 自定义参数 / custom state.
        """
        return self._client.submit_task(
            "mjAction",
            path_params={},
            query={},
            headers={},
            body=_given(
                {
                    "taskId": task_id,
                    "customId": custom_id,
                    "notifyHook": notify_hook,
                    "state": state,
                },
                extra_body,
            ),
            options=options,
            download_to=download_to,
            parse=_models.MidjourneyTask.model_validate,
        )

    def modal(
        self,
        *,
        task_id: str,
        prompt: str | NotGiven = NOT_GIVEN,
        mask_base64: str | NotGiven = NOT_GIVEN,
        notify_hook: str | NotGiven = NOT_GIVEN,
        state: str | NotGiven = NOT_GIVEN,
        extra_body: Mapping[str, Any] | None = None,
        download_to: str | os.PathLike[str] | None = None,
        options: RequestOptions | None = None,
    ) -> Task[_models.MidjourneyTask]:
        """提交Modal(提交局部重绘、ZOOM) / submit modal

        ``POST /mj/submit/modal``

        提交Modal(提交局部重绘、ZOOM). doc-003 has only the heading; body from midjourney-proxy-plus. Required when a task is in status MODAL; for CustomZoom the prompt needs --ar and --zoom; maskBase64 for inpainting.

        Args:
            task_id: 任务ID / id of the task in status MODAL.
            prompt: 提示词; CustomZoom 时需包含 --ar 与 --zoom 参数 / for CustomZoom the prompt must carry --ar and --zoom.
            mask_base64: 局部重绘的蒙版 base64 / inpainting mask as base64.
            notify_hook: 回调地址 / callback URL.
            state: 自定义参数 / custom state.
        """
        return self._client.submit_task(
            "mjModal",
            path_params={},
            query={},
            headers={},
            body=_given(
                {
                    "taskId": task_id,
                    "prompt": prompt,
                    "maskBase64": mask_base64,
                    "notifyHook": notify_hook,
                    "state": state,
                },
                extra_body,
            ),
            options=options,
            download_to=download_to,
            parse=_models.MidjourneyTask.model_validate,
        )

    def shorten(
        self,
        *,
        prompt: str,
        bot_type: Literal["MID_JOURNEY", "NIJI_JOURNEY"] | NotGiven = NOT_GIVEN,
        notify_hook: str | NotGiven = NOT_GIVEN,
        state: str | NotGiven = NOT_GIVEN,
        extra_body: Mapping[str, Any] | None = None,
        download_to: str | os.PathLike[str] | None = None,
        options: RequestOptions | None = None,
    ) -> Task[_models.MidjourneyTask]:
        """提交Shorten任务(prompt分析) / submit shorten

        ``POST /mj/submit/shorten``

        提交Shorten任务(prompt分析). doc-003 has only the heading; body from midjourney-proxy-plus. Result in properties.finalPrompt.

        Args:
            prompt: 提示词 / prompt to analyse.
            bot_type: bot 类型 / bot type (mj-proxy SubmitImagineDTO; trueai SubmitImagineDTO.cs).
            notify_hook: 回调地址 / callback URL.
            state: 自定义参数 / custom state.
        """
        return self._client.submit_task(
            "mjShorten",
            path_params={},
            query={},
            headers={},
            body=_given(
                {
                    "prompt": prompt,
                    "botType": bot_type,
                    "notifyHook": notify_hook,
                    "state": state,
                },
                extra_body,
            ),
            options=options,
            download_to=download_to,
            parse=_models.MidjourneyTask.model_validate,
        )

    def swap_face(
        self,
        *,
        source_base64: str,
        target_base64: str,
        account_filter: _models.MidjourneyAccountFilter | Mapping[str, Any] | NotGiven = NOT_GIVEN,
        notify_hook: str | NotGiven = NOT_GIVEN,
        state: str | NotGiven = NOT_GIVEN,
        extra_body: Mapping[str, Any] | None = None,
        download_to: str | os.PathLike[str] | None = None,
        options: RequestOptions | None = None,
    ) -> Task[_models.MidjourneyTask]:
        """提交swap_face任务 / submit face swap

        ``POST /mj/insight-face/swap``

        提交swap_face任务 (换脸).

        Args:
            source_base64: 人脸源图片 base64 / image with the face to use.
            target_base64: 目标图片 base64 / image whose face is replaced.
            account_filter: 账号过滤 / account filter (doc-003, swap_face body).
            notify_hook: 回调地址 / callback URL.
            state: 自定义参数 / custom state.
        """
        return self._client.submit_task(
            "mjSwapFace",
            path_params={},
            query={},
            headers={},
            body=_given(
                {
                    "sourceBase64": source_base64,
                    "targetBase64": target_base64,
                    "accountFilter": account_filter,
                    "notifyHook": notify_hook,
                    "state": state,
                },
                extra_body,
            ),
            options=options,
            download_to=download_to,
            parse=_models.MidjourneyTask.model_validate,
        )

    def upload_discord_images(
        self,
        *,
        base64_array: list[str],
        extra_body: Mapping[str, Any] | None = None,
        options: RequestOptions | None = None,
    ) -> _models.MidjourneyUploadImagesResponse:
        """上传图片 / upload images to Discord

        ``POST /mj/submit/upload-discord-images``

        Upload images (base64Array) and get their URLs in result[]. Named "upload image" in UniAPI's MJ route list (uniapi-apifox-mj); path from new-api. Not a task.

        Args:
            base64_array: 图片 base64 数组 / images as base64 data URLs.
        """
        return self._client.request(
            "mjUploadDiscordImages",
            path_params={},
            query={},
            headers={},
            body=_given(
                {
                    "base64Array": base64_array,
                },
                extra_body,
            ),
            options=options,
            parse=_models.MidjourneyUploadImagesResponse.model_validate,
        )

    def fetch(
        self,
        *,
        id: str,
        options: RequestOptions | None = None,
    ) -> _models.MidjourneyTask:
        """指定ID获取任务 / fetch MJ task

        ``GET /mj/task/{id}/fetch``

        指定ID获取任务. Returns the Task object. For an unknown id the original proxy answers 200 with an empty body; new-api answers 400 {description:"task_no_found", type:"upstream_error", code:4}.

        Args:
            id: 任务ID / task id.
        """
        return self._client.request(
            "mjFetch",
            path_params={
                "id": id,
            },
            query={},
            headers={},
            body=None,
            options=options,
            parse=_models.MidjourneyTask.model_validate,
        )

    def list_by_condition(
        self,
        *,
        ids: list[str],
        extra_body: Mapping[str, Any] | None = None,
        options: RequestOptions | None = None,
    ) -> _models.MidjourneyTaskList:
        """根据ID列表查询任务 / list MJ tasks by ids

        ``POST /mj/task/list-by-condition``

        根据ID列表查询任务.

        Args:
            ids: 任务ID列表 / task ids.
        """
        return self._client.request(
            "mjListByCondition",
            path_params={},
            query={},
            headers={},
            body=_given(
                {
                    "ids": ids,
                },
                extra_body,
            ),
            options=options,
            parse=_models.MidjourneyTaskList.model_validate,
        )

    def image_seed(
        self,
        *,
        id: str,
        options: RequestOptions | None = None,
    ) -> _models.MidjourneyImageSeedResponse:
        """获取任务图片的seed / get image seed

        ``GET /mj/task/{id}/image-seed``

        获取任务图片的seed. result is the seed (code 1 on success).

        Args:
            id: 任务ID / task id.
        """
        return self._client.request(
            "mjImageSeed",
            path_params={
                "id": id,
            },
            query={},
            headers={},
            body=None,
            options=options,
            parse=_models.MidjourneyImageSeedResponse.model_validate,
        )


class AsyncMidjourneyResource:
    """Operations under ``client.midjourney``."""

    def __init__(self, client: AsyncClient) -> None:
        self._client = client

    async def imagine(
        self,
        *,
        prompt: str,
        base64_array: list[str] | NotGiven = NOT_GIVEN,
        bot_type: Literal["MID_JOURNEY", "NIJI_JOURNEY"] | NotGiven = NOT_GIVEN,
        notify_hook: str | NotGiven = NOT_GIVEN,
        state: str | NotGiven = NOT_GIVEN,
        extra_body: Mapping[str, Any] | None = None,
        download_to: str | os.PathLike[str] | None = None,
        options: RequestOptions | None = None,
    ) -> AsyncTask[_models.MidjourneyTask]:
        """提交Imagine任务(文生图、文图生图) / submit imagine

        ``POST /mj/submit/imagine``

        提交Imagine任务(文生图、文图生图). doc-003 has only the heading; body from midjourney-proxy (facts §6).

        Args:
            prompt: 提示词 / prompt.
            base64_array: 垫图 base64 数组 / reference images as base64 data URLs (data:image/png;base64,...).
            bot_type: bot 类型 / bot type (mj-proxy SubmitImagineDTO; trueai SubmitImagineDTO.cs).
            notify_hook: 回调地址 / callback URL.
            state: 自定义参数 / custom state.
        """
        return await self._client.submit_task(
            "mjImagine",
            path_params={},
            query={},
            headers={},
            body=_given(
                {
                    "prompt": prompt,
                    "base64Array": base64_array,
                    "botType": bot_type,
                    "notifyHook": notify_hook,
                    "state": state,
                },
                extra_body,
            ),
            options=options,
            download_to=download_to,
            parse=_models.MidjourneyTask.model_validate,
        )

    async def blend(
        self,
        *,
        base64_array: list[str],
        dimensions: Literal["PORTRAIT", "SQUARE", "LANDSCAPE"] | NotGiven = NOT_GIVEN,
        bot_type: Literal["MID_JOURNEY", "NIJI_JOURNEY"] | NotGiven = NOT_GIVEN,
        notify_hook: str | NotGiven = NOT_GIVEN,
        state: str | NotGiven = NOT_GIVEN,
        extra_body: Mapping[str, Any] | None = None,
        download_to: str | os.PathLike[str] | None = None,
        options: RequestOptions | None = None,
    ) -> AsyncTask[_models.MidjourneyTask]:
        """提交Blend任务(图生图) / submit blend

        ``POST /mj/submit/blend``

        提交Blend任务(图生图). doc-003 has only the heading; body from midjourney-proxy (facts §6).

        Args:
            base64_array: 图片 base64 数组, 2～5 张 / 2–5 images as base64 data URLs.
            dimensions: 比例 / aspect: PORTRAIT(2:3), SQUARE(1:1), LANDSCAPE(3:2).
            bot_type: bot 类型 / bot type (mj-proxy SubmitImagineDTO; trueai SubmitImagineDTO.cs).
            notify_hook: 回调地址 / callback URL.
            state: 自定义参数 / custom state.
        """
        return await self._client.submit_task(
            "mjBlend",
            path_params={},
            query={},
            headers={},
            body=_given(
                {
                    "base64Array": base64_array,
                    "dimensions": dimensions,
                    "botType": bot_type,
                    "notifyHook": notify_hook,
                    "state": state,
                },
                extra_body,
            ),
            options=options,
            download_to=download_to,
            parse=_models.MidjourneyTask.model_validate,
        )

    async def describe(
        self,
        *,
        base64: str,
        bot_type: Literal["MID_JOURNEY", "NIJI_JOURNEY"] | NotGiven = NOT_GIVEN,
        notify_hook: str | NotGiven = NOT_GIVEN,
        state: str | NotGiven = NOT_GIVEN,
        extra_body: Mapping[str, Any] | None = None,
        download_to: str | os.PathLike[str] | None = None,
        options: RequestOptions | None = None,
    ) -> AsyncTask[_models.MidjourneyTask]:
        """提交Describe任务(图生文) / submit describe

        ``POST /mj/submit/describe``

        提交Describe任务(图生文). doc-003 has only the heading; body from midjourney-proxy (facts §6). The text is in the finished task's properties.finalPrompt / finalZhPrompt.

        Args:
            base64: 图片 base64 (data URL, data:image/png;base64,...).
            bot_type: bot 类型 / bot type (mj-proxy SubmitImagineDTO; trueai SubmitImagineDTO.cs).
            notify_hook: 回调地址 / callback URL.
            state: 自定义参数 / custom state.
        """
        return await self._client.submit_task(
            "mjDescribe",
            path_params={},
            query={},
            headers={},
            body=_given(
                {
                    "base64": base64,
                    "botType": bot_type,
                    "notifyHook": notify_hook,
                    "state": state,
                },
                extra_body,
            ),
            options=options,
            download_to=download_to,
            parse=_models.MidjourneyTask.model_validate,
        )

    async def change(
        self,
        *,
        action: Literal["UPSCALE", "VARIATION", "REROLL"],
        task_id: str,
        index: int | NotGiven = NOT_GIVEN,
        notify_hook: str | NotGiven = NOT_GIVEN,
        state: str | NotGiven = NOT_GIVEN,
        extra_body: Mapping[str, Any] | None = None,
        download_to: str | os.PathLike[str] | None = None,
        options: RequestOptions | None = None,
    ) -> AsyncTask[_models.MidjourneyTask]:
        """绘图变化(UPSCALE; VARIATION; REROLL) / submit change

        ``POST /mj/submit/change``

        绘图变化(UPSCALE; VARIATION; REROLL). index 1–4 is required unless action is REROLL.

        Args:
            action: 动作 / UPSCALE (放大), VARIATION (变换), REROLL (重新生成).
            task_id: 任务ID / id of the task whose image is changed.
            index: 序号 1～4; action 为 UPSCALE、VARIATION 时必传 / image index 1–4, required unless action is REROLL.
            notify_hook: 回调地址 / callback URL.
            state: 自定义参数 / custom state.
        """
        return await self._client.submit_task(
            "mjChange",
            path_params={},
            query={},
            headers={},
            body=_given(
                {
                    "action": action,
                    "taskId": task_id,
                    "index": index,
                    "notifyHook": notify_hook,
                    "state": state,
                },
                extra_body,
            ),
            options=options,
            download_to=download_to,
            parse=_models.MidjourneyTask.model_validate,
        )

    async def simple_change(
        self,
        *,
        content: str,
        notify_hook: str | NotGiven = NOT_GIVEN,
        state: str | NotGiven = NOT_GIVEN,
        extra_body: Mapping[str, Any] | None = None,
        download_to: str | os.PathLike[str] | None = None,
        options: RequestOptions | None = None,
    ) -> AsyncTask[_models.MidjourneyTask]:
        """绘图变化-simple(UPSCALE; VARIATION; REROLL) / submit simple change

        ``POST /mj/submit/simple-change``

        绘图变化-simple(UPSCALE; VARIATION; REROLL). doc-003 has only the heading; body from midjourney-proxy: content "<taskId> U1–U4|V1–V4|R".

        Args:
            content: 变化描述: "<taskId> <动作>", 动作为 U1–U4, V1–V4 或 R / e.g. "1320098173412546 U2".
            notify_hook: 回调地址 / callback URL.
            state: 自定义参数 / custom state.
        """
        return await self._client.submit_task(
            "mjSimpleChange",
            path_params={},
            query={},
            headers={},
            body=_given(
                {
                    "content": content,
                    "notifyHook": notify_hook,
                    "state": state,
                },
                extra_body,
            ),
            options=options,
            download_to=download_to,
            parse=_models.MidjourneyTask.model_validate,
        )

    async def action(
        self,
        *,
        task_id: str,
        custom_id: str,
        notify_hook: str | NotGiven = NOT_GIVEN,
        state: str | NotGiven = NOT_GIVEN,
        extra_body: Mapping[str, Any] | None = None,
        download_to: str | os.PathLike[str] | None = None,
        options: RequestOptions | None = None,
    ) -> AsyncTask[_models.MidjourneyTask]:
        """执行动作(所有的关联按钮动作UPSCALE; VARIATION; REROLL; ZOOM等) / submit action

        ``POST /mj/submit/action``

        执行动作(所有的关联按钮动作UPSCALE; VARIATION; REROLL; ZOOM等). doc-003 has only the heading; body from midjourney-proxy-plus: taskId + customId (a button's customId). Some actions lead to status MODAL.

        Args:
            task_id: 任务ID / id of the task whose button is pressed.
            custom_id: 动作标识, 取自任务的 buttons[].customId / the button's customId from the task's buttons[].
            notify_hook: 回调地址 / callback URL.
            state: 自定义参数 / custom state.
        """
        return await self._client.submit_task(
            "mjAction",
            path_params={},
            query={},
            headers={},
            body=_given(
                {
                    "taskId": task_id,
                    "customId": custom_id,
                    "notifyHook": notify_hook,
                    "state": state,
                },
                extra_body,
            ),
            options=options,
            download_to=download_to,
            parse=_models.MidjourneyTask.model_validate,
        )

    async def modal(
        self,
        *,
        task_id: str,
        prompt: str | NotGiven = NOT_GIVEN,
        mask_base64: str | NotGiven = NOT_GIVEN,
        notify_hook: str | NotGiven = NOT_GIVEN,
        state: str | NotGiven = NOT_GIVEN,
        extra_body: Mapping[str, Any] | None = None,
        download_to: str | os.PathLike[str] | None = None,
        options: RequestOptions | None = None,
    ) -> AsyncTask[_models.MidjourneyTask]:
        """提交Modal(提交局部重绘、ZOOM) / submit modal

        ``POST /mj/submit/modal``

        提交Modal(提交局部重绘、ZOOM). doc-003 has only the heading; body from midjourney-proxy-plus. Required when a task is in status MODAL; for CustomZoom the prompt needs --ar and --zoom; maskBase64 for inpainting.

        Args:
            task_id: 任务ID / id of the task in status MODAL.
            prompt: 提示词; CustomZoom 时需包含 --ar 与 --zoom 参数 / for CustomZoom the prompt must carry --ar and --zoom.
            mask_base64: 局部重绘的蒙版 base64 / inpainting mask as base64.
            notify_hook: 回调地址 / callback URL.
            state: 自定义参数 / custom state.
        """
        return await self._client.submit_task(
            "mjModal",
            path_params={},
            query={},
            headers={},
            body=_given(
                {
                    "taskId": task_id,
                    "prompt": prompt,
                    "maskBase64": mask_base64,
                    "notifyHook": notify_hook,
                    "state": state,
                },
                extra_body,
            ),
            options=options,
            download_to=download_to,
            parse=_models.MidjourneyTask.model_validate,
        )

    async def shorten(
        self,
        *,
        prompt: str,
        bot_type: Literal["MID_JOURNEY", "NIJI_JOURNEY"] | NotGiven = NOT_GIVEN,
        notify_hook: str | NotGiven = NOT_GIVEN,
        state: str | NotGiven = NOT_GIVEN,
        extra_body: Mapping[str, Any] | None = None,
        download_to: str | os.PathLike[str] | None = None,
        options: RequestOptions | None = None,
    ) -> AsyncTask[_models.MidjourneyTask]:
        """提交Shorten任务(prompt分析) / submit shorten

        ``POST /mj/submit/shorten``

        提交Shorten任务(prompt分析). doc-003 has only the heading; body from midjourney-proxy-plus. Result in properties.finalPrompt.

        Args:
            prompt: 提示词 / prompt to analyse.
            bot_type: bot 类型 / bot type (mj-proxy SubmitImagineDTO; trueai SubmitImagineDTO.cs).
            notify_hook: 回调地址 / callback URL.
            state: 自定义参数 / custom state.
        """
        return await self._client.submit_task(
            "mjShorten",
            path_params={},
            query={},
            headers={},
            body=_given(
                {
                    "prompt": prompt,
                    "botType": bot_type,
                    "notifyHook": notify_hook,
                    "state": state,
                },
                extra_body,
            ),
            options=options,
            download_to=download_to,
            parse=_models.MidjourneyTask.model_validate,
        )

    async def swap_face(
        self,
        *,
        source_base64: str,
        target_base64: str,
        account_filter: _models.MidjourneyAccountFilter | Mapping[str, Any] | NotGiven = NOT_GIVEN,
        notify_hook: str | NotGiven = NOT_GIVEN,
        state: str | NotGiven = NOT_GIVEN,
        extra_body: Mapping[str, Any] | None = None,
        download_to: str | os.PathLike[str] | None = None,
        options: RequestOptions | None = None,
    ) -> AsyncTask[_models.MidjourneyTask]:
        """提交swap_face任务 / submit face swap

        ``POST /mj/insight-face/swap``

        提交swap_face任务 (换脸).

        Args:
            source_base64: 人脸源图片 base64 / image with the face to use.
            target_base64: 目标图片 base64 / image whose face is replaced.
            account_filter: 账号过滤 / account filter (doc-003, swap_face body).
            notify_hook: 回调地址 / callback URL.
            state: 自定义参数 / custom state.
        """
        return await self._client.submit_task(
            "mjSwapFace",
            path_params={},
            query={},
            headers={},
            body=_given(
                {
                    "sourceBase64": source_base64,
                    "targetBase64": target_base64,
                    "accountFilter": account_filter,
                    "notifyHook": notify_hook,
                    "state": state,
                },
                extra_body,
            ),
            options=options,
            download_to=download_to,
            parse=_models.MidjourneyTask.model_validate,
        )

    async def upload_discord_images(
        self,
        *,
        base64_array: list[str],
        extra_body: Mapping[str, Any] | None = None,
        options: RequestOptions | None = None,
    ) -> _models.MidjourneyUploadImagesResponse:
        """上传图片 / upload images to Discord

        ``POST /mj/submit/upload-discord-images``

        Upload images (base64Array) and get their URLs in result[]. Named "upload image" in UniAPI's MJ route list (uniapi-apifox-mj); path from new-api. Not a task.

        Args:
            base64_array: 图片 base64 数组 / images as base64 data URLs.
        """
        return await self._client.request(
            "mjUploadDiscordImages",
            path_params={},
            query={},
            headers={},
            body=_given(
                {
                    "base64Array": base64_array,
                },
                extra_body,
            ),
            options=options,
            parse=_models.MidjourneyUploadImagesResponse.model_validate,
        )

    async def fetch(
        self,
        *,
        id: str,
        options: RequestOptions | None = None,
    ) -> _models.MidjourneyTask:
        """指定ID获取任务 / fetch MJ task

        ``GET /mj/task/{id}/fetch``

        指定ID获取任务. Returns the Task object. For an unknown id the original proxy answers 200 with an empty body; new-api answers 400 {description:"task_no_found", type:"upstream_error", code:4}.

        Args:
            id: 任务ID / task id.
        """
        return await self._client.request(
            "mjFetch",
            path_params={
                "id": id,
            },
            query={},
            headers={},
            body=None,
            options=options,
            parse=_models.MidjourneyTask.model_validate,
        )

    async def list_by_condition(
        self,
        *,
        ids: list[str],
        extra_body: Mapping[str, Any] | None = None,
        options: RequestOptions | None = None,
    ) -> _models.MidjourneyTaskList:
        """根据ID列表查询任务 / list MJ tasks by ids

        ``POST /mj/task/list-by-condition``

        根据ID列表查询任务.

        Args:
            ids: 任务ID列表 / task ids.
        """
        return await self._client.request(
            "mjListByCondition",
            path_params={},
            query={},
            headers={},
            body=_given(
                {
                    "ids": ids,
                },
                extra_body,
            ),
            options=options,
            parse=_models.MidjourneyTaskList.model_validate,
        )

    async def image_seed(
        self,
        *,
        id: str,
        options: RequestOptions | None = None,
    ) -> _models.MidjourneyImageSeedResponse:
        """获取任务图片的seed / get image seed

        ``GET /mj/task/{id}/image-seed``

        获取任务图片的seed. result is the seed (code 1 on success).

        Args:
            id: 任务ID / task id.
        """
        return await self._client.request(
            "mjImageSeed",
            path_params={
                "id": id,
            },
            query={},
            headers={},
            body=None,
            options=options,
            parse=_models.MidjourneyImageSeedResponse.model_validate,
        )


class IdeogramResource:
    """Operations under ``client.ideogram``."""

    def __init__(self, client: SyncClient) -> None:
        self._client = client

    def generate(
        self,
        *,
        image_request: _models.IdeogramImageRequest | Mapping[str, Any],
        extra_body: Mapping[str, Any] | None = None,
        options: RequestOptions | None = None,
    ) -> _models.IdeogramImageResponse:
        """Generates(文生图) / generate images

        ``POST /ideogram/generate``

        Generates(文生图). Authenticated with header Api-Key. doc-003 shows an empty JSON body; the body here is the Ideogram legacy {image_request:{...}} object (facts §2).

        Args:
            image_request: Ideogram legacy image_request (facts §2: ideogram-tessl, ideogram-crazyrouter). aspect_ratio values look like ASPECT_16_9, ASPECT_10_16 (full list not in the sources).
        """
        return self._client.request(
            "ideogramGenerate",
            path_params={},
            query={},
            headers={},
            body=_given(
                {
                    "image_request": image_request,
                },
                extra_body,
            ),
            options=options,
            parse=_models.IdeogramImageResponse.model_validate,
        )

    def remix(
        self,
        *,
        image_file: FileInput,
        image_request: str,
        extra_body: Mapping[str, Any] | None = None,
        options: RequestOptions | None = None,
    ) -> _models.IdeogramImageResponse:
        """Remix(混合图) / remix image

        ``POST /ideogram/remix``

        Remix(混合图). multipart/form-data: image_file (图片文件) and image_request, a JSON string (see IdeogramRemixImageRequest). Authenticated with header Api-Key.

        Args:
            image_file: 图片文件
            image_request: JSON 字符串 / JSON string, e.g. {"prompt":"…","aspect_ratio":"ASPECT_10_16","image_weight":50,"magic_prompt_option":"ON","model":"V_2"}
        """
        return self._client.request(
            "ideogramRemix",
            path_params={},
            query={},
            headers={},
            body=_given(
                {
                    "image_file": image_file,
                    "image_request": image_request,
                },
                extra_body,
            ),
            options=options,
            parse=_models.IdeogramImageResponse.model_validate,
        )

    def upscale(
        self,
        *,
        image_file: FileInput,
        image_request: str | NotGiven = NOT_GIVEN,
        extra_body: Mapping[str, Any] | None = None,
        options: RequestOptions | None = None,
    ) -> _models.IdeogramImageResponse:
        """Upscale(放大高清) / upscale image

        ``POST /ideogram/upscale``

        Upscale(放大高清). multipart/form-data: image_file (图片文件) and image_request, a JSON string (see IdeogramUpscaleImageRequest). Authenticated with header Api-Key.

        Args:
            image_file: 图片文件
            image_request: JSON 字符串 / JSON string, e.g. {"resemblance":50,"magic_prompt_option":"AUTO","prompt":"…","seed":12345,"detail":50}
        """
        return self._client.request(
            "ideogramUpscale",
            path_params={},
            query={},
            headers={},
            body=_given(
                {
                    "image_file": image_file,
                    "image_request": image_request,
                },
                extra_body,
            ),
            options=options,
            parse=_models.IdeogramImageResponse.model_validate,
        )

    def describe(
        self,
        *,
        image_file: FileInput,
        extra_body: Mapping[str, Any] | None = None,
        options: RequestOptions | None = None,
    ) -> _models.IdeogramDescribeResponse:
        """Describe(描述) / describe image

        ``POST /ideogram/describe``

        Describe(描述). multipart/form-data with image_file (图片文件). Authenticated with header Api-Key.

        Args:
            image_file: 图片文件
        """
        return self._client.request(
            "ideogramDescribe",
            path_params={},
            query={},
            headers={},
            body=_given(
                {
                    "image_file": image_file,
                },
                extra_body,
            ),
            options=options,
            parse=_models.IdeogramDescribeResponse.model_validate,
        )


class AsyncIdeogramResource:
    """Operations under ``client.ideogram``."""

    def __init__(self, client: AsyncClient) -> None:
        self._client = client

    async def generate(
        self,
        *,
        image_request: _models.IdeogramImageRequest | Mapping[str, Any],
        extra_body: Mapping[str, Any] | None = None,
        options: RequestOptions | None = None,
    ) -> _models.IdeogramImageResponse:
        """Generates(文生图) / generate images

        ``POST /ideogram/generate``

        Generates(文生图). Authenticated with header Api-Key. doc-003 shows an empty JSON body; the body here is the Ideogram legacy {image_request:{...}} object (facts §2).

        Args:
            image_request: Ideogram legacy image_request (facts §2: ideogram-tessl, ideogram-crazyrouter). aspect_ratio values look like ASPECT_16_9, ASPECT_10_16 (full list not in the sources).
        """
        return await self._client.request(
            "ideogramGenerate",
            path_params={},
            query={},
            headers={},
            body=_given(
                {
                    "image_request": image_request,
                },
                extra_body,
            ),
            options=options,
            parse=_models.IdeogramImageResponse.model_validate,
        )

    async def remix(
        self,
        *,
        image_file: FileInput,
        image_request: str,
        extra_body: Mapping[str, Any] | None = None,
        options: RequestOptions | None = None,
    ) -> _models.IdeogramImageResponse:
        """Remix(混合图) / remix image

        ``POST /ideogram/remix``

        Remix(混合图). multipart/form-data: image_file (图片文件) and image_request, a JSON string (see IdeogramRemixImageRequest). Authenticated with header Api-Key.

        Args:
            image_file: 图片文件
            image_request: JSON 字符串 / JSON string, e.g. {"prompt":"…","aspect_ratio":"ASPECT_10_16","image_weight":50,"magic_prompt_option":"ON","model":"V_2"}
        """
        return await self._client.request(
            "ideogramRemix",
            path_params={},
            query={},
            headers={},
            body=_given(
                {
                    "image_file": image_file,
                    "image_request": image_request,
                },
                extra_body,
            ),
            options=options,
            parse=_models.IdeogramImageResponse.model_validate,
        )

    async def upscale(
        self,
        *,
        image_file: FileInput,
        image_request: str | NotGiven = NOT_GIVEN,
        extra_body: Mapping[str, Any] | None = None,
        options: RequestOptions | None = None,
    ) -> _models.IdeogramImageResponse:
        """Upscale(放大高清) / upscale image

        ``POST /ideogram/upscale``

        Upscale(放大高清). multipart/form-data: image_file (图片文件) and image_request, a JSON string (see IdeogramUpscaleImageRequest). Authenticated with header Api-Key.

        Args:
            image_file: 图片文件
            image_request: JSON 字符串 / JSON string, e.g. {"resemblance":50,"magic_prompt_option":"AUTO","prompt":"…","seed":12345,"detail":50}
        """
        return await self._client.request(
            "ideogramUpscale",
            path_params={},
            query={},
            headers={},
            body=_given(
                {
                    "image_file": image_file,
                    "image_request": image_request,
                },
                extra_body,
            ),
            options=options,
            parse=_models.IdeogramImageResponse.model_validate,
        )

    async def describe(
        self,
        *,
        image_file: FileInput,
        extra_body: Mapping[str, Any] | None = None,
        options: RequestOptions | None = None,
    ) -> _models.IdeogramDescribeResponse:
        """Describe(描述) / describe image

        ``POST /ideogram/describe``

        Describe(描述). multipart/form-data with image_file (图片文件). Authenticated with header Api-Key.

        Args:
            image_file: 图片文件
        """
        return await self._client.request(
            "ideogramDescribe",
            path_params={},
            query={},
            headers={},
            body=_given(
                {
                    "image_file": image_file,
                },
                extra_body,
            ),
            options=options,
            parse=_models.IdeogramDescribeResponse.model_validate,
        )


class LumaResource:
    """Operations under ``client.luma``."""

    def __init__(self, client: SyncClient) -> None:
        self._client = client

    def generate(
        self,
        *,
        user_prompt: str,
        expand_prompt: bool | NotGiven = NOT_GIVEN,
        loop: bool | NotGiven = NOT_GIVEN,
        image_url: str | FileInput | NotGiven = NOT_GIVEN,
        image_end_url: str | FileInput | NotGiven = NOT_GIVEN,
        aspect_ratio: str | NotGiven = NOT_GIVEN,
        extra_body: Mapping[str, Any] | None = None,
        download_to: str | os.PathLike[str] | None = None,
        options: RequestOptions | None = None,
    ) -> Task[_models.LumaGeneration]:
        """生成视频 / generate video

        ``POST /luma/generations``

        生成视频 (Luma). Poll GET /luma/generations/{task_id}.

        Args:
            user_prompt: 提示词 / prompt. [INFER] descriptions of this body are ours: doc-003 shows field names and example values only.
            expand_prompt: [INFER] 是否扩写提示词 / expand the prompt (reading of the name; not stated).
            loop: [INFER] 是否循环 / loop the video (reading of the name; not stated).
            image_url: [INFER] 首帧图片地址 / start-frame image URL (Luma-API; not stated by doc-003).
            image_end_url: [INFER] 尾帧图片地址 / end-frame image URL (Luma-API; not stated by doc-003).
            aspect_ratio: 比例 / aspect ratio (Luma-API GenRequest; not shown by doc-003).
        """
        return self._client.submit_task(
            "lumaGenerate",
            path_params={},
            query={},
            headers={},
            body=_given(
                {
                    "user_prompt": user_prompt,
                    "expand_prompt": expand_prompt,
                    "loop": loop,
                    "image_url": image_url,
                    "image_end_url": image_end_url,
                    "aspect_ratio": aspect_ratio,
                },
                extra_body,
            ),
            options=options,
            download_to=download_to,
            parse=_models.LumaGeneration.model_validate,
        )

    def extend(
        self,
        *,
        task_id: str,
        user_prompt: str,
        expand_prompt: bool | NotGiven = NOT_GIVEN,
        loop: bool | NotGiven = NOT_GIVEN,
        image_url: str | FileInput | NotGiven = NOT_GIVEN,
        image_end_url: str | FileInput | NotGiven = NOT_GIVEN,
        aspect_ratio: str | NotGiven = NOT_GIVEN,
        extra_body: Mapping[str, Any] | None = None,
        download_to: str | os.PathLike[str] | None = None,
        options: RequestOptions | None = None,
    ) -> Task[_models.LumaGeneration]:
        """扩展视频 / extend video

        ``POST /luma/generations/{task_id}/extend``

        扩展视频 — extends the generation {task_id} (about 5 s per Luma-API's README). Same body as 生成视频.

        Args:
            task_id: 任务ID / id of the generation to extend.
            user_prompt: 提示词 / prompt. [INFER] descriptions of this body are ours: doc-003 shows field names and example values only.
            expand_prompt: [INFER] 是否扩写提示词 / expand the prompt (reading of the name; not stated).
            loop: [INFER] 是否循环 / loop the video (reading of the name; not stated).
            image_url: [INFER] 首帧图片地址 / start-frame image URL (Luma-API; not stated by doc-003).
            image_end_url: [INFER] 尾帧图片地址 / end-frame image URL (Luma-API; not stated by doc-003).
            aspect_ratio: 比例 / aspect ratio (Luma-API GenRequest; not shown by doc-003).
        """
        return self._client.submit_task(
            "lumaExtend",
            path_params={
                "task_id": task_id,
            },
            query={},
            headers={},
            body=_given(
                {
                    "user_prompt": user_prompt,
                    "expand_prompt": expand_prompt,
                    "loop": loop,
                    "image_url": image_url,
                    "image_end_url": image_end_url,
                    "aspect_ratio": aspect_ratio,
                },
                extra_body,
            ),
            options=options,
            download_to=download_to,
            parse=_models.LumaGeneration.model_validate,
        )

    def retrieve(
        self,
        *,
        task_id: str,
        options: RequestOptions | None = None,
    ) -> _models.LumaGeneration:
        """获取任务 / get generation

        ``GET /luma/generations/{task_id}``

        获取任务 (Luma). state pending / processing / completed; video at video.url and video.download_url.

        Args:
            task_id: 任务ID
        """
        return self._client.request(
            "lumaRetrieve",
            path_params={
                "task_id": task_id,
            },
            query={},
            headers={},
            body=None,
            options=options,
            parse=_models.LumaGeneration.model_validate,
        )

    def download_url(
        self,
        *,
        task_id: str,
        options: RequestOptions | None = None,
    ) -> _models.LumaDownloadUrlResponse:
        """获取下载地址 / get download URL

        ``GET /luma/generations/{task_id}/download_video_url``

        获取下载地址 — watermark-free video URL. doc-003 has only this heading; path from Luma-API (GET /luma/generations/{task_id}/download_video_url). The response body is not documented.

        Args:
            task_id: 任务ID
        """
        return self._client.request(
            "lumaDownloadUrl",
            path_params={
                "task_id": task_id,
            },
            query={},
            headers={},
            body=None,
            options=options,
            parse=_models.LumaDownloadUrlResponse.model_validate,
        )


class AsyncLumaResource:
    """Operations under ``client.luma``."""

    def __init__(self, client: AsyncClient) -> None:
        self._client = client

    async def generate(
        self,
        *,
        user_prompt: str,
        expand_prompt: bool | NotGiven = NOT_GIVEN,
        loop: bool | NotGiven = NOT_GIVEN,
        image_url: str | FileInput | NotGiven = NOT_GIVEN,
        image_end_url: str | FileInput | NotGiven = NOT_GIVEN,
        aspect_ratio: str | NotGiven = NOT_GIVEN,
        extra_body: Mapping[str, Any] | None = None,
        download_to: str | os.PathLike[str] | None = None,
        options: RequestOptions | None = None,
    ) -> AsyncTask[_models.LumaGeneration]:
        """生成视频 / generate video

        ``POST /luma/generations``

        生成视频 (Luma). Poll GET /luma/generations/{task_id}.

        Args:
            user_prompt: 提示词 / prompt. [INFER] descriptions of this body are ours: doc-003 shows field names and example values only.
            expand_prompt: [INFER] 是否扩写提示词 / expand the prompt (reading of the name; not stated).
            loop: [INFER] 是否循环 / loop the video (reading of the name; not stated).
            image_url: [INFER] 首帧图片地址 / start-frame image URL (Luma-API; not stated by doc-003).
            image_end_url: [INFER] 尾帧图片地址 / end-frame image URL (Luma-API; not stated by doc-003).
            aspect_ratio: 比例 / aspect ratio (Luma-API GenRequest; not shown by doc-003).
        """
        return await self._client.submit_task(
            "lumaGenerate",
            path_params={},
            query={},
            headers={},
            body=_given(
                {
                    "user_prompt": user_prompt,
                    "expand_prompt": expand_prompt,
                    "loop": loop,
                    "image_url": image_url,
                    "image_end_url": image_end_url,
                    "aspect_ratio": aspect_ratio,
                },
                extra_body,
            ),
            options=options,
            download_to=download_to,
            parse=_models.LumaGeneration.model_validate,
        )

    async def extend(
        self,
        *,
        task_id: str,
        user_prompt: str,
        expand_prompt: bool | NotGiven = NOT_GIVEN,
        loop: bool | NotGiven = NOT_GIVEN,
        image_url: str | FileInput | NotGiven = NOT_GIVEN,
        image_end_url: str | FileInput | NotGiven = NOT_GIVEN,
        aspect_ratio: str | NotGiven = NOT_GIVEN,
        extra_body: Mapping[str, Any] | None = None,
        download_to: str | os.PathLike[str] | None = None,
        options: RequestOptions | None = None,
    ) -> AsyncTask[_models.LumaGeneration]:
        """扩展视频 / extend video

        ``POST /luma/generations/{task_id}/extend``

        扩展视频 — extends the generation {task_id} (about 5 s per Luma-API's README). Same body as 生成视频.

        Args:
            task_id: 任务ID / id of the generation to extend.
            user_prompt: 提示词 / prompt. [INFER] descriptions of this body are ours: doc-003 shows field names and example values only.
            expand_prompt: [INFER] 是否扩写提示词 / expand the prompt (reading of the name; not stated).
            loop: [INFER] 是否循环 / loop the video (reading of the name; not stated).
            image_url: [INFER] 首帧图片地址 / start-frame image URL (Luma-API; not stated by doc-003).
            image_end_url: [INFER] 尾帧图片地址 / end-frame image URL (Luma-API; not stated by doc-003).
            aspect_ratio: 比例 / aspect ratio (Luma-API GenRequest; not shown by doc-003).
        """
        return await self._client.submit_task(
            "lumaExtend",
            path_params={
                "task_id": task_id,
            },
            query={},
            headers={},
            body=_given(
                {
                    "user_prompt": user_prompt,
                    "expand_prompt": expand_prompt,
                    "loop": loop,
                    "image_url": image_url,
                    "image_end_url": image_end_url,
                    "aspect_ratio": aspect_ratio,
                },
                extra_body,
            ),
            options=options,
            download_to=download_to,
            parse=_models.LumaGeneration.model_validate,
        )

    async def retrieve(
        self,
        *,
        task_id: str,
        options: RequestOptions | None = None,
    ) -> _models.LumaGeneration:
        """获取任务 / get generation

        ``GET /luma/generations/{task_id}``

        获取任务 (Luma). state pending / processing / completed; video at video.url and video.download_url.

        Args:
            task_id: 任务ID
        """
        return await self._client.request(
            "lumaRetrieve",
            path_params={
                "task_id": task_id,
            },
            query={},
            headers={},
            body=None,
            options=options,
            parse=_models.LumaGeneration.model_validate,
        )

    async def download_url(
        self,
        *,
        task_id: str,
        options: RequestOptions | None = None,
    ) -> _models.LumaDownloadUrlResponse:
        """获取下载地址 / get download URL

        ``GET /luma/generations/{task_id}/download_video_url``

        获取下载地址 — watermark-free video URL. doc-003 has only this heading; path from Luma-API (GET /luma/generations/{task_id}/download_video_url). The response body is not documented.

        Args:
            task_id: 任务ID
        """
        return await self._client.request(
            "lumaDownloadUrl",
            path_params={
                "task_id": task_id,
            },
            query={},
            headers={},
            body=None,
            options=options,
            parse=_models.LumaDownloadUrlResponse.model_validate,
        )


class CustomVideoResource:
    """Operations under ``client.custom_video``."""

    def __init__(self, client: SyncClient) -> None:
        self._client = client

    def create(
        self,
        *,
        model: str,
        body: dict[str, Any],
        download_to: str | os.PathLike[str] | None = None,
        options: RequestOptions | None = None,
    ) -> Task[_models.CustomVideoTask]:
        """创建视频 / create custom video task

        ``POST /custom_video/model/{model}``

        创建视频
        目前仅支持 veo-2
        状态: SUBMITTED 已提交, QUEUED 队列中, IN_PROGRESS 生成中, SUCCESS 成功, FAILURE 失败
        The request body schema is empty in the document and not found elsewhere; any JSON object is sent as is.

        Args:
            model: 模型 — 目前仅支持 veo-2 (currently only veo-2; another model is warned about and sent as given)
        """
        return self._client.submit_task(
            "customVideoCreate",
            path_params={
                "model": model,
            },
            query={},
            headers={},
            body=_jsonable(body),
            options=options,
            download_to=download_to,
            parse=_models.CustomVideoTask.model_validate,
        )

    def fetch(
        self,
        *,
        id: str,
        options: RequestOptions | None = None,
    ) -> _models.CustomVideoTask:
        """获取视频 / fetch custom video task

        ``GET /custom_video/fetch/{id}``

        获取视频
        目前仅支持 veo-2
        状态: SUBMITTED 已提交, QUEUED 队列中, IN_PROGRESS 生成中, SUCCESS 成功, FAILURE 失败
        Result in `output`; failure text in `error`.

        Args:
            id: 任务ID / task id.
        """
        return self._client.request(
            "customVideoFetch",
            path_params={
                "id": id,
            },
            query={},
            headers={},
            body=None,
            options=options,
            parse=_models.CustomVideoTask.model_validate,
        )


class AsyncCustomVideoResource:
    """Operations under ``client.custom_video``."""

    def __init__(self, client: AsyncClient) -> None:
        self._client = client

    async def create(
        self,
        *,
        model: str,
        body: dict[str, Any],
        download_to: str | os.PathLike[str] | None = None,
        options: RequestOptions | None = None,
    ) -> AsyncTask[_models.CustomVideoTask]:
        """创建视频 / create custom video task

        ``POST /custom_video/model/{model}``

        创建视频
        目前仅支持 veo-2
        状态: SUBMITTED 已提交, QUEUED 队列中, IN_PROGRESS 生成中, SUCCESS 成功, FAILURE 失败
        The request body schema is empty in the document and not found elsewhere; any JSON object is sent as is.

        Args:
            model: 模型 — 目前仅支持 veo-2 (currently only veo-2; another model is warned about and sent as given)
        """
        return await self._client.submit_task(
            "customVideoCreate",
            path_params={
                "model": model,
            },
            query={},
            headers={},
            body=_jsonable(body),
            options=options,
            download_to=download_to,
            parse=_models.CustomVideoTask.model_validate,
        )

    async def fetch(
        self,
        *,
        id: str,
        options: RequestOptions | None = None,
    ) -> _models.CustomVideoTask:
        """获取视频 / fetch custom video task

        ``GET /custom_video/fetch/{id}``

        获取视频
        目前仅支持 veo-2
        状态: SUBMITTED 已提交, QUEUED 队列中, IN_PROGRESS 生成中, SUCCESS 成功, FAILURE 失败
        Result in `output`; failure text in `error`.

        Args:
            id: 任务ID / task id.
        """
        return await self._client.request(
            "customVideoFetch",
            path_params={
                "id": id,
            },
            query={},
            headers={},
            body=None,
            options=options,
            parse=_models.CustomVideoTask.model_validate,
        )


class UniAPI(SyncClient):
    """Sync client of UniAPI. Options: api_key (else $UNIAPI_API_KEY), base_url, timeout, max_retries, validate, journal."""

    def __init__(self, **options: Unpack[ClientOptions]) -> None:
        super().__init__(load_spec(), **options)
        self.audio = AudioResource(self)
        self.chat = ChatResource(self)
        self.completions = CompletionsResource(self)
        self.embeddings = EmbeddingsResource(self)
        self.images = ImagesResource(self)
        self.moderations = ModerationsResource(self)
        self.responses = ResponsesResource(self)
        self.suno = SunoResource(self)
        self.udio = UdioResource(self)
        self.midjourney = MidjourneyResource(self)
        self.ideogram = IdeogramResource(self)
        self.luma = LumaResource(self)
        self.custom_video = CustomVideoResource(self)


class AsyncUniAPI(AsyncClient):
    """Async client of UniAPI. Options: api_key (else $UNIAPI_API_KEY), base_url, timeout, max_retries, validate, journal."""

    def __init__(self, **options: Unpack[ClientOptions]) -> None:
        super().__init__(load_spec(), **options)
        self.audio = AsyncAudioResource(self)
        self.chat = AsyncChatResource(self)
        self.completions = AsyncCompletionsResource(self)
        self.embeddings = AsyncEmbeddingsResource(self)
        self.images = AsyncImagesResource(self)
        self.moderations = AsyncModerationsResource(self)
        self.responses = AsyncResponsesResource(self)
        self.suno = AsyncSunoResource(self)
        self.udio = AsyncUdioResource(self)
        self.midjourney = AsyncMidjourneyResource(self)
        self.ideogram = AsyncIdeogramResource(self)
        self.luma = AsyncLumaResource(self)
        self.custom_video = AsyncCustomVideoResource(self)
