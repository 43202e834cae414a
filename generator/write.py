"""Write generated packages: format with ruff, then replace each package directory atomically.

Nothing is written until every package has rendered and formatted; a package directory is swapped in
whole, so a failure never leaves partial output. ``check`` compares instead of writing.
Packages are world-readable whatever the umask (folders 0755, files 0644): clients generated
by one user are imported by others (a shared virtualenv, a container image).
"""

from __future__ import annotations

import shutil
import subprocess
import tempfile
from pathlib import Path

from ruff.__main__ import find_ruff_bin  # type: ignore[import-untyped]

from generator.problems import Problem, SpecError

DIR_MODE = 0o755
FILE_MODE = 0o644

# The runtime is named first-party explicitly: ruff would otherwise decide from the working
# directory, and imports would sort differently when generating from elsewhere.
RUFF_SETTINGS = (
    "--config",
    "line-length=100",
    "--config",
    "target-version='py311'",
    "--config",
    "lint.isort.known-first-party=['gateway_runtime']",
)


def _ruff_problems(output: str, root: Path, sources: dict[str, str]) -> list[Problem]:
    """Ruff's complaints about generated code, each naming the spec it came from (a generator bug)."""
    problems = []
    for line in output.splitlines() or ["(no message)"]:
        text = line.replace(str(root) + "/", "")
        package = text.split("/", 1)[0].split("Failed to parse ", 1)[-1]
        source = sources.get(package, "")
        problems.append(
            Problem(
                source or "generated code",
                None,
                "",
                f"internal: ruff rejected the generated code ({' '.join(text.split())}); please report",
            )
        )
    return problems


def _formatted(rel: str, text: str) -> bool:
    """Whether ruff has anything to format in the file: Python, and Markdown with fenced blocks
    (ruff formats their Python); not JSON, TOML or fence-free Markdown (a changelog)."""
    return rel.endswith((".py", ".pyi")) or (rel.endswith(".md") and "```" in text)


def format_files(
    files: dict[str, dict[str, str]], sources: dict[str, str] | None = None
) -> dict[str, dict[str, str]]:
    """Format the Python files of every package with ruff (import sorting, then the formatter).

    sources maps each package to the spec it came from, so a failure names that spec.
    """
    sources = sources or {}
    # Decided once per file (a Markdown file is searched for fences): megabytes of JSON that ruff
    # would not touch are kept as they are, never written to the temp folder.
    chosen = {
        (package, rel)
        for package, contents in files.items()
        for rel, text in contents.items()
        if _formatted(rel, text)
    }
    if not chosen:
        return {package: dict(contents) for package, contents in files.items()}  # no ruff to run
    with tempfile.TemporaryDirectory(prefix="gen-format-") as tmp:
        root = Path(tmp)
        for package, contents in files.items():
            for rel, text in contents.items():
                if (package, rel) not in chosen:
                    continue
                target = root / package / rel
                target.parent.mkdir(parents=True, exist_ok=True)
                target.write_text(text, encoding="utf-8")
        check = [
            find_ruff_bin(),
            "check",
            "--isolated",
            *RUFF_SETTINGS,
            *("--config", f"src=[{str(root)!r}]"),
            "--select",
            "I,F401,UP,RUF022",
            "--fix",
            "--unsafe-fixes",
            "--quiet",
            "--exit-zero",
            "--no-cache",
            str(root),
        ]
        fmt = [
            find_ruff_bin(),
            "format",
            "--isolated",
            *RUFF_SETTINGS,
            "--quiet",
            "--no-cache",
            str(root),
        ]
        for command in (check, fmt):
            result = subprocess.run(command, capture_output=True, text=True, check=False, cwd=root)
            if result.returncode != 0:
                raise SpecError(_ruff_problems(result.stderr + result.stdout, root, sources))
        return {
            package: {
                rel: (root / package / rel).read_text(encoding="utf-8")
                if (package, rel) in chosen
                else text
                for rel, text in contents.items()
            }
            for package, contents in files.items()
        }


def differences(out_dir: Path, files: dict[str, dict[str, str]]) -> list[str]:
    """Relative paths whose content on disk differs from files (missing, changed or extra)."""
    changed: list[str] = []
    for package, contents in sorted(files.items()):
        folder = out_dir / package
        on_disk = (
            {
                p.relative_to(folder).as_posix()
                for p in folder.rglob("*")
                if p.is_file() and "__pycache__" not in p.parts
            }
            if folder.is_dir()
            else set()
        )
        for rel in sorted(on_disk | set(contents)):
            path = folder / rel
            if (
                rel not in contents
                or rel not in on_disk
                or path.read_text(encoding="utf-8") != contents[rel]
            ):
                changed.append(f"{package}/{rel}")
    return changed


def write_packages(out_dir: Path, files: dict[str, dict[str, str]], *, init_root: bool) -> None:
    """Swap each package directory in whole; write ``__init__.py`` of out_dir when init_root."""
    if not out_dir.exists():
        out_dir.mkdir(parents=True)
        out_dir.chmod(DIR_MODE)
    staged: list[tuple[Path, Path]] = []
    try:
        for package, contents in sorted(files.items()):
            stage = Path(tempfile.mkdtemp(prefix=f".{package}-", dir=out_dir))
            staged.append((stage, out_dir / package))
            for rel, text in contents.items():
                target = stage / rel
                target.parent.mkdir(parents=True, exist_ok=True)
                target.write_text(text, encoding="utf-8")
            _open_up(stage)
    except OSError:
        for stage, _ in staged:
            shutil.rmtree(stage, ignore_errors=True)
        raise
    for stage, final in staged:
        old = None
        if final.exists():
            old = final.with_name(f".{final.name}-old")
            shutil.rmtree(old, ignore_errors=True)
            final.rename(old)
        stage.rename(final)
        if old is not None:
            shutil.rmtree(old, ignore_errors=True)
    if init_root:
        init = out_dir / "__init__.py"
        text = '"""Generated gateway clients: one package per spec in specs/; rewritten by `make generate`."""\n'
        if not init.exists() or init.read_text(encoding="utf-8") != text:
            init.write_text(text, encoding="utf-8")
        init.chmod(FILE_MODE)


def _open_up(folder: Path) -> None:
    """Folders 0755 and files 0644 under (and including) folder, whatever the umask."""
    folder.chmod(DIR_MODE)
    for path in folder.rglob("*"):
        path.chmod(DIR_MODE if path.is_dir() else FILE_MODE)


__all__ = ["differences", "format_files", "write_packages"]
