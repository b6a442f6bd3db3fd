"""Being in talks with a place ("the town of X") courts a prospect; people or bodies across the table still meet."""

from __future__ import annotations

import pytest

from streams.enrich.extractors.meetings import extract_meetings
from streams.enrich.model import Meeting
from streams.enrich.nlp import parse
from streams.ingest.article import Article


@pytest.fixture(scope="module")
def meetings(nlp):
    def run(text: str) -> list[Meeting]:
        return extract_meetings(parse(Article(id="t", text=text, title=None, published_at=None), nlp))

    return run


@pytest.mark.parametrize("text", [
    "Tamsin Orlov, an architect, told us her studio has been in talks with the city of Corvale over a trial route.",
    "Bruno Keating, a clinic director, said the firm is in talks with the town of Lindmoor over a vaccination drive.",
    "Ilse Marren, a theatre producer, remains in talks with the state of Velbrugge about a touring grant.",
])
def test_talks_with_a_place_are_a_prospect_not_an_encounter(meetings, text: str) -> None:
    assert meetings(text) == []


@pytest.mark.parametrize(("text", "side"), [
    ("Tamsin Orlov, an architect, told us her studio has been in talks with the mayor of Corvale, Oren Callow, "
     "about a trial route.", "Oren Callow"),
    ("Bruno Keating, a clinic director, held talks with the town of Lindmoor on Monday about a vaccination drive.",
     "Lindmoor"),
    ("Ilse Marren, a theatre producer, told us her troupe remains in talks with Velbrugge Holdings on a grant.",
     "Velbrugge Holdings"),
])
def test_people_or_a_named_body_across_the_table_still_meet(meetings, text: str, side: str) -> None:
    found = meetings(text)
    assert len(found) == 1
    assert side in {p.name for p in found[0].participants}
