"""An organisation and its initials are one body: the two ways wire copy ties them that the registry's own
initials match (`Registry.add_org`: "CFL" after "Coastal Farmers League") misses.

- A name the model split at its "and" ("Orrin Cable" and "Pipe Co" for "Orrin Cable and Pipe Co"): when the
  article writes the initials of the whole name ("OCP"), the two spans are one company's name.
- A short form defined in brackets right after the name ("the Kessel Valley Water Board (VWB)", wire copy's
  "<Orvel-Tane (Norland) Ltd> (OTN)" after its closing bracket): the letters may skip a place or a small word
  the initials would keep, or take a parenthesised word's or each letter of a dotted legal form ("S.A."), so
  the definition, not a match of every initial, ties them; a word run together from the name's opening
  ("<Varnel Tin and Coke Co> (Varticko)") is defined so too; so does wire copy's "<Name - NM>".
- A public body named with its field first ("the Norland Fisheries Department") and initialled in the other
  order wire copy also uses ("NFD" read as "Norland Department of Fisheries": "NDF"), a dotted country's
  letters each kept ("U.K." gives "UK"): `initialled_forms`.
"""

from __future__ import annotations

from spacy.tokens import Doc, Span, Token

from streams.enrich.vocabulary.places import country_code, demonym_code, is_known_place

from ..lexicon import lexicon
from .trade_pairs import trade_pair

_JOINS = ("and", "&")
_MIN_SHORT, _MAX_SHORT = 2, 6
_MIN_RUN, _RUN_OPENING = 5, 3  # a word run together from a name: five letters at least, its first three the name's


def _short_form(token: Token) -> bool:
    return token.is_upper and token.is_alpha and _MIN_SHORT <= len(token) <= _MAX_SHORT


def _initials(words: list[Token]) -> str:
    """Initials of the capitalised words, the legal form left out ("Orrin Cable and Pipe Co" → "OCP")."""
    suffixes = lexicon().corporate_suffixes
    while len(words) > 1 and words[-1].lower_ in suffixes:
        words = words[:-1]
    return "".join(t.text[0] for t in words if t.text[:1].isupper() and t.pos_ != "DET")


def joined_at_and(doc: Doc, ents: list[Span]) -> list[Span]:
    """Two organisation spans with only "and" between them made one when the article writes the initials of
    the whole as a word of its own: "Ferrow Pipe and Foundry Corp ... FPF said", or when the part after "and" is
    trade words and a legal form (`trade_pair`). Two bodies coordinated ("Ferrow Pipe Corp and Dalby Foods Inc")
    have no such initials written, and stay two."""
    shorts: set[str] | None = None  # the article's short forms, read only once a pair is in sight
    joined: list[Span] = []
    for ent in ents:
        before = joined[-1] if joined else None
        if (
            before is not None
            and before.end + 1 == ent.start
            and doc[before.end].lower_ in _JOINS
            and (
                trade_pair(before, ent)
                or (
                    before.label_ == ent.label_ == "ORG"
                    and len(initials := _initials(list(doc[before.start : ent.end]))) >= _MIN_SHORT
                    and initials
                    in (shorts := shorts if shorts is not None else {t.text for t in doc if _short_form(t)})
                )
            )
        ):
            joined[-1] = Span(doc, before.start, ent.end, label="ORG")
        else:
            joined.append(ent)
    return joined


def bracketed_short_form(ent: Span) -> str | None:
    """ "(VWB)" right after the organisation's name (or after the wire's ">" closing it): the short form the
    article defines for it, when its letters are initials of the name's capitalised words, in order, the last
    one the name's last word's, or when one word opens as the name does (`_run_together`)."""
    doc = ent.doc
    start = ent.end + int(ent.end < len(doc) and doc[ent.end].text == ">")
    if start + 2 >= len(doc) or doc[start].text != "(" or doc[start + 2].text != ")":
        return None
    short = doc[start + 1]
    if _short_form(short):
        return short.text if _spells(list(ent), short.text) else None
    return short.text if _run_together(list(ent), short) else None


