""" "The Prime Minister's Office said": the office a title owns speaks as a body, not as a person called "Office".
Invented sentences."""

from __future__ import annotations

import pytest
from spacy.language import Language

from tests.unit.readers import speakers


@pytest.mark.parametrize(
    ("text", "body"),
    [
        (  # health
            "Vaccination resumed in Lusaka on Monday. The Prime Minister's Office said 2,000 doses had arrived.",
            "Prime Minister's Office",
        ),
        (  # local politics
            "Bin collections stopped in Tavira for a week. The Mayor's Office said crews would return on Friday.",
            "Mayor's Office",
        ),
        (  # international
            "Talks with the rebels stalled in Goma. The President's Office said a new round would open soon.",
            "President's Office",
        ),
    ],
)
def test_an_office_owned_by_a_title_is_a_body(nlp: Language, text: str, body: str) -> None:
    assert speakers(nlp, text)[-1] == body
