"""The given-name prior of the cast: a gender only where every locale that knows the name agrees."""

from __future__ import annotations

import pytest

from streams.enrich.cast.given_names import given_name_countries, given_name_gender


@pytest.mark.parametrize(
    ("name", "gender"),
    [("Tom", "male"), ("Sergei", "male"), ("Chinedu", "male"), ("Ana", "female"), ("Priya", "female"),
     ("Ngozi", "female"), ("ingrid", "female")],
)
def test_a_name_of_one_gender_in_every_list_gives_that_gender(name: str, gender: str) -> None:
    assert given_name_gender(name) == gender


@pytest.mark.parametrize("name", ["Andrea", "Jean", "Kim", "Alex"])
def test_a_name_given_to_both_genders_somewhere_gives_none(name: str) -> None:
    assert given_name_gender(name) is None


@pytest.mark.parametrize("name", [None, "", "Zzyzxq", "Council", "Анна"])
def test_no_gender_for_what_is_not_a_known_latin_given_name(name: str | None) -> None:
    assert given_name_gender(name) is None


def test_a_name_knows_the_countries_whose_lists_hold_it() -> None:
    assert {"FR", "BE"} <= given_name_countries("Pierre")
    assert "GB" in given_name_countries("emma")
    assert "KE" not in given_name_countries("Anders")
    assert given_name_countries(None) == frozenset()


@pytest.mark.parametrize("name", ["Nikita", "Karen"])
def test_a_name_of_the_other_gender_in_a_list_written_in_another_alphabet_gives_none(name: str) -> None:
    """Female in India's or England's list, male in Russia's or Armenia's Cyrillic or Armenian one."""
    assert given_name_gender(name) is None


@pytest.mark.parametrize(
    ("name", "gender", "country"),
    [("Vsevolod", "male", "RU"), ("Oksana", "female", "UA"), ("Ashot", "male", "AM"), ("Anahit", "female", "AM"),
     ("Levan", "male", "GE"), ("Despoina", "female", "GR")],
)
def test_a_name_only_lists_in_another_alphabet_hold_is_read_as_english_news_spells_it(
    name: str, gender: str, country: str
) -> None:
    assert given_name_gender(name) == gender
    assert country in given_name_countries(name)
