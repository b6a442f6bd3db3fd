"""STATEMENTS extractor on short invented articles: one behaviour per test."""

from __future__ import annotations

import pytest
from spacy.language import Language

from streams.enrich.extractors.statements import extract_statements
from streams.enrich.model import Statement
from streams.enrich.nlp import parse
from streams.ingest.article import Article


def run(nlp: Language, text: str) -> list[Statement]:
    statements = extract_statements(parse(Article(id="t", text=text), nlp))
    for s in statements:
        assert 0 <= s.span.start < s.span.end <= len(text)
    return statements


def only(statements: list[Statement], kind: str) -> list[Statement]:
    return [s for s in statements if s.kind == kind]


def speaker_name(s: Statement) -> str | None:
    return s.speaker.name if s.speaker else None


def test_split_quote_is_one_statement_spanning_both_parts(nlp: Language) -> None:
    text = (
        'Harbour master Pell Oduya inspected the pier on Tuesday. "The timber is rotten," Oduya said. '
        '"We will rebuild it before the storms."'
    )
    [quote] = only(run(nlp, text), "direct")
    assert quote.quote == "The timber is rotten, We will rebuild it before the storms."
    assert text[quote.span.start : quote.span.end].startswith("The timber")
    assert text[quote.span.start : quote.span.end].endswith("storms.")
    assert speaker_name(quote) == "Pell Oduya"
    assert quote.cue == "said"


def test_quote_split_inside_one_sentence(nlp: Language) -> None:
    text = "“We tried,” said coach Brannagh Loy, “but the weather beat us.”"
    [quote] = only(run(nlp, text), "direct")
    assert quote.quote == "We tried, but the weather beat us."
    assert speaker_name(quote) == "Brannagh Loy"


def test_next_quote_with_its_own_attribution_stays_separate(nlp: Language) -> None:
    text = '"We are ready," Tamsin Rooke said. "So are we," Edvard Halm replied.'
    quotes = only(run(nlp, text), "direct")
    assert [speaker_name(q) for q in quotes] == ["Tamsin Rooke", "Edvard Halm"]


def test_nested_quotes_stay_inside_the_outer_quote(nlp: Language) -> None:
    text = "“We heard the word ‘never’ far too often,” union leader Corin Ashdale said."
    [quote] = only(run(nlp, text), "direct")
    assert quote.quote == "We heard the word ‘never’ far too often,"
    assert speaker_name(quote) == "Corin Ashdale"


def test_unbalanced_mark_does_not_swallow_the_rest_of_the_article(nlp: Language) -> None:
    text = (
        'The ferry company posted a notice saying "all crossings are suspended until further notice.\n\n'
        "Captain Ines Morrow spoke to passengers at the terminal.\n\n"
        '"Nobody will sail in this wind," Morrow said.'
    )
    quotes = only(run(nlp, text), "direct")
    attributed = [q for q in quotes if speaker_name(q) == "Ines Morrow"]
    assert [q.quote for q in attributed] == ["Nobody will sail in this wind,"]
    assert all("Captain" not in q.quote for q in quotes)


def test_closing_glyph_used_as_opening_mark(nlp: Language) -> None:
    text = "Analyst Priya Venkat praised the plan. .”It is bold and overdue,” she said."
    [quote] = only(run(nlp, text), "direct")
    assert quote.quote == "It is bold and overdue,"
    assert speaker_name(quote) == "Priya Venkat"


def test_pronoun_resolves_to_the_last_speaker_not_a_person_inside_the_report(nlp: Language) -> None:
    text = (
        "Mill owner Joram Falk said that Mayor Ellis Quint's tax plan would hurt the town.\n\n"
        '"He has never run a business," he said.'
    )
    [quote] = only(run(nlp, text), "direct")
    assert speaker_name(quote) == "Joram Falk"


def test_description_resolves_through_title_seen_earlier(nlp: Language) -> None:
    text = (
        "Norland's Deputy Transport Minister Orla Venn met the rail unions in Skarholm.\n\n"
        "Later, Norland's Prime Minister Aksel Brun joined the talks.\n\n"
        "The deputy minister noted that the new timetable would start in May.\n\n"
        '"Trains must run on time," the Norland leader said.'
    )
    statements = run(nlp, text)
    [reported] = only(statements, "indirect")
    assert speaker_name(reported) == "Orla Venn"
    assert reported.speaker is not None and reported.speaker.title == "Norland's Deputy Transport Minister"
    assert reported.cue == "noted"
    [quote] = only(statements, "direct")
    assert speaker_name(quote) == "Aksel Brun"


def test_name_variants_merge_to_the_fullest_form_seen_first(nlp: Language) -> None:
    text = (
        "Chess federation president Dmitri Kasparek opened the tournament on Sunday.\n\n"
        "The prize fund has doubled since last year, Dmitry Kasparek told reporters.\n\n"
        '"Young players deserve a real stage," Kasparek said.'
    )
    statements = run(nlp, text)
    assert {speaker_name(s) for s in statements} == {"Dmitri Kasparek"}


