"""Typed sync and async clients of Buble API, generated from buble.yaml; do not edit."""

from __future__ import annotations

import functools
import os
from collections.abc import Mapping
from pathlib import Path
from typing import TYPE_CHECKING, Any, Literal, Unpack

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


class GenerationsResource:
    """Operations under ``client.generations``."""

    def __init__(self, client: SyncClient) -> None:
        self._client = client

    def create(
        self,
        *,
        model: str,
        mode: str | NotGiven = NOT_GIVEN,
        prompt: str | NotGiven = NOT_GIVEN,
        image_urls: list[str | FileInput] | NotGiven = NOT_GIVEN,
        start_frame: str | FileInput | NotGiven = NOT_GIVEN,
        end_frame: str | FileInput | NotGiven = NOT_GIVEN,
        video_urls: list[str | FileInput] | NotGiven = NOT_GIVEN,
        audio_urls: list[str | FileInput] | NotGiven = NOT_GIVEN,
        is_public: bool | NotGiven = NOT_GIVEN,
        copy_protected: bool | NotGiven = NOT_GIVEN,
        duration: Any = NOT_GIVEN,
        resolution: str | NotGiven = NOT_GIVEN,
        aspect_ratio: str | NotGiven = NOT_GIVEN,
        output_format: str | NotGiven = NOT_GIVEN,
        web_search: Any = NOT_GIVEN,
        audio: Any = NOT_GIVEN,
        extra_body: Mapping[str, Any] | None = None,
        download_to: str | os.PathLike[str] | None = None,
        options: RequestOptions | None = None,
    ) -> Task[_models.GenerationTaskEnvelope]:
        """创建生成任务

        ``POST /api/v1/generations``

        使用 Buble 创建异步图片与视频生成任务。使用 POST /api/v1/generations 创建异步生成任务。
        请求体为扁平 JSON;/api/v1/models 返回的模型专属参数也直接放在请求体根层级。
        不接受内部字段(input、options、scene、sub_mode_id、subModeId、provider、mediaType、media_type)。
        返回 `{ data, error }`,data.id 为任务 id;之后轮询 GET /api/v1/generations/{id}。

        Args:
            model: /api/v1/models 返回的模型 key。
            mode: 推荐。公开操作模式;当输入形态可能匹配多个 mode 时必须传。 (取值见 /api/v1/models 的 operations[].mode;省略且输入形态同时匹配多个 mode 时返回 422 ambiguous_generation_mode。)
            prompt: 文本指令;大多数 mode 都需要。
            image_urls: 支持该输入的 mode 使用的参考图/源图片 URL。常见 mode:image_to_image、reference_to_video。
            start_frame: 首帧图片 URL。常见 mode:frames_to_video。
            end_frame: 支持首尾帧 mode 的尾帧图片 URL。常见 mode:支持首尾帧的 frames_to_video。
            video_urls: 视频输入类 mode 使用的源视频 URL。常见 mode:video_to_video、video_edit、video_extension。
            audio_urls: 音频输入类 mode 使用的源音频 URL。常见 mode:支持音频输入的视频 mode。
            is_public: 默认 false。
            copy_protected: 默认 true。
            duration: 模型专属参数(放在请求体根层级)。/api/v1/models 返回的模型专属参数也直接放在请求体根层级, 例如 duration、resolution、aspect_ratio、output_format、web_search 或 audio。 类型与取值由该模型 operations[].parameters 决定;doc-000 示例为 "8s"。
            resolution: 模型专属参数(放在请求体根层级;取值见 /api/v1/models 的 operations[].parameters)。 doc-000 示例:"1K"(图片)、"720p"(视频)。
            aspect_ratio: 模型专属参数(放在请求体根层级;取值见 /api/v1/models 的 operations[].parameters)。 doc-000 示例:"1:1"、"16:9"。
            output_format: 模型专属参数(放在请求体根层级;取值见 /api/v1/models 的 operations[].parameters)。doc-000 示例:"png"。
            web_search: 模型专属参数(放在请求体根层级;类型与取值见 /api/v1/models 的 operations[].parameters)。doc-000 只列出名称。
            audio: 模型专属参数(放在请求体根层级;类型与取值见 /api/v1/models 的 operations[].parameters)。doc-000 只列出名称。
        """
        return self._client.submit_task(
            "createGeneration",
            path_params={},
            query={},
            headers={},
            body=_given(
                {
                    "model": model,
                    "mode": mode,
                    "prompt": prompt,
                    "image_urls": image_urls,
                    "start_frame": start_frame,
                    "end_frame": end_frame,
                    "video_urls": video_urls,
                    "audio_urls": audio_urls,
                    "is_public": is_public,
                    "copy_protected": copy_protected,
                    "duration": duration,
                    "resolution": resolution,
                    "aspect_ratio": aspect_ratio,
                    "output_format": output_format,
                    "web_search": web_search,
                    "audio": audio,
                },
                extra_body,
            ),
            options=options,
            download_to=download_to,
            parse=_models.GenerationTaskEnvelope.model_validate,
        )

    def retrieve(
        self,
        *,
        id: str,
        options: RequestOptions | None = None,
    ) -> _models.GenerationTaskEnvelope:
        """查询生成任务

        ``GET /api/v1/generations/{id}``

        查询任务状态与结果媒体。生成任务是异步的:创建后轮询直到 status 为 success、failed 或 canceled。
        失败的任务仍返回 HTTP 200,data.status = failed,data.result = null,data.error = {code, message}。
        官方 SDK 默认每 2 秒轮询一次。

        Args:
            id: POST /api/v1/generations 返回的 data.id。
        """
        return self._client.request(
            "getGeneration",
            path_params={
                "id": id,
            },
            query={},
            headers={},
            body=None,
            options=options,
            parse=_models.GenerationTaskEnvelope.model_validate,
        )


