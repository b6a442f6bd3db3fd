"""Articles from files, folders and stdin: the offline door into the same validation as Kafka.

Every record carries where it came from (file and line) so a bad record is reported
precisely while the good ones around it go on.
"""

from __future__ import annotations

import stat
import sys
from collections.abc import Iterator
from dataclasses import dataclass
from pathlib import Path
from typing import Any

import orjson

from streams.ingest.article import Article
from streams.ingest.validate import DEFAULT_LIMITS, Limits, Rejected, article_from_mapping

SUFFIXES = (".json", ".jsonl", ".txt")


@dataclass(frozen=True, slots=True)
class InputRecord:
    """One article read from a file, or the reason it could not be; `raw` is what publish sends."""

    origin: str
    article: Article | None
    raw: dict[str, Any] | None
    error: Rejected | None = None


def _from_object(origin: str, obj: Any, limits: Limits) -> InputRecord:
    if not isinstance(obj, dict):
        error = Rejected("not_object", f"expected a JSON object, got {type(obj).__name__}")
        return InputRecord(origin, None, None, error)
    if "published_at" not in obj and isinstance(obj.get("published"), str):
        # The annotated-article format names the date `published`; accept it for files.
        obj = {**obj, "published_at": obj["published"]}
    known = {"id", "text", "title", "url", "source", "published_at", "language"}
    raw = {k: v for k, v in obj.items() if k in known}
    try:
        return InputRecord(origin, article_from_mapping(raw, limits), raw)
    except Rejected as exc:
        return InputRecord(origin, None, raw, exc)


def _from_json_text(origin: str, text: str, limits: Limits) -> Iterator[InputRecord]:
    try:
        yield _from_object(origin, orjson.loads(text), limits)
    except orjson.JSONDecodeError as exc:
        yield InputRecord(origin, None, None, Rejected("not_json", f"not JSON: {exc}"))


def _from_jsonl(name: str, lines: Iterator[str], limits: Limits) -> Iterator[InputRecord]:
    for number, line in enumerate(lines, start=1):
        if line.strip():
            yield from _from_json_text(f"{name}:{number}", line, limits)


def _unreadable(path: Path) -> str | None:
    """Why `path` cannot be read as a file of articles, or None: opening a FIFO waits for a writer that may
    never come, and a symbolic-link loop has no end. Stdin (`-`) is the way to stream articles in."""
    try:
        mode = path.stat().st_mode
    except OSError as exc:
        return f"cannot be read: {exc.strerror}"
    if not stat.S_ISREG(mode):
        return "not a regular file (a FIFO, socket or device); pipe a stream to `-` (stdin) instead"
    return None


def _files_in(folder: Path) -> list[Path]:
    return sorted(p for p in folder.rglob("*") if p.suffix in SUFFIXES and not p.is_dir())


def read_path(path: Path, limits: Limits = DEFAULT_LIMITS) -> Iterator[InputRecord]:
    if path.is_dir():
        for child in _files_in(path):
            yield from read_path(child, limits)
        return
    if not path.exists() and not path.is_symlink():
        raise FileNotFoundError(f"{path}: no such file or folder")
    if (problem := _unreadable(path)) is not None:
        yield InputRecord(str(path), None, None, Rejected("unreadable", problem))
        return
    if path.suffix == ".jsonl":
        with path.open(encoding="utf-8", errors="strict") as fh:
            yield from _from_jsonl(str(path), fh, limits)
    elif path.suffix == ".json":
        yield from _from_json_text(str(path), path.read_text(encoding="utf-8"), limits)
    else:
        yield _from_object(str(path), {"id": path.stem, "text": path.read_text(encoding="utf-8")}, limits)


def read_stdin(limits: Limits = DEFAULT_LIMITS) -> Iterator[InputRecord]:
    """JSON lines when the input starts with `{`, otherwise one plain-text article."""
    data = sys.stdin.read()
    if data.lstrip().startswith("{"):
        yield from _from_jsonl("<stdin>", iter(data.splitlines()), limits)
    else:
        yield _from_object("<stdin>", {"id": "stdin", "text": data}, limits)


def read_inputs(source: str, limits: Limits = DEFAULT_LIMITS) -> Iterator[InputRecord]:
    return read_stdin(limits) if source == "-" else read_path(Path(source), limits)


def count_records(source: str) -> int | None:
    """Cheap upper bound for a progress bar; None when it cannot be known up front (stdin)."""
    if source == "-":
        return None
    path = Path(source)
    files = _files_in(path) if path.is_dir() else [path]
    total = 0
    for f in files:
        if _unreadable(f) is None and f.suffix == ".jsonl":
            with f.open("rb") as fh:
                total += sum(1 for line in fh if line.strip())
        else:
            total += 1
    return total
