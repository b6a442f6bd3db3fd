"""An unnamed holder of a post that a named body owns ("the X board's medical director said") speaks for that
body, and so do "the director" and "he said" after it; a person named in between keeps the pronoun, and a
post whose holder the article named stays that person's."""

from __future__ import annotations

import pytest
from spacy.language import Language

from tests.unit.readers import speakers


@pytest.mark.parametrize(
    ("text", "body"),
    [
        # health: the post-holder, the bare post, then pronouns
        ("Flu cases have doubled this month, the Tarsa Health Board's medical director in Tarsa said.\n\n"
         "The director, who visited two wards, said clinics had postponed routine surgery.\n\n"
         "He said the peak would come in February.", "Tarsa Health Board"),
        # diplomacy: an embassy's officer
        ("Crop conditions in the north are poor, the Ruritanian embassy's crop officer at Vell said.\n\n"
         "The officer, who toured the plains, said frost had delayed the harvest.\n\n"
         "Damage was wider than local estimates, he said.", "Ruritanian embassy"),
    ],
)
def test_the_chain_after_an_unnamed_post_holder_is_the_body(nlp: Language, text: str, body: str) -> None:
    assert speakers(nlp, text) == [body, body, body]


def test_a_person_named_after_the_post_holder_keeps_the_pronoun(nlp: Language) -> None:
    text = (
        "Crop conditions in the north are poor, the Ruritanian embassy's crop officer at Vell said.\n\n"
        "Anton Weller, a grower near the border, said frost had delayed the harvest.\n\n"
        "He said prices would rise."
    )
    assert speakers(nlp, text) == ["Ruritanian embassy", "Anton Weller", "Anton Weller"]


def test_a_post_whose_holder_was_named_is_that_person(nlp: Language) -> None:
    text = (
        "Marta Okafor, the Halden city council's chief engineer, spoke on Monday.\n\n"
        "The bridge must close for repairs, the Halden city council's chief engineer said."
    )
    assert speakers(nlp, text)[-1] == "Marta Okafor"
