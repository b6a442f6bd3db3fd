"""A court filing speaks for the party that filed it: "X has filed a suit ... The suit alleges", "In a
lawsuit filed on Monday, X said ... the complaint says", "the firm's suit claims". News writes one filing as
"the suit", "the lawsuit" and "the complaint" in turn; a filing whose filer the article does not name ("a
group of tenants filed suit") speaks for no one. Invented sentences."""

from __future__ import annotations

import pytest
from spacy.language import Language

from tests.unit.readers import speaker_of


@pytest.mark.parametrize(("text", "fragment", "filer"), [
    pytest.param(
        "Dravo Softworks Inc has filed a copyright suit against Pellam Data Corp in a Denver court.\n\n"
        "The suit alleges that Pellam copied the code of its billing program.",
        "Pellam copied",
        "Dravo Softworks Inc",
        id="the-suit-its-filer-filed/software",
    ),
    pytest.param(
        "In a lawsuit filed on Monday, Castor Mills Corp said a rival bidder had misled its holders.\n\n"
        "The complaint also says the bidder bought shares through hidden accounts.",
        "hidden accounts",
        "Castor Mills Corp",
        id="the-complaint-after-a-lawsuit/takeover",
    ),
    pytest.param(
        "Orley Biotech Ltd has taken Senna Labs to court over a patent.\n\n"
        "The firm filed a lawsuit in Boston on Friday.\n\n"
        "The lawsuit claims Senna used the patented method in two of its plants.",
        "patented method",
        "Orley Biotech Ltd",
        id="a-lawsuit-filed-by-the-firm/patents",
    ),
])
def test_a_filing_speaks_for_its_filer(nlp: Language, text: str, fragment: str, filer: str) -> None:
    assert speaker_of(nlp, text, fragment) == filer


def test_a_filing_by_unnamed_people_speaks_for_no_one(nlp: Language) -> None:
    text = (
        "A group of tenants filed suit in a county court against the Harwick Housing Trust.\n\n"
        "The suit alleges that the trust let the heating fail for three winters."
    )
    assert speaker_of(nlp, text, "heating fail") is None
