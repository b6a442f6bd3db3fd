"""The verb that holds, has, attends or cancels a meeting noun, and what it tells about the sides.

"X held talks with Y", "summoned X to a meeting", "discussed the budget during a meeting": the noun's sides
include the verb's subject; which verb counts (an occurrence, a summons, a setting) is decided here once,
for participants, status and place alike.
"""

from __future__ import annotations

from spacy.tokens import Token

from streams.enrich.extractors.meetings.clause import own_clause
from streams.enrich.extractors.meetings.fronted import subjects
from streams.enrich.extractors.meetings.lemma import lower_lemma
from streams.enrich.extractors.meetings.lexicon import LEX
from streams.enrich.extractors.meetings.names import ORG, PERSON, NameIndex
from streams.enrich.extractors.meetings.postponing import postpones
from streams.enrich.extractors.meetings.slips import SUBJECT_DEPS, stranded_relatives

_SETTING_PREPS = ("during", "at", "in", "into")  # "dialled into a meeting with X"
_SCENE_PREPS = ("during", "at")
_LATER_THAN = ("after", "following", "since")  # "returned to X after talks with Y": the verb holds no talks
_CONDITIONAL_MODALS = frozenset({"would", "could", "might"})


def governing_verb(noun: Token) -> Token | None:
    """The verb that holds, has, attends or cancels the meeting noun, if the noun is its argument; failing
    that, the verb of its own relative clause ("welcomed the talks that both sides will hold"), whose
    subjects are the sides."""
    noun = measured_by(noun)
    setting = setting_verb(noun)
    if setting is not None:
        return setting
    relative = _held_in_relative(noun)
    if relative is not None:
        return relative
    own = own_clause(noun)
    head = noun.head
    marker = _infinitive_marker(noun)  # "invited X to talks" read as "to" + verb: the verb before holds the talks
    if marker is None and noun.dep_ == "pobj" and head.dep_ == "prep":
        head = _named_as(head) or head.head
        if head.lower_ == "out" and head.dep_ == "prep":
            head = head.head  # "two out of five sessions"
        elif head.pos_ == "ADV" and head.dep_ == "advmod":
            head = head.head  # "were back at the negotiating table"
        if noun.head.lower_ == "of" and head.tag_ == "CD" and head.dep_ == "dobj":
            head = head.head  # "cancelled two of the four sessions": the count is the verb's object
    elif marker is None and noun.dep_ not in ("dobj", "attr", "nsubj", "nsubjpass"):
        return own[-1] if own else None
    prep = marker or noun.head.lower_
    if head.pos_ in ("VERB", "AUX") and noun.dep_ not in ("nsubj", "nsubjpass") and (
            prep not in _LATER_THAN) and (
            lower_lemma(head) in LEX.occurrence_verbs or lower_lemma(head) in LEX.resuming_verbs or (
            lower_lemma(head) in LEX.cancel_words) or postpones(head) or (
            bids_to_come(head) and prep == "to") or (
            lower_lemma(head) in LEX.consent_verbs and prep in ("on", "to"))):
        return head  # "summoned X to a meeting", "invited X to talks": the one who summons or invites meets X
    return own[-1] if own else None


def told_only_if(verb: Token) -> bool:
    """"would tell a meeting of X that costs rose if invited": the parse may hang the condition on the message,
    but a telling under "would" with an "if" anywhere in it is an offer, not a session anyone arranged."""
    return any(c.dep_ == "aux" and c.lower_ in _CONDITIONAL_MODALS for c in verb.children) and any(
        t.dep_ == "mark" and t.lower_ in ("if", "unless") for t in verb.subtree)


def _infinitive_marker(noun: Token) -> str | None:
    """"has invited the authority to talks": the small model may read "to talks" as an infinitive; a meeting
    noun (never a verb) after that "to" is its object, so "to" is returned as the preposition it is."""
    if noun.dep_ != "xcomp" or noun.pos_ != "NOUN" or noun.tag_ not in ("NN", "NNS"):
        return None
    return "to" if any(c.dep_ == "aux" and c.lower_ == "to" for c in noun.children) else None


def bids_to_come(verb: Token) -> bool:
    """"summoned X to talks", "has invited X to a meeting": an invitation told as made, not one only weighed
    ("would consider inviting X to a session")."""
    return lower_lemma(verb) in LEX.summoning_verbs or (
        lower_lemma(verb) in LEX.inviting_verbs and verb.dep_ not in ("xcomp", "pcomp", "advcl", "acl"))


def measured_by(noun: Token) -> Token:
    """"after two days of talks", "a new round of negotiations": the measure stands in the sentence for the
    talks it measures."""
    head = noun.head
    if noun.dep_ == "pobj" and head.lower_ == "of" and lower_lemma(head.head) in LEX.measure_nouns:
        return head.head
    return noun


