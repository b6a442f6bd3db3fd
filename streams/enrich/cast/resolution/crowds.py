"""Crowds written with a capital: a sentence opening on a plural word for people names nobody.

Wire copy opens sentences with the people it quotes as a group: "Bankers said ...", "Growers, who met the
minister, said ...". Capitalised at the head of the sentence, the word looks like a name to the tagger (a
proper noun, "Growers") or to the cast (the first word of a firm named earlier, "Bankers Mutual Co"), yet
the group is as unnamed as "analysts" or "dealers" (eval/README.md, "Statements' speakers"). Only a word
standing alone, opening the sentence with no word of its phrase but a "who" aside: "Midland Bankers said" is a
name, and "Officials at the X Department said" are the department's.
"""

from __future__ import annotations

from spacy.tokens import Token

from streams.enrich.vocabulary.english_words import lists_word, singulars

from ..lexicon import lexicon

_MEN = "men"
_MIN_MEN_LENGTH = 6  # "yeomen" and longer: "Amen", "Carmen" are no compounds of "-man"
_ASIDES = ("punct", "relcl")  # "Growers, who met the minister, said": an aside leaves the word alone
_NATIONS = ("NORP", "GPE")  # "Democrats", "Americans": peoples and parties are the nationality rules' to read


def crowd_in_capitals(token: Token) -> bool:
    """Whether `token` opens its sentence alone and is the plural of a word for people: the singular a
    title, occupation, representative or member noun of the lexicon ("Bankers", "Farmers"), or a
    "-men" plural whose "-man" English lists ("Fishermen", "Businessmen")."""
    if not token.is_sent_start or token.ent_type_ in _NATIONS:
        return False
    if any(c.dep_ not in _ASIDES for c in token.children):  # "Officials at the X Department": X's people
        return False
    text = token.text
    if not (text[:1].isupper() and not text.isupper() and token.is_alpha):
        return False
    word = token.lower_
    if word.endswith(_MEN) and len(word) >= _MIN_MEN_LENGTH:
        return lists_word(token.vocab, word[: -len(_MEN)] + "man")  # "Bremen" has no "breman"
    lex = lexicon()
    people = lex.title_words | lex.representative_nouns | lex.member_nouns
    return any(form in people for form in singulars(word))
