"""Names joined by lower-case particles, read whole through the shared pipeline, the cast and the statements:
"Rafael dos Santos", "Maria do Carmo", "Lars af Klint". Invented sentences from several beats."""

from __future__ import annotations

import pytest
from spacy.language import Language

from streams.enrich.cast import cast_of
from streams.enrich.extractors.statements import extract_statements
from streams.enrich.nlp import parse
from streams.ingest.article import Article


@pytest.mark.parametrize(
    ("text", "name"),
    [
        ("Rafael dos Santos said on Monday that the club would appeal.", "Rafael dos Santos"),  # sport
        ("Maria do Carmo said on Monday that the clinic would close.", "Maria do Carmo"),  # health
        ("Lars af Klint said on Monday that the shipyard would shut.", "Lars af Klint"),  # business
        ("Paolo della Rocca said on Monday that the verdict was unjust.", "Paolo della Rocca"),  # courts
        ("Dirk op den Kamp said on Monday that the council had no money.", "Dirk op den Kamp"),  # local politics
    ],
)
def test_a_speaker_named_with_particles_is_one_person_and_speaks(nlp: Language, text: str, name: str) -> None:
    parsed = parse(Article(id="p", text="The row went on this week.\n\n" + text), nlp)
    assert [p.name for p in cast_of(parsed.doc).people] == [name]
    assert [s.speaker.name if s.speaker else None for s in extract_statements(parsed)] == [name]
