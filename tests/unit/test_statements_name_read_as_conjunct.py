"""A clause's subject the parse coordinates with the last noun of the clause before ("... work in the north and
Valdora said it would ...") and a speech verb left without a subject of its own: the name written right before
the verb speaks. A name joined to others before "and said" is no such subject. Invented sentences, several beats."""

from __future__ import annotations

import pytest
from spacy.language import Language

from tests.unit.readers import said


@pytest.mark.parametrize(
    ("text", "speaker", "quote"),
    [
        (  # trade
            "The rivals came close to a clash last month after Orvania announced plans to drill for gas in the "
            "Pacific and Valdora said the border accord had to be renegotiated.",
            "Valdora",
            "the border accord had to be renegotiated",
        ),
        (  # sport federation
            "Tension rose after the league announced it planned a new season in the Baltic and Tarnland said "
            "the new stadium levy was unfair to small clubs.",
            "Tarnland",
            "the new stadium levy was unfair to small clubs",
        ),
        (  # courts
            "The neighbours clashed last month after Orvania announced plans to drill for gas in the Andes and "
            "Valdora also said the zoning ruling should be reviewed by a higher court.",
            "Valdora",
            "the zoning ruling should be reviewed by a higher court",
        ),
    ],
)
def test_a_name_coordinated_across_clauses_speaks(nlp: Language, text: str, speaker: str, quote: str) -> None:
    assert (speaker, "indirect", quote) in said(nlp, text)


def test_a_name_joined_to_others_before_and_said_is_no_speaker(nlp: Language) -> None:
    text = "Mayor Tom Reddick met envoys from Orvania and Valdora and said the vaccine rules needed more time."
    assert said(nlp, text) == [("Tom Reddick", "indirect", "the vaccine rules needed more time")]
