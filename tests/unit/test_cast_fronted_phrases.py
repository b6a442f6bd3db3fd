"""A when or where phrase fronted without a comma ("After the match striker X said") ends in a noun the parse
compounds onto the title after it; that noun is the phrase's object and no part of the title. A title in a
clause the same word opens, or after a preposition inside a clause, keeps its portfolio; a date or a
preposition opening the sentence is no part of the title either. Invented sentences from several beats, names
from many cultures."""

from __future__ import annotations

import pytest
from spacy.language import Language

from tests.unit.readers import story_cast, titles


def title_of(nlp: Language, text: str, name: str) -> str | None:
    return titles(story_cast(nlp, text)).get(name)


@pytest.mark.parametrize(
    ("text", "name", "title"),
    [
        ("After the match striker Kofi Boateng said the team was tired.", "Kofi Boateng", "striker"),  # sport
        ("At the hearing judge Hiroshi Tanaka ruled the evidence inadmissible.", "Hiroshi Tanaka", "judge"),  # courts
        ("Following the vote mayor Ana Ruiz said the plan would pass.", "Ana Ruiz", "mayor"),  # local politics
        ("After the meeting chairman Oluwaseun Adeyemi told reporters profits would rise.", "Oluwaseun Adeyemi",
         "chairman"),  # business
        ("Before the trial prosecutor Ingrid Solberg said the case was strong.", "Ingrid Solberg", "prosecutor"),
        ("After the summit minister Farida Haddad said the talks had gone well.", "Farida Haddad", "minister"),
        ("During the briefing spokeswoman Aroha Ngata said the ward would reopen.", "Aroha Ngata",
         "spokeswoman"),  # health
    ],
)
def test_a_fronted_phrase_s_noun_is_no_part_of_the_title(nlp: Language, text: str, name: str, title: str) -> None:
    assert title_of(nlp, text, name) == title


@pytest.mark.parametrize(
    ("text", "name", "title"),
    [
        ("After the council leader Petra Holm resigned, the mayor took over.", "Petra Holm", "council leader"),
        ("Since the hospital director Ana Ruiz left, nothing has changed.", "Ana Ruiz", "hospital director"),
        ("The mayor held talks with the council leader Petra Holm on Monday.", "Petra Holm", "council leader"),
        ("For the hospital director Lena Berg, the cuts were a blow.", "Lena Berg", "hospital director"),
        ("The club's team captain Aiko Sato said the squad was ready.", "Aiko Sato", "team captain"),
    ],
)
def test_a_portfolio_outside_a_fronted_phrase_stays(nlp: Language, text: str, name: str, title: str) -> None:
    assert title_of(nlp, text, name) == title


@pytest.mark.parametrize(
    ("text", "name", "title"),
    [
        ("On Monday union leader Tomas Ruiz said the strike would go on.", "Tomas Ruiz", "union leader"),  # labour
        ("Under council leader Kwame Mensah, the town cut its budget.", "Kwame Mensah", "council leader"),
        ("Under Secretary of State Lena Berg said the talks went well.", "Lena Berg", "Under Secretary of State"),
    ],
)
def test_a_date_or_preposition_opening_the_sentence_is_no_part_of_the_title(
    nlp: Language, text: str, name: str, title: str
) -> None:
    assert title_of(nlp, text, name) == title


@pytest.mark.parametrize(
    ("text", "name", "title"),
    [
        # diplomacy: the role is the other side of the talks, the name the clause's subject
        ("Days after her talks with the Danish premier, Chancellor Ingrid Solberg flew to Rome.", "Ingrid Solberg",
         "Chancellor"),
        # labour: a span of time before "after"
        ("Weeks after his meeting with the union's general secretary, Transport Minister Pekka Laine raised wages.",
         "Pekka Laine", "Transport Minister"),
        # courts: an honorific the model counts in the name
        ("Hours after her call with the chief prosecutor, Judge Maria Kowalski closed the case.", "Maria Kowalski",
         "Judge"),
    ],
)
def test_a_role_in_a_fronted_phrase_is_not_the_subjects_title(nlp: Language, text: str, name: str,
                                                              title: str) -> None:
    assert title_of(nlp, text, name) == title


@pytest.mark.parametrize(
    ("text", "name", "title"),
    [
        ("On Monday, the mayor of Lyon, Ann Moreau, met Governor Luis Panama.", "Ann Moreau", "mayor of Lyon"),
        ("According to the coach, Thabo Nkosi, the squad trained twice a day.", "Thabo Nkosi", "coach"),  # sport
    ],
)
def test_a_role_set_off_beside_its_name_stays_its_title(nlp: Language, text: str, name: str, title: str) -> None:
    assert title_of(nlp, text, name) == title
