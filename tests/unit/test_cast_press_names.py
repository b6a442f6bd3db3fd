"""Outlets the recogniser does not know as such: a broadcaster named by its city and medium, a paper named
"the Times of <Country>", a foreign-language title set beside "a local daily"; a later "the radio" or "the
paper" is the same outlet. Invented sentences."""

from __future__ import annotations

import pytest
from spacy.language import Language

from tests.unit.readers import speakers


@pytest.mark.parametrize("city", ["Kabul", "Accra", "Tirana"])
def test_a_city_and_its_radio_name_the_broadcaster(nlp: Language, city: str) -> None:
    text = (
        f"Floods have closed the coastal highway, {city} radio reported.\n\n"
        "Ferries would resume on Thursday, the radio added."
    )
    assert speakers(nlp, text) == [f"{city} radio", f"{city} radio"]


def test_the_times_of_a_country_is_the_paper(nlp: Language) -> None:
    text = (
        "The Times of Malawi said the tobacco auction floors would reopen in May.\n\n"
        "The paper said growers had asked for higher floor prices."
    )
    assert speakers(nlp, text) == ["Times of Malawi", "Times of Malawi"]


def test_a_title_set_beside_a_daily_is_the_paper(nlp: Language) -> None:
    text = (
        "Dagens Posten, a local daily, said the ferry operator would cut winter sailings.\n\n"
        "The paper said two vessels would be sold."
    )
    assert speakers(nlp, text) == ["Dagens Posten", "Dagens Posten"]


def test_the_state_radio_names_no_city(nlp: Language) -> None:  # must not fire
    text = "The state radio said the dam on the upper river had been finished."
    assert speakers(nlp, text) == [None]


def test_a_radio_host_speaks_for_herself(nlp: Language) -> None:  # must not fire
    text = "The Kabul radio station was closed.\n\nMira Quandt, a radio host, said the studio would move."
    assert speakers(nlp, text) == ["Mira Quandt"]


@pytest.mark.parametrize("paper", ["Valley Clarion", "Daily Beacon"])
def test_a_name_before_the_paper_noun_is_the_outlet(nlp: Language, paper: str) -> None:
    text = (
        f"Dock workers at the northern port would strike from Monday, the {paper} newspaper said.\n\n"
        "It said talks with employers had broken down overnight."
    )
    assert speakers(nlp, text) == [paper, paper]


def test_a_newsletter_named_before_its_noun_is_the_outlet(nlp: Language) -> None:
    text = (
        "The provincial hospital board will close two rural clinics, the Valley Clarion newsletter said.\n\n"
        "The newsletter said doctors had warned of staff shortages."
    )
    assert speakers(nlp, text) == ["Valley Clarion", "Valley Clarion"]


def test_the_paper_refers_back_to_the_outlet_named_before(nlp: Language) -> None:
    text = (
        "The Valley Clarion, a regional daily, said the northern ferry line would stop sailing in the winter "
        "months to cut its fuel costs.\n\n"
        "The paper said two crews would go.\n\n"
        "The Eastern Herald said the plan was delayed."
    )
    assert speakers(nlp, text) == ["Valley Clarion", "Valley Clarion", "Eastern Herald"]


def test_the_newspaper_industry_names_no_outlet(nlp: Language) -> None:  # must not fire
    text = (
        "Corvex Holdings said advertising revenue fell 12 pct.\n\n"
        "The newspaper industry faces rising costs, it said."
    )
    assert speakers(nlp, text) == ["Corvex Holdings", "Corvex Holdings"]


def test_a_name_the_model_leaves_unlabelled_before_the_paper_noun(nlp: Language) -> None:
    text = (
        "Two rural clinics will close by April, the Morning Ledger newspaper said.\n\n"
        "It said doctors had warned of staff shortages."
    )
    assert speakers(nlp, text) == ["Morning Ledger", "Morning Ledger"]


def test_a_city_before_the_paper_noun_names_no_outlet(nlp: Language) -> None:  # must not fire
    text = "Two rural clinics will close by April, a Denver newspaper said."
    assert speakers(nlp, text) == [None]


def test_a_known_city_before_the_paper_noun_is_no_outlet(nlp: Language) -> None:  # must not fire
    text = "The ferry line will stop in winter, the Buenos Aires newspaper said."
    assert speakers(nlp, text) == [None]


@pytest.mark.parametrize("paper", ["Morning Lantern", "Korvane", "Evening Torch"])
def test_a_quoted_title_before_the_paper_noun_is_the_outlet(nlp: Language, paper: str) -> None:
    text = (
        f'The "{paper}" newspaper said the museum would reopen its east wing in the spring.\n\n'
        f'Hospital staff would strike next week, the "{paper}" newspaper reported.'
    )
    assert speakers(nlp, text) == [paper, paper]


def test_a_quoted_nickname_stays_with_the_person(nlp: Language) -> None:  # must not fire
    text = 'Tomas "Harvest Plan" Keld said in his newspaper column that the harbour would close.'
    assert [name.split()[-1] for name in speakers(nlp, text)] == ["Keld"]


def test_a_quoted_report_title_names_no_outlet(nlp: Language) -> None:  # must not fire
    text = 'Mirela Vosk said in her "Water Rights" paper that the river would run dry by summer.'
    assert speakers(nlp, text) == ["Mirela Vosk"]
