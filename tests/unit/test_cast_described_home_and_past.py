"""A description of a person named before, written with a hyphenated past ("the one-time president", "the
ex-minister") or with the person's home place before a party or nationality ("the Ohio Democrat", "the
Lagos Nigerian, a veteran campaigner,"), is that person, not a new speaker called by the description; a
party's member ("the Ohio Democrat") whom no title gives the party is the person in focus.
Invented sentences."""

from __future__ import annotations

import pytest
from spacy.language import Language

from tests.unit.readers import said


@pytest.mark.parametrize(
    ("text", "person"),
    [
        (  # business: a hyphenated past marker split by the parse
            'Former trade envoy Marten Valsgaard said the tariffs would hurt exporters. '
            '"We cannot afford a price war," the one-time president of Orvell Shipping Co said on radio.',
            "Marten Valsgaard",
        ),
        (  # politics: a home state before a party word
            'Senate Democratic whip Lorna Pettigrew pressed for a quick ballot on the farm measure. '
            '"If we wait, the farmers pay for it," the Ohio Democrat, a likely candidate for governor, said.',
            "Lorna Pettigrew",
        ),
    ],
)
def test_a_description_of_a_named_person_is_that_person(nlp: Language, text: str, person: str) -> None:
    assert [s for s, _, q in said(nlp, text) if q.startswith(("We cannot", "If we wait"))] == [person]


@pytest.mark.parametrize(
    "text",
    [
        (  # the party member is the person in focus though no title gives the party
            "House Speaker Tom Marsh said he feared the choice of Ann Leeward to succeed Bo Kimble at the central "
            "bank would lift rates.\n\nSpeaking to reporters, the Ohio Democrat said that her record pointed to "
            "higher rates."
        ),
        (  # a quotation closed by the description
            'Senator Tom Marsh said the levy bill was dead. "It will not pass this year," the Ohio Democrat told '
            "reporters before the session."
        ),
    ],
)
def test_a_party_member_with_no_party_title_is_the_person_in_focus(nlp: Language, text: str) -> None:
    assert {s for s, _, _ in said(nlp, text)} == {"Tom Marsh"}


def test_a_place_and_a_party_alone_name_no_new_speaker(nlp: Language) -> None:
    text = ('Farm prices fell again in March. '
            '"If we wait, the farmers pay for it," the Ohio Democrat said.')
    assert [s for s, _, q in said(nlp, text) if q.startswith("If we wait")] == [None]
