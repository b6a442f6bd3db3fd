"""A plural subject's verb the small model reads as a noun after a name ("Talks between X and the Y Federation
resume tomorrow"): the repair gives the sentence its verb, and the talks their two sides. Invented sentences,
publication date Thursday 2024-03-14."""

from __future__ import annotations

import datetime as dt

import pytest

from streams.enrich.extractors.meetings import extract_meetings
from streams.enrich.nlp import parse
from streams.enrich.repairs.noun_read_verbs import noun_read_verbs
from streams.ingest.article import Article

THURSDAY = dt.datetime(2024, 3, 14, 9, 0, tzinfo=dt.UTC)


@pytest.mark.parametrize(
    ("beat", "text", "sides"),
    [
        ("airline", "Talks between Sunbird Airways and the Engineers Federation resume tomorrow in Nairobi.",
         {"Sunbird Airways", "Engineers Federation"}),
        ("sport", "Talks between Fenwick United and the Players Association restart tomorrow in Leeds.",
         {"Fenwick United", "Players Association"}),
        ("culture", "Talks between the National Opera and the Musicians Union resume tomorrow in Dakar.",
         {"National Opera", "Musicians Union"}),
        ("courts", "Talks between Delacroix Pharma and the Patients Alliance resume on Friday in Lyon.",
         {"Delacroix Pharma", "Patients Alliance"}),
        ("business", "Negotiations between Quantia Systems and the Federation of Retailers resume next week.",
         {"Quantia Systems", "Federation of Retailers"}),
    ],
)
def test_talks_that_resume_are_planned_between_both_sides(nlp, beat, text, sides):
    [meeting] = extract_meetings(parse(Article(id="t", text=text, published_at=THURSDAY), nlp))
    assert {p.name for p in meeting.participants} == sides, beat
    assert meeting.status == "planned", beat


def test_the_repair_makes_the_word_the_verb_and_the_plural_noun_its_subject(nlp):
    doc = nlp("Talks between Sunbird Airways and the Engineers Federation resume tomorrow in Nairobi.")
    verb = doc[8]
    assert (verb.lower_, verb.dep_, verb.head.i, verb.tag_) == ("resume", "ROOT", 8, "VBP")
    assert (doc[0].dep_, doc[0].head.i) == ("nsubj", 8)
    assert doc[7].head.i == 3 and doc[6].head.i == 7  # "the Engineers Federation" is a side again
    assert doc[9].head.i == 8  # "tomorrow" tells when the talks resume


@pytest.mark.parametrize(
    "text",
    [
        "Talks between Sunbird Airways and the Engineers Federation.",  # a headline: no verb to find
        "Talks between Orkney Capital and Tanaka Motors resumed on Monday.",  # a verb of its own
        "Shares in Halvorsen Foods rose sharply.",
        "Record rainfall in the valley.",
    ],
)
def test_sentences_with_a_verb_or_none_to_find_stay_as_read(nlp, text):
    doc = nlp(text)
    before = [(t.dep_, t.head.i, t.tag_) for t in doc]
    assert [(t.dep_, t.head.i, t.tag_) for t in noun_read_verbs(doc)] == before
