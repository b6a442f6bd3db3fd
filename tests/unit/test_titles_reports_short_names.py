"""Four attribution constructions, each across beats, every sentence invented: a title written before an
honorific and a name, a report that speaks for whoever issued it, a body shortened to its first word, and a
nationality word the gazetteer has to be told or derive."""

from __future__ import annotations

import pytest
from spacy.language import Language

from streams.enrich.extractors.statements import extract_statements
from streams.enrich.model import Statement
from streams.enrich.nlp import parse
from streams.ingest.article import Article


def statements(nlp: Language, text: str) -> list[Statement]:
    found = extract_statements(parse(Article(id="t", text=text), nlp))
    assert found, "no statement found"
    return found


def speakers(nlp: Language, text: str) -> list[str | None]:
    return [s.speaker.name if s.speaker else None for s in statements(nlp, text)]


def last_speaker(nlp: Language, text: str) -> tuple[str, str | None]:
    """The name and title of the last statement's speaker, who must be someone."""
    speaker = statements(nlp, text)[-1].speaker
    assert speaker is not None
    return speaker.name, speaker.title


# "Chief Executive Dr X": the title before the honorific is the person's, and "the chief executive" is X
TITLED_PAST_AN_HONORIFIC = [
    (
        'Chief Executive Dr Omar Farouk said profits had doubled.\n\n"Buy our shares," the chief executive said.',
        "Omar Farouk",
        "Chief Executive",
    ),
    (
        "Health Minister Dr Amina Yusuf met Finance Minister Ravi Shankar on Monday.\n\n"
        '"The hospitals need money," the health minister said.',
        "Amina Yusuf",
        "Health Minister",
    ),
    (
        'Chief Constable Sir Ian Hollis met the mayor, Ruth Baker.\n\n"Crime is falling," the chief constable said.',
        "Ian Hollis",
        "Chief Constable",
    ),
    (
        "Museum Director Dame Ingrid Solberg opened the new wing and met Mayor Tomas Brel.\n\n"
        '"It took nine years," the museum director said.',
        "Ingrid Solberg",
        "Museum Director",
    ),
]


@pytest.mark.parametrize(("text", "name", "title"), TITLED_PAST_AN_HONORIFIC)
def test_a_title_before_an_honorific_is_the_persons_title(nlp: Language, text: str, name: str, title: str) -> None:
    assert last_speaker(nlp, text) == (name, title)


# "X published its report ... The report said": the issuer speaks, not a news outlet
REPORTS = [
    (
        "The Pellham Audit Office published its report on Thursday.\n\nThe report said the bypass was two years late.",
        "Pellham Audit Office",
    ),
    (
        "The Coastal Health Agency issued a report on malaria. The report said cases had fallen.",
        "Coastal Health Agency",
    ),
    (
        "The Marren Institute released a report on river pollution. The report said nitrate levels had doubled.",
        "Marren Institute",
    ),
    (
        "The Kestrel Football League published a report on refereeing. The report said errors had fallen by a third.",
        "Kestrel Football League",
    ),
]


@pytest.mark.parametrize(("text", "issuer"), REPORTS)
def test_the_report_speaks_for_whoever_issued_it(nlp: Language, text: str, issuer: str) -> None:
    assert speakers(nlp, text)[-1] == issuer


def test_a_report_in_a_paper_is_still_the_paper(nlp: Language) -> None:
    text = "Mayor Ruth Baker denied wrongdoing. According to a report in the Daily Courier, the council lost 4 million."
    assert speakers(nlp, text)[-1] == "the Daily Courier"


# "Tessaro said" after "Tessaro Logistics", "Corlan Ridge said" after "Corlan Ridge Inc": the firm, whether the
# model read the short form as a body or a person
SHORT_NAMES = [
    ("Tessaro Logistics employs 400 people at the depot.\n\nTessaro said it was deeply sorry.", "Tessaro Logistics"),
    ("Almendra Foods reported a loss on Tuesday. Almendra said sales of frozen meals had fallen.", "Almendra Foods"),
    ("Nordhavn Shipping cut its forecast on Monday. Nordhavn said fuel costs had risen.", "Nordhavn Shipping"),
    ("Adebanjo Airways cancelled forty flights. Adebanjo said the strike had cost it 3 million dollars.",
     "Adebanjo Airways"),
    # two opening words the model reads as a person's name
    ("Corlan Ridge Inc announced a buyback on Monday.  Corlan Ridge said the plan would run until 2029.",
     "Corlan Ridge Inc"),
    ("Norvell Pike Utilities Inc won a stay of the ruling.  Norvell Pike said the stay brings stability.",
     "Norvell Pike Utilities Inc"),
    ("Baxton Vale Corp agreed to sponsor the league.  Baxton Vale said the deal was worth two million dlrs.",
     "Baxton Vale Corp"),
]


