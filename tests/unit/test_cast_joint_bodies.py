"""A body's description coordinated with other bodies speaks with all of them: "the agency and the council said",
"the union and Tarn Mining said", "the subcommittee and the ministry said". A body coordinated with a crowd or with
people the article leaves unnamed names no joint voice (the body's own reading stands). Invented sentences, several
beats."""

from __future__ import annotations

import pytest
from spacy.language import Language

from tests.unit.readers import meetings_in, side_names, speaker_of


@pytest.mark.parametrize(("text", "fragment", "speaker"), [
    pytest.param(
        "The Tarn Health Agency and the Varnholt City Council will review the clinic plan.\n\n"
        "The agency and the council said they would report in May.",
        "report in May", "Tarn Health Agency and Varnholt City Council", id="agency-and-council/local-government",
    ),
    pytest.param(
        "Tarn Mining Ltd cut 300 jobs at its Orvia pit on Monday, and the Orvia Miners Union called a strike.\n\n"
        "The union and Tarn Mining said talks would resume on Friday.",
        "talks would resume", "Orvia Miners Union and Tarn Mining Ltd", id="union-and-firm/labour",
    ),
    pytest.param(
        "A Senate subcommittee on research opened an inquiry into the Kestrel Space Laboratory.\n\n"
        "The subcommittee and the laboratory have said they are sharing all flight records.",
        "sharing all flight records", "Senate subcommittee and Kestrel Space Laboratory",
        id="subcommittee-and-lab/science",
    ),
])
def test_coordinated_bodies_speak_together(nlp: Language, text: str, fragment: str, speaker: str) -> None:
    assert speaker_of(nlp, text, fragment) == speaker


@pytest.mark.parametrize(("text", "fragment", "speaker"), [
    pytest.param(
        "The Orvia Miners Union called a strike on Monday.\n\nThe union and analysts said the pit would close.",
        "pit would close", "Orvia Miners Union", id="body-and-a-crowd/labour",
    ),
    pytest.param(
        "The Calder Rovers board met on Monday.\n\nThe club and officials said the stand would reopen in May.",
        "stand would reopen", "Calder Rovers", id="body-and-unnamed-officials/sport",
    ),
])
def test_no_joint_voice_with_a_crowd(nlp: Language, text: str, fragment: str, speaker: str) -> None:
    assert speaker_of(nlp, text, fragment) == speaker


def test_coordinated_bodies_stay_two_sides_of_a_meeting(nlp: Language) -> None:
    text = (
        "Tarn Mining Ltd cut 300 jobs, and the Orvia Miners Union called a strike.\n\n"
        "The union and Tarn Mining held talks on Friday."
    )
    assert [side_names(m) for m in meetings_in(nlp, text, published=None)] == [
        {"Orvia Miners Union", "Tarn Mining Ltd"}
    ]
