"""A title written in a clause set off after a name ("X, who is the chair of Y,", "X, appointed as chief
executive,") is the person's, as an apposition's is: it reaches statements' speaker titles and meeting
participants. Invented sentences across beats."""

from __future__ import annotations

import datetime as dt

import pytest
from spacy.language import Language

from streams.enrich.extractors.statements import extract_statements
from streams.enrich.nlp import parse
from streams.ingest.article import Article
from tests.unit.readers import meetings_in


def speaker(nlp: Language, text: str) -> tuple[str, str | None]:
    found = extract_statements(parse(Article(id="t", text="The story went on this week.\n\n" + text), nlp))
    assert found and found[0].speaker is not None, found
    return found[0].speaker.name, found[0].speaker.title


@pytest.mark.parametrize(
    ("text", "name", "title"),
    [
        (  # business
            "Mr Okoro, who is the chairman of the Lagos Ports Authority, said the berths were full.",
            "Okoro",
            "chairman of the Lagos Ports Authority",
        ),
        ("Ms Lind, appointed as chief executive last year, said profits would fall.", "Lind", "chief executive"),
        ("Carlos Mendes, who was named captain in May, said the team was ready.", "Carlos Mendes", "captain"),  # sport
        (  # local politics
            "Mrs Nakamura, elected as mayor in 2022, said the rates would not rise.",
            "Nakamura",
            "mayor",
        ),
        (  # education
            "Aroha Ngata, who is the principal of Hillcrest School, said the roof leaked.",
            "Aroha Ngata",
            "principal of Hillcrest School",
        ),
        (  # community
            "Anika Sharma, who serves as treasurer of the club, said the accounts were sound.",
            "Anika Sharma",
            "treasurer of the club",
        ),
    ],
)
def test_a_title_in_a_clause_after_the_name_is_the_speakers(nlp: Language, text: str, name: str, title: str) -> None:
    assert speaker(nlp, text) == (name, title)


@pytest.mark.parametrize(
    "text",
    [
        "Dina Serra, who is the mother of two boys, said the school was too far.",
        "Piotr Zielinski, who was born in Gdansk, said the bridge had been closed for weeks.",
    ],
)
def test_a_clause_with_no_title_in_it_gives_none(nlp: Language, text: str) -> None:
    assert speaker(nlp, text)[1] is None


def test_a_clause_title_reaches_a_meeting_participant(nlp: Language) -> None:
    text = (
        "Ms Lind, appointed as chief executive of Orvane Mining last year, met Environment Minister "
        "Tomas Brel in Perth on Monday."
    )
    (meeting,) = meetings_in(nlp, text, published=dt.datetime(2026, 3, 12, tzinfo=dt.UTC))
    assert {p.name: p.title for p in meeting.participants}["Lind"] == "chief executive of Orvane Mining"
