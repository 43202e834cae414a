"""Typed sync and async clients of Qingbo (QWave API) — unified async task API (Seedream), generated from qingbo.yaml; do not edit."""

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


class TasksResource:
    """Operations under ``client.tasks``."""

    def __init__(self, client: SyncClient) -> None:
        self._client = client

    def create(
        self,
        *,
        model: Literal["seedream-5.0", "seedream-4.5", "seedream-4.0"],
        prompt: str,
        action: str | NotGiven = NOT_GIVEN,
        image_urls: list[str | FileInput] | NotGiven = NOT_GIVEN,
        size: Literal["1:1", "2:3", "3:2", "3:4", "4:3", "9:16", "16:9", "21:9", "4:5", "5:4"]
        | NotGiven = NOT_GIVEN,
        resolution: Literal["1K", "2K", "3K", "4K"] | NotGiven = NOT_GIVEN,
        n: int | NotGiven = NOT_GIVEN,
        watermark: bool | NotGiven = NOT_GIVEN,
        callback_url: str | NotGiven = NOT_GIVEN,
        extra: _models.CreateTaskExtra | Mapping[str, Any] | NotGiven = NOT_GIVEN,
        extra_body: Mapping[str, Any] | None = None,
        download_to: str | os.PathLike[str] | None = None,
        options: RequestOptions | None = None,
    ) -> Task[_models.TaskObject]:
        """提交非同步生成任務 (Seedream 圖片生成)

        ``POST /v1/tasks``

        非同步處理模式 — 提交請求後回傳任務 ID,透過 查詢任務狀態 介面取得生成結果。圖片連結有效期 24 小時,請及時儲存。

        可用模型 (available models):
        | 模型 ID | 說明 |
        |---|---|
        | seedream-5.0 | Seedream 5.0,支援組圖、聯網搜尋、串流輸出 |
        | seedream-4.5 | Seedream 4.5,支援組圖、4K 解析度 |
        | seedream-4.0 | Seedream 4.0,支援組圖、1K~4K 解析度 |

        生成模式 (generation modes):
        | 模式 | 參數 | 說明 |
        |---|---|---|
        | 文生圖 | prompt | 純文字生成 |
        | 單圖生圖 | prompt + image_urls(1張) | 參考圖 + 文字 |
        | 多圖生圖 | prompt + image_urls(2-14張) | 多張參考圖融合 |
        | 組圖 | n > 1 | 生成一組關聯圖片 |

        組圖模式下,輸入參考圖數量 + 生成圖片數量 ≤ 15。
        (In group mode, number of input reference images + number of generated images ≤ 15.)

        Webhook: when `callback_url` is set the gateway pushes on completion (qingbo-task-system); the
        payload schema is not documented.

        Args:
            model: 模型組名稱:seedream-5.0、seedream-4.5、seedream-4.0
            prompt: 文字提示詞,支援中英文,建議不超過 300 個漢字 (text prompt, Chinese or English, recommended at most 300 Chinese characters — a recommendation, not enforced)
            action: 操作類型 (action type). The status page lists values such as generate / edit / image2video (qingbo-task-status); doc-004 shows only the default generate.
            image_urls: 參考圖片 URL 陣列,最多 14 張,每張不超過 10MB (reference image URLs, at most 14, each at most 10 MB — the size limit is not checked client-side). 單圖生圖: 1 張; 多圖生圖: 2-14 張.
            size: 寬高比:1:1、2:3、3:2、3:4、4:3、9:16、16:9、21:9。seedream-5.0 size 額外支援: 4:5、5:4 (aspect ratio; 4:5 and 5:4 only on seedream-5.0)
            resolution: 解析度,可選值取決於模型,見各模型 Tab。seedream-5.0: resolution 可選值 2K、3K; seedream-4.5: 支援 4K 解析度 (2K/4K); seedream-4.0: 1K~4K 解析度. (Resolution; allowed values depend on the model.)
            n: 生成數量,大於 1 時啟用組圖模式 (number of images; > 1 enables group mode). 組圖模式下,輸入參考圖數量 + 生成圖片數量 ≤ 15.
            watermark: 是否新增浮水印 (whether to add a watermark)
            callback_url: 任務完成時的 Webhook 回呼位址 (webhook URL called when the task completes)
            extra: 透傳給上游的額外參數,詳見各模型 Tab (extra parameters passed through to the upstream model). output_format, response_format, stream, optimize_prompt_options and tools are documented in the seedream-5.0 tab; other keys are passed through.
        """
        return self._client.submit_task(
            "createTask",
            path_params={},
            query={},
            headers={},
            body=_given(
                {
                    "model": model,
                    "prompt": prompt,
                    "action": action,
                    "image_urls": image_urls,
                    "size": size,
                    "resolution": resolution,
                    "n": n,
                    "watermark": watermark,
                    "callback_url": callback_url,
                    "extra": extra,
                },
                extra_body,
            ),
            options=options,
            download_to=download_to,
            parse=_models.TaskObject.model_validate,
        )

    def create_sync(
        self,
        *,
        model: Literal["seedream-5.0", "seedream-4.5", "seedream-4.0"],
        prompt: str,
        action: str | NotGiven = NOT_GIVEN,
        image_urls: list[str | FileInput] | NotGiven = NOT_GIVEN,
        size: Literal["1:1", "2:3", "3:2", "3:4", "4:3", "9:16", "16:9", "21:9", "4:5", "5:4"]
        | NotGiven = NOT_GIVEN,
        resolution: Literal["1K", "2K", "3K", "4K"] | NotGiven = NOT_GIVEN,
        n: int | NotGiven = NOT_GIVEN,
        watermark: bool | NotGiven = NOT_GIVEN,
        callback_url: str | NotGiven = NOT_GIVEN,
        extra: _models.CreateTaskExtra | Mapping[str, Any] | NotGiven = NOT_GIVEN,
        extra_body: Mapping[str, Any] | None = None,
        download_to: str | os.PathLike[str] | None = None,
        options: RequestOptions | None = None,
    ) -> Task[_models.TaskObject]:
        """同步提交任務 (submit and block until the result is ready)

        ``POST /v1/tasks/sync``

        提交任务并阻塞等待结果。如果在超时时间内完成,直接返回结果;否则返回 poll_url 供继续轮询。
        请求参数: 与 POST /v1/tasks 相同。收到 poll_url 后,使用 GET /v1/tasks/{task_id} 继续轮询。
        (Submit a task and block until the result is ready. If it completes within the timeout the full
        task object is returned; otherwise `{task_id, status: "processing", progress, poll_url}`.)

        适用场景: 图像生成等较快完成的任务; 不想实现轮询逻辑的简单场景; 原型开发和测试。

        Args:
            model: 模型組名稱:seedream-5.0、seedream-4.5、seedream-4.0
            prompt: 文字提示詞,支援中英文,建議不超過 300 個漢字 (text prompt, Chinese or English, recommended at most 300 Chinese characters — a recommendation, not enforced)
            action: 操作類型 (action type). The status page lists values such as generate / edit / image2video (qingbo-task-status); doc-004 shows only the default generate.
            image_urls: 參考圖片 URL 陣列,最多 14 張,每張不超過 10MB (reference image URLs, at most 14, each at most 10 MB — the size limit is not checked client-side). 單圖生圖: 1 張; 多圖生圖: 2-14 張.
            size: 寬高比:1:1、2:3、3:2、3:4、4:3、9:16、16:9、21:9。seedream-5.0 size 額外支援: 4:5、5:4 (aspect ratio; 4:5 and 5:4 only on seedream-5.0)
            resolution: 解析度,可選值取決於模型,見各模型 Tab。seedream-5.0: resolution 可選值 2K、3K; seedream-4.5: 支援 4K 解析度 (2K/4K); seedream-4.0: 1K~4K 解析度. (Resolution; allowed values depend on the model.)
            n: 生成數量,大於 1 時啟用組圖模式 (number of images; > 1 enables group mode). 組圖模式下,輸入參考圖數量 + 生成圖片數量 ≤ 15.
            watermark: 是否新增浮水印 (whether to add a watermark)
            callback_url: 任務完成時的 Webhook 回呼位址 (webhook URL called when the task completes)
            extra: 透傳給上游的額外參數,詳見各模型 Tab (extra parameters passed through to the upstream model). output_format, response_format, stream, optimize_prompt_options and tools are documented in the seedream-5.0 tab; other keys are passed through.
        """
        return self._client.submit_task(
            "createTaskSync",
            path_params={},
            query={},
            headers={},
            body=_given(
                {
                    "model": model,
                    "prompt": prompt,
                    "action": action,
                    "image_urls": image_urls,
                    "size": size,
                    "resolution": resolution,
                    "n": n,
                    "watermark": watermark,
                    "callback_url": callback_url,
                    "extra": extra,
                },
                extra_body,
            ),
            options=options,
            download_to=download_to,
            parse=_models.TaskObject.model_validate,
        )

    def retrieve(
        self,
        *,
        task_id: str,
        options: RequestOptions | None = None,
    ) -> _models.TaskObject:
        """查詢任務狀態 (Query Task Status)

        ``GET /v1/tasks/{task_id}``

        The core query endpoint for asynchronous tasks. After submitting a task (POST /v1/tasks) and
        receiving a task_id, poll this endpoint until status: completed to retrieve the final result.

        Polling recommendations: polling interval every 2–5 seconds; maximum wait time: 5-minute timeout
        recommended (videos may take longer); display `progress` to users; prefer webhooks (set
        `callback_url` at submission). URLs in generation results have an expiration period
        (`expires_at`) — download and save them promptly.

        Args:
            task_id: 任務 ID (returned by POST /v1/tasks as task_id)
        """
        return self._client.request(
            "getTask",
            path_params={
                "task_id": task_id,
            },
            query={},
            headers={},
            body=None,
            options=options,
            parse=_models.TaskObject.model_validate,
        )

    def cancel(
        self,
        *,
        task_id: str,
        options: RequestOptions | None = None,
    ) -> _models.CancelTaskResponse:
        """取消任務 (cancel a queued task)

        ``POST /v1/tasks/{task_id}/cancel``

        取消一个处于 queued 状态的任务,配额自动退还。
        只有 queued 状态的任务可以取消。processing 状态的任务已经开始处理,无法取消。
        (Cancel a task in the queued state; quota is refunded automatically. Tasks already processing
        cannot be cancelled.)

        Args:
            task_id: 任務 ID (returned by POST /v1/tasks as task_id)
        """
        return self._client.request(
            "cancelTask",
            path_params={
                "task_id": task_id,
            },
            query={},
            headers={},
            body=None,
            options=options,
            parse=_models.CancelTaskResponse.model_validate,
        )


