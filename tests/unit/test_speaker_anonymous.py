"""An anonymous person is unnamed unless the phrase names the body they speak for: "an aide, granted anonymity,
said" gives the words to no one, while "a senior manager at the lender, speaking anonymously," after the lender
was named speaks for it, as annotators of real news give it. Invented
sentences."""

from __future__ import annotations

import pytest
from spacy.language import Language

from tests.unit.readers import speakers


@pytest.mark.parametrize(
    "text",
    [
        (  # banking: no body at all
            "Rates rose in the town. A senior aide, granted anonymity, said the loan was safe."
        ),
        (  # sport: an indefinite body brings in one of many
            "Dunmore Rovers sacked their coach on Sunday. An official at a rival club, speaking on condition of "
            "anonymity, said a successor would be named within a week."
        ),
        (  # diplomacy: a person's circle is no body
            "Envoy Petra Kallas flew home on Friday. A source close to Kallas, speaking anonymously, said "
            "the talks would resume in March."
        ),
        (  # health
            "Two wards closed in the county. A manager who wished not to be identified said nurses had been moved "
            "to other hospitals."
        ),
    ],
)
def test_an_anonymous_person_speaks_for_no_one(nlp: Language, text: str) -> None:
    assert speakers(nlp, text) == [None]


@pytest.mark.parametrize(
    ("text", "body"),
    [
        (  # banking
            "Kestrel Bank lent money to the town. A senior official at the bank, who spoke on condition of "
            "anonymity, said the loan was safe.",
            "Kestrel Bank",
        ),
        (  # sport
            "Dunmore Rovers sacked their coach on Sunday. An official at the club, speaking on condition of "
            "anonymity, said a successor would be named within a week.",
            "Dunmore Rovers",
        ),
        (  # farming: the body's own word compounded onto the role
            "The Board of Tillage said grain exports would grow. A board official, who requested anonymity, "
            "said most of the grain would go by rail.",
            "Board of Tillage",
        ),
        (  # health
            "Harrowgate Health Trust closed two wards. A manager at the trust who declined to be identified "
            "said nurses had been moved to other hospitals.",
            "Harrowgate Health Trust",
        ),
    ],
)
def test_an_anonymous_official_of_a_named_body_speaks_for_it(nlp: Language, text: str, body: str) -> None:
    assert speakers(nlp, text)[-1] == body


def test_withholding_a_name_in_the_reported_words_keeps_the_speaker(nlp: Language) -> None:
    text = "Kestrel Bank lent money to the town. A bank spokeswoman said the donors had asked not to be named."
    assert speakers(nlp, text) == ["Kestrel Bank"]


def test_an_official_who_is_not_anonymous_still_speaks_for_the_body(nlp: Language) -> None:
    text = "Kestrel Bank lent money to the town. A senior official at the bank said the loan was safe."
    assert speakers(nlp, text) == ["Kestrel Bank"]


# where the parse hangs the anonymity: fronted, in a misread main verb, or closing the reported words
@pytest.mark.parametrize(
    "text",
    [
        (  # health: a fronted participle the parse reads as the sentence's subject
            "Two wards closed in the county. Speaking on condition of anonymity, a manager at a hospital "
            "said nurses had been moved to other hospitals."
        ),
        (  # banking: "granted" read as the main verb, "said" coordinated with it
            "Rates rose in the town. A senior manager at a lender, granted anonymity to discuss "
            "the talks, said the loan was safe."
        ),
        (  # sport: the participle closes the sentence, hung inside the reported words
            "Two coaches were sacked on Sunday. An official said a successor would be named "
            "within a week, speaking on condition of anonymity."
        ),
        (  # diplomacy
            "The envoys were summoned on Friday. A senior diplomat said the talks would "
            "resume in March, speaking anonymously."
        ),
    ],
)
def test_anonymity_outside_the_reported_words_leaves_the_speaker_unnamed(nlp: Language, text: str) -> None:
    assert speakers(nlp, text) == [None]


@pytest.mark.parametrize(
    ("text", "body"),
    [
        (  # sport: a reported person given anonymity, not the speaker
            "Dunmore Rovers sacked their coach on Sunday. A club spokesman said the whistleblower had been "
            "granted anonymity.",
            "Dunmore Rovers",
        ),
        (  # courts
            "Kestrel Bank lent money to the town. A bank spokeswoman said witnesses would testify anonymously.",
            "Kestrel Bank",
        ),
        (  # industry: a participle inside the reported words that does not close the sentence
            "Tanaka Motors halted production at its Osaka plant. A Tanaka Motors spokesman said the supplier, "
            "speaking anonymously, had warned of delays.",
            "Tanaka Motors",
        ),
    ],
)
def test_anonymity_in_the_reported_words_keeps_the_speaker(nlp: Language, text: str, body: str) -> None:
    assert speakers(nlp, text)[0] == body
