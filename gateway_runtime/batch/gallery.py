"""``DIR/index.html``: a self-contained gallery of every job (no network, no external scripts).

Each job shows its outputs inline (images as thumbnails linking to the file, video and audio with
players, all by relative path), its prompt and key parameters, outcome, gateway message on
failure, cost and timings; buttons filter by outcome. Rebuilt from ``results.jsonl`` data at the
end of every run and by ``clientgen batch report DIR``.
"""

from __future__ import annotations

import html
import json
import os
from collections import Counter
from collections.abc import Iterable, Mapping
from pathlib import Path
from typing import IO, Any
from urllib.parse import quote

__all__ = ["GALLERY_FILE", "write_gallery"]

GALLERY_FILE = "index.html"
_IMAGE = {".png", ".jpg", ".jpeg", ".webp", ".gif", ".bmp", ".avif"}
_VIDEO = {".mp4", ".webm", ".mov", ".m4v"}
_AUDIO = {".mp3", ".wav", ".m4a", ".ogg", ".flac", ".aac", ".opus"}
_PROMPT_KEYS = ("prompt", "input", "text", "description", "query", "lyrics")
_OUTCOMES = ("succeeded", "failed", "running", "uncertain", "not_started", "invalid")

_STYLE = """
body{font:14px/1.4 system-ui,sans-serif;margin:1rem;background:#fafafa;color:#222}
h1{font-size:1.3rem;margin:.2rem 0 .6rem}
nav button{margin:0 .3rem .6rem 0;padding:.3rem .7rem;border:1px solid #bbb;border-radius:1rem;
background:#fff;cursor:pointer}
nav button.on{background:#222;color:#fff}
main{display:grid;grid-template-columns:repeat(auto-fill,minmax(240px,1fr));gap:.8rem}
article{background:#fff;border:1px solid #ddd;border-radius:.5rem;padding:.6rem;overflow:hidden}
article header{display:flex;justify-content:space-between;gap:.5rem;word-break:break-all}
.badge{font-size:.75rem;padding:.05rem .45rem;border-radius:.6rem;background:#eee;white-space:nowrap}
.succeeded .badge{background:#d8f5d8}.failed .badge{background:#fbd6d6}
.running .badge{background:#fff1c2}.uncertain .badge{background:#f3d9fa}
.media{display:flex;flex-wrap:wrap;gap:.3rem;margin:.4rem 0}
.media img{width:110px;height:110px;object-fit:cover;border-radius:.3rem;background:#eee}
.media video{width:100%;max-height:200px}.media audio{width:100%}
.prompt{margin:.3rem 0;max-height:6em;overflow:auto}
dl{display:grid;grid-template-columns:auto 1fr;gap:0 .5rem;margin:.3rem 0;font-size:.85rem}
dt{color:#666}dd{margin:0;word-break:break-all}
.error{color:#a00;font-size:.85rem}.meta{color:#666;font-size:.8rem;margin:.2rem 0 0}
[hidden]{display:none}
"""

_SCRIPT = """
document.querySelectorAll('nav button').forEach(function (b) {
  b.addEventListener('click', function () {
    var want = b.getAttribute('data-filter');
    document.querySelectorAll('nav button').forEach(function (o) { o.classList.toggle('on', o === b); });
    document.querySelectorAll('main article').forEach(function (a) {
      a.hidden = want !== 'all' && a.getAttribute('data-outcome') !== want;
    });
  });
});
"""


def _esc(value: Any) -> str:
    return html.escape(str(value), quote=True)


def _media(files: Iterable[str]) -> str:
    parts = []
    for name in files:
        href = quote(name.replace(os.sep, "/"))
        ext = os.path.splitext(name)[1].lower()
        if ext in _IMAGE:
            parts.append(
                f'<a href="{href}"><img src="{href}" loading="lazy" alt="{_esc(name)}"></a>'
            )
        elif ext in _VIDEO:
            parts.append(f'<video controls preload="none" src="{href}"></video>')
        elif ext in _AUDIO:
            parts.append(f'<audio controls preload="none" src="{href}"></audio>')
        else:
            parts.append(f'<a href="{href}">{_esc(os.path.basename(name))}</a>')
    return f'<div class="media">{"".join(parts)}</div>' if parts else ""


