"""Where a person's name begins and ends when the parse cut it or left it unlabelled.

A name is a run of proper nouns, but the tagger breaks the run at a lower-case particle ("de la"), reads a
given name as a common word ("Hope", "Destiny") or leaves a name unlabelled as a subject or list member;
the passes that find people need the whole name, and no title or place word with it.
"""

from __future__ import annotations

from collections.abc import Sequence

from spacy.tokens import Span, Token

from streams.enrich.repairs.glued_names import SURNAME_PARTICLES
from streams.enrich.vocabulary.places import demonym_code, is_known_place

from ..entity import Entity
from ..lexicon import lexicon
from ..names import is_honorific, is_title_in_name, is_title_word, name_words, org_shaped, place_shaped, proper_noun_run
from .columns import SOFT_LABELS
from .kinds import in_person_role, plain_name
from .place_given_names import place_named_person
from .portfolio import name_after_portfolio, portfolio_before
from .registry import big_place
from .titles import comma_title, introduced, who_after


def name_run(head: Token) -> list[Token]:
    """The proper nouns compounded onto `head` without the titles that open them ("President Ana Ruiz")."""
    run = _with_particle_given_name(proper_noun_run(head))
    while len(run) > 1 and is_title_in_name(run[0]):
        run.pop(0)
    run = _without_portfolio(run)
    return [head.doc[run[0].i - 1], *run] if _given_name_read_as_word(run) else run


def _without_portfolio(run: list[Token]) -> list[Token]:
    """ "Minister for Culture Ana Lopes visited": the parse compounds the portfolio after the title's "for" onto
    the name, which is the title's (`portfolio.name_after_portfolio`)."""
    if len(run) < 3:
        return run
    start = name_after_portfolio(run[0].doc[run[0].i : run[-1].i + 1])
    return run if start is None else [t for t in run if t.i >= start]


def _with_particle_given_name(run: list[Token]) -> list[Token]:
    """ "Cristina de la Fuente": the tagger reads "de" as a foreign word, so the walk over proper nouns stops
    there; the surname's particles (one or two, lower-case) and the capitalised proper noun compounded onto the
    name before them belong to it."""
    doc, start = run[0].doc, run[0].i
    while start > 0 and run[0].i - start < 2 and doc[start - 1].is_lower and doc[start - 1].lower_ in SURNAME_PARTICLES:
        start -= 1
    given = doc[start - 1] if start > 0 else None
    if (
        given is None
        or start == run[0].i
        or not (given.pos_ == "PROPN" and given.is_title and given.dep_ in ("compound", "flat"))
        or not run[0].i <= given.head.i <= run[-1].i
    ):
        return run
    return list(doc[start - 1 : run[-1].i + 1])


def _given_name_read_as_word(name: Sequence[Token]) -> bool:
    """ "Destiny Obi, 54, said", "Hope Nwankwo, a nurse, said": a capitalised word the tagger read as a common
    one ("destiny", "hope", "sunday") compounded onto a lone surname is its given name where the sentence
    introduces the person by an age, a role or a "who" after the name, since news introduces a person by
    the full name (titles, honorifics and describing words such as "Veteran" aside)."""
    doc, first = name[0].doc, name[0].i
    if len(name) != 1 or first == 0:
        return False
    t = doc[first - 1]
    lex = lexicon()
    return (
        t.pos_ in ("NOUN", "ADJ", "VERB", "AUX")
        and t.is_title
        and t.is_alpha
        and not t.ent_type_
        and t.head.i == first
        and "\n" not in t.whitespace_
        and not (is_title_in_name(t) or is_honorific(t))
        and t.lower_ not in lex.ignored_role_modifiers | lex.title_modifiers
        and t.lemma_.lower() not in lex.institution_nouns
        and demonym_code(t.text) is None
        and (introduced(name) or who_after(doc, first + 1))
    )


def unlabelled_name(head: Token) -> bool:
    """ "But Ana Ruiz of the growers' group thinks ...": two or three capitalised words the model left
    unlabelled, as a subject, object or list member, with no title, place or organisation word among them;
    one is enough after an honorific ("Mr Ruiz met ...")."""
    run = name_run(head)
    lex = lexicon()
    labels = ("", *SOFT_LABELS, "DATE") if _set_off_after_title(run) else ("", *SOFT_LABELS)
    honorific = run[0].i > 0 and is_honorific(head.doc[run[0].i - 1])
    words = name_words(run)  # "Jean-Luc": one given name; "Cristina de la Fuente": two names and particles
    return (
        (2 <= len(words) <= 4 or (len(words) == 1 and honorific))
        and len([t for t in words if not _initial(t)]) <= 3
        and run[-1].is_alpha
        and all((t.is_alpha or _initial(t)) and t.text[:1].isupper() and t.ent_type_ in labels for t in words)
        and not any(is_title_in_name(t) or t.lemma_.lower() in lex.institution_nouns for t in run)
        and not org_shaped(run)
        and not place_shaped(words)
        and (
            not any(is_known_place(t.text) for t in run)
            or introduced(run)
            or in_person_role(head, speaks=True)
            or place_named_person(words)
        )
    )


def _initial(token: Token) -> bool:
    """ "J." in "J. R. Okafor": a given name written as its initial."""
    return len(token.text) == 2 and token.text[0].isupper() and token.text[1] == "."


def _set_off_after_title(run: list[Token]) -> bool:
    """ "The Minister of X, June Okafor, said": a name set off by a comma after a title is a person's even
    where its given name is also a day or a month the model read as a date."""
    return comma_title(run[0].doc[run[0].i : run[-1].i + 1]) is not None


