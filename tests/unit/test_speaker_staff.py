"""A body's staff speak for it as its officials do: "committee staff said" (and a bare "staff said" after
them), "Other VRS staff said", and "Senate staff members said" (people written after another people's noun speak
for that people's body). A capital that only opens the sentence names no one's staff. Invented sentences."""

from __future__ import annotations

from spacy.language import Language

from tests.unit.readers import speakers


def test_committee_staff_and_then_bare_staff_speak_for_the_committee(nlp: Language) -> None:
    text = (
        "The Norland Senate Fisheries Committee will vote on Thursday on a plan to limit trawling near the coast, "
        "committee staff said.\n\n"
        "The plan would create patrols of up to nine boats, staff said."
    )
    assert speakers(nlp, text) == ["Norland Senate Fisheries Committee"] * 2


def test_staff_members_of_a_named_body_speak_for_it(nlp: Language) -> None:
    text = (
        "The Norland Senate Fisheries Committee met on Thursday.\n\n"
        "Senate staff members told reporters the trawling plan had wide support."
    )
    assert speakers(nlp, text) == ["Senate"]


def test_staff_under_a_bodys_initials_speak_for_it(nlp: Language) -> None:
    text = (
        "The Varden Revenue Service (VRS) said it would check foreign firms more closely.\n\n"
        "Other VRS staff said foreign firms paid less tax than local ones."
    )
    assert speakers(nlp, text) == ["Varden Revenue Service", "Varden Revenue Service"]


def test_a_sentence_opening_capital_names_no_ones_staff(nlp: Language) -> None:  # must not fire
    text = "Councillors met at Town Hall on Tuesday.\n\nTown staff estimated that the fare plan would cost little."
    assert speakers(nlp, text) == [None]