class AsyncGenerationsResource:
    """Operations under ``client.generations``."""

    def __init__(self, client: AsyncClient) -> None:
        self._client = client

    async def create(
        self,
        *,
        model: str,
        mode: str | NotGiven = NOT_GIVEN,
        prompt: str | NotGiven = NOT_GIVEN,
        image_urls: list[str | FileInput] | NotGiven = NOT_GIVEN,
        start_frame: str | FileInput | NotGiven = NOT_GIVEN,
        end_frame: str | FileInput | NotGiven = NOT_GIVEN,
        video_urls: list[str | FileInput] | NotGiven = NOT_GIVEN,
        audio_urls: list[str | FileInput] | NotGiven = NOT_GIVEN,
        is_public: bool | NotGiven = NOT_GIVEN,
        copy_protected: bool | NotGiven = NOT_GIVEN,
        duration: Any = NOT_GIVEN,
        resolution: str | NotGiven = NOT_GIVEN,
        aspect_ratio: str | NotGiven = NOT_GIVEN,
        output_format: str | NotGiven = NOT_GIVEN,
        web_search: Any = NOT_GIVEN,
        audio: Any = NOT_GIVEN,
        extra_body: Mapping[str, Any] | None = None,
        download_to: str | os.PathLike[str] | None = None,
        options: RequestOptions | None = None,
    ) -> AsyncTask[_models.GenerationTaskEnvelope]:
        """创建生成任务

        ``POST /api/v1/generations``

        使用 Buble 创建异步图片与视频生成任务。使用 POST /api/v1/generations 创建异步生成任务。
        请求体为扁平 JSON;/api/v1/models 返回的模型专属参数也直接放在请求体根层级。
        不接受内部字段(input、options、scene、sub_mode_id、subModeId、provider、mediaType、media_type)。
        返回 `{ data, error }`,data.id 为任务 id;之后轮询 GET /api/v1/generations/{id}。

        Args:
            model: /api/v1/models 返回的模型 key。
            mode: 推荐。公开操作模式;当输入形态可能匹配多个 mode 时必须传。 (取值见 /api/v1/models 的 operations[].mode;省略且输入形态同时匹配多个 mode 时返回 422 ambiguous_generation_mode。)
            prompt: 文本指令;大多数 mode 都需要。
            image_urls: 支持该输入的 mode 使用的参考图/源图片 URL。常见 mode:image_to_image、reference_to_video。
            start_frame: 首帧图片 URL。常见 mode:frames_to_video。
            end_frame: 支持首尾帧 mode 的尾帧图片 URL。常见 mode:支持首尾帧的 frames_to_video。
            video_urls: 视频输入类 mode 使用的源视频 URL。常见 mode:video_to_video、video_edit、video_extension。
            audio_urls: 音频输入类 mode 使用的源音频 URL。常见 mode:支持音频输入的视频 mode。
            is_public: 默认 false。
            copy_protected: 默认 true。
            duration: 模型专属参数(放在请求体根层级)。/api/v1/models 返回的模型专属参数也直接放在请求体根层级, 例如 duration、resolution、aspect_ratio、output_format、web_search 或 audio。 类型与取值由该模型 operations[].parameters 决定;doc-000 示例为 "8s"。
            resolution: 模型专属参数(放在请求体根层级;取值见 /api/v1/models 的 operations[].parameters)。 doc-000 示例:"1K"(图片)、"720p"(视频)。
            aspect_ratio: 模型专属参数(放在请求体根层级;取值见 /api/v1/models 的 operations[].parameters)。 doc-000 示例:"1:1"、"16:9"。
            output_format: 模型专属参数(放在请求体根层级;取值见 /api/v1/models 的 operations[].parameters)。doc-000 示例:"png"。
            web_search: 模型专属参数(放在请求体根层级;类型与取值见 /api/v1/models 的 operations[].parameters)。doc-000 只列出名称。
            audio: 模型专属参数(放在请求体根层级;类型与取值见 /api/v1/models 的 operations[].parameters)。doc-000 只列出名称。
        """
        return await self._client.submit_task(
            "createGeneration",
            path_params={},
            query={},
            headers={},
            body=_given(
                {
                    "model": model,
                    "mode": mode,
                    "prompt": prompt,
                    "image_urls": image_urls,
                    "start_frame": start_frame,
                    "end_frame": end_frame,
                    "video_urls": video_urls,
                    "audio_urls": audio_urls,
                    "is_public": is_public,
                    "copy_protected": copy_protected,
                    "duration": duration,
                    "resolution": resolution,
                    "aspect_ratio": aspect_ratio,
                    "output_format": output_format,
                    "web_search": web_search,
                    "audio": audio,
                },
                extra_body,
            ),
            options=options,
            download_to=download_to,
            parse=_models.GenerationTaskEnvelope.model_validate,
        )

    async def retrieve(
        self,
        *,
        id: str,
        options: RequestOptions | None = None,
    ) -> _models.GenerationTaskEnvelope:
        """查询生成任务

        ``GET /api/v1/generations/{id}``

        查询任务状态与结果媒体。生成任务是异步的:创建后轮询直到 status 为 success、failed 或 canceled。
        失败的任务仍返回 HTTP 200,data.status = failed,data.result = null,data.error = {code, message}。
        官方 SDK 默认每 2 秒轮询一次。

        Args:
            id: POST /api/v1/generations 返回的 data.id。
        """
        return await self._client.request(
            "getGeneration",
            path_params={
                "id": id,
            },
            query={},
            headers={},
            body=None,
            options=options,
            parse=_models.GenerationTaskEnvelope.model_validate,
        )


