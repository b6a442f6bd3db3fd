"""Quotation-mark scanning alone: no parse needed."""

from __future__ import annotations

import pytest

from streams.enrich.extractors.statements.quotes import find_quotes


def texts(text: str) -> list[str]:
    return [q.text_in(text) for q in find_quotes(text)]


def test_straight_curly_and_guillemets() -> None:
    assert texts('"one" “two” «three»') == ["one", "two", "three"]


def test_apostrophes_are_not_quotation_marks() -> None:
    assert texts("It's the union's call, rock 'n' roll, the '90s and Mavis' book.") == []


def test_single_quotes_where_they_are_quotation_marks() -> None:
    assert texts("She said ‘we’re fine’ and then 'no more'.") == ["we’re fine", "no more"]


def test_nested_quote_is_part_of_the_outer_one() -> None:
    text = "“He told me ‘wait’ and left,” she said."
    [quote] = find_quotes(text)
    assert quote.text_in(text) == "He told me ‘wait’ and left,"


def test_unbalanced_quote_ends_at_its_paragraph() -> None:
    text = 'He shouted "stop the vote.\n\nThe count went on. "It is over," she said.'
    quotes = find_quotes(text)
    assert [q.text_in(text) for q in quotes] == ["stop the vote.", "It is over,"]
    assert [q.balanced for q in quotes] == [False, True]


def test_paragraph_reopened_quote_continues() -> None:
    text = '"First part.\n\n"Second part," he said.'
    [quote] = find_quotes(text)
    assert quote.text_in(text) == "First part. Second part,"
    assert len(quote.parts) == 2
    assert text[quote.start : quote.end].startswith("First") and text[quote.end - 1] == ","


def test_many_marks_stay_linear_and_paired() -> None:
    text = '"a" ' * 3000
    assert len(find_quotes(text)) == 3000


def test_doubled_apostrophes_and_backticks_are_double_quotation_marks() -> None:
    # sport, business, local politics: wire copy that types '' or `` for a double mark
    assert texts("''We held our nerve,'' said the coach. ''The bench won it.''") == [
        "We held our nerve,",
        "The bench won it.",
    ]
    assert texts("The chief executive called it ``a reset year'' for the bank's shareholders.") == ["a reset year"]
    assert texts("''The road stays shut.\n\n''Repairs start in May,'' the mayor said.") == [
        "The road stays shut. Repairs start in May,"
    ]


# Feeds that join paragraphs into one line: a quoted paragraph that runs on into the next keeps no closing
# mark, so the next paragraph's opening mark meets an open quotation.
JOINED_PARAGRAPHS = [
    # sport
    (
        '"We lost our shape," the coach said. "The second half was poor. "Next week we start again."',
        [["We lost our shape,"], ["The second half was poor.", "Next week we start again."]],
    ),
    # health
    (
        '"Every bed is full. "We have asked for army nurses," Dr Anjali Rao said. Wards reopen in May.',
        [["Every bed is full.", "We have asked for army nurses,"]],
    ),
    # business, with doubled apostrophes for the marks
    (
        "''Margins held up. ''Freight costs will fall,'' said Ewa Nowak. ''We are hiring.''",
        [["Margins held up.", "Freight costs will fall,"], ["We are hiring."]],
    ),
    # culture, in single marks
    (
        "'Audiences came back,' said Kofi Asante. 'The hall was full. 'We will tour in spring.'",
        [["Audiences came back,"], ["The hall was full.", "We will tour in spring."]],
    ),
]


@pytest.mark.parametrize(("text", "expected"), JOINED_PARAGRAPHS)
def test_an_opener_after_a_sentence_end_reopens_the_open_quotation(text: str, expected: list[list[str]]) -> None:
    quotes = find_quotes(text)
    assert [[text[s:e] for s, e in q.parts] for q in quotes] == expected
    assert all(q.balanced for q in quotes)
    reopened = next(q for q in quotes if len(q.parts) > 1)
    [(start, end)] = reopened.breaks
    assert text[start:end].isspace() and text[reopened.parts[0][1] - 1] == "."


def test_narrative_after_a_lost_closing_mark_is_not_quoted() -> None:
    # courts: the closing mark after "appeal." is missing; the next sentence is the reporter's, quoting again
    text = 'Ruiz said: "We will appeal. The judge called the ruling "a travesty" and adjourned the case.'
    quotes = find_quotes(text)
    assert [q.text_in(text) for q in quotes] == ["We will appeal.", "a travesty"]
    assert [q.balanced for q in quotes] == [False, True]
    assert quotes[0].breaks == ()


def test_an_opener_without_a_sentence_end_before_it_nests() -> None:
    # local politics: straight marks nested in straight marks, no paragraph to begin
    text = '"We will fund it, and "the bridge to nowhere" gets built," Mayor Lund said.'
    [quote] = find_quotes(text)
    assert quote.text_in(text) == 'We will fund it, and "the bridge to nowhere" gets built,'
    assert quote.breaks == ()


def test_paragraphs_with_breaks_read_as_before() -> None:
    text = '"The reef is bleaching. \n\n"Some bays recover," said Hana Sato.'
    [quote] = find_quotes(text)
    assert quote.text_in(text) == "The reef is bleaching. Some bays recover,"
    assert quote.breaks == ()
