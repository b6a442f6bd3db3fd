"""The fast validator the pipeline uses (jsonschema-rs) agrees with the reference one (jsonschema).

Both get the same schemas, the same registry and the same format rules; real messages and
mutations of them (a value replaced or a key dropped anywhere) must be judged alike.
"""

from __future__ import annotations

import json
from functools import cache
from pathlib import Path

import orjson
from hypothesis import given, settings
from hypothesis import strategies as st
from jsonschema import Draft202012Validator, FormatChecker
from referencing import Registry, Resource

from streams import schemas
from streams.enrich.pipeline import Enricher
from streams.events.build import build_events
from streams.events.deadletter import Origin, dead_letter
from streams.ingest.validate import decode_article

SAMPLES = sorted((Path(__file__).resolve().parents[2] / "streams" / "samples").glob("*.json"))


@cache
def reference(name: str) -> Draft202012Validator:
    loaded = {p.name.removesuffix(".json"): json.loads(p.read_text()) for p in schemas.schema_dir().glob("*.json")}
    registry = Registry().with_resources((s["$id"], Resource.from_contents(s)) for s in loaded.values())
    checker = FormatChecker(formats=())
    for fmt, check in schemas.FORMATS.items():
        checker.checks(fmt)(check)
    return Draft202012Validator(loaded[name], registry=registry, format_checker=checker)


@cache
def messages() -> list[tuple[str, dict]]:
    """Real messages of every topic's schema, from two sample articles."""
    enricher, found = Enricher(), []
    for path in SAMPLES[:2]:
        raw = json.loads(path.read_text())
        batch = build_events(decode_article(orjson.dumps(raw)), enricher.enrich(decode_article(orjson.dumps(raw))))
        found += [(schemas.ARTICLE_RAW, raw), (schemas.ARTICLE_ENRICHED, batch.enriched)]
        found += [(schemas.EVENT_SCHEMAS[t], e) for t, events in batch.by_type().items() for e in events]
        found.append((schemas.ARTICLE_DEADLETTER, dead_letter(b"{oops", Origin("t", 0, 1, 2.0, "k"), "not_json", "x")))
    return found


def agree(name: str, message: object) -> None:
    fast, slow = not schemas.errors(name, message), reference(name).is_valid(message)
    assert fast == slow, (name, fast, slow, sorted(e.message for e in reference(name).iter_errors(message))[:3])


def test_real_messages_are_valid_for_both():
    for name, message in messages():
        assert schemas.errors(name, message) == [], name
        assert reference(name).is_valid(message), name


JSON = st.recursive(st.none() | st.booleans() | st.integers(-5, 10**6) | st.floats(-2, 2) | st.text(max_size=12)
                    | st.sampled_from(["2019-05-16", "2019-05-16T10:00", "2019-13-01", "statement", "direct"]),
                    lambda inner: st.lists(inner, max_size=3) | st.dictionaries(st.text(max_size=6), inner, max_size=3),
                    max_leaves=6)


def _paths(node: object, prefix: tuple = ()) -> list[tuple]:
    found = [prefix]
    if isinstance(node, dict):
        found += [p for k, v in node.items() for p in _paths(v, (*prefix, k))]
    elif isinstance(node, list):
        found += [p for i, v in enumerate(node) for p in _paths(v, (*prefix, i))]
    return found


@settings(max_examples=300, deadline=None)
@given(st.data(), JSON, st.booleans())
def test_mutated_messages_are_judged_alike(data, value, drop):
    name, message = data.draw(st.sampled_from(messages()))
    mutated = json.loads(json.dumps(message))
    path = data.draw(st.sampled_from(_paths(mutated)[1:]))
    parent = mutated
    for step in path[:-1]:
        parent = parent[step]
    if drop and isinstance(parent, dict):
        del parent[path[-1]]
    else:
        parent[path[-1]] = value
    agree(name, mutated)
