"""Validation at the door: every raw message becomes an Article or a `Rejected` with a reason code.

The checks run cheapest first and bound memory before anything is parsed, so a hostile
message costs little: size, UTF-8, JSON, nesting depth, then the schema.
"""

from __future__ import annotations

import datetime as dt
import re
from dataclasses import dataclass
from typing import Any

import orjson

from streams import schemas
from streams.ingest.article import Article

DEFAULT_MAX_MESSAGE_BYTES = 2 * 1024 * 1024
DEFAULT_MAX_TEXT_CHARS = 200_000
# Every produced message must fit the producer's request limit (Faust's producer_max_request_size
# and Kafka's message.max.bytes both default to about 1 MB); the margin covers key, headers and
# record overhead. A larger message would be refused by the client on every retry, forever.
DEFAULT_MAX_OUTPUT_BYTES = 1_000_000 - 8_192
# spaCy's tokenizer peels punctuation off a whitespace-free chunk one character at a time,
# quadratically: 2,000 quotation marks in a row take ~1 s, 18,000 took 90 s. Prose never has
# more than a handful in a row, so a long run is refused before it can stall the worker.
DEFAULT_MAX_SYMBOL_RUN = 1_000
# The same rescanning makes every unbroken stretch (no whitespace) cost about its length times
# the punctuation marks in it: 20 stretches of 999 marks took 5 s, one stretch of "a:" × 10,000
# took 6.5 s. Prose has no stretch this long but URLs; the budget is five longest allowed runs.
LONG_STRETCH = 64
DEFAULT_MAX_STRETCH_COST = 5 * DEFAULT_MAX_SYMBOL_RUN**2
# The parse costs per token (~0.25 ms on 2 cores): 100,000 one-letter words fit the character
# limit and took 30 s. Prose has about 5 characters per token; this allows 4 (50,000 by default).
CHARS_PER_TOKEN = 4
MAX_DEPTH = 16
_SYMBOL_RUN = re.compile(r"[^\w\s]+")
_SYMBOL = re.compile(r"[^\w\s]")
_LONG_STRETCH = re.compile(rf"\S{{{LONG_STRETCH},}}")


class Rejected(ValueError):
    """A raw message that cannot become an article; `reason` is a stable code for metrics."""

    def __init__(self, reason: str, message: str, article_id: str | None = None) -> None:
        super().__init__(message)
        self.reason = reason
        self.message = message
        self.article_id = article_id


@dataclass(frozen=True, slots=True)
class Limits:
    """Memory and message-size bounds; `max_output_bytes` applies to every message the worker produces."""

    max_message_bytes: int = DEFAULT_MAX_MESSAGE_BYTES
    max_text_chars: int = DEFAULT_MAX_TEXT_CHARS
    max_output_bytes: int = DEFAULT_MAX_OUTPUT_BYTES
    max_symbol_run: int = DEFAULT_MAX_SYMBOL_RUN
    max_stretch_cost: int = DEFAULT_MAX_STRETCH_COST

    @property
    def max_tokens(self) -> int:
        """Words and punctuation marks a text may have: what prose of the longest allowed text has, and more."""
        return self.max_text_chars // CHARS_PER_TOKEN


DEFAULT_LIMITS = Limits()


def _depth(value: Any, limit: int) -> int:
    """Nesting depth, iteratively (a recursive walk is itself an attack surface)."""
    deepest, stack = 0, [(value, 1)]
    while stack:
        node, depth = stack.pop()
        deepest = max(deepest, depth)
        if deepest > limit:
            return deepest
        if isinstance(node, dict):
            stack.extend((v, depth + 1) for v in node.values())
        elif isinstance(node, list):
            stack.extend((v, depth + 1) for v in node)
    return deepest


@dataclass(frozen=True, slots=True)
class ParseCost:
    """What a text will cost spaCy, estimated in linear time before the model sees it.

    A symbol is a character that is neither a word character nor whitespace.
    """

    longest_symbol_run: int
    long_stretches: int  # unbroken stretches of LONG_STRETCH+ characters holding symbols
    stretch_cost: int  # over those: length × symbols, summed (the tokenizer's rescanning)
    tokens: int  # whitespace-separated words plus symbols: about spaCy's token count (the parse)


def parse_cost(text: str) -> ParseCost:
    runs = [m.end() - m.start() for m in _SYMBOL_RUN.finditer(text)]
    stretches = [cost for m in _LONG_STRETCH.finditer(text) if (cost := len(m[0]) * len(_SYMBOL.findall(m[0])))]
    return ParseCost(max(runs, default=0), len(stretches), sum(stretches), len(text.split()) + sum(runs))


