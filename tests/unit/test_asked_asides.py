"""A question put to the speaker between commas ("X, asked about Y, said ...") leaves X the speaker."""

from __future__ import annotations

import pytest

from tests.unit.readers import said


@pytest.mark.parametrize(
    ("text", "speaker", "kind", "quote"),
    [
        (
            'Tamsin Okoro, asked at a briefing if the strike was over, said "both sides have to keep their word."',
            "Tamsin Okoro",
            "direct",
            "both sides have to keep their word.",
        ),
        (
            "Coach Pieter Vandal, asked about the knee injury, said the striker would start on Sunday.",
            "Pieter Vandal",
            "indirect",
            "the striker would start on Sunday",
        ),
        (
            "Judge Ines Marlow, pressed on the delay, said the ruling would come in May.",
            "Ines Marlow",
            "indirect",
            "the ruling would come in May",
        ),
    ],
)
def test_the_name_before_an_asked_aside_speaks(nlp, text: str, speaker: str, kind: str, quote: str) -> None:
    assert said(nlp, text) == [(speaker, kind, quote)]


def test_an_aside_with_a_subject_of_its_own_is_left_alone(nlp) -> None:
    text = "When Tamsin Okoro asked about the vote, officials said the count was over."
    assert said(nlp, text) == [(None, "indirect", "the count was over")]


def test_the_asked_aside_repair_sets_the_name_under_the_verb(nlp) -> None:
    doc = nlp("Ruben Salk, asked about the merger plan, said the board was split.")
    name, aside, verb = doc[1], doc[3], doc[9]
    assert (name.dep_, name.head.i) == ("nsubj", verb.i)
    assert (aside.dep_, aside.head.i) == ("acl", name.i)
