"""Fixtures the unit tests share beyond the session's pipeline."""

from __future__ import annotations

from collections.abc import Callable
from functools import partial

import pytest
from spacy.language import Language

from streams.enrich.model import Meeting
from tests.unit.readers import meetings_in


@pytest.fixture(scope="module")
def run(request: pytest.FixtureRequest, nlp: Language) -> Callable[..., list[Meeting]]:
    """The meetings of a text published at its test module's `PUBLISHED` moment: each meetings test file dates
    its invented sentences against a publication day of its own."""
    return partial(meetings_in, nlp, published=request.module.PUBLISHED)