class AsyncTasksResource:
    """Operations under ``client.tasks``."""

    def __init__(self, client: AsyncClient) -> None:
        self._client = client

    async def create(
        self,
        *,
        model: Literal["seedream-5.0", "seedream-4.5", "seedream-4.0"],
        prompt: str,
        action: str | NotGiven = NOT_GIVEN,
        image_urls: list[str | FileInput] | NotGiven = NOT_GIVEN,
        size: Literal["1:1", "2:3", "3:2", "3:4", "4:3", "9:16", "16:9", "21:9", "4:5", "5:4"]
        | NotGiven = NOT_GIVEN,
        resolution: Literal["1K", "2K", "3K", "4K"] | NotGiven = NOT_GIVEN,
        n: int | NotGiven = NOT_GIVEN,
        watermark: bool | NotGiven = NOT_GIVEN,
        callback_url: str | NotGiven = NOT_GIVEN,
        extra: _models.CreateTaskExtra | Mapping[str, Any] | NotGiven = NOT_GIVEN,
        extra_body: Mapping[str, Any] | None = None,
        download_to: str | os.PathLike[str] | None = None,
        options: RequestOptions | None = None,
    ) -> AsyncTask[_models.TaskObject]:
        """提交非同步生成任務 (Seedream 圖片生成)

        ``POST /v1/tasks``

        非同步處理模式 — 提交請求後回傳任務 ID,透過 查詢任務狀態 介面取得生成結果。圖片連結有效期 24 小時,請及時儲存。

        可用模型 (available models):
        | 模型 ID | 說明 |
        |---|---|
        | seedream-5.0 | Seedream 5.0,支援組圖、聯網搜尋、串流輸出 |
        | seedream-4.5 | Seedream 4.5,支援組圖、4K 解析度 |
        | seedream-4.0 | Seedream 4.0,支援組圖、1K~4K 解析度 |

        生成模式 (generation modes):
        | 模式 | 參數 | 說明 |
        |---|---|---|
        | 文生圖 | prompt | 純文字生成 |
        | 單圖生圖 | prompt + image_urls(1張) | 參考圖 + 文字 |
        | 多圖生圖 | prompt + image_urls(2-14張) | 多張參考圖融合 |
        | 組圖 | n > 1 | 生成一組關聯圖片 |

        組圖模式下,輸入參考圖數量 + 生成圖片數量 ≤ 15。
        (In group mode, number of input reference images + number of generated images ≤ 15.)

        Webhook: when `callback_url` is set the gateway pushes on completion (qingbo-task-system); the
        payload schema is not documented.

        Args:
            model: 模型組名稱:seedream-5.0、seedream-4.5、seedream-4.0
            prompt: 文字提示詞,支援中英文,建議不超過 300 個漢字 (text prompt, Chinese or English, recommended at most 300 Chinese characters — a recommendation, not enforced)
            action: 操作類型 (action type). The status page lists values such as generate / edit / image2video (qingbo-task-status); doc-004 shows only the default generate.
            image_urls: 參考圖片 URL 陣列,最多 14 張,每張不超過 10MB (reference image URLs, at most 14, each at most 10 MB — the size limit is not checked client-side). 單圖生圖: 1 張; 多圖生圖: 2-14 張.
            size: 寬高比:1:1、2:3、3:2、3:4、4:3、9:16、16:9、21:9。seedream-5.0 size 額外支援: 4:5、5:4 (aspect ratio; 4:5 and 5:4 only on seedream-5.0)
            resolution: 解析度,可選值取決於模型,見各模型 Tab。seedream-5.0: resolution 可選值 2K、3K; seedream-4.5: 支援 4K 解析度 (2K/4K); seedream-4.0: 1K~4K 解析度. (Resolution; allowed values depend on the model.)
            n: 生成數量,大於 1 時啟用組圖模式 (number of images; > 1 enables group mode). 組圖模式下,輸入參考圖數量 + 生成圖片數量 ≤ 15.
            watermark: 是否新增浮水印 (whether to add a watermark)
            callback_url: 任務完成時的 Webhook 回呼位址 (webhook URL called when the task completes)
            extra: 透傳給上游的額外參數,詳見各模型 Tab (extra parameters passed through to the upstream model). output_format, response_format, stream, optimize_prompt_options and tools are documented in the seedream-5.0 tab; other keys are passed through.
        """
        return await self._client.submit_task(
            "createTask",
            path_params={},
            query={},
            headers={},
            body=_given(
                {
                    "model": model,
                    "prompt": prompt,
                    "action": action,
                    "image_urls": image_urls,
                    "size": size,
                    "resolution": resolution,
                    "n": n,
                    "watermark": watermark,
                    "callback_url": callback_url,
                    "extra": extra,
                },
                extra_body,
            ),
            options=options,
            download_to=download_to,
            parse=_models.TaskObject.model_validate,
        )

    async def create_sync(
        self,
        *,
        model: Literal["seedream-5.0", "seedream-4.5", "seedream-4.0"],
        prompt: str,
        action: str | NotGiven = NOT_GIVEN,
        image_urls: list[str | FileInput] | NotGiven = NOT_GIVEN,
        size: Literal["1:1", "2:3", "3:2", "3:4", "4:3", "9:16", "16:9", "21:9", "4:5", "5:4"]
        | NotGiven = NOT_GIVEN,
        resolution: Literal["1K", "2K", "3K", "4K"] | NotGiven = NOT_GIVEN,
        n: int | NotGiven = NOT_GIVEN,
        watermark: bool | NotGiven = NOT_GIVEN,
        callback_url: str | NotGiven = NOT_GIVEN,
        extra: _models.CreateTaskExtra | Mapping[str, Any] | NotGiven = NOT_GIVEN,
        extra_body: Mapping[str, Any] | None = None,
        download_to: str | os.PathLike[str] | None = None,
        options: RequestOptions | None = None,
    ) -> AsyncTask[_models.TaskObject]:
        """同步提交任務 (submit and block until the result is ready)

        ``POST /v1/tasks/sync``

        提交任务并阻塞等待结果。如果在超时时间内完成,直接返回结果;否则返回 poll_url 供继续轮询。
        请求参数: 与 POST /v1/tasks 相同。收到 poll_url 后,使用 GET /v1/tasks/{task_id} 继续轮询。
        (Submit a task and block until the result is ready. If it completes within the timeout the full
        task object is returned; otherwise `{task_id, status: "processing", progress, poll_url}`.)

        适用场景: 图像生成等较快完成的任务; 不想实现轮询逻辑的简单场景; 原型开发和测试。

        Args:
            model: 模型組名稱:seedream-5.0、seedream-4.5、seedream-4.0
            prompt: 文字提示詞,支援中英文,建議不超過 300 個漢字 (text prompt, Chinese or English, recommended at most 300 Chinese characters — a recommendation, not enforced)
            action: 操作類型 (action type). The status page lists values such as generate / edit / image2video (qingbo-task-status); doc-004 shows only the default generate.
            image_urls: 參考圖片 URL 陣列,最多 14 張,每張不超過 10MB (reference image URLs, at most 14, each at most 10 MB — the size limit is not checked client-side). 單圖生圖: 1 張; 多圖生圖: 2-14 張.
            size: 寬高比:1:1、2:3、3:2、3:4、4:3、9:16、16:9、21:9。seedream-5.0 size 額外支援: 4:5、5:4 (aspect ratio; 4:5 and 5:4 only on seedream-5.0)
            resolution: 解析度,可選值取決於模型,見各模型 Tab。seedream-5.0: resolution 可選值 2K、3K; seedream-4.5: 支援 4K 解析度 (2K/4K); seedream-4.0: 1K~4K 解析度. (Resolution; allowed values depend on the model.)
            n: 生成數量,大於 1 時啟用組圖模式 (number of images; > 1 enables group mode). 組圖模式下,輸入參考圖數量 + 生成圖片數量 ≤ 15.
            watermark: 是否新增浮水印 (whether to add a watermark)
            callback_url: 任務完成時的 Webhook 回呼位址 (webhook URL called when the task completes)
            extra: 透傳給上游的額外參數,詳見各模型 Tab (extra parameters passed through to the upstream model). output_format, response_format, stream, optimize_prompt_options and tools are documented in the seedream-5.0 tab; other keys are passed through.
        """
        return await self._client.submit_task(
            "createTaskSync",
            path_params={},
            query={},
            headers={},
            body=_given(
                {
                    "model": model,
                    "prompt": prompt,
                    "action": action,
                    "image_urls": image_urls,
                    "size": size,
                    "resolution": resolution,
                    "n": n,
                    "watermark": watermark,
                    "callback_url": callback_url,
                    "extra": extra,
                },
                extra_body,
            ),
            options=options,
            download_to=download_to,
            parse=_models.TaskObject.model_validate,
        )

    async def retrieve(
        self,
        *,
        task_id: str,
        options: RequestOptions | None = None,
    ) -> _models.TaskObject:
        """查詢任務狀態 (Query Task Status)

        ``GET /v1/tasks/{task_id}``

        The core query endpoint for asynchronous tasks. After submitting a task (POST /v1/tasks) and
        receiving a task_id, poll this endpoint until status: completed to retrieve the final result.

        Polling recommendations: polling interval every 2–5 seconds; maximum wait time: 5-minute timeout
        recommended (videos may take longer); display `progress` to users; prefer webhooks (set
        `callback_url` at submission). URLs in generation results have an expiration period
        (`expires_at`) — download and save them promptly.

        Args:
            task_id: 任務 ID (returned by POST /v1/tasks as task_id)
        """
        return await self._client.request(
            "getTask",
            path_params={
                "task_id": task_id,
            },
            query={},
            headers={},
            body=None,
            options=options,
            parse=_models.TaskObject.model_validate,
        )

    async def cancel(
        self,
        *,
        task_id: str,
        options: RequestOptions | None = None,
    ) -> _models.CancelTaskResponse:
        """取消任務 (cancel a queued task)

        ``POST /v1/tasks/{task_id}/cancel``

        取消一个处于 queued 状态的任务,配额自动退还。
        只有 queued 状态的任务可以取消。processing 状态的任务已经开始处理,无法取消。
        (Cancel a task in the queued state; quota is refunded automatically. Tasks already processing
        cannot be cancelled.)

        Args:
            task_id: 任務 ID (returned by POST /v1/tasks as task_id)
        """
        return await self._client.request(
            "cancelTask",
            path_params={
                "task_id": task_id,
            },
            query={},
            headers={},
            body=None,
            options=options,
            parse=_models.CancelTaskResponse.model_validate,
        )


class Qingbo(SyncClient):
    """Sync client of Qingbo (QWave API) — unified async task API (Seedream). Options: api_key (else $QINGBO_API_KEY), base_url, timeout, max_retries, validate, journal."""

    def __init__(self, **options: Unpack[ClientOptions]) -> None:
        super().__init__(load_spec(), **options)
        self.tasks = TasksResource(self)


class AsyncQingbo(AsyncClient):
    """Async client of Qingbo (QWave API) — unified async task API (Seedream). Options: api_key (else $QINGBO_API_KEY), base_url, timeout, max_retries, validate, journal."""

    def __init__(self, **options: Unpack[ClientOptions]) -> None:
        super().__init__(load_spec(), **options)
        self.tasks = AsyncTasksResource(self)