def _check_cost(text: str, limits: Limits, article_id: str | None) -> None:
    """Refuses a text whose parse would take far longer than prose of the longest allowed text."""
    cost = parse_cost(text)
    if cost.longest_symbol_run > limits.max_symbol_run:
        raise Rejected(
            "invalid_article",
            f"text has {cost.longest_symbol_run} punctuation or symbol characters in a row; "
            f"the limit is {limits.max_symbol_run}",
            article_id,
        )
    if cost.stretch_cost > limits.max_stretch_cost:
        raise Rejected(
            "invalid_article",
            f"text has {cost.long_stretches} unbroken stretches of {LONG_STRETCH}+ characters dense with "
            f"punctuation or symbols, which the tokenizer splits in quadratic time: cost {cost.stretch_cost} "
            f"(length × symbols, summed); the limit is {limits.max_stretch_cost}",
            article_id,
        )
    if cost.tokens > limits.max_tokens:
        raise Rejected(
            "too_large",
            f"text has about {cost.tokens} words and punctuation marks; the limit is {limits.max_tokens}",
            article_id,
        )


def parse_published(value: str | None) -> dt.datetime | None:
    """ISO date or datetime; naive values are taken as UTC so all comparisons are aware."""
    if not value:
        return None
    parsed = dt.datetime.fromisoformat(value.replace("Z", "+00:00"))
    return parsed if parsed.tzinfo else parsed.replace(tzinfo=dt.UTC)


def _carried_id(obj: dict[str, Any]) -> str | None:
    """The id a dead letter names: only one the schema accepts, as a 500,000-character "id" would make
    the letter itself too large to send (the raw key, capped, still travels in its origin)."""
    value = obj.get("id")
    limit = schemas.schema(schemas.ARTICLE_RAW)["properties"]["id"]["maxLength"]
    return value if isinstance(value, str) and 0 < len(value) <= limit else None


def article_from_mapping(obj: dict[str, Any], limits: Limits = DEFAULT_LIMITS) -> Article:
    """Schema-checks an already decoded object; used by ingest and by file inputs alike."""
    article_id = _carried_id(obj)
    if isinstance(obj.get("text"), str) and (not obj["text"] or obj["text"].isspace()):
        # Before the schema's `pattern`, whose message would not say it in words.
        raise Rejected("invalid_article", "text is empty or only whitespace: there is nothing to enrich", article_id)
    problems = schemas.errors(schemas.ARTICLE_RAW, obj)
    if problems:
        raise Rejected("invalid_article", "; ".join(problems[:5]), article_id)
    if len(obj["text"]) > limits.max_text_chars:
        raise Rejected(
            "too_large", f"text has {len(obj['text'])} characters; the limit is {limits.max_text_chars}", article_id
        )
    _check_cost(obj["text"], limits, article_id)
    try:
        published = parse_published(obj.get("published_at"))
    except ValueError as exc:
        raise Rejected("invalid_article", f"published_at: {exc}", article_id) from exc
    known = {"id", "text", "title", "url", "source", "published_at", "language", "schema_version"}
    return Article(
        id=obj["id"],
        text=obj["text"],
        title=obj.get("title"),
        url=obj.get("url"),
        source=obj.get("source"),
        published_at=published,
        language=obj.get("language"),
        extra={k: v for k, v in obj.items() if k not in known},
    )


def decode_article(raw: bytes | None, limits: Limits = DEFAULT_LIMITS) -> Article:
    if raw is None:
        raise Rejected("not_json", "message has no value")
    if len(raw) > limits.max_message_bytes:
        raise Rejected("too_large", f"message has {len(raw)} bytes; the limit is {limits.max_message_bytes}")
    try:
        raw.decode("utf-8")
    except UnicodeDecodeError as exc:
        raise Rejected("not_utf8", f"not valid UTF-8 at byte {exc.start}") from exc
    try:
        obj = orjson.loads(raw)
    except orjson.JSONDecodeError as exc:
        reason = "too_deep" if "depth" in str(exc).lower() or "recursion" in str(exc).lower() else "not_json"
        raise Rejected(reason, f"not JSON: {exc}") from exc
    if _depth(obj, MAX_DEPTH) > MAX_DEPTH:
        raise Rejected("too_deep", f"JSON nested deeper than {MAX_DEPTH} levels")
    if not isinstance(obj, dict):
        raise Rejected("not_object", f"expected a JSON object, got {type(obj).__name__}")
    return article_from_mapping(obj, limits)
