"""The cast's affiliations: the body or country a named person belongs to, as news writes it beside the name
(invented sentences from several beats)."""

from __future__ import annotations

import pytest
from spacy.language import Language

from streams.enrich.cast import cast_of
from streams.enrich.nlp import parse
from streams.ingest.article import Article


def people(nlp: Language, text: str) -> dict[str, str | None]:
    cast = cast_of(parse(Article(id="t", text=text), nlp).doc)
    return {e.name: e.affiliation for e in cast.people}


@pytest.mark.parametrize(
    ("text", "person", "body"),
    [
        # business
        ("Halvorsen Steel's chief executive Tanvir Hossain said the plant would close.", "Tanvir Hossain",
         "Halvorsen Steel"),
        ("Ana Ruiz, chief executive of Greenline, said prices would rise.", "Ana Ruiz", "Greenline"),
        ("Kenji Morimoto, a managing director at Kestrel Bank, said rates would rise.", "Kenji Morimoto",
         "Kestrel Bank"),
        # labour
        ("Wanjiru Kamau of the Federation of Transport Workers said the strike would go on.", "Wanjiru Kamau",
         "Federation of Transport Workers"),
        ("Siobhan O'Dwyer, who is general secretary of the Harbour Workers Union, said talks had failed.",
         "Siobhan O'Dwyer", "Harbour Workers Union"),
        # sport
        ("Raúl Jiménez, the head coach of Rivergate FC, said the squad was tired.", "Raúl Jiménez",
         "Rivergate FC"),
        # science
        ("Lee Min-jun from the National Institute of Ocean Science said fish stocks had fallen.", "Lee Min-jun",
         "National Institute of Ocean Science"),
        # diplomacy: a country by its nationality adjective or its possessive, under the country's name
        ("Kenyan Finance Minister Oluwaseun Adeyemi said the deal was fair.", "Oluwaseun Adeyemi", "Kenya"),
        ("Ingrid Halvorsen, Norway's prime minister, said the deal was fair.", "Ingrid Halvorsen", "Norway"),
        ("Dmitri Sokolov, the Vietnamese trade minister, said the deal was fair.", "Dmitri Sokolov", "Vietnam"),
        # local politics
        ("Mayor Fatima Benali of Brightwater Council said the budget was tight.", "Fatima Benali",
         "Brightwater Council"),
        # a relative clause sets the body beside the name
        ("Ana Ruiz, who heads Northwind Airlines, said fares would rise.", "Ana Ruiz", "Northwind Airlines"),
        ("Tanvir Hossain, who works for Orla Pharmaceuticals, said the trial was paused.", "Tanvir Hossain",
         "Orla Pharmaceuticals"),
        ("Kenji Morimoto, who was named chairman of Rivergate FC last year, said the stadium would be sold.",
         "Kenji Morimoto", "Rivergate FC"),
        # a nationality or a country's possessive before a trade the lexicon does not list as a title
        ("The Ghanaian sprinter Raúl Jiménez won the final on Sunday.", "Raúl Jiménez", "Ghana"),
        ("Senegal's striker Lee Min-jun scored twice on Sunday.", "Lee Min-jun", "Senegal"),
        # the owner of a title, its name with an "of" inside
        ("The National Institute of Ocean Science's director Lee Min-jun said fish stocks had fallen.",
         "Lee Min-jun", "National Institute of Ocean Science"),
        # a participle of acting for someone
        ("Oluwaseun Adeyemi, speaking for Halvorsen Steel, said the plant would close.", "Oluwaseun Adeyemi",
         "Halvorsen Steel"),
        # "its" stands for the body named last before it
        ("Orla Pharmaceuticals said its chief scientist Kwame Mensah would testify.", "Kwame Mensah",
         "Orla Pharmaceuticals"),
    ],
)
def test_the_body_or_country_written_beside_a_name_is_its_affiliation(
    nlp: Language, text: str, person: str, body: str
) -> None:
    assert people(nlp, text).get(person) == body


def test_the_owner_of_a_named_office_is_a_body_not_a_person(nlp: Language) -> None:
    found = people(nlp, "Tembo Mining's chief operating officer Nikos Papadopoulos said output had doubled.")
    assert found == {"Nikos Papadopoulos": "Tembo Mining"}


@pytest.mark.parametrize(
    "text",
    [
        "Transport Minister Ana Ruiz said the line would reopen.",  # a portfolio, not a body
        "Minister of Rural Water Development Kwame Mensah said the stadium would open.",
        "Fisheries Minister Sean McAllister said the factory would stay open.",
    ],
)
def test_a_portfolio_in_a_title_is_no_affiliation(nlp: Language, text: str) -> None:
    assert all(body is None for body in people(nlp, text).values())


def test_where_a_person_speaks_is_no_affiliation(nlp: Language) -> None:
    found = people(nlp, "Ana Ruiz, speaking at the Harbour Theatre, said the festival would go ahead.")
    assert found == {"Ana Ruiz": None}


def test_a_person_who_owns_the_office_is_no_affiliation(nlp: Language) -> None:
    text = (
        "Governor Sam Hale opened the bridge on Monday. Hale's chief of staff Ana Ruiz said the cost had doubled."
    )
    assert people(nlp, text).get("Ana Ruiz") is None
