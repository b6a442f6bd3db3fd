"""What a named person belongs to: the organisation or country the article writes next to the name.

News ties a person to a body or a country in a handful of ways, before the name ("Greenline's managing
director Ana Y", "Greenline managing director Ana Y", "Kenyan Finance Minister Ana Y", "Peru's Ana Y"), in an
apposition after it ("Ana Y, Greenline's chief executive", "Ana Y, chief executive of Greenline", "Ana Y, a
director at Greenline", "Ana Y, the Kenyan minister", "Ana Y, who is chair of Greenline") and with a
preposition right after it ("Ana Y of the growers' association", "Ana Y from Greenline"). A country named
by its nationality adjective is recorded under the country's name, so that "Kenyan" and "Kenya's" agree.
"""

from __future__ import annotations

from spacy.tokens import Span, Token

from streams.enrich.vocabulary import places

from ..lexicon import lexicon
from ..names import glued_hyphen, is_title_part, is_title_word, title_start

_MEMBER_PREPS = ("of", "at", "for", "from", "with")
_AFTER_NAME_PREPS = ("of", "from", "at")  # "Ana Y for the council" is rare; "with" after a name is company
_POSSESSIVE_MARKS = ("'s", "’s", "'", "’")
_NAME_LABELS = ("ORG", "GPE", "NORP", "PERSON", "FAC", "LOC")
_MAX_BODY_WORDS = 8
_BODY_LABELS = frozenset({"ORG", "GPE", "NORP", "FAC", "LOC"})
_PLACE_LABELS = frozenset({"GPE", "LOC"})
_BIG_CITY = 100_000
_ITS_LABELS = frozenset({"ORG", "GPE"})
_DOMAIN_SUFFIXES = ("tion", "ment", "ness", "ics", "ance", "ence", "ity", "ure", "ing", "ship", "ism", "ion")


def affiliation(name: Span, floor: int) -> str | None:
    """The body or country a person named by `name` (title words excluded) belongs to, read from the
    name's own phrase; `floor` is the sentence's first token. None when the phrase names none."""
    return _after(name) or _apposed(name.root) or _before(name, floor)


def role_affiliation(role: Token) -> str | None:
    """What a role noun says its holder belongs to: its owner ("Peru's president", "the union's chief"),
    a nationality or a body compounded on it ("the Kenyan minister", "the Greenline chief"), or its
    "of/at/for/from/with X" ("chief executive of X", "a director at X")."""
    for child in role.children:
        if child.dep_ == "poss" and child.pos_ in ("PROPN", "NOUN"):
            return _body(child)
    for child in role.children:
        if child.dep_ == "prep" and child.lower_ in _MEMBER_PREPS:
            found = next((_body(o) for o in child.children if o.dep_ == "pobj"), None)
            if found:
                return found
    for child in role.lefts:
        if child.dep_ in ("amod", "compound", "nmod") and not is_title_part(child.text):
            found = _nation(child) or (_body(child, named=True) if child.pos_ == "PROPN" else None)
            if found:
                return found
    return None


def _after(name: Span) -> str | None:
    """ "Ana Y of the growers' association", "President Ana Y of Chile", "Ana Y from Greenline"."""
    doc = name.doc
    if name.end + 1 >= len(doc) or doc[name.end].lower_ not in _AFTER_NAME_PREPS:
        return None
    k = name.end + 1
    if doc[k].lower_ == "the" and k + 1 < len(doc):
        k += 1
    head = _phrase_head(doc[k])
    return _body(head) if head is not None and head.head.i == name.end else None


def _phrase_head(token: Token) -> Token | None:
    """The noun heading the phrase `token` opens (a name's last word, or "union" in "the rail workers'
    union"), when that phrase is a name or a body."""
    node = token
    while node.head.i > node.i and node.dep_ in ("compound", "amod", "poss", "case", "det", "nmod"):
        node = node.head
    return node if node.dep_ == "pobj" else None


