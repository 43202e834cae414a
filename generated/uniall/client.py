"""Typed sync and async clients of UniAll — Vidu 视频任务 (创建视频任务(旧) / create video task, old), generated from uniall.yaml; do not edit."""

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


class VideoGenerationsResource:
    """Operations under ``client.video.generations``."""

    def __init__(self, client: SyncClient) -> None:
        self._client = client

    def create(
        self,
        *,
        model: Literal[
            "viduq3p-540p",
            "viduq3p-720p",
            "viduq3p-1080p",
            "viduq3t-540p",
            "viduq3t-720p",
            "viduq3t-1080p",
        ]
        | str,
        prompt: str,
        duration: int | str,
        image: str | NotGiven = NOT_GIVEN,
        reference_image_urls: list[str | FileInput] | NotGiven = NOT_GIVEN,
        last_image: str | NotGiven = NOT_GIVEN,
        aspect_ratio: str | NotGiven = NOT_GIVEN,
        extra_body: _models.CreateVideoGenerationRequestExtraBody
        | Mapping[str, Any]
        | NotGiven = NOT_GIVEN,
        request_extra_body: Mapping[str, Any] | None = None,
        download_to: str | os.PathLike[str] | None = None,
        options: RequestOptions | None = None,
    ) -> Task[_models.VideoTask]:
        """创建视频任务(旧) — Vidu Q3 文生视频 / 单图生视频 / 首尾帧生视频 / 参考图生视频

        ``POST /v1/video/generations``

        创建视频任务(旧)。Endpoint: POST /v1/video/generations。
        Header 参数: Authorization — Bearer {your_token}.

        模式 (modes, from the field descriptions and the examples):
        - 文生视频: 只传 prompt (text to video)
        - 单图生视频: 只传 image, 不传 last_image (single image to video)
        - 首尾帧生视频: 同时传入 image 和 last_image; 不支持只传入 last_image (first + last frame)
        - 参考图生视频: reference_image_urls, 只有 mix 模式生效 (reference images, mix models)

        Newer Vidu page (uniall-vidu): the six models support text-to-video, single-image-to-video,
        first-and-last-frame (image + last_image) and multiple reference images (reference_image_urls,
        up to 4); "multiple reference images use Q3 Pro".

        Args:
            model: 模型名称: viduq3p-540p, viduq3p-720p, viduq3p-1080p, viduq3t-540p, viduq3t-720p, viduq3t-1080p. The examples also use viduq3p-1080p-offpeak and viduq3p-mix-720p, so any id starting with viduq3p- or viduq3t- is accepted (see x-inferred).
            prompt: 只传prompt视为图生视频 (sic — the 文生视频 example sends only prompt, so read: prompt only = text to video)
            duration: 允许值:1–16 (video length in seconds). Typed string in doc-002's table but sent as an integer in every example; uniall-vidu types it integer/string and recommends an integer 1-16.
            image: 只传image, 不传last_image, 视为图生视频 (reference image / first frame)
            reference_image_urls: 只有 mix模式生效,字符串数组:示例:["https://example.com/ref-1.png", "https://example.com/ref-2.png"] (reference images, used only by mix models; at most 4 per uniall-vidu)
            last_image: 同时传入image和last_image视为首尾帧生视频,不支持只传入last_image (last frame; needs image)
            aspect_ratio: 文生视频有效;图生视频也可传入,但不保证影响结果 (output aspect ratio; effective for text to video, may be ignored for image to video)
            extra_body: 扩展参数 (extension parameters). audio, seed and bgm appear in the examples; other keys are passed through.

        Keywords: ``request_extra_body`` is the runtime's ``extra_body`` (the document has a field named so).
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
                    "duration": duration,
                    "image": image,
                    "reference_image_urls": reference_image_urls,
                    "last_image": last_image,
                    "aspect_ratio": aspect_ratio,
                    "extra_body": extra_body,
                },
                request_extra_body,
            ),
            options=options,
            download_to=download_to,
            parse=_models.VideoTask.model_validate,
        )

    def retrieve(
        self,
        *,
        task_id: str,
        options: RequestOptions | None = None,
    ) -> _models.VideoGenerationFetchResponse:
        """查询视频任务 (Query Video Task) — reply shape per new-api, not shown by UniAll

        ``GET /v1/video/generations/{task_id}``

        The newer Vidu page (uniall-vidu) lists `GET /v1/video/generations/{task_id}` as "2.2 Query Video
        Task" (with `GET /v1/videos/{task_id}` as the compatible query endpoint) but shows no reply.
        The reply shape below comes from new-api, whose code and docs disagree:
        - code (relay_task.go videoFetchByIDRespBodyBuilder / TaskModel2Dto): `{"code":"success","data":TaskDto}`,
          TaskDto.status NOT_START / SUBMITTED / QUEUED / IN_PROGRESS / FAILURE / SUCCESS / UNKNOWN,
          progress "NN%", result video URL in `result_url` (for Vidu also `data.creations[0].url`);
          Vidu mapping created/queueing → SUBMITTED, processing → IN_PROGRESS, success → SUCCESS,
          failed → FAILURE with fail_reason = err_code. Gemini/Vertex channels return
          `{code:"success", data:{task_id, status queued|processing|succeeded|failed, url, format, metadata, error}}`.
        - docs (newapi-docs-getvideogeneration): `{task_id, status, url, format, metadata, error}`,
          status queued / in_progress / completed / failed.
        Both are accepted. Not used for task polling (see x-tasks.video).

        Args:
            task_id: 任务 ID (id / task_id from the create reply)
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
            parse=_models.VideoGenerationFetchResponse.model_validate,
        )