class ModelsResource:
    """Operations under ``client.models``."""

    def __init__(self, client: SyncClient) -> None:
        self._client = client

    def list(
        self,
        *,
        media_type: Literal["image", "video", "audio"] | NotGiven = NOT_GIVEN,
        options: RequestOptions | None = None,
    ) -> _models.ModelList:
        """列出可通过公开 API 调用的模型

        ``GET /api/v1/models``

        返回当前启用配置中 API 可用的模型、公开 mode、输入要求与参数。选取一个 model 与其 operations[].mode
        作为创建生成任务的 model / mode;operations[].parameters 为放在请求根层级的模型专属参数。

        Args:
            media_type: 按 image、video 或 audio 过滤。
        """
        return self._client.request(
            "listModels",
            path_params={},
            query=_given(
                {
                    "media_type": media_type,
                }
            ),
            headers={},
            body=None,
            options=options,
            parse=_models.ModelList.model_validate,
        )


class AsyncModelsResource:
    """Operations under ``client.models``."""

    def __init__(self, client: AsyncClient) -> None:
        self._client = client

    async def list(
        self,
        *,
        media_type: Literal["image", "video", "audio"] | NotGiven = NOT_GIVEN,
        options: RequestOptions | None = None,
    ) -> _models.ModelList:
        """列出可通过公开 API 调用的模型

        ``GET /api/v1/models``

        返回当前启用配置中 API 可用的模型、公开 mode、输入要求与参数。选取一个 model 与其 operations[].mode
        作为创建生成任务的 model / mode;operations[].parameters 为放在请求根层级的模型专属参数。

        Args:
            media_type: 按 image、video 或 audio 过滤。
        """
        return await self._client.request(
            "listModels",
            path_params={},
            query=_given(
                {
                    "media_type": media_type,
                }
            ),
            headers={},
            body=None,
            options=options,
            parse=_models.ModelList.model_validate,
        )


