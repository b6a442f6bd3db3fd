"""Whether English lists a word: the lemmatizer's index on the shared vocabulary, nothing without one."""

from __future__ import annotations

import pytest
import spacy

from streams.enrich.vocabulary.english_words import TABLE, unknown_to_english, use_english_words


@pytest.mark.parametrize(
    ("text", "unknown"),
    [
        ("Rajvinder", True),
        ("Oluwadamilare", True),
        ("Expected", False),  # a verb's inflection: its lemma is listed
        ("Teammate", False),
        ("The", False),  # function words are English though the index holds content words only
        ("Hope", False),  # a word and a name: the dictionary cannot tell which
    ],
)
def test_a_word_is_unknown_only_where_english_lists_neither_it_nor_its_lemma(nlp, text, unknown):
    assert unknown_to_english(nlp(f"{text} spoke.")[0]) is unknown


def test_without_a_lemmatizer_nothing_is_unknown():
    blank = spacy.blank("en")
    assert use_english_words(blank) is blank and not blank.vocab.lookups.has_table(TABLE)
    assert not unknown_to_english(blank("Rajvinder spoke.")[0])


def test_adding_the_index_twice_changes_nothing(nlp):
    before = len(nlp.vocab.lookups.get_table(TABLE))
    use_english_words(nlp)
    assert len(nlp.vocab.lookups.get_table(TABLE)) == before > 50_000
