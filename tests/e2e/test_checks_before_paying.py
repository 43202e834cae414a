"""Nothing is paid before the local checks pass: a task submit given ``download_to=`` proves the
folder can take the files before anything is sent (sync and async clients, on the simulator);
``task.download()`` then saves there. Plus the names: a document field keeps its name even when
it is a runtime keyword's, which then takes the ``request_`` prefix; no generated argument keeps
a trailing underscore except a Python keyword's."""

from __future__ import annotations

import asyncio
import inspect
import keyword
from pathlib import Path

import pytest

from gateway_runtime import DownloadError, GatewayClientError, RequestOptions
from gateway_runtime.interrupt import TaskInterrupted
from generated.qingbo import AsyncQingbo, Qingbo
from generated.uniall import AsyncUniAll, UniAll
from generator.simulator import running

KEY = "sk-checks-0123456789abcdef"


@pytest.fixture(autouse=True)
def _journal(monkeypatch: pytest.MonkeyPatch, tmp_path: Path) -> None:
    monkeypatch.setenv("GATEWAY_JOURNAL", str(tmp_path / "journal.sqlite3"))


def _unwritable(tmp_path: Path) -> list[Path]:
    """Folders no one (root included) can create: a file's name, a folder under a file."""
    taken = tmp_path / "taken.txt"
    taken.write_text("a file, not a folder")
    return [taken, taken / "sub"]


@pytest.mark.parametrize("asynchronous", [False, True])
def test_download_to_that_cannot_take_files_is_refused_before_the_submit(
    asynchronous: bool, tmp_path: Path
) -> None:
    photo = tmp_path / "ref.png"
    photo.write_bytes(b"\x89PNG\r\n\x1a\n" + b"\0" * 16)
    with running("qingbo", record=True) as sim:
        for folder in _unwritable(tmp_path):
            kwargs = {
                "model": "seedream-5.0",
                "prompt": "a cat",
                "image_urls": [photo],  # a local file: not even read before the folder is proven
                "download_to": folder,
            }
            if asynchronous:

                async def submit(kw: dict[str, object] = kwargs) -> None:
                    async with AsyncQingbo(api_key=KEY, base_url=sim.url) as client:
                        await client.tasks.create(**kw)  # type: ignore[arg-type]

                with pytest.raises(DownloadError) as caught:
                    asyncio.run(submit())
            else:
                with Qingbo(api_key=KEY, base_url=sim.url) as client:
                    with pytest.raises(DownloadError) as caught:
                        client.tasks.create(**kwargs)  # type: ignore[arg-type]
            message = str(caught.value)
            assert str(folder) in message and "nothing was sent" in message, message
        assert sim.count() == 0 and sim.submits() == 0 and sim.requests == []


def test_download_to_is_where_download_saves_sync(tmp_path: Path) -> None:
    out = tmp_path / "new" / "results"  # created by the check, before the submit
    with (
        running("qingbo", polls=1, record=True) as sim,
        Qingbo(api_key=KEY, base_url=sim.url) as client,
    ):
        task = client.tasks.create(model="seedream-5.0", prompt="a cat", n=2, download_to=out)
        assert out.is_dir() and list(out.iterdir()) == []  # the probe left nothing behind
        paths = task.download(timeout=30)
    assert sim.submits() == 1
    assert len(paths) == 2 and all(p.parent == out and p.stat().st_size > 0 for p in paths)


def test_download_to_is_where_download_saves_async(tmp_path: Path) -> None:
    out = tmp_path / "async-results"

    async def main() -> list[Path]:
        async with AsyncQingbo(api_key=KEY, base_url=sim.url) as client:
            task = await client.tasks.create(model="seedream-5.0", prompt="a cat", download_to=out)
            return await task.download(timeout=30)

    with running("qingbo", polls=1) as sim:
        paths = asyncio.run(main())
        assert sim.submits() == 1
    assert paths and all(p.parent == out for p in paths)


def test_download_without_a_folder_says_how_to_give_one(tmp_path: Path) -> None:
    with running("qingbo", polls=1) as sim, Qingbo(api_key=KEY, base_url=sim.url) as client:
        task = client.tasks.create(model="seedream-5.0", prompt="a cat")
        with pytest.raises(GatewayClientError, match="download_to= when submitting"):
            task.download()