class AsyncVideoGenerationsResource:
    """Operations under ``client.video.generations``."""

    def __init__(self, client: AsyncClient) -> None:
        self._client = client

    async def create(
        self,
        *,
        model: Literal[
            "viduq3p-540p",
            "viduq3p-720p",
            "viduq3p-1080p",
            "viduq3t-540p",
            "viduq3t-720p",
            "viduq3t-1080p",
        ]
        | str,
        prompt: str,
        duration: int | str,
        image: str | NotGiven = NOT_GIVEN,
        reference_image_urls: list[str | FileInput] | NotGiven = NOT_GIVEN,
        last_image: str | NotGiven = NOT_GIVEN,
        aspect_ratio: str | NotGiven = NOT_GIVEN,
        extra_body: _models.CreateVideoGenerationRequestExtraBody
        | Mapping[str, Any]
        | NotGiven = NOT_GIVEN,
        request_extra_body: Mapping[str, Any] | None = None,
        download_to: str | os.PathLike[str] | None = None,
        options: RequestOptions | None = None,
    ) -> AsyncTask[_models.VideoTask]:
        """创建视频任务(旧) — Vidu Q3 文生视频 / 单图生视频 / 首尾帧生视频 / 参考图生视频

        ``POST /v1/video/generations``

        创建视频任务(旧)。Endpoint: POST /v1/video/generations。
        Header 参数: Authorization — Bearer {your_token}.

        模式 (modes, from the field descriptions and the examples):
        - 文生视频: 只传 prompt (text to video)
        - 单图生视频: 只传 image, 不传 last_image (single image to video)
        - 首尾帧生视频: 同时传入 image 和 last_image; 不支持只传入 last_image (first + last frame)
        - 参考图生视频: reference_image_urls, 只有 mix 模式生效 (reference images, mix models)

        Newer Vidu page (uniall-vidu): the six models support text-to-video, single-image-to-video,
        first-and-last-frame (image + last_image) and multiple reference images (reference_image_urls,
        up to 4); "multiple reference images use Q3 Pro".

        Args:
            model: 模型名称: viduq3p-540p, viduq3p-720p, viduq3p-1080p, viduq3t-540p, viduq3t-720p, viduq3t-1080p. The examples also use viduq3p-1080p-offpeak and viduq3p-mix-720p, so any id starting with viduq3p- or viduq3t- is accepted (see x-inferred).
            prompt: 只传prompt视为图生视频 (sic — the 文生视频 example sends only prompt, so read: prompt only = text to video)
            duration: 允许值:1–16 (video length in seconds). Typed string in doc-002's table but sent as an integer in every example; uniall-vidu types it integer/string and recommends an integer 1-16.
            image: 只传image, 不传last_image, 视为图生视频 (reference image / first frame)
            reference_image_urls: 只有 mix模式生效,字符串数组:示例:["https://example.com/ref-1.png", "https://example.com/ref-2.png"] (reference images, used only by mix models; at most 4 per uniall-vidu)
            last_image: 同时传入image和last_image视为首尾帧生视频,不支持只传入last_image (last frame; needs image)
            aspect_ratio: 文生视频有效;图生视频也可传入,但不保证影响结果 (output aspect ratio; effective for text to video, may be ignored for image to video)
            extra_body: 扩展参数 (extension parameters). audio, seed and bgm appear in the examples; other keys are passed through.

        Keywords: ``request_extra_body`` is the runtime's ``extra_body`` (the document has a field named so).
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
                    "duration": duration,
                    "image": image,
                    "reference_image_urls": reference_image_urls,
                    "last_image": last_image,
                    "aspect_ratio": aspect_ratio,
                    "extra_body": extra_body,
                },
                request_extra_body,
            ),
            options=options,
            download_to=download_to,
            parse=_models.VideoTask.model_validate,
        )

    async def retrieve(
        self,
        *,
        task_id: str,
        options: RequestOptions | None = None,
    ) -> _models.VideoGenerationFetchResponse:
        """查询视频任务 (Query Video Task) — reply shape per new-api, not shown by UniAll

        ``GET /v1/video/generations/{task_id}``

        The newer Vidu page (uniall-vidu) lists `GET /v1/video/generations/{task_id}` as "2.2 Query Video
        Task" (with `GET /v1/videos/{task_id}` as the compatible query endpoint) but shows no reply.
        The reply shape below comes from new-api, whose code and docs disagree:
        - code (relay_task.go videoFetchByIDRespBodyBuilder / TaskModel2Dto): `{"code":"success","data":TaskDto}`,
          TaskDto.status NOT_START / SUBMITTED / QUEUED / IN_PROGRESS / FAILURE / SUCCESS / UNKNOWN,
          progress "NN%", result video URL in `result_url` (for Vidu also `data.creations[0].url`);
          Vidu mapping created/queueing → SUBMITTED, processing → IN_PROGRESS, success → SUCCESS,
          failed → FAILURE with fail_reason = err_code. Gemini/Vertex channels return
          `{code:"success", data:{task_id, status queued|processing|succeeded|failed, url, format, metadata, error}}`.
        - docs (newapi-docs-getvideogeneration): `{task_id, status, url, format, metadata, error}`,
          status queued / in_progress / completed / failed.
        Both are accepted. Not used for task polling (see x-tasks.video).

        Args:
            task_id: 任务 ID (id / task_id from the create reply)
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
            parse=_models.VideoGenerationFetchResponse.model_validate,
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


