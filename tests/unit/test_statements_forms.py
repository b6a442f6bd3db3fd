"""Forms of news English around quotations: long quotations over several paragraphs, attribution after a
question or an exclamation, "went on" and other speech verbs, labels set off by "so-called" or given by a
participle, possessive apostrophes inside single quotes, and quotations joined by a coordinator. Invented
sentences from several beats."""

from __future__ import annotations

import pytest
from spacy.language import Language

from streams.enrich.extractors.statements import extract_statements
from streams.enrich.extractors.statements.quotes import find_quotes
from streams.enrich.nlp import parse
from streams.ingest.article import Article


def said(nlp: Language, text: str) -> list[tuple[str | None, str, str, str | None]]:
    statements = extract_statements(parse(Article(id="t", text=text), nlp))
    return [(s.speaker.name if s.speaker else None, s.kind, s.quote, s.cue) for s in statements]


EXACT = [  # long quotations over paragraphs; a participle and colon; "before adding"; "according to" + report
    (  # business: cue before the quotation, in its first paragraph
        "Halden Foods cut its forecast.\n\n"
        'Chief executive Oona Bracken said: "Demand fell in every region.\n\n'
        '"We will not cut jobs this year."',
        [
            ("Oona Bracken", "direct", "Demand fell in every region.", "said"),
            ("Oona Bracken", "direct", "We will not cut jobs this year.", None),
        ],
    ),
    (  # sport: cue after the first part, in the first paragraph
        "Riverside lost at home.\n\n"
        '"The second half was poor," coach Emeka Obi said. "We lost our shape.\n\n'
        '"We train again on Monday."',
        [
            ("Emeka Obi", "direct", "The second half was poor, We lost our shape.", "said"),
            ("Emeka Obi", "direct", "We train again on Monday.", None),
        ],
    ),
    (  # local politics: cue in the last paragraph
        "The council met on Tuesday.\n\n"
        '"The budget is too thin.\n\n'
        '"Libraries will close," councillor Hana Leclerc said.',
        [
            ("Hana Leclerc", "direct", "The budget is too thin.", None),
            ("Hana Leclerc", "direct", "Libraries will close,", "said"),
        ],
    ),
    (  # science: "adding:" introduces the quotation after it, not the one before
        "Ecologist Rosa Quintero said the reef was 'in decline', adding: 'We need two more years of data.'",
        [
            ("Rosa Quintero", "direct", "in decline", "said"),
            ("Rosa Quintero", "direct", "We need two more years of data.", "adding"),
        ],
    ),
    (  # labour
        'Union organiser Femi Ajayi said: "The offer is too low," before adding: "We will ballot members."',
        [
            ("Femi Ajayi", "direct", "The offer is too low,", "said"),
            ("Femi Ajayi", "direct", "We will ballot members.", "adding"),
        ],
    ),
    (  # business
        'Analyst Chloe Martel called the merger "overdue", adding: "Both firms needed scale."',
        [
            ("Chloe Martel", "direct", "overdue", "called"),
            ("Chloe Martel", "direct", "Both firms needed scale.", "adding"),
        ],
    ),
    (  # local politics: the report is the speaker's, not the source's it went through
        "According to the Eastbrook Courier, Mayor Ivan Horvat said the tram line would open in May.",
        [("Ivan Horvat", "indirect", "the tram line would open in May", "said")],
    ),
    (  # sport
        "According to a club statement, coach Linnea Berg said the squad was fit.",
        [("Linnea Berg", "indirect", "the squad was fit", "said")],
    ),
    (  # diplomacy
        "According to state radio, Foreign Minister Kwame Asante said the border would reopen.",
        [("Kwame Asante", "indirect", "the border would reopen", "said")],
    ),
]


@pytest.mark.parametrize(("text", "expected"), EXACT)
def test_statements_speakers_and_cues(
    nlp: Language, text: str, expected: list[tuple[str, str, str, str | None]]
) -> None:
    assert said(nlp, text) == expected


