"""What the headline adds to the article's main encounter.

Official read-outs often name the other side only in the headline ("PM phone call with
X") and call them by role in the body ("the President"); they also tell the mode there.
The headline is parsed only when the main event still has an unnamed role, so most
articles pay nothing for this.
"""

from __future__ import annotations

import re

from streams.enrich.extractors.meetings.lexicon import LEX
from streams.enrich.extractors.meetings.merge import Cluster
from streams.enrich.extractors.meetings.names import NameIndex
from streams.enrich.extractors.meetings.status_mode import EXPLICIT, ModeCue
from streams.enrich.model import Participant
from streams.enrich.nlp import load_nlp

_WORD = re.compile(r"[\w-]+", re.UNICODE)
_NAME_RUN = re.compile(r"\b[A-Z][\w'’-]+ [A-Z][\w'’-]+")
_PHONE = {"phone", "telephone", "call", "phoned", "telephoned", "calls"}
_VIDEO = {"video", "videoconference", "virtual", "video-call", "online"}
_ENCOUNTER_FORMS = {"meets", "met", "hosts", "holds", "talks", "visits", "receives", "welcomes"}
_NOT_A_CALL = {"off", "for", "on"}  # "calls off the summit", "calls for talks", "calls on X to"


def apply_headline(clusters: list[Cluster], title: str | None, names: NameIndex) -> None:
    if not clusters or not title or not title.strip():
        return
    main = max(clusters, key=lambda c: c.salience)
    tokens = [w.lower() for w in _WORD.findall(title)]
    words = {w for i, w in enumerate(tokens) if not _is_call_verb(w, tokens[i + 1 : i + 2])}
    cue = ModeCue("video", EXPLICIT) if words & _VIDEO else ModeCue("phone", EXPLICIT) if words & _PHONE else None
    if cue is not None and not any(_told_in_body(c, cue) for c in clusters):
        main.headline_cue = cue
    # one unnamed holder of a title ("the President"), not a described group ("union leaders"), and a
    # headline with a two-word capitalised run that could name them: only then is the headline parsed
    roles = [i for i, p in enumerate(main.participants) if p.name == p.title and not p.name.endswith("s")]
    if roles and _NAME_RUN.search(title):
        _name_roles(main, roles, title, names)


def _told_in_body(cluster: Cluster, cue: ModeCue) -> bool:
    """The body already reports an encounter by that channel: the headline names that one, which need not
    be the one mentioned most (a call readout also tells of a planned visit)."""
    return any(m.mode_cue == cue for m in cluster.mentions)


def _is_call_verb(word: str, following: list[str]) -> bool:
    return word in ("call", "calls") and bool(following) and following[0] in _NOT_A_CALL


def _name_roles(cluster: Cluster, roles: list[int], title: str, names: NameIndex) -> None:
    known = {p.name.split()[-1].lower() for p in cluster.participants}
    headline = load_nlp()(title[:300])
    newcomers = [
        e.text.strip() for e in headline.ents
        if e.label_ == "PERSON" and len(e.text.split()) > 1 and e.text.split()[-1].lower() not in known
        and not names.cast.registry.knows_surname(e.text.split()[-1]) and not _tells_an_encounter(e.text)
    ]
    # the body's subject comes first; the headline's "call with X" names the other side, so fill from the end
    for index, name in zip(reversed(roles), newcomers, strict=False):
        role = cluster.participants[index]
        cluster.participants[index] = Participant(name=name, title=role.title, kind="person")


def _tells_an_encounter(text: str) -> bool:
    """Title case glues "X Meets Lawmakers" into one "name": a name has no meeting word in it."""
    words = {w.lower() for w in _WORD.findall(text)}
    return bool(words & (LEX.meet_verbs | LEX.talk_verbs | LEX.meeting_nouns | _ENCOUNTER_FORMS))
