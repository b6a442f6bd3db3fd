"""Titles the cast reads by shape: a trade no word list holds, written right before a name, and the adjective
that says which office a title is. Invented sentences from several beats, names from many cultures."""

from __future__ import annotations

import pytest
from spacy.language import Language

from streams.enrich.cast import Cast, cast_of
from streams.enrich.nlp import parse
from streams.ingest.article import Article
from tests.unit.readers import titles


def cast(nlp: Language, text: str) -> Cast:
    return cast_of(parse(Article(id="t", text="The story went on this week.\n\n" + text), nlp).doc)


def title_of(c: Cast, name: str) -> str | None:
    return titles(c)[name]


@pytest.mark.parametrize(
    ("text", "name", "title"),
    [
        ("Kenyan runner Wanjiru Kamau said the course was fast.", "Wanjiru Kamau", "Kenyan runner"),  # sport
        ('"It was a hard day," said Norwegian skier Ingvild Berg.', "Ingvild Berg", "Norwegian skier"),  # sport
        ("The prize went to jazz pianist Kofi Boateng, who was surprised.", "Kofi Boateng", "jazz pianist"),  # culture
        ("Financial controller Arjun Mehta said sales fell.", "Arjun Mehta", "Financial controller"),  # business
        ("Lead investigator Lena Hoffmann said the trial stopped.", "Lena Hoffmann", "Lead investigator"),  # science
    ],
)
def test_a_trade_shaped_noun_right_before_a_name_is_the_persons_title(
    nlp: Language, text: str, name: str, title: str
) -> None:
    assert title_of(cast(nlp, text), name) == title


@pytest.mark.parametrize(
    ("text", "name"),
    [
        ("Her brother Tomas Ruiz said the court had been unfair.", "Tomas Ruiz"),  # courts: a relation, no trade
        ("Last summer Ana Ruiz said the clinic would close.", "Ana Ruiz"),  # health: a date's word
        ("Her daughter Ayesha Khan said the school had shut.", "Ayesha Khan"),  # education: a relation
    ],
)
def test_a_relation_or_a_date_before_a_name_is_no_title(nlp: Language, text: str, name: str) -> None:
    assert title_of(cast(nlp, text), name) is None


@pytest.mark.parametrize(
    ("text", "name", "title"),
    [
        ("Its creative director Amara Nwosu said the show would tour.", "Amara Nwosu", "creative director"),  # culture
        ("Its legal adviser Henrik Aalto said the ruling was wrong.", "Henrik Aalto", "legal adviser"),  # courts
        ("Managing editor Zanele Khumalo said the paper would close.", "Zanele Khumalo", "Managing editor"),  # media
        ("Its founding member Ravi Menon said the band would split.", "Ravi Menon", "founding member"),  # culture
    ],
)
def test_an_office_adjective_stays_with_its_title(nlp: Language, text: str, name: str, title: str) -> None:
    assert title_of(cast(nlp, text), name) == title


@pytest.mark.parametrize(
    ("text", "name", "title"),
    [
        # business, science, media
        ("Arjun Mehta, the firm's financial controller, said sales fell.", "Arjun Mehta", "financial controller"),
        ("Kalani Akana, a marine biologist at the institute, said reefs bleached.", "Kalani Akana", "marine biologist"),
        ("Rosa Ortega, an investigative reporter, said files were missing.", "Rosa Ortega", "investigative reporter"),
    ],
)
def test_a_trade_set_off_after_a_name_is_its_title(nlp: Language, text: str, name: str, title: str) -> None:
    found = title_of(cast(nlp, text), name)
    assert found is not None and title in found
