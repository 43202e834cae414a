"""Typed sync and async clients of GPTNB (oneapi.gptnb.ai), generated from gptnb.yaml; do not edit."""

from __future__ import annotations

import builtins  # methods named like builtins: their classes' annotations say builtins.list
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


class VideoGenerationsResource:
    """Operations under ``client.video.generations``."""

    def __init__(self, client: SyncClient) -> None:
        self._client = client

    def create(
        self,
        *,
        model: str,
        prompt: str,
        duration_seconds: int | NotGiven = NOT_GIVEN,
        aspect_ratio: str | NotGiven = NOT_GIVEN,
        sample_count: int | NotGiven = NOT_GIVEN,
        image: str | NotGiven = NOT_GIVEN,
        extra_body: Mapping[str, Any] | None = None,
        download_to: str | os.PathLike[str] | None = None,
        options: RequestOptions | None = None,
    ) -> Task[_models.VideoGenerationTaskResponse]:
        """提交视频异步任务(Veo 统一格式:不垫图 / 垫图)

        ``POST /v1/video/generations``

        doc-001 菜单:视频接口 › Veo › 统一格式 › 「提交视频不垫图异步任务」「提交视频垫图异步任务」(POST)。
        页面「提交视频垫图异步任务」(开发中,修改于 2025-08-08):POST /v1/video/generations,Body application/json,
        示例 {model, prompt, duration_seconds, aspect_ratio, sample_count, image};🟢200 成功返回 {"task_id": "…"}。
        不垫图任务即不传 image(该页正文不在 doc-001 中)。

        Args:
            model: 模型名,例如 veo-3.0-generate-preview。
            prompt: 提示词。
            duration_seconds: 视频时长(秒),文档示例为 8。
            aspect_ratio: 画面比例,文档示例为 "16:9"。
            sample_count: 生成数量,文档示例为 1。
            image: 垫图(参考图)。仅「提交视频垫图异步任务」使用;文档中取值被截断,格式未知(URL 或 base64 data URL)。
        """
        return self._client.submit_task(
            "createVideoGeneration",
            path_params={},
            query={},
            headers={},
            body=_given(
                {
                    "model": model,
                    "prompt": prompt,
                    "duration_seconds": duration_seconds,
                    "aspect_ratio": aspect_ratio,
                    "sample_count": sample_count,
                    "image": image,
                },
                extra_body,
            ),
            options=options,
            download_to=download_to,
            parse=_models.VideoGenerationTaskResponse.model_validate,
        )

    def retrieve(
        self,
        *,
        task_id: str,
        options: RequestOptions | None = None,
    ) -> _models.VideoGenerationTaskResponse:
        """查询视频异步任务(Veo 统一格式)

        ``GET /v1/video/generations/{task_id}``

        doc-001 菜单:视频接口 › Veo › 统一格式 › 「查询视频异步任务」(GET)。该页正文不在 doc-001 中,GPTNB 的查询页也未找到。
        路径与响应按 new-api 推断 [INFER]:GET /v1/video/generations/{task_id}。

        Args:
            task_id: 提交接口返回的 task_id。
        """
        return self._client.request(
            "getVideoGeneration",
            path_params={
                "task_id": task_id,
            },
            query={},
            headers={},
            body=None,
            options=options,
            parse=_models.VideoGenerationTaskResponse.model_validate,
        )


class AsyncVideoGenerationsResource:
    """Operations under ``client.video.generations``."""

    def __init__(self, client: AsyncClient) -> None:
        self._client = client

    async def create(
        self,
        *,
        model: str,
        prompt: str,
        duration_seconds: int | NotGiven = NOT_GIVEN,
        aspect_ratio: str | NotGiven = NOT_GIVEN,
        sample_count: int | NotGiven = NOT_GIVEN,
        image: str | NotGiven = NOT_GIVEN,
        extra_body: Mapping[str, Any] | None = None,
        download_to: str | os.PathLike[str] | None = None,
        options: RequestOptions | None = None,
    ) -> AsyncTask[_models.VideoGenerationTaskResponse]:
        """提交视频异步任务(Veo 统一格式:不垫图 / 垫图)

        ``POST /v1/video/generations``

        doc-001 菜单:视频接口 › Veo › 统一格式 › 「提交视频不垫图异步任务」「提交视频垫图异步任务」(POST)。
        页面「提交视频垫图异步任务」(开发中,修改于 2025-08-08):POST /v1/video/generations,Body application/json,
        示例 {model, prompt, duration_seconds, aspect_ratio, sample_count, image};🟢200 成功返回 {"task_id": "…"}。
        不垫图任务即不传 image(该页正文不在 doc-001 中)。

        Args:
            model: 模型名,例如 veo-3.0-generate-preview。
            prompt: 提示词。
            duration_seconds: 视频时长(秒),文档示例为 8。
            aspect_ratio: 画面比例,文档示例为 "16:9"。
            sample_count: 生成数量,文档示例为 1。
            image: 垫图(参考图)。仅「提交视频垫图异步任务」使用;文档中取值被截断,格式未知(URL 或 base64 data URL)。
        """
        return await self._client.submit_task(
            "createVideoGeneration",
            path_params={},
            query={},
            headers={},
            body=_given(
                {
                    "model": model,
                    "prompt": prompt,
                    "duration_seconds": duration_seconds,
                    "aspect_ratio": aspect_ratio,
                    "sample_count": sample_count,
                    "image": image,
                },
                extra_body,
            ),
            options=options,
            download_to=download_to,
            parse=_models.VideoGenerationTaskResponse.model_validate,
        )

    async def retrieve(
        self,
        *,
        task_id: str,
        options: RequestOptions | None = None,
    ) -> _models.VideoGenerationTaskResponse:
        """查询视频异步任务(Veo 统一格式)

        ``GET /v1/video/generations/{task_id}``

        doc-001 菜单:视频接口 › Veo › 统一格式 › 「查询视频异步任务」(GET)。该页正文不在 doc-001 中,GPTNB 的查询页也未找到。
        路径与响应按 new-api 推断 [INFER]:GET /v1/video/generations/{task_id}。

        Args:
            task_id: 提交接口返回的 task_id。
        """
        return await self._client.request(
            "getVideoGeneration",
            path_params={
                "task_id": task_id,
            },
            query={},
            headers={},
            body=None,
            options=options,
            parse=_models.VideoGenerationTaskResponse.model_validate,
        )


class VideoResource:
    """Operations under ``client.video``."""

    def __init__(self, client: SyncClient) -> None:
        self._client = client
        self.generations = VideoGenerationsResource(client)


class AsyncVideoResource:
    """Operations under ``client.video``."""

    def __init__(self, client: AsyncClient) -> None:
        self._client = client
        self.generations = AsyncVideoGenerationsResource(client)


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
        """聊天补全

        ``POST /v1/chat/completions``

        doc-001 菜单:OpenAI接口 › 聊天接口(Chat) › 聊天补全。OpenAI 兼容;请求/响应 schema 见 common/openai.yaml。

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
        """聊天补全

        ``POST /v1/chat/completions``

        doc-001 菜单:OpenAI接口 › 聊天接口(Chat) › 聊天补全。OpenAI 兼容;请求/响应 schema 见 common/openai.yaml。

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
        """内容补全接口

        ``POST /v1/completions``

        doc-001 菜单:OpenAI接口 › 自动补全接口(Completions) › 内容补全接口。OpenAI 兼容。

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
        """内容补全接口

        ``POST /v1/completions``

        doc-001 菜单:OpenAI接口 › 自动补全接口(Completions) › 内容补全接口。OpenAI 兼容。

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


class ImagesResource:
    """Operations under ``client.images``."""

    def __init__(self, client: SyncClient) -> None:
        self._client = client

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
        """图像生成(DALL·E 3 / gpt-4-all)

        ``POST /v1/images/generations``

        doc-001 菜单:OpenAI接口 › 图像接口(Images) › 「DALL·E 3」「gpt-4-all(生成图片)」。OpenAI 兼容图像生成,
        两个菜单项以 model 区分(dall-e-3 / gpt-4-all)。
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


class AsyncImagesResource:
    """Operations under ``client.images``."""

    def __init__(self, client: AsyncClient) -> None:
        self._client = client

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
        """图像生成(DALL·E 3 / gpt-4-all)

        ``POST /v1/images/generations``

        doc-001 菜单:OpenAI接口 › 图像接口(Images) › 「DALL·E 3」「gpt-4-all(生成图片)」。OpenAI 兼容图像生成,
        两个菜单项以 model 区分(dall-e-3 / gpt-4-all)。
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
        """创建嵌入

        ``POST /v1/embeddings``

        doc-001 菜单:OpenAI接口 › 向量生成接口(Embeddings) › 创建嵌入。OpenAI 兼容。

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
        """创建嵌入

        ``POST /v1/embeddings``

        doc-001 菜单:OpenAI接口 › 向量生成接口(Embeddings) › 创建嵌入。OpenAI 兼容。

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
        """创建转录

        ``POST /v1/audio/transcriptions``

        doc-001 菜单:OpenAI接口 › 音频接口(Audio) › 创建转录。OpenAI 兼容,multipart/form-data。

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
        """创建转录

        ``POST /v1/audio/transcriptions``

        doc-001 菜单:OpenAI接口 › 音频接口(Audio) › 创建转录。OpenAI 兼容,multipart/form-data。

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
        """创建翻译

        ``POST /v1/audio/translations``

        doc-001 菜单:OpenAI接口 › 音频接口(Audio) › 创建翻译。OpenAI 兼容,multipart/form-data。

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
        """创建翻译

        ``POST /v1/audio/translations``

        doc-001 菜单:OpenAI接口 › 音频接口(Audio) › 创建翻译。OpenAI 兼容,multipart/form-data。

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


class AudioSpeechResource:
    """Operations under ``client.audio.speech``."""

    def __init__(self, client: SyncClient) -> None:
        self._client = client

    def create(
        self,
        *,
        model: str,
        input: str,
        voice: str,
        instructions: str | NotGiven = NOT_GIVEN,
        response_format: Literal["mp3", "opus", "aac", "flac", "wav", "pcm"] | NotGiven = NOT_GIVEN,
        speed: float | NotGiven = NOT_GIVEN,
        extra_body: Mapping[str, Any] | None = None,
        options: RequestOptions | None = None,
    ) -> Any:
        """TTS文本转语音

        ``POST /v1/audio/speech``

        doc-001 菜单:OpenAI接口 › 音频接口(Audio) › TTS文本转语音。OpenAI 兼容 TTS,返回音频二进制。

        Args:
            model: TTS 模型 / TTS model.
            input: 要转换为语音的文本, 最长 4096 字符 / text to speak (max 4096 characters).
            voice: 音色 / voice.
            instructions: 控制语音风格的附加说明; 不适用于 tts-1 / tts-1-hd / extra voice instructions (not for tts-1, tts-1-hd).
            response_format: 音频格式 / audio format.
            speed: 语速 0.25–4.0, 默认 1.0 / speed 0.25–4.0, default 1.0.
        """
        return self._client.request(
            "createSpeech",
            path_params={},
            query={},
            headers={},
            body=_given(
                {
                    "model": model,
                    "input": input,
                    "voice": voice,
                    "instructions": instructions,
                    "response_format": response_format,
                    "speed": speed,
                },
                extra_body,
            ),
            options=options,
        )


class AsyncAudioSpeechResource:
    """Operations under ``client.audio.speech``."""

    def __init__(self, client: AsyncClient) -> None:
        self._client = client

    async def create(
        self,
        *,
        model: str,
        input: str,
        voice: str,
        instructions: str | NotGiven = NOT_GIVEN,
        response_format: Literal["mp3", "opus", "aac", "flac", "wav", "pcm"] | NotGiven = NOT_GIVEN,
        speed: float | NotGiven = NOT_GIVEN,
        extra_body: Mapping[str, Any] | None = None,
        options: RequestOptions | None = None,
    ) -> Any:
        """TTS文本转语音

        ``POST /v1/audio/speech``

        doc-001 菜单:OpenAI接口 › 音频接口(Audio) › TTS文本转语音。OpenAI 兼容 TTS,返回音频二进制。

        Args:
            model: TTS 模型 / TTS model.
            input: 要转换为语音的文本, 最长 4096 字符 / text to speak (max 4096 characters).
            voice: 音色 / voice.
            instructions: 控制语音风格的附加说明; 不适用于 tts-1 / tts-1-hd / extra voice instructions (not for tts-1, tts-1-hd).
            response_format: 音频格式 / audio format.
            speed: 语速 0.25–4.0, 默认 1.0 / speed 0.25–4.0, default 1.0.
        """
        return await self._client.request(
            "createSpeech",
            path_params={},
            query={},
            headers={},
            body=_given(
                {
                    "model": model,
                    "input": input,
                    "voice": voice,
                    "instructions": instructions,
                    "response_format": response_format,
                    "speed": speed,
                },
                extra_body,
            ),
            options=options,
        )


class AudioResource:
    """Operations under ``client.audio``."""

    def __init__(self, client: SyncClient) -> None:
        self._client = client
        self.transcriptions = AudioTranscriptionsResource(client)
        self.translations = AudioTranslationsResource(client)
        self.speech = AudioSpeechResource(client)


class AsyncAudioResource:
    """Operations under ``client.audio``."""

    def __init__(self, client: AsyncClient) -> None:
        self._client = client
        self.transcriptions = AsyncAudioTranscriptionsResource(client)
        self.translations = AsyncAudioTranslationsResource(client)
        self.speech = AsyncAudioSpeechResource(client)


