"""A bare "officials said" after a crowd the article named for a body ("X officials", "officials at X") is that
body's voice again; before any such crowd, after one that named no body, or written with words of its own
("two officials", "senior officials") it stays unnamed. Invented sentences, several beats."""

from __future__ import annotations

import pytest
from spacy.language import Language

from tests.unit.readers import speakers


@pytest.mark.parametrize(
    ("text", "body"),
    [
        (  # business
            "Harlan Foods officials said the plant would close in June. Output will move to a new site, "
            "officials said.",
            "Harlan Foods",
        ),
        (  # sport
            "Carrow Rovers officials said the match would be replayed next week. Tickets will be refunded, officials "
            "said.",
            "Carrow Rovers",
        ),
        (  # local politics
            "Denholm Council officials said the bridge would reopen on Friday. Repairs will cost two million pounds, "
            "officials said.",
            "Denholm Council",
        ),
        (  # science
            "Norvik Institute officials said the telescope was working again. The first images are due in May, "
            "officials said.",
            "Norvik Institute",
        ),
        (  # energy
            "Officials at Marram Power said the outage was over. The cause is still unknown, officials said.",
            "Marram Power",
        ),
        (  # business, the crowd opening its sentence
            "Harlan Foods officials said the plant would close in June. Officials said output would move to a new "
            "site.",
            "Harlan Foods",
        ),
        (  # transport, another representative noun
            "Treadwell Airlines executives said fares would rise in spring. Fuel costs had doubled, executives said.",
            "Treadwell Airlines",
        ),
    ],
)
def test_a_bare_crowd_echoes_the_body_it_spoke_for(nlp: Language, text: str, body: str) -> None:
    assert speakers(nlp, text)[:2] == [body, body]


def test_a_second_cue_of_the_bare_crowd_is_the_same_body(nlp: Language) -> None:
    text = "Harlan Foods officials said the plant would close. Output will move abroad, officials said, adding that " \
        "no jobs would go."
    assert speakers(nlp, text) == ["Harlan Foods"] * 3


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        (  # a bare crowd before any named one: nothing is guessed forwards
            "The bridge will reopen in May, officials said. Denholm Council officials said the cost was high.",
            [None, "Denholm Council"],
        ),
        ("Officials said the fire was under control. Officials said two homes were lost.", [None, None]),
        (  # a crowd with words of its own is people brought in, not the crowd before
            "Harlan Foods officials said the plant would close. Two officials said the decision was made in May.",
            ["Harlan Foods", None],
        ),
        (  # a crowd that named no body since makes the bare word ambiguous again
            "Harlan Foods officials said the plant would close. Officials at several banks said loans would be cut. "
            "Rates will rise, officials said.",
            ["Harlan Foods", None, None],
        ),
        ("Harlan Foods officials said the plant would close. Analysts said the shares would fall.",
         ["Harlan Foods", None]),
    ],
)
def test_no_body_is_guessed_for_other_crowds(nlp: Language, text: str, expected: list[str | None]) -> None:
    assert speakers(nlp, text)[: len(expected)] == expected
