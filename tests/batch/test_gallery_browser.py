"""The gallery in a real headless Chromium: it loads without console errors, the screenshot shows
each thumbnail's own image, and the outcome filter works. Slow group; ``make test-slow`` installs
Chromium and its driver (Debian packages) when they are missing.

No traffic leaves 127.0.0.0/8: the page is a local file, and Chromium's resolver maps every host
but 127.0.0.1 to "not found" (``--host-resolver-rules``) with background networking off.
"""

from __future__ import annotations

import shutil
from collections.abc import Iterator
from pathlib import Path
from typing import Any

import pytest

from gateway_runtime.batch import run_batch
from generated.qingbo import Qingbo
from generator.simulator import Faults, Simulator

from .helpers import KEY, results, write_jobs
from .pngread import pixel, read_png

pytestmark = pytest.mark.slow

CHROMIUM = shutil.which("chromium") or "/usr/bin/chromium"
DRIVER = shutil.which("chromedriver") or "/usr/bin/chromedriver"
FLAGS = (
    "--headless=new",
    "--no-sandbox",
    "--disable-gpu",
    "--disable-dev-shm-usage",
    "--disable-background-networking",
    "--disable-component-update",
    "--disable-default-apps",
    "--disable-extensions",
    "--disable-sync",
    "--no-first-run",
    "--no-default-browser-check",
    "--metrics-recording-only",
    "--disable-features=Translate,OptimizationHints,MediaRouter,AutofillServerCommunication",
    "--host-resolver-rules=MAP * ~NOTFOUND , EXCLUDE 127.0.0.1",
    "--window-size=1280,900",
    "--force-device-scale-factor=1",
)


@pytest.fixture
def browser() -> Iterator[Any]:
    from selenium import webdriver
    from selenium.webdriver.chrome.service import Service

    options = webdriver.ChromeOptions()
    options.binary_location = CHROMIUM
    for flag in FLAGS:
        options.add_argument(flag)
    options.set_capability("goog:loggingPrefs", {"browser": "ALL"})
    driver = webdriver.Chrome(options=options, service=Service(executable_path=DRIVER))
    try:
        yield driver
    finally:
        driver.quit()


def _visible_images_loaded(driver: Any) -> bool:
    return bool(
        driver.execute_script(
            "const imgs = Array.from(document.images).filter("
            "  i => i.getBoundingClientRect().top < innerHeight);"
            "return imgs.length > 0 && imgs.every(i => i.complete && i.naturalWidth > 0);"
        )
    )


def test_gallery_shows_thumbnails_without_console_errors(
    browser: Any, tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    from selenium.webdriver.support.ui import WebDriverWait

    monkeypatch.setenv("GATEWAY_JOURNAL", str(tmp_path / "journal.sqlite3"))
    out = tmp_path / "out"
    jobs = write_jobs(tmp_path / "jobs.jsonl", 12)
    with (
        Simulator("qingbo", polls=2, faults=Faults(fail_rate=0.4), seed=3) as sim,
        Qingbo(api_key=KEY, base_url=sim.url) as client,
    ):
        summary = run_batch(
            client, "tasks.create", jobs, out=out, poll_interval=0.01, progress=False
        )
    failed = summary.outcomes["failed"]
    assert 0 < failed < 12
    browser.get((out / "index.html").as_uri())
    WebDriverWait(browser, 20).until(_visible_images_loaded)
    errors = [e for e in browser.get_log("browser") if e["level"] in ("SEVERE", "ERROR")]
    assert errors == []
    shot = read_png(browser.get_screenshot_as_png())
    first = next(line for line in results(out).values() if line["outcome"] == "succeeded")
    rect = browser.execute_script(
        "const r = document.querySelector(arguments[0]).getBoundingClientRect();"
        "return [r.left + r.width / 2, r.top + r.height / 2];",
        f'img[src="{first["files"][0]}"]',
    )
    source = read_png((out / first["files"][0]).read_bytes())
    want = pixel(source, source[0] // 2, source[1] // 2)
    seen = pixel(shot, int(rect[0]), int(rect[1]))
    assert all(abs(a - b) <= 16 for a, b in zip(want, seen, strict=True)), (want, seen)
    (tmp_path / "gallery.png").write_bytes(browser.get_screenshot_as_png())
    # The outcome filter: only the failed jobs stay visible, each with its gateway message.
    browser.find_element("css selector", 'nav button[data-filter="failed"]').click()
    shown = browser.execute_script(
        "return Array.from(document.querySelectorAll('main article'))"
        ".filter(a => !a.hidden).map(a => [a.dataset.outcome, a.querySelector('.error') !== null]);"
    )
    assert shown == [["failed", True]] * failed