class VideosResource:
    """Operations under ``client.videos``."""

    def __init__(self, client: SyncClient) -> None:
        self._client = client

    def retrieve(
        self,
        *,
        task_id: str,
        options: RequestOptions | None = None,
    ) -> _models.VideoTask:
        """查询视频生成任务 (GET /v1/videos/{task_id}) — OpenAI-style video object

        ``GET /v1/videos/{task_id}``

        UniAll documents this query route for its other video models (Happy-Horse, Sora 2) with the
        fields below; the newer Vidu page lists it as the compatible query endpoint for Vidu.
        状态 (status): queued: 排队中, in_progress: 生成中, completed: 已完成, failed: 失败.
        new-api's OpenAI video object for the same route adds completed_at, expires_at, seconds, size,
        error{message, code}, usage and metadata{url} (the Vidu adaptor puts the video URL in
        metadata.url), and the status value "unknown".

        Args:
            task_id: 任务 ID (id / task_id from the create reply)
        """
        return self._client.request(
            "getVideo",
            path_params={
                "task_id": task_id,
            },
            query={},
            headers={},
            body=None,
            options=options,
            parse=_models.VideoTask.model_validate,
        )


class AsyncVideosResource:
    """Operations under ``client.videos``."""

    def __init__(self, client: AsyncClient) -> None:
        self._client = client

    async def retrieve(
        self,
        *,
        task_id: str,
        options: RequestOptions | None = None,
    ) -> _models.VideoTask:
        """查询视频生成任务 (GET /v1/videos/{task_id}) — OpenAI-style video object

        ``GET /v1/videos/{task_id}``

        UniAll documents this query route for its other video models (Happy-Horse, Sora 2) with the
        fields below; the newer Vidu page lists it as the compatible query endpoint for Vidu.
        状态 (status): queued: 排队中, in_progress: 生成中, completed: 已完成, failed: 失败.
        new-api's OpenAI video object for the same route adds completed_at, expires_at, seconds, size,
        error{message, code}, usage and metadata{url} (the Vidu adaptor puts the video URL in
        metadata.url), and the status value "unknown".

        Args:
            task_id: 任务 ID (id / task_id from the create reply)
        """
        return await self._client.request(
            "getVideo",
            path_params={
                "task_id": task_id,
            },
            query={},
            headers={},
            body=None,
            options=options,
            parse=_models.VideoTask.model_validate,
        )


class UniAll(SyncClient):
    """Sync client of UniAll — Vidu 视频任务 (创建视频任务(旧) / create video task, old). Options: api_key (else $UNIALL_API_KEY), base_url, timeout, max_retries, validate, journal."""

    def __init__(self, **options: Unpack[ClientOptions]) -> None:
        super().__init__(load_spec(), **options)
        self.video = VideoResource(self)
        self.videos = VideosResource(self)


class AsyncUniAll(AsyncClient):
    """Async client of UniAll — Vidu 视频任务 (创建视频任务(旧) / create video task, old). Options: api_key (else $UNIALL_API_KEY), base_url, timeout, max_retries, validate, journal."""

    def __init__(self, **options: Unpack[ClientOptions]) -> None:
        super().__init__(load_spec(), **options)
        self.video = AsyncVideoResource(self)
        self.videos = AsyncVideosResource(self)
