"""Papers or figures a body obtained, compiled or released ("according to documents obtained by X", "figures
released by X") speak with that body's voice; a person acted on by a body ("a man arrested by police") is no
such paper and stays unnamed. Invented sentences."""

from __future__ import annotations

import pytest
from spacy.language import Language

from tests.unit.readers import speakers


@pytest.mark.parametrize(
    ("text", "body"),
    [
        (  # local politics: documents a think tank obtained
            "The minister approved the contract weeks before the tender closed, according to documents obtained "
            "by the Kestrel Institute.",
            "Kestrel Institute",
        ),
        (  # economy: official figures
            "Exports to the region fell by a fifth, according to figures released by the Bureau of Statistics.",
            "Bureau of Statistics",
        ),
        (  # sport: data a consultancy compiled
            "The club paid the transfer fee in cash, according to data compiled by Nakamura Analytics.",
            "Nakamura Analytics",
        ),
    ],
)
def test_sourced_papers_speak_for_the_body(nlp: Language, text: str, body: str) -> None:
    assert speakers(nlp, text) == [body]


def test_a_person_acted_on_by_a_body_is_not_its_voice(nlp: Language) -> None:
    assert speakers(nlp, "The suspect fled the scene, according to a man arrested by police.") == [None]