def _apposed(root: Token) -> str | None:
    """ "Ana Y, Greenline's chief executive", "Ana Y, chief executive of Greenline", "Ana Y, the Kenyan
    minister", or a relative clause: "Ana Y, who is chair of Greenline", "who was named chair of Greenline",
    "who heads Greenline", "who works for Greenline"."""
    for child in root.rights:
        if child.dep_ == "appos" and is_title_word(child):
            return role_affiliation(child)
        if child.dep_ == "appos":  # "X, the Union of Y's general secretary,": the parse hangs it on the owner
            owned = next((t for t in child.subtree if t.tag_ == "POS" and t.i + 1 < len(t.doc)
                          and is_title_word(t.doc[t.i + 1].head)), None)
            return _body(root.doc[owned.i - 1]) if owned is not None else None
        if child.dep_ == "relcl":
            return _clause_affiliation(child)
        if child.dep_ == "acl" and child.lemma_.lower() in lexicon().proxy_verbs:
            return _acting_for(child)
    return None


def _acting_for(verb: Token) -> str | None:
    """ "X, speaking for Greenline,", "X, negotiating on behalf of the union,"."""
    for prep in (c for c in verb.children if c.dep_ == "prep"):
        objects = [o for o in prep.children if o.dep_ == "pobj"]
        if prep.lower_ == "on" and objects and objects[0].lower_ == "behalf":
            objects = [o for p in objects[0].children if p.dep_ == "prep" and p.lower_ == "of"
                       for o in p.children if o.dep_ == "pobj"]
        elif prep.lower_ != "for":
            continue
        found = next((_body(o) for o in objects), None)
        if found:
            return found
    return None


def _clause_affiliation(verb: Token) -> str | None:
    lex = lexicon()
    lemma = verb.lemma_.lower()
    for child in verb.children:
        if child.dep_ in ("attr", "oprd") and is_title_word(child):
            return role_affiliation(child)
        if child.dep_ == "dobj" and lemma in lex.leading_verbs:
            return _body(child)
        if child.dep_ == "prep" and child.lower_ in _MEMBER_PREPS and lemma in lex.serving_verbs:
            return next((_body(o) for o in child.children if o.dep_ == "pobj"), None)
    return None


def _before(name: Span, floor: int) -> str | None:
    """ "Greenline's managing director Ana Y", "Greenline managing director Ana Y", "Kenyan Finance Minister
    Ana Y", "Peru's Ana Y": the owner or the nationality or body that opens the title written before it."""
    doc = name.doc
    first = name.start
    start = title_start(doc, first, floor)
    if start is None:
        start = first
    else:
        owned = next((t for t in doc[start:first] if t.tag_ == "POS"), None)
        if owned is not None:  # "Kenya's finance minister", "the Institute of X's director": the title's owner
            return _body(doc[owned.i - 1]) if owned.i - 1 >= floor else None
        for t in doc[start:first]:
            country = _nation(t)
            if country:
                return country
            if t.pos_ == "PROPN" and not is_title_part(t.text) and not is_title_word(t) and t.ent_type_ != "PERSON":
                return _body(t, named=True)  # "Rivergate FC chairwoman Ana Y", "US President Ana Y"
            if is_title_word(t) or is_title_part(t.text):
                break
    while start - 1 > floor and doc[start - 1].is_lower and (
        (doc[start - 1].dep_ in ("amod", "compound") and is_title_word(doc[start - 1].head))
        or (doc[start - 1].tag_ == "NN" and start == first)
    ):
        start -= 1  # "managing" of "managing director", a trade or a "boss" the lexicon does not list as a title
    if start - 1 <= floor - 1:
        return None
    before = doc[start - 1]
    if before.lower_ == "its" and start < first:
        return _body_before(before, floor)  # "Greenline said its chief executive Ana Y ..."
    if start < first and _nation(before):
        return _nation(before)  # "the Ghanaian sprinter Ana Y"
    if before.text in _POSSESSIVE_MARKS and start - 2 >= floor:
        return _body(doc[start - 2])
    if start < first and before.pos_ == "PROPN" and not is_title_part(before.text):
        return _body(before, named=True)  # "Greenline managing director Ana Y"
    return None


def _body_before(its: Token, floor: int) -> str | None:
    """What "its" stands for: the body or country named last before it in its sentence."""
    institutions = lexicon().institution_nouns
    for k in range(its.i - 1, floor - 1, -1):
        token = its.doc[k]
        ends_name = token.ent_type_ in _ITS_LABELS and (k + 1 >= its.i or its.doc[k + 1].ent_iob_ != "I")
        if ends_name or (token.pos_ == "NOUN" and token.lemma_.lower() in institutions and token.dep_ != "compound"):
            return _body(token)  # "the union and its leader"
    return None


