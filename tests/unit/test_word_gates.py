"""The cheap gates in front of parse walks: a gate may let through words that come to nothing, never hold back
one that would have counted.

`detect._classifiable` picks the tokens `_classify` is asked about, `detect._contest_cues` the ones the contest
check reads, and `doc_cache.per_doc` keeps per-doc facts (with the latest doc's at hand). Each sentence is
invented, on several beats (politics, business, sport, courts, health, culture, science, international).
"""

from __future__ import annotations

import pytest
from spacy.language import Language
from spacy.tokens import Doc

from streams.enrich.doc_cache import per_doc
from streams.enrich.extractors.meetings.detect import (
    _classifiable,
    _classify,
    _contest_cues,
    find_triggers,
    tells_a_contest,
)

SENTENCES = [
    "Mayor Ines Okafor met with the transit union on Tuesday to discuss the fare freeze.",  # local politics
    "The chief executive of Brennholt Logistics sat down with the dock unions for a one-to-one on wages.",  # business
    "Coach Mateus Lindqvist had a quiet word with the referee after the semi-final.",  # sport
    "The judge called in both lawyers to explain the delay, and they returned to the negotiating table.",  # courts
    "Also present were Dr Amara Nwosu and the health minister, who held a sit-down with nurses.",  # health
    "The festival director Kenji Watanabe played host to the visiting choir and showed them around the hall.",
    "Researchers from the Halvard Institute spoke by phone with colleagues in Nairobi about the trial.",  # science
    "Foreign ministers Sofia Reyes and Li Wei held talks in Geneva and exchanged views on the border.",
    "The two clubs drew 2-2 in Saturday's derby, and Rovers will meet Athletic in the second round.",  # sport
    "Kofi Mensah took part in the round of talks; the co-op's board rang Priya Nair to summon her.",  # business
]


@pytest.fixture(scope="module")
def docs(nlp: Language) -> list[Doc]:
    return [nlp(text) for text in SENTENCES]


def test_every_trigger_word_passes_the_gate(docs: list[Doc]) -> None:
    holding = 0
    for doc in docs:
        taken = {t.i for t in doc if _classify(t) is not None}
        holding += bool(taken)
        assert taken <= set(_classifiable(doc)), doc.text
    assert holding >= len(docs) - 2  # the check is not empty: most sentences hold a word the classifier takes


def test_the_gate_keeps_most_words_out(docs: list[Doc]) -> None:
    asked = sum(len(_classifiable(doc)) for doc in docs)
    assert asked < sum(len(doc) for doc in docs) / 3


def test_split_words_pass_the_gate_whole(docs: list[Doc]) -> None:
    """"one-to-one", "sit-down", "semi-final": every piece next to a glued hyphen may be asked."""
    for doc in docs:
        for t in doc:
            if t.text == "-" and 0 < t.i < len(doc) - 1:
                assert {t.i - 1, t.i + 1} <= set(_classifiable(doc)), doc.text
                assert {t.i - 1, t.i, t.i + 1} <= set(_contest_cues(doc)), doc.text


@pytest.mark.parametrize(
    ("text", "contest"),
    [
        ("The two clubs drew 2-2 in Saturday's derby.", True),  # a scoreline: the hyphen alone tells it
        ("Rovers will meet Athletic in the second round.", True),  # a numbered round
        ("The sides met in the semi-final at Hampden.", True),  # a split contest word
        ("The league's commissioner met the players' union on Monday.", False),  # the body behind the contest
        ("Minister Aiko Tanaka met her counterpart Olu Adeyemi in Lagos.", False),  # no contest word at all
    ],
)
def test_contests_are_read_on_their_cues(nlp: Language, text: str, contest: bool) -> None:
    sent = next(iter(nlp(text).sents))
    assert tells_a_contest(sent) is contest
    assert not contest or find_triggers(sent) == []


def test_per_doc_serves_each_doc_its_own_value(nlp: Language) -> None:
    built: list[str] = []

    @per_doc
    def first_word(doc: Doc) -> str:
        built.append(doc[0].text)
        return doc[0].text

    a, b = nlp("Talks resumed in Oslo."), nlp("Negotiators met again.")
    assert [first_word(a), first_word(b), first_word(a), first_word(a)] == ["Talks", "Negotiators", "Talks", "Talks"]
    assert built == ["Talks", "Negotiators"]  # built once per doc, however the calls alternate
    with a.retokenize() as retokenizer:  # a retokenised doc is read again
        retokenizer.merge(a[0:2])
    assert first_word(a) == "Talks resumed"
    assert built == ["Talks", "Negotiators", "Talks resumed"]
