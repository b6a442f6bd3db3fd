"""Speech cues that report nothing said, so that no statement is read from them.

"X has not said how ...", "declined to say whether ...", "Recall that ..." (the writer to the reader), "it is
said that ..." (hearsay nobody is named for), "the survey found that ..." (data, not a speaker), "a plan which
urged ..." (what a document holds), "are required to certify that ..." (words owed, not given), "have long
condemned X" (a stance over time): each looks like a cue to the parse. Kept apart from `reported`, which reads
what a cue reports, because these are the grounds for reading nothing at all.
"""

from __future__ import annotations

from spacy.tokens import Token

from .cues import cue_kind, names_by_passive
from .document_subjects import document_as_subject
from .lexicon import lexicon

_SUBJECT_DEPS = frozenset({"nsubj", "nsubjpass"})
_BARE_TAGS = frozenset({"VB", "VBP", "VBD"})  # a bare verb the tagger may read as present or past ("cut")
_BARE_VERDICT_DEPS = frozenset({"dobj", "punct", "advmod", "npadvmod", "cc", "conj"})  # nothing said about why


def _imperative(cue: Token) -> bool:
    """A bare verb opening its sentence with no subject: the writer tells the reader to do something."""
    if cue.tag_ != "VB" or any(c.dep_ in _SUBJECT_DEPS for c in cue.children):
        return False
    opening = cue.doc[cue.sent.start : cue.i]
    return all(t.is_space or t.is_punct for t in opening)


def _agentless_passive(cue: Token) -> bool:
    """ "The ruling will be appealed", "the tests need to be repeated": a cue verb in the passive with no
    agent and no reported clause tells what is done to its subject, and nobody says anything; "it was
    announced that ..." still reports a clause, and "was praised by X" names who spoke."""
    return any(c.dep_ == "auxpass" for c in cue.children) and not any(
        c.dep_ in ("agent", "ccomp") for c in cue.children
    )


def _about_own_naming(cue: Token) -> bool:
    """ "who requested anonymity": the source's terms for being reported are part of the attribution, never a
    statement of their own."""
    nouns = lexicon().anonymity_nouns
    return any(c.dep_ == "dobj" and c.lemma_.lower() in nouns for c in cue.children)


def _evidence_speaks(cue: Token) -> bool:
    """ "The survey found that ...", "the latest figures suggest ...": what data show is a finding the writer
    reports, nobody's statement; a person who finds or suggests something still speaks."""
    lex = lexicon()
    return cue.lemma_.lower() in lex.inference_verbs and any(
        c.dep_ in _SUBJECT_DEPS and c.lemma_.lower() in lex.evidence_nouns for c in cue.children
    )


def _document_content(cue: Token) -> bool:
    """ "backed a motion which recommended an inquiry", "a report that urged reform": a speech act in a relative
    clause on a plan, a proposal or a piece of evidence describes what the document holds in passing;
    nobody is reported saying anything."""
    if cue.dep_ != "relcl" or cue_kind(cue) != "act":
        return False
    lex = lexicon()
    antecedent = cue.head.lemma_.lower()
    relative = any(c.dep_ in _SUBJECT_DEPS and c.tag_ in ("WDT", "WP") for c in cue.children)
    return relative and (antecedent in lex.message_nouns or antecedent in lex.evidence_nouns)


def _a_duty(cue: Token) -> bool:
    """ "Banks are required to check IDs and pledge not to ...": a bare speech verb in the infinitive a duty
    governs (directly or as a later verb of its list) says what must be said, not what was. So does a speech
    participle on what such a verb makes one hand in ("are required to return a declaration certifying
    that ..."): the declaration holds words nobody has put their name to yet."""
    if cue.tag_ == "VBG" and cue.dep_ == "acl" and cue.head.dep_ == "dobj":
        return _owed(cue.head.head)
    if cue.tag_ == "VBG" and cue.dep_ == "advcl" and _right_after_object(cue):  # the parse may hang it on the verb
        return _owed(cue.head)
    return _owed(cue)


def _right_after_object(participle: Token) -> bool:
    return any(c.dep_ == "dobj" and c.right_edge.i == participle.i - 1 for c in participle.head.children)


def _owed(verb: Token) -> bool:
    """A bare verb in the infinitive a duty governs, directly or as a later verb of its list."""
    bare = bare_verb(verb)
    while verb.dep_ == "conj":
        verb = verb.head
    duty = verb.dep_ == "xcomp" or (verb.dep_ == "advcl" and to_infinitive(verb))  # the parse may say advcl
    return bare and duty and verb.head.lemma_.lower() in lexicon().obligation_verbs


def _habitual_verdict(cue: Token) -> bool:
    """ "Rival owners have long condemned the league": a verdict given again and again on nothing but a bare
    object tells of a stance over time, not of one occasion; what it was about ("for ...", "to ...",
    a clause) would make it a statement of its own."""
    if cue_kind(cue) != "act" or not any(c.lower_ in lexicon().habit_adverbs for c in cue.children):
        return False
    return all(c.dep_ in _BARE_VERDICT_DEPS or _when(c) for c in cue.rights)


def _when(prep: Token) -> bool:
    """ "in recent years", "over the past decade": a phrase that says when, not what about."""
    return prep.dep_ == "prep" and any(c.dep_ == "pobj" and c.ent_type_ in ("DATE", "TIME") for c in prep.children)


def _hearsay(cue: Token) -> bool:
    """ "It is said that ...", "it was alleged that ...": a verb of saying in the passive with an empty "it" and
    no agent passes on talk nobody is named for; "it was announced that ..." still reports an announcement."""
    return (
        cue.lemma_.lower() in lexicon().hearsay_verbs
        and any(c.dep_ in ("nsubjpass", "expl") and c.lower_ == "it" for c in cue.children)
        and not any(c.dep_ == "agent" for c in cue.children)
    )


def unasserted(cue: Token) -> bool:
    """Speech that reports nothing said: "X has not said how ...", "declined to say whether ...",
    "Asked whether ..., X said" (the question is put to X), "said whether" (a question, not a claim),
    an imperative addressed to the reader ("Recall that ...", "Note that ..."), a label given in the
    passive with no one giving it ("are described as X"), any other agentless passive, hearsay ("it is said
    that ..."), evidence put forward by data ("the survey found that ...") and what a document holds ("a plan
    which urged ...", "the bill calls for ...")."""
    lex = lexicon()
    if any(c.dep_ == "neg" for c in cue.children) or _imperative(cue) or names_by_passive(cue):
        return True
    if _agentless_passive(cue) or _about_own_naming(cue) or _evidence_speaks(cue) or _document_content(cue):
        return True
    if _hearsay(cue) or _habitual_verdict(cue) or document_as_subject(cue):
        return True
    if cue.dep_ == "xcomp" and cue.head.lemma_.lower() in lex.refusal_verbs:
        return True
    if _a_duty(cue):
        return True
    if cue.lemma_.lower() == "ask" and cue.tag_ == "VBN":
        return True
    return any(
        c.dep_ == "ccomp" and any(g.dep_ == "mark" and g.lower_ in lex.question_marks for g in c.children)
        for c in cue.children
    )


def bare_verb(token: Token) -> bool:
    """A verb in its bare form; the tagger reads some ("open", "free") as adjectives, which then give
    themselves away by taking an object."""
    verbal = token.tag_ in _BARE_TAGS or any(c.dep_ == "dobj" for c in token.children)
    return verbal and token.lower_ == token.lemma_.lower()


def to_infinitive(verb: Token) -> bool:
    return any(c.dep_ == "aux" and c.lower_ == "to" for c in verb.children)
