"""Articles from files, folders and stdin: the offline door into the same validation as Kafka.

Every record carries where it came from (file and line) so a bad record is reported
precisely while the good ones around it go on.

Plain text (a `.txt` file, or stdin that is not JSON lines) follows one convention: the
first line is the title when a blank line follows it (and it is at most `MAX_TITLE_CHARS`
long); the rest is the text. A `.txt` file's id is its file name without the suffix (read
from a folder: its path below the folder, e.g. `council/notes`); a plain text from stdin gets
`text-` + a hash of its text, so two different texts never share an id (a Kafka key, a
duplicate check) and the same text always gets the same one.
`TextDefaults` lets the caller name the id and the publication date that plain text lacks.
"""

from __future__ import annotations

import hashlib
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
MAX_TITLE_CHARS = 300
STDIN_ID_PREFIX = "text-"


@dataclass(frozen=True, slots=True)
class TextDefaults:
    """What a caller supplies for articles that lack it: `id` for one plain text, `published_at` for any."""

    id: str | None = None
    published_at: str | None = None


NO_DEFAULTS = TextDefaults()


class NotPlainText(ValueError):
    """An id was given for one plain-text article, but the input is not one."""


@dataclass(frozen=True, slots=True)
class InputRecord:
    """One article read from a file, or the reason it could not be; `raw` is what publish sends."""

    origin: str
    article: Article | None
    raw: dict[str, Any] | None
    error: Rejected | None = None


def plain_text_article(text: str, default_id: str) -> dict[str, str]:
    """The plain-text convention (module docstring): optional title line, blank line, text."""
    first, sep, rest = text.lstrip("\ufeff").partition("\n")
    title = first.strip()
    if sep and title and len(title) <= MAX_TITLE_CHARS and rest.lstrip(" \t\r").startswith("\n"):
        return {"id": default_id, "title": title, "text": rest.strip("\r\n")}
    return {"id": default_id, "text": text}


def text_id(text: str) -> str:
    """Stable per text: the same text from stdin always gets the same id, two texts never share one."""
    return STDIN_ID_PREFIX + hashlib.sha256(text.encode("utf-8", "surrogatepass")).hexdigest()[:16]


def _from_object(origin: str, obj: Any, limits: Limits, defaults: TextDefaults = NO_DEFAULTS) -> InputRecord:
    if not isinstance(obj, dict):
        error = Rejected("not_object", f"expected a JSON object, got {type(obj).__name__}")
        return InputRecord(origin, None, None, error)
    if "published_at" not in obj and isinstance(obj.get("published"), str):
        # The annotated-article format names the date `published`; accept it for files.
        obj = {**obj, "published_at": obj["published"]}
    if obj.get("published_at") is None and defaults.published_at is not None:
        obj = {**obj, "published_at": defaults.published_at}
    known = {"id", "text", "title", "url", "source", "published_at", "language"}
    raw = {k: v for k, v in obj.items() if k in known}
    try:
        return InputRecord(origin, article_from_mapping(raw, limits), raw)
    except Rejected as exc:
        return InputRecord(origin, None, raw, exc)


def _from_json_text(origin: str, text: str, limits: Limits, defaults: TextDefaults) -> Iterator[InputRecord]:
    try:
        yield _from_object(origin, orjson.loads(text), limits, defaults)
    except orjson.JSONDecodeError as exc:
        yield InputRecord(origin, None, None, Rejected("not_json", f"not JSON: {exc}"))


def _not_utf8(origin: str, exc: UnicodeDecodeError) -> InputRecord:
    """The same reason a Kafka message that is not UTF-8 gets, where the bytes came from."""
    return InputRecord(origin, None, None, Rejected("not_utf8", f"not valid UTF-8 text at byte {exc.start}"))


def _from_jsonl(name: str, lines: Iterator[bytes], limits: Limits, defaults: TextDefaults) -> Iterator[InputRecord]:
    """Decoded line by line: one line of bad bytes is one rejected record, not the end of the file."""
    for number, raw in enumerate(lines, start=1):
        try:
            line = raw.decode("utf-8")
        except UnicodeDecodeError as exc:
            yield _not_utf8(f"{name}:{number}", exc)
            continue
        if line.strip():
            yield from _from_json_text(f"{name}:{number}", line, limits, defaults)


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


def _from_plain_text(origin: str, text: str, default_id: str, limits: Limits,
                     defaults: TextDefaults) -> InputRecord:
    return _from_object(origin, plain_text_article(text, defaults.id or default_id), limits, defaults)


def read_path(path: Path, limits: Limits = DEFAULT_LIMITS, defaults: TextDefaults = NO_DEFAULTS
              ) -> Iterator[InputRecord]:
    if path.is_dir():
        for child in _files_in(path):
            # In a folder, a .txt article's id is its path below the folder: two notes.txt never share one.
            yield from _read_file(child, child.relative_to(path).with_suffix("").as_posix(), limits, defaults)
        return
    if not path.exists() and not path.is_symlink():
        raise FileNotFoundError(f"{path}: no such file or folder")
    yield from _read_file(path, path.stem, limits, defaults)


def _read_file(path: Path, text_id: str, limits: Limits, defaults: TextDefaults) -> Iterator[InputRecord]:
    if (problem := _unreadable(path)) is not None:
        yield InputRecord(str(path), None, None, Rejected("unreadable", problem))
        return
    if path.suffix == ".jsonl":
        with path.open("rb") as fh:
            yield from _from_jsonl(str(path), fh, limits, defaults)
        return
    try:
        text = path.read_bytes().decode("utf-8")
    except UnicodeDecodeError as exc:
        yield _not_utf8(str(path), exc)
        return
    if path.suffix == ".json":
        yield from _from_json_text(str(path), text, limits, defaults)
    else:
        yield _from_plain_text(str(path), text, text_id, limits, defaults)


def read_stdin(limits: Limits = DEFAULT_LIMITS, defaults: TextDefaults = NO_DEFAULTS) -> Iterator[InputRecord]:
    """JSON lines when the input starts with `{`, otherwise one plain-text article."""
    data = sys.stdin.buffer.read()
    if data.lstrip().startswith(b"{"):
        if defaults.id is not None:
            raise NotPlainText("an id for one plain-text article was given, but stdin holds JSON lines")
        yield from _from_jsonl("<stdin>", iter(data.splitlines()), limits, defaults)
        return
    try:
        text = data.decode("utf-8")
    except UnicodeDecodeError as exc:
        yield _not_utf8("<stdin>", exc)
        return
    yield _from_plain_text("<stdin>", text, text_id(text), limits, defaults)


def read_inputs(source: str, limits: Limits = DEFAULT_LIMITS, defaults: TextDefaults = NO_DEFAULTS
                ) -> Iterator[InputRecord]:
    """`defaults.id` names a plain-text article; callers allow it only for a single one (`single_text`)."""
    return read_stdin(limits, defaults) if source == "-" else read_path(Path(source), limits, defaults)


def single_text(source: str) -> bool:
    """Whether `--id` can apply: stdin (checked again when read) or one `.txt` file."""
    return source == "-" or (Path(source).suffix == ".txt" and Path(source).is_file())


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