LAST_QUOTATION = [  # after ? or !; single quotes with a possessive or a bracket; "went on", "countered"; "as"
    (  # diplomacy: "was quoted as saying" after the quotation
        '"The door to talks is open," Deputy Minister Anton Volkov was quoted as saying by state media.',
        ("Anton Volkov", "direct", "The door to talks is open,", "saying"),
    ),
    (  # business
        '"Prices will stay high," trader Ingrid Aas was quoted as saying by a local paper.',
        ("Ingrid Aas", "direct", "Prices will stay high,", "saying"),
    ),
    (  # sport
        '"I am staying at the club," striker Mateo Rojas was quoted as saying.',
        ("Mateo Rojas", "direct", "I am staying at the club,", "saying"),
    ),
    (  # local politics
        "'[The bypass] is years late,' councillor Nora Fitzgerald said.",
        ("Nora Fitzgerald", "direct", "[The bypass] is years late,", "said"),
    ),
    (  # business
        "'(Our) margins held up,' chief executive Pavel Dvorak said.",
        ("Pavel Dvorak", "direct", "(Our) margins held up,", "said"),
    ),
    (  # sport
        "'\u2026and then we lost our heads,' captain Jonas Eriksen said.",
        ("Jonas Eriksen", "direct", "\u2026and then we lost our heads,", "said"),
    ),
    (  # diplomacy
        'Foreign Minister Leila Haddadi dismissed the report as "pure fiction".',
        ("Leila Haddadi", "direct", "pure fiction", "dismissed"),
    ),
    (  # labour
        "Union leader Marek Wojcik rejected the offer as 'an insult to nurses'.",
        ("Marek Wojcik", "direct", "an insult to nurses", "rejected"),
    ),
    (  # science
        'Geologist Hannah Okafor dismissed the theory as "wishful thinking".',
        ("Hannah Okafor", "direct", "wishful thinking", "dismissed"),
    ),
    (  # science: "as" marking a clause
        'Geologist Hannah Okafor dismissed the claim as "not supported by the data".',
        ("Hannah Okafor", "direct", "not supported by the data", "dismissed"),
    ),
    (  # sport
        'The club lost again.\n\n"Why would we sell him now?" manager Ilse Brandt asked.',
        ("Ilse Brandt", "direct", "Why would we sell him now?", "asked"),
    ),
    (  # labour
        'The strike entered its third week.\n\n"We are not going back!" Dario Ventura shouted.',
        ("Dario Ventura", "direct", "We are not going back!", "shouted"),
    ),
    (  # science
        'The probe reached orbit.\n\n"We expect the first images soon..." Mei Takahashi said.',
        ("Mei Takahashi", "direct", "We expect the first images soon...", "said"),
    ),
    (  # sport
        "'We will not stop, and the players' effort was great,' coach Ewan Doyle said.",
        ("Ewan Doyle", "direct", "We will not stop, and the players' effort was great,", "said"),
    ),
    (  # labour
        "\u2018The nurses\u2019 pay must rise this year,\u2019 union official Kavita Rao said.",
        ("Kavita Rao", "direct", "The nurses\u2019 pay must rise this year,", "said"),
    ),
    (  # business
        "'Our suppliers' costs doubled,' finance director Olu Adeyemi said.",
        ("Olu Adeyemi", "direct", "Our suppliers' costs doubled,", "said"),
    ),
    (  # diplomacy
        'Envoy Samir Haddad said the talks were slow. "Both sides want a deal," he went on.',
        ("Samir Haddad", "direct", "Both sides want a deal,", "went on"),
    ),
    (  # business
        'Finance chief Greta Solberg spoke first. She went on: "Margins will recover."',
        ("Greta Solberg", "direct", "Margins will recover.", "went on"),
    ),
    (  # local politics
        'Mayor Ruth Amankwah defended the plan. "That is simply false," she countered.',
        ("Ruth Amankwah", "direct", "That is simply false,", "countered"),
    ),
]


def test_capitalised_sentence_after_a_question_is_narrative_when_more_than_a_cue(nlp: Language) -> None:
    text = '"Who pays for the repairs?" Tenants asked the council for an answer last week.'
    assert all(cue != "asked" for _, _, _, cue in said(nlp, text))


@pytest.mark.parametrize(
    "text",
    [
        "The striker went on to win the title with Harbour City.",  # sport
        "The budget debate went on for hours at the town hall.",  # local politics
        "Trading went on after a short halt at the exchange.",  # business
    ],
)
def test_went_on_to_do_or_for_a_while_is_no_speech(nlp: Language, text: str) -> None:
    assert said(nlp, text) == []


