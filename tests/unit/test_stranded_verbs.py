"""A verb the parser hung on a noun as its modifier, though it has a subject, heads its clause again."""

from __future__ import annotations

import datetime as dt

import pytest
from spacy.tokens import Doc

from streams.enrich.repairs import bracketed_names
from streams.enrich.repairs.stranded_verbs import FACTORY, stranded_verbs
from streams.ingest.article import Article


def _misparsed(nlp, words: list[str]) -> Doc:
    """ "Title Given Al - Surname VERB NOUN with the X ." parsed the way the small model sometimes does:
    the surname is the verb's subject while the verb modifies the noun, which heads the sentence."""
    heads = [4, 4, 4, 4, 5, 6, 6, 6, 9, 7, 6]
    deps = ["compound", "compound", "compound", "punct", "nsubj", "amod", "ROOT", "prep", "det", "pobj", "punct"]
    tags = ["NNP", "NNP", "NNP", "HYPH", "NNP", "VBN", "NNS", "IN", "DT", "NN", "."]
    return Doc(nlp.vocab, words=words, heads=heads, deps=deps, tags=tags)


@pytest.mark.parametrize(
    "words",
    [
        ["Mayor", "Fatima", "Al", "-", "Sayed", "held", "talks", "with", "the", "union", "."],
        ["Professor", "Omar", "Al", "-", "Rashid", "led", "surveys", "of", "the", "reef", "."],
        ["Coach", "Hamid", "Al", "-", "Khatib", "signed", "forms", "for", "the", "club", "."],
    ],
)
def test_a_verb_with_a_subject_read_as_a_modifier_heads_the_clause(nlp, words):
    doc = stranded_verbs(_misparsed(nlp, words))
    verb, noun = doc[5], doc[6]
    assert (verb.dep_, verb.head.i) == ("ROOT", verb.i)
    assert (noun.dep_, noun.head.i) == ("dobj", verb.i)
    assert doc[4].head.i == verb.i and doc[10].head.i == verb.i
    assert doc[7].head.i == noun.i  # "talks with the union": what follows the object stays with it
    assert len(list(doc.sents)) == 1


def test_a_participle_without_a_subject_still_modifies_its_noun(nlp):
    doc = nlp("The vote followed a heated debate in the chamber.")
    before = [(t.dep_, t.head.i) for t in doc]
    assert [(t.dep_, t.head.i) for t in stranded_verbs(doc)] == before


def test_the_shared_pipeline_repairs_the_parse_right_after_the_parser(nlp):
    """Only the wire brackets' punctuation comes first: every repair reads the names it makes whole."""
    names = list(nlp.pipe_names)
    after_parser = names[names.index("parser") + 1 :]
    assert after_parser[:2] == [bracketed_names.PUNCTUATION, FACTORY]


def test_talks_held_by_a_titled_name_with_a_particle_are_a_meeting_of_both(enricher):
    text = "Mayor Fatima Al-Sayed held talks with Governor Ingrid Halvorsen in Bergen on Monday."
    enriched = enricher.enrich(Article(id="s", text=text, published_at=dt.datetime(2026, 3, 5)))
    assert [sorted(p.name for p in m.participants) for m in enriched.meetings] == [
        ["Fatima Al-Sayed", "Ingrid Halvorsen"]
    ]


@pytest.mark.parametrize(
    ("text", "speaker", "words"),
    [
        ("Finance director Rahul Verma, meanwhile, insisted sales would recover by the spring.", "Rahul Verma",
         "sales would recover by the spring"),  # business
        ("Captain Yusuf Demir, however, insisted results would improve after the break.", "Yusuf Demir",
         "results would improve after the break"),  # sport
        ("Councillor Kofi Mensah, meanwhile, insisted taxes would stay the same next year.", "Kofi Mensah",
         "taxes would stay the same next year"),  # local politics
    ],
)
def test_a_verb_read_as_the_modifier_of_a_second_subject_heads_the_sentence(enricher, text, speaker, words):
    enriched = enricher.enrich(Article(id="s", text=text, published_at=dt.datetime(2026, 3, 5)))
    assert [(s.speaker.name if s.speaker else None, s.quote) for s in enriched.statements] == [(speaker, words)]


def test_a_modifier_of_the_only_subject_stays_a_modifier(nlp):
    doc = nlp("Meanwhile, retired nurses would return to the wards in March.")  # health
    before = [(t.dep_, t.head.i) for t in doc]
    assert [(t.dep_, t.head.i) for t in stranded_verbs(doc)] == before
