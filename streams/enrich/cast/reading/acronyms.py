"""An organisation and its initials are one body: the two ways wire copy ties them that the registry's own
initials match (`Registry.add_org`: "CFL" after "Coastal Farmers League") misses.

- A name the model split at its "and" ("Orrin Cable" and "Pipe Co" for "Orrin Cable and Pipe Co"): when the
  article writes the initials of the whole name ("OCP"), the two spans are one company's name.
- A short form defined in brackets right after the name ("the Kessel Valley Water Board (VWB)"): the letters
  may skip a place or a small word the initials would keep, so the definition, not a match of every initial,
  ties them; so does wire copy's "<Name - NM>".
- A public body named with its field first ("the Norland Fisheries Department") and initialled in the other
  order wire copy also uses ("NFD" read as "Norland Department of Fisheries": "NDF"), a dotted country's
  letters each kept ("U.K." gives "UK"): `initialled_forms`.
"""

from __future__ import annotations

from spacy.tokens import Doc, Span, Token

from streams.enrich.vocabulary.places import country_code, demonym_code

from ..lexicon import lexicon
from .trade_pairs import trade_pair

_JOINS = ("and", "&")
_MIN_SHORT, _MAX_SHORT = 2, 6


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
    """ "(VWB)" right after the organisation's name: the short form the article defines for it, when its
    letters are initials of the name's capitalised words, in order, the last one the name's last word's."""
    doc = ent.doc
    if ent.end + 2 >= len(doc) or doc[ent.end].text != "(" or doc[ent.end + 2].text != ")":
        return None
    short = doc[ent.end + 1]
    if not _short_form(short):
        return None
    return short.text if _spells(list(ent), short.text) else None


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
    """Whether `short` is initials of the name's capitalised words, in order, the last one the last word's."""
    initials = [t.text[0] for t in name if t.text[:1].isupper() and t.pos_ != "DET"]
    if not initials or short[-1] != _initials(name)[-1:]:
        return False
    rest = iter(initials)
    return all(letter in rest for letter in short)


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