def _nation(token: Token) -> str | None:
    """ "Kenyan" → "Kenya"."""
    return places.demonym_country(token.text) if token.text[:1].isupper() else None


def _body(token: Token, named: bool = False) -> str | None:
    """The name of the body or country a token ends ("Greenline", "the Coastal Growers Association", "the rail
    workers' union", "Kenya"), None for what names neither (a person, a common noun, a portfolio). `named`:
    only a name the parse labels a body or place, or one shaped as a body's, as a word compounded on a
    title is more often the title's portfolio ("Transport Minister") than its holder's employer."""
    country = _nation(token)
    if country:
        return country
    if token.ent_type_ and token.ent_type_ in _NAME_LABELS:
        words = [t for t in _entity_of(token) if t.ent_type_ != "PERSON" or token.ent_type_ == "PERSON"]
    elif token.pos_ == "PROPN" and token.text[:1].isupper():
        words = _name_run(token)
    elif token.pos_ == "NOUN" and token.lemma_.lower() in lexicon().institution_nouns:
        words = [t for t in token.subtree if t.i <= token.i and t.dep_ != "det"]  # "the rail workers' union"
    else:
        return None
    while words and (words[0].lower_ == "the" or words[0].dep_ == "det"):
        words = words[1:]
    while words and words[-1].text in _POSSESSIVE_MARKS:
        words = words[:-1]
    if not words or len(words) > _MAX_BODY_WORDS or words[0].i > words[-1].i:
        return None
    if words[-1].ent_type_ == "PERSON" and len(words) > 1 and not _body_shaped(words):
        return None  # "of Ana Y": a person's name
    text = token.doc[words[0].i : words[-1].i + 1].text
    if _body_shaped(words) or _big_place(text) or {t.ent_type_ for t in words} & _PLACE_LABELS:
        return text
    if is_title_word(words[-1]) or _portfolio(words) or (named and not {t.ent_type_ for t in words} & _BODY_LABELS):
        return None  # "Brand Consultant Ana Y" labelled one body is a title and a name
        return None
    return text


def _portfolio(words: list[Token]) -> bool:
    """ "Fisheries", "Rural Water Development", "Tourism": a field of work, named by an
    abstract noun, is what a minister or a director is in charge of, not a body they belong to."""
    last = words[-1].lower_.removesuffix("s")
    return last in lexicon().title_modifiers or last.endswith(_DOMAIN_SUFFIXES)


def _entity_of(token: Token) -> list[Token]:
    """The whole entity `token` is part of ("the National Institute of Ocean Science's")."""
    doc = token.doc
    start = token.i
    while start > 0 and doc[start].ent_iob_ == "I":
        start -= 1
    end = token.i + 1
    while end < len(doc) and doc[end].ent_iob_ == "I":
        end += 1
    return list(doc[start:end])


def _name_run(token: Token) -> list[Token]:
    """The capitalised proper nouns written together with `token`, however the parse hangs them ("Tembo
    Mining"), through an "of" inside the name ("Federation of Transport Workers"); titles stay out."""
    doc = token.doc

    def part(t: Token) -> bool:
        proper = t.pos_ == "PROPN" and t.text[:1].isupper() and not is_title_word(t) and t.tag_ != "POS"
        return proper or glued_hyphen(t)  # "Indo-Pacific Forum"

    start, end = token.i, token.i + 1
    while start > 0 and part(doc[start - 1]) and not doc[start - 1].is_sent_end:
        start -= 1
    while end < len(doc) and part(doc[end]):
        end += 1
    if end + 1 < len(doc) and doc[end].lower_ == "of" and part(doc[end + 1]):
        end += 1
        while end < len(doc) and part(doc[end]):
            end += 1
    return list(doc[start:end])


def _body_shaped(words: list[Token]) -> bool:
    """ "Halvorsen Steel", "the rail workers' union": a name with a body's word in it (one such word alone is a
    common noun)."""
    lex = lexicon()
    return len(words) > 1 and any(t.lower_ in lex.org_name_endings or t.lower_ in lex.institution_nouns for t in words)


def _big_place(text: str) -> bool:
    """A country, or a city big enough that its name stands for it rather than for a village of that name."""
    return places.country_code(text) is not None or places.city_population(text) >= _BIG_CITY
