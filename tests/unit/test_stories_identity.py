"""Canonical participant identities: every way outlets write one party reduces to one id."""

from __future__ import annotations

import pytest

from streams.stories.blocking import block_key
from streams.stories.identity import canonical, same_person
from tests.stories_events import meeting_event


@pytest.mark.parametrize("written", [
    "Kirill Domanov", "Domanov", "Interior Minister Kirill Domanov", "Mr. Domanov", "Russian Deputy Prime "
    "Minister Kirill Domanov", "Domanov's",
])
def test_person_forms_share_the_family_name_id(written):
    assert canonical(written).id == "person:domanov"


@pytest.mark.parametrize(("a", "b"), [
    ("Sergei Ostrikov", "Sergey Ostrikov"), ("Yuri Panteleev", "Yury Panteleev"),
    ("Alexei Korzun", "Alexey Korzun"), ("Aleksei Korzun", "Alexei Korzun"),
    ("Dmitry Ravel", "Dmitri Ravel"), ("Oleksandr Havrylenkyy", "Oleksandr Havrylenkiy"),
    ("Zeynep Çelikkaya", "Zeynep Celikkaya"),
])
def test_transliteration_variants_are_one_person(a, b):
    assert canonical(a).id == canonical(b).id
    assert same_person(canonical(a), canonical(b))


def test_namesakes_with_different_given_names_stay_apart_but_a_bare_surname_fits_both():
    anna, boris, bare = canonical("Anna Petrova"), canonical("Boris Petrova"), canonical("Petrova")
    assert anna.id == boris.id
    assert not same_person(anna, boris)
    assert same_person(anna, bare) and same_person(boris, bare)


@pytest.mark.parametrize("written", ["US", "U.S.", "USA", "the United States", "United States of America",
                                     "America"])
def test_country_short_forms(written):
    assert canonical(written, "country").id == "country:US"


def test_countries_resolve_whatever_kind_the_extractor_guessed():
    assert canonical("Britain", "person").id == canonical("UK", "organization").id == "country:GB"
    assert canonical("Norway", "country").id == "country:NO"


@pytest.mark.parametrize("written", ["United Nations", "UN", "U.N.", "the United Nations"])
def test_organisation_aliases(written):
    assert canonical(written, "organization").id == "org:UN"


def test_unknown_organisation_keeps_its_folded_name():
    assert canonical("Coastal Fisheries Board", "organization").id == "organization:coastal fisheries board"


def test_roles_without_names_match_across_wordings():
    assert canonical("US President").id == canonical("American president").id
    assert canonical("US President").id != canonical("French president").id


def test_family_name_first_names_key_on_the_family_name():
    assert canonical("Zhang Weiming").id == canonical("Zhang").id == "person:zhang"


def test_block_key_is_the_sorted_principal_pair_and_ignores_attendees():
    one = meeting_event("a", ["Marta Oyelaran", "Sergei Valkonen"])
    swapped = meeting_event("b", ["Valkonen", "Foreign Minister Marta Oyelaran", "Ilse Brandvold"])
    assert block_key(one) == block_key(swapped) == "person:oyelaran|person:valkonen"


def test_block_key_of_a_single_party_and_of_none():
    assert block_key(meeting_event("a", [("Norway", None, "country")])) == "country:NO"
    assert block_key({"participants": []}) is None


@pytest.mark.parametrize(("a", "b"), [
    ("Michael Harwood", "Mike Harwood"), ("William Harwood", "Bill Harwood"), ("Joseph R. Harwood", "Joe Harwood"),
    ("Recep Tamer Harwood", "Tamer Harwood"), ("M. Harwood", "Michael Harwood"),
])
def test_given_name_variants_middle_names_and_initials_are_one_person(a, b):
    assert same_person(canonical(a), canonical(b))


@pytest.mark.parametrize(("a", "b"), [
    ("Anna K. Petrova", "Boris K. Petrova"), ("Michael Harwood", "William Harwood"), ("Kim Jong Su", "Kim Yo Su"),
])
def test_different_given_names_stay_namesakes(a, b):
    assert canonical(a).id == canonical(b).id
    assert not same_person(canonical(a), canonical(b))


def test_a_family_name_first_name_and_its_bare_family_name_share_the_id():
    assert canonical("President Xi Wenhao").id == canonical("Xi").id == "person:xi"
    assert same_person(canonical("Kim Jong-su"), canonical("Kim Jong Su"))


def test_named_people_are_the_principals_when_there_are_two():
    people = meeting_event("a", ["Marta Oyelaran", "Sergei Valkonen"])
    with_country = meeting_event("b", [("Estonia", None, "country"), "Valkonen", ("the US President", None, "person"),
                                       "Oyelaran"])
    assert block_key(people) == block_key(with_country) == "person:oyelaran|person:valkonen"
    one_person = meeting_event("c", [("Estonia", None, "country"), "Valkonen"])
    assert block_key(one_person) == "country:EE|person:valkonen"


def test_a_short_form_of_the_given_name_is_the_same_person_across_articles():
    assert same_person(canonical("Mike Darrow"), canonical("Michael Darrow"))
    assert same_person(canonical("J. Darrow"), canonical("John Darrow"))
    assert not same_person(canonical("Alexander Darrow"), canonical("Alexei Darrow"))


@pytest.mark.parametrize("written", [
    "Councillor Mara Quint", "Her Excellency Ambassador Mara Quint",  # local politics, diplomacy
    "the late Archbishop Mara Quint",
    "Chief Executive Mara Quint", "Lt. Gen. Mara Quint", "Secretary of State for Health Mara Quint",  # business
])
def test_the_casts_titles_are_stripped_in_front_of_a_name(written):
    assert canonical(written) == canonical("Mara Quint")
