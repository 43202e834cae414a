"""Pydantic models of Qingbo (QWave API) — unified async task API (Seedream), generated from qingbo.yaml; do not edit."""

from __future__ import annotations

from typing import Any, Literal

from pydantic import ConfigDict, RootModel

from gateway_runtime.model_base import GatewayModel


class SeedreamModel(RootModel[Any]):
    """模型組名稱:seedream-5.0、seedream-4.5、seedream-4.0"""

    model_config = ConfigDict(defer_build=True)

    root: Literal["seedream-5.0", "seedream-4.5", "seedream-4.0"]


class CreateTaskRequest(GatewayModel):
    """統一參數 (common parameters) + 模型特定參數 (model-specific parameters, seedream-5.0 tab)."""

    model: Literal["seedream-5.0", "seedream-4.5", "seedream-4.0"]
    """模型組名稱:seedream-5.0、seedream-4.5、seedream-4.0"""
    action: str | None = None
    """操作類型 (action type). The status page lists values such as generate / edit / image2video (qingbo-task-status); doc-004 shows only the default generate."""
    prompt: str
    """文字提示詞,支援中英文,建議不超過 300 個漢字 (text prompt, Chinese or English, recommended at most 300 Chinese characters — a recommendation, not enforced)"""
    image_urls: list[str] | None = None
    """參考圖片 URL 陣列,最多 14 張,每張不超過 10MB (reference image URLs, at most 14, each at most 10 MB — the size limit is not checked client-side). 單圖生圖: 1 張; 多圖生圖: 2-14 張."""
    size: (
        Literal["1:1", "2:3", "3:2", "3:4", "4:3", "9:16", "16:9", "21:9", "4:5", "5:4"] | None
    ) = None
    """寬高比:1:1、2:3、3:2、3:4、4:3、9:16、16:9、21:9。seedream-5.0 size 額外支援: 4:5、5:4 (aspect ratio; 4:5 and 5:4 only on seedream-5.0)"""
    resolution: Literal["1K", "2K", "3K", "4K"] | None = None
    """解析度,可選值取決於模型,見各模型 Tab。seedream-5.0: resolution 可選值 2K、3K; seedream-4.5: 支援 4K 解析度 (2K/4K); seedream-4.0: 1K~4K 解析度. (Resolution; allowed values depend on the model.)"""
    n: int | None = None
    """生成數量,大於 1 時啟用組圖模式 (number of images; > 1 enables group mode). 組圖模式下,輸入參考圖數量 + 生成圖片數量 ≤ 15."""
    watermark: bool | None = None
    """是否新增浮水印 (whether to add a watermark)"""
    callback_url: str | None = None
    """任務完成時的 Webhook 回呼位址 (webhook URL called when the task completes)"""
    extra: CreateTaskExtra | None = None
    """透傳給上游的額外參數,詳見各模型 Tab (extra parameters passed through to the upstream model). output_format, response_format, stream, optimize_prompt_options and tools are documented in the seedream-5.0 tab; other keys are passed through."""


class CreateTaskExtra(GatewayModel):
    """透傳給上游的額外參數,詳見各模型 Tab (extra parameters passed through to the upstream model). output_format, response_format, stream, optimize_prompt_options and tools are documented in the seedream-5.0 tab; other keys are passed through."""

    model_config = ConfigDict(extra="allow")

    output_format: Literal["png", "jpeg"] | None = None
    """輸出圖片格式:png、jpeg (output image format)"""
    response_format: Literal["url", "b64_json"] | None = None
    """回傳格式:url(下載連結)或 b64_json(Base64) (return format: download link or Base64)"""
    stream: bool | None = None
    """串流輸出,即時回傳每張圖片結果 (streaming output, returns each image as it is ready)"""
    optimize_prompt_options: dict[str, Any] | None = None
    """提示詞最佳化配置 (prompt optimisation configuration). The English page lists two modes: standard — higher quality, longer processing time; fast — faster, lower quality (not supported in 5.0) (qingbo-seedream-en). The key that carries the mode is not shown in either page."""
    tools: list[CreateTaskExtraToolsItem] | None = None
    """模型工具,支援聯網搜尋提升時效性 (model tools; web search improves timeliness)"""


class TaskStatus(RootModel[Any]):
    """任務狀態 (task status): queued — submitted, waiting to be processed; processing — in progress, the progress field indicates progress (0–100); completed — done, result contains the output; failed — error contains the details; cancelled — cancelled (only queued tasks can be cancelled)."""

    model_config = ConfigDict(defer_build=True)

    root: Literal["queued", "processing", "completed", "failed", "cancelled"]


class TaskSubmitResponse(GatewayModel):
    """回應 (doc-004) — reply of POST /v1/tasks."""

    task_id: str | None = None
    """任務 ID"""
    model: str | None = None
    """使用的模型 ID"""
    action: str | None = None
    """操作類型"""
    status: Literal["queued", "processing", "completed", "failed", "cancelled"] | None = None
    """任務狀態 (task status): queued — submitted, waiting to be processed; processing — in progress, the progress field indicates progress (0–100); completed — done, result contains the output; failed — error contains the details; cancelled — cancelled (only queued tasks can be cancelled)."""
    created_at: int | None = None
    """建立時間(Unix 毫秒時間戳) (creation time, Unix ms; see x-conflicts: some examples use seconds)"""
    progress: int | None = None
    """進度,初始為 0 (progress, 0 at first)"""


