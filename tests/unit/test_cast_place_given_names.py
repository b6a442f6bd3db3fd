"""A given name that is also a place's ("Paris", "Adelaide", "Sofia") before a surname that is nothing else is a
person's name, so the person and every later "she" or "he" are kept; places, teams and firms named after people
stay what they are. Every name of a person is invented."""

from __future__ import annotations

import pytest
from spacy.language import Language

from streams.enrich.cast import cast_of
from streams.enrich.nlp import parse
from streams.ingest.article import Article
from tests.unit.readers import speakers


def _people(nlp: Language, text: str) -> list[str]:
    return [p.name for p in cast_of(parse(Article(id="p", text=text), nlp).doc).people]


@pytest.mark.parametrize(
    ("text", "speaker"),
    [
        ("Sofia Petrakis spoke to reporters on Monday. She said the depots would close.", "Sofia Petrakis"),
        ("The board appointed Paris Velasco on Monday. She said the stadium would be rebuilt.", "Paris Velasco"),
        ("Reporters met with Lincoln Zarecki on Monday. He said the walkout would continue.", "Lincoln Zarecki"),
        ("Adelaide Brevik spoke to reporters on Monday. She said the ruling would be challenged.", "Adelaide Brevik"),
        ("Reporters met with Phoenix Okonjo on Monday. He said waiting lists would shrink.", "Phoenix Okonjo"),
    ],
)
def test_a_place_named_person_keeps_the_pronoun(nlp: Language, text: str, speaker: str) -> None:
    assert speakers(nlp, text) == [speaker]


@pytest.mark.parametrize(
    ("text", "kept"),
    [
        ("Florence was flooded on Monday. Officials in Florence said the roads would reopen.", None),
        ("Reporters met with Dallas Foxes on Monday. Dallas Foxes said the stadium would be rebuilt.", "Dallas Foxes"),
        ("Talks were held with Lincoln Electric. Lincoln Electric said the plant would close.", "Lincoln Electric"),
        ("Morgan Lindsay said the bank would cut jobs.", "Morgan Lindsay"),
    ],
)
def test_places_teams_and_firms_stay_what_they_are(nlp: Language, text: str, kept: str | None) -> None:
    assert set(speakers(nlp, text)) == {kept}
    assert _people(nlp, text) == []
