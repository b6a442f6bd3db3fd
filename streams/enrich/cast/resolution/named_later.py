"""A role quoted before its holder is named: "'We ran out of beds by noon,' the nurse said. ... The nurse, Amaka
Obi, has worked there for ten years."

Features and court or sport reports often open on a role and name its holder paragraphs later. A definite
role that no one held before it refers to the one person the article titles so anywhere; when several are,
or the article introduced an unnamed holder ("a nurse") before, it names no one: never a guess.
"""

from __future__ import annotations

from collections.abc import Iterable

from spacy.tokens import Token

from ...vocabulary.places import demonym_code
from ..entity import Entity
from ..lexicon import lexicon
from .descriptions import is_definite
from .implied_roles import unnamed_before
from .offices import office_heads, words_of

# a rank that makes another office of the same head: "the president" is not the vice president
_OTHER_RANKS = frozenset({"vice", "deputy", "under", "assistant", "associate", "junior", "shadow", "former", "ex"})
# how English ends the adjectives of peoples and states: Kenyan, Tasmanian, Lebanese, Welsh, Scottish, Iraqi
_DEMONYM_ENDINGS = ("an", "ese", "sh", "i")
_ARTICLES = frozenset({"the", "a", "an", ""})
_PLACE_LABELS = frozenset({"GPE", "NORP", "LOC"})
_LEDE_REACH = 3  # sentences after the lede within which wire copy names the body its lede described


def holds_office(words: list[str], title: str) -> bool:
    """Whether `title` is the office `words` describe: the description's head heads an office the title holds
    (`offices`), its other words are in the title in any order ("the finance minister" is the "Minister of
    Finance"), and no rank makes it another office ("head coach" is the coach, "assistant coach" is not)."""
    heads = office_heads(title) - _ARTICLES
    return words[-1] in heads and set(words) <= words_of(title) and not (heads - set(words)) & _OTHER_RANKS


def holder_named_later(head: Token, phrase: list[Token], people: Iterable[Entity]) -> Entity | None:
    """For a definite "the <role>" that no earlier title fits: the one person whose title anywhere in the
    article is that role, else None. A named owner makes a role as definite as "the" ("Tarn Mining's chairman
    says ... Chairman X"), and the holder then belongs to that owner or to nobody the article says."""
    owner = next((c for c in head.children if c.dep_ == "poss" and c.pos_ == "PROPN"), None)
    if head.tag_ not in ("NN", "NNP") or not (is_definite(head) or owner is not None):  # "the Premier" too
        return None
    lex = lexicon()
    phrase = [t for t in phrase if not t.is_punct]  # "Attorney-General" comes as three tokens
    words = [t.lower_ for t in phrase if t.lower_ not in lex.ignored_role_modifiers]
    if not words or words[-1] != head.lower_ or head.lower_ not in lex.title_words:
        return None
    # a title the cast gave at this very phrase (a lede's role read as the first person named after it) is
    # no second witness of who holds the role
    own = range(head.left_edge.idx, head.idx + 1)
    # "the Kenyan police commissioner" is the article's one "Police Commissioner X" unless X is placed elsewhere
    office = [t.lower_ for t in phrase if not _narrows_by_place(t) and t.lower_ in words]
    holders = [
        e
        for e in people
        if e.kind == "person"
        and (owner is None or e.affiliation is None or owner.lower_ in words_of(e.affiliation))
        and any(
            holds_office(words, t) or (e.affiliation is None and holds_office(office, t)) or _placed(phrase, t)
            for pos, t in e.titles
            if pos not in own
        )
    ]
    if len(holders) != 1 or unnamed_before(head, head.lemma_.lower()):
        return None
    return holders[0]


