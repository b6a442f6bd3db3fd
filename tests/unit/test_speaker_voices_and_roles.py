"""Who speaks when an unnamed voice, a person talked about, or a judge's other title comes between a named
speaker and a he/she; and whose line a quote put to the reporter's subject is. Invented sentences."""

from __future__ import annotations

import pytest
from spacy.language import Language

from tests.unit.readers import said, speakers


@pytest.mark.parametrize(
    ("text", "speaker"),
    [
        (  # transport: an unnamed official of the body spoke between, then the named chief is the subject again
            "Tomas Feretti, chief of RTA's planning branch, said RTA has worked closely with the ministry. "
            '"We expect fares to rise next year," an RTA official told reporters. '
            "Feretti calculated that fares would rise. The rise is about 20 cents per ride, he said.",
            "Tomas Feretti",
        ),
        (  # farming
            "Kofi Mensah, head of NGC's export unit, said NGC will keep its quotas. "
            '"Sales will fall this season," an NGC official said. '
            "Mensah estimated that sales would fall. The drop is a tenth of the crop, he said.",
            "Kofi Mensah",
        ),
    ],
)
def test_a_named_subject_after_an_unnamed_voice_is_he(nlp: Language, text: str, speaker: str) -> None:
    assert speakers(nlp, text)[-1] == speaker


def test_a_spokesman_keeps_his_voice_when_no_one_named_came_between(nlp: Language) -> None:
    text = (
        '"We expect longer waits," a spokesman for the State Health Board told reporters. '
        "The State Health Board has cut beds since May. The backlog will take two years to clear, he said."
    )
    assert speakers(nlp, text)[-1] == "State Health Board"


@pytest.mark.parametrize(
    "text",
    [
        (  # business
            "Ravi Okonkwo spoke for an hour on Tuesday. Okonkwo told reporters friends kept telling him "
            '"Ravi, just don\'t sell the plant" for months.'
        ),
        (  # health
            "Gareth Whitlow spoke for an hour on Tuesday. Whitlow told reporters his doctors told him "
            '"Rest for a month" after the fall.'
        ),
    ],
)
def test_a_line_others_put_to_the_speaker_is_not_his(nlp: Language, text: str) -> None:
    assert said(nlp, text)[-1][0] is None


@pytest.mark.parametrize(
    "text",
    [
        'Pavel Dusek spoke on Tuesday. Dusek said he told them "sign the deal" many times.',
        'Pavel Dusek spoke on Tuesday. Dusek said the report concludes "take the offer" in plain words.',
    ],
)
def test_the_reporters_own_or_a_documents_line_stays_his(nlp: Language, text: str) -> None:
    assert said(nlp, text)[-1][0] == "Pavel Dusek"


@pytest.mark.parametrize("title", ["Supreme court justice", "Chief justice", "High court justice"])
def test_the_judge_is_the_justice_named_before(nlp: Language, title: str) -> None:
    text = (
        f"{title} Hana Brezina today delayed a ruling on the players' union claim. "
        "The judge told the lawyers she wanted fuller evidence from both sides."
    )
    assert speakers(nlp, text)[-1] == "Hana Brezina"


def test_the_judge_is_never_a_justice_minister(nlp: Language) -> None:
    text = (
        "Justice minister Hana Brezina today criticised the court, which delayed a ruling on the claim. "
        "The judge told the lawyers she wanted fuller evidence from both sides."
    )
    assert speakers(nlp, text)[-1] is None


def test_a_role_in_reported_words_does_not_take_his_next_line(nlp: Language) -> None:
    text = (
        "Kofi Mensah spoke at the club dinner on Tuesday. Mensah added that a coach should pick the side "
        'alone. Without that, he said, "every squad would stall within a year."'
    )
    assert speakers(nlp, text)[-1] == "Kofi Mensah"


def test_an_unnamed_person_in_the_narrative_still_takes_he(nlp: Language) -> None:
    text = (
        "Kofi Mensah spoke at the club dinner on Tuesday. A coach at the meeting stood up to object. "
        'He said "every squad would stall within a year."'
    )
    assert speakers(nlp, text)[-1] is None


def test_a_named_firm_denying_after_a_fronted_clause_says_its_own_clause(nlp: Language) -> None:
    text = (
        "Fans voiced hope that the club would be sold, however one company named by analysts, "
        "Norbeck Mining Ltd, denied that it wanted the club."
    )
    assert said(nlp, text)[-1] == ("Norbeck Mining Ltd", "indirect", "it wanted the club")


def test_a_trailing_cue_still_says_the_clause_before_it(nlp: Language) -> None:
    assert said(nlp, "The ward will reopen in May, Orvane Biotech Corp said in a letter.")[-1][0] == (
        "Orvane Biotech Corp"
    )