def test_organisations_speak(nlp: Language) -> None:
    text = (
        "The Velmar presidency said the border crossing would reopen on Monday. "
        "The Harbour Authority said it expected long queues.\n\n"
        "A Lindqvist Shipping spokeswoman said:\n\n"
        "Our vessels will resume the northern route as soon as the crossing reopens."
    )
    statements = run(nlp, text)
    assert [speaker_name(s) for s in statements] == ["Velmar presidency", "Harbour Authority", "Lindqvist Shipping"]
    assert statements[2].quote == "Our vessels will resume the northern route as soon as the crossing reopens."


def test_report_is_attributed_to_the_outlet_named_nearby(nlp: Language) -> None:
    text = (
        "The city council plans to sell the old tram depot, according to a report. "
        "Two council members told the Marsh Valley Gazette that a buyer had already been found."
    )
    statements = run(nlp, text)
    assert speaker_name(statements[0]) == "Marsh Valley Gazette"
    assert statements[0].cue == "according to"
    assert speaker_name(statements[1]) is None


def test_unattributed_quote_has_no_cue_and_goes_to_the_person_just_in_focus(nlp: Language) -> None:
    text = "Mayor Ilse Brandt visited the dam on Friday.\n\n“The water has never been this high in living memory.”"
    [quote] = only(run(nlp, text), "direct")
    assert speaker_name(quote) == "Ilse Brandt"  # the sieve's nearest-mention fallback, not "unnamed"
    assert quote.cue is None


def test_unnamed_speakers_are_not_guessed(nlp: Language) -> None:
    text = "Minister Halvard Ost toured the mine. Local officials said the mine would stay open."
    [reported] = run(nlp, text)
    assert reported.quote == "the mine would stay open"
    assert reported.speaker is None


def test_reported_speech_forms(nlp: Language) -> None:
    text = (
        "Fire chief Rosa Delahunt said that the blaze was under control. "
        "Ten homes were lost, Delahunt told reporters. "
        "According to Delahunt, the cause is still unknown. "
        "She also urged residents to stay away from the hills."
    )
    statements = run(nlp, text)
    assert [(s.kind, s.cue, s.quote) for s in statements] == [
        ("indirect", "said", "the blaze was under control"),
        ("indirect", "told", "Ten homes were lost"),
        ("indirect", "According to", "the cause is still unknown"),
        ("indirect", "urged", "urged residents to stay away from the hills"),
    ]
    assert {speaker_name(s) for s in statements} == {"Rosa Delahunt"}


def test_reported_clause_that_quotes_is_one_direct_statement(nlp: Language) -> None:
    text = "Coach Ada Brenn warned that the final \u201cwill be decided by the weather.\u201d"
    [statement] = run(nlp, text)
    assert statement.kind == "direct"
    assert statement.quote == "will be decided by the weather."
    assert statement.cue == "warned"
    assert speaker_name(statement) == "Ada Brenn"


def test_short_quoted_phrase_is_attributed_to_the_one_who_chose_it(nlp: Language) -> None:
    text = 'Asked about the merger, banker Olu Fenwick described it as a "marriage of necessity".'
    [statement] = run(nlp, text)
    assert statement.quote == "marriage of necessity"
    assert statement.cue == "described"
    assert speaker_name(statement) == "Olu Fenwick"


def test_quote_continuing_across_paragraphs(nlp: Language) -> None:
    text = (
        "Astronomer Kaito Rensel described the night of the discovery.\n\n"
        '"We saw the light flicker twice and thought the telescope was broken.\n\n'
        '"Then it flickered a third time, and we knew," Rensel said.'
    )
    first, second = only(run(nlp, text), "direct")  # one statement per paragraph, both with the attribution
    assert first.quote == "We saw the light flicker twice and thought the telescope was broken."
    assert second.quote == "Then it flickered a third time, and we knew,"
    assert [speaker_name(first), speaker_name(second)] == ["Kaito Rensel", "Kaito Rensel"]


def test_headline_lines_are_not_reported_speech(nlp: Language) -> None:
    text = "Floods will return, the engineer warns\n\nEngineer Mara Quist said the levee was too low."
    [statement] = run(nlp, text)
    assert statement.quote == "the levee was too low"


def test_empty_and_blank_articles(nlp: Language) -> None:
    assert run(nlp, "") == []
    assert run(nlp, "  \n\n \t") == []


def test_inverted_attribution_with_the_name_in_apposition(nlp: Language) -> None:
    text = '"The bridge will open in May," said the city\'s chief engineer, Hanne Morwick, on Tuesday.'
    [quote] = run(nlp, text)
    assert speaker_name(quote) == "Hanne Morwick"
    assert quote.speaker is not None and quote.speaker.title == "city's chief engineer"


def test_institution_named_once_then_described(nlp: Language) -> None:
    text = (
        "In a statement, the Ministry of Fisheries said quotas would be cut. "
        "The ministry also said it would compensate the crews."
    )
    statements = run(nlp, text)
    assert [speaker_name(s) for s in statements] == ["Ministry of Fisheries", "Ministry of Fisheries"]


