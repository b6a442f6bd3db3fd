"""Speakers that went to another named body or person than the one speaking: a listed company with no legal
form in its name lost "the airline" to a rival with one; a spokesperson whose body the parse hung as an
apposition left the he/she after it to a product read as a person; a bare "a spokesman" went to the partner
body of the sentence before, though a later "the <Org> spokesman" says whose it was; a firm's name ending in
"Inc." after a title word was read as a person. Invented sentences, must-fire and must-not-fire cases."""

from __future__ import annotations

import pytest
from spacy.language import Language

from tests.unit.readers import said


def _speaker_of(nlp: Language, text: str, fragment: str) -> str | None:
    found = [who for who, _, quote in said(nlp, text) if fragment in quote]
    assert found, f"no statement with {fragment!r}"
    return found[0]


@pytest.mark.parametrize(
    ("text", "fragment", "speaker"),
    [
        (  # aviation: the buyer spoke, the maker with a legal form is only ordered from
            "Velmora Air <VLMA.S> said it ordered six jets from Tarrow Aircraft Corp <TAC.N> worth 900 mln dlrs.\n\n"
            "The airline said it chose the plane because it was cheaper to run.",
            "chose the plane",
            "Velmora Air",
        ),
        (
            "Velmora Air <VLMA.S> said it ordered six jets from Tarrow Aircraft Corp <TAC.N>.\n\n"
            "Company officials said the first jets would arrive in 1990.",
            "first jets",
            "Velmora Air",
        ),
        (  # must not fire: the coded firm with a legal form is still the company
            "Tarrow Aircraft Corp <TAC.N> said it sold six jets to Velmora Air.\n\n"
            "The company said deliveries start in May.",
            "deliveries",
            "Tarrow Aircraft Corp",
        ),
        (  # labour, must not fire: a union is never "the company" and keeps "the union"
            "The Harbour Workers Union said its members would strike at Kessel Foods <KSF.L> next week.\n\n"
            "The union said talks had failed.",
            "talks had failed",
            "Harbour Workers Union",
        ),
        (  # local politics, must not fire: a coded firm is no person for "she"
            "Mayor Ines Varga said the city would sue Brandt Packaging Inc <BPI.N> over the spill.\n\n"
            "She said the firm had ignored warnings.",
            "ignored warnings",
            "Ines Varga",
        ),
    ],
)
def test_a_listed_company_keeps_its_descriptions(nlp: Language, text: str, fragment: str, speaker: str) -> None:
    assert _speaker_of(nlp, text, fragment) == speaker


@pytest.mark.parametrize(
    ("text", "fragment", "speaker"),
    [
        (  # science
            "The probe lost contact on Sunday, a spokesman for its builder, Arvo Space Ltd, said.\n\n"
            "He said engineers were working to restore the link.",
            "engineers were",
            "Arvo Space Ltd",
        ),
        (  # sport
            "The stadium will stay shut, a spokeswoman for the owner, Kestrel Leisure Plc, said.\n\n"
            "She said repairs would take a month.",
            "repairs would",
            "Kestrel Leisure Plc",
        ),
        (  # business, must not fire: a person named since is the he
            "The plant will close, a spokesman for the owner, Brandt Packaging Plc, said.\n\n"
            "Analyst Tom Reed said the move was expected.\n\nHe said costs had risen.",
            "costs had risen",
            "Tom Reed",
        ),
        (  # politics, must not fire: the voice is a spokesman, the she is the mayor
            "The plant will close, a spokesman for the owner, Brandt Packaging Plc, said.\n\n"
            "Mayor Ann Lee said the town would suffer.\n\nShe said jobs would go.",
            "jobs would go",
            "Ann Lee",
        ),
        (  # must not fire: a spokesperson named in apposition is that person
            "The plant will close, a spokesman for Brandt Packaging Plc, John Dale, said.\n\n"
            "He said workers had been told.",
            "workers had been",
            "John Dale",
        ),
    ],
)
def test_a_spokesperson_for_a_body_named_after_is_its_voice(
    nlp: Language, text: str, fragment: str, speaker: str
) -> None:
    assert _speaker_of(nlp, text, fragment) == speaker


