"""Where a name stands decides whether the small model's place or organisation label on it can be a slip for a
person's name.

The model labels a two-word name it has never met by its place in the sentence, and after "with", "by" or
"against" ("talks with Adaeze Okafor", "a report by Ines Moreau", "the final against Kwame Mensah") it often
says a place. A place is never the one talks are held with, a report is written by or a match is played
against, so there a place label on a name shaped like a person's (`ner_repair._opens_with_given_name`) is a
slip. An organisation label is kept where the given name is one many countries give ("a deal with Louis X"):
firms are named after their founders and are met, sued and played against too. A given name only one or two
countries' lists hold ("talks with Thandiwe X", "interviewed by Siddharth Y") is one the model has seldom met,
so its organisation label after "with" or "by" says where the name stands, not what it is (never after
"against": clubs are played against), and so is one whose given name is a place's before a surname that is
nothing else ("talks with Paris Velasco": `place_given_names`), which the place's name, not the place in the
sentence, made the model call a body. Nor is any given name after "by" where a verb says the agent made
something ("founded by Tomasz X", "written by Marta Y"): a firm named after its founder was founded by a person; nor
after the "by" of people led by someone ("researchers led by Marcus X", "a team headed by Sofia Y").
"""

from __future__ import annotations

from spacy.tokens import Span, Token

from streams.enrich.vocabulary.english_words import unknown_to_english

from ..given_names import given_name_countries
from ..lexicon import lexicon
from ..names import name_words
from .place_given_names import place_named_person

_PLACE_LABELS = frozenset({"GPE", "LOC", "FAC"})
_PERSON_PREPOSITIONS = frozenset({"with", "by", "against"})
_RARE_NAME_COUNTRIES = 2  # lists holding a given name the model seldom met ("Amara": one)
_PEOPLE_GROUPS = frozenset({"team", "squad", "crew"})  # a group of people written in the singular


def label_beside_person_preposition(ent: Span) -> bool:
    """The span is the object of "with", "by" or "against" and labelled a place, or labelled an organisation
    after a founder's or a leader's "by", or after "with" or "by" with a first word English does not list that
    few countries give as a given name."""
    root = ent.root
    if root.dep_ != "pobj" or root.head.lower_ not in _PERSON_PREPOSITIONS:
        return False
    if ent.label_ in _PLACE_LABELS:
        return True
    first = ent[0]
    if ent.label_ != "ORG" or root.head.lower_ == "against":
        return False
    if _founders_agent(root.head) or _leaders_agent(root.head) or place_named_person(name_words(ent)):
        return True
    return unknown_to_english(first) and 0 < len(given_name_countries(first.text)) <= _RARE_NAME_COUNTRIES


def _founders_agent(preposition: Token) -> bool:
    """ "by" of a passive whose verb makes something only people make ("founded by", "written by")."""
    verb = preposition.head
    return preposition.dep_ == "agent" and verb.lemma_.lower() in lexicon().founder_verbs


def _leaders_agent(preposition: Token) -> bool:
    """ "by" of a leading verb's participle set after people ("researchers led by", "a team headed by"): people
    are led by a person; a body leading a group is written after "consortium", "coalition" or "alliance"."""
    verb = preposition.head
    group = verb.head
    return (
        preposition.dep_ == "agent"
        and verb.dep_ == "acl"
        and verb.lemma_.lower() in lexicon().leading_verbs
        and (group.tag_ == "NNS" or group.lemma_.lower() in _PEOPLE_GROUPS)
    )
