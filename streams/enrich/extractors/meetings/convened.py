"""A leader convening his own officials: "summoned a crisis meeting of the chiefs of the rescue services",
"chaired a meeting of his security chiefs". One body's business, not an encounter between sides: the people
convened are told only by what they head or whose they are, and the one who calls them is their chief. "A
meeting of trade ministers from four countries" has no convener and stays a meeting; "convened a meeting of
the heads of Acme and Bolt" or "of the two leaders" meets people named as sides.
"""

from __future__ import annotations

from spacy.tokens import Token

from streams.enrich.extractors.meetings.lemma import lower_lemma
from streams.enrich.extractors.meetings.lexicon import LEX
from streams.enrich.extractors.meetings.names import NameIndex, is_plural_role, own_people


def own_officials(noun: Token, member: Token, names: NameIndex) -> bool:
    """`member` ("heads", "chiefs") is the group the meeting `noun` is "of", convened by its verb's subject
    from among that subject's own officials."""
    verb = noun.head
    if noun.dep_ != "dobj" or lower_lemma(verb) not in LEX.convening_verbs or not any(
            c.dep_ in ("nsubj", "nsubjpass") for c in verb.children) or not is_plural_role(member):
        return False
    kids = list(member.children)
    if own_people(member):
        return True  # "his security chiefs"
    if not any(c.dep_ == "det" and c.lower_ == "the" for c in kids):
        return False
    whose = [o for p in kids if p.dep_ == "prep" and p.lower_ == "of" for o in p.children if o.dep_ == "pobj"]
    return bool(whose) and all(
        o.tag_ == "NNS" and not any(c.dep_ == "nummod" or c.lower_ in ("both", "two") for c in o.children)
        and not any(names.label.get(t.i) for t in o.subtree) for o in whose)