@pytest.mark.parametrize(
    ("text", "fragment", "speaker"),
    [
        (  # utilities
            "Delmar Power Co said the reactor would not open until 1990. Its partner, Ostrava Energy Corp, operates "
            "the plant.\n\nDelmar disclosed the delay in a prospectus.\n\nA spokesman said Ostrava had planned to "
            "start the plant in May.\n\nThe Ostrava spokesman said the utility would not comment further.",
            "planned to start",
            "Ostrava Energy Corp",
        ),
        (  # sport
            "Northfield Rovers said their stadium deal with Kestrel Leisure Plc was off.\n\nThe club blamed rising "
            "costs.\n\nA spokeswoman said Kestrel had asked for more time.\n\nThe Kestrel spokeswoman said the firm "
            "still wanted the deal.",
            "asked for more",
            "Kestrel Leisure Plc",
        ),
        (  # must not fire: the later one is indefinite, a second voice
            "Delmar Power Co said the reactor would not open until 1990.\n\nA spokesman said the delay would cost "
            "money.\n\nA Ostrava Energy spokesman said the partner would not comment.",
            "delay would cost",
            None,
        ),
        (  # must not fire: the first one names its body
            "Delmar Power Co said the reactor would not open until 1990.\n\nA spokesman for Delmar said the delay "
            "would cost money.\n\nThe Ostrava spokesman said the partner would not comment.",
            "delay would cost",
            "Delmar Power Co",
        ),
        (  # must not fire: another spokesperson brought in between
            "Delmar Power Co said the reactor would not open until 1990.\n\nA spokesman said the delay would cost "
            "money.\n\nA spokeswoman for Ostrava Energy Corp said it was studying the report.\n\nThe Ostrava "
            "spokesman said the partner would not comment.",
            "delay would cost",
            None,
        ),
        (  # labour, must not fire: no later spokesperson
            "The Harbour Workers Union said the strike would go on.\n\nA spokesman said pickets would stay.",
            "pickets would",
            "Harbour Workers Union",
        ),
    ],
)
def test_a_later_definite_spokesperson_names_the_earlier_bare_one(
    nlp: Language, text: str, fragment: str, speaker: str | None
) -> None:
    assert _speaker_of(nlp, text, fragment) == speaker


@pytest.mark.parametrize(
    ("text", "fragment", "speaker"),
    [
        (  # markets: a title word opening a firm's name ending in "Inc."
            '"Prices are steady," said William Hart of Dean Carver Reynolds Inc.\n\n'
            "Economists said inflation would ease.",
            "Prices are steady",
            "William Hart",
        ),
        (
            '"The rally will fade," said Rita Moss of Judge Fenwick Corp.\n\nDealers said bonds rose.',
            "rally will fade",
            "Rita Moss",
        ),
        (  # must not fire: a title before a person's name
            "Judge Ann Price said the trial would start in May.\n\nShe said jurors had been chosen.",
            "trial would",
            "Ann Price",
        ),
        (  # diplomacy, must not fire
            "Foreign Minister Helena Varga said talks would resume.\n\nShe said both sides were ready.",
            "talks would",
            "Helena Varga",
        ),
    ],
)
def test_a_legal_form_with_a_full_stop_ends_a_company(nlp: Language, text: str, fragment: str, speaker: str) -> None:
    assert _speaker_of(nlp, text, fragment) == speaker


@pytest.mark.parametrize(
    ("text", "fragment", "speaker"),
    [
        (  # trade
            "Trade Ministers of the Andean Pact said they would cut tariffs on grain.",
            "cut tariffs",
            "Andean Pact trade ministers",
        ),
        (  # health
            "Health Ministers of the Nordic Council said they would share vaccines.",
            "share vaccines",
            "Nordic Council health ministers",
        ),
        (  # sport
            "Sports Ministers of the Commonwealth said the games would go ahead.",
            "games would",
            "Commonwealth sports ministers",
        ),
        (  # must not fire: no body after the office
            "Ministers said they were worried about prices.",
            "worried about",
            None,
        ),
        (  # diplomacy, must not fire: one titled person
            "Foreign Minister Ana Ruiz of Velmora said talks would resume.",
            "talks would",
            "Ana Ruiz",
        ),
        (  # labour, must not fire: a ministry is a body
            "The Ministry of Labour said strikes had fallen.",
            "strikes had",
            "Ministry of Labour",
        ),
    ],
)
def test_capitalised_ministers_of_a_body_are_its_group(
    nlp: Language, text: str, fragment: str, speaker: str | None
) -> None:
    assert _speaker_of(nlp, text, fragment) == speaker


@pytest.mark.parametrize(
    ("text", "fragment", "speaker"),
    [
        (  # labour: staff who spoke unnamed since the firm was in focus are "they"
            "Kessel Foods cut 200 jobs at its Tarsa plant.\n\nKessel's staff complained that they had not been "
            "consulted. They say the cuts break the contract.",
            "cuts break",
            None,
        ),
        (  # labour, must not fire: the union in focus, no one else spoke
            "The Harbour Workers Union rejected the offer.\n\nThey said the pay rise was too small.",
            "pay rise",
            "Harbour Workers Union",
        ),
        (  # local politics, must not fire
            "The Tarsa council approved the budget on Monday.\n\nThey said taxes would not rise.",
            "taxes would",
            "Tarsa council",
        ),
        (  # must not fire: a spokesperson for the body speaks as the body
            "The Harbour Workers Union said the strike would go on, a spokesman said.\n\nThey said pickets would stay.",
            "pickets would",
            "Harbour Workers Union",
        ),
    ],
)
def test_they_after_unnamed_people_spoke_are_those_people(
    nlp: Language, text: str, fragment: str, speaker: str | None
) -> None:
    assert _speaker_of(nlp, text, fragment) == speaker
