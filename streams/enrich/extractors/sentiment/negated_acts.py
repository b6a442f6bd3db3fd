"""Negated acts that are news in themselves: a refusal, a complaint of being passed over, impunity,
a disputed call, a provision that stops.

Negating a verb of engaging ("will not negotiate") does not merely cancel its warmth, as VADER's
scalar would: not doing it is the bad news. These verbs are rated only when negated.
"""

from __future__ import annotations

from spacy.tokens import Token

from streams.enrich.extractors.sentiment.grammar import SUBJECT_DEPS
from streams.enrich.extractors.sentiment.lexicon import NewsLexicon
from streams.enrich.extractors.sentiment.negation import CEASING_ADVERBS, denied_subject, is_partial
from streams.enrich.extractors.sentiment.sides import FIRST_PERSON
from streams.enrich.extractors.sentiment.tree import dependents

# A complaint of being passed over ("nobody told us", "we were never consulted") weighs as a
# refusal to engage does (the refusal group of the news lexicon rates those -1).
GRIEVANCE_VALENCE = -1.0
# That nobody has been held to account for a harm is news of impunity, bad in itself: "nobody has
# been held responsible", "no one was charged over the collapse", "not one officer was disciplined".
# Only a subject that denies everyone makes it so: "he was not charged" clears one person. It weighs
# as a grievance does; "hold" counts only with the accountability it assigns.
ACCOUNTING_VERBS = frozenset({"hold", "punish", "charge", "prosecute", "convict", "discipline", "sanction"})
ACCOUNTABLE_WORDS = frozenset({"responsible", "accountable", "liable"})
# What a reporter asks for: not answering it is no refusal ("did not respond to requests for comment").
PRESS_REQUESTS = frozenset({"request", "comment", "question", "inquiry", "enquiry", "call", "email", "message"})
# A service or supply that stops is bad news with no bad word in it: "the clinic can no longer offer
# night appointments", "the charity will no longer provide meals", "the lab no longer shares its data".
# Only a provision said to hold no longer counts: a plain denial ("did not provide details") is often
# the reporter's formula for an unanswered question, and keeping one up is no news. It weighs as a
# refusal to engage does.
PROVISION_VERBS = frozenset({"offer", "provide", "supply", "share", "serve", "run", "operate", "host", "stock"})
CEASED_PROVISION = -1.0
# A protest against an official's call ("it was never a penalty") weighs as a plain bad-news word.
DISPUTED_CALL = -1.5


def refusal(token: Token, lex: NewsLexicon, negator: Token | None) -> float:
    """Valence of a negated engagement verb with someone refusing ("the ministry will not negotiate"),
    or of a negated verb of ceasing with the activity kept up ("the players never stopped running")."""
    value = lex.refusals.get(token.lemma_.lower())
    if value is None or negator is not token or is_partial(negator, lex) or _answers_press(token):
        return 0.0
    if value > 0 and not any(c.tag_ == "VBG" for c in dependents(token, ("xcomp",))):
        return 0.0  # "did not stop the attack" is no persistence
    return value if dependents(token, ("nsubj",)) else 0.0


def ceased_provision(token: Token, negator: Token | None) -> float:
    """Valence of a provision verb said to hold no longer: "can no longer offer evening classes"."""
    if negator is not token or token.lemma_.lower() not in PROVISION_VERBS:
        return 0.0
    ceasing = any(dependents(a, ("neg",)) for a in dependents(token, ("advmod",)) if a.lower_ in CEASING_ADVERBS)
    return CEASED_PROVISION if ceasing and dependents(token, ("nsubj",)) else 0.0


def protests_call(token: Token, negator: Token | None, lex: NewsLexicon) -> bool:
    """Whether an official's call is denied as what something was: "it was never a penalty", "that
    was not a foul" (the call is the copula's attribute and the copula is negated)."""
    return (
        negator is not None
        and token.dep_ in ("attr", "acomp")  # "never a penalty", "never offside"
        and negator.i == token.head.i
        and negator.lemma_ == "be"
        and not is_partial(negator, lex)
    )


def unaccounted(verb: Token, negator: Token | None) -> bool:
    """Whether the verb of holding to account is denied of everyone ("nobody has been held responsible")."""
    if negator is not verb or not any(denied_subject(s) for s in dependents(verb, SUBJECT_DEPS)):
        return False
    return verb.lemma_.lower() != "hold" or any(
        w.lower_ in ACCOUNTABLE_WORDS for w in dependents(verb, ("acomp", "oprd", "xcomp", "ccomp"))
    )


def grievance(token: Token, lex: NewsLexicon, negator: Token | None) -> float:
    """Valence of a negated verb of informing whose object is the speaker: "nobody told us", "they
    never asked me", "we were not consulted" complain of being passed over; "did not tell reporters"
    or "nobody asked for more money" do not."""
    if token.lemma_.lower() not in lex.grievances or negator is not token or is_partial(negator, lex):
        return 0.0
    passed_over = [
        *dependents(token, ("dobj", "dative", "nsubjpass")),
        *(o for prep in dependents(token, ("prep",)) for o in dependents(prep, ("pobj",))),  # "listen to us"
    ]
    return GRIEVANCE_VALENCE if any(w.lower_ in FIRST_PERSON for w in passed_over) else 0.0


def _answers_press(verb: Token) -> bool:
    """Whether the verb answers the press: "did not respond to a request for comment" is the
    reporter's formula for an unanswered call, not a refusal to engage with the other side."""
    return any(
        obj.lemma_.lower() in PRESS_REQUESTS
        for prep in dependents(verb, ("prep",))
        for obj in dependents(prep, ("pobj",))
    ) or any(obj.lemma_.lower() in PRESS_REQUESTS for obj in dependents(verb, ("dobj",)))
