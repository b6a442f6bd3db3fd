"""Papers a state's government puts out: "a presidential decree said", "the decree said", "the budget forecast",
"a government policy paper said".

Why: wire copy on economic policy quotes a government through its papers without naming the issuer ("A
presidential decree said ...", "The budget had forecast ..."); the gold gives such words to the government of
the country the story is about, as it gives "a ministry report" to the ministry. Only papers no one but a state
issues, or ones whose own words say they are the state's; a paper with an owner or an author written ("the
club's budget", "a decree by the regional council") is that owner's, read before this.
"""

from __future__ import annotations

from spacy.tokens import Token

from ..lexicon import lexicon

STATE_BODY = "government"


def marked_as_state(paper: Token) -> bool:
    """Whether an adjective before `paper` makes it the government's ("a presidential decree", "a governmental
    report"): its own words say whose it is, as a body's name before it would."""
    adjectives = lexicon().state_adjectives
    return paper.pos_ == "NOUN" and any(c.dep_ == "amod" and c.lower_ in adjectives for c in paper.lefts)


def state_paper(paper: Token) -> bool:
    """Whether `paper` is one only a government puts out ("the decree", "the budget"): the last resort after
    its owner, its author and whoever signed or issued it ("X signed a decree ... the decree said": X)."""
    return paper.pos_ == "NOUN" and paper.lemma_.lower() in lexicon().state_papers