class TaskObject(GatewayModel):
    """Task object returned by GET /v1/tasks/{task_id} (qingbo-task-status) and by POST /v1/tasks/sync when finished in time."""

    task_id: str | None = None
    """Unique task ID (returned at submission)"""
    status: Literal["queued", "processing", "completed", "failed", "cancelled"] | None = None
    """任務狀態 (task status): queued — submitted, waiting to be processed; processing — in progress, the progress field indicates progress (0–100); completed — done, result contains the output; failed — error contains the details; cancelled — cancelled (only queued tasks can be cancelled)."""
    action: str | None = None
    """Action type, identical to the value submitted (generate / edit / image2video, etc.)"""
    model: str | None = None
    """Model ID used (group_name)"""
    progress: int | None = None
    """Progress as an integer 0–100. 0 for queued / failed / cancelled, 100 for completed"""
    created_at: int | None = None
    """Creation time (Unix millisecond timestamp per the field list; examples use seconds)"""
    start_time: int | None = None
    """Start time; appears in one example only (not in the field list)"""
    completed_at: int | None = None
    """Completion time (Unix millisecond timestamp). Only present in completed / failed / cancelled states"""
    error: TaskError | None = None
    """Error details. Only present in the failed state: message — error description; code — error code (commonly task_failed)"""
    result: TaskResult | None = None
    """Generation result. Only present in the completed state. Depending on the task's media type the key is images / videos / audios (an array)."""
    urls: TaskUrls | None = None
    """Convenience action links so clients don't have to assemble URLs"""


class TaskError(GatewayModel):
    """Error details. Only present in the failed state: message — error description; code — error code (commonly task_failed)"""

    message: str | None = None
    """Error description"""
    code: str | None = None
    """Error code (commonly task_failed)"""


class TaskResult(GatewayModel):
    """Generation result. Only present in the completed state. Depending on the task's media type the key is images / videos / audios (an array)."""

    images: list[TaskResultItem] | None = None
    videos: list[TaskResultItem] | None = None
    audios: list[TaskResultItem] | None = None


class TaskResultItem(GatewayModel):
    url: str | list[str] | None = None
    """Result URL. The field list says string[] (always an array, even with a single element); the examples show a plain string. Both are accepted (see x-conflicts)."""
    expires_at: int | None = None
    """Unix timestamp; link expiration (default 3 days — doc-004 says image links are valid 24 hours)"""


class TaskUrls(GatewayModel):
    """Convenience action links so clients don't have to assemble URLs"""

    get: str | None = None
    """Current query endpoint"""
    cancel: str | None = None
    """Cancel-task endpoint"""


class SyncPendingResponse(GatewayModel):
    """超时未完成 (not completed within the sync timeout) — continue with GET /v1/tasks/{task_id}."""

    task_id: str | None = None
    status: Literal["queued", "processing", "completed", "failed", "cancelled"] | None = None
    """任務狀態 (task status): queued — submitted, waiting to be processed; processing — in progress, the progress field indicates progress (0–100); completed — done, result contains the output; failed — error contains the details; cancelled — cancelled (only queued tasks can be cancelled)."""
    progress: int | None = None
    poll_url: str | None = None
    """收到 poll_url 后,使用 GET /v1/tasks/{task_id} 继续轮询 (e.g. /v1/tasks/task_xxx)"""


class CreateTaskSyncResponse(RootModel[Any]):
    """Either the finished task object or the not-yet-finished reply with poll_url."""

    model_config = ConfigDict(defer_build=True)

    root: TaskObject | SyncPendingResponse


class CancelTaskResponse(GatewayModel):
    task_id: str | None = None
    status: Literal["queued", "processing", "completed", "failed", "cancelled"] | None = None
    """任務狀態 (task status): queued — submitted, waiting to be processed; processing — in progress, the progress field indicates progress (0–100); completed — done, result contains the output; failed — error contains the details; cancelled — cancelled (only queued tasks can be cancelled)."""
    refunded: bool | None = None
    """是否已退还配额 (whether the quota was refunded)"""
    refunded_quota: int | None = None
    """退还的配额数量 (amount of quota refunded)"""


class TaskErrorResponse(GatewayModel):
    """異步任務端點 (/v1/tasks/...) 錯誤格式 — 簡化格式,只 message + code (qingbo-request-response)"""

    error: TaskErrorResponseError | None = None


class CreateTaskExtraToolsItem(GatewayModel):
    model_config = ConfigDict(extra="allow")

    type: str | None = None


class TaskErrorResponseError(GatewayModel):
    message: str | None = None
    """具体的错误描述信息 (error description)"""
    code: str | None = None
    """错误码 (error code), e.g. task_failed"""
