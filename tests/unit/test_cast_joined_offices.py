"""Two offices joined by "and" before the name they are set off from are both hers: "the governor of Lagos
State and chairman of the Coastal Governors Forum, Amara Diallo" holds both (cast15's two-office reading of
`titles.comma_title`). Invented sentences on three beats
(local politics, science, sport)."""

from __future__ import annotations

import pytest
from spacy.language import Language

from streams.enrich.cast import cast_of
from streams.enrich.nlp import parse
from streams.ingest.article import Article


@pytest.mark.parametrize(
    ("text", "name", "offices"),
    [
        ("The talks were attended by the governor of Ondo State and Chairman of the Southern Governors Forum, "
         "Tunde Bakare, officials said.", "Tunde Bakare", ("governor of", "chairman of")),
        ("The study was led by the director of the Lunar Research Institute and President of the Astronomy "
         "Society, Priya Raman, in March.", "Priya Raman", ("director of", "president of")),
        ("The award went to the captain of Fenwick United and president of the Players Association, Jonas "
         "Lindqvist, on Saturday.", "Jonas Lindqvist", ("captain of", "president of")),
    ],
)
def test_both_joined_offices_are_kept(nlp: Language, text: str, name: str, offices: tuple[str, str]) -> None:
    doc = parse(Article(id="t", text=text), nlp).doc
    [person] = [p for p in cast_of(doc).people if p.name == name]
    held = " ".join(title for _, title in person.titles).lower()
    assert all(office in held for office in offices), person.titles