def test_ctrl_c_resume_command_names_the_download_to_folder(
    monkeypatch: pytest.MonkeyPatch, tmp_path: Path
) -> None:
    import gateway_runtime.tasks as tasks_module

    def interrupted(*_args: object, **_kw: object) -> object:
        raise KeyboardInterrupt

    out = tmp_path / "out"
    with running("qingbo") as sim, Qingbo(api_key=KEY, base_url=sim.url) as client:
        task = client.tasks.create(model="seedream-5.0", prompt="a cat", download_to=out)
        monkeypatch.setattr(tasks_module, "run_sync", interrupted)
        with pytest.raises(TaskInterrupted) as caught:
            task.wait()
    assert caught.value.commands == [
        f"clientgen tasks resume {task.id} --gateway qingbo --download {out}"
    ]


def test_a_field_named_like_a_runtime_keyword_keeps_its_name() -> None:
    """UniAll documents a body field ``extra_body``: ``extra_body=`` sets that field (as the
    document says); the runtime's merge-into-the-body keyword is ``request_extra_body=``."""
    with running("uniall", record=True) as sim, UniAll(api_key=KEY, base_url=sim.url) as client:
        client.video.generations.create(
            model="viduq3p-720p",
            prompt="a cat",
            duration=5,
            extra_body={"audio": False, "seed": 42},
            request_extra_body={"top_level": 1},
            options=RequestOptions(max_retries=0),
        )
    sent = next(r for r in sim.requests if r.method == "POST").json()
    assert sent["extra_body"] == {"audio": False, "seed": 42}
    assert sent["top_level"] == 1 and "request_extra_body" not in sent


def test_async_field_named_like_a_runtime_keyword_keeps_its_name() -> None:
    async def main() -> None:
        async with AsyncUniAll(api_key=KEY, base_url=sim.url) as client:
            await client.video.generations.create(
                model="viduq3p-720p", prompt="a cat", duration=5, extra_body={"bgm": True}
            )

    with running("uniall", record=True) as sim:
        asyncio.run(main())
    sent = next(r for r in sim.requests if r.method == "POST").json()
    assert sent["extra_body"] == {"bgm": True}


def test_no_generated_argument_keeps_a_trailing_underscore() -> None:
    """Every gateway's every method: only Python keywords keep PEP 8's ``_`` (``from_``)."""
    import generated.buble.client
    import generated.gptnb.client
    import generated.qingbo.client
    import generated.uniall.client
    import generated.uniapi.client

    modules = (
        generated.buble.client,
        generated.gptnb.client,
        generated.qingbo.client,
        generated.uniall.client,
        generated.uniapi.client,
    )
    seen = 0
    for module in modules:
        for cls in vars(module).values():
            if not inspect.isclass(cls) or cls.__module__ != module.__name__:
                continue
            for method in vars(cls).values():
                if not inspect.isfunction(method):
                    continue
                for name in inspect.signature(method).parameters:
                    seen += 1
                    if name.endswith("_"):
                        stem = name[:-1]
                        assert keyword.iskeyword(stem) or keyword.issoftkeyword(stem), (
                            f"{module.__name__}.{cls.__name__}.{method.__name__}: {name}"
                        )
    assert seen > 1000


@pytest.mark.parametrize("asynchronous", [False, True])
def test_a_download_failing_after_the_payment_says_how_to_fetch_again(
    asynchronous: bool, tmp_path: Path
) -> None:
    """The file's own name is taken by a folder (known only once the task id is): the
    ``DownloadError`` carries a note that the task succeeded and how to fetch its files again."""
    from gateway_runtime._saving import stem_for

    out = tmp_path / "out"
    task_id = "sim-image-000001"
    (out / f"{stem_for(task_id, always_hash=True)}-0.png").mkdir(parents=True)
    with running("qingbo", polls=1) as sim:
        if asynchronous:

            async def main() -> None:
                async with AsyncQingbo(api_key=KEY, base_url=sim.url) as client:
                    task = await client.tasks.create(
                        model="seedream-5.0", prompt="a cat", download_to=out
                    )
                    await task.download(timeout=30)

            with pytest.raises(DownloadError) as caught:
                asyncio.run(main())
        else:
            with Qingbo(api_key=KEY, base_url=sim.url) as client:
                task = client.tasks.create(model="seedream-5.0", prompt="a cat", download_to=out)
                with pytest.raises(DownloadError) as caught:
                    task.download(timeout=30)
    notes = getattr(caught.value, "__notes__", [])
    assert notes == [
        f"task {task_id} (qingbo) succeeded; fetch its files again with task.download() or: "
        f"clientgen tasks resume {task_id} --gateway qingbo --download {out}"
    ]