@pytest.mark.parametrize(
    ("text", "first", "second"),
    [
        (  # labour
            "Officials at Dellwyn Foods said they were \"deeply frustrated\" by what they called "
            "\"a campaign of misinformation\" from the union.",
            "deeply frustrated",
            "a campaign of misinformation",
        ),
        (  # sport
            "Coach Dana Holt said she was \"not surprised at all\" by what she described as "
            "\"a cynical display\" from the visitors.",
            "not surprised at all",
            "a cynical display",
        ),
        (  # local politics
            "Mayor Tomas Brel said residents were \"rightly angry\" about what he called "
            "\"years of neglect\" on the estate.",
            "rightly angry",
            "years of neglect",
        ),
        (  # business: a participle cue after the first quotation's own words
            "Chief executive Per Lund said the company was trading \"steadily\" in Europe, adding that margins "
            "were \"under real pressure\" this year.",
            "steadily",
            "under real pressure",
        ),
        (  # sport
            "Coach Dana Holt said the team had played \"bravely\" against the leaders, adding they deserved "
            "\"a lot more credit\" for it.",
            "bravely",
            "a lot more credit",
        ),
        (  # science
            "Professor Ana Ruiz said the samples were handled \"carefully\" at every stage, adding that the "
            "results looked \"genuinely promising\" so far.",
            "carefully",
            "genuinely promising",
        ),
    ],
)
def test_a_cue_after_words_of_the_first_quotes_clause_frames_the_second_only(
    nlp: Language, text: str, first: str, second: str
) -> None:
    quotes = [s.quote for s in only(run(nlp, text), "direct")]
    assert quotes == [first, second]


@pytest.mark.parametrize(
    ("text", "tail"),
    [
        (  # local politics
            "According to the Brenford Echo, guests at the dinner included the chair of the board, Rt. Hon. "
            "Ana Ruiz; and the harbour master, Cllr. Tomas Brel.",
            "Tomas Brel",
        ),
        (  # religion and community
            "According to the parish council, the procession was led by the dean of the cathedral, Rev. Fr. "
            "Piet Molen, and two choirs.",
            "two choirs",
        ),
        (  # defence
            "According to the defence ministry, the delegation was headed by Gen. Ola Brandt and Col. "
            "Dana Holt of the air staff.",
            "of the air staff",
        ),
    ],
)
def test_a_reported_clause_runs_on_across_an_abbreviated_honorific(nlp: Language, text: str, tail: str) -> None:
    [statement] = only(run(nlp, text), "indirect")
    assert statement.quote.rstrip(".").endswith(tail)


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        (  # local politics
            "Mayor Tomas Brel said the council met for two hours on Tuesday, adding that the budget would be cut.",
            [("the council met for two hours on Tuesday", "Tomas Brel"), ("the budget would be cut", "Tomas Brel")],
        ),
        (  # sport
            "Coach Dana Holt said the squad trained twice on Sunday, insisting that the striker was fit to play.",
            [("the squad trained twice on Sunday", "Dana Holt"), ("the striker was fit to play", "Dana Holt")],
        ),
        (  # business: the participle is the reporter's, not the reported clause's subject's
            "Chief executive Ilse Marrow said the board met on Friday, warning that the plant could close.",
            [("the board met on Friday", "Ilse Marrow"), ("the plant could close", "Ilse Marrow")],
        ),
        (  # a participle with no clause of its own belongs to the reported clause
            "Per Lund said the drivers struck on Monday, demanding higher pay.",
            [("the drivers struck on Monday, demanding higher pay", "Per Lund")],
        ),
    ],
)
def test_a_speech_participle_after_a_reported_clause_is_the_reporters_second_statement(
    nlp: Language, text: str, expected: list[tuple[str, str]]
) -> None:
    assert [(s.quote, speaker_name(s)) for s in only(run(nlp, text), "indirect")] == expected


@pytest.mark.parametrize(
    "text",
    [
        "Recall that the coach had walked out of the press room before the final whistle.",  # sport
        "Note that the bridge was closed for repairs twice last winter.",  # local politics
        "Remember that the samples had been stored at the wrong temperature for a week.",  # science
    ],
)
def test_an_imperative_to_the_reader_is_nobodys_statement(nlp: Language, text: str) -> None:
    assert run(nlp, text) == []


def test_a_bare_verb_with_a_subject_still_reports(nlp: Language) -> None:
    [statement] = run(nlp, "Ministers will argue that the tax must rise.")
    assert statement.quote == "the tax must rise"


@pytest.mark.parametrize(
    "text",
    [
        "Such stars burn so hot that they are often described as 'blue giants' in the literature.",  # science
        "The old stand, which is known as \"the Shed\", will be pulled down in May.",  # sport
        "The new levy is called \"the bridge tax\" across the town.",  # local politics
    ],
)
def test_a_label_given_in_the_passive_by_nobody_is_no_statement(nlp: Language, text: str) -> None:
    assert run(nlp, text) == []


def test_a_label_given_in_the_passive_by_someone_is_still_a_quotation(nlp: Language) -> None:
    statements = run(nlp, "The plan was described as \"a reckless gamble\" by Mayor Tomas Brel on Monday.")
    assert [s.quote for s in statements] == ["a reckless gamble"]