@pytest.mark.parametrize(("text", "body"), SHORT_NAMES)
def test_a_body_shortened_to_its_opening_words_is_that_body(nlp: Language, text: str, body: str) -> None:
    assert speakers(nlp, text)[-1] == body


def test_a_founder_sharing_the_word_is_still_the_founder(nlp: Language) -> None:
    text = "Lars Nordhavn founded Nordhavn Shipping in 1990. Nordhavn said the firm would survive the crisis."
    assert speakers(nlp, text) == ["Lars Nordhavn"]


def test_a_titled_founder_named_like_the_firm_is_still_the_founder(nlp: Language) -> None:
    text = ("Chief executive Dana Whitfield of Dana Whitfield Group Ltd spoke on Tuesday.  "
            "Dana Whitfield said the clinic would hire more nurses.")
    assert speakers(nlp, text)[-1] == "Dana Whitfield"


# "the Ivorian leader", "the Malawian minister": a nationality the gazetteer did not derive (a listed form, or a
# country's name with "-an") still picks the person of that country, never the other one in focus
NATIONALITIES = [
    (
        "Ghanaian President Kofi Asamoah met Ivorian President Alassane Kone in Accra. "
        "The Ivorian leader said the coastal road would be finished by 2028.",
        "Alassane Kone",
    ),
    (
        "Zambian Health Minister Mwila Chanda met her Malawian counterpart Chifundo Banda. "
        "The Malawian minister said cholera cases were falling.",
        "Chifundo Banda",
    ),
    (
        "Kenyan runner Faith Chebet finished ahead of Moroccan runner Nadia Alaoui in Rabat. "
        "The Moroccan said the heat had been brutal.",
        "Nadia Alaoui",
    ),
    (
        "Senegalese Trade Minister Awa Ndiaye met Malian Trade Minister Moussa Keita in Dakar. "
        "The Malian minister said cotton exports had doubled.",
        "Moussa Keita",
    ),
]


@pytest.mark.parametrize(("text", "name"), NATIONALITIES)
def test_a_nationality_picks_the_person_of_that_country(nlp: Language, text: str, name: str) -> None:
    assert speakers(nlp, text) == [name]


# "Minister of Tourism Lucia Ferreira": the portfolio the model read into the name is the title's, and the
# person is found again by it; a body's name after "chief executive of" stays the body's
PORTFOLIOS = [
    (
        "Minister of Agriculture Juan Pablo Herrera visited the farms. "
        "The agriculture minister said the drought had cost farmers 2 billion pesos.",
        "Juan Pablo Herrera",
        "Minister of Agriculture",
    ),
    (
        "Director of Sport Grace Boateng visited the stadium. The sport director said it would reopen in May.",
        "Grace Boateng",
        "Director of Sport",
    ),
    (
        'Minister of Tourism Lucia Ferreira opened the fair. "Arrivals have doubled," the tourism minister said.',
        "Lucia Ferreira",
        "Minister of Tourism",
    ),
]


@pytest.mark.parametrize(("text", "name", "title"), PORTFOLIOS)
def test_a_portfolio_after_of_is_the_title_not_the_name(nlp: Language, text: str, name: str, title: str) -> None:
    assert last_speaker(nlp, text) == (name, title)


def test_a_body_after_a_title_and_of_keeps_its_whole_name(nlp: Language) -> None:
    text = (
        "Maya Ferris, chief executive of Harbour Rail Systems, met Femi Ade of Tarrow Logistics on Wednesday.\n\n"
        "Harbour delivered 48 trains last month. The company said the contract had created 600 jobs."
    )
    assert speakers(nlp, text)[-1] == "Harbour Rail Systems"
