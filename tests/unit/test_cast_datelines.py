"""The place of a wire story's dateline is where it was filed from: a place, never a body that speaks, whatever
label the small model gives a city written in capitals. Cities and agencies are real or invented; each story is
invented, in several beats."""

from __future__ import annotations

import pytest
from spacy.language import Language

from streams.enrich.cast import cast_of
from streams.enrich.extractors.statements import extract_statements
from streams.enrich.nlp import parse
from streams.ingest.article import Article


@pytest.mark.parametrize(
    ("text", "city"),
    [
        ("KUALA LUMPUR (Wire) - The central bank said it would hold rates.", "KUALA LUMPUR"),  # finance
        ("ADDIS ABABA (Wire) - The league said the final would go ahead.", "ADDIS ABABA"),  # sport
        ("DAR ES SALAAM (Wire) - The court said the ruling would stand.", "DAR ES SALAAM"),  # courts
        ("DAR ES SALAAM (Wire) - The carmaker said it would cut 300 jobs.", "DAR ES SALAAM"),  # business
        ("ADDIS ABABA (Wire) - The health ministry said cases had fallen.", "ADDIS ABABA"),  # health
    ],
)
def test_the_datelines_place_is_no_body_and_no_speaker(nlp: Language, text: str, city: str) -> None:
    parsed = parse(Article(id="d", text=text), nlp)
    cast = cast_of(parsed.doc)
    assert city not in [e.name for e in [*cast.organisations, *cast.people]]
    assert city not in [s.speaker.name for s in extract_statements(parsed) if s.speaker]
