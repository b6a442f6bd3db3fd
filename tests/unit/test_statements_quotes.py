"""Quotation-mark scanning alone: no parse needed."""

from __future__ import annotations

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
