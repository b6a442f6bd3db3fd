"""A definite paper finds the paper it refers back to under another noun news uses for it ("X issued a statement
... the announcement said", "a X survey ... the poll said"); a paper put out "in an editorial" speaks for who
published it; a decree for who signed it; a paper between parties for all of them together. A paper of another
kind, or one brought in since without a name, is no such antecedent. Invented sentences, several beats."""

from __future__ import annotations

import pytest
from spacy.language import Language

from tests.unit.readers import speaker_of

REFERRED_BACK = [
    pytest.param(
        "Brannock Air issued a statement on Monday.\n\nThe announcement said ten routes would close.",
        "ten routes", "Brannock Air", id="statement-then-announcement/transport",
    ),
    pytest.param(
        "Pay rose faster than prices, according to a Tarrow Workers Federation survey.\n\n"
        "The poll said most members expected a strike.",
        "most members", "Tarrow Workers Federation", id="survey-then-poll/labour",
    ),
    pytest.param(
        "The Norland Courier newspaper published the government's terms in an editorial on Sunday.\n\n"
        "\"The border must reopen within a week,\" the editorial said.",
        "border must reopen", "Norland Courier", id="published-in-an-editorial/diplomacy",
    ),
    pytest.param(
        "President Ana Velasco signed a decree on Monday.\n\nThe decree said fuel prices would be frozen until June.",
        "fuel prices", "Ana Velasco", id="a-signed-decree/government",
    ),
    pytest.param(
        "Halden Steel and Morrow Mining agreed to merge their ore businesses on Friday.\n\n"
        "A memo between the two firms says the deal will close in May.",
        "deal will close", "Halden Steel and Morrow Mining", id="a-memo-between-two-firms/business",
    ),
    pytest.param(
        "The memo between the Tarrow Council and the Brook Valley Council says the bridge will be shared.",
        "bridge will be shared", "Tarrow Council and Brook Valley Council", id="a-memo-between-councils/local",
    ),
]


@pytest.mark.parametrize(("text", "fragment", "speaker"), REFERRED_BACK)
def test_a_paper_speaks_for_its_issuer_under_another_noun(
    nlp: Language, text: str, fragment: str, speaker: str
) -> None:
    assert speaker_of(nlp, text, fragment) == speaker


UNRESOLVED = [  # must not fire
    pytest.param(
        "Brannock Air issued a statement on Monday.\n\nThe survey said ten routes would close.",
        "ten routes", id="another-kind-of-paper",
    ),
    pytest.param(
        "Fares rose, according to a Tarrow Institute survey.\n\n"
        "A new survey by an unnamed group came out on Friday.\n\nThe poll said most riders were unhappy.",
        "most riders", id="a-survey-brought-in-since",
    ),
    pytest.param(
        "The letter between the company and its workers says the plant will stay open.",
        "plant will stay open", id="parties-nobody-named",
    ),
    pytest.param(
        "A letter written between May and June said the plant would stay open.",
        "plant would stay open", id="between-two-months",
    ),
    pytest.param(
        "Kestrel Rovers agreed the striker's loan with another club on Friday.\n\n"
        "The memo between the two sides says he will return in May.",
        "he will return", id="sides-one-named/sport",
    ),
]


@pytest.mark.parametrize(("text", "fragment"), UNRESOLVED)
def test_a_paper_with_no_issuer_to_refer_to_names_no_one(nlp: Language, text: str, fragment: str) -> None:
    assert speaker_of(nlp, text, fragment) is None
