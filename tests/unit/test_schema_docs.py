"""Every schema documents itself: a description on every field and a whole message as an example."""

from __future__ import annotations

from collections.abc import Iterator
from typing import Any

import pytest

from streams import schemas
from streams.topics import SCHEMA_OF

MESSAGE_SCHEMAS = sorted(set(SCHEMA_OF.values()))
ALL_SCHEMAS = sorted(p.name.removesuffix(".json") for p in schemas.schema_dir().glob("*.json"))


def fields(node: Any, path: str = "") -> Iterator[tuple[str, dict]]:
    """(path, property schema) of every property, however deep (items, oneOf, anyOf, allOf, $defs)."""
    if not isinstance(node, dict):
        return
    for name, prop in node.get("properties", {}).items():
        yield f"{path}/{name}", prop
        yield from fields(prop, f"{path}/{name}")
    for key in ("oneOf", "anyOf", "allOf"):
        for option in node.get(key, []):
            yield from fields(option, path)
    if "items" in node:
        yield from fields(node["items"], f"{path}[]")
    for name, definition in node.get("$defs", {}).items():
        yield from fields(definition, f"#{name}")


@pytest.mark.parametrize("name", ALL_SCHEMAS)
def test_every_field_has_a_description(name):
    found = list(fields(schemas.schema(name)))
    assert found
    missing = [path for path, prop in found if not str(prop.get("description", "")).strip()]
    assert missing == [], f"{name}: fields without a description: {missing}"


@pytest.mark.parametrize("name", MESSAGE_SCHEMAS)
def test_every_message_schema_has_an_example_that_validates(name):
    examples = schemas.schema(name).get("examples")
    assert examples, name
    for example in examples:
        assert schemas.errors(name, example) == []
