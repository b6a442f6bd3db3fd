"""An unnamed holder of a post that a named body owns ("the X board's medical director said") speaks for that
body, and so do "the director" and "he said" after it; a person named in between keeps the pronoun, and a
post whose holder the article named stays that person's."""

from __future__ import annotations

import pytest
from spacy.language import Language

from tests.unit.readers import said, speakers


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


def test_a_lede_whose_verb_points_to_something_is_the_trailing_speakers(nlp: Language) -> None:
    # the clause's own verb ("indicate") is no voice: what comes before the comma is what the speaker said
    text = "Recent figures in Lume indicate weaker prospects for the season, the Corvin Institute's head said."
    assert said(nlp, text)[0][::2] == (
        "Corvin Institute",
        "Recent figures in Lume indicate weaker prospects for the season",
    )


def test_the_paper_a_speaker_spoke_in_speaks_for_that_speaker(nlp: Language) -> None:
    text = (
        "Ore output will fall this year, the Brenmoor council's mining inspector said.\n\n"
        "The inspector warned in a letter to the mines ministry that two pits had closed.\n\n"
        "The letter adds a third pit would close in autumn."
    )
    assert speakers(nlp, text) == ["Brenmoor council"] * 3


def test_a_report_another_body_published_stays_that_bodys(nlp: Language) -> None:
    text = (
        "Ore output will fall this year, Anton Weller said.\n\n"
        "The Vantor Institute published a report on Monday.\n\n"
        "The report adds a third pit would close in autumn."
    )
    assert speakers(nlp, text) == ["Anton Weller", "Vantor Institute"]
