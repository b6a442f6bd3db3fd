""""The group" after a group the article brought in unnamed ("a shareholder group", "a group of dairy
cooperatives") is that group, named as first written, not a firm named in the clauses on it (what it holds,
bids for or includes). A body whose name holds "group", a crowd ("a group of analysts") and a group named
since keep the usual reading. Invented sentences, several beats."""

from __future__ import annotations

import pytest
from spacy.language import Language

from tests.unit.readers import speaker_of


@pytest.mark.parametrize(
    ("text", "fragment", "name"),
    [
        pytest.param(  # business: a member named in a clause on the group
            "A shareholder group holding 31 pct of Brenvik Textiles Inc asked regulators for a hearing.\n\n"
            "The group, which includes Mark Tolley, Brenvik's former chairman, said talks had failed.",
            "talks had failed",
            "shareholder group",
            id="business-member-in-clause",
        ),
        pytest.param(  # farming: members after "of", a firm it includes
            "A group of dairy cooperatives seeking a stake in Lorne Creameries Ltd bought more shares.\n\n"
            "The group, which includes Valley Milk Co, said it now holds nine pct of the stock.",
            "nine pct",
            "group of dairy cooperatives",
            id="farming-members-after-of",
        ),
        pytest.param(  # sport: a supporters' group and the club it wants to buy
            "A supporter group trying to buy Kestrel Rovers FC wrote to the league on Monday.\n\n"
            "Kestrel Rovers FC turned the bid down. The group said its offer will go up.",
            "its offer will go up",
            "supporter group",
            id="sport-target-named-after",
        ),
    ],
)
def test_the_group_is_the_unnamed_group_brought_in(nlp: Language, text: str, fragment: str, name: str) -> None:
    assert speaker_of(nlp, text, fragment) == name


@pytest.mark.parametrize(
    ("text", "fragment", "name"),
    [
        pytest.param(  # a company whose name holds the word
            "Halvard Group Plc cut its dividend on Tuesday. The group said profits had fallen.",
            "profits had fallen",
            "Halvard Group Plc",
            id="named-group-company",
        ),
        pytest.param(  # labour: a body with the word in its name named after the unnamed group came in
            "A group of rail unions opposed to the merger wrote to ministers. Later, Corvia Transport Group "
            "said it would buy the line. The group said the deal was done.",
            "the deal was done",
            "Corvia Transport Group",
            id="labour-group-named-since",
        ),
    ],
)
def test_the_group_keeps_the_usual_reading(nlp: Language, text: str, fragment: str, name: str) -> None:
    assert speaker_of(nlp, text, fragment) == name


def test_a_crowd_brought_in_as_a_group_is_never_named(nlp: Language) -> None:
    text = (  # science: a group of analysts is a crowd, whatever "the group" is then read as
        "A group of analysts toured Tarn Mining Corp on Monday. Tarn Mining said output rose. "
        "The group said costs were high."
    )
    assert speaker_of(nlp, text, "costs were high") != "group of analysts"



@pytest.mark.parametrize(
    ("text", "fragment", "name"),
    [
        pytest.param(  # business: the group's own first words, when "the group" follows
            "A shareholder group with a fifth of Calder Foods Inc told regulators it would seek two board seats.\n\n"
            "The group added that it had met the company twice.",
            "two board seats",
            "shareholder group",
            id="business-first-words-referred-back",
        ),
        pytest.param(  # farming: members after "of"
            "A group of grain cooperatives said it would bid for the Orvia silo network.\n\n"
            "The group said its offer would be in cash.",
            "bid for the Orvia",
            "group of grain cooperatives",
            id="farming-first-words-referred-back",
        ),
        pytest.param(  # must not fire: never referred back, the group stays unnamed
            "A shareholder group with a fifth of Calder Foods Inc told regulators it would seek two board seats.\n\n"
            "Calder said it would study the request.",
            "two board seats",
            None,
            id="business-never-referred-back",
        ),
        pytest.param(  # must not fire: a crowd brought in as a group
            "A group of analysts said the shares were cheap.\n\nThe group said the sector would recover.",
            "shares were cheap",
            None,
            id="crowd-of-analysts",
        ),
    ],
)
def test_a_group_referred_back_speaks_as_itself_first(
    nlp: Language, text: str, fragment: str, name: str | None
) -> None:
    assert speaker_of(nlp, text, fragment) == name