class MidjourneyTasksResource:
    """Operations under ``client.midjourney.tasks``."""

    def __init__(self, client: SyncClient) -> None:
        self._client = client

    def list_by_condition(
        self,
        *,
        ids: list[str],
        extra_body: Mapping[str, Any] | None = None,
        options: RequestOptions | None = None,
    ) -> _models.MidjourneyTaskList:
        """根据ID列表查询任务

        ``POST /mj/task/list-by-condition``

        doc-001 菜单:Midjourney › 任务查询 › 根据ID列表查询任务。body {ids:[…]} → Task[]。

        Args:
            ids: 任务ID列表 / task ids.
        """
        return self._client.request(
            "midjourneyListTasks",
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

    def fetch(
        self,
        *,
        id: str,
        options: RequestOptions | None = None,
    ) -> _models.MidjourneyTask:
        """指定ID获取任务

        ``GET /mj/task/{id}/fetch``

        doc-001 菜单:Midjourney › 任务查询 › 指定ID获取任务。返回 Task 对象(status NOT_START | SUBMITTED | MODAL | IN_PROGRESS |
        FAILURE | SUCCESS | CANCEL,progress "0%"…"100%",imageUrl 为结果)。未知 id:原版 proxy 返回 200 空 body,new-api 返回
        400 {description:"task_no_found", type:"upstream_error", code:4}。

        Args:
            id: 任务ID(提交返回的 result)。
        """
        return self._client.request(
            "midjourneyFetchTask",
            path_params={
                "id": id,
            },
            query={},
            headers={},
            body=None,
            options=options,
            parse=_models.MidjourneyTask.model_validate,
        )

    def image_seed(
        self,
        *,
        id: str,
        options: RequestOptions | None = None,
    ) -> _models.MidjourneyImageSeedResponse:
        """获取任务图片的seed

        ``GET /mj/task/{id}/image-seed``

        doc-001 菜单:Midjourney › 任务查询 › 获取任务图片的seed。→ {code:1, description, result:"<seed>"}。

        Args:
            id: 任务ID
        """
        return self._client.request(
            "midjourneyGetImageSeed",
            path_params={
                "id": id,
            },
            query={},
            headers={},
            body=None,
            options=options,
            parse=_models.MidjourneyImageSeedResponse.model_validate,
        )


class AsyncMidjourneyTasksResource:
    """Operations under ``client.midjourney.tasks``."""

    def __init__(self, client: AsyncClient) -> None:
        self._client = client

    async def list_by_condition(
        self,
        *,
        ids: list[str],
        extra_body: Mapping[str, Any] | None = None,
        options: RequestOptions | None = None,
    ) -> _models.MidjourneyTaskList:
        """根据ID列表查询任务

        ``POST /mj/task/list-by-condition``

        doc-001 菜单:Midjourney › 任务查询 › 根据ID列表查询任务。body {ids:[…]} → Task[]。

        Args:
            ids: 任务ID列表 / task ids.
        """
        return await self._client.request(
            "midjourneyListTasks",
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

    async def fetch(
        self,
        *,
        id: str,
        options: RequestOptions | None = None,
    ) -> _models.MidjourneyTask:
        """指定ID获取任务

        ``GET /mj/task/{id}/fetch``

        doc-001 菜单:Midjourney › 任务查询 › 指定ID获取任务。返回 Task 对象(status NOT_START | SUBMITTED | MODAL | IN_PROGRESS |
        FAILURE | SUCCESS | CANCEL,progress "0%"…"100%",imageUrl 为结果)。未知 id:原版 proxy 返回 200 空 body,new-api 返回
        400 {description:"task_no_found", type:"upstream_error", code:4}。

        Args:
            id: 任务ID(提交返回的 result)。
        """
        return await self._client.request(
            "midjourneyFetchTask",
            path_params={
                "id": id,
            },
            query={},
            headers={},
            body=None,
            options=options,
            parse=_models.MidjourneyTask.model_validate,
        )

    async def image_seed(
        self,
        *,
        id: str,
        options: RequestOptions | None = None,
    ) -> _models.MidjourneyImageSeedResponse:
        """获取任务图片的seed

        ``GET /mj/task/{id}/image-seed``

        doc-001 菜单:Midjourney › 任务查询 › 获取任务图片的seed。→ {code:1, description, result:"<seed>"}。

        Args:
            id: 任务ID
        """
        return await self._client.request(
            "midjourneyGetImageSeed",
            path_params={
                "id": id,
            },
            query={},
            headers={},
            body=None,
            options=options,
            parse=_models.MidjourneyImageSeedResponse.model_validate,
        )


class MidjourneyResource:
    """Operations under ``client.midjourney``."""

    def __init__(self, client: SyncClient) -> None:
        self._client = client
        self.tasks = MidjourneyTasksResource(client)

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
        """提交Imagine任务(文生图、文图生图)

        ``POST /mj/submit/imagine``

        doc-001 菜单:图片接口 › Midjourney › 任务提交 › 提交Imagine任务。midjourney-proxy 标准路由。

        Args:
            prompt: 提示词 / prompt.
            base64_array: 垫图 base64 数组 / reference images as base64 data URLs (data:image/png;base64,...).
            bot_type: bot 类型 / bot type (mj-proxy SubmitImagineDTO; trueai SubmitImagineDTO.cs).
            notify_hook: 回调地址 / callback URL.
            state: 自定义参数 / custom state.
        """
        return self._client.submit_task(
            "midjourneyImagine",
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
        """绘图变化(UPSCALE; VARIATION; REROLL)

        ``POST /mj/submit/change``

        doc-001 菜单:Midjourney › 任务提交 › 绘图变化。body {taskId, action UPSCALE|VARIATION|REROLL, index 1–4}。

        Args:
            action: 动作 / UPSCALE (放大), VARIATION (变换), REROLL (重新生成).
            task_id: 任务ID / id of the task whose image is changed.
            index: 序号 1～4; action 为 UPSCALE、VARIATION 时必传 / image index 1–4, required unless action is REROLL.
            notify_hook: 回调地址 / callback URL.
            state: 自定义参数 / custom state.
        """
        return self._client.submit_task(
            "midjourneyChange",
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
        """绘图变化-simple(UPSCALE; VARIATION; REROLL)

        ``POST /mj/submit/simple-change``

        doc-001 菜单:Midjourney › 任务提交 › 绘图变化-simple。body {content: "<taskId> U2"}(U1–4, V1–4, R)。

        Args:
            content: 变化描述: "<taskId> <动作>", 动作为 U1–U4, V1–V4 或 R / e.g. "1320098173412546 U2".
            notify_hook: 回调地址 / callback URL.
            state: 自定义参数 / custom state.
        """
        return self._client.submit_task(
            "midjourneySimpleChange",
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
        """执行动作(所有的关联按钮动作UPSCALE; VARIATION; REROLL; ZOOM等)

        ``POST /mj/submit/action``

        doc-001 菜单:Midjourney › 任务提交 › 执行动作。body {taskId, customId}(customId 取自任务 buttons[].customId)。

        Args:
            task_id: 任务ID / id of the task whose button is pressed.
            custom_id: 动作标识, 取自任务的 buttons[].customId / the button's customId from the task's buttons[].
            notify_hook: 回调地址 / callback URL.
            state: 自定义参数 / custom state.
        """
        return self._client.submit_task(
            "midjourneyAction",
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
        """提交Blend任务(图生图)

        ``POST /mj/submit/blend``

        doc-001 菜单:Midjourney › 任务提交 › 提交Blend任务。body {base64Array (2–5), dimensions PORTRAIT|SQUARE|LANDSCAPE, botType}。

        Args:
            base64_array: 图片 base64 数组, 2～5 张 / 2–5 images as base64 data URLs.
            dimensions: 比例 / aspect: PORTRAIT(2:3), SQUARE(1:1), LANDSCAPE(3:2).
            bot_type: bot 类型 / bot type (mj-proxy SubmitImagineDTO; trueai SubmitImagineDTO.cs).
            notify_hook: 回调地址 / callback URL.
            state: 自定义参数 / custom state.
        """
        return self._client.submit_task(
            "midjourneyBlend",
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
        """提交Describe任务(图生文)

        ``POST /mj/submit/describe``

        doc-001 菜单:Midjourney › 任务提交 › 提交Describe任务。body {base64, botType};结果文本在任务 properties.finalPrompt / finalZhPrompt。

        Args:
            base64: 图片 base64 (data URL, data:image/png;base64,...).
            bot_type: bot 类型 / bot type (mj-proxy SubmitImagineDTO; trueai SubmitImagineDTO.cs).
            notify_hook: 回调地址 / callback URL.
            state: 自定义参数 / custom state.
        """
        return self._client.submit_task(
            "midjourneyDescribe",
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
        """提交Modal(提交局部重绘、ZOOM)

        ``POST /mj/submit/modal``

        doc-001 菜单:Midjourney › 任务提交 › 提交Modal。body {taskId, prompt, maskBase64};任务处于 MODAL 状态时必须调用;CustomZoom 的 prompt 需带 --ar 与 --zoom。

        Args:
            task_id: 任务ID / id of the task in status MODAL.
            prompt: 提示词; CustomZoom 时需包含 --ar 与 --zoom 参数 / for CustomZoom the prompt must carry --ar and --zoom.
            mask_base64: 局部重绘的蒙版 base64 / inpainting mask as base64.
            notify_hook: 回调地址 / callback URL.
            state: 自定义参数 / custom state.
        """
        return self._client.submit_task(
            "midjourneyModal",
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
        """提交Shorten任务(prompt分析)

        ``POST /mj/submit/shorten``

        doc-001 菜单:Midjourney › 任务提交 › 提交Shorten任务。body {prompt, botType};结果在 properties.finalPrompt。

        Args:
            prompt: 提示词 / prompt to analyse.
            bot_type: bot 类型 / bot type (mj-proxy SubmitImagineDTO; trueai SubmitImagineDTO.cs).
            notify_hook: 回调地址 / callback URL.
            state: 自定义参数 / custom state.
        """
        return self._client.submit_task(
            "midjourneyShorten",
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
        """提交swap_face任务

        ``POST /mj/insight-face/swap``

        doc-001 菜单:Midjourney › 换脸任务提交 › 提交swap_face任务。body {sourceBase64, targetBase64, accountFilter, notifyHook, state}。

        Args:
            source_base64: 人脸源图片 base64 / image with the face to use.
            target_base64: 目标图片 base64 / image whose face is replaced.
            account_filter: 账号过滤 / account filter (doc-003, swap_face body).
            notify_hook: 回调地址 / callback URL.
            state: 自定义参数 / custom state.
        """
        return self._client.submit_task(
            "midjourneySwapFace",
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


class AsyncMidjourneyResource:
    """Operations under ``client.midjourney``."""

    def __init__(self, client: AsyncClient) -> None:
        self._client = client
        self.tasks = AsyncMidjourneyTasksResource(client)

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
        """提交Imagine任务(文生图、文图生图)

        ``POST /mj/submit/imagine``

        doc-001 菜单:图片接口 › Midjourney › 任务提交 › 提交Imagine任务。midjourney-proxy 标准路由。

        Args:
            prompt: 提示词 / prompt.
            base64_array: 垫图 base64 数组 / reference images as base64 data URLs (data:image/png;base64,...).
            bot_type: bot 类型 / bot type (mj-proxy SubmitImagineDTO; trueai SubmitImagineDTO.cs).
            notify_hook: 回调地址 / callback URL.
            state: 自定义参数 / custom state.
        """
        return await self._client.submit_task(
            "midjourneyImagine",
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
        """绘图变化(UPSCALE; VARIATION; REROLL)

        ``POST /mj/submit/change``

        doc-001 菜单:Midjourney › 任务提交 › 绘图变化。body {taskId, action UPSCALE|VARIATION|REROLL, index 1–4}。

        Args:
            action: 动作 / UPSCALE (放大), VARIATION (变换), REROLL (重新生成).
            task_id: 任务ID / id of the task whose image is changed.
            index: 序号 1～4; action 为 UPSCALE、VARIATION 时必传 / image index 1–4, required unless action is REROLL.
            notify_hook: 回调地址 / callback URL.
            state: 自定义参数 / custom state.
        """
        return await self._client.submit_task(
            "midjourneyChange",
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
        """绘图变化-simple(UPSCALE; VARIATION; REROLL)

        ``POST /mj/submit/simple-change``

        doc-001 菜单:Midjourney › 任务提交 › 绘图变化-simple。body {content: "<taskId> U2"}(U1–4, V1–4, R)。

        Args:
            content: 变化描述: "<taskId> <动作>", 动作为 U1–U4, V1–V4 或 R / e.g. "1320098173412546 U2".
            notify_hook: 回调地址 / callback URL.
            state: 自定义参数 / custom state.
        """
        return await self._client.submit_task(
            "midjourneySimpleChange",
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
        """执行动作(所有的关联按钮动作UPSCALE; VARIATION; REROLL; ZOOM等)

        ``POST /mj/submit/action``

        doc-001 菜单:Midjourney › 任务提交 › 执行动作。body {taskId, customId}(customId 取自任务 buttons[].customId)。

        Args:
            task_id: 任务ID / id of the task whose button is pressed.
            custom_id: 动作标识, 取自任务的 buttons[].customId / the button's customId from the task's buttons[].
            notify_hook: 回调地址 / callback URL.
            state: 自定义参数 / custom state.
        """
        return await self._client.submit_task(
            "midjourneyAction",
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
        """提交Blend任务(图生图)

        ``POST /mj/submit/blend``

        doc-001 菜单:Midjourney › 任务提交 › 提交Blend任务。body {base64Array (2–5), dimensions PORTRAIT|SQUARE|LANDSCAPE, botType}。

        Args:
            base64_array: 图片 base64 数组, 2～5 张 / 2–5 images as base64 data URLs.
            dimensions: 比例 / aspect: PORTRAIT(2:3), SQUARE(1:1), LANDSCAPE(3:2).
            bot_type: bot 类型 / bot type (mj-proxy SubmitImagineDTO; trueai SubmitImagineDTO.cs).
            notify_hook: 回调地址 / callback URL.
            state: 自定义参数 / custom state.
        """
        return await self._client.submit_task(
            "midjourneyBlend",
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
        """提交Describe任务(图生文)

        ``POST /mj/submit/describe``

        doc-001 菜单:Midjourney › 任务提交 › 提交Describe任务。body {base64, botType};结果文本在任务 properties.finalPrompt / finalZhPrompt。

        Args:
            base64: 图片 base64 (data URL, data:image/png;base64,...).
            bot_type: bot 类型 / bot type (mj-proxy SubmitImagineDTO; trueai SubmitImagineDTO.cs).
            notify_hook: 回调地址 / callback URL.
            state: 自定义参数 / custom state.
        """
        return await self._client.submit_task(
            "midjourneyDescribe",
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
        """提交Modal(提交局部重绘、ZOOM)

        ``POST /mj/submit/modal``

        doc-001 菜单:Midjourney › 任务提交 › 提交Modal。body {taskId, prompt, maskBase64};任务处于 MODAL 状态时必须调用;CustomZoom 的 prompt 需带 --ar 与 --zoom。

        Args:
            task_id: 任务ID / id of the task in status MODAL.
            prompt: 提示词; CustomZoom 时需包含 --ar 与 --zoom 参数 / for CustomZoom the prompt must carry --ar and --zoom.
            mask_base64: 局部重绘的蒙版 base64 / inpainting mask as base64.
            notify_hook: 回调地址 / callback URL.
            state: 自定义参数 / custom state.
        """
        return await self._client.submit_task(
            "midjourneyModal",
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
        """提交Shorten任务(prompt分析)

        ``POST /mj/submit/shorten``

        doc-001 菜单:Midjourney › 任务提交 › 提交Shorten任务。body {prompt, botType};结果在 properties.finalPrompt。

        Args:
            prompt: 提示词 / prompt to analyse.
            bot_type: bot 类型 / bot type (mj-proxy SubmitImagineDTO; trueai SubmitImagineDTO.cs).
            notify_hook: 回调地址 / callback URL.
            state: 自定义参数 / custom state.
        """
        return await self._client.submit_task(
            "midjourneyShorten",
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
        """提交swap_face任务

        ``POST /mj/insight-face/swap``

        doc-001 菜单:Midjourney › 换脸任务提交 › 提交swap_face任务。body {sourceBase64, targetBase64, accountFilter, notifyHook, state}。

        Args:
            source_base64: 人脸源图片 base64 / image with the face to use.
            target_base64: 目标图片 base64 / image whose face is replaced.
            account_filter: 账号过滤 / account filter (doc-003, swap_face body).
            notify_hook: 回调地址 / callback URL.
            state: 自定义参数 / custom state.
        """
        return await self._client.submit_task(
            "midjourneySwapFace",
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


class FluxResource:
    """Operations under ``client.flux``."""

    def __init__(self, client: SyncClient) -> None:
        self._client = client

    def generate(
        self,
        *,
        model: str,
        prompt: str | NotGiven = NOT_GIVEN,
        extra_body: Mapping[str, Any] | None = None,
        download_to: str | os.PathLike[str] | None = None,
        options: RequestOptions | None = None,
    ) -> Task[_models.FluxResult]:
        """生成图像(image)

        ``POST /flux/v1/{model}``

        doc-001 菜单:图片接口 › Flux › 官方格式 › 生成图像(image)。BFL 官方格式提交,path 中为模型名。

        Args:
            model: Flux 模型名(BFL 端点名),例如 flux-pro-1.1、flux-dev。
            prompt: 提示词。
        """
        return self._client.submit_task(
            "fluxGenerate",
            path_params={
                "model": model,
            },
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
            parse=_models.FluxResult.model_validate,
        )

    def get_result(
        self,
        *,
        id: str,
        options: RequestOptions | None = None,
    ) -> _models.FluxResult:
        """查询任务(get_result)

        ``GET /flux/v1/get_result``

        doc-001 菜单:图片接口 › Flux › 官方格式 › 查询任务(get_result)。→ {id, status, result:{sample, seed, prompt, start_time, end_time, duration}}。

        Args:
            id: 提交返回的任务 id。
        """
        return self._client.request(
            "fluxGetResult",
            path_params={},
            query=_given(
                {
                    "id": id,
                }
            ),
            headers={},
            body=None,
            options=options,
            parse=_models.FluxResult.model_validate,
        )


class AsyncFluxResource:
    """Operations under ``client.flux``."""

    def __init__(self, client: AsyncClient) -> None:
        self._client = client

    async def generate(
        self,
        *,
        model: str,
        prompt: str | NotGiven = NOT_GIVEN,
        extra_body: Mapping[str, Any] | None = None,
        download_to: str | os.PathLike[str] | None = None,
        options: RequestOptions | None = None,
    ) -> AsyncTask[_models.FluxResult]:
        """生成图像(image)

        ``POST /flux/v1/{model}``

        doc-001 菜单:图片接口 › Flux › 官方格式 › 生成图像(image)。BFL 官方格式提交,path 中为模型名。

        Args:
            model: Flux 模型名(BFL 端点名),例如 flux-pro-1.1、flux-dev。
            prompt: 提示词。
        """
        return await self._client.submit_task(
            "fluxGenerate",
            path_params={
                "model": model,
            },
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
            parse=_models.FluxResult.model_validate,
        )

    async def get_result(
        self,
        *,
        id: str,
        options: RequestOptions | None = None,
    ) -> _models.FluxResult:
        """查询任务(get_result)

        ``GET /flux/v1/get_result``

        doc-001 菜单:图片接口 › Flux › 官方格式 › 查询任务(get_result)。→ {id, status, result:{sample, seed, prompt, start_time, end_time, duration}}。

        Args:
            id: 提交返回的任务 id。
        """
        return await self._client.request(
            "fluxGetResult",
            path_params={},
            query=_given(
                {
                    "id": id,
                }
            ),
            headers={},
            body=None,
            options=options,
            parse=_models.FluxResult.model_validate,
        )


class IdeogramResource:
    """Operations under ``client.ideogram``."""

    def __init__(self, client: SyncClient) -> None:
        self._client = client

    def generate(
        self,
        *,
        image_request: _models.IdeogramImageRequest | Mapping[str, Any],
        options: RequestOptions | None = None,
    ) -> _models.IdeogramImagesResponse:
        """Generate(文生图)

        ``POST /ideogram/generate``

        doc-001 菜单:图片接口 › Ideogram(官方格式) › Generate(文生图)。body {image_request:{prompt, model, aspect_ratio, magic_prompt_option, seed, style_type, negative_prompt}}。

        Args:
            image_request: Ideogram legacy image_request (ideogram-crazyrouter, ideogram-tessl; doc-003 remix example).
        """
        return self._client.request(
            "ideogramGenerate",
            path_params={},
            query={},
            headers={},
            body=_given(
                {
                    "image_request": image_request,
                }
            ),
            options=options,
            parse=_models.IdeogramImagesResponse.model_validate,
        )

    def remix(
        self,
        *,
        image_file: FileInput,
        image_request: str | NotGiven = NOT_GIVEN,
        options: RequestOptions | None = None,
    ) -> _models.IdeogramImagesResponse:
        """Remix(混合图)

        ``POST /ideogram/remix``

        doc-001 菜单:Ideogram(官方格式) › Remix(混合图)。multipart:image_file + image_request(JSON 字符串)。

        Args:
            image_file: 图片文件
            image_request: JSON string, e.g. remix {"prompt": "…", "aspect_ratio": "ASPECT_10_16", "image_weight": 50, "magic_prompt_option": "ON", "model": "V_2"}; upscale {"resemblance":50,"magic_prompt_option":"AUTO","prompt":"…","seed":12345,"detail":50} (doc-003).
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
                }
            ),
            options=options,
            parse=_models.IdeogramImagesResponse.model_validate,
        )

    def upscale(
        self,
        *,
        image_file: FileInput,
        image_request: str | NotGiven = NOT_GIVEN,
        options: RequestOptions | None = None,
    ) -> _models.IdeogramImagesResponse:
        """Upscale(放大高清)

        ``POST /ideogram/upscale``

        doc-001 菜单:Ideogram(官方格式) › Upscale(放大高清)。multipart:image_file + image_request(JSON 字符串)。

        Args:
            image_file: 图片文件
            image_request: JSON string, e.g. remix {"prompt": "…", "aspect_ratio": "ASPECT_10_16", "image_weight": 50, "magic_prompt_option": "ON", "model": "V_2"}; upscale {"resemblance":50,"magic_prompt_option":"AUTO","prompt":"…","seed":12345,"detail":50} (doc-003).
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
                }
            ),
            options=options,
            parse=_models.IdeogramImagesResponse.model_validate,
        )

    def describe(
        self,
        *,
        image_file: FileInput,
        options: RequestOptions | None = None,
    ) -> _models.IdeogramImagesResponse:
        """Describe(描述)

        ``POST /ideogram/describe``

        doc-001 菜单:Ideogram(官方格式) › Describe(描述)。multipart:image_file → {descriptions:[{text}], …}。

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
                }
            ),
            options=options,
            parse=_models.IdeogramImagesResponse.model_validate,
        )


class AsyncIdeogramResource:
    """Operations under ``client.ideogram``."""

    def __init__(self, client: AsyncClient) -> None:
        self._client = client

    async def generate(
        self,
        *,
        image_request: _models.IdeogramImageRequest | Mapping[str, Any],
        options: RequestOptions | None = None,
    ) -> _models.IdeogramImagesResponse:
        """Generate(文生图)

        ``POST /ideogram/generate``

        doc-001 菜单:图片接口 › Ideogram(官方格式) › Generate(文生图)。body {image_request:{prompt, model, aspect_ratio, magic_prompt_option, seed, style_type, negative_prompt}}。

        Args:
            image_request: Ideogram legacy image_request (ideogram-crazyrouter, ideogram-tessl; doc-003 remix example).
        """
        return await self._client.request(
            "ideogramGenerate",
            path_params={},
            query={},
            headers={},
            body=_given(
                {
                    "image_request": image_request,
                }
            ),
            options=options,
            parse=_models.IdeogramImagesResponse.model_validate,
        )

    async def remix(
        self,
        *,
        image_file: FileInput,
        image_request: str | NotGiven = NOT_GIVEN,
        options: RequestOptions | None = None,
    ) -> _models.IdeogramImagesResponse:
        """Remix(混合图)

        ``POST /ideogram/remix``

        doc-001 菜单:Ideogram(官方格式) › Remix(混合图)。multipart:image_file + image_request(JSON 字符串)。

        Args:
            image_file: 图片文件
            image_request: JSON string, e.g. remix {"prompt": "…", "aspect_ratio": "ASPECT_10_16", "image_weight": 50, "magic_prompt_option": "ON", "model": "V_2"}; upscale {"resemblance":50,"magic_prompt_option":"AUTO","prompt":"…","seed":12345,"detail":50} (doc-003).
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
                }
            ),
            options=options,
            parse=_models.IdeogramImagesResponse.model_validate,
        )

    async def upscale(
        self,
        *,
        image_file: FileInput,
        image_request: str | NotGiven = NOT_GIVEN,
        options: RequestOptions | None = None,
    ) -> _models.IdeogramImagesResponse:
        """Upscale(放大高清)

        ``POST /ideogram/upscale``

        doc-001 菜单:Ideogram(官方格式) › Upscale(放大高清)。multipart:image_file + image_request(JSON 字符串)。

        Args:
            image_file: 图片文件
            image_request: JSON string, e.g. remix {"prompt": "…", "aspect_ratio": "ASPECT_10_16", "image_weight": 50, "magic_prompt_option": "ON", "model": "V_2"}; upscale {"resemblance":50,"magic_prompt_option":"AUTO","prompt":"…","seed":12345,"detail":50} (doc-003).
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
                }
            ),
            options=options,
            parse=_models.IdeogramImagesResponse.model_validate,
        )

    async def describe(
        self,
        *,
        image_file: FileInput,
        options: RequestOptions | None = None,
    ) -> _models.IdeogramImagesResponse:
        """Describe(描述)

        ``POST /ideogram/describe``

        doc-001 菜单:Ideogram(官方格式) › Describe(描述)。multipart:image_file → {descriptions:[{text}], …}。

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
                }
            ),
            options=options,
            parse=_models.IdeogramImagesResponse.model_validate,
        )


class LumaGenerationsResource:
    """Operations under ``client.luma.generations``."""

    def __init__(self, client: SyncClient) -> None:
        self._client = client

    def create(
        self,
        *,
        user_prompt: str,
        aspect_ratio: str | NotGiven = NOT_GIVEN,
        expand_prompt: bool | NotGiven = NOT_GIVEN,
        image_url: str | FileInput | NotGiven = NOT_GIVEN,
        image_end_url: str | FileInput | NotGiven = NOT_GIVEN,
        loop: bool | NotGiven = NOT_GIVEN,
        extra_body: Mapping[str, Any] | None = None,
        download_to: str | os.PathLike[str] | None = None,
        options: RequestOptions | None = None,
    ) -> Task[_models.LumaGenerationResponse]:
        """提交生成视频任务

        ``POST /luma/generations``

        doc-001 菜单:视频接口 › Luma › 官方格式(v2) › 提交生成视频任务。body {user_prompt, aspect_ratio, expand_prompt, image_url, image_end_url}。

        Args:
            user_prompt: 提示词
            expand_prompt: 是否优化扩展提示词
            image_url: 开始帧图片 / reference image URL
            image_end_url: 结束帧图片 / end keyframe URL
            loop: 是否循环 (doc-003; not in Luma-API GenRequest).
        """
        return self._client.submit_task(
            "lumaCreateGeneration",
            path_params={},
            query={},
            headers={},
            body=_given(
                {
                    "user_prompt": user_prompt,
                    "aspect_ratio": aspect_ratio,
                    "expand_prompt": expand_prompt,
                    "image_url": image_url,
                    "image_end_url": image_end_url,
                    "loop": loop,
                },
                extra_body,
            ),
            options=options,
            download_to=download_to,
            parse=_models.LumaGenerationResponse.model_validate,
        )

    def retrieve(
        self,
        *,
        task_id: str,
        options: RequestOptions | None = None,
    ) -> _models.LumaGenerationResponse:
        """查询单个任务

        ``GET /luma/generations/{task_id}``

        doc-001 菜单:Luma › 官方格式(v2) › 查询单个任务。视频地址在 video.url(doc-003 另有 video.download_url)。

        Args:
            task_id: 任务 id
        """
        return self._client.request(
            "lumaGetGeneration",
            path_params={
                "task_id": task_id,
            },
            query={},
            headers={},
            body=None,
            options=options,
            parse=_models.LumaGenerationResponse.model_validate,
        )

    def extend(
        self,
        *,
        task_id: str,
        user_prompt: str,
        aspect_ratio: str | NotGiven = NOT_GIVEN,
        expand_prompt: bool | NotGiven = NOT_GIVEN,
        image_url: str | FileInput | NotGiven = NOT_GIVEN,
        image_end_url: str | FileInput | NotGiven = NOT_GIVEN,
        loop: bool | NotGiven = NOT_GIVEN,
        extra_body: Mapping[str, Any] | None = None,
        download_to: str | os.PathLike[str] | None = None,
        options: RequestOptions | None = None,
    ) -> Task[_models.LumaGenerationResponse]:
        """扩展视频

        ``POST /luma/generations/{task_id}/extend``

        doc-001 菜单:Luma › 官方格式(v2) › 扩展视频。body 同提交;README 称约延长 5 秒。

        Args:
            task_id: 要扩展的任务 id
            user_prompt: 提示词
            expand_prompt: 是否优化扩展提示词
            image_url: 开始帧图片 / reference image URL
            image_end_url: 结束帧图片 / end keyframe URL
            loop: 是否循环 (doc-003; not in Luma-API GenRequest).
        """
        return self._client.submit_task(
            "lumaExtendGeneration",
            path_params={
                "task_id": task_id,
            },
            query={},
            headers={},
            body=_given(
                {
                    "user_prompt": user_prompt,
                    "aspect_ratio": aspect_ratio,
                    "expand_prompt": expand_prompt,
                    "image_url": image_url,
                    "image_end_url": image_end_url,
                    "loop": loop,
                },
                extra_body,
            ),
            options=options,
            download_to=download_to,
            parse=_models.LumaGenerationResponse.model_validate,
        )

    def download_video_url(
        self,
        *,
        task_id: str,
        options: RequestOptions | None = None,
    ) -> _models.LumaDownloadUrlResponse:
        """获取视频无水印链接

        ``GET /luma/generations/{task_id}/download_video_url``

        doc-001 菜单:Luma › 官方格式(v2) › 获取视频无水印链接。

        Args:
            task_id: 任务 id
        """
        return self._client.request(
            "lumaGetDownloadVideoUrl",
            path_params={
                "task_id": task_id,
            },
            query={},
            headers={},
            body=None,
            options=options,
            parse=_models.LumaDownloadUrlResponse.model_validate,
        )


class AsyncLumaGenerationsResource:
    """Operations under ``client.luma.generations``."""

    def __init__(self, client: AsyncClient) -> None:
        self._client = client

    async def create(
        self,
        *,
        user_prompt: str,
        aspect_ratio: str | NotGiven = NOT_GIVEN,
        expand_prompt: bool | NotGiven = NOT_GIVEN,
        image_url: str | FileInput | NotGiven = NOT_GIVEN,
        image_end_url: str | FileInput | NotGiven = NOT_GIVEN,
        loop: bool | NotGiven = NOT_GIVEN,
        extra_body: Mapping[str, Any] | None = None,
        download_to: str | os.PathLike[str] | None = None,
        options: RequestOptions | None = None,
    ) -> AsyncTask[_models.LumaGenerationResponse]:
        """提交生成视频任务

        ``POST /luma/generations``

        doc-001 菜单:视频接口 › Luma › 官方格式(v2) › 提交生成视频任务。body {user_prompt, aspect_ratio, expand_prompt, image_url, image_end_url}。

        Args:
            user_prompt: 提示词
            expand_prompt: 是否优化扩展提示词
            image_url: 开始帧图片 / reference image URL
            image_end_url: 结束帧图片 / end keyframe URL
            loop: 是否循环 (doc-003; not in Luma-API GenRequest).
        """
        return await self._client.submit_task(
            "lumaCreateGeneration",
            path_params={},
            query={},
            headers={},
            body=_given(
                {
                    "user_prompt": user_prompt,
                    "aspect_ratio": aspect_ratio,
                    "expand_prompt": expand_prompt,
                    "image_url": image_url,
                    "image_end_url": image_end_url,
                    "loop": loop,
                },
                extra_body,
            ),
            options=options,
            download_to=download_to,
            parse=_models.LumaGenerationResponse.model_validate,
        )

    async def retrieve(
        self,
        *,
        task_id: str,
        options: RequestOptions | None = None,
    ) -> _models.LumaGenerationResponse:
        """查询单个任务

        ``GET /luma/generations/{task_id}``

        doc-001 菜单:Luma › 官方格式(v2) › 查询单个任务。视频地址在 video.url(doc-003 另有 video.download_url)。

        Args:
            task_id: 任务 id
        """
        return await self._client.request(
            "lumaGetGeneration",
            path_params={
                "task_id": task_id,
            },
            query={},
            headers={},
            body=None,
            options=options,
            parse=_models.LumaGenerationResponse.model_validate,
        )

    async def extend(
        self,
        *,
        task_id: str,
        user_prompt: str,
        aspect_ratio: str | NotGiven = NOT_GIVEN,
        expand_prompt: bool | NotGiven = NOT_GIVEN,
        image_url: str | FileInput | NotGiven = NOT_GIVEN,
        image_end_url: str | FileInput | NotGiven = NOT_GIVEN,
        loop: bool | NotGiven = NOT_GIVEN,
        extra_body: Mapping[str, Any] | None = None,
        download_to: str | os.PathLike[str] | None = None,
        options: RequestOptions | None = None,
    ) -> AsyncTask[_models.LumaGenerationResponse]:
        """扩展视频

        ``POST /luma/generations/{task_id}/extend``

        doc-001 菜单:Luma › 官方格式(v2) › 扩展视频。body 同提交;README 称约延长 5 秒。

        Args:
            task_id: 要扩展的任务 id
            user_prompt: 提示词
            expand_prompt: 是否优化扩展提示词
            image_url: 开始帧图片 / reference image URL
            image_end_url: 结束帧图片 / end keyframe URL
            loop: 是否循环 (doc-003; not in Luma-API GenRequest).
        """
        return await self._client.submit_task(
            "lumaExtendGeneration",
            path_params={
                "task_id": task_id,
            },
            query={},
            headers={},
            body=_given(
                {
                    "user_prompt": user_prompt,
                    "aspect_ratio": aspect_ratio,
                    "expand_prompt": expand_prompt,
                    "image_url": image_url,
                    "image_end_url": image_end_url,
                    "loop": loop,
                },
                extra_body,
            ),
            options=options,
            download_to=download_to,
            parse=_models.LumaGenerationResponse.model_validate,
        )

    async def download_video_url(
        self,
        *,
        task_id: str,
        options: RequestOptions | None = None,
    ) -> _models.LumaDownloadUrlResponse:
        """获取视频无水印链接

        ``GET /luma/generations/{task_id}/download_video_url``

        doc-001 菜单:Luma › 官方格式(v2) › 获取视频无水印链接。

        Args:
            task_id: 任务 id
        """
        return await self._client.request(
            "lumaGetDownloadVideoUrl",
            path_params={
                "task_id": task_id,
            },
            query={},
            headers={},
            body=None,
            options=options,
            parse=_models.LumaDownloadUrlResponse.model_validate,
        )


class LumaGoamzResource:
    """Operations under ``client.luma.goamz``."""

    def __init__(self, client: SyncClient) -> None:
        self._client = client

    def generate(
        self,
        *,
        user_prompt: str,
        aspect_ratio: str | NotGiven = NOT_GIVEN,
        expand_prompt: bool | NotGiven = NOT_GIVEN,
        image_url: str | FileInput | NotGiven = NOT_GIVEN,
        image_end_url: str | FileInput | NotGiven = NOT_GIVEN,
        loop: bool | NotGiven = NOT_GIVEN,
        extra_body: Mapping[str, Any] | None = None,
        download_to: str | os.PathLike[str] | None = None,
        options: RequestOptions | None = None,
    ) -> Task[_models.LumaGenerationResponse]:
        """GoAmzAI格式 生成视频(付费版 / 免费版)

        ``POST /luma/v1/generations``

        doc-001 菜单:视频接口 › Luma › GoAmzAI格式 › 付费版 / 免费版 › 生成视频。同模板转售站:POST /luma/v1/generations
        {user_prompt, aspect_ratio, expand_prompt, loop, image_url, image_end_url}(openxs:「兼容GoAmz:接口改为 /luma/V1/generations」)。

        Args:
            user_prompt: 提示词
            expand_prompt: 是否优化扩展提示词
            image_url: 开始帧图片 / reference image URL
            image_end_url: 结束帧图片 / end keyframe URL
            loop: 是否循环 (doc-003; not in Luma-API GenRequest).
        """
        return self._client.submit_task(
            "lumaGoAmzGenerate",
            path_params={},
            query={},
            headers={},
            body=_given(
                {
                    "user_prompt": user_prompt,
                    "aspect_ratio": aspect_ratio,
                    "expand_prompt": expand_prompt,
                    "image_url": image_url,
                    "image_end_url": image_end_url,
                    "loop": loop,
                },
                extra_body,
            ),
            options=options,
            download_to=download_to,
            parse=_models.LumaGenerationResponse.model_validate,
        )

    def get(
        self,
        *,
        id: str,
        options: RequestOptions | None = None,
    ) -> _models.LumaGeneration:
        """GoAmzAI格式 获取视频(付费版 / 免费版)

        ``GET /luma/v1/task``

        doc-001 菜单:视频接口 › Luma › GoAmzAI格式 › 付费版 / 免费版 › 获取视频。GET /luma/v1/task?id=<generation id> → Luma 生成对象(state pending | processing | completed,video.url)。

        Args:
            id: 生成任务 id
        """
        return self._client.request(
            "lumaGoAmzGetTask",
            path_params={},
            query=_given(
                {
                    "id": id,
                }
            ),
            headers={},
            body=None,
            options=options,
            parse=_models.LumaGeneration.model_validate,
        )


class AsyncLumaGoamzResource:
    """Operations under ``client.luma.goamz``."""

    def __init__(self, client: AsyncClient) -> None:
        self._client = client

    async def generate(
        self,
        *,
        user_prompt: str,
        aspect_ratio: str | NotGiven = NOT_GIVEN,
        expand_prompt: bool | NotGiven = NOT_GIVEN,
        image_url: str | FileInput | NotGiven = NOT_GIVEN,
        image_end_url: str | FileInput | NotGiven = NOT_GIVEN,
        loop: bool | NotGiven = NOT_GIVEN,
        extra_body: Mapping[str, Any] | None = None,
        download_to: str | os.PathLike[str] | None = None,
        options: RequestOptions | None = None,
    ) -> AsyncTask[_models.LumaGenerationResponse]:
        """GoAmzAI格式 生成视频(付费版 / 免费版)

        ``POST /luma/v1/generations``

        doc-001 菜单:视频接口 › Luma › GoAmzAI格式 › 付费版 / 免费版 › 生成视频。同模板转售站:POST /luma/v1/generations
        {user_prompt, aspect_ratio, expand_prompt, loop, image_url, image_end_url}(openxs:「兼容GoAmz:接口改为 /luma/V1/generations」)。

        Args:
            user_prompt: 提示词
            expand_prompt: 是否优化扩展提示词
            image_url: 开始帧图片 / reference image URL
            image_end_url: 结束帧图片 / end keyframe URL
            loop: 是否循环 (doc-003; not in Luma-API GenRequest).
        """
        return await self._client.submit_task(
            "lumaGoAmzGenerate",
            path_params={},
            query={},
            headers={},
            body=_given(
                {
                    "user_prompt": user_prompt,
                    "aspect_ratio": aspect_ratio,
                    "expand_prompt": expand_prompt,
                    "image_url": image_url,
                    "image_end_url": image_end_url,
                    "loop": loop,
                },
                extra_body,
            ),
            options=options,
            download_to=download_to,
            parse=_models.LumaGenerationResponse.model_validate,
        )

    async def get(
        self,
        *,
        id: str,
        options: RequestOptions | None = None,
    ) -> _models.LumaGeneration:
        """GoAmzAI格式 获取视频(付费版 / 免费版)

        ``GET /luma/v1/task``

        doc-001 菜单:视频接口 › Luma › GoAmzAI格式 › 付费版 / 免费版 › 获取视频。GET /luma/v1/task?id=<generation id> → Luma 生成对象(state pending | processing | completed,video.url)。

        Args:
            id: 生成任务 id
        """
        return await self._client.request(
            "lumaGoAmzGetTask",
            path_params={},
            query=_given(
                {
                    "id": id,
                }
            ),
            headers={},
            body=None,
            options=options,
            parse=_models.LumaGeneration.model_validate,
        )


class LumaResource:
    """Operations under ``client.luma``."""

    def __init__(self, client: SyncClient) -> None:
        self._client = client
        self.generations = LumaGenerationsResource(client)
        self.goamz = LumaGoamzResource(client)


class AsyncLumaResource:
    """Operations under ``client.luma``."""

    def __init__(self, client: AsyncClient) -> None:
        self._client = client
        self.generations = AsyncLumaGenerationsResource(client)
        self.goamz = AsyncLumaGoamzResource(client)


class CogvideoxAsyncResultsResource:
    """Operations under ``client.cogvideox.async_results``."""

    def __init__(self, client: SyncClient) -> None:
        self._client = client

    def retrieve(
        self,
        *,
        id: str,
        options: RequestOptions | None = None,
    ) -> _models.CogVideoXAsyncResult:
        """查询(async-result)

        ``GET /cogvideox/v4/async-result/{id}``

        doc-001 菜单:视频接口 › CogVideoX(官方格式) › 查询(async-result)。→ {model, request_id, task_status, video_result:[{url, cover_image_url}]}。
        同模板另有批量 POST /cogvideox/v4/async-results。提交见 cogvideoxGenerate(POST /cogvideox/v4/videos/generations,路径为推断)。

        Args:
            id: 任务 id
        """
        return self._client.request(
            "cogvideoxGetAsyncResult",
            path_params={
                "id": id,
            },
            query={},
            headers={},
            body=None,
            options=options,
            parse=_models.CogVideoXAsyncResult.model_validate,
        )


class AsyncCogvideoxAsyncResultsResource:
    """Operations under ``client.cogvideox.async_results``."""

    def __init__(self, client: AsyncClient) -> None:
        self._client = client

    async def retrieve(
        self,
        *,
        id: str,
        options: RequestOptions | None = None,
    ) -> _models.CogVideoXAsyncResult:
        """查询(async-result)

        ``GET /cogvideox/v4/async-result/{id}``

        doc-001 菜单:视频接口 › CogVideoX(官方格式) › 查询(async-result)。→ {model, request_id, task_status, video_result:[{url, cover_image_url}]}。
        同模板另有批量 POST /cogvideox/v4/async-results。提交见 cogvideoxGenerate(POST /cogvideox/v4/videos/generations,路径为推断)。

        Args:
            id: 任务 id
        """
        return await self._client.request(
            "cogvideoxGetAsyncResult",
            path_params={
                "id": id,
            },
            query={},
            headers={},
            body=None,
            options=options,
            parse=_models.CogVideoXAsyncResult.model_validate,
        )


class CogvideoxGenerationsResource:
    """Operations under ``client.cogvideox.generations``."""

    def __init__(self, client: SyncClient) -> None:
        self._client = client

    def create(
        self,
        *,
        model: str,
        prompt: str,
        image_url: str | FileInput | NotGiven = NOT_GIVEN,
        quality: str | NotGiven = NOT_GIVEN,
        with_audio: bool | NotGiven = NOT_GIVEN,
        size: str | NotGiven = NOT_GIVEN,
        fps: int | NotGiven = NOT_GIVEN,
        request_id: str | NotGiven = NOT_GIVEN,
        user_id: str | NotGiven = NOT_GIVEN,
        extra_body: Mapping[str, Any] | None = None,
        download_to: str | os.PathLike[str] | None = None,
        options: RequestOptions | None = None,
    ) -> Task[_models.CogVideoXAsyncResult]:
        """生成(generations)

        ``POST /cogvideox/v4/videos/generations``

        doc-001 菜单:视频接口 › CogVideoX(官方格式) › 生成(generations)。→ {id, model, request_id, task_status PROCESSING}。

        Args:
            image_url: 图生视频:首帧图片 URL 或 base64。
        """
        return self._client.submit_task(
            "cogvideoxGenerate",
            path_params={},
            query={},
            headers={},
            body=_given(
                {
                    "model": model,
                    "prompt": prompt,
                    "image_url": image_url,
                    "quality": quality,
                    "with_audio": with_audio,
                    "size": size,
                    "fps": fps,
                    "request_id": request_id,
                    "user_id": user_id,
                },
                extra_body,
            ),
            options=options,
            download_to=download_to,
            parse=_models.CogVideoXAsyncResult.model_validate,
        )


class AsyncCogvideoxGenerationsResource:
    """Operations under ``client.cogvideox.generations``."""

    def __init__(self, client: AsyncClient) -> None:
        self._client = client

    async def create(
        self,
        *,
        model: str,
        prompt: str,
        image_url: str | FileInput | NotGiven = NOT_GIVEN,
        quality: str | NotGiven = NOT_GIVEN,
        with_audio: bool | NotGiven = NOT_GIVEN,
        size: str | NotGiven = NOT_GIVEN,
        fps: int | NotGiven = NOT_GIVEN,
        request_id: str | NotGiven = NOT_GIVEN,
        user_id: str | NotGiven = NOT_GIVEN,
        extra_body: Mapping[str, Any] | None = None,
        download_to: str | os.PathLike[str] | None = None,
        options: RequestOptions | None = None,
    ) -> AsyncTask[_models.CogVideoXAsyncResult]:
        """生成(generations)

        ``POST /cogvideox/v4/videos/generations``

        doc-001 菜单:视频接口 › CogVideoX(官方格式) › 生成(generations)。→ {id, model, request_id, task_status PROCESSING}。

        Args:
            image_url: 图生视频:首帧图片 URL 或 base64。
        """
        return await self._client.submit_task(
            "cogvideoxGenerate",
            path_params={},
            query={},
            headers={},
            body=_given(
                {
                    "model": model,
                    "prompt": prompt,
                    "image_url": image_url,
                    "quality": quality,
                    "with_audio": with_audio,
                    "size": size,
                    "fps": fps,
                    "request_id": request_id,
                    "user_id": user_id,
                },
                extra_body,
            ),
            options=options,
            download_to=download_to,
            parse=_models.CogVideoXAsyncResult.model_validate,
        )


class CogvideoxResource:
    """Operations under ``client.cogvideox``."""

    def __init__(self, client: SyncClient) -> None:
        self._client = client
        self.async_results = CogvideoxAsyncResultsResource(client)
        self.generations = CogvideoxGenerationsResource(client)


class AsyncCogvideoxResource:
    """Operations under ``client.cogvideox``."""

    def __init__(self, client: AsyncClient) -> None:
        self._client = client
        self.async_results = AsyncCogvideoxAsyncResultsResource(client)
        self.generations = AsyncCogvideoxGenerationsResource(client)


class ViduTasksResource:
    """Operations under ``client.vidu.tasks``."""

    def __init__(self, client: SyncClient) -> None:
        self._client = client

    def create(
        self,
        *,
        input: _models.ViduCreateTaskRequestInput | Mapping[str, Any],
        type: str,
        settings: _models.ViduCreateTaskRequestSettings | Mapping[str, Any],
        extra_body: Mapping[str, Any] | None = None,
        download_to: str | os.PathLike[str] | None = None,
        options: RequestOptions | None = None,
    ) -> Task[_models.ViduTask]:
        """创建视频(tasks) / 高清视频(tasks)

        ``POST /vidu/v1/tasks``

        doc-001 菜单:视频接口 › Vidu(官方格式) › 普通 › 「创建视频(tasks)」「高清视频(tasks)」——两者同为 POST /vidu/v1/tasks,
        以 type 区分(高清视频 type = "upscale",input.creation_id 为 creations 里的 id,不是 task_id)。返回任务对象(state queueing …)。

        Args:
            type: e.g. img2video, character2video, upscale.
        """
        return self._client.submit_task(
            "viduCreateTask",
            path_params={},
            query={},
            headers={},
            body=_given(
                {
                    "input": input,
                    "type": type,
                    "settings": settings,
                },
                extra_body,
            ),
            options=options,
            download_to=download_to,
            parse=_models.ViduTask.model_validate,
        )

    def state(
        self,
        *,
        id: str,
        options: RequestOptions | None = None,
    ) -> Stream[_models.ViduTaskStateEvent]:
        """视频状态(state)

        ``GET /vidu/v1/tasks/state``

        doc-001 菜单:Vidu(官方格式) › 普通 › 视频状态(state)。GET /vidu/v1/tasks/state?id=… 以 text/event-stream 推送
        `data: {"state":"queueing|processing|…","estimated_time_left":0,"err_code":""}`。

        Args:
            id: 任务 id
        """
        return self._client.stream(
            "viduGetTaskState",
            path_params={},
            query=_given(
                {
                    "id": id,
                }
            ),
            headers={},
            body=None,
            options=options,
            parse=_models.ViduTaskStateEvent.model_validate,
        )

    def get(
        self,
        *,
        id: str,
        options: RequestOptions | None = None,
    ) -> _models.ViduTask:
        """视频查询(tasks-get)

        ``GET /vidu/v1/tasks/{id}``

        doc-001 菜单:视频接口 › Vidu(官方格式) › 普通 › 视频查询(tasks-get)。GET /vidu/v1/tasks/{id} → 任务对象(state、creations[].uri)。

        Args:
            id: 任务 id
        """
        return self._client.request(
            "viduGetTask",
            path_params={
                "id": id,
            },
            query={},
            headers={},
            body=None,
            options=options,
            parse=_models.ViduTask.model_validate,
        )


class AsyncViduTasksResource:
    """Operations under ``client.vidu.tasks``."""

    def __init__(self, client: AsyncClient) -> None:
        self._client = client

    async def create(
        self,
        *,
        input: _models.ViduCreateTaskRequestInput | Mapping[str, Any],
        type: str,
        settings: _models.ViduCreateTaskRequestSettings | Mapping[str, Any],
        extra_body: Mapping[str, Any] | None = None,
        download_to: str | os.PathLike[str] | None = None,
        options: RequestOptions | None = None,
    ) -> AsyncTask[_models.ViduTask]:
        """创建视频(tasks) / 高清视频(tasks)

        ``POST /vidu/v1/tasks``

        doc-001 菜单:视频接口 › Vidu(官方格式) › 普通 › 「创建视频(tasks)」「高清视频(tasks)」——两者同为 POST /vidu/v1/tasks,
        以 type 区分(高清视频 type = "upscale",input.creation_id 为 creations 里的 id,不是 task_id)。返回任务对象(state queueing …)。

        Args:
            type: e.g. img2video, character2video, upscale.
        """
        return await self._client.submit_task(
            "viduCreateTask",
            path_params={},
            query={},
            headers={},
            body=_given(
                {
                    "input": input,
                    "type": type,
                    "settings": settings,
                },
                extra_body,
            ),
            options=options,
            download_to=download_to,
            parse=_models.ViduTask.model_validate,
        )

    async def state(
        self,
        *,
        id: str,
        options: RequestOptions | None = None,
    ) -> AsyncStream[_models.ViduTaskStateEvent]:
        """视频状态(state)

        ``GET /vidu/v1/tasks/state``

        doc-001 菜单:Vidu(官方格式) › 普通 › 视频状态(state)。GET /vidu/v1/tasks/state?id=… 以 text/event-stream 推送
        `data: {"state":"queueing|processing|…","estimated_time_left":0,"err_code":""}`。

        Args:
            id: 任务 id
        """
        return await self._client.stream(
            "viduGetTaskState",
            path_params={},
            query=_given(
                {
                    "id": id,
                }
            ),
            headers={},
            body=None,
            options=options,
            parse=_models.ViduTaskStateEvent.model_validate,
        )

    async def get(
        self,
        *,
        id: str,
        options: RequestOptions | None = None,
    ) -> _models.ViduTask:
        """视频查询(tasks-get)

        ``GET /vidu/v1/tasks/{id}``

        doc-001 菜单:视频接口 › Vidu(官方格式) › 普通 › 视频查询(tasks-get)。GET /vidu/v1/tasks/{id} → 任务对象(state、creations[].uri)。

        Args:
            id: 任务 id
        """
        return await self._client.request(
            "viduGetTask",
            path_params={
                "id": id,
            },
            query={},
            headers={},
            body=None,
            options=options,
            parse=_models.ViduTask.model_validate,
        )


class ViduResource:
    """Operations under ``client.vidu``."""

    def __init__(self, client: SyncClient) -> None:
        self._client = client
        self.tasks = ViduTasksResource(client)


class AsyncViduResource:
    """Operations under ``client.vidu``."""

    def __init__(self, client: AsyncClient) -> None:
        self._client = client
        self.tasks = AsyncViduTasksResource(client)


class PikaResource:
    """Operations under ``client.pika``."""

    def __init__(self, client: SyncClient) -> None:
        self._client = client

    def generate(
        self,
        *,
        pikaffect: str | NotGiven = NOT_GIVEN,
        prompt_text: str | NotGiven = NOT_GIVEN,
        model: Literal["1.5", "2.0"] | NotGiven = NOT_GIVEN,
        options: _models.PikaGenerateRequestOptions | Mapping[str, Any] | NotGiven = NOT_GIVEN,
        image: str | NotGiven = NOT_GIVEN,
        extra_body: Mapping[str, Any] | None = None,
        download_to: str | os.PathLike[str] | None = None,
        request_options: RequestOptions | None = None,
    ) -> Task[_models.PikaFeed]:
        """generate(文本 / 参考图片 / 参考视频-扩展视频)

        ``POST /pika/generate``

        doc-001 菜单:视频接口 › Pika › 「generate(文本)」「generate(参考图片)」「generate(参考视频/扩展视频)」,同一路由。
        body {pikaffect, promptText, model "1.5"|"2.0", options{aspectRatio, frameRate, camera, parameters{guidanceScale, motion, negativePrompt}, extend}, image} → {id}。

        Args:
            image: 参考图片 URL.

        Keywords: ``request_options`` is the runtime's ``options`` (the document has a field named so).
        """
        return self._client.submit_task(
            "pikaGenerate",
            path_params={},
            query={},
            headers={},
            body=_given(
                {
                    "pikaffect": pikaffect,
                    "promptText": prompt_text,
                    "model": model,
                    "options": options,
                    "image": image,
                },
                extra_body,
            ),
            options=request_options,
            download_to=download_to,
            parse=_models.PikaFeed.model_validate,
        )

    def feed(
        self,
        *,
        id: str,
        options: RequestOptions | None = None,
    ) -> _models.PikaFeed:
        """feed

        ``GET /pika/feed/{id}``

        doc-001 菜单:Pika › feed。→ {id, promptText, videos:[{id, status queued|pending|finished|error, progress, resultUrl, …}]}。

        Args:
            id: 任务 id
        """
        return self._client.request(
            "pikaFeed",
            path_params={
                "id": id,
            },
            query={},
            headers={},
            body=None,
            options=options,
            parse=_models.PikaFeed.model_validate,
        )


class AsyncPikaResource:
    """Operations under ``client.pika``."""

    def __init__(self, client: AsyncClient) -> None:
        self._client = client

    async def generate(
        self,
        *,
        pikaffect: str | NotGiven = NOT_GIVEN,
        prompt_text: str | NotGiven = NOT_GIVEN,
        model: Literal["1.5", "2.0"] | NotGiven = NOT_GIVEN,
        options: _models.PikaGenerateRequestOptions | Mapping[str, Any] | NotGiven = NOT_GIVEN,
        image: str | NotGiven = NOT_GIVEN,
        extra_body: Mapping[str, Any] | None = None,
        download_to: str | os.PathLike[str] | None = None,
        request_options: RequestOptions | None = None,
    ) -> AsyncTask[_models.PikaFeed]:
        """generate(文本 / 参考图片 / 参考视频-扩展视频)

        ``POST /pika/generate``

        doc-001 菜单:视频接口 › Pika › 「generate(文本)」「generate(参考图片)」「generate(参考视频/扩展视频)」,同一路由。
        body {pikaffect, promptText, model "1.5"|"2.0", options{aspectRatio, frameRate, camera, parameters{guidanceScale, motion, negativePrompt}, extend}, image} → {id}。

        Args:
            image: 参考图片 URL.

        Keywords: ``request_options`` is the runtime's ``options`` (the document has a field named so).
        """
        return await self._client.submit_task(
            "pikaGenerate",
            path_params={},
            query={},
            headers={},
            body=_given(
                {
                    "pikaffect": pikaffect,
                    "promptText": prompt_text,
                    "model": model,
                    "options": options,
                    "image": image,
                },
                extra_body,
            ),
            options=request_options,
            download_to=download_to,
            parse=_models.PikaFeed.model_validate,
        )

    async def feed(
        self,
        *,
        id: str,
        options: RequestOptions | None = None,
    ) -> _models.PikaFeed:
        """feed

        ``GET /pika/feed/{id}``

        doc-001 菜单:Pika › feed。→ {id, promptText, videos:[{id, status queued|pending|finished|error, progress, resultUrl, …}]}。

        Args:
            id: 任务 id
        """
        return await self._client.request(
            "pikaFeed",
            path_params={
                "id": id,
            },
            query={},
            headers={},
            body=None,
            options=options,
            parse=_models.PikaFeed.model_validate,
        )


class RunwayImageToVideoResource:
    """Operations under ``client.runway.image_to_video``."""

    def __init__(self, client: SyncClient) -> None:
        self._client = client

    def create(
        self,
        *,
        prompt_image: str,
        model: Literal["gen3a_turbo", "gen4_turbo"],
        x_runway_version: str | NotGiven = NOT_GIVEN,
        prompt_text: str | NotGiven = NOT_GIVEN,
        ratio: str | NotGiven = NOT_GIVEN,
        duration: Literal[5, 10] | NotGiven = NOT_GIVEN,
        seed: int | NotGiven = NOT_GIVEN,
        watermark: bool | NotGiven = NOT_GIVEN,
        extra_body: Mapping[str, Any] | None = None,
        download_to: str | os.PathLike[str] | None = None,
        options: RequestOptions | None = None,
    ) -> Task[_models.RunwayTask]:
        """生成视频(tasks)

        ``POST /runwayml/v1/image_to_video``

        doc-001 菜单:视频接口 › Runway › 官方格式(v2) › 生成视频(tasks)。需 X-Runway-Version 头(例如 2024-11-06)。→ {id}。

        Args:
            prompt_image: 首帧图片 URL / data URI.
            x_runway_version: Runway API 版本,例如 2024-11-06(cometapi 称必需,另一来源称可选)。
        """
        return self._client.submit_task(
            "runwayImageToVideo",
            path_params={},
            query={},
            headers=_given(
                {
                    "X-Runway-Version": x_runway_version,
                }
            ),
            body=_given(
                {
                    "promptImage": prompt_image,
                    "model": model,
                    "promptText": prompt_text,
                    "ratio": ratio,
                    "duration": duration,
                    "seed": seed,
                    "watermark": watermark,
                },
                extra_body,
            ),
            options=options,
            download_to=download_to,
            parse=_models.RunwayTask.model_validate,
        )


class AsyncRunwayImageToVideoResource:
    """Operations under ``client.runway.image_to_video``."""

    def __init__(self, client: AsyncClient) -> None:
        self._client = client

    async def create(
        self,
        *,
        prompt_image: str,
        model: Literal["gen3a_turbo", "gen4_turbo"],
        x_runway_version: str | NotGiven = NOT_GIVEN,
        prompt_text: str | NotGiven = NOT_GIVEN,
        ratio: str | NotGiven = NOT_GIVEN,
        duration: Literal[5, 10] | NotGiven = NOT_GIVEN,
        seed: int | NotGiven = NOT_GIVEN,
        watermark: bool | NotGiven = NOT_GIVEN,
        extra_body: Mapping[str, Any] | None = None,
        download_to: str | os.PathLike[str] | None = None,
        options: RequestOptions | None = None,
    ) -> AsyncTask[_models.RunwayTask]:
        """生成视频(tasks)

        ``POST /runwayml/v1/image_to_video``

        doc-001 菜单:视频接口 › Runway › 官方格式(v2) › 生成视频(tasks)。需 X-Runway-Version 头(例如 2024-11-06)。→ {id}。

        Args:
            prompt_image: 首帧图片 URL / data URI.
            x_runway_version: Runway API 版本,例如 2024-11-06(cometapi 称必需,另一来源称可选)。
        """
        return await self._client.submit_task(
            "runwayImageToVideo",
            path_params={},
            query={},
            headers=_given(
                {
                    "X-Runway-Version": x_runway_version,
                }
            ),
            body=_given(
                {
                    "promptImage": prompt_image,
                    "model": model,
                    "promptText": prompt_text,
                    "ratio": ratio,
                    "duration": duration,
                    "seed": seed,
                    "watermark": watermark,
                },
                extra_body,
            ),
            options=options,
            download_to=download_to,
            parse=_models.RunwayTask.model_validate,
        )


class RunwayTasksResource:
    """Operations under ``client.runway.tasks``."""

    def __init__(self, client: SyncClient) -> None:
        self._client = client

    def retrieve(
        self,
        *,
        id: str,
        options: RequestOptions | None = None,
    ) -> _models.RunwayTask:
        """查询任务

        ``GET /runwayml/v1/tasks/{id}``

        doc-001 菜单:Runway › 官方格式(v2) › 查询任务。→ {id, status PENDING|RUNNING|SUCCEEDED|FAILED, output:[url]}。

        Args:
            id: 任务 id
        """
        return self._client.request(
            "runwayGetTask",
            path_params={
                "id": id,
            },
            query={},
            headers={},
            body=None,
            options=options,
            parse=_models.RunwayTask.model_validate,
        )


class AsyncRunwayTasksResource:
    """Operations under ``client.runway.tasks``."""

    def __init__(self, client: AsyncClient) -> None:
        self._client = client

    async def retrieve(
        self,
        *,
        id: str,
        options: RequestOptions | None = None,
    ) -> _models.RunwayTask:
        """查询任务

        ``GET /runwayml/v1/tasks/{id}``

        doc-001 菜单:Runway › 官方格式(v2) › 查询任务。→ {id, status PENDING|RUNNING|SUCCEEDED|FAILED, output:[url]}。

        Args:
            id: 任务 id
        """
        return await self._client.request(
            "runwayGetTask",
            path_params={
                "id": id,
            },
            query={},
            headers={},
            body=None,
            options=options,
            parse=_models.RunwayTask.model_validate,
        )


class RunwayV1Resource:
    """Operations under ``client.runway.v1``."""

    def __init__(self, client: SyncClient) -> None:
        self._client = client

    def generate(
        self,
        *,
        prompt: str,
        model: str,
        ratio: str | NotGiven = NOT_GIVEN,
        style: str | NotGiven = NOT_GIVEN,
        image: str | NotGiven = NOT_GIVEN,
        options: _models.RunwayV1GenerateRequestOptions | Mapping[str, Any] | NotGiven = NOT_GIVEN,
        callback_url: str | NotGiven = NOT_GIVEN,
        extra_body: Mapping[str, Any] | None = None,
        download_to: str | os.PathLike[str] | None = None,
        request_options: RequestOptions | None = None,
    ) -> Task[_models.CodeMsgVideoFeed]:
        """generate(文本) / generate(参考图片)

        ``POST /runway/v1/pro/generate``

        doc-001 菜单:视频接口 › v1格式 › 「generate(文本)」「generate(参考图片)」,同一路由(参考图片多传 image)。
        → {code, msg, data{task_id}}。

        Args:
            image: generate(参考图片):参考图片 URL。

        Keywords: ``request_options`` is the runtime's ``options`` (the document has a field named so).
        """
        return self._client.submit_task(
            "runwayV1Generate",
            path_params={},
            query={},
            headers={},
            body=_given(
                {
                    "prompt": prompt,
                    "model": model,
                    "ratio": ratio,
                    "style": style,
                    "image": image,
                    "options": options,
                    "callback_url": callback_url,
                },
                extra_body,
            ),
            options=request_options,
            download_to=download_to,
            parse=_models.CodeMsgVideoFeed.model_validate,
        )

    def feed(
        self,
        *,
        task_id: str,
        extra_body: Mapping[str, Any] | None = None,
        options: RequestOptions | None = None,
    ) -> _models.CodeMsgVideoFeed:
        """feed

        ``POST /runway/v1/feed``

        doc-001 菜单:视频接口 › v1格式 › feed。POST {task_id} → {code, msg, data{task_id, status "0".."3", video_url, …}}。
        """
        return self._client.request(
            "runwayV1Feed",
            path_params={},
            query={},
            headers={},
            body=_given(
                {
                    "task_id": task_id,
                },
                extra_body,
            ),
            options=options,
            parse=_models.CodeMsgVideoFeed.model_validate,
        )


class AsyncRunwayV1Resource:
    """Operations under ``client.runway.v1``."""

    def __init__(self, client: AsyncClient) -> None:
        self._client = client

    async def generate(
        self,
        *,
        prompt: str,
        model: str,
        ratio: str | NotGiven = NOT_GIVEN,
        style: str | NotGiven = NOT_GIVEN,
        image: str | NotGiven = NOT_GIVEN,
        options: _models.RunwayV1GenerateRequestOptions | Mapping[str, Any] | NotGiven = NOT_GIVEN,
        callback_url: str | NotGiven = NOT_GIVEN,
        extra_body: Mapping[str, Any] | None = None,
        download_to: str | os.PathLike[str] | None = None,
        request_options: RequestOptions | None = None,
    ) -> AsyncTask[_models.CodeMsgVideoFeed]:
        """generate(文本) / generate(参考图片)

        ``POST /runway/v1/pro/generate``

        doc-001 菜单:视频接口 › v1格式 › 「generate(文本)」「generate(参考图片)」,同一路由(参考图片多传 image)。
        → {code, msg, data{task_id}}。

        Args:
            image: generate(参考图片):参考图片 URL。

        Keywords: ``request_options`` is the runtime's ``options`` (the document has a field named so).
        """
        return await self._client.submit_task(
            "runwayV1Generate",
            path_params={},
            query={},
            headers={},
            body=_given(
                {
                    "prompt": prompt,
                    "model": model,
                    "ratio": ratio,
                    "style": style,
                    "image": image,
                    "options": options,
                    "callback_url": callback_url,
                },
                extra_body,
            ),
            options=request_options,
            download_to=download_to,
            parse=_models.CodeMsgVideoFeed.model_validate,
        )

    async def feed(
        self,
        *,
        task_id: str,
        extra_body: Mapping[str, Any] | None = None,
        options: RequestOptions | None = None,
    ) -> _models.CodeMsgVideoFeed:
        """feed

        ``POST /runway/v1/feed``

        doc-001 菜单:视频接口 › v1格式 › feed。POST {task_id} → {code, msg, data{task_id, status "0".."3", video_url, …}}。
        """
        return await self._client.request(
            "runwayV1Feed",
            path_params={},
            query={},
            headers={},
            body=_given(
                {
                    "task_id": task_id,
                },
                extra_body,
            ),
            options=options,
            parse=_models.CodeMsgVideoFeed.model_validate,
        )


class RunwayResource:
    """Operations under ``client.runway``."""

    def __init__(self, client: SyncClient) -> None:
        self._client = client
        self.image_to_video = RunwayImageToVideoResource(client)
        self.tasks = RunwayTasksResource(client)
        self.v1 = RunwayV1Resource(client)


class AsyncRunwayResource:
    """Operations under ``client.runway``."""

    def __init__(self, client: AsyncClient) -> None:
        self._client = client
        self.image_to_video = AsyncRunwayImageToVideoResource(client)
        self.tasks = AsyncRunwayTasksResource(client)
        self.v1 = AsyncRunwayV1Resource(client)


class KlingText2videoResource:
    """Operations under ``client.kling.text2video``."""

    def __init__(self, client: SyncClient) -> None:
        self._client = client

    def create(
        self,
        *,
        model_name: str | NotGiven = NOT_GIVEN,
        model: str | NotGiven = NOT_GIVEN,
        prompt: str | NotGiven = NOT_GIVEN,
        negative_prompt: str | NotGiven = NOT_GIVEN,
        image: str | NotGiven = NOT_GIVEN,
        image_tail: str | NotGiven = NOT_GIVEN,
        mode: str | NotGiven = NOT_GIVEN,
        duration: str | NotGiven = NOT_GIVEN,
        aspect_ratio: str | NotGiven = NOT_GIVEN,
        cfg_scale: float | NotGiven = NOT_GIVEN,
        callback_url: str | NotGiven = NOT_GIVEN,
        external_task_id: str | NotGiven = NOT_GIVEN,
        extra_body: Mapping[str, Any] | None = None,
        download_to: str | os.PathLike[str] | None = None,
        options: RequestOptions | None = None,
    ) -> Task[_models.KlingTaskResponse]:
        """文生视频

        ``POST /kling/v1/videos/text2video``

        doc-001 菜单:视频接口 › 可灵(官方格式) › 文生视频。

        Args:
            model: alias of model_name accepted by new-api.
            image: 图生视频:首帧图片(URL 或 base64)。
        """
        return self._client.submit_task(
            "klingText2Video",
            path_params={},
            query={},
            headers={},
            body=_given(
                {
                    "model_name": model_name,
                    "model": model,
                    "prompt": prompt,
                    "negative_prompt": negative_prompt,
                    "image": image,
                    "image_tail": image_tail,
                    "mode": mode,
                    "duration": duration,
                    "aspect_ratio": aspect_ratio,
                    "cfg_scale": cfg_scale,
                    "callback_url": callback_url,
                    "external_task_id": external_task_id,
                },
                extra_body,
            ),
            options=options,
            download_to=download_to,
            parse=_models.KlingTaskResponse.model_validate,
        )

    def retrieve(
        self,
        *,
        task_id: str,
        options: RequestOptions | None = None,
    ) -> _models.KlingTaskResponse:
        """查询任务(文生视频)

        ``GET /kling/v1/videos/text2video/{task_id}``

        doc-001 菜单:可灵(官方格式) › 查询任务(文生视频任务)。

        Args:
            task_id: 任务 ID
        """
        return self._client.request(
            "klingGetText2Video",
            path_params={
                "task_id": task_id,
            },
            query={},
            headers={},
            body=None,
            options=options,
            parse=_models.KlingTaskResponse.model_validate,
        )


class AsyncKlingText2videoResource:
    """Operations under ``client.kling.text2video``."""

    def __init__(self, client: AsyncClient) -> None:
        self._client = client

    async def create(
        self,
        *,
        model_name: str | NotGiven = NOT_GIVEN,
        model: str | NotGiven = NOT_GIVEN,
        prompt: str | NotGiven = NOT_GIVEN,
        negative_prompt: str | NotGiven = NOT_GIVEN,
        image: str | NotGiven = NOT_GIVEN,
        image_tail: str | NotGiven = NOT_GIVEN,
        mode: str | NotGiven = NOT_GIVEN,
        duration: str | NotGiven = NOT_GIVEN,
        aspect_ratio: str | NotGiven = NOT_GIVEN,
        cfg_scale: float | NotGiven = NOT_GIVEN,
        callback_url: str | NotGiven = NOT_GIVEN,
        external_task_id: str | NotGiven = NOT_GIVEN,
        extra_body: Mapping[str, Any] | None = None,
        download_to: str | os.PathLike[str] | None = None,
        options: RequestOptions | None = None,
    ) -> AsyncTask[_models.KlingTaskResponse]:
        """文生视频

        ``POST /kling/v1/videos/text2video``

        doc-001 菜单:视频接口 › 可灵(官方格式) › 文生视频。

        Args:
            model: alias of model_name accepted by new-api.
            image: 图生视频:首帧图片(URL 或 base64)。
        """
        return await self._client.submit_task(
            "klingText2Video",
            path_params={},
            query={},
            headers={},
            body=_given(
                {
                    "model_name": model_name,
                    "model": model,
                    "prompt": prompt,
                    "negative_prompt": negative_prompt,
                    "image": image,
                    "image_tail": image_tail,
                    "mode": mode,
                    "duration": duration,
                    "aspect_ratio": aspect_ratio,
                    "cfg_scale": cfg_scale,
                    "callback_url": callback_url,
                    "external_task_id": external_task_id,
                },
                extra_body,
            ),
            options=options,
            download_to=download_to,
            parse=_models.KlingTaskResponse.model_validate,
        )

    async def retrieve(
        self,
        *,
        task_id: str,
        options: RequestOptions | None = None,
    ) -> _models.KlingTaskResponse:
        """查询任务(文生视频)

        ``GET /kling/v1/videos/text2video/{task_id}``

        doc-001 菜单:可灵(官方格式) › 查询任务(文生视频任务)。

        Args:
            task_id: 任务 ID
        """
        return await self._client.request(
            "klingGetText2Video",
            path_params={
                "task_id": task_id,
            },
            query={},
            headers={},
            body=None,
            options=options,
            parse=_models.KlingTaskResponse.model_validate,
        )


class KlingImage2videoResource:
    """Operations under ``client.kling.image2video``."""

    def __init__(self, client: SyncClient) -> None:
        self._client = client

    def create(
        self,
        *,
        image: str,
        model_name: str | NotGiven = NOT_GIVEN,
        model: str | NotGiven = NOT_GIVEN,
        prompt: str | NotGiven = NOT_GIVEN,
        negative_prompt: str | NotGiven = NOT_GIVEN,
        image_tail: str | NotGiven = NOT_GIVEN,
        mode: str | NotGiven = NOT_GIVEN,
        duration: str | NotGiven = NOT_GIVEN,
        aspect_ratio: str | NotGiven = NOT_GIVEN,
        cfg_scale: float | NotGiven = NOT_GIVEN,
        callback_url: str | NotGiven = NOT_GIVEN,
        external_task_id: str | NotGiven = NOT_GIVEN,
        extra_body: Mapping[str, Any] | None = None,
        download_to: str | os.PathLike[str] | None = None,
        options: RequestOptions | None = None,
    ) -> Task[_models.KlingTaskResponse]:
        """图生视频

        ``POST /kling/v1/videos/image2video``

        doc-001 菜单:视频接口 › 可灵(官方格式) › 图生视频。image 为首帧。

        Args:
            image: 图生视频:首帧图片(URL 或 base64)。
            model: alias of model_name accepted by new-api.
        """
        return self._client.submit_task(
            "klingImage2Video",
            path_params={},
            query={},
            headers={},
            body=_given(
                {
                    "image": image,
                    "model_name": model_name,
                    "model": model,
                    "prompt": prompt,
                    "negative_prompt": negative_prompt,
                    "image_tail": image_tail,
                    "mode": mode,
                    "duration": duration,
                    "aspect_ratio": aspect_ratio,
                    "cfg_scale": cfg_scale,
                    "callback_url": callback_url,
                    "external_task_id": external_task_id,
                },
                extra_body,
            ),
            options=options,
            download_to=download_to,
            parse=_models.KlingTaskResponse.model_validate,
        )

    def retrieve(
        self,
        *,
        task_id: str,
        options: RequestOptions | None = None,
    ) -> _models.KlingTaskResponse:
        """查询任务(图生视频)

        ``GET /kling/v1/videos/image2video/{task_id}``

        doc-001 菜单:可灵(官方格式) › 查询任务(图生视频任务)。

        Args:
            task_id: 任务 ID
        """
        return self._client.request(
            "klingGetImage2Video",
            path_params={
                "task_id": task_id,
            },
            query={},
            headers={},
            body=None,
            options=options,
            parse=_models.KlingTaskResponse.model_validate,
        )


class AsyncKlingImage2videoResource:
    """Operations under ``client.kling.image2video``."""

    def __init__(self, client: AsyncClient) -> None:
        self._client = client

    async def create(
        self,
        *,
        image: str,
        model_name: str | NotGiven = NOT_GIVEN,
        model: str | NotGiven = NOT_GIVEN,
        prompt: str | NotGiven = NOT_GIVEN,
        negative_prompt: str | NotGiven = NOT_GIVEN,
        image_tail: str | NotGiven = NOT_GIVEN,
        mode: str | NotGiven = NOT_GIVEN,
        duration: str | NotGiven = NOT_GIVEN,
        aspect_ratio: str | NotGiven = NOT_GIVEN,
        cfg_scale: float | NotGiven = NOT_GIVEN,
        callback_url: str | NotGiven = NOT_GIVEN,
        external_task_id: str | NotGiven = NOT_GIVEN,
        extra_body: Mapping[str, Any] | None = None,
        download_to: str | os.PathLike[str] | None = None,
        options: RequestOptions | None = None,
    ) -> AsyncTask[_models.KlingTaskResponse]:
        """图生视频

        ``POST /kling/v1/videos/image2video``

        doc-001 菜单:视频接口 › 可灵(官方格式) › 图生视频。image 为首帧。

        Args:
            image: 图生视频:首帧图片(URL 或 base64)。
            model: alias of model_name accepted by new-api.
        """
        return await self._client.submit_task(
            "klingImage2Video",
            path_params={},
            query={},
            headers={},
            body=_given(
                {
                    "image": image,
                    "model_name": model_name,
                    "model": model,
                    "prompt": prompt,
                    "negative_prompt": negative_prompt,
                    "image_tail": image_tail,
                    "mode": mode,
                    "duration": duration,
                    "aspect_ratio": aspect_ratio,
                    "cfg_scale": cfg_scale,
                    "callback_url": callback_url,
                    "external_task_id": external_task_id,
                },
                extra_body,
            ),
            options=options,
            download_to=download_to,
            parse=_models.KlingTaskResponse.model_validate,
        )

    async def retrieve(
        self,
        *,
        task_id: str,
        options: RequestOptions | None = None,
    ) -> _models.KlingTaskResponse:
        """查询任务(图生视频)

        ``GET /kling/v1/videos/image2video/{task_id}``

        doc-001 菜单:可灵(官方格式) › 查询任务(图生视频任务)。

        Args:
            task_id: 任务 ID
        """
        return await self._client.request(
            "klingGetImage2Video",
            path_params={
                "task_id": task_id,
            },
            query={},
            headers={},
            body=None,
            options=options,
            parse=_models.KlingTaskResponse.model_validate,
        )


class KlingImagesResource:
    """Operations under ``client.kling.images``."""

    def __init__(self, client: SyncClient) -> None:
        self._client = client

    def create(
        self,
        *,
        prompt: str,
        model_name: str | NotGiven = NOT_GIVEN,
        negative_prompt: str | NotGiven = NOT_GIVEN,
        image: str | NotGiven = NOT_GIVEN,
        image_reference: str | NotGiven = NOT_GIVEN,
        image_fidelity: float | NotGiven = NOT_GIVEN,
        human_fidelity: float | NotGiven = NOT_GIVEN,
        resolution: str | NotGiven = NOT_GIVEN,
        n: int | NotGiven = NOT_GIVEN,
        aspect_ratio: str | NotGiven = NOT_GIVEN,
        callback_url: str | NotGiven = NOT_GIVEN,
        extra_body: Mapping[str, Any] | None = None,
        download_to: str | os.PathLike[str] | None = None,
        options: RequestOptions | None = None,
    ) -> Task[_models.KlingTaskResponse]:
        """图像生成

        ``POST /kling/v1/images/generations``

        doc-001 菜单:视频接口 › 可灵(官方格式) › 图像生成。

        Args:
            image: 参考图(URL 或 base64)。
        """
        return self._client.submit_task(
            "klingImageGeneration",
            path_params={},
            query={},
            headers={},
            body=_given(
                {
                    "prompt": prompt,
                    "model_name": model_name,
                    "negative_prompt": negative_prompt,
                    "image": image,
                    "image_reference": image_reference,
                    "image_fidelity": image_fidelity,
                    "human_fidelity": human_fidelity,
                    "resolution": resolution,
                    "n": n,
                    "aspect_ratio": aspect_ratio,
                    "callback_url": callback_url,
                },
                extra_body,
            ),
            options=options,
            download_to=download_to,
            parse=_models.KlingTaskResponse.model_validate,
        )

    def retrieve(
        self,
        *,
        task_id: str,
        options: RequestOptions | None = None,
    ) -> _models.KlingTaskResponse:
        """查询任务(图像生成)

        ``GET /kling/v1/images/generations/{task_id}``

        doc-001 菜单:可灵(官方格式) › 查询任务(图像生成任务)。

        Args:
            task_id: 任务 ID
        """
        return self._client.request(
            "klingGetImageGeneration",
            path_params={
                "task_id": task_id,
            },
            query={},
            headers={},
            body=None,
            options=options,
            parse=_models.KlingTaskResponse.model_validate,
        )


class AsyncKlingImagesResource:
    """Operations under ``client.kling.images``."""

    def __init__(self, client: AsyncClient) -> None:
        self._client = client

    async def create(
        self,
        *,
        prompt: str,
        model_name: str | NotGiven = NOT_GIVEN,
        negative_prompt: str | NotGiven = NOT_GIVEN,
        image: str | NotGiven = NOT_GIVEN,
        image_reference: str | NotGiven = NOT_GIVEN,
        image_fidelity: float | NotGiven = NOT_GIVEN,
        human_fidelity: float | NotGiven = NOT_GIVEN,
        resolution: str | NotGiven = NOT_GIVEN,
        n: int | NotGiven = NOT_GIVEN,
        aspect_ratio: str | NotGiven = NOT_GIVEN,
        callback_url: str | NotGiven = NOT_GIVEN,
        extra_body: Mapping[str, Any] | None = None,
        download_to: str | os.PathLike[str] | None = None,
        options: RequestOptions | None = None,
    ) -> AsyncTask[_models.KlingTaskResponse]:
        """图像生成

        ``POST /kling/v1/images/generations``

        doc-001 菜单:视频接口 › 可灵(官方格式) › 图像生成。

        Args:
            image: 参考图(URL 或 base64)。
        """
        return await self._client.submit_task(
            "klingImageGeneration",
            path_params={},
            query={},
            headers={},
            body=_given(
                {
                    "prompt": prompt,
                    "model_name": model_name,
                    "negative_prompt": negative_prompt,
                    "image": image,
                    "image_reference": image_reference,
                    "image_fidelity": image_fidelity,
                    "human_fidelity": human_fidelity,
                    "resolution": resolution,
                    "n": n,
                    "aspect_ratio": aspect_ratio,
                    "callback_url": callback_url,
                },
                extra_body,
            ),
            options=options,
            download_to=download_to,
            parse=_models.KlingTaskResponse.model_validate,
        )

    async def retrieve(
        self,
        *,
        task_id: str,
        options: RequestOptions | None = None,
    ) -> _models.KlingTaskResponse:
        """查询任务(图像生成)

        ``GET /kling/v1/images/generations/{task_id}``

        doc-001 菜单:可灵(官方格式) › 查询任务(图像生成任务)。

        Args:
            task_id: 任务 ID
        """
        return await self._client.request(
            "klingGetImageGeneration",
            path_params={
                "task_id": task_id,
            },
            query={},
            headers={},
            body=None,
            options=options,
            parse=_models.KlingTaskResponse.model_validate,
        )


class KlingResource:
    """Operations under ``client.kling``."""

    def __init__(self, client: SyncClient) -> None:
        self._client = client
        self.text2video = KlingText2videoResource(client)
        self.image2video = KlingImage2videoResource(client)
        self.images = KlingImagesResource(client)


class AsyncKlingResource:
    """Operations under ``client.kling``."""

    def __init__(self, client: AsyncClient) -> None:
        self._client = client
        self.text2video = AsyncKlingText2videoResource(client)
        self.image2video = AsyncKlingImage2videoResource(client)
        self.images = AsyncKlingImagesResource(client)


class SdStableImageResource:
    """Operations under ``client.sd.stable_image``."""

    def __init__(self, client: SyncClient) -> None:
        self._client = client

    def ultra(
        self,
        *,
        prompt: str,
        negative_prompt: str | NotGiven = NOT_GIVEN,
        aspect_ratio: Literal["16:9", "1:1", "21:9", "2:3", "3:2", "4:5", "5:4", "9:16", "9:21"]
        | NotGiven = NOT_GIVEN,
        seed: float | NotGiven = NOT_GIVEN,
        output_format: Literal["jpeg", "png", "webp"] | NotGiven = NOT_GIVEN,
        image: FileInput | NotGiven = NOT_GIVEN,
        strength: float | NotGiven = NOT_GIVEN,
        extra_body: Mapping[str, Any] | None = None,
        options: RequestOptions | None = None,
    ) -> _models.StableImageJSONResponse:
        """Stable Image Ultra

        ``POST /sd/v2beta/stable-image/generate/ultra``

        doc-001 菜单:图片接口 › Stable Diffusion(官方格式) › SD3 › Stable Image Ultra。GPTNB 自己的 apifox 页
        (gptnb-apifox-sd-ultra):POST /sd/v2beta/stable-image/generate/ultra,multipart/form-data,
        accept image/*(图片字节)或 application/json(base64 JSON)。

        Args:
            prompt: 想要生成的画面;可用 (word:weight) 调整权重。
            seed: 0 = random seed.
            image: Stability reference: optional starting image (Ultra image-to-image).
            strength: Stability reference: influence of image (required with image).
        """
        return self._client.request(
            "sdStableImageUltra",
            path_params={},
            query={},
            headers={},
            body=_given(
                {
                    "prompt": prompt,
                    "negative_prompt": negative_prompt,
                    "aspect_ratio": aspect_ratio,
                    "seed": seed,
                    "output_format": output_format,
                    "image": image,
                    "strength": strength,
                },
                extra_body,
            ),
            options=options,
            parse=_models.StableImageJSONResponse.model_validate,
        )

    def core(
        self,
        *,
        prompt: str,
        negative_prompt: str | NotGiven = NOT_GIVEN,
        aspect_ratio: Literal["16:9", "1:1", "21:9", "2:3", "3:2", "4:5", "5:4", "9:16", "9:21"]
        | NotGiven = NOT_GIVEN,
        seed: float | NotGiven = NOT_GIVEN,
        style_preset: str | NotGiven = NOT_GIVEN,
        output_format: Literal["jpeg", "png", "webp"] | NotGiven = NOT_GIVEN,
        extra_body: Mapping[str, Any] | None = None,
        options: RequestOptions | None = None,
    ) -> _models.StableImageJSONResponse:
        """Stable Image Core

        ``POST /sd/v2beta/stable-image/generate/core``

        doc-001 菜单:Stable Diffusion(官方格式) › SD3 › Stable Image Core。POST /sd/v2beta/stable-image/generate/core,multipart。

        Args:
            style_preset: Stability: "This list of style presets is subject to change" — known values suggested, not enforced.
        """
        return self._client.request(
            "sdStableImageCore",
            path_params={},
            query={},
            headers={},
            body=_given(
                {
                    "prompt": prompt,
                    "negative_prompt": negative_prompt,
                    "aspect_ratio": aspect_ratio,
                    "seed": seed,
                    "style_preset": style_preset,
                    "output_format": output_format,
                },
                extra_body,
            ),
            options=options,
            parse=_models.StableImageJSONResponse.model_validate,
        )

    def sd3(
        self,
        *,
        prompt: str,
        mode: Literal["text-to-image", "image-to-image"] | NotGiven = NOT_GIVEN,
        image: FileInput | NotGiven = NOT_GIVEN,
        strength: float | NotGiven = NOT_GIVEN,
        aspect_ratio: Literal["16:9", "1:1", "21:9", "2:3", "3:2", "4:5", "5:4", "9:16", "9:21"]
        | NotGiven = NOT_GIVEN,
        model: str | NotGiven = NOT_GIVEN,
        seed: float | NotGiven = NOT_GIVEN,
        output_format: Literal["jpeg", "png"] | NotGiven = NOT_GIVEN,
        negative_prompt: str | NotGiven = NOT_GIVEN,
        extra_body: Mapping[str, Any] | None = None,
        options: RequestOptions | None = None,
    ) -> _models.StableImageJSONResponse:
        """Stable Diffusion 3

        ``POST /sd/v2beta/stable-image/generate/sd3``

        doc-001 菜单:Stable Diffusion(官方格式) › SD3 › Stable Diffusion 3。POST /sd/v2beta/stable-image/generate/sd3,multipart;mode text-to-image | image-to-image。

        Args:
            aspect_ratio: text-to-image only.
            model: SD3 variant (Medium, Large, Large Turbo per the page); Stability has added variants since — known values suggested.
        """
        return self._client.request(
            "sdStableDiffusion3",
            path_params={},
            query={},
            headers={},
            body=_given(
                {
                    "prompt": prompt,
                    "mode": mode,
                    "image": image,
                    "strength": strength,
                    "aspect_ratio": aspect_ratio,
                    "model": model,
                    "seed": seed,
                    "output_format": output_format,
                    "negative_prompt": negative_prompt,
                },
                extra_body,
            ),
            options=options,
            parse=_models.StableImageJSONResponse.model_validate,
        )


class AsyncSdStableImageResource:
    """Operations under ``client.sd.stable_image``."""

    def __init__(self, client: AsyncClient) -> None:
        self._client = client

    async def ultra(
        self,
        *,
        prompt: str,
        negative_prompt: str | NotGiven = NOT_GIVEN,
        aspect_ratio: Literal["16:9", "1:1", "21:9", "2:3", "3:2", "4:5", "5:4", "9:16", "9:21"]
        | NotGiven = NOT_GIVEN,
        seed: float | NotGiven = NOT_GIVEN,
        output_format: Literal["jpeg", "png", "webp"] | NotGiven = NOT_GIVEN,
        image: FileInput | NotGiven = NOT_GIVEN,
        strength: float | NotGiven = NOT_GIVEN,
        extra_body: Mapping[str, Any] | None = None,
        options: RequestOptions | None = None,
    ) -> _models.StableImageJSONResponse:
        """Stable Image Ultra

        ``POST /sd/v2beta/stable-image/generate/ultra``

        doc-001 菜单:图片接口 › Stable Diffusion(官方格式) › SD3 › Stable Image Ultra。GPTNB 自己的 apifox 页
        (gptnb-apifox-sd-ultra):POST /sd/v2beta/stable-image/generate/ultra,multipart/form-data,
        accept image/*(图片字节)或 application/json(base64 JSON)。

        Args:
            prompt: 想要生成的画面;可用 (word:weight) 调整权重。
            seed: 0 = random seed.
            image: Stability reference: optional starting image (Ultra image-to-image).
            strength: Stability reference: influence of image (required with image).
        """
        return await self._client.request(
            "sdStableImageUltra",
            path_params={},
            query={},
            headers={},
            body=_given(
                {
                    "prompt": prompt,
                    "negative_prompt": negative_prompt,
                    "aspect_ratio": aspect_ratio,
                    "seed": seed,
                    "output_format": output_format,
                    "image": image,
                    "strength": strength,
                },
                extra_body,
            ),
            options=options,
            parse=_models.StableImageJSONResponse.model_validate,
        )

    async def core(
        self,
        *,
        prompt: str,
        negative_prompt: str | NotGiven = NOT_GIVEN,
        aspect_ratio: Literal["16:9", "1:1", "21:9", "2:3", "3:2", "4:5", "5:4", "9:16", "9:21"]
        | NotGiven = NOT_GIVEN,
        seed: float | NotGiven = NOT_GIVEN,
        style_preset: str | NotGiven = NOT_GIVEN,
        output_format: Literal["jpeg", "png", "webp"] | NotGiven = NOT_GIVEN,
        extra_body: Mapping[str, Any] | None = None,
        options: RequestOptions | None = None,
    ) -> _models.StableImageJSONResponse:
        """Stable Image Core

        ``POST /sd/v2beta/stable-image/generate/core``

        doc-001 菜单:Stable Diffusion(官方格式) › SD3 › Stable Image Core。POST /sd/v2beta/stable-image/generate/core,multipart。

        Args:
            style_preset: Stability: "This list of style presets is subject to change" — known values suggested, not enforced.
        """
        return await self._client.request(
            "sdStableImageCore",
            path_params={},
            query={},
            headers={},
            body=_given(
                {
                    "prompt": prompt,
                    "negative_prompt": negative_prompt,
                    "aspect_ratio": aspect_ratio,
                    "seed": seed,
                    "style_preset": style_preset,
                    "output_format": output_format,
                },
                extra_body,
            ),
            options=options,
            parse=_models.StableImageJSONResponse.model_validate,
        )

    async def sd3(
        self,
        *,
        prompt: str,
        mode: Literal["text-to-image", "image-to-image"] | NotGiven = NOT_GIVEN,
        image: FileInput | NotGiven = NOT_GIVEN,
        strength: float | NotGiven = NOT_GIVEN,
        aspect_ratio: Literal["16:9", "1:1", "21:9", "2:3", "3:2", "4:5", "5:4", "9:16", "9:21"]
        | NotGiven = NOT_GIVEN,
        model: str | NotGiven = NOT_GIVEN,
        seed: float | NotGiven = NOT_GIVEN,
        output_format: Literal["jpeg", "png"] | NotGiven = NOT_GIVEN,
        negative_prompt: str | NotGiven = NOT_GIVEN,
        extra_body: Mapping[str, Any] | None = None,
        options: RequestOptions | None = None,
    ) -> _models.StableImageJSONResponse:
        """Stable Diffusion 3

        ``POST /sd/v2beta/stable-image/generate/sd3``

        doc-001 菜单:Stable Diffusion(官方格式) › SD3 › Stable Diffusion 3。POST /sd/v2beta/stable-image/generate/sd3,multipart;mode text-to-image | image-to-image。

        Args:
            aspect_ratio: text-to-image only.
            model: SD3 variant (Medium, Large, Large Turbo per the page); Stability has added variants since — known values suggested.
        """
        return await self._client.request(
            "sdStableDiffusion3",
            path_params={},
            query={},
            headers={},
            body=_given(
                {
                    "prompt": prompt,
                    "mode": mode,
                    "image": image,
                    "strength": strength,
                    "aspect_ratio": aspect_ratio,
                    "model": model,
                    "seed": seed,
                    "output_format": output_format,
                    "negative_prompt": negative_prompt,
                },
                extra_body,
            ),
            options=options,
            parse=_models.StableImageJSONResponse.model_validate,
        )


class SdSdxlResource:
    """Operations under ``client.sd.sdxl``."""

    def __init__(self, client: SyncClient) -> None:
        self._client = client

    def text_to_image(
        self,
        *,
        engine_id: str,
        text_prompts: list[_models.SdxlTextToImageRequestTextPromptsItem | Mapping[str, Any]],
        height: int | NotGiven = NOT_GIVEN,
        width: int | NotGiven = NOT_GIVEN,
        cfg_scale: float | NotGiven = NOT_GIVEN,
        clip_guidance_preset: str | NotGiven = NOT_GIVEN,
        sampler: str | NotGiven = NOT_GIVEN,
        samples: int | NotGiven = NOT_GIVEN,
        seed: int | NotGiven = NOT_GIVEN,
        steps: int | NotGiven = NOT_GIVEN,
        style_preset: str | NotGiven = NOT_GIVEN,
        extras: dict[str, Any] | NotGiven = NOT_GIVEN,
        extra_body: Mapping[str, Any] | None = None,
        options: RequestOptions | None = None,
    ) -> _models.SDXLArtifactsResponse:
        """SDXL Text-to-image

        ``POST /sd/v1/generation/{engine_id}/text-to-image``

        doc-001 菜单:Stable Diffusion(官方格式) › SDXL › Text-to-image。GPTNB 自己的 apifox 页(gptnb-apifox-sdxl):
        POST /sd/v1/generation/{engine_id}/text-to-image,engine_id 例如 stable-diffusion-xl-1024-v1-0 / stable-diffusion-v1-6,
        Accept application/json(默认)| image/png。

        Args:
            engine_id: 引擎 id
        """
        return self._client.request(
            "sdxlTextToImage",
            path_params={
                "engine_id": engine_id,
            },
            query={},
            headers={},
            body=_given(
                {
                    "text_prompts": text_prompts,
                    "height": height,
                    "width": width,
                    "cfg_scale": cfg_scale,
                    "clip_guidance_preset": clip_guidance_preset,
                    "sampler": sampler,
                    "samples": samples,
                    "seed": seed,
                    "steps": steps,
                    "style_preset": style_preset,
                    "extras": extras,
                },
                extra_body,
            ),
            options=options,
            parse=_models.SDXLArtifactsResponse.model_validate,
        )


class AsyncSdSdxlResource:
    """Operations under ``client.sd.sdxl``."""

    def __init__(self, client: AsyncClient) -> None:
        self._client = client

    async def text_to_image(
        self,
        *,
        engine_id: str,
        text_prompts: list[_models.SdxlTextToImageRequestTextPromptsItem | Mapping[str, Any]],
        height: int | NotGiven = NOT_GIVEN,
        width: int | NotGiven = NOT_GIVEN,
        cfg_scale: float | NotGiven = NOT_GIVEN,
        clip_guidance_preset: str | NotGiven = NOT_GIVEN,
        sampler: str | NotGiven = NOT_GIVEN,
        samples: int | NotGiven = NOT_GIVEN,
        seed: int | NotGiven = NOT_GIVEN,
        steps: int | NotGiven = NOT_GIVEN,
        style_preset: str | NotGiven = NOT_GIVEN,
        extras: dict[str, Any] | NotGiven = NOT_GIVEN,
        extra_body: Mapping[str, Any] | None = None,
        options: RequestOptions | None = None,
    ) -> _models.SDXLArtifactsResponse:
        """SDXL Text-to-image

        ``POST /sd/v1/generation/{engine_id}/text-to-image``

        doc-001 菜单:Stable Diffusion(官方格式) › SDXL › Text-to-image。GPTNB 自己的 apifox 页(gptnb-apifox-sdxl):
        POST /sd/v1/generation/{engine_id}/text-to-image,engine_id 例如 stable-diffusion-xl-1024-v1-0 / stable-diffusion-v1-6,
        Accept application/json(默认)| image/png。

        Args:
            engine_id: 引擎 id
        """
        return await self._client.request(
            "sdxlTextToImage",
            path_params={
                "engine_id": engine_id,
            },
            query={},
            headers={},
            body=_given(
                {
                    "text_prompts": text_prompts,
                    "height": height,
                    "width": width,
                    "cfg_scale": cfg_scale,
                    "clip_guidance_preset": clip_guidance_preset,
                    "sampler": sampler,
                    "samples": samples,
                    "seed": seed,
                    "steps": steps,
                    "style_preset": style_preset,
                    "extras": extras,
                },
                extra_body,
            ),
            options=options,
            parse=_models.SDXLArtifactsResponse.model_validate,
        )


class SdResource:
    """Operations under ``client.sd``."""

    def __init__(self, client: SyncClient) -> None:
        self._client = client
        self.stable_image = SdStableImageResource(client)
        self.sdxl = SdSdxlResource(client)


class AsyncSdResource:
    """Operations under ``client.sd``."""

    def __init__(self, client: AsyncClient) -> None:
        self._client = client
        self.stable_image = AsyncSdStableImageResource(client)
        self.sdxl = AsyncSdSdxlResource(client)


class PixverseResource:
    """Operations under ``client.pixverse``."""

    def __init__(self, client: SyncClient) -> None:
        self._client = client

    def generate(
        self,
        *,
        prompt: str,
        ratio: str,
        model: str,
        style: str | NotGiven = NOT_GIVEN,
        seed: int | NotGiven = NOT_GIVEN,
        negative_prompt: str | NotGiven = NOT_GIVEN,
        template_id: int | NotGiven = NOT_GIVEN,
        image: str | NotGiven = NOT_GIVEN,
        extra_body: Mapping[str, Any] | None = None,
        download_to: str | os.PathLike[str] | None = None,
        options: RequestOptions | None = None,
    ) -> Task[_models.CodeMsgVideoFeed]:
        """generate(文本) / generate(参考图片)

        ``POST /pixverse/v1/pro/generate``

        doc-001 菜单:视频接口 › Pixverse › 「generate(文本)」「generate(参考图片)」,同一路由。→ {code:200, data{task_id}, msg}。

        Args:
            image: generate(参考图片):参考图片 URL。
        """
        return self._client.submit_task(
            "pixverseGenerate",
            path_params={},
            query={},
            headers={},
            body=_given(
                {
                    "prompt": prompt,
                    "ratio": ratio,
                    "model": model,
                    "style": style,
                    "seed": seed,
                    "negative_prompt": negative_prompt,
                    "template_id": template_id,
                    "image": image,
                },
                extra_body,
            ),
            options=options,
            download_to=download_to,
            parse=_models.CodeMsgVideoFeed.model_validate,
        )

    def feed(
        self,
        *,
        task_id: str,
        options: RequestOptions | None = None,
    ) -> _models.CodeMsgVideoFeed:
        """feed

        ``GET /pixverse/v1/pro/feed``

        doc-001 菜单:视频接口 › Pixverse › feed。GET ?task_id= → {code, msg, data{status "0".."3", state, video_url, …}}。

        Args:
            task_id: 任务 id
        """
        return self._client.request(
            "pixverseFeed",
            path_params={},
            query=_given(
                {
                    "task_id": task_id,
                }
            ),
            headers={},
            body=None,
            options=options,
            parse=_models.CodeMsgVideoFeed.model_validate,
        )


class AsyncPixverseResource:
    """Operations under ``client.pixverse``."""

    def __init__(self, client: AsyncClient) -> None:
        self._client = client

    async def generate(
        self,
        *,
        prompt: str,
        ratio: str,
        model: str,
        style: str | NotGiven = NOT_GIVEN,
        seed: int | NotGiven = NOT_GIVEN,
        negative_prompt: str | NotGiven = NOT_GIVEN,
        template_id: int | NotGiven = NOT_GIVEN,
        image: str | NotGiven = NOT_GIVEN,
        extra_body: Mapping[str, Any] | None = None,
        download_to: str | os.PathLike[str] | None = None,
        options: RequestOptions | None = None,
    ) -> AsyncTask[_models.CodeMsgVideoFeed]:
        """generate(文本) / generate(参考图片)

        ``POST /pixverse/v1/pro/generate``

        doc-001 菜单:视频接口 › Pixverse › 「generate(文本)」「generate(参考图片)」,同一路由。→ {code:200, data{task_id}, msg}。

        Args:
            image: generate(参考图片):参考图片 URL。
        """
        return await self._client.submit_task(
            "pixverseGenerate",
            path_params={},
            query={},
            headers={},
            body=_given(
                {
                    "prompt": prompt,
                    "ratio": ratio,
                    "model": model,
                    "style": style,
                    "seed": seed,
                    "negative_prompt": negative_prompt,
                    "template_id": template_id,
                    "image": image,
                },
                extra_body,
            ),
            options=options,
            download_to=download_to,
            parse=_models.CodeMsgVideoFeed.model_validate,
        )

    async def feed(
        self,
        *,
        task_id: str,
        options: RequestOptions | None = None,
    ) -> _models.CodeMsgVideoFeed:
        """feed

        ``GET /pixverse/v1/pro/feed``

        doc-001 菜单:视频接口 › Pixverse › feed。GET ?task_id= → {code, msg, data{status "0".."3", state, video_url, …}}。

        Args:
            task_id: 任务 id
        """
        return await self._client.request(
            "pixverseFeed",
            path_params={},
            query=_given(
                {
                    "task_id": task_id,
                }
            ),
            headers={},
            body=None,
            options=options,
            parse=_models.CodeMsgVideoFeed.model_validate,
        )


class SunoV2Resource:
    """Operations under ``client.suno.v2``."""

    def __init__(self, client: SyncClient) -> None:
        self._client = client

    def generate(
        self,
        *,
        mv: str,
        prompt: str,
        gpt_description_prompt: str | NotGiven = NOT_GIVEN,
        make_instrumental: bool | NotGiven = NOT_GIVEN,
        tags: str | NotGiven = NOT_GIVEN,
        title: str | NotGiven = NOT_GIVEN,
        continue_clip_id: str | NotGiven = NOT_GIVEN,
        continue_at: float | NotGiven = NOT_GIVEN,
        infill_start_s: float | NotGiven | None = NOT_GIVEN,
        infill_end_s: float | NotGiven | None = NOT_GIVEN,
        extra_body: Mapping[str, Any] | None = None,
        options: RequestOptions | None = None,
    ) -> _models.SunoV2GenerateResponse:
        """音乐生成(generations)

        ``POST /suno/v2/generate``

        doc-001 菜单:音乐接口 › Suno › 官方格式(v2) › 所有接口 › 音乐生成(generations);场景 1–7 的「音乐生成」「扩展音乐」
        「Cover 音乐」都是本路由的不同参数。→ {id, clips:[…]}(clips 的 status / audio_url 随后由 feed 更新)。

        Args:
            prompt: 歌词(自定义模式);灵感模式传空字符串。
        """
        return self._client.request(
            "sunoV2Generate",
            path_params={},
            query={},
            headers={},
            body=_given(
                {
                    "mv": mv,
                    "prompt": prompt,
                    "gpt_description_prompt": gpt_description_prompt,
                    "make_instrumental": make_instrumental,
                    "tags": tags,
                    "title": title,
                    "continue_clip_id": continue_clip_id,
                    "continue_at": continue_at,
                    "infill_start_s": infill_start_s,
                    "infill_end_s": infill_end_s,
                },
                extra_body,
            ),
            options=options,
            parse=_models.SunoV2GenerateResponse.model_validate,
        )

    def upload(
        self,
        *,
        url: str | FileInput,
        options: RequestOptions | None = None,
    ) -> _models.SunoV2UploadResponse:
        """音乐链接转成suno(upload)

        ``POST /suno/v2/uploads/audio``

        doc-001 菜单:音乐接口 › Suno › 官方格式(v2) › 所有接口 › 音乐链接转成suno(upload)(场景 5 的第一步)。POST {url} → {clip_id, duration};续写时以 continue_clip_id = clip_id、mv *-upload 调用 音乐生成(generations)。

        Args:
            url: 音乐链接 (mp3 等可公开访问的 URL)。
        """
        return self._client.request(
            "sunoV2Upload",
            path_params={},
            query={},
            headers={},
            body=_given(
                {
                    "url": url,
                }
            ),
            options=options,
            parse=_models.SunoV2UploadResponse.model_validate,
        )

    def feed(
        self,
        *,
        ids: str,
        options: RequestOptions | None = None,
    ) -> _models.SunoV2FeedResponse:
        """查询任务(feed)

        ``GET /suno/v2/feed``

        doc-001 菜单:音乐接口 › Suno › 官方格式(v2) › 所有接口 › 查询任务(feed),以及场景 1–7 的查询步骤。GET ?ids=<clip id,clip id> → {clips[], num_total_results, current_page};ids 是 clips 的 id(不是生成批次 id),多个以英文逗号分隔。

        Args:
            ids: clip id,多个以英文逗号分隔
        """
        return self._client.request(
            "sunoV2Feed",
            path_params={},
            query=_given(
                {
                    "ids": ids,
                }
            ),
            headers={},
            body=None,
            options=options,
            parse=_models.SunoV2FeedResponse.model_validate,
        )

    def concat(
        self,
        *,
        clip_id: str,
        download_to: str | os.PathLike[str] | None = None,
        options: RequestOptions | None = None,
    ) -> Task[_models.SunoV2FeedResponse]:
        """获取完整音乐(concat)

        ``POST /suno/v2/generate/concat``

        doc-001 菜单:音乐接口 › Suno › 官方格式(v2) › 所有接口 › 获取完整音乐(concat),以及场景 6 的步骤 5。
        POST {clip_id}(扩展后最后一段的 clip id)→ 拼接后的新 clip;新 clip 以 查询任务(feed) 跟踪到 complete,audio_url 即完整音乐。

        Args:
            clip_id: 扩展(续写)后最后一段的 clip id;Suno 顺着它的续写链把各段拼成完整歌曲。
        """
        return self._client.submit_task(
            "sunoV2Concat",
            path_params={},
            query={},
            headers={},
            body=_given(
                {
                    "clip_id": clip_id,
                }
            ),
            options=options,
            download_to=download_to,
            parse=_models.SunoV2FeedResponse.model_validate,
        )


class AsyncSunoV2Resource:
    """Operations under ``client.suno.v2``."""

    def __init__(self, client: AsyncClient) -> None:
        self._client = client

    async def generate(
        self,
        *,
        mv: str,
        prompt: str,
        gpt_description_prompt: str | NotGiven = NOT_GIVEN,
        make_instrumental: bool | NotGiven = NOT_GIVEN,
        tags: str | NotGiven = NOT_GIVEN,
        title: str | NotGiven = NOT_GIVEN,
        continue_clip_id: str | NotGiven = NOT_GIVEN,
        continue_at: float | NotGiven = NOT_GIVEN,
        infill_start_s: float | NotGiven | None = NOT_GIVEN,
        infill_end_s: float | NotGiven | None = NOT_GIVEN,
        extra_body: Mapping[str, Any] | None = None,
        options: RequestOptions | None = None,
    ) -> _models.SunoV2GenerateResponse:
        """音乐生成(generations)

        ``POST /suno/v2/generate``

        doc-001 菜单:音乐接口 › Suno › 官方格式(v2) › 所有接口 › 音乐生成(generations);场景 1–7 的「音乐生成」「扩展音乐」
        「Cover 音乐」都是本路由的不同参数。→ {id, clips:[…]}(clips 的 status / audio_url 随后由 feed 更新)。

        Args:
            prompt: 歌词(自定义模式);灵感模式传空字符串。
        """
        return await self._client.request(
            "sunoV2Generate",
            path_params={},
            query={},
            headers={},
            body=_given(
                {
                    "mv": mv,
                    "prompt": prompt,
                    "gpt_description_prompt": gpt_description_prompt,
                    "make_instrumental": make_instrumental,
                    "tags": tags,
                    "title": title,
                    "continue_clip_id": continue_clip_id,
                    "continue_at": continue_at,
                    "infill_start_s": infill_start_s,
                    "infill_end_s": infill_end_s,
                },
                extra_body,
            ),
            options=options,
            parse=_models.SunoV2GenerateResponse.model_validate,
        )

    async def upload(
        self,
        *,
        url: str | FileInput,
        options: RequestOptions | None = None,
    ) -> _models.SunoV2UploadResponse:
        """音乐链接转成suno(upload)

        ``POST /suno/v2/uploads/audio``

        doc-001 菜单:音乐接口 › Suno › 官方格式(v2) › 所有接口 › 音乐链接转成suno(upload)(场景 5 的第一步)。POST {url} → {clip_id, duration};续写时以 continue_clip_id = clip_id、mv *-upload 调用 音乐生成(generations)。

        Args:
            url: 音乐链接 (mp3 等可公开访问的 URL)。
        """
        return await self._client.request(
            "sunoV2Upload",
            path_params={},
            query={},
            headers={},
            body=_given(
                {
                    "url": url,
                }
            ),
            options=options,
            parse=_models.SunoV2UploadResponse.model_validate,
        )

    async def feed(
        self,
        *,
        ids: str,
        options: RequestOptions | None = None,
    ) -> _models.SunoV2FeedResponse:
        """查询任务(feed)

        ``GET /suno/v2/feed``

        doc-001 菜单:音乐接口 › Suno › 官方格式(v2) › 所有接口 › 查询任务(feed),以及场景 1–7 的查询步骤。GET ?ids=<clip id,clip id> → {clips[], num_total_results, current_page};ids 是 clips 的 id(不是生成批次 id),多个以英文逗号分隔。

        Args:
            ids: clip id,多个以英文逗号分隔
        """
        return await self._client.request(
            "sunoV2Feed",
            path_params={},
            query=_given(
                {
                    "ids": ids,
                }
            ),
            headers={},
            body=None,
            options=options,
            parse=_models.SunoV2FeedResponse.model_validate,
        )

    async def concat(
        self,
        *,
        clip_id: str,
        download_to: str | os.PathLike[str] | None = None,
        options: RequestOptions | None = None,
    ) -> AsyncTask[_models.SunoV2FeedResponse]:
        """获取完整音乐(concat)

        ``POST /suno/v2/generate/concat``

        doc-001 菜单:音乐接口 › Suno › 官方格式(v2) › 所有接口 › 获取完整音乐(concat),以及场景 6 的步骤 5。
        POST {clip_id}(扩展后最后一段的 clip id)→ 拼接后的新 clip;新 clip 以 查询任务(feed) 跟踪到 complete,audio_url 即完整音乐。

        Args:
            clip_id: 扩展(续写)后最后一段的 clip id;Suno 顺着它的续写链把各段拼成完整歌曲。
        """
        return await self._client.submit_task(
            "sunoV2Concat",
            path_params={},
            query={},
            headers={},
            body=_given(
                {
                    "clip_id": clip_id,
                }
            ),
            options=options,
            download_to=download_to,
            parse=_models.SunoV2FeedResponse.model_validate,
        )


class SunoResource:
    """Operations under ``client.suno``."""

    def __init__(self, client: SyncClient) -> None:
        self._client = client
        self.v2 = SunoV2Resource(client)


class AsyncSunoResource:
    """Operations under ``client.suno``."""

    def __init__(self, client: AsyncClient) -> None:
        self._client = client
        self.v2 = AsyncSunoV2Resource(client)


class PptDocmeeResource:
    """Operations under ``client.ppt.docmee``."""

    def __init__(self, client: SyncClient) -> None:
        self._client = client

    def templates(
        self,
        *,
        page: int,
        size: int,
        filters: _models.DocmeeTemplateFilters | Mapping[str, Any],
        extra_body: Mapping[str, Any] | None = None,
        options: RequestOptions | None = None,
    ) -> _models.DocmeeReply:
        """分页查询 PPT 模板

        ``POST /docmee/v1/api/ppt/templates``

        doc-001 菜单:PPT接口 › 文多多(官方格式) › 分页查询 PPT 模板。docmee(文多多 AiPPT)开放平台 /api/ppt/templates,网关前缀 /docmee/v1。
        """
        return self._client.request(
            "docmeeTemplates",
            path_params={},
            query={},
            headers={},
            body=_given(
                {
                    "page": page,
                    "size": size,
                    "filters": filters,
                },
                extra_body,
            ),
            options=options,
            parse=_models.DocmeeReply.model_validate,
        )

    def random_templates(
        self,
        *,
        size: int,
        filters: _models.DocmeeTemplateFilters | Mapping[str, Any],
        extra_body: Mapping[str, Any] | None = None,
        options: RequestOptions | None = None,
    ) -> _models.DocmeeReply:
        """随机 PPT 模板

        ``POST /docmee/v1/api/ppt/randomTemplates``

        doc-001 菜单:PPT接口 › 文多多(官方格式) › 随机 PPT 模板。docmee(文多多 AiPPT)开放平台 /api/ppt/randomTemplates,网关前缀 /docmee/v1。
        """
        return self._client.request(
            "docmeeRandomTemplates",
            path_params={},
            query={},
            headers={},
            body=_given(
                {
                    "size": size,
                    "filters": filters,
                },
                extra_body,
            ),
            options=options,
            parse=_models.DocmeeReply.model_validate,
        )

    def update_template(
        self,
        *,
        ppt_id: str,
        template_id: str,
        sync: bool | NotGiven = NOT_GIVEN,
        extra_body: Mapping[str, Any] | None = None,
        options: RequestOptions | None = None,
    ) -> _models.DocmeeReply:
        """更换 PPT 模板

        ``POST /docmee/v1/api/ppt/updatePptTemplate``

        doc-001 菜单:PPT接口 › 文多多(官方格式) › 更换 PPT 模板。docmee(文多多 AiPPT)开放平台 /api/ppt/updatePptTemplate,网关前缀 /docmee/v1。
        """
        return self._client.request(
            "docmeeUpdatePptTemplate",
            path_params={},
            query={},
            headers={},
            body=_given(
                {
                    "pptId": ppt_id,
                    "templateId": template_id,
                    "sync": sync,
                },
                extra_body,
            ),
            options=options,
            parse=_models.DocmeeReply.model_validate,
        )

    def update_outline(
        self,
        *,
        outline_markdown: str,
        length: str | NotGiven = NOT_GIVEN,
        question: str | NotGiven = NOT_GIVEN,
        extra_body: Mapping[str, Any] | None = None,
        options: RequestOptions | None = None,
    ) -> Stream[_models.DocmeeStreamEvent]:
        """修改大纲

        ``POST /docmee/v1/api/ppt/updateOutline``

        doc-001 菜单:PPT接口 › 文多多(官方格式) › 修改大纲。docmee(文多多 AiPPT)开放平台 /api/ppt/updateOutline,网关前缀 /docmee/v1。
        """
        return self._client.stream(
            "docmeeUpdateOutline",
            path_params={},
            query={},
            headers={},
            body=_given(
                {
                    "outlineMarkdown": outline_markdown,
                    "length": length,
                    "question": question,
                },
                extra_body,
            ),
            options=options,
            parse=_models.DocmeeStreamEvent.model_validate,
        )

    def parse_file(
        self,
        *,
        file: FileInput | NotGiven = NOT_GIVEN,
        content: str | NotGiven = NOT_GIVEN,
        file_url: str | NotGiven = NOT_GIVEN,
        website: str | NotGiven = NOT_GIVEN,
        websearch: str | NotGiven = NOT_GIVEN,
        extra_body: Mapping[str, Any] | None = None,
        options: RequestOptions | None = None,
    ) -> _models.DocmeeReply:
        """解析文件内容

        ``POST /docmee/v1/api/ppt/parseFileData``

        doc-001 菜单:PPT接口 › 文多多(官方格式) › 解析文件内容。docmee(文多多 AiPPT)开放平台 /api/ppt/parseFileData,网关前缀 /docmee/v1。
        """
        return self._client.request(
            "docmeeParseFileData",
            path_params={},
            query={},
            headers={},
            body=_given(
                {
                    "file": file,
                    "content": content,
                    "fileUrl": file_url,
                    "website": website,
                    "websearch": websearch,
                },
                extra_body,
            ),
            options=options,
            parse=_models.DocmeeReply.model_validate,
        )

    def generate_outline(
        self,
        *,
        stream: bool | NotGiven = NOT_GIVEN,
        length: str | NotGiven = NOT_GIVEN,
        lang: str | NotGiven = NOT_GIVEN,
        prompt: str | NotGiven = NOT_GIVEN,
        subject: str | NotGiven = NOT_GIVEN,
        data_url: str | NotGiven = NOT_GIVEN,
        extra_body: Mapping[str, Any] | None = None,
        options: RequestOptions | None = None,
    ) -> Stream[_models.DocmeeStreamEvent]:
        """生成大纲

        ``POST /docmee/v1/api/ppt/generateOutline``

        doc-001 菜单:PPT接口 › 文多多(官方格式) › 生成大纲。docmee(文多多 AiPPT)开放平台 /api/ppt/generateOutline,网关前缀 /docmee/v1。

        Args:
            stream: 默认流式 (docmee-api); this client reads the reply as an event stream either way (a JSON reply is decoded as JSON).
        """
        return self._client.stream(
            "docmeeGenerateOutline",
            path_params={},
            query={},
            headers={},
            body=_given(
                {
                    "stream": stream,
                    "length": length,
                    "lang": lang,
                    "prompt": prompt,
                    "subject": subject,
                    "dataUrl": data_url,
                },
                extra_body,
            ),
            options=options,
            parse=_models.DocmeeStreamEvent.model_validate,
        )

    def generate_content(
        self,
        *,
        outline_markdown: str,
        stream: bool | NotGiven = NOT_GIVEN,
        async_gen_pptx: bool | NotGiven = NOT_GIVEN,
        template_id: str | NotGiven = NOT_GIVEN,
        lang: str | NotGiven = NOT_GIVEN,
        prompt: str | NotGiven = NOT_GIVEN,
        data_url: str | NotGiven = NOT_GIVEN,
        extra_body: Mapping[str, Any] | None = None,
        options: RequestOptions | None = None,
    ) -> Stream[_models.DocmeeStreamEvent]:
        """生成大纲内容 / 生成大纲内容同时异步生成PPT

        ``POST /docmee/v1/api/ppt/generateContent``

        doc-001 菜单:PPT接口 › 文多多(官方格式) › 生成大纲内容 / 生成大纲内容同时异步生成PPT。docmee(文多多 AiPPT)开放平台 /api/ppt/generateContent,网关前缀 /docmee/v1。

        Args:
            async_gen_pptx: 生成大纲内容同时异步生成PPT:true(事件中返回 pptId / total / current)。
        """
        return self._client.stream(
            "docmeeGenerateContent",
            path_params={},
            query={},
            headers={},
            body=_given(
                {
                    "outlineMarkdown": outline_markdown,
                    "stream": stream,
                    "asyncGenPptx": async_gen_pptx,
                    "templateId": template_id,
                    "lang": lang,
                    "prompt": prompt,
                    "dataUrl": data_url,
                },
                extra_body,
            ),
            options=options,
            parse=_models.DocmeeStreamEvent.model_validate,
        )

    @overload
    def direct_generate(
        self,
        *,
        stream: Literal[False] | NotGiven = NOT_GIVEN,
        template_id: str | NotGiven = NOT_GIVEN,
        pptx_property: bool | NotGiven = NOT_GIVEN,
        length: str | NotGiven = NOT_GIVEN,
        lang: str | NotGiven = NOT_GIVEN,
        prompt: str | NotGiven = NOT_GIVEN,
        subject: str | NotGiven = NOT_GIVEN,
        data_url: str | NotGiven = NOT_GIVEN,
        extra_body: Mapping[str, Any] | None = None,
        options: RequestOptions | None = None,
    ) -> _models.DocmeePptInfoReply: ...

    @overload
    def direct_generate(
        self,
        *,
        stream: Literal[True],
        template_id: str | NotGiven = NOT_GIVEN,
        pptx_property: bool | NotGiven = NOT_GIVEN,
        length: str | NotGiven = NOT_GIVEN,
        lang: str | NotGiven = NOT_GIVEN,
        prompt: str | NotGiven = NOT_GIVEN,
        subject: str | NotGiven = NOT_GIVEN,
        data_url: str | NotGiven = NOT_GIVEN,
        extra_body: Mapping[str, Any] | None = None,
        options: RequestOptions | None = None,
    ) -> Stream[_models.DocmeeStreamEvent]: ...

    def direct_generate(
        self,
        *,
        stream: bool | NotGiven = NOT_GIVEN,
        template_id: str | NotGiven = NOT_GIVEN,
        pptx_property: bool | NotGiven = NOT_GIVEN,
        length: str | NotGiven = NOT_GIVEN,
        lang: str | NotGiven = NOT_GIVEN,
        prompt: str | NotGiven = NOT_GIVEN,
        subject: str | NotGiven = NOT_GIVEN,
        data_url: str | NotGiven = NOT_GIVEN,
        extra_body: Mapping[str, Any] | None = None,
        options: RequestOptions | None = None,
    ) -> _models.DocmeePptInfoReply | Stream[_models.DocmeeStreamEvent]:
        """直接生成PPT

        ``POST /docmee/v1/api/ppt/directGeneratePptx``

        doc-001 菜单:PPT接口 › 文多多(官方格式) › 直接生成PPT。docmee(文多多 AiPPT)开放平台 /api/ppt/directGeneratePptx,网关前缀 /docmee/v1。

        Args:
            stream: true → event stream (DocmeeStreamEvent), false → JSON {code, data{pptInfo}}. Required by this client (see x-inferred).
        """
        if stream is True:
            return self._client.stream(
                "docmeeDirectGeneratePptx",
                path_params={},
                query={},
                headers={},
                body=_given(
                    {
                        "stream": stream,
                        "templateId": template_id,
                        "pptxProperty": pptx_property,
                        "length": length,
                        "lang": lang,
                        "prompt": prompt,
                        "subject": subject,
                        "dataUrl": data_url,
                    },
                    extra_body,
                ),
                options=options,
                parse=_models.DocmeeStreamEvent.model_validate,
            )

        return self._client.request(
            "docmeeDirectGeneratePptx",
            path_params={},
            query={},
            headers={},
            body=_given(
                {
                    "stream": stream,
                    "templateId": template_id,
                    "pptxProperty": pptx_property,
                    "length": length,
                    "lang": lang,
                    "prompt": prompt,
                    "subject": subject,
                    "dataUrl": data_url,
                },
                extra_body,
            ),
            options=options,
            parse=_models.DocmeePptInfoReply.model_validate,
        )

    def list(
        self,
        *,
        page: int,
        size: int,
        extra_body: Mapping[str, Any] | None = None,
        options: RequestOptions | None = None,
    ) -> _models.DocmeeReply:
        """获取 PPT 列表

        ``POST /docmee/v1/api/ppt/listPptx``

        doc-001 菜单:PPT接口 › 文多多(官方格式) › 获取 PPT 列表。docmee(文多多 AiPPT)开放平台 /api/ppt/listPptx,网关前缀 /docmee/v1。
        """
        return self._client.request(
            "docmeeListPptx",
            path_params={},
            query={},
            headers={},
            body=_given(
                {
                    "page": page,
                    "size": size,
                },
                extra_body,
            ),
            options=options,
            parse=_models.DocmeeReply.model_validate,
        )

    def load(
        self,
        *,
        id: str,
        options: RequestOptions | None = None,
    ) -> _models.DocmeePptInfoReply:
        """加载 PPT 数据

        ``GET /docmee/v1/api/ppt/loadPptx``

        doc-001 菜单:PPT接口 › 文多多(官方格式) › 加载 PPT 数据。docmee(文多多 AiPPT)开放平台 /api/ppt/loadPptx,网关前缀 /docmee/v1。

        Args:
            id: ppt id
        """
        return self._client.request(
            "docmeeLoadPptx",
            path_params={},
            query=_given(
                {
                    "id": id,
                }
            ),
            headers={},
            body=None,
            options=options,
            parse=_models.DocmeePptInfoReply.model_validate,
        )

    def download(
        self,
        *,
        id: str,
        refresh: bool | NotGiven = NOT_GIVEN,
        extra_body: Mapping[str, Any] | None = None,
        options: RequestOptions | None = None,
    ) -> _models.DocmeeReply:
        """下载 PPT

        ``POST /docmee/v1/api/ppt/downloadPptx``

        doc-001 菜单:PPT接口 › 文多多(官方格式) › 下载 PPT。docmee(文多多 AiPPT)开放平台 /api/ppt/downloadPptx,网关前缀 /docmee/v1。

        Args:
            refresh: downloadPptx only — 是否刷新(默认 false).
        """
        return self._client.request(
            "docmeeDownloadPptx",
            path_params={},
            query={},
            headers={},
            body=_given(
                {
                    "id": id,
                    "refresh": refresh,
                },
                extra_body,
            ),
            options=options,
            parse=_models.DocmeeReply.model_validate,
        )

    def update_attributes(
        self,
        *,
        id: str,
        name: str | NotGiven = NOT_GIVEN,
        subject: str | NotGiven = NOT_GIVEN,
        extra_body: Mapping[str, Any] | None = None,
        options: RequestOptions | None = None,
    ) -> _models.DocmeeReply:
        """更新 PPT 属性

        ``POST /docmee/v1/api/ppt/updatePptxAttr``

        doc-001 菜单:PPT接口 › 文多多(官方格式) › 更新 PPT 属性。docmee(文多多 AiPPT)开放平台 /api/ppt/updatePptxAttr,网关前缀 /docmee/v1。
        """
        return self._client.request(
            "docmeeUpdatePptxAttr",
            path_params={},
            query={},
            headers={},
            body=_given(
                {
                    "id": id,
                    "name": name,
                    "subject": subject,
                },
                extra_body,
            ),
            options=options,
            parse=_models.DocmeeReply.model_validate,
        )

    def save(
        self,
        *,
        id: str,
        draw_pptx: bool | NotGiven = NOT_GIVEN,
        draw_cover: bool | NotGiven = NOT_GIVEN,
        pptx_property: dict[str, Any] | NotGiven = NOT_GIVEN,
        extra_body: Mapping[str, Any] | None = None,
        options: RequestOptions | None = None,
    ) -> _models.DocmeePptInfoReply:
        """保存 PPT

        ``POST /docmee/v1/api/ppt/savePptx``

        doc-001 菜单:PPT接口 › 文多多(官方格式) › 保存 PPT。docmee(文多多 AiPPT)开放平台 /api/ppt/savePptx,网关前缀 /docmee/v1。
        """
        return self._client.request(
            "docmeeSavePptx",
            path_params={},
            query={},
            headers={},
            body=_given(
                {
                    "id": id,
                    "drawPptx": draw_pptx,
                    "drawCover": draw_cover,
                    "pptxProperty": pptx_property,
                },
                extra_body,
            ),
            options=options,
            parse=_models.DocmeePptInfoReply.model_validate,
        )

    def async_info(
        self,
        *,
        ppt_id: str,
        options: RequestOptions | None = None,
    ) -> _models.DocmeeReply:
        """查询异步生成PPT信息

        ``GET /docmee/v1/api/ppt/asyncPptInfo``

        doc-001 菜单:PPT接口 › 文多多(官方格式) › 查询异步生成PPT信息。docmee(文多多 AiPPT)开放平台 /api/ppt/asyncPptInfo,网关前缀 /docmee/v1。

        Args:
            ppt_id: generateContent(asyncGenPptx) 事件中的 pptId
        """
        return self._client.request(
            "docmeeAsyncPptInfo",
            path_params={},
            query=_given(
                {
                    "pptId": ppt_id,
                }
            ),
            headers={},
            body=None,
            options=options,
            parse=_models.DocmeeReply.model_validate,
        )

    def ppt_to_json(
        self,
        *,
        file: FileInput,
        upload_image: str,
        options: RequestOptions | None = None,
    ) -> _models.DocmeePptJsonReply:
        """ppt转json

        ``POST /docmee/v1/api/pptjson/ppt2json``

        doc-001 菜单:PPT接口 › 文多多(官方格式) › ppt转json。multipart 上传 .pptx,返回 PPT JSON(width、height、pages、font、slideMasters、version)。

        Args:
            file: PPT 文件 (示例值 test.pptx)
            upload_image: Sent as text in the form; the page shows only "false"; what true does is not stated.
        """
        return self._client.request(
            "docmeePpt2Json",
            path_params={},
            query={},
            headers={},
            body=_given(
                {
                    "file": file,
                    "uploadImage": upload_image,
                }
            ),
            options=options,
            parse=_models.DocmeePptJsonReply.model_validate,
        )

    def json_to_ppt(
        self,
        *,
        width: int,
        height: int,
        pages: builtins.list[Any],
        font: builtins.list[Any],
        slide_masters: builtins.list[Any],
        version: str,
        extra_body: Mapping[str, Any] | None = None,
        options: RequestOptions | None = None,
    ) -> _models.DocmeeJson2PptResponse:
        """json转ppt

        ``POST /docmee/v1/api/pptjson/json2ppt``

        doc-001 菜单:PPT接口 › 文多多(官方格式) › json转ppt。POST PPT JSON(width、height、pages、font、slideMasters、version)。

        Args:
            pages: 页面结构数据
            font: 字体数据
            slide_masters: 母版结构数据
        """
        return self._client.request(
            "docmeeJson2Ppt",
            path_params={},
            query={},
            headers={},
            body=_given(
                {
                    "width": width,
                    "height": height,
                    "pages": pages,
                    "font": font,
                    "slideMasters": slide_masters,
                    "version": version,
                },
                extra_body,
            ),
            options=options,
            parse=_models.DocmeeJson2PptResponse.model_validate,
        )


class AsyncPptDocmeeResource:
    """Operations under ``client.ppt.docmee``."""

    def __init__(self, client: AsyncClient) -> None:
        self._client = client

    async def templates(
        self,
        *,
        page: int,
        size: int,
        filters: _models.DocmeeTemplateFilters | Mapping[str, Any],
        extra_body: Mapping[str, Any] | None = None,
        options: RequestOptions | None = None,
    ) -> _models.DocmeeReply:
        """分页查询 PPT 模板

        ``POST /docmee/v1/api/ppt/templates``

        doc-001 菜单:PPT接口 › 文多多(官方格式) › 分页查询 PPT 模板。docmee(文多多 AiPPT)开放平台 /api/ppt/templates,网关前缀 /docmee/v1。
        """
        return await self._client.request(
            "docmeeTemplates",
            path_params={},
            query={},
            headers={},
            body=_given(
                {
                    "page": page,
                    "size": size,
                    "filters": filters,
                },
                extra_body,
            ),
            options=options,
            parse=_models.DocmeeReply.model_validate,
        )

    async def random_templates(
        self,
        *,
        size: int,
        filters: _models.DocmeeTemplateFilters | Mapping[str, Any],
        extra_body: Mapping[str, Any] | None = None,
        options: RequestOptions | None = None,
    ) -> _models.DocmeeReply:
        """随机 PPT 模板

        ``POST /docmee/v1/api/ppt/randomTemplates``

        doc-001 菜单:PPT接口 › 文多多(官方格式) › 随机 PPT 模板。docmee(文多多 AiPPT)开放平台 /api/ppt/randomTemplates,网关前缀 /docmee/v1。
        """
        return await self._client.request(
            "docmeeRandomTemplates",
            path_params={},
            query={},
            headers={},
            body=_given(
                {
                    "size": size,
                    "filters": filters,
                },
                extra_body,
            ),
            options=options,
            parse=_models.DocmeeReply.model_validate,
        )

    async def update_template(
        self,
        *,
        ppt_id: str,
        template_id: str,
        sync: bool | NotGiven = NOT_GIVEN,
        extra_body: Mapping[str, Any] | None = None,
        options: RequestOptions | None = None,
    ) -> _models.DocmeeReply:
        """更换 PPT 模板

        ``POST /docmee/v1/api/ppt/updatePptTemplate``

        doc-001 菜单:PPT接口 › 文多多(官方格式) › 更换 PPT 模板。docmee(文多多 AiPPT)开放平台 /api/ppt/updatePptTemplate,网关前缀 /docmee/v1。
        """
        return await self._client.request(
            "docmeeUpdatePptTemplate",
            path_params={},
            query={},
            headers={},
            body=_given(
                {
                    "pptId": ppt_id,
                    "templateId": template_id,
                    "sync": sync,
                },
                extra_body,
            ),
            options=options,
            parse=_models.DocmeeReply.model_validate,
        )

    async def update_outline(
        self,
        *,
        outline_markdown: str,
        length: str | NotGiven = NOT_GIVEN,
        question: str | NotGiven = NOT_GIVEN,
        extra_body: Mapping[str, Any] | None = None,
        options: RequestOptions | None = None,
    ) -> AsyncStream[_models.DocmeeStreamEvent]:
        """修改大纲

        ``POST /docmee/v1/api/ppt/updateOutline``

        doc-001 菜单:PPT接口 › 文多多(官方格式) › 修改大纲。docmee(文多多 AiPPT)开放平台 /api/ppt/updateOutline,网关前缀 /docmee/v1。
        """
        return await self._client.stream(
            "docmeeUpdateOutline",
            path_params={},
            query={},
            headers={},
            body=_given(
                {
                    "outlineMarkdown": outline_markdown,
                    "length": length,
                    "question": question,
                },
                extra_body,
            ),
            options=options,
            parse=_models.DocmeeStreamEvent.model_validate,
        )

    async def parse_file(
        self,
        *,
        file: FileInput | NotGiven = NOT_GIVEN,
        content: str | NotGiven = NOT_GIVEN,
        file_url: str | NotGiven = NOT_GIVEN,
        website: str | NotGiven = NOT_GIVEN,
        websearch: str | NotGiven = NOT_GIVEN,
        extra_body: Mapping[str, Any] | None = None,
        options: RequestOptions | None = None,
    ) -> _models.DocmeeReply:
        """解析文件内容

        ``POST /docmee/v1/api/ppt/parseFileData``

        doc-001 菜单:PPT接口 › 文多多(官方格式) › 解析文件内容。docmee(文多多 AiPPT)开放平台 /api/ppt/parseFileData,网关前缀 /docmee/v1。
        """
        return await self._client.request(
            "docmeeParseFileData",
            path_params={},
            query={},
            headers={},
            body=_given(
                {
                    "file": file,
                    "content": content,
                    "fileUrl": file_url,
                    "website": website,
                    "websearch": websearch,
                },
                extra_body,
            ),
            options=options,
            parse=_models.DocmeeReply.model_validate,
        )

    async def generate_outline(
        self,
        *,
        stream: bool | NotGiven = NOT_GIVEN,
        length: str | NotGiven = NOT_GIVEN,
        lang: str | NotGiven = NOT_GIVEN,
        prompt: str | NotGiven = NOT_GIVEN,
        subject: str | NotGiven = NOT_GIVEN,
        data_url: str | NotGiven = NOT_GIVEN,
        extra_body: Mapping[str, Any] | None = None,
        options: RequestOptions | None = None,
    ) -> AsyncStream[_models.DocmeeStreamEvent]:
        """生成大纲

        ``POST /docmee/v1/api/ppt/generateOutline``

        doc-001 菜单:PPT接口 › 文多多(官方格式) › 生成大纲。docmee(文多多 AiPPT)开放平台 /api/ppt/generateOutline,网关前缀 /docmee/v1。

        Args:
            stream: 默认流式 (docmee-api); this client reads the reply as an event stream either way (a JSON reply is decoded as JSON).
        """
        return await self._client.stream(
            "docmeeGenerateOutline",
            path_params={},
            query={},
            headers={},
            body=_given(
                {
                    "stream": stream,
                    "length": length,
                    "lang": lang,
                    "prompt": prompt,
                    "subject": subject,
                    "dataUrl": data_url,
                },
                extra_body,
            ),
            options=options,
            parse=_models.DocmeeStreamEvent.model_validate,
        )

    async def generate_content(
        self,
        *,
        outline_markdown: str,
        stream: bool | NotGiven = NOT_GIVEN,
        async_gen_pptx: bool | NotGiven = NOT_GIVEN,
        template_id: str | NotGiven = NOT_GIVEN,
        lang: str | NotGiven = NOT_GIVEN,
        prompt: str | NotGiven = NOT_GIVEN,
        data_url: str | NotGiven = NOT_GIVEN,
        extra_body: Mapping[str, Any] | None = None,
        options: RequestOptions | None = None,
    ) -> AsyncStream[_models.DocmeeStreamEvent]:
        """生成大纲内容 / 生成大纲内容同时异步生成PPT

        ``POST /docmee/v1/api/ppt/generateContent``

        doc-001 菜单:PPT接口 › 文多多(官方格式) › 生成大纲内容 / 生成大纲内容同时异步生成PPT。docmee(文多多 AiPPT)开放平台 /api/ppt/generateContent,网关前缀 /docmee/v1。

        Args:
            async_gen_pptx: 生成大纲内容同时异步生成PPT:true(事件中返回 pptId / total / current)。
        """
        return await self._client.stream(
            "docmeeGenerateContent",
            path_params={},
            query={},
            headers={},
            body=_given(
                {
                    "outlineMarkdown": outline_markdown,
                    "stream": stream,
                    "asyncGenPptx": async_gen_pptx,
                    "templateId": template_id,
                    "lang": lang,
                    "prompt": prompt,
                    "dataUrl": data_url,
                },
                extra_body,
            ),
            options=options,
            parse=_models.DocmeeStreamEvent.model_validate,
        )

    @overload
    async def direct_generate(
        self,
        *,
        stream: Literal[False] | NotGiven = NOT_GIVEN,
        template_id: str | NotGiven = NOT_GIVEN,
        pptx_property: bool | NotGiven = NOT_GIVEN,
        length: str | NotGiven = NOT_GIVEN,
        lang: str | NotGiven = NOT_GIVEN,
        prompt: str | NotGiven = NOT_GIVEN,
        subject: str | NotGiven = NOT_GIVEN,
        data_url: str | NotGiven = NOT_GIVEN,
        extra_body: Mapping[str, Any] | None = None,
        options: RequestOptions | None = None,
    ) -> _models.DocmeePptInfoReply: ...

    @overload
    async def direct_generate(
        self,
        *,
        stream: Literal[True],
        template_id: str | NotGiven = NOT_GIVEN,
        pptx_property: bool | NotGiven = NOT_GIVEN,
        length: str | NotGiven = NOT_GIVEN,
        lang: str | NotGiven = NOT_GIVEN,
        prompt: str | NotGiven = NOT_GIVEN,
        subject: str | NotGiven = NOT_GIVEN,
        data_url: str | NotGiven = NOT_GIVEN,
        extra_body: Mapping[str, Any] | None = None,
        options: RequestOptions | None = None,
    ) -> AsyncStream[_models.DocmeeStreamEvent]: ...

    async def direct_generate(
        self,
        *,
        stream: bool | NotGiven = NOT_GIVEN,
        template_id: str | NotGiven = NOT_GIVEN,
        pptx_property: bool | NotGiven = NOT_GIVEN,
        length: str | NotGiven = NOT_GIVEN,
        lang: str | NotGiven = NOT_GIVEN,
        prompt: str | NotGiven = NOT_GIVEN,
        subject: str | NotGiven = NOT_GIVEN,
        data_url: str | NotGiven = NOT_GIVEN,
        extra_body: Mapping[str, Any] | None = None,
        options: RequestOptions | None = None,
    ) -> _models.DocmeePptInfoReply | AsyncStream[_models.DocmeeStreamEvent]:
        """直接生成PPT

        ``POST /docmee/v1/api/ppt/directGeneratePptx``

        doc-001 菜单:PPT接口 › 文多多(官方格式) › 直接生成PPT。docmee(文多多 AiPPT)开放平台 /api/ppt/directGeneratePptx,网关前缀 /docmee/v1。

        Args:
            stream: true → event stream (DocmeeStreamEvent), false → JSON {code, data{pptInfo}}. Required by this client (see x-inferred).
        """
        if stream is True:
            return await self._client.stream(
                "docmeeDirectGeneratePptx",
                path_params={},
                query={},
                headers={},
                body=_given(
                    {
                        "stream": stream,
                        "templateId": template_id,
                        "pptxProperty": pptx_property,
                        "length": length,
                        "lang": lang,
                        "prompt": prompt,
                        "subject": subject,
                        "dataUrl": data_url,
                    },
                    extra_body,
                ),
                options=options,
                parse=_models.DocmeeStreamEvent.model_validate,
            )

        return await self._client.request(
            "docmeeDirectGeneratePptx",
            path_params={},
            query={},
            headers={},
            body=_given(
                {
                    "stream": stream,
                    "templateId": template_id,
                    "pptxProperty": pptx_property,
                    "length": length,
                    "lang": lang,
                    "prompt": prompt,
                    "subject": subject,
                    "dataUrl": data_url,
                },
                extra_body,
            ),
            options=options,
            parse=_models.DocmeePptInfoReply.model_validate,
        )

    async def list(
        self,
        *,
        page: int,
        size: int,
        extra_body: Mapping[str, Any] | None = None,
        options: RequestOptions | None = None,
    ) -> _models.DocmeeReply:
        """获取 PPT 列表

        ``POST /docmee/v1/api/ppt/listPptx``

        doc-001 菜单:PPT接口 › 文多多(官方格式) › 获取 PPT 列表。docmee(文多多 AiPPT)开放平台 /api/ppt/listPptx,网关前缀 /docmee/v1。
        """
        return await self._client.request(
            "docmeeListPptx",
            path_params={},
            query={},
            headers={},
            body=_given(
                {
                    "page": page,
                    "size": size,
                },
                extra_body,
            ),
            options=options,
            parse=_models.DocmeeReply.model_validate,
        )

    async def load(
        self,
        *,
        id: str,
        options: RequestOptions | None = None,
    ) -> _models.DocmeePptInfoReply:
        """加载 PPT 数据

        ``GET /docmee/v1/api/ppt/loadPptx``

        doc-001 菜单:PPT接口 › 文多多(官方格式) › 加载 PPT 数据。docmee(文多多 AiPPT)开放平台 /api/ppt/loadPptx,网关前缀 /docmee/v1。

        Args:
            id: ppt id
        """
        return await self._client.request(
            "docmeeLoadPptx",
            path_params={},
            query=_given(
                {
                    "id": id,
                }
            ),
            headers={},
            body=None,
            options=options,
            parse=_models.DocmeePptInfoReply.model_validate,
        )

    async def download(
        self,
        *,
        id: str,
        refresh: bool | NotGiven = NOT_GIVEN,
        extra_body: Mapping[str, Any] | None = None,
        options: RequestOptions | None = None,
    ) -> _models.DocmeeReply:
        """下载 PPT

        ``POST /docmee/v1/api/ppt/downloadPptx``

        doc-001 菜单:PPT接口 › 文多多(官方格式) › 下载 PPT。docmee(文多多 AiPPT)开放平台 /api/ppt/downloadPptx,网关前缀 /docmee/v1。

        Args:
            refresh: downloadPptx only — 是否刷新(默认 false).
        """
        return await self._client.request(
            "docmeeDownloadPptx",
            path_params={},
            query={},
            headers={},
            body=_given(
                {
                    "id": id,
                    "refresh": refresh,
                },
                extra_body,
            ),
            options=options,
            parse=_models.DocmeeReply.model_validate,
        )

    async def update_attributes(
        self,
        *,
        id: str,
        name: str | NotGiven = NOT_GIVEN,
        subject: str | NotGiven = NOT_GIVEN,
        extra_body: Mapping[str, Any] | None = None,
        options: RequestOptions | None = None,
    ) -> _models.DocmeeReply:
        """更新 PPT 属性

        ``POST /docmee/v1/api/ppt/updatePptxAttr``

        doc-001 菜单:PPT接口 › 文多多(官方格式) › 更新 PPT 属性。docmee(文多多 AiPPT)开放平台 /api/ppt/updatePptxAttr,网关前缀 /docmee/v1。
        """
        return await self._client.request(
            "docmeeUpdatePptxAttr",
            path_params={},
            query={},
            headers={},
            body=_given(
                {
                    "id": id,
                    "name": name,
                    "subject": subject,
                },
                extra_body,
            ),
            options=options,
            parse=_models.DocmeeReply.model_validate,
        )

    async def save(
        self,
        *,
        id: str,
        draw_pptx: bool | NotGiven = NOT_GIVEN,
        draw_cover: bool | NotGiven = NOT_GIVEN,
        pptx_property: dict[str, Any] | NotGiven = NOT_GIVEN,
        extra_body: Mapping[str, Any] | None = None,
        options: RequestOptions | None = None,
    ) -> _models.DocmeePptInfoReply:
        """保存 PPT

        ``POST /docmee/v1/api/ppt/savePptx``

        doc-001 菜单:PPT接口 › 文多多(官方格式) › 保存 PPT。docmee(文多多 AiPPT)开放平台 /api/ppt/savePptx,网关前缀 /docmee/v1。
        """
        return await self._client.request(
            "docmeeSavePptx",
            path_params={},
            query={},
            headers={},
            body=_given(
                {
                    "id": id,
                    "drawPptx": draw_pptx,
                    "drawCover": draw_cover,
                    "pptxProperty": pptx_property,
                },
                extra_body,
            ),
            options=options,
            parse=_models.DocmeePptInfoReply.model_validate,
        )

    async def async_info(
        self,
        *,
        ppt_id: str,
        options: RequestOptions | None = None,
    ) -> _models.DocmeeReply:
        """查询异步生成PPT信息

        ``GET /docmee/v1/api/ppt/asyncPptInfo``

        doc-001 菜单:PPT接口 › 文多多(官方格式) › 查询异步生成PPT信息。docmee(文多多 AiPPT)开放平台 /api/ppt/asyncPptInfo,网关前缀 /docmee/v1。

        Args:
            ppt_id: generateContent(asyncGenPptx) 事件中的 pptId
        """
        return await self._client.request(
            "docmeeAsyncPptInfo",
            path_params={},
            query=_given(
                {
                    "pptId": ppt_id,
                }
            ),
            headers={},
            body=None,
            options=options,
            parse=_models.DocmeeReply.model_validate,
        )

    async def ppt_to_json(
        self,
        *,
        file: FileInput,
        upload_image: str,
        options: RequestOptions | None = None,
    ) -> _models.DocmeePptJsonReply:
        """ppt转json

        ``POST /docmee/v1/api/pptjson/ppt2json``

        doc-001 菜单:PPT接口 › 文多多(官方格式) › ppt转json。multipart 上传 .pptx,返回 PPT JSON(width、height、pages、font、slideMasters、version)。

        Args:
            file: PPT 文件 (示例值 test.pptx)
            upload_image: Sent as text in the form; the page shows only "false"; what true does is not stated.
        """
        return await self._client.request(
            "docmeePpt2Json",
            path_params={},
            query={},
            headers={},
            body=_given(
                {
                    "file": file,
                    "uploadImage": upload_image,
                }
            ),
            options=options,
            parse=_models.DocmeePptJsonReply.model_validate,
        )

    async def json_to_ppt(
        self,
        *,
        width: int,
        height: int,
        pages: builtins.list[Any],
        font: builtins.list[Any],
        slide_masters: builtins.list[Any],
        version: str,
        extra_body: Mapping[str, Any] | None = None,
        options: RequestOptions | None = None,
    ) -> _models.DocmeeJson2PptResponse:
        """json转ppt

        ``POST /docmee/v1/api/pptjson/json2ppt``

        doc-001 菜单:PPT接口 › 文多多(官方格式) › json转ppt。POST PPT JSON(width、height、pages、font、slideMasters、version)。

        Args:
            pages: 页面结构数据
            font: 字体数据
            slide_masters: 母版结构数据
        """
        return await self._client.request(
            "docmeeJson2Ppt",
            path_params={},
            query={},
            headers={},
            body=_given(
                {
                    "width": width,
                    "height": height,
                    "pages": pages,
                    "font": font,
                    "slideMasters": slide_masters,
                    "version": version,
                },
                extra_body,
            ),
            options=options,
            parse=_models.DocmeeJson2PptResponse.model_validate,
        )


class PptResource:
    """Operations under ``client.ppt``."""

    def __init__(self, client: SyncClient) -> None:
        self._client = client
        self.docmee = PptDocmeeResource(client)


class AsyncPptResource:
    """Operations under ``client.ppt``."""

    def __init__(self, client: AsyncClient) -> None:
        self._client = client
        self.docmee = AsyncPptDocmeeResource(client)


class PicTasksResource:
    """Operations under ``client.pic.tasks``."""

    def __init__(self, client: SyncClient) -> None:
        self._client = client

    def retrieve(
        self,
        *,
        task_id: str,
        options: RequestOptions | None = None,
    ) -> _models.PicTaskReply:
        """获取图片处理任务结果

        ``GET /task/{task_id}``

        doc-001 菜单:图片接口 › 其他图像API1(开发中) › 获取…结果(9 个页面)。pic-gptge 的「查询:任务结果」GET /task/{task_id}
        查询任一 /task/pic 任务的状态与结果文件;state=1 表示完成。

        Args:
            task_id: 创建任务返回的 data.task_id
        """
        return self._client.request(
            "picGetTask",
            path_params={
                "task_id": task_id,
            },
            query={},
            headers={},
            body=None,
            options=options,
            parse=_models.PicTaskReply.model_validate,
        )


class AsyncPicTasksResource:
    """Operations under ``client.pic.tasks``."""

    def __init__(self, client: AsyncClient) -> None:
        self._client = client

    async def retrieve(
        self,
        *,
        task_id: str,
        options: RequestOptions | None = None,
    ) -> _models.PicTaskReply:
        """获取图片处理任务结果

        ``GET /task/{task_id}``

        doc-001 菜单:图片接口 › 其他图像API1(开发中) › 获取…结果(9 个页面)。pic-gptge 的「查询:任务结果」GET /task/{task_id}
        查询任一 /task/pic 任务的状态与结果文件;state=1 表示完成。

        Args:
            task_id: 创建任务返回的 data.task_id
        """
        return await self._client.request(
            "picGetTask",
            path_params={
                "task_id": task_id,
            },
            query={},
            headers={},
            body=None,
            options=options,
            parse=_models.PicTaskReply.model_validate,
        )


class PicResource:
    """Operations under ``client.pic``."""

    def __init__(self, client: SyncClient) -> None:
        self._client = client
        self.tasks = PicTasksResource(client)

    def segmentation(
        self,
        *,
        image_file: FileInput | NotGiven = NOT_GIVEN,
        image_url: str | FileInput | NotGiven = NOT_GIVEN,
        sync: Literal[0, 1] | NotGiven = NOT_GIVEN,
        type: str | NotGiven = NOT_GIVEN,
        output_type: Literal[1, 2, 3] | NotGiven = NOT_GIVEN,
        crop: Literal[0, 1] | NotGiven = NOT_GIVEN,
        format: Literal["png", "jpg"] | NotGiven = NOT_GIVEN,
        bg_color: str | NotGiven = NOT_GIVEN,
        callback_url: str | NotGiven = NOT_GIVEN,
        extra_body: Mapping[str, Any] | None = None,
        download_to: str | os.PathLike[str] | None = None,
        options: RequestOptions | None = None,
    ) -> Task[_models.PicTaskReply]:
        """创建抠图任务

        ``POST /task/pic/segmentation``

        doc-001 菜单:图片接口 › 其他图像API1(开发中) › 创建抠图任务。抠图:提取前景,返回图片或蒙版。
        POST /task/pic/segmentation,multipart/form-data(pic-gptge);sync=1 时同一回复已含结果,否则用 GET /task/{task_id} 轮询。

        Args:
            image_file: 源图像文件(二进制)，与 image_url 二选一
            image_url: 源图像 URL，与 image_file 二选一
            sync: 是否等待结果就绪:0=异步(默认)，1=同步
            type: 前景类型:person、object、stamp,为空则自动检测
            output_type: 返回类型:1=图片+蒙版、2=仅图片、3=仅蒙版
            crop: 是否裁剪到目标边缘:0=原图大小、1=裁剪
            format: 图片格式:png=透明图、jpg=白底图
            bg_color: JPG 背景色，十六进制颜色码，例如 ffffff
            callback_url: 回调通知地址
        """
        return self._client.submit_task(
            "picSegmentation",
            path_params={},
            query={},
            headers={},
            body=_given(
                {
                    "image_file": image_file,
                    "image_url": image_url,
                    "sync": sync,
                    "type": type,
                    "output_type": output_type,
                    "crop": crop,
                    "format": format,
                    "bg_color": bg_color,
                    "callback_url": callback_url,
                },
                extra_body,
            ),
            options=options,
            download_to=download_to,
            parse=_models.PicTaskReply.model_validate,
        )

    def scale(
        self,
        *,
        image_file: FileInput | NotGiven = NOT_GIVEN,
        image_url: str | FileInput | NotGiven = NOT_GIVEN,
        sync: Literal[0, 1] | NotGiven = NOT_GIVEN,
        type: Literal["clean", "face"] | NotGiven = NOT_GIVEN,
        scale_factor: Literal[1, 2, 4] | NotGiven = NOT_GIVEN,
        callback_url: str | NotGiven = NOT_GIVEN,
        extra_body: Mapping[str, Any] | None = None,
        download_to: str | os.PathLike[str] | None = None,
        options: RequestOptions | None = None,
    ) -> Task[_models.PicTaskReply]:
        """创建图片变清晰任务

        ``POST /task/pic/scale``

        doc-001 菜单:图片接口 › 其他图像API1(开发中) › 创建图片变清晰任务。图片变清晰(无损放大):type clean|face, scale_factor 1|2|4。
        POST /task/pic/scale,multipart/form-data(pic-gptge);sync=1 时同一回复已含结果,否则用 GET /task/{task_id} 轮询。

        Args:
            image_file: 源图像文件(二进制)，与 image_url 二选一
            image_url: 源图像 URL，与 image_file 二选一
            sync: 是否等待结果就绪:0=异步(默认)，1=同步
            type: 增强类型:clean=通用增强，face=人像增强(每张最多 10 张人脸)
            scale_factor: 放大倍数:不传=自动，1=不放大，2=2 倍，4=4 倍
            callback_url: 回调通知地址
        """
        return self._client.submit_task(
            "picScale",
            path_params={},
            query={},
            headers={},
            body=_given(
                {
                    "image_file": image_file,
                    "image_url": image_url,
                    "sync": sync,
                    "type": type,
                    "scale_factor": scale_factor,
                    "callback_url": callback_url,
                },
                extra_body,
            ),
            options=options,
            download_to=download_to,
            parse=_models.PicTaskReply.model_validate,
        )

    def background(
        self,
        *,
        prompt: str,
        image_file: FileInput | NotGiven = NOT_GIVEN,
        image_url: str | FileInput | NotGiven = NOT_GIVEN,
        batch_size: int | NotGiven = NOT_GIVEN,
        sync: Literal[0, 1] | NotGiven = NOT_GIVEN,
        callback_url: str | NotGiven = NOT_GIVEN,
        extra_body: Mapping[str, Any] | None = None,
        download_to: str | os.PathLike[str] | None = None,
        options: RequestOptions | None = None,
    ) -> Task[_models.PicTaskReply]:
        """创建背景生成任务

        ``POST /task/pic/background``

        doc-001 菜单:图片接口 › 其他图像API1(开发中) › 创建背景生成任务。背景生成:为前景图生成新背景,batch_size 张(价格按数量翻倍)。
        POST /task/pic/background,multipart/form-data(pic-gptge);sync=1 时同一回复已含结果,否则用 GET /task/{task_id} 轮询。

        Args:
            prompt: 背景提示词，支持多语言，英文效果最佳，最长 1024 字符
            image_file: 前景图文件(二进制)，与 image_url 二选一
            image_url: 前景图 URL，与 image_file 二选一
            batch_size: 每次生成图片数量，默认 2，最大 4，价格按数量翻倍
            sync: 是否等待结果就绪:0=异步(默认)，1=同步
            callback_url: 回调通知地址
        """
        return self._client.submit_task(
            "picBackground",
            path_params={},
            query={},
            headers={},
            body=_given(
                {
                    "prompt": prompt,
                    "image_file": image_file,
                    "image_url": image_url,
                    "batch_size": batch_size,
                    "sync": sync,
                    "callback_url": callback_url,
                },
                extra_body,
            ),
            options=options,
            download_to=download_to,
            parse=_models.PicTaskReply.model_validate,
        )

    def id_photo(
        self,
        *,
        image_file: FileInput | NotGiven = NOT_GIVEN,
        image_url: str | FileInput | NotGiven = NOT_GIVEN,
        size: str | NotGiven = NOT_GIVEN,
        format: Literal["png", "jpg"] | NotGiven = NOT_GIVEN,
        sync: Literal[0, 1] | NotGiven = NOT_GIVEN,
        bg_color: str | NotGiven = NOT_GIVEN,
        callback_url: str | NotGiven = NOT_GIVEN,
        extra_body: Mapping[str, Any] | None = None,
        download_to: str | os.PathLike[str] | None = None,
        options: RequestOptions | None = None,
    ) -> Task[_models.PicTaskReply]:
        """创建证件照制作任务

        ``POST /task/pic/idphoto``

        doc-001 菜单:图片接口 › 其他图像API1(开发中) › 创建证件照制作任务。证件照制作:size {width}x{height},png 透明 / jpg 白底(bg_color)。
        POST /task/pic/idphoto,multipart/form-data(pic-gptge);sync=1 时同一回复已含结果,否则用 GET /task/{task_id} 轮询。

        Args:
            image_file: 人像文件(二进制)，与 image_url 二选一
            image_url: 人像 URL，与 image_file 二选一
            size: 证件照尺寸 {width}x{height},例如 300x400,像素范围 100~2000
            format: 输出格式:png=透明背景，jpg=白色背景
            sync: 是否等待结果就绪:0=异步(默认)，1=同步
            bg_color: JPG 背景色 RRGGBB，例如 FFFFFF，仅在 format=jpg 时生效
            callback_url: 回调通知地址
        """
        return self._client.submit_task(
            "picIdPhoto",
            path_params={},
            query={},
            headers={},
            body=_given(
                {
                    "image_file": image_file,
                    "image_url": image_url,
                    "size": size,
                    "format": format,
                    "sync": sync,
                    "bg_color": bg_color,
                    "callback_url": callback_url,
                },
                extra_body,
            ),
            options=options,
            download_to=download_to,
            parse=_models.PicTaskReply.model_validate,
        )

    def colorization(
        self,
        *,
        image_file: FileInput | NotGiven = NOT_GIVEN,
        image_url: str | FileInput | NotGiven = NOT_GIVEN,
        format: Literal["jpeg", "jpg", "png", "webp"] | NotGiven = NOT_GIVEN,
        sync: Literal[0, 1] | NotGiven = NOT_GIVEN,
        callback_url: str | NotGiven = NOT_GIVEN,
        extra_body: Mapping[str, Any] | None = None,
        download_to: str | os.PathLike[str] | None = None,
        options: RequestOptions | None = None,
    ) -> Task[_models.PicTaskReply]:
        """创建图像上色任务

        ``POST /task/pic/colorization``

        doc-001 菜单:图片接口 › 其他图像API1(开发中) › 创建图像上色任务。黑白图像上色。
        POST /task/pic/colorization,multipart/form-data(pic-gptge);sync=1 时同一回复已含结果,否则用 GET /task/{task_id} 轮询。

        Args:
            image_file: 源图像文件(二进制)，与 image_url 二选一
            image_url: 源图像 URL，与 image_file 二选一
            format: 输出格式，默认 jpeg/jpg
            sync: 是否等待结果就绪:0=异步(默认)，1=同步
            callback_url: 回调通知地址
        """
        return self._client.submit_task(
            "picColorization",
            path_params={},
            query={},
            headers={},
            body=_given(
                {
                    "image_file": image_file,
                    "image_url": image_url,
                    "format": format,
                    "sync": sync,
                    "callback_url": callback_url,
                },
                extra_body,
            ),
            options=options,
            download_to=download_to,
            parse=_models.PicTaskReply.model_validate,
        )

    def ocr(
        self,
        *,
        image_file: FileInput | NotGiven = NOT_GIVEN,
        image_url: str | FileInput | NotGiven = NOT_GIVEN,
        format: Literal["txt", "pdf", "docx", "xlsx", "pptx"] | NotGiven = NOT_GIVEN,
        language: str | NotGiven = NOT_GIVEN,
        password: str | NotGiven = NOT_GIVEN,
        extra_body: Mapping[str, Any] | None = None,
        download_to: str | os.PathLike[str] | None = None,
        options: RequestOptions | None = None,
    ) -> Task[_models.PicTaskReply]:
        """创建OCR任务

        ``POST /task/pic/ocr``

        doc-001 菜单:图片接口 › 其他图像API1(开发中) › 创建OCR任务。OCR:识别图片或文档中的文字,结果为可下载文件(data.file)。
        POST /task/pic/ocr,multipart/form-data(pic-gptge);sync=1 时同一回复已含结果,否则用 GET /task/{task_id} 轮询。

        Args:
            image_file: 源图像或文档文件(二进制),与 image_url 二选一;pdf, ppt, pptx, xls, xlsx, doc, docx, jpeg, jpg, png, gif, bmp
            image_url: 源图像或文档 URL，与 image_file 二选一;使用 80 或 443 端口地址
            format: 输出格式
            language: 输入文件语言,默认 ChinesePRC;多个语言用逗号分隔,例如 English,ChinesePRC,Digits
            password: 受保护文档的密码，最长 32 个字符
        """
        return self._client.submit_task(
            "picOcr",
            path_params={},
            query={},
            headers={},
            body=_given(
                {
                    "image_file": image_file,
                    "image_url": image_url,
                    "format": format,
                    "language": language,
                    "password": password,
                },
                extra_body,
            ),
            options=options,
            download_to=download_to,
            parse=_models.PicTaskReply.model_validate,
        )

    def inpaint(
        self,
        *,
        image_file: FileInput | NotGiven = NOT_GIVEN,
        image_url: str | FileInput | NotGiven = NOT_GIVEN,
        mask_file: FileInput | NotGiven = NOT_GIVEN,
        mask_url: str | FileInput | NotGiven = NOT_GIVEN,
        rectangles: str | NotGiven = NOT_GIVEN,
        sync: Literal[0, 1] | NotGiven = NOT_GIVEN,
        extra_body: Mapping[str, Any] | None = None,
        download_to: str | os.PathLike[str] | None = None,
        options: RequestOptions | None = None,
    ) -> Task[_models.PicTaskReply]:
        """创建图像修复任务

        ``POST /task/pic/inpaint``

        doc-001 菜单:图片接口 › 其他图像API1(开发中) › 创建图像修复任务。图像修复(PicWish Objects Removal / inpaint):按蒙版或矩形擦除并修补。
        POST /task/pic/inpaint(路由由同族接口推断,见 x-inferred),multipart/form-data;用 GET /task/{task_id} 轮询。

        Args:
            image_file: 源图像文件(二进制)，与 image_url 二选一
            image_url: 源图像 URL，与 image_file 二选一
            mask_file: 蒙版图片文件(要擦除的区域)
            mask_url: 蒙版图片 URL
            rectangles: 要擦除的矩形区域 JSON,最多 50 个,例如 [{"x":0,"y":0,"width":100,"height":100}]
            sync: 0=异步(默认)，1=同步
        """
        return self._client.submit_task(
            "picInpaint",
            path_params={},
            query={},
            headers={},
            body=_given(
                {
                    "image_file": image_file,
                    "image_url": image_url,
                    "mask_file": mask_file,
                    "mask_url": mask_url,
                    "rectangles": rectangles,
                    "sync": sync,
                },
                extra_body,
            ),
            options=options,
            download_to=download_to,
            parse=_models.PicTaskReply.model_validate,
        )

    def compress(
        self,
        *,
        image_file: FileInput | NotGiven = NOT_GIVEN,
        image_url: str | FileInput | NotGiven = NOT_GIVEN,
        sync: Literal[0, 1] | NotGiven = NOT_GIVEN,
        format: Literal["jpg", "png", "webp"] | NotGiven = NOT_GIVEN,
        quality: int | NotGiven = NOT_GIVEN,
        kbyte: int | NotGiven = NOT_GIVEN,
        width: int | NotGiven = NOT_GIVEN,
        height: int | NotGiven = NOT_GIVEN,
        extra_body: Mapping[str, Any] | None = None,
        download_to: str | os.PathLike[str] | None = None,
        options: RequestOptions | None = None,
    ) -> Task[_models.PicTaskReply]:
        """创建图片压缩任务

        ``POST /task/pic/imgcompress``

        doc-001 菜单:图片接口 › 其他图像API1(开发中) › 创建图片压缩任务。图片压缩:按质量、目标大小或尺寸压缩。
        POST /task/pic/imgcompress(路由由同族接口推断,见 x-inferred),multipart/form-data;用 GET /task/{task_id} 轮询。

        Args:
            image_file: 源图像文件(二进制)，与 image_url 二选一
            image_url: 源图像 URL，与 image_file 二选一
            sync: 0=异步(默认)，1=同步
            format: 输出格式;不传时 jpg/png/webp 原图保持原格式
            quality: 压缩质量 1–100(与 kbyte 二选一)
            kbyte: 目标大小 KB(与 quality 二选一;PNG 不支持)
            width: 输出宽度;不传 height 时按比例
            height: 输出高度;不传 width 时按比例
        """
        return self._client.submit_task(
            "picCompress",
            path_params={},
            query={},
            headers={},
            body=_given(
                {
                    "image_file": image_file,
                    "image_url": image_url,
                    "sync": sync,
                    "format": format,
                    "quality": quality,
                    "kbyte": kbyte,
                    "width": width,
                    "height": height,
                },
                extra_body,
            ),
            options=options,
            download_to=download_to,
            parse=_models.PicTaskReply.model_validate,
        )

    def correction(
        self,
        *,
        image_file: FileInput | NotGiven = NOT_GIVEN,
        image_url: str | FileInput | NotGiven = NOT_GIVEN,
        sync: Literal[0, 1] | NotGiven = NOT_GIVEN,
        type: Literal[0, 1, 2, 3, 4] | NotGiven = NOT_GIVEN,
        extra_body: Mapping[str, Any] | None = None,
        download_to: str | os.PathLike[str] | None = None,
        options: RequestOptions | None = None,
    ) -> Task[_models.PicTaskReply]:
        """创建图片智能切边任务

        ``POST /task/pic/correction``

        doc-001 菜单:图片接口 › 其他图像API1(开发中) › 创建图片智能切边任务。图片智能切边(PicWish Photo Cropping and Enhancement):文档/商品切边、方向矫正、文字增强。
        POST /task/pic/correction(路由由同族接口推断,见 x-inferred),multipart/form-data;用 GET /task/{task_id} 轮询。

        Args:
            image_file: 源图像文件(二进制)，与 image_url 二选一
            image_url: 源图像 URL，与 image_file 二选一
            sync: 0=异步(默认)，1=同步
            type: 0 文档切边+方向矫正;1 文字增强(默认);2 文字增强+切边矫正;3 商品切边矫正;4 商品切边矫正+去背景
        """
        return self._client.submit_task(
            "picCorrection",
            path_params={},
            query={},
            headers={},
            body=_given(
                {
                    "image_file": image_file,
                    "image_url": image_url,
                    "sync": sync,
                    "type": type,
                },
                extra_body,
            ),
            options=options,
            download_to=download_to,
            parse=_models.PicTaskReply.model_validate,
        )


class AsyncPicResource:
    """Operations under ``client.pic``."""

    def __init__(self, client: AsyncClient) -> None:
        self._client = client
        self.tasks = AsyncPicTasksResource(client)

    async def segmentation(
        self,
        *,
        image_file: FileInput | NotGiven = NOT_GIVEN,
        image_url: str | FileInput | NotGiven = NOT_GIVEN,
        sync: Literal[0, 1] | NotGiven = NOT_GIVEN,
        type: str | NotGiven = NOT_GIVEN,
        output_type: Literal[1, 2, 3] | NotGiven = NOT_GIVEN,
        crop: Literal[0, 1] | NotGiven = NOT_GIVEN,
        format: Literal["png", "jpg"] | NotGiven = NOT_GIVEN,
        bg_color: str | NotGiven = NOT_GIVEN,
        callback_url: str | NotGiven = NOT_GIVEN,
        extra_body: Mapping[str, Any] | None = None,
        download_to: str | os.PathLike[str] | None = None,
        options: RequestOptions | None = None,
    ) -> AsyncTask[_models.PicTaskReply]:
        """创建抠图任务

        ``POST /task/pic/segmentation``

        doc-001 菜单:图片接口 › 其他图像API1(开发中) › 创建抠图任务。抠图:提取前景,返回图片或蒙版。
        POST /task/pic/segmentation,multipart/form-data(pic-gptge);sync=1 时同一回复已含结果,否则用 GET /task/{task_id} 轮询。

        Args:
            image_file: 源图像文件(二进制)，与 image_url 二选一
            image_url: 源图像 URL，与 image_file 二选一
            sync: 是否等待结果就绪:0=异步(默认)，1=同步
            type: 前景类型:person、object、stamp,为空则自动检测
            output_type: 返回类型:1=图片+蒙版、2=仅图片、3=仅蒙版
            crop: 是否裁剪到目标边缘:0=原图大小、1=裁剪
            format: 图片格式:png=透明图、jpg=白底图
            bg_color: JPG 背景色，十六进制颜色码，例如 ffffff
            callback_url: 回调通知地址
        """
        return await self._client.submit_task(
            "picSegmentation",
            path_params={},
            query={},
            headers={},
            body=_given(
                {
                    "image_file": image_file,
                    "image_url": image_url,
                    "sync": sync,
                    "type": type,
                    "output_type": output_type,
                    "crop": crop,
                    "format": format,
                    "bg_color": bg_color,
                    "callback_url": callback_url,
                },
                extra_body,
            ),
            options=options,
            download_to=download_to,
            parse=_models.PicTaskReply.model_validate,
        )

    async def scale(
        self,
        *,
        image_file: FileInput | NotGiven = NOT_GIVEN,
        image_url: str | FileInput | NotGiven = NOT_GIVEN,
        sync: Literal[0, 1] | NotGiven = NOT_GIVEN,
        type: Literal["clean", "face"] | NotGiven = NOT_GIVEN,
        scale_factor: Literal[1, 2, 4] | NotGiven = NOT_GIVEN,
        callback_url: str | NotGiven = NOT_GIVEN,
        extra_body: Mapping[str, Any] | None = None,
        download_to: str | os.PathLike[str] | None = None,
        options: RequestOptions | None = None,
    ) -> AsyncTask[_models.PicTaskReply]:
        """创建图片变清晰任务

        ``POST /task/pic/scale``

        doc-001 菜单:图片接口 › 其他图像API1(开发中) › 创建图片变清晰任务。图片变清晰(无损放大):type clean|face, scale_factor 1|2|4。
        POST /task/pic/scale,multipart/form-data(pic-gptge);sync=1 时同一回复已含结果,否则用 GET /task/{task_id} 轮询。

        Args:
            image_file: 源图像文件(二进制)，与 image_url 二选一
            image_url: 源图像 URL，与 image_file 二选一
            sync: 是否等待结果就绪:0=异步(默认)，1=同步
            type: 增强类型:clean=通用增强，face=人像增强(每张最多 10 张人脸)
            scale_factor: 放大倍数:不传=自动，1=不放大，2=2 倍，4=4 倍
            callback_url: 回调通知地址
        """
        return await self._client.submit_task(
            "picScale",
            path_params={},
            query={},
            headers={},
            body=_given(
                {
                    "image_file": image_file,
                    "image_url": image_url,
                    "sync": sync,
                    "type": type,
                    "scale_factor": scale_factor,
                    "callback_url": callback_url,
                },
                extra_body,
            ),
            options=options,
            download_to=download_to,
            parse=_models.PicTaskReply.model_validate,
        )

    async def background(
        self,
        *,
        prompt: str,
        image_file: FileInput | NotGiven = NOT_GIVEN,
        image_url: str | FileInput | NotGiven = NOT_GIVEN,
        batch_size: int | NotGiven = NOT_GIVEN,
        sync: Literal[0, 1] | NotGiven = NOT_GIVEN,
        callback_url: str | NotGiven = NOT_GIVEN,
        extra_body: Mapping[str, Any] | None = None,
        download_to: str | os.PathLike[str] | None = None,
        options: RequestOptions | None = None,
    ) -> AsyncTask[_models.PicTaskReply]:
        """创建背景生成任务

        ``POST /task/pic/background``

        doc-001 菜单:图片接口 › 其他图像API1(开发中) › 创建背景生成任务。背景生成:为前景图生成新背景,batch_size 张(价格按数量翻倍)。
        POST /task/pic/background,multipart/form-data(pic-gptge);sync=1 时同一回复已含结果,否则用 GET /task/{task_id} 轮询。

        Args:
            prompt: 背景提示词，支持多语言，英文效果最佳，最长 1024 字符
            image_file: 前景图文件(二进制)，与 image_url 二选一
            image_url: 前景图 URL，与 image_file 二选一
            batch_size: 每次生成图片数量，默认 2，最大 4，价格按数量翻倍
            sync: 是否等待结果就绪:0=异步(默认)，1=同步
            callback_url: 回调通知地址
        """
        return await self._client.submit_task(
            "picBackground",
            path_params={},
            query={},
            headers={},
            body=_given(
                {
                    "prompt": prompt,
                    "image_file": image_file,
                    "image_url": image_url,
                    "batch_size": batch_size,
                    "sync": sync,
                    "callback_url": callback_url,
                },
                extra_body,
            ),
            options=options,
            download_to=download_to,
            parse=_models.PicTaskReply.model_validate,
        )

    async def id_photo(
        self,
        *,
        image_file: FileInput | NotGiven = NOT_GIVEN,
        image_url: str | FileInput | NotGiven = NOT_GIVEN,
        size: str | NotGiven = NOT_GIVEN,
        format: Literal["png", "jpg"] | NotGiven = NOT_GIVEN,
        sync: Literal[0, 1] | NotGiven = NOT_GIVEN,
        bg_color: str | NotGiven = NOT_GIVEN,
        callback_url: str | NotGiven = NOT_GIVEN,
        extra_body: Mapping[str, Any] | None = None,
        download_to: str | os.PathLike[str] | None = None,
        options: RequestOptions | None = None,
    ) -> AsyncTask[_models.PicTaskReply]:
        """创建证件照制作任务

        ``POST /task/pic/idphoto``

        doc-001 菜单:图片接口 › 其他图像API1(开发中) › 创建证件照制作任务。证件照制作:size {width}x{height},png 透明 / jpg 白底(bg_color)。
        POST /task/pic/idphoto,multipart/form-data(pic-gptge);sync=1 时同一回复已含结果,否则用 GET /task/{task_id} 轮询。

        Args:
            image_file: 人像文件(二进制)，与 image_url 二选一
            image_url: 人像 URL，与 image_file 二选一
            size: 证件照尺寸 {width}x{height},例如 300x400,像素范围 100~2000
            format: 输出格式:png=透明背景，jpg=白色背景
            sync: 是否等待结果就绪:0=异步(默认)，1=同步
            bg_color: JPG 背景色 RRGGBB，例如 FFFFFF，仅在 format=jpg 时生效
            callback_url: 回调通知地址
        """
        return await self._client.submit_task(
            "picIdPhoto",
            path_params={},
            query={},
            headers={},
            body=_given(
                {
                    "image_file": image_file,
                    "image_url": image_url,
                    "size": size,
                    "format": format,
                    "sync": sync,
                    "bg_color": bg_color,
                    "callback_url": callback_url,
                },
                extra_body,
            ),
            options=options,
            download_to=download_to,
            parse=_models.PicTaskReply.model_validate,
        )

    async def colorization(
        self,
        *,
        image_file: FileInput | NotGiven = NOT_GIVEN,
        image_url: str | FileInput | NotGiven = NOT_GIVEN,
        format: Literal["jpeg", "jpg", "png", "webp"] | NotGiven = NOT_GIVEN,
        sync: Literal[0, 1] | NotGiven = NOT_GIVEN,
        callback_url: str | NotGiven = NOT_GIVEN,
        extra_body: Mapping[str, Any] | None = None,
        download_to: str | os.PathLike[str] | None = None,
        options: RequestOptions | None = None,
    ) -> AsyncTask[_models.PicTaskReply]:
        """创建图像上色任务

        ``POST /task/pic/colorization``

        doc-001 菜单:图片接口 › 其他图像API1(开发中) › 创建图像上色任务。黑白图像上色。
        POST /task/pic/colorization,multipart/form-data(pic-gptge);sync=1 时同一回复已含结果,否则用 GET /task/{task_id} 轮询。

        Args:
            image_file: 源图像文件(二进制)，与 image_url 二选一
            image_url: 源图像 URL，与 image_file 二选一
            format: 输出格式，默认 jpeg/jpg
            sync: 是否等待结果就绪:0=异步(默认)，1=同步
            callback_url: 回调通知地址
        """
        return await self._client.submit_task(
            "picColorization",
            path_params={},
            query={},
            headers={},
            body=_given(
                {
                    "image_file": image_file,
                    "image_url": image_url,
                    "format": format,
                    "sync": sync,
                    "callback_url": callback_url,
                },
                extra_body,
            ),
            options=options,
            download_to=download_to,
            parse=_models.PicTaskReply.model_validate,
        )

    async def ocr(
        self,
        *,
        image_file: FileInput | NotGiven = NOT_GIVEN,
        image_url: str | FileInput | NotGiven = NOT_GIVEN,
        format: Literal["txt", "pdf", "docx", "xlsx", "pptx"] | NotGiven = NOT_GIVEN,
        language: str | NotGiven = NOT_GIVEN,
        password: str | NotGiven = NOT_GIVEN,
        extra_body: Mapping[str, Any] | None = None,
        download_to: str | os.PathLike[str] | None = None,
        options: RequestOptions | None = None,
    ) -> AsyncTask[_models.PicTaskReply]:
        """创建OCR任务

        ``POST /task/pic/ocr``

        doc-001 菜单:图片接口 › 其他图像API1(开发中) › 创建OCR任务。OCR:识别图片或文档中的文字,结果为可下载文件(data.file)。
        POST /task/pic/ocr,multipart/form-data(pic-gptge);sync=1 时同一回复已含结果,否则用 GET /task/{task_id} 轮询。

        Args:
            image_file: 源图像或文档文件(二进制),与 image_url 二选一;pdf, ppt, pptx, xls, xlsx, doc, docx, jpeg, jpg, png, gif, bmp
            image_url: 源图像或文档 URL，与 image_file 二选一;使用 80 或 443 端口地址
            format: 输出格式
            language: 输入文件语言,默认 ChinesePRC;多个语言用逗号分隔,例如 English,ChinesePRC,Digits
            password: 受保护文档的密码，最长 32 个字符
        """
        return await self._client.submit_task(
            "picOcr",
            path_params={},
            query={},
            headers={},
            body=_given(
                {
                    "image_file": image_file,
                    "image_url": image_url,
                    "format": format,
                    "language": language,
                    "password": password,
                },
                extra_body,
            ),
            options=options,
            download_to=download_to,
            parse=_models.PicTaskReply.model_validate,
        )

    async def inpaint(
        self,
        *,
        image_file: FileInput | NotGiven = NOT_GIVEN,
        image_url: str | FileInput | NotGiven = NOT_GIVEN,
        mask_file: FileInput | NotGiven = NOT_GIVEN,
        mask_url: str | FileInput | NotGiven = NOT_GIVEN,
        rectangles: str | NotGiven = NOT_GIVEN,
        sync: Literal[0, 1] | NotGiven = NOT_GIVEN,
        extra_body: Mapping[str, Any] | None = None,
        download_to: str | os.PathLike[str] | None = None,
        options: RequestOptions | None = None,
    ) -> AsyncTask[_models.PicTaskReply]:
        """创建图像修复任务

        ``POST /task/pic/inpaint``

        doc-001 菜单:图片接口 › 其他图像API1(开发中) › 创建图像修复任务。图像修复(PicWish Objects Removal / inpaint):按蒙版或矩形擦除并修补。
        POST /task/pic/inpaint(路由由同族接口推断,见 x-inferred),multipart/form-data;用 GET /task/{task_id} 轮询。

        Args:
            image_file: 源图像文件(二进制)，与 image_url 二选一
            image_url: 源图像 URL，与 image_file 二选一
            mask_file: 蒙版图片文件(要擦除的区域)
            mask_url: 蒙版图片 URL
            rectangles: 要擦除的矩形区域 JSON,最多 50 个,例如 [{"x":0,"y":0,"width":100,"height":100}]
            sync: 0=异步(默认)，1=同步
        """
        return await self._client.submit_task(
            "picInpaint",
            path_params={},
            query={},
            headers={},
            body=_given(
                {
                    "image_file": image_file,
                    "image_url": image_url,
                    "mask_file": mask_file,
                    "mask_url": mask_url,
                    "rectangles": rectangles,
                    "sync": sync,
                },
                extra_body,
            ),
            options=options,
            download_to=download_to,
            parse=_models.PicTaskReply.model_validate,
        )

    async def compress(
        self,
        *,
        image_file: FileInput | NotGiven = NOT_GIVEN,
        image_url: str | FileInput | NotGiven = NOT_GIVEN,
        sync: Literal[0, 1] | NotGiven = NOT_GIVEN,
        format: Literal["jpg", "png", "webp"] | NotGiven = NOT_GIVEN,
        quality: int | NotGiven = NOT_GIVEN,
        kbyte: int | NotGiven = NOT_GIVEN,
        width: int | NotGiven = NOT_GIVEN,
        height: int | NotGiven = NOT_GIVEN,
        extra_body: Mapping[str, Any] | None = None,
        download_to: str | os.PathLike[str] | None = None,
        options: RequestOptions | None = None,
    ) -> AsyncTask[_models.PicTaskReply]:
        """创建图片压缩任务

        ``POST /task/pic/imgcompress``

        doc-001 菜单:图片接口 › 其他图像API1(开发中) › 创建图片压缩任务。图片压缩:按质量、目标大小或尺寸压缩。
        POST /task/pic/imgcompress(路由由同族接口推断,见 x-inferred),multipart/form-data;用 GET /task/{task_id} 轮询。

        Args:
            image_file: 源图像文件(二进制)，与 image_url 二选一
            image_url: 源图像 URL，与 image_file 二选一
            sync: 0=异步(默认)，1=同步
            format: 输出格式;不传时 jpg/png/webp 原图保持原格式
            quality: 压缩质量 1–100(与 kbyte 二选一)
            kbyte: 目标大小 KB(与 quality 二选一;PNG 不支持)
            width: 输出宽度;不传 height 时按比例
            height: 输出高度;不传 width 时按比例
        """
        return await self._client.submit_task(
            "picCompress",
            path_params={},
            query={},
            headers={},
            body=_given(
                {
                    "image_file": image_file,
                    "image_url": image_url,
                    "sync": sync,
                    "format": format,
                    "quality": quality,
                    "kbyte": kbyte,
                    "width": width,
                    "height": height,
                },
                extra_body,
            ),
            options=options,
            download_to=download_to,
            parse=_models.PicTaskReply.model_validate,
        )

    async def correction(
        self,
        *,
        image_file: FileInput | NotGiven = NOT_GIVEN,
        image_url: str | FileInput | NotGiven = NOT_GIVEN,
        sync: Literal[0, 1] | NotGiven = NOT_GIVEN,
        type: Literal[0, 1, 2, 3, 4] | NotGiven = NOT_GIVEN,
        extra_body: Mapping[str, Any] | None = None,
        download_to: str | os.PathLike[str] | None = None,
        options: RequestOptions | None = None,
    ) -> AsyncTask[_models.PicTaskReply]:
        """创建图片智能切边任务

        ``POST /task/pic/correction``

        doc-001 菜单:图片接口 › 其他图像API1(开发中) › 创建图片智能切边任务。图片智能切边(PicWish Photo Cropping and Enhancement):文档/商品切边、方向矫正、文字增强。
        POST /task/pic/correction(路由由同族接口推断,见 x-inferred),multipart/form-data;用 GET /task/{task_id} 轮询。

        Args:
            image_file: 源图像文件(二进制)，与 image_url 二选一
            image_url: 源图像 URL，与 image_file 二选一
            sync: 0=异步(默认)，1=同步
            type: 0 文档切边+方向矫正;1 文字增强(默认);2 文字增强+切边矫正;3 商品切边矫正;4 商品切边矫正+去背景
        """
        return await self._client.submit_task(
            "picCorrection",
            path_params={},
            query={},
            headers={},
            body=_given(
                {
                    "image_file": image_file,
                    "image_url": image_url,
                    "sync": sync,
                    "type": type,
                },
                extra_body,
            ),
            options=options,
            download_to=download_to,
            parse=_models.PicTaskReply.model_validate,
        )


class ViggleMixResource:
    """Operations under ``client.viggle.mix``."""

    def __init__(self, client: SyncClient) -> None:
        self._client = client

    def upload_image(
        self,
        *,
        file: FileInput,
        options: RequestOptions | None = None,
    ) -> _models.ViggleAssetReply:
        """Mix上传图片素材库

        ``POST /viggle/asset/image``

        doc-001 菜单:视频接口 › Viggle(开发中) › Mix上传图片素材库。multipart file(角色图片)→ data{id, url, width, height};id 即 生成视频 的 imageID。

        Args:
            file: 图片(角色)或视频(动作)文件
        """
        return self._client.request(
            "viggleUploadImage",
            path_params={},
            query={},
            headers={},
            body=_given(
                {
                    "file": file,
                }
            ),
            options=options,
            parse=_models.ViggleAssetReply.model_validate,
        )

    def upload_video(
        self,
        *,
        image_id: str,
        file: FileInput,
        options: RequestOptions | None = None,
    ) -> _models.ViggleAssetReply:
        """Mix上传视频素材库

        ``POST /viggle/asset/video/{imageID}``

        doc-001 菜单:视频接口 › Viggle(开发中) › Mix上传视频素材库。路径带角色图片 id,multipart file(动作视频)→ data{id, url, coverURL, width, height};id 即 生成视频 的 videoID。

        Args:
            image_id: 角色图片 id(Mix上传图片素材库 返回的 data.id)
            file: 图片(角色)或视频(动作)文件
        """
        return self._client.request(
            "viggleUploadVideo",
            path_params={
                "imageID": image_id,
            },
            query={},
            headers={},
            body=_given(
                {
                    "file": file,
                }
            ),
            options=options,
            parse=_models.ViggleAssetReply.model_validate,
        )

    def generate(
        self,
        *,
        image_id: str,
        bg_mode: int,
        model_info_id: int,
        video_id: str | NotGiven = NOT_GIVEN,
        template_id: str | NotGiven = NOT_GIVEN,
        watermark: int | NotGiven = NOT_GIVEN,
        extra_body: Mapping[str, Any] | None = None,
        options: RequestOptions | None = None,
    ) -> _models.ViggleVideoTaskReply:
        """Mix上传视频并生成视频

        ``POST /viggle/video-task``

        doc-001 菜单:视频接口 › Viggle(开发中) › Mix上传视频并生成视频。角色图片 imageID + 动作视频 videoID(或官方模板 templateID)→ data{taskID};以 查询视频任务(viggle.tasks.retrieve)查询到 status 0,result 为视频。

        Args:
            image_id: 角色图片 id(Mix上传图片素材库 返回的 data.id)
            bg_mode: 背景:0 白色背景、1 绿色背景、2 模版背景、3 角色背景(dooy-viggle 的选项;示例 2)
            model_info_id: 模型:2 V2、3 V2-Turbo、4 V3-Beta(dooy-viggle 的选项;gptbest-viggle 示例 3)
            video_id: 动作视频 id(Mix上传视频素材库 返回的 data.id);与 templateID 二选一
            template_id: 官方模板视频 id(Mix官方模板列表 的 data[].id);与 videoID 二选一
            watermark: 水印(dooy-viggle 发送 1;含义未说明)
        """
        return self._client.request(
            "viggleMixGenerate",
            path_params={},
            query={},
            headers={},
            body=_given(
                {
                    "imageID": image_id,
                    "bgMode": bg_mode,
                    "modelInfoID": model_info_id,
                    "videoID": video_id,
                    "templateID": template_id,
                    "watermark": watermark,
                },
                extra_body,
            ),
            options=options,
            parse=_models.ViggleVideoTaskReply.model_validate,
        )

    def templates(
        self,
        *,
        page: str,
        page_size: str,
        search_keyword: str,
        tag_id: str,
        type: str,
        options: RequestOptions | None = None,
    ) -> _models.ViggleTemplatesReply:
        """Mix官方模板列表

        ``GET /viggle/template2``

        doc-001 菜单:视频接口 › Viggle(开发中) › Mix官方模板列表。GET ?page&pageSize&searchKeyword&tagID&type → data[{id, description, processedURL, processedCoverURL, …}];id 即 生成视频 的 templateID。tagID 取自 模板分类(viggle.mix.template_tags)。

        Args:
            search_keyword: 搜索词,可为空
            tag_id: 模板分类 id(模板分类 的 data[].id)
        """
        return self._client.request(
            "viggleListTemplates",
            path_params={},
            query=_given(
                {
                    "page": page,
                    "pageSize": page_size,
                    "searchKeyword": search_keyword,
                    "tagID": tag_id,
                    "type": type,
                }
            ),
            headers={},
            body=None,
            options=options,
            parse=_models.ViggleTemplatesReply.model_validate,
        )

    def template_tags(
        self,
        *,
        options: RequestOptions | None = None,
    ) -> _models.ViggleTemplateTagsReply:
        """Mix官方模板分类(tag)

        ``GET /viggle/template2/tag``

        Mix官方模板列表 的第 1 步(gpt-best:获取官方舞蹈视频模版分 2 个步骤 1.获取tag 2.获取tag下的模版)。GET → data[{id, name, sort}];id 即 tagID。doc-001 没有单独的菜单项。
        """
        return self._client.request(
            "viggleListTemplateTags",
            path_params={},
            query={},
            headers={},
            body=None,
            options=options,
            parse=_models.ViggleTemplateTagsReply.model_validate,
        )


class AsyncViggleMixResource:
    """Operations under ``client.viggle.mix``."""

    def __init__(self, client: AsyncClient) -> None:
        self._client = client

    async def upload_image(
        self,
        *,
        file: FileInput,
        options: RequestOptions | None = None,
    ) -> _models.ViggleAssetReply:
        """Mix上传图片素材库

        ``POST /viggle/asset/image``

        doc-001 菜单:视频接口 › Viggle(开发中) › Mix上传图片素材库。multipart file(角色图片)→ data{id, url, width, height};id 即 生成视频 的 imageID。

        Args:
            file: 图片(角色)或视频(动作)文件
        """
        return await self._client.request(
            "viggleUploadImage",
            path_params={},
            query={},
            headers={},
            body=_given(
                {
                    "file": file,
                }
            ),
            options=options,
            parse=_models.ViggleAssetReply.model_validate,
        )

    async def upload_video(
        self,
        *,
        image_id: str,
        file: FileInput,
        options: RequestOptions | None = None,
    ) -> _models.ViggleAssetReply:
        """Mix上传视频素材库

        ``POST /viggle/asset/video/{imageID}``

        doc-001 菜单:视频接口 › Viggle(开发中) › Mix上传视频素材库。路径带角色图片 id,multipart file(动作视频)→ data{id, url, coverURL, width, height};id 即 生成视频 的 videoID。

        Args:
            image_id: 角色图片 id(Mix上传图片素材库 返回的 data.id)
            file: 图片(角色)或视频(动作)文件
        """
        return await self._client.request(
            "viggleUploadVideo",
            path_params={
                "imageID": image_id,
            },
            query={},
            headers={},
            body=_given(
                {
                    "file": file,
                }
            ),
            options=options,
            parse=_models.ViggleAssetReply.model_validate,
        )

    async def generate(
        self,
        *,
        image_id: str,
        bg_mode: int,
        model_info_id: int,
        video_id: str | NotGiven = NOT_GIVEN,
        template_id: str | NotGiven = NOT_GIVEN,
        watermark: int | NotGiven = NOT_GIVEN,
        extra_body: Mapping[str, Any] | None = None,
        options: RequestOptions | None = None,
    ) -> _models.ViggleVideoTaskReply:
        """Mix上传视频并生成视频

        ``POST /viggle/video-task``

        doc-001 菜单:视频接口 › Viggle(开发中) › Mix上传视频并生成视频。角色图片 imageID + 动作视频 videoID(或官方模板 templateID)→ data{taskID};以 查询视频任务(viggle.tasks.retrieve)查询到 status 0,result 为视频。

        Args:
            image_id: 角色图片 id(Mix上传图片素材库 返回的 data.id)
            bg_mode: 背景:0 白色背景、1 绿色背景、2 模版背景、3 角色背景(dooy-viggle 的选项;示例 2)
            model_info_id: 模型:2 V2、3 V2-Turbo、4 V3-Beta(dooy-viggle 的选项;gptbest-viggle 示例 3)
            video_id: 动作视频 id(Mix上传视频素材库 返回的 data.id);与 templateID 二选一
            template_id: 官方模板视频 id(Mix官方模板列表 的 data[].id);与 videoID 二选一
            watermark: 水印(dooy-viggle 发送 1;含义未说明)
        """
        return await self._client.request(
            "viggleMixGenerate",
            path_params={},
            query={},
            headers={},
            body=_given(
                {
                    "imageID": image_id,
                    "bgMode": bg_mode,
                    "modelInfoID": model_info_id,
                    "videoID": video_id,
                    "templateID": template_id,
                    "watermark": watermark,
                },
                extra_body,
            ),
            options=options,
            parse=_models.ViggleVideoTaskReply.model_validate,
        )

    async def templates(
        self,
        *,
        page: str,
        page_size: str,
        search_keyword: str,
        tag_id: str,
        type: str,
        options: RequestOptions | None = None,
    ) -> _models.ViggleTemplatesReply:
        """Mix官方模板列表

        ``GET /viggle/template2``

        doc-001 菜单:视频接口 › Viggle(开发中) › Mix官方模板列表。GET ?page&pageSize&searchKeyword&tagID&type → data[{id, description, processedURL, processedCoverURL, …}];id 即 生成视频 的 templateID。tagID 取自 模板分类(viggle.mix.template_tags)。

        Args:
            search_keyword: 搜索词,可为空
            tag_id: 模板分类 id(模板分类 的 data[].id)
        """
        return await self._client.request(
            "viggleListTemplates",
            path_params={},
            query=_given(
                {
                    "page": page,
                    "pageSize": page_size,
                    "searchKeyword": search_keyword,
                    "tagID": tag_id,
                    "type": type,
                }
            ),
            headers={},
            body=None,
            options=options,
            parse=_models.ViggleTemplatesReply.model_validate,
        )

    async def template_tags(
        self,
        *,
        options: RequestOptions | None = None,
    ) -> _models.ViggleTemplateTagsReply:
        """Mix官方模板分类(tag)

        ``GET /viggle/template2/tag``

        Mix官方模板列表 的第 1 步(gpt-best:获取官方舞蹈视频模版分 2 个步骤 1.获取tag 2.获取tag下的模版)。GET → data[{id, name, sort}];id 即 tagID。doc-001 没有单独的菜单项。
        """
        return await self._client.request(
            "viggleListTemplateTags",
            path_params={},
            query={},
            headers={},
            body=None,
            options=options,
            parse=_models.ViggleTemplateTagsReply.model_validate,
        )


class ViggleTasksResource:
    """Operations under ``client.viggle.tasks``."""

    def __init__(self, client: SyncClient) -> None:
        self._client = client

    def retrieve(
        self,
        *,
        ids: list[str],
        options: RequestOptions | None = None,
    ) -> _models.ViggleTaskQueryReply:
        """查询视频任务

        ``POST /viggle/video-task/by-ids``

        doc-001 菜单:视频接口 › Viggle(开发中) › 查询视频任务。POST {ids:[taskID]}(只读第一个 id)→ data[0]{taskID, status, result, resultCover, …};status 0 表示完成。

        Args:
            ids: 任务 id(生成视频 返回的 data.taskID);只读第一个
        """
        return self._client.request(
            "viggleGetTask",
            path_params={},
            query={},
            headers={},
            body=_given(
                {
                    "ids": ids,
                }
            ),
            options=options,
            parse=_models.ViggleTaskQueryReply.model_validate,
        )


class AsyncViggleTasksResource:
    """Operations under ``client.viggle.tasks``."""

    def __init__(self, client: AsyncClient) -> None:
        self._client = client

    async def retrieve(
        self,
        *,
        ids: list[str],
        options: RequestOptions | None = None,
    ) -> _models.ViggleTaskQueryReply:
        """查询视频任务

        ``POST /viggle/video-task/by-ids``

        doc-001 菜单:视频接口 › Viggle(开发中) › 查询视频任务。POST {ids:[taskID]}(只读第一个 id)→ data[0]{taskID, status, result, resultCover, …};status 0 表示完成。

        Args:
            ids: 任务 id(生成视频 返回的 data.taskID);只读第一个
        """
        return await self._client.request(
            "viggleGetTask",
            path_params={},
            query={},
            headers={},
            body=_given(
                {
                    "ids": ids,
                }
            ),
            options=options,
            parse=_models.ViggleTaskQueryReply.model_validate,
        )


class ViggleResource:
    """Operations under ``client.viggle``."""

    def __init__(self, client: SyncClient) -> None:
        self._client = client
        self.mix = ViggleMixResource(client)
        self.tasks = ViggleTasksResource(client)


class AsyncViggleResource:
    """Operations under ``client.viggle``."""

    def __init__(self, client: AsyncClient) -> None:
        self._client = client
        self.mix = AsyncViggleMixResource(client)
        self.tasks = AsyncViggleTasksResource(client)


class GPTNB(SyncClient):
    """Sync client of GPTNB (oneapi.gptnb.ai). Options: api_key (else $GPTNB_API_KEY), base_url, timeout, max_retries, validate, journal."""

    def __init__(self, **options: Unpack[ClientOptions]) -> None:
        super().__init__(load_spec(), **options)
        self.video = VideoResource(self)
        self.chat = ChatResource(self)
        self.completions = CompletionsResource(self)
        self.images = ImagesResource(self)
        self.embeddings = EmbeddingsResource(self)
        self.audio = AudioResource(self)
        self.midjourney = MidjourneyResource(self)
        self.flux = FluxResource(self)
        self.ideogram = IdeogramResource(self)
        self.luma = LumaResource(self)
        self.cogvideox = CogvideoxResource(self)
        self.vidu = ViduResource(self)
        self.pika = PikaResource(self)
        self.runway = RunwayResource(self)
        self.kling = KlingResource(self)
        self.sd = SdResource(self)
        self.pixverse = PixverseResource(self)
        self.suno = SunoResource(self)
        self.ppt = PptResource(self)
        self.pic = PicResource(self)
        self.viggle = ViggleResource(self)


class AsyncGPTNB(AsyncClient):
    """Async client of GPTNB (oneapi.gptnb.ai). Options: api_key (else $GPTNB_API_KEY), base_url, timeout, max_retries, validate, journal."""

    def __init__(self, **options: Unpack[ClientOptions]) -> None:
        super().__init__(load_spec(), **options)
        self.video = AsyncVideoResource(self)
        self.chat = AsyncChatResource(self)
        self.completions = AsyncCompletionsResource(self)
        self.images = AsyncImagesResource(self)
        self.embeddings = AsyncEmbeddingsResource(self)
        self.audio = AsyncAudioResource(self)
        self.midjourney = AsyncMidjourneyResource(self)
        self.flux = AsyncFluxResource(self)
        self.ideogram = AsyncIdeogramResource(self)
        self.luma = AsyncLumaResource(self)
        self.cogvideox = AsyncCogvideoxResource(self)
        self.vidu = AsyncViduResource(self)
        self.pika = AsyncPikaResource(self)
        self.runway = AsyncRunwayResource(self)
        self.kling = AsyncKlingResource(self)
        self.sd = AsyncSdResource(self)
        self.pixverse = AsyncPixverseResource(self)
        self.suno = AsyncSunoResource(self)
        self.ppt = AsyncPptResource(self)
        self.pic = AsyncPicResource(self)
        self.viggle = AsyncViggleResource(self)