class MediaModelsResource:
    """Operations under ``client.media_models``."""

    def __init__(self, client: SyncClient) -> None:
        self._client = client

    def list(
        self,
        *,
        media_type: Literal["image", "video", "audio"] | NotGiven = NOT_GIVEN,
        options: RequestOptions | None = None,
    ) -> _models.ModelList:
        """列出媒体模型(SDK 路径,未在文档中出现)

        ``GET /api/v1/media_models``

        The official Python SDK's media-model discovery route. Not in Buble's docs (which use /api/v1/models);
        kept so the conflict is visible. Response typed like listModels (SDK MediaModelsEnvelope).

        Args:
            media_type: image、video 或 audio。
        """
        return self._client.request(
            "listMediaModels",
            path_params={},
            query=_given(
                {
                    "media_type": media_type,
                }
            ),
            headers={},
            body=None,
            options=options,
            parse=_models.ModelList.model_validate,
        )


class AsyncMediaModelsResource:
    """Operations under ``client.media_models``."""

    def __init__(self, client: AsyncClient) -> None:
        self._client = client

    async def list(
        self,
        *,
        media_type: Literal["image", "video", "audio"] | NotGiven = NOT_GIVEN,
        options: RequestOptions | None = None,
    ) -> _models.ModelList:
        """列出媒体模型(SDK 路径,未在文档中出现)

        ``GET /api/v1/media_models``

        The official Python SDK's media-model discovery route. Not in Buble's docs (which use /api/v1/models);
        kept so the conflict is visible. Response typed like listModels (SDK MediaModelsEnvelope).

        Args:
            media_type: image、video 或 audio。
        """
        return await self._client.request(
            "listMediaModels",
            path_params={},
            query=_given(
                {
                    "media_type": media_type,
                }
            ),
            headers={},
            body=None,
            options=options,
            parse=_models.ModelList.model_validate,
        )


class FilesResource:
    """Operations under ``client.files``."""

    def __init__(self, client: SyncClient) -> None:
        self._client = client

    def upload(
        self,
        *,
        file: FileInput,
        file_type: Literal["image", "video", "audio"] | NotGiven = NOT_GIVEN,
        model: str | NotGiven = NOT_GIVEN,
        mode: str | NotGiven = NOT_GIVEN,
        options: RequestOptions | None = None,
    ) -> _models.UploadedFileEnvelope:
        """上传素材文件

        ``POST /api/v1/files``

        在调用图生图、图生视频、视频生视频或音频辅助 mode 前上传源素材(multipart/form-data)。
        若提供 model 与 mode,Buble 按该模型 mode 校验文件类型、大小与格式;否则应用默认上限
        (图片 30 MB、视频 100 MB、音频 50 MB)。返回的 data.url 传给 image_urls、start_frame、end_frame、
        video_urls 或 audio_urls。

        Args:
            file: 图片、视频或音频文件。默认上限:图片 30 MB、视频 100 MB、音频 50 MB(模型 mode 可能更严格)。
            file_type: image、video 或 audio;省略时按 MIME 类型推断。
            model: 可选模型 key,用于模型级校验(与 mode 一起提供时按该模型 mode 校验类型、大小与格式)。
            mode: 可选公开 mode,用于 mode 级校验。
        """
        return self._client.request(
            "uploadFile",
            path_params={},
            query={},
            headers={},
            body=_given(
                {
                    "file": file,
                    "file_type": file_type,
                    "model": model,
                    "mode": mode,
                }
            ),
            options=options,
            parse=_models.UploadedFileEnvelope.model_validate,
        )