def _prompt_and_params(payload: Mapping[str, Any] | None) -> str:
    if not isinstance(payload, Mapping):
        return ""
    prompt = next((payload[k] for k in _PROMPT_KEYS if isinstance(payload.get(k), str)), None)
    out = f'<p class="prompt">{_esc(prompt)}</p>' if prompt else ""
    rows: list[str] = []
    for key, value in payload.items():
        if key in _PROMPT_KEYS and value == prompt:
            continue
        if isinstance(value, str | int | float | bool) and len(rows) < 8:
            rows.append(f"<dt>{_esc(key)}</dt><dd>{_esc(str(value)[:120])}</dd>")
    return out + (f"<dl>{''.join(rows)}</dl>" if rows else "")


def _card(item: Mapping[str, Any], payload: Mapping[str, Any] | None) -> str:
    outcome = str(item.get("outcome"))
    head = (
        f"<header><b>{_esc(item.get('id'))}</b>"
        f'<span class="badge">{_esc(outcome.replace("_", " "))}</span></header>'
    )
    body = _media(item.get("files") or []) + _prompt_and_params(payload)
    error = item.get("error")
    if isinstance(error, Mapping):
        code = error.get("code")
        body += (
            f'<p class="error">{_esc(code) + ": " if code is not None else ""}'
            f"{_esc(error.get('message') or '')}</p>"
        )
    for problem in item.get("problems") or []:
        body += f'<p class="error">{_esc(problem)}</p>'
    if item.get("note"):
        body += f'<p class="error">{_esc(item["note"])}</p>'
    meta = [f"line {item.get('line')}"]
    if item.get("task_id"):
        meta.append(f"task {_esc(item['task_id'])}")
    cost = item.get("reported_cost") if item.get("reported_cost") is not None else item.get("price")
    if cost is not None:
        meta.append(f"cost {cost:g}")
    if item.get("seconds") is not None:
        meta.append(f"{item['seconds']:.1f}s")
    body += f'<p class="meta">{" · ".join(meta)}</p>'
    return (
        f'<article class="{_esc(outcome)}" data-outcome="{_esc(outcome)}">{head}{body}</article>\n'
    )


def write_gallery(
    out: Path, title: str, items: Iterable[tuple[Mapping[str, Any], Mapping[str, Any] | None]]
) -> Path:
    """Write ``out/index.html`` from (result line, payload) pairs; return its path."""
    final = out / GALLERY_FILE
    temp = out / f".{GALLERY_FILE}.tmp"
    body = out / f".{GALLERY_FILE}.body.tmp"
    counts: Counter[str] = Counter()
    with body.open("w", encoding="utf-8") as cards:
        for item, payload in items:
            counts[str(item.get("outcome"))] += 1
            cards.write(_card(item, payload))
    with temp.open("w", encoding="utf-8") as page:
        _head(page, title, counts)
        with body.open(encoding="utf-8") as cards:
            for chunk in iter(lambda: cards.read(1 << 16), ""):
                page.write(chunk)
        page.write(f"</main><script>{_SCRIPT}</script></body></html>\n")
    body.unlink()
    os.replace(temp, final)
    return final


def _head(page: IO[str], title: str, counts: Counter[str]) -> None:
    buttons = [f'<button class="on" data-filter="all">all {sum(counts.values())}</button>']
    for outcome in _OUTCOMES:
        if counts[outcome]:
            label = outcome.replace("_", " ")
            buttons.append(f'<button data-filter="{outcome}">{label} {counts[outcome]}</button>')
    page.write(
        '<!doctype html><html lang="en"><head><meta charset="utf-8">'
        '<meta name="viewport" content="width=device-width,initial-scale=1">'
        '<link rel="icon" href="data:,">'
        f"<title>{_esc(title)}</title><style>{_STYLE}</style></head><body>"
        f"<h1>{_esc(title)}</h1><nav>{''.join(buttons)}</nav><main>\n"
    )


def payload_of(item: Mapping[str, Any], text: str | None) -> Mapping[str, Any] | None:
    """The job's payload from its stored JSON text (``None`` for invalid lines)."""
    if text is None:
        return None
    data = json.loads(text)
    return data if isinstance(data, Mapping) else None