def body_role_holder(head: Token, phrase: list[Token], body: Entity | None, people: Iterable[Entity]) -> Entity | None:
    """ "The administrator of Tarn Group says ..." / "Administrator X says ...": a definite role of a named
    body is the one person the article titles with that very role, when that person works for the body or for
    none the article names; else the body speaks through the role, as before."""
    if body is None or body.kind != "org" or head.tag_ != "NN":
        return None
    holder = holder_named_later(head, phrase, people)
    if holder is None or (holder.affiliation is not None and not words_of(holder.affiliation) & words_of(body.name)):
        return None
    return holder


def _placed(phrase: list[Token], title: str) -> bool:
    """ "The Ontario Premier says ..." / "Premier X says ...": a state or city the model left unlabelled before an
    office is no word of the office, and no list knows every state; so capitalised words that open the phrase
    and that no title uses are dropped when what stays is exactly the title's words ("the Queensland Police
    Commissioner" is "Police Commissioner X", never "Commissioner Y" of the fire service)."""
    lex = lexicon()
    office = words_of(title) - _ARTICLES
    for k, token in enumerate(phrase[:-1]):
        word = token.lower_
        if not token.is_title or word in lex.title_words or word in lex.title_modifiers or word in office:
            return False
        if {t.lower_ for t in phrase[k + 1 :]} == office:
            return True
    return False


def _narrows_by_place(token: Token) -> bool:
    """Whether a word before a role says where the office is, not which office: a place or nationality the
    model labels, or a capitalised nationality or state adjective it left unlabelled ("The Welsh Police
    Commissioner", "the Tasmanian Premier": capitalised, the model often reads it as part of one name).
    An office's own words ("Health", "Police", "Opposition") are never such an adjective: they end otherwise."""
    if token.ent_type_ in _PLACE_LABELS:
        return True
    lex = lexicon()
    word = token.lower_
    if not token.is_title or word in lex.title_words or word in lex.title_modifiers:
        return False
    return word.endswith(_DEMONYM_ENDINGS) or demonym_code(token.text) is not None


def body_named_later(head: Token, orgs: Iterable[Entity]) -> Entity | None:
    """ "The agency has announced ..." before "The Water Agency says ...": a definite bare
    institution noun that no organisation named before it fits is the one body the article names with that
    word after it; with none or several, no one."""
    if head.tag_ != "NN" or not is_definite(head) or any(c.dep_ in ("amod", "compound", "poss") for c in head.lefts):
        return None
    later = [e for e in orgs if _of_kind(head.lower_, e) and e.mentions and e.mentions[0] > head.idx]
    return later[0] if len(later) == 1 else None


def _of_kind(word: str, org: Entity) -> bool:
    """Whether `org`'s name says it is a `word`: the word itself ("the Water Agency"), or a word that marks
    that kind of body (`institution_name_markers`: a union is "X Steelworkers", a partnership "Y Partners")."""
    named = words_of(org.name)
    return word in named or bool(named & lexicon().institution_name_markers.get(word, frozenset()))


def lede_body_named_after(head: Token, orgs: Iterable[Entity]) -> Entity | None:
    """ "A Denver buyout partnership said it had bought into X ..." / "Y Partners, whose founder ...": wire copy
    sources its lede to a body it describes and names it in the paragraphs after. An indefinite institution
    noun speaking in the lede's sentence is the one organisation of that kind (`_of_kind`) first named within
    the next `_LEDE_REACH` sentences; named before it, with none or several of them, no one: outside the lede
    "an association of retailers says" brings in a body the article need never name."""
    doc = head.doc
    first = next(iter(doc.sents))
    if head.i >= first.end or head.dep_ != "nsubj" or head.tag_ != "NN":
        return None
    sentences = [s for _, s in zip(range(_LEDE_REACH + 1), doc.sents, strict=False)]
    reach = sentences[-1].end_char
    own = range(head.left_edge.idx, head.idx + len(head))  # the description itself, once read as a name
    kind = [e for e in orgs if _of_kind(head.lower_, e) and any(m not in own for m in e.mentions)]
    later = [e for e in kind if first.end_char <= min(m for m in e.mentions if m not in own) < reach]
    return later[0] if len(later) == 1 and len(kind) == 1 else None
