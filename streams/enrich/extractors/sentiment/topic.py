"""What is talked about is a topic, not a tone: "the ministers discussed the border crisis", "talks
on trade disputes", "a call about the famine".

Readouts of meetings and calls list the subjects of the conversation, and those are mostly
troubles (crises, conflicts, disputes): a mediator's call is not bad news because it was about a
war. The tone of such a statement is in what the talk did (agreed, failed, was cordial), so a
bad word inside the noun phrase that a word of talking takes as its object or its "on"/"about"
complement is left out. Only a bad one: talking about a trouble is meeting it, which takes the
sting out of its mention (as "ease" or "resolve" do, see the shifters), while talks on an
agreement or on cooperation are a step towards it and keep its warmth. A talk refused or declined
("declined to discuss the abuse claims") meets nothing, and the trouble keeps its tone. Only the noun phrase: a
clause under the talk ("discussed how the strike had hurt exports") states facts and keeps its
tone.
"""

from __future__ import annotations

from spacy.tokens import Token

from streams.enrich.extractors.sentiment.lexicon import NewsLexicon
from streams.enrich.extractors.sentiment.remedy import undone

# Prepositions that introduce what a talk is about: "talks on", "a call about", "a dispute over",
# "consultations regarding", "issues including".
TOPIC_PREPS = frozenset({"on", "about", "over", "regarding", "concerning", "including"})
# The links inside a noun phrase, from a word up to the phrase's head, and from a listed item to
# the list it is part of ("several matters, including a famine and a war").
PHRASE_LINKS = frozenset({"amod", "compound", "poss", "nmod", "conj", "appos", "pobj", "prep", "nummod"})
# How far up a word may sit below the word of talking; a readout's list of topics is a few
# phrases deep ("went over several matters, including a dispute over fishing rights").
MAX_STEPS = 8


def is_topic(token: Token, lex: NewsLexicon) -> bool:
    """Whether the word is part of what a word of talking (`lex.topics`) is about, the talk not
    refused; the scorer asks only about bad words."""
    talk = talk_of(token, lex)
    return talk is not None and not undone(talk, lex)


def talk_of(token: Token, lex: NewsLexicon) -> Token | None:
    """The word of talking whose topic the word is part of, if any."""
    child = token
    for _ in range(MAX_STEPS):
        head = child.head
        if head.i == child.i:
            return None
        talked = child.dep_ == "dobj" or (child.dep_ == "prep" and child.lower_ in TOPIC_PREPS)
        if talked and head.lemma_.lower() in lex.topics:
            return head
        if child.dep_ not in PHRASE_LINKS:
            return None
        child = head
    return None
