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