class AsyncFilesResource:
    """Operations under ``client.files``."""

    def __init__(self, client: AsyncClient) -> None:
        self._client = client

    async def upload(
        self,
        *,
        file: FileInput,
        file_type: Literal["image", "video", "audio"] | NotGiven = NOT_GIVEN,
        model: str | NotGiven = NOT_GIVEN,
        mode: str | NotGiven = NOT_GIVEN,
        options: RequestOptions | None = None,
    ) -> _models.UploadedFileEnvelope:
        """上传素材文件

        ``POST /api/v1/files``

        在调用图生图、图生视频、视频生视频或音频辅助 mode 前上传源素材(multipart/form-data)。
        若提供 model 与 mode,Buble 按该模型 mode 校验文件类型、大小与格式;否则应用默认上限
        (图片 30 MB、视频 100 MB、音频 50 MB)。返回的 data.url 传给 image_urls、start_frame、end_frame、
        video_urls 或 audio_urls。

        Args:
            file: 图片、视频或音频文件。默认上限:图片 30 MB、视频 100 MB、音频 50 MB(模型 mode 可能更严格)。
            file_type: image、video 或 audio;省略时按 MIME 类型推断。
            model: 可选模型 key,用于模型级校验(与 mode 一起提供时按该模型 mode 校验类型、大小与格式)。
            mode: 可选公开 mode,用于 mode 级校验。
        """
        return await self._client.request(
            "uploadFile",
            path_params={},
            query={},
            headers={},
            body=_given(
                {
                    "file": file,
                    "file_type": file_type,
                    "model": model,
                    "mode": mode,
                }
            ),
            options=options,
            parse=_models.UploadedFileEnvelope.model_validate,
        )


class Buble(SyncClient):
    """Sync client of Buble API. Options: api_key (else $BUBLE_API_KEY), base_url, timeout, max_retries, validate, journal."""

    def __init__(self, **options: Unpack[ClientOptions]) -> None:
        super().__init__(load_spec(), **options)
        self.generations = GenerationsResource(self)
        self.models = ModelsResource(self)
        self.media_models = MediaModelsResource(self)
        self.files = FilesResource(self)

    def upload(
        self, file: FileInput, *, kind: Literal["image", "video", "audio"] | None = None
    ) -> str:
        """Upload a local file through the gateway's upload endpoint; returns its URL.

        Media-URL arguments take local files directly (they are uploaded this way first).
        """
        return self.upload_file(file, kind=kind)


class AsyncBuble(AsyncClient):
    """Async client of Buble API. Options: api_key (else $BUBLE_API_KEY), base_url, timeout, max_retries, validate, journal."""

    def __init__(self, **options: Unpack[ClientOptions]) -> None:
        super().__init__(load_spec(), **options)
        self.generations = AsyncGenerationsResource(self)
        self.models = AsyncModelsResource(self)
        self.media_models = AsyncMediaModelsResource(self)
        self.files = AsyncFilesResource(self)

    async def upload(
        self, file: FileInput, *, kind: Literal["image", "video", "audio"] | None = None
    ) -> str:
        """Upload a local file through the gateway's upload endpoint; returns its URL.

        Media-URL arguments take local files directly (they are uploaded this way first).
        """
        return await self.upload_file(file, kind=kind)
