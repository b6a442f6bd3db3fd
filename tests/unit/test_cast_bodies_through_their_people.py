"""A body named before the people who act for it as the clause's subject ("X officials would not say",
"X researchers refused") is the body in focus, as "X's officials" would be: the bare spokesperson and the
"it" after it speak for it, not for whichever body spoke or stood as subject before. Not people who do not act
for it (fans), not a body that spoke since, not one named inside a quotation or inside reported words.
Invented sentences."""

from __future__ import annotations

import pytest
from spacy.language import Language

from tests.unit.readers import speaker_of


@pytest.mark.parametrize(
    ("text", "fragment", "body"),
    [
        (  # sport
            "Kelby Athletic signed a new goalkeeper on Monday. Dunmore Rovers also bid for him.\n\n"
            "Kelby Athletic executives declined to discuss the fee, but a spokesman said the club had received "
            "two offers.",
            "two offers",
            "Kelby Athletic",
        ),
        (  # labour: another body spoke before
            "The Harlow Transit Union called a strike for Friday. The Metro Rail Authority said services would be "
            "cut.\n\nHarlow Transit Union leaders refused to comment, but a spokeswoman said pickets would be at "
            "every depot.",
            "pickets",
            "Harlow Transit Union",
        ),
        (  # science
            "Norvale Institute researchers would not explain the delay, but a spokesman said the trial would "
            "continue.",
            "the trial",
            "Norvale Institute",
        ),
        (  # local government
            "Westbridge Borough Council officials would not discuss the audit, but a spokeswoman said the "
            "budget would be published next week.",
            "the budget",
            "Westbridge Borough Council",
        ),
        (  # business: "it" is the body whose officials are the subject, not the rival named last
            "Pardell Pharmaceuticals Inc rose 2 to 40 on rumours of a merger, traders said. Corvan Labs Inc gained "
            "1 to 12.\n\nPardell executives would not talk about the rumours and pointed to a filing it made in "
            "March, when it said a sale of its vaccine unit was possible.",
            "vaccine unit",
            "Pardell Pharmaceuticals Inc",
        ),
    ],
)
def test_the_body_whose_people_are_the_subject_speaks_next(
    nlp: Language, text: str, fragment: str, body: str
) -> None:
    assert speaker_of(nlp, text, fragment) == body


def test_people_who_do_not_act_for_the_body_leave_it_out_of_focus(nlp: Language) -> None:
    """Sport: fans are no club's voice."""
    text = (
        "Kelby Athletic fans marched to the stadium on Saturday, but a spokesman said the club would not change "
        "its plans."
    )
    assert speaker_of(nlp, text, "change its plans") != "Kelby Athletic"


def test_a_body_that_spoke_since_keeps_the_voice(nlp: Language) -> None:
    """Business: the rival spoke after the officials declined."""
    text = (
        "Pardell Pharmaceuticals Inc officials declined comment on the bid. Corvan Labs Inc said it would make a "
        "rival offer.\n\nA spokesman said it would be announced next week."
    )
    assert speaker_of(nlp, text, "announced next week") == "Corvan Labs Inc"


@pytest.mark.parametrize(
    ("text", "fragment"),
    [
        (  # inside a quotation: talked about, not acting
            '"Pardell officials never return our calls," said analyst Ann Lee of Brisk Securities Inc. A spokesman '
            "said the firm was busy.",
            "the firm was busy",
        ),
        (  # inside reported words: what was said, not who acts
            "Traders said Pardell Pharmaceuticals Inc officials were in talks. A spokesman said the firm was busy.",
            "the firm was busy",
        ),
    ],
)
def test_a_body_whose_people_are_only_talked_about_is_not_in_focus(nlp: Language, text: str, fragment: str) -> None:
    assert speaker_of(nlp, text, fragment) != "Pardell Pharmaceuticals Inc"