def _run_together(name: list[Token], short: Token) -> bool:
    """ "(Varticko)" after "Varnel Tin and Coke Co": one capitalised word, no place and no word of the name, that
    opens with the opening letters of the name's first word, a short form wire copy runs together from the
    name; the brackets right after the name are what define it, as they define initials."""
    words = [t for t in name if t.text[:1].isupper() and t.is_alpha]
    if not words or not (short.is_alpha and short.is_title and len(short) >= _MIN_RUN):
        return False
    opening = words[0].lower_[:_RUN_OPENING]
    return (
        len(opening) == _RUN_OPENING
        and short.lower_.startswith(opening)
        and short.lower_ not in {t.lower_ for t in words}
        and not is_known_place(short.text)
    )


def dashed_short_form(ent: Span) -> tuple[Span, str] | None:
    """ "<Banco Verde del Sur - BVS>": wire copy's angle brackets around a body's name and, after a spaced
    dash, the short form it goes by. Returns the name without it and the short form, when its letters are
    the name's initials as `bracketed_short_form` wants them; the model's span may or may not take them in."""
    doc = ent.doc
    if not ((ent.start > 0 and doc[ent.start - 1].text == "<") or ent[0].text == "<"):
        return None  # asked of every span the parse calls a body or may: most have no bracket to read
    for dash in doc[ent.start + 1 : min(ent.end + 1, len(doc) - 2)]:
        short, close = doc[dash.i + 1], doc[dash.i + 2]
        if dash.text == "-" and doc[dash.i - 1].whitespace_ and _short_form(short) and close.text == ">":
            name = doc[ent.start + (ent[0].text == "<") : dash.i]
            return (name, short.text) if len(name) and _spells(list(name), short.text) else None
    return None


def _spells(name: list[Token], short: str) -> bool:
    """Whether `short` is initials of the name's capitalised words, in order, the last one the last word's: a
    word in brackets inside the name counts ("Orvel-Tane (Norland) Ltd" is "OTN"), and a dotted legal form
    gives each of its letters ("Norvel Electrica S.A." is "NESA")."""
    initials = [letter for t in name if t.text[:1].isupper() and t.pos_ != "DET" for letter in _letters(t.text)]
    if not initials or short[-1] not in (_initials(name)[-1:], initials[-1]):
        return False
    rest = iter(initials)
    return all(letter in rest for letter in short)


def _letters(word: str) -> list[str]:
    """The letters a word gives a short form: its initial, or each letter of a dotted one ("S.A.", "U.K.")."""
    spelt = _spelt_out(word)
    return spelt.split() if spelt != word else [word[0]]


def _spelt_out(word: str) -> str:
    """ "U.K." → "U K": a dotted country's initials are each a letter of the body's short form."""
    letters = word.split(".")
    if len(letters) > 2 and letters[-1] == "" and all(len(x) == 1 and x.isupper() for x in letters[:-1]):
        return " ".join(letters[:-1])
    return word


def initialled_forms(words: list[str]) -> list[str]:
    """The further forms of a body's name whose initials its short form may be: the field after the kind
    ("Norland Fisheries Department" as "Norland Department of Fisheries", wire copy's two orders for one
    public body, `field_body_nouns`), and a dotted country spelt out letter by letter. A name whose last word is
    no such kind noun ("Norland Fisheries Board") has only its dotted form."""
    forms = [words]
    if len(words) >= 2 and words[-1].lower() in lexicon().field_body_nouns:
        first = words[0]
        country = _spelt_out(first) != first or (country_code(first) or demonym_code(first)) is not None
        opening = 1 if country else 0  # the country keeps its place before the kind
        field = words[opening:-1]
        if field and all(w[:1].isupper() for w in field):
            forms.append([*words[:opening], words[-1], "of", *field])
    spelt = [" ".join(_spelt_out(w) for w in form) for form in forms]
    return [s for s in spelt if s != " ".join(words)]
