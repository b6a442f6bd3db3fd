"""Whether English knows a word: the lemmatizer's own word index (WordNet's lemmas of every part of
speech), put on the vocabulary when the pipeline loads so that the repairs run on a parse can ask it.

The small model tags a given name it has never met by its place in the sentence ("Rajesh Kumar Singh
said": "Rajesh" a verb, "Layla Haddad of the union said": "Layla" a verb with "Haddad" its object) and
then leaves it out of the name. A capitalised word that no English dictionary lists is a name whatever
the tagger says; one the dictionary lists ("Said", "Will", "Hope") may be a word or a name, and only the
rest of the sentence can tell.
"""

from __future__ import annotations

from spacy.language import Language
from spacy.tokens import Token
from spacy.vocab import Vocab

TABLE = "newswire_english_words"


def use_english_words(nlp: Language) -> Language:
    """Puts the lemmatizer's word index on `nlp.vocab` (a no-op without a rule lemmatizer, or when present)."""
    lookups = nlp.vocab.lookups
    if "lemmatizer" not in nlp.pipe_names or lookups.has_table(TABLE):
        return nlp
    tables = nlp.get_pipe("lemmatizer").lookups
    if not tables.has_table("lemma_index"):
        return nlp
    index = tables.get_table("lemma_index")
    words = {word: True for pos in index for word in index[pos]}
    lookups.add_table(TABLE, words)
    return nlp


def unknown_to_english(token: Token) -> bool:
    """A word, as written or as its lemma, that English does not list ("Rajesh", "Thandiwe"); False
    wherever the pipeline has no word index, so that nothing is repaired on a guess. The index holds
    content words only, so the stop words ("The", "Under") count as listed."""
    lookups = token.vocab.lookups
    if not lookups.has_table(TABLE) or not token.is_alpha or token.is_stop:
        return False
    words = lookups.get_table(TABLE)
    return token.lower_ not in words and token.lemma_.lower() not in words


def lists_word(vocab: Vocab, word: str) -> bool:
    """Whether English lists the lower-case `word` or, read as a regular plural, its singular ("lions",
    "wolves", "falcons"); False wherever the pipeline has no word index."""
    if not vocab.lookups.has_table(TABLE):
        return False
    words = vocab.lookups.get_table(TABLE)
    return word in words or any(form in words for form in singulars(word))


def plural_of_english_word(token: Token) -> bool:
    """ "Foxes", "Swans", "Rangers": a capitalised plural whose singular English lists, the shape of a team's
    nickname; "Petrakis" or "Simmons", a surname ending in "s", has no such singular. The tagger keeps a
    proper noun's plural as its lemma, so the singular is looked up by its spelling."""
    lookups = token.vocab.lookups
    word = token.lower_
    if not lookups.has_table(TABLE) or not token.is_alpha or word.endswith("ss"):
        return False
    words = lookups.get_table(TABLE)
    return any(form in words for form in singulars(word))


def singulars(word: str) -> set[str]:
    """The singulars a regular English plural may have: "lions" lion, "foxes" fox, "lilies" lily, "wolves" wolf."""
    if not word.endswith("s"):
        return set()
    forms = {word[:-1]}
    if word.endswith("es"):
        forms.add(word[:-2])
    if word.endswith("ies"):
        forms.add(word[:-3] + "y")
    if word.endswith("ves"):
        forms |= {word[:-3] + "f", word[:-3] + "fe"}
    return forms
