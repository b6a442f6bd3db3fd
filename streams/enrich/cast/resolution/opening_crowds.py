"""A crowd of a trade that opens its sentence: "Nurses said ...", "Farmers, whose grain waits at the port,
said". Sentence case capitalises the plural, so the parse may read it as a name (a body "Farmers") or the cast
as the short form of a firm the word opens ("Farmers" after "Farmers Mutual Insurance Co"); it is neither. People
named only by their trade stay unnamed (`eval/README.md`, "Statements' speakers": "analysts", "dealers").
"""

from __future__ import annotations

from collections.abc import Callable
from functools import cache

from spacy.tokens import Token

from streams.enrich.vocabulary.english_words import lists_word, singulars

from ..lexicon import lexicon

_ASIDES = frozenset({"punct", "relcl"})  # "Farmers, whose grain waits, said": set off, naming no one
_MEN = "men"
_MIN_MEN_LENGTH = 6  # "Seamen" and longer: "Amen", "Carmen" are no plurals of "-man"


def opens_as_crowd(head: Token, knows_surname: Callable[[str], bool]) -> bool:
    """Whether `head` is a plural of a people's word (a trade, a title, a representative, a member) written
    alone as the first word of its sentence (a relative clause set off after it at most), and no surname of the
    article ("Banks said" after "Ida Banks")."""
    if head.i != head.sent.start or not head.is_alpha or head.text.isupper():
        return False
    if any(c.dep_ not in _ASIDES for c in head.children):  # "Officials at X said" is X's voice
        return False
    word = head.lower_
    if word.endswith(_MEN) and len(word) >= _MIN_MEN_LENGTH:
        man = word[: -len(_MEN)] + "man"  # "Policemen": any "-man" English lists ("Bremen" has no "breman")
        crowd = man in _people_words() or lists_word(head.vocab, man)
    else:
        crowd = bool(singulars(word) & _people_words())
    return crowd and not knows_surname(head.text)


@cache
def _people_words() -> frozenset[str]:
    """The words that name people by what they do: titles and trades, representatives, members."""
    lex = lexicon()
    return lex.title_words | lex.representative_nouns | lex.member_nouns
