"""The given-name prior of the cast: a gender only where every locale that knows the name agrees."""

from __future__ import annotations

import pytest
import spacy
from spacy.language import Language

import streams.enrich.nlp
from streams.enrich.cast.given_names import given_name_countries, given_name_gender, given_name_genders
from streams.enrich.pipeline import Enricher
from streams.enrich.vocabulary.english_words import TABLE


@pytest.mark.parametrize(
    ("name", "gender"),
    [("Tom", "male"), ("Sergei", "male"), ("Chinedu", "male"), ("Ana", "female"), ("Priya", "female"),
     ("Ngozi", "female"), ("ingrid", "female")],
)
def test_a_name_of_one_gender_in_every_list_gives_that_gender(nlp: Language, name: str, gender: str) -> None:
    assert given_name_gender(name, nlp.vocab) == gender


@pytest.mark.parametrize("name", ["Andrea", "Jean", "Kim", "Alex"])
def test_a_name_given_to_both_genders_somewhere_gives_none(nlp: Language, name: str) -> None:
    assert given_name_gender(name, nlp.vocab) is None


@pytest.mark.parametrize("name", [None, "", "Zzyzxq", "Council", "Анна"])
def test_no_gender_for_what_is_not_a_known_latin_given_name(nlp: Language, name: str | None) -> None:
    assert given_name_gender(name, nlp.vocab) is None


def test_a_name_knows_the_countries_whose_lists_hold_it() -> None:
    assert {"FR", "BE"} <= given_name_countries("Pierre")
    assert "GB" in given_name_countries("emma")
    assert "KE" not in given_name_countries("Anders")
    assert given_name_countries(None) == frozenset()


@pytest.mark.parametrize("name", ["Nikita", "Karen"])
def test_a_name_of_the_other_gender_in_a_list_written_in_another_alphabet_gives_none(nlp: Language, name: str) -> None:
    """Female in India's or England's list, male in Russia's or Armenia's Cyrillic or Armenian one."""
    assert given_name_gender(name, nlp.vocab) is None


@pytest.mark.parametrize(
    ("name", "gender", "country"),
    [("Vsevolod", "male", "RU"), ("Oksana", "female", "UA"), ("Ashot", "male", "AM"), ("Anahit", "female", "AM"),
     ("Levan", "male", "GE"), ("Despoina", "female", "GR")],
)
def test_a_name_only_lists_in_another_alphabet_hold_is_read_as_english_news_spells_it(
    nlp: Language, name: str, gender: str, country: str
) -> None:
    assert given_name_gender(name, nlp.vocab) == gender
    assert country in given_name_countries(name)


def _pipeline(english: list[str] | None) -> Language:
    nlp = spacy.blank("en")
    if english is not None:
        nlp.vocab.lookups.add_table(TABLE, dict.fromkeys(english, True))
    return nlp


def test_the_generic_list_counts_only_names_the_parsing_pipelines_english_does_not_list() -> None:
    # "Admiral" and "Blossom" only the generic list holds; whether they are words is the parsing pipeline's say
    listed, bare = _pipeline(["admiral", "blossom"]), _pipeline(None)
    assert given_name_gender("Admiral", bare.vocab) == "male"
    assert given_name_gender("Blossom", bare.vocab) == "female"
    assert given_name_gender("Admiral", listed.vocab) is None
    assert given_name_gender("Blossom", listed.vocab) is None
    assert given_name_gender("Priya", listed.vocab) == "female"  # a country's list is no English word list


def test_the_enricher_warms_the_prior_of_the_pipeline_it_holds_without_loading_the_default(monkeypatch) -> None:
    def refuse(*args: object) -> Language:
        raise AssertionError("the default pipeline was loaded")

    monkeypatch.setattr(streams.enrich.nlp, "_load", refuse)
    given_name_genders.cache_clear()
    held = _pipeline(["admiral"])
    Enricher(held, cache=None)
    assert given_name_genders.cache_info().currsize == 1
    assert given_name_gender("Admiral", held.vocab) is None
    assert given_name_genders.cache_info().hits >= 1  # built at the Enricher's start, not by the article