def _held_in_relative(noun: Token) -> Token | None:
    """"the summit A and B will hold", "the talks that X held with Y": the relative clause's verb holds the
    meeting noun, and its subject holds the meeting."""
    misread = stranded_relatives(noun)
    for clause in noun.children:
        if clause in misread:
            continue
        if clause.dep_ == "relcl" and lower_lemma(clause) in LEX.occurrence_verbs and not any(
                c.dep_ in ("dobj", "attr") and c.tag_ not in ("WDT", "WP") for c in clause.children) and any(
                c.dep_ in SUBJECT_DEPS and c.tag_ not in ("WDT", "WP") for c in clause.children):
            return clause
    return None


def _named_as(prep: Token) -> Token | None:
    """"had what both sides called a frank meeting": the meeting is what the outer verb had."""
    naming = prep.head
    if prep.lower_ != "as" or lower_lemma(naming) not in LEX.naming_verbs or naming.dep_ not in ("ccomp", "relcl"):
        return None
    return naming.head


def setting_verb(noun: Token) -> Token | None:
    """"discussed the budget during a meeting": the meeting is where the verb's subject acted, so the
    subject took part, and the verb's tense (not its meaning) tells whether it happened. The phrase
    is often parsed onto the object ("discussed [security in a call]"); it still sets the verb's scene."""
    prep = noun.head
    if noun.dep_ != "pobj" or not (prep.lower_ in _SETTING_PREPS or (
            prep.lower_ == "from" and lower_lemma(prep.head) in LEX.emerging_verbs) or (  # "emerged from a meeting"
            prep.lower_ == "over" and lower_lemma(noun) in LEX.measure_nouns)):  # "a deal over two days of talks"
        return None
    verb = prep.head
    if verb.dep_ == "dobj" and verb.pos_ == "NOUN":
        verb = verb.head
    elif verb.dep_ == "pobj" and verb.pos_ == "NOUN" and verb.head.dep_ == "prep":
        verb = verb.head.head  # "agreed on a timetable during talks": parsed onto the prepositional object
    if verb.pos_ != "VERB" or lower_lemma(verb) in LEX.occurrence_verbs:
        return None
    return verb


def addressees(noun: Token, verb: Token, names: NameIndex) -> list[Token]:
    """"During the talks, X told Y that ...", "X presented the findings to Y at a meeting": the one addressed
    inside the talks is the other side, as is the one a verb of address acts on there ("lobbied Y in a meeting",
    "entertained Y at a dinner"); one criticised or praised at a meeting may be elsewhere."""
    setting = setting_verb(noun)
    if setting is None or setting.i != verb.i:
        return []
    if lower_lemma(verb) == "tell":
        return [c for c in verb.children if c.dep_ in ("dobj", "dative")]
    addressed = [o for p in verb.children if p.dep_ in ("prep", "dative") and p.lower_ == "to"
                 for o in p.children if o.dep_ == "pobj"]
    if lower_lemma(verb) not in LEX.addressing_verbs:
        return addressed
    return addressed + [c for c in verb.children if c.dep_ == "dobj" and names.label.get(c.i) in (PERSON, ORG)]


def asked_in_scene(noun: Token, verb: Token) -> list[Token]:
    """"A pressed B to cut prices during talks", "A failed to convince B to drop the duties during talks": the
    small model hangs the scene on the act asked of B (as its complement or as a purpose clause), but the asking
    happened in the talks too, so the one who asks and the one asked both sat there. (In "urged B to hold talks"
    the talks are B's to hold, no scene: see `subjects`.)"""
    noun = measured_by(noun)  # "over three rounds of negotiations"
    if noun.head.lower_ not in _SCENE_PREPS or verb.dep_ not in ("xcomp", "advcl") or noun.head.head.i != verb.i or (
            not any(c.dep_ == "aux" and c.lower_ == "to" for c in verb.children)):
        return []
    outer = verb.head
    asked = [c for c in outer.children if c.dep_ == "dobj" and c.i < verb.i]
    if not asked:
        return []
    return [*(subjects(outer) or _owner(outer)), *asked]


def _owner(clause: Token) -> list[Token]:
    """"A's inability to persuade B": the one whose inability it is asked. "after its inability to persuade B": a
    possessive pronoun in a clause's adjunct or object stands for that clause's subject."""
    if clause.dep_ != "acl":
        return []
    noun = clause.head
    owners = [c for c in noun.children if c.dep_ == "poss"]
    if not owners or owners[0].pos_ != "PRON":
        return owners
    verb = noun.head.head if noun.dep_ == "pobj" else noun.head
    return subjects(verb) if verb.pos_ in ("VERB", "AUX") else []


def is_setting(noun: Token) -> bool:
    return setting_verb(noun) is not None