def after_title(head: Token) -> bool:
    """ "a call to President Ana Ruiz", "Minister for Culture Ana Lopes visited": a capitalised title (or its
    portfolio) right before an unlabelled name marks a person wherever the name stands (after a preposition
    too, where "at Downing Street" is a place)."""
    run = name_run(head)
    first = run[0].i
    before = head.doc[first - 1] if first > 0 else None
    return before is not None and before.text[:1].isupper() and (is_title_in_name(before) or portfolio_before(run))


def in_list_of_people(token: Token, named: dict[int, Entity | None]) -> bool:
    """ "A of X, B of Y and C of Z": a name coordinated with people named around it, followed by what it
    is "of", is one more person even where the model labelled nothing (or a work of art)."""
    doc = token.doc
    if token.i + 2 >= len(doc) or doc[token.i + 1].lower_ not in ("of", "from") or doc[token.i + 2].pos_ != "PROPN":
        return False
    node = token
    for _ in range(4):
        if node.dep_ not in ("conj", "appos", "pobj", "prep") or node.head.i == node.i:
            return False
        node = node.head
        if named.get(node.i) is not None:
            return True
    return False


def surname_run(surname: Token, named: dict[int, Entity | None]) -> list[Token]:
    """A known surname the model labelled otherwise, with the given name compounded onto it when the two
    have the shape of a person's name ("Ana Ruiz" read as an organisation after "Ms Ruiz" was read right)."""
    run = [t for t in name_run(surname) if t.i not in named]
    return run if run and run[-1].i == surname.i and plain_name(run) else [surname]


def coordinated_name(token: Token, named: dict[int, Entity | None]) -> list[Token]:
    """ "Valkonen and Ana Ruiz met", "A, B and C": a capitalised word coordinated with a named person is one
    more person whatever label the model gave it, unless it is a title, a place, an organisation (a name
    with a company or institution word in it) or a nationality opening the next title ("A and Bolivian
    Foreign Minister B"). Returns the name's words."""
    if token.ent_type_ == "PERSON" or not token.is_alpha or token.is_upper or is_title_in_name(token):
        return []
    if token.lemma_.lower() in lexicon().institution_nouns:
        return []
    doc = token.doc
    if demonym_code(token.text) is not None or (token.i + 1 < len(doc) and is_title_word(doc[token.i + 1])):
        return []
    if not any(named.get(c.i) is not None for c in token.conjuncts):
        return []
    run = [t for t in proper_noun_run(token) if t.text[:1].isupper()]
    while run and is_title_in_name(run[0]):
        run.pop(0)
    if not run or any(t.ent_type_ == "PERSON" for t in run) or org_shaped(run):
        return []
    if is_known_place(doc[run[0].i : run[-1].i + 1].text):
        return []
    if any(t.ent_type_ == "ORG" for t in run) and not (plain_name(run) and _whole_entity(run)):
        return []
    return run


def _whole_entity(run: list[Token]) -> bool:
    """The run is exactly one entity of the parse, not a piece of a longer one."""
    doc = run[0].doc
    end = run[-1].i + 1
    return run[0].ent_iob_ == "B" and all(t.ent_iob_ == "I" for t in run[1:]) and (
        end >= len(doc) or doc[end].ent_iob_ != "I"
    )


def whole_name(ent: Span, floor: int) -> Span:
    """ "adviser Petter Aasen" where the model labelled only "Aasen": an unlabelled capitalised word
    compounded onto the name right before it is the given name, unless it is a title, a place or a
    word that starts the sentence (which is capitalised anyway) where nothing after the name introduces
    a person ("X Y, 54,", "X Y, the mayor,", "X Y, who ...")."""
    doc = ent.doc
    if ent.label_ != "PERSON":
        return ent
    k = ent.start - 1
    if k < floor:
        return _with_surname(ent)
    t = doc[k]
    given = (
        t.pos_ == "PROPN"
        and t.is_alpha
        and t.text[:1].isupper()
        and not t.is_upper
        and not t.ent_type_
        and t.dep_ == "compound"
        and ent.start <= t.head.i < ent.end
        and not is_title_in_name(t)
        and t.lemma_.lower() not in lexicon().institution_nouns
        and name_after_portfolio(doc[k : ent.end]) in (None, k)  # "Minister for Sport X Y": "Sport" is the office's
    )
    given = given or _given_name_read_as_word(ent)
    whole = doc[k : ent.end]
    # "Ana Kaya held talks": a person the model read as the one word that is also a town's name, with a given
    # name before it opening the sentence, is the two words (the town alone is no one)
    town = given and k == floor and len(ent) == 1 and is_known_place(ent.text) and not is_known_place(whole.text)
    # "Elif Demir met ..." with only "Demir" labelled: opening the sentence, the word before is the given name
    # where the clause gives the two a person's part (many given names are also small towns: "Layla")
    inside = given and not big_place(t.text) and (k > floor or in_person_role(ent.root, speaks=True))
    if given and (inside or town or introduced(whole) or who_after(doc, ent.end)):
        return whole
    return _with_surname(ent)


def _with_surname(ent: Span) -> Span:
    """ "Pedro Alves" where the model labelled only "Pedro": a one-word name compounded onto the
    unlabelled capitalised word right after it is that person's given name (a place's name too, where the
    sentence introduces a person: "Mayor Aiko Tanabe", many surnames being towns)."""
    doc = ent.doc
    if len(ent) != 1 or ent.end >= len(doc):
        return ent
    after = doc[ent.end]
    surname = (
        ent[0].dep_ == "compound"
        and ent[0].head.i == after.i
        and after.pos_ == "PROPN"
        and after.is_alpha
        and after.text[:1].isupper()
        and not after.ent_type_
        and not is_title_in_name(after)
    )
    whole = doc[ent.start : ent.end + 1]
    return whole if surname and (not is_known_place(after.text) or introduced(whole)) else ent
