"""A "he" goes on with the person the story is about, not with one named after "by" in a participle that only
describes a noun ("backing the plan drawn up by X", "praising the work done by X"): that X is background, while
the agent of a passive clause ("X was called by Y") did the deed and stays in focus. Invented sentences."""

from __future__ import annotations

import pytest
from spacy.language import Language

from tests.unit.readers import speaker_of


@pytest.mark.parametrize(("text", "fragment", "speaker"), [
    pytest.param(
        "Governor Tomas Varga conceded on Sunday that his budget had gone too far.\n\n"
        "He spoke on a local radio show while praising the work done by Treasurer Milan Kessel in the talks.\n\n"
        'He said: "Our treasurer warned me about the cuts, and I should have listened to him."',
        "treasurer warned",
        "Tomas Varga",
        id="agent-of-a-noun-participle/politics",
    ),
    pytest.param(
        "Coach Rory Danvers admitted his side had played poorly in the cup final.\n\n"
        "He spoke at a club dinner while praising the tactics drawn up by assistant coach Neil Pardew.\n\n"
        'He said: "Neil told me to change the formation, and I did not do it."',
        "change the formation",
        "Rory Danvers",
        id="agent-of-a-noun-participle/sport",
    ),
])
def test_he_goes_on_with_the_subject(nlp: Language, text: str, fragment: str, speaker: str) -> None:
    assert speaker_of(nlp, text, fragment) == speaker


def test_the_agent_of_a_passive_clause_stays_in_focus(nlp: Language) -> None:
    text = (
        "Mayor Ina Brandt was questioned on Monday by Judge Oskar Lind.\n\n"
        "He said the hearing would resume next week."
    )
    assert speaker_of(nlp, text, "hearing would resume") == "Oskar Lind"
