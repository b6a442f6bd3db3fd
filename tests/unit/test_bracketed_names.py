"""Wire copy's angle brackets around a firm's name ("<A>, a unit of <B>, said"): the brackets are punctuation
to the parser, the first firm speaks and a later "the company said" is that firm. Invented sentences."""

from __future__ import annotations

import pytest
from spacy.language import Language

from streams.enrich.repairs.bracketed_names import bracket_pairs
from tests.unit.readers import speakers


@pytest.mark.parametrize(
    ("first", "link", "second", "body", "later"),
    [
        ("<Torvane Mills Ltd>", "38 pct owned by", "<Ashgrove Partners Inc>", "profits will rise next year",
         "The rise comes from lower costs"),
        ("<Pelloran Clinics Corp>", "majority owned by", "<Drevant Health Plc>", "it will open three wards",
         "The wards will cost 12 mln dlrs"),
        ("<Kestrin Sports Co>", "controlled by", "<Halbeck Capital Ltd>", "its rugby side will move grounds",
         "The move takes effect in June"),
        ("<Ulvane Press Inc>", "a subsidiary of", "Morrow Print Group", "its papers will cost more",
         "The price goes up in May"),
    ],
)
def test_the_bracketed_firm_before_its_holder_speaks(
    nlp: Language, first: str, link: str, second: str, body: str, later: str
) -> None:
    text = f"{first}, {link} {second}, said {body}.\n\n{later}, the company said."
    name = first.strip("<>")
    assert speakers(nlp, text) == [name, name]


def test_brackets_keep_every_offset(nlp: Language) -> None:
    doc = nlp("<Torvane Mills Ltd>, a unit of <Ashgrove Partners Inc>, said profits will rise.")
    assert [(t.text, t.tag_, t.dep_) for t in (doc[0], doc[4])] == [("<", "-LRB-", "punct"), (">", "-RRB-", "punct")]
    assert doc[0].head.text == doc[4].head.text == "Ltd"
    assert doc.text.startswith("<Torvane Mills Ltd>,")


@pytest.mark.parametrize(
    "text",
    [
        "Growth was > 5 pct and inflation < 3 pct, Torvane Mills Ltd said.",
        "The page read <b>Results</b>, Torvane Mills Ltd said.",
        "Torvane Mills Ltd <TVML.L> said profits will rise.",
        "Torvane Mills Ltd said A<B and C>D held.",
        "Torvane Mills Ltd, a unit of Ashgrove Partners Inc, said profits will rise.",
    ],
)
def test_no_brackets_but_a_firms_name(nlp: Language, text: str) -> None:
    assert bracket_pairs(nlp.make_doc(text)) == []
