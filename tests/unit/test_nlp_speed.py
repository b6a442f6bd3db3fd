"""The core's speed-ups change how annotations are made, never what they are."""

from __future__ import annotations

import numpy
import pytest
import spacy
from click.testing import CliRunner
from hypothesis import given, settings
from hypothesis import strategies as st
from spacy.attrs import DEP, ENT_IOB, ENT_TYPE, HEAD, LEMMA, MORPH, POS, SENT_START, TAG

from streams.cli.main import cli
from streams.enrich.nlp import DEFAULT_MODEL, load_nlp, paragraphs, parse, use_attribute_table
from streams.enrich.pipeline import Enricher, EnrichmentFailed
from streams.enrich.repairs.glued_names import use_glued_names
from streams.enrich.repairs.parenthetical_verbs import use_parenthetical_verbs
from streams.enrich.repairs.stranded_verbs import use_stranded_verbs
from streams.enrich.speedups.matmul import (
    MATMUL_ENV,
    InvalidMatmulSetting,
    choose_matmul,
    faster,
    matmul_from_env,
    matmul_of,
)
from streams.enrich.vocabulary.english_words import use_english_words
from streams.ingest.article import Article

TEXTS = [
    "The harbour board said on Monday that it would not raise the fees again.",
    "  Two spaces lead, a tab\tfollows, and it's \"quoted\" — twice: 'yes'.",
    "Ms. Varga, who chairs the panel, didn't answer; she'll decide by 3 p.m.",
    "I am. You were. They've been there, haven't they?\n\nA new paragraph begins here.",
    "",
]


@pytest.fixture(scope="module")
def stock():
    """The stock model with our parse and entity repairs, which both multiplications share."""
    return use_stranded_verbs(use_parenthetical_verbs(use_glued_names(use_english_words(spacy.load(DEFAULT_MODEL)))))


def test_attribute_table_sets_exactly_what_the_attribute_ruler_sets(nlp, stock):
    assert "attribute_table" in nlp.pipe_names and "attribute_ruler" not in nlp.pipe_names
    attrs = [TAG, POS, MORPH, LEMMA, DEP, HEAD]
    for text in TEXTS:
        assert numpy.array_equal(nlp(text).to_array(attrs), stock(text).to_array(attrs)), text


@pytest.mark.parametrize("choice", ["openblas", "blis"])
def test_either_matmul_annotates_exactly_as_the_stock_model(nlp, stock, sample_articles, choice):
    """The stock model multiplies with blis; ours with whichever is faster here: same annotations."""
    before = matmul_of(nlp)
    try:
        assert choose_matmul(nlp, choice) == choice == matmul_of(nlp)
        attrs = [TAG, DEP, HEAD, LEMMA, ENT_IOB, ENT_TYPE, SENT_START]
        for article in sample_articles:
            for piece in paragraphs(article["text"]):
                assert numpy.array_equal(nlp(piece).to_array(attrs), stock(piece).to_array(attrs)), piece[:60]
    finally:
        choose_matmul(nlp, before)


def test_matmul_setting_is_checked_and_auto_measures(nlp, monkeypatch):
    before = matmul_of(nlp)
    try:
        assert choose_matmul(nlp, "auto") in ("blis", "openblas")
        assert faster(nlp) in ("blis", "openblas")
    finally:
        choose_matmul(nlp, before)
    monkeypatch.setenv(MATMUL_ENV, "OpenBLAS ")
    assert matmul_from_env() == "openblas"
    monkeypatch.setenv(MATMUL_ENV, "mkl")
    with pytest.raises(InvalidMatmulSetting, match=MATMUL_ENV):
        load_nlp()
    result = CliRunner().invoke(cli, ["enrich", "-"], input="Some text.")
    assert result.exit_code != 0 and MATMUL_ENV in result.output


def test_use_attribute_table_is_idempotent(nlp):
    names = list(nlp.pipe_names)
    assert use_attribute_table(nlp).pipe_names == names


@given(st.lists(st.sampled_from(["Word", " ", "\n", "\n\n", "\n \n", ".", "x y", "\t"]), max_size=30))
@settings(max_examples=200, deadline=None)
def test_paragraph_pieces_join_back_to_the_text(parts):
    text = "".join(parts)
    pieces = paragraphs(text)
    assert "".join(pieces) == text
    assert all(pieces) or pieces == [""]


def test_paragraph_parse_keeps_text_and_tokens(nlp, sample_articles):
    for raw in sample_articles:
        doc = parse(Article(id=raw["id"], text=raw["text"]), nlp).doc
        assert doc.text == raw["text"]
        assert [t.idx for t in doc] == [t.idx for t in nlp.make_doc(raw["text"])]
        assert all(doc[s.start].is_sent_start for s in doc.sents)


def test_enrich_many_agrees_with_enrich(enricher, sample_articles):
    articles = [Article(id=a["id"], text=a["text"]) for a in sample_articles] + [Article(id="empty", text="")]
    batched = enricher.enrich_many(articles)
    assert len(batched) == len(articles)
    for article, many in zip(articles, batched, strict=True):
        assert not isinstance(many, EnrichmentFailed)
        one = enricher.enrich(article)
        assert (many.statements, many.meetings, many.sentiment) == (one.statements, one.meetings, one.sentiment)
        assert set(many.timings) == set(one.timings)


def test_enrich_many_of_nothing_is_nothing():
    assert Enricher(spacy.blank("en")).enrich_many([]) == []
