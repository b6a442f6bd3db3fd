""""The <nationality> leader" is the head of that country the article named before by title ("King X of
Y", "Y's President Z"), though "leader" is no title of theirs; a country's other people, a deputy, or two heads
of it name no one. Invented people; the countries are real so that the gazetteer knows their nationality."""

from __future__ import annotations

import datetime as dt

import pytest
from spacy.language import Language

from streams.enrich.cast.resolution.national_heads import heads_a_state
from tests.unit.readers import meetings_in, side_names

_DAY = dt.datetime(2026, 3, 2, tzinfo=dt.UTC)


@pytest.mark.parametrize(
    ("text", "head"),
    [
        # a monarch named with "of <Country>" after the name, other people in focus before the description
        ("King Karim of Jordan begins a three-day state visit to Norway on Tuesday to seek closer trade ties.\n\n"
         "Norwegian officials said King Karim may ask for help with water projects, and that Oslo would raise "
         "fishing quotas.\n\nThe Jordanian leader is due to confer with Prime Minister Ilse Marwick and to see Crown "
         "Princess Mette Aune on Wednesday.\n\nKing Karim travels with his water and energy ministers.",
         "Karim"),
        # a head named with "of <Country>" after the name, in focus (read so before too)
        ("President Tomas Brekke of Jordan begins a state visit to Norway on Tuesday.\n\n"
         "The Jordanian leader is due to confer with Prime Minister Ilse Marwick on Wednesday.", "Tomas Brekke"),
        # a president named with the nationality in the title
        ("Chilean President Dario Quell arrives in Lima on Friday for a two-day stay.\n\n"
         "The Chilean leader is due to confer with Premier Orla Venn on fishing rights.", "Dario Quell"),
    ],
)
def test_the_national_leader_is_the_named_head(nlp: Language, text: str, head: str) -> None:
    sides = set().union(*(side_names(m) for m in meetings_in(nlp, text, published=_DAY)))
    assert head in sides
    assert not any(name.endswith("leader") for name in sides)


def test_no_head_of_that_country_leaves_the_description(nlp: Language) -> None:
    text = ("Jordanian Trade Minister Dario Quell arrives in Oslo on Friday.\n\n"
            "The Jordanian leader is due to confer with Premier Orla Venn on fishing rights.")
    sides = set().union(*(side_names(m) for m in meetings_in(nlp, text, published=_DAY)))
    assert "Dario Quell" not in sides or "Jordanian leader" in sides


@pytest.mark.parametrize(
    ("title", "heads"),
    [
        ("King", True),
        ("Chilean President", True),
        ("Prime Minister of Jordan", True),
        ("Vice President", False),
        ("central bank president", False),
        ("Deputy Prime Minister", False),
        ("Trade Minister", False),
    ],
)
def test_which_titles_head_a_state(title: str, heads: bool) -> None:
    assert heads_a_state(title) is heads
