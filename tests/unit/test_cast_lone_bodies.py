"""A body named by one word that the model reads as a person, a place or nothing is an organisation where the
clause gives it a body's voice; a surname written alone after the full name stays the person's. Invented
sentences from several beats."""

from __future__ import annotations

import pytest
from spacy.language import Language

from tests.unit.readers import story_cast


@pytest.mark.parametrize(
    ("text", "name"),
    [
        ("Medwatch said in a statement that the drug would be withdrawn.", "Medwatch"),  # health
        ("Ofrail said on its website that the timetable would change.", "Ofrail"),  # transport
        ("Pharmacheck said it had opened an inquiry into the merger.", "Pharmacheck"),  # business
        ('"The market is stable," Ofregs said in a statement.', "Ofregs"),  # energy regulation
        ("Railwatch fined the operator. Its director said more cases would follow.", "Railwatch"),  # local
        ("Shares fell after Bundesnetz said in a release that the licence was void.", "Bundesnetz"),  # markets
    ],
)
def test_one_word_with_a_bodys_voice_is_an_organisation(nlp: Language, text: str, name: str) -> None:
    c = story_cast(nlp, text)
    assert name in {o.name for o in c.organisations}
    assert name not in {p.name for p in c.people}


@pytest.mark.parametrize(
    ("text", "surname"),
    [
        ("Kenji Watanabe runs the clinic. Watanabe said in a statement that it would close.", "Watanabe"),  # health
        ("Mr Okonjo said in a statement that he would appeal the ruling.", "Okonjo"),  # courts
        ("Dr Solberg said in a statement that the trial had ended early.", "Solberg"),  # science
    ],
)
def test_a_surname_written_alone_stays_a_person(nlp: Language, text: str, surname: str) -> None:
    c = story_cast(nlp, text)
    assert surname not in {o.name for o in c.organisations}
    assert any(p.name.endswith(surname) for p in c.people)