LABELS = [
    'Union leader Zainab Kamara spoke about the so-called "fair pay deal" on Monday.',  # labour
    'The minister Petra Novak attended the launch of the treaty, dubbed "the Harbour Accord".',  # diplomacy
    'Coach Luis Ferreira explained the tactic, known in the squad as "the fortress".',  # sport
    'Economist Sara Lindahl said a report titled "the lost decade" was due in May.',  # business
    'Astronomer Idris Bello presented the self-styled "planet hunter" telescope.',  # science
]


@pytest.mark.parametrize("text", LABELS)
def test_a_label_in_marks_is_no_statement(nlp: Language, text: str) -> None:
    assert all(kind != "direct" for _, kind, _, _ in said(nlp, text))


WORKS = [
    (  # culture in local news: a title the speaker mentions
        "Councillor Rhea Dasgupta said she had watched 'The Quiet Harbour' twice.",
        ("Rhea Dasgupta", "indirect", "she had watched 'The Quiet Harbour' twice", "said"),
    ),
    (  # local politics: a scheme's name before its noun
        'Mayor Felix Aldana said the "Safe Streets" scheme would expand.',
        ("Felix Aldana", "indirect", 'the "Safe Streets" scheme would expand', "said"),
    ),
    (  # science: a mission's name in apposition
        'Engineer Sunita Pillai said the probe "Far Horizon" would launch in June.',
        ("Sunita Pillai", "indirect", 'the probe "Far Horizon" would launch in June', "said"),
    ),
    (  # business: a campaign praised
        'Gavin Moyo praised the "Buy Local" campaign for its reach.',
        ("Gavin Moyo", "indirect", 'praised the "Buy Local" campaign for its reach', "praised"),
    ),
]


@pytest.mark.parametrize(("text", "expected"), WORKS)
def test_a_title_inside_a_report_is_no_quotation(nlp: Language, text: str, expected: tuple[str, str, str, str]) -> None:
    assert said(nlp, text) == [expected]


def test_a_title_case_label_given_by_a_cue_stays_a_quotation(nlp: Language) -> None:
    text = 'Opposition leader Dalia Mansour called the budget "Project Austerity".'
    assert said(nlp, text) == [("Dalia Mansour", "direct", "Project Austerity", "called")]


def test_a_label_dubbed_by_someone_is_theirs(nlp: Language) -> None:
    text = 'Councillor Tomas Reyes dubbed the tram plan "a white elephant".'
    assert said(nlp, text) == [("Tomas Reyes", "direct", "a white elephant", "dubbed")]


@pytest.mark.parametrize(("text", "expected"), LAST_QUOTATION)
def test_last_quotation_whole_and_attributed(nlp: Language, text: str, expected: tuple[str, str, str, str]) -> None:
    """A cue sentence after a question or an exclamation attributes it; a plural possessive inside single
    quotes does not close them, a bracket or an ellipsis after one opens them; "went on" and "countered" are
    cues, and "was quoted as saying" after the quotation; a verdict's "as" frames a quotation. The quotation is
    the text's last statement."""
    assert said(nlp, text)[-1] == expected


def test_single_quoted_phrases_in_a_row_still_close() -> None:
    text = "Councillor Anya Petrov called the cuts 'a blow to the towns' and the levy 'unfair'."
    assert [q.text_in(text) for q in find_quotes(text)] == ["a blow to the towns", "unfair"]


COORDINATED = [
    (  # local politics
        'Councillor Yusuf Demir said the cuts were "a disgrace" and "totally unacceptable".',
        [("Yusuf Demir", "a disgrace", "said"), ("Yusuf Demir", "totally unacceptable", "said")],
    ),
    (  # sport
        'Coach Marit Holm described the draw as "a fair result" but "a missed chance".',
        [("Marit Holm", "a fair result", "described"), ("Marit Holm", "a missed chance", "described")],
    ),
    (  # labour
        'Union official Bea Lindgren said the offer was "insulting" and "far too late".',
        [("Bea Lindgren", "insulting", "said"), ("Bea Lindgren", "far too late", "said")],
    ),
]


@pytest.mark.parametrize(("text", "expected"), COORDINATED)
def test_quotations_joined_by_a_coordinator_share_the_attribution(
    nlp: Language, text: str, expected: list[tuple[str, str, str]]
) -> None:
    assert [(who, quote, cue) for who, kind, quote, cue in said(nlp, text) if kind == "direct"] == expected
