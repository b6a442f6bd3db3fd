"""One event per encounter: repeated mentions merge, distinct encounters stay apart.

Mentions that name people join an event sharing at least one participant, unless
something says they differ (status held vs planned, another day, another city, or
"was preceded by"). Mentions that name nobody new ("the talks", "the two leaders met
at night", "X also attended the meeting") then join the most salient compatible event;
"they met ... last year" with no compatible event becomes a new encounter of the same people.
"""

from __future__ import annotations

from collections.abc import Mapping
from dataclasses import dataclass, field

from streams.enrich.cast.reading.registry import org_core
from streams.enrich.extractors.meetings.gazetteer import country_code, place_country
from streams.enrich.extractors.meetings.mention import Mention
from streams.enrich.extractors.meetings.nationals import without_own_nationals
from streams.enrich.extractors.meetings.status_mode import EXPLICIT, ModeCue
from streams.enrich.model import Location, MeetingStatus, Participant

_LINKED_STATUSES = {"planned", "cancelled"}  # a cancellation is of a planned encounter
_MIN_PARTICIPANTS = 2
_CATAPHOR_REACH = 80  # tokens: the lede and the sentence after it
_NEXT_SENTENCE = 40  # tokens
_GLUE = {"the", "of", "a", "an"}


@dataclass
class Cluster:
    mentions: list[Mention] = field(default_factory=list)
    participants: list[Participant] = field(default_factory=list)
    headline_cue: ModeCue | None = None

    def add(self, mention: Mention) -> None:
        self.mentions.append(mention)
        for person in mention.participants:
            self.add_participant(person)

    def add_participant(self, person: Participant) -> None:
        for i, known in enumerate(self.participants):
            if same_party(known, person):
                if known.title is None and person.title is not None:
                    self.participants[i] = person
                return
        self.participants.append(person)

    @property
    def salience(self) -> float:
        return sum(m.strength for m in self.mentions)

    @property
    def first(self) -> int:
        return min(m.trigger for m in self.mentions)

    @property
    def last(self) -> int:
        return max(m.trigger for m in self.mentions)

    @property
    def status(self) -> MeetingStatus | None:
        statuses = {m.status for m in self.mentions if m.status}
        for status in ("cancelled", "planned", "held"):
            if status in statuses:
                return status  # type: ignore[return-value]
        return None

    def shares_people(self, mention: Mention) -> bool:
        return any(same_party(a, b) for a in self.participants for b in mention.participants)


def merge_mentions(mentions: list[Mention], affiliations: Mapping[str, str] | None = None) -> list[Cluster]:
    """`affiliations`: the body or country each named person acts for (the cast's), by name."""
    mentions = sorted(mentions, key=lambda m: m.trigger)
    clusters: list[Cluster] = []
    for mention in mentions:
        if mention.anaphoric or not mention.participants or mention.joins_only:
            continue
        if mention.needs_protagonist:
            _add_protagonist(mention, clusters)
        mention.participants = without_own_nationals(mention.participants)
        target = None if mention.distinct else next(
            (c for c in clusters if c.shares_people(mention) and compatible(c, mention)
             and not _diverges(c, mention, affiliations or {})
             and not _sequenced_before(c, mention)), None)
        if target is not None:
            _drop_described(target, _descriptions_named(target, mention))
        if target is None and mention.attendees:
            target = _told_before(mention, clusters)
        if target is None and not mention.distinct:
            target = _told_next(mention, clusters)
        if target is None and mention.one_at_told:
            target = _attended_told(mention, clusters)
        if target is None:
            target = Cluster()
            clusters.append(target)
        target.add(mention)
    anaphors = [m for m in mentions if (m.anaphoric or not m.participants) and not m.joins_only]
    # those naming a group may found an event; bare "the talks" and a lede's "the heads" then find it
    for mention in sorted(anaphors, key=lambda m: len(m.participants) < _MIN_PARTICIPANTS):
        if not (mention.repeat and _repeat_encounter(mention, clusters)):
            _attach_anaphor(mention, clusters)
    _fold_sides_into_envoys(clusters, affiliations or {})
    for cluster in clusters:
        _drop_bodies_spoken_for(cluster, affiliations or {})
    for mention in mentions:
        if mention.joins_only:
            _join_companions(mention, clusters)
    return [c for c in clusters if len(c.participants) >= _MIN_PARTICIPANTS or _peers_only(c)]


def _peers_only(cluster: Cluster) -> bool:
    """"EU foreign ministers met in X": the group met among themselves, with no one else named."""
    return len(cluster.participants) == 1 and any(m.among_themselves for m in cluster.mentions)


def _sequenced_before(cluster: Cluster, mention: Mention) -> bool:
    """"Before their talks with C, A met B": an encounter the sentence sets before or after its own is
    another one, told first or not."""
    return all(m.distinct and m.sent_start == mention.sent_start for m in cluster.mentions)


def _diverges(cluster: Cluster, mention: Mention, affiliations: Mapping[str, str]) -> bool:
    """"X held talks with Y" and later "X held talks with Z": each names a side the other lacks, so
    they are two encounters of X, not one of three. A side told once by its envoy and once by the country or
    body the envoy acts for ("talks with X and Mexico's minister P", later "talks with X, Brazil and Mexico")
    is the same side, not one lacking: the later telling only adds Brazil."""
    if len(cluster.participants) < _MIN_PARTICIPANTS or len(mention.participants) < _MIN_PARTICIPANTS:
        return False
    named = [p for p in mention.participants if p.name != p.title]  # "the PM" may be anyone named before
    new = any(not any(_same_side(p, q, affiliations) for q in cluster.participants) for p in named)
    missing = any(not any(_same_side(p, q, affiliations) for q in mention.participants)
                  for p in cluster.participants)
    return new and missing and not _descriptions_named(cluster, mention)


def _same_side(a: Participant, b: Participant, affiliations: Mapping[str, str]) -> bool:
    """The same party, or one the envoy of the other: a person and the body or country they act for (the
    cast's affiliation, or a country their title carries)."""
    return same_party(a, b) or _acts_for(a, b, affiliations) or _acts_for(b, a, affiliations)


def _acts_for(person: Participant, side: Participant, affiliations: Mapping[str, str]) -> bool:
    if person.kind != "person" or side.kind == "person" or person.name == person.title:
        return False
    if person.name in affiliations and _body_key(affiliations[person.name]) == _body_key(side.name):
        return True
    return side.kind == "country" and _stem(side.name) in (person.title or "").lower()


def _descriptions_named(cluster: Cluster, mention: Mention) -> list[Participant]:
    """"P, back from talks in X with senior bank officials, said ...", later "P held talks in X
    with Z's minister A, B and C": the same talks, their people described first and named later. Returns the
    cluster's sides the mention names people for: plural descriptions, and a country one of their titles
    carries. Only at the place both tell, on no day of its own, with at least two people named, and with every
    side the mention lacks so described: "talks with union officials in X" and later "talks with the mayor in X"
    stay two."""
    missing = [p for p in cluster.participants if not any(same_party(p, q) for q in mention.participants)]
    if not any(_described_group(p) for p in missing) or not _same_told_place(cluster, mention) or (
            mention.date is not None and not any(m.date == mention.date for m in cluster.mentions)):
        return []  # "... later held talks there with A and B on Tuesday": a day of its own is another encounter
    people = [q for q in mention.participants if q.kind == "person" and q.name != q.title
              and not any(same_party(q, p) for p in cluster.participants)]
    if len(people) < _MIN_PARTICIPANTS:
        return []
    titles = [(q.title or "").lower() for q in people]
    stood_for = [p for p in missing if _described_group(p)
                 or (p.kind == "country" and any(_stem(p.name) in t for t in titles))]
    return stood_for if len(stood_for) == len(missing) else []


def _same_told_place(cluster: Cluster, mention: Mention) -> bool:
    here = mention.location.name.lower() if mention.location else None
    return here is not None and all(m.location is not None and m.location.name.lower() == here
                                    for m in cluster.mentions)


def _drop_described(cluster: Cluster, described: list[Participant]) -> None:
    """The people named take the place of the description they were told by."""
    if described:
        cluster.participants = [p for p in cluster.participants if p not in described]


def _repeat_encounter(mention: Mention, clusters: list[Cluster]) -> bool:
    """"Further discussions are planned", "their last meeting": a new encounter of the people of the
    article's main event told before it."""
    groups = [c for c in clusters if _is_group(c)]
    # "A and B will meet in X, alongside a wider summit also including C": the sentence's own encounter,
    # whose tense an untensed mention shares, wherever the sentence tells it ("After talks on Monday failed,
    # A and B will meet again")
    same = [c for c in groups if any(m.sent_start == mention.sent_start for m in c.mentions)]
    before = [c for c in groups if c.first < mention.trigger]
    if not (same or before):
        return False
    source = max(same or before, key=lambda c: (c.salience, c.last))
    if same and mention.status is None:
        mention.status = source.status
    fresh = Cluster()
    for person in source.participants:
        fresh.add_participant(person)
    fresh.add(mention)  # "a summit also involving X": the people before, and X
    clusters.append(fresh)
    return True


def _join_companions(mention: Mention, clusters: list[Cluster]) -> None:
    """"X was accompanied by A and B": A and B attended the latest face-to-face encounter of X; "Also
    present were A and B": the latest face-to-face encounter."""
    unnamed = mention.bystanders or any(p.name == p.title for p in mention.participants)  # "the Turkish president"
    fits = [c for c in clusters if c.first < mention.trigger and (c.shares_people(mention) or unnamed)
            and compatible(c, mention) and not _remote(c)]
    if fits:
        max(fits, key=lambda c: c.last).add(mention)


def _remote(cluster: Cluster) -> bool:
    return any(m.mode_cue and m.mode_cue.level == EXPLICIT and m.mode_cue.mode in ("phone", "video")
               for m in cluster.mentions)


def _fold_sides_into_envoys(clusters: list[Cluster], affiliations: Mapping[str, str]) -> None:
    """"The foreign ministers of A and B will meet in X" then "A's minister P and B's minister Q are
    expected to hold talks"; "Talks between the council and X ended" then "council leader P met X's director
    Q": one encounter, told first by the countries or bodies and then by the people who act for them, who
    are its participants (a body is a party only when the article names no one for it)."""
    for sides in [c for c in clusters if _is_group(c) and all(p.kind != "person" for p in c.participants)]:
        envoys = next((c for c in clusters if c is not sides and _speaks_for(c, sides.participants, affiliations)
                       and all(compatible(sides, m) for m in c.mentions)), None)
        if envoys is not None:
            envoys.mentions.extend(sides.mentions)
            clusters.remove(sides)


def _speaks_for(cluster: Cluster, sides: list[Participant], affiliations: Mapping[str, str]) -> bool:
    """Every side is an envoy's affiliation or in an envoy's title, or all but one are and the envoys are as
    many as the sides: "Minister X met his Chilean counterpart Y" speaks for Chile and, by elimination, for
    the other side."""
    envoys = [p for p in cluster.participants if p.kind == "person"]
    if not envoys:
        return False
    titles = [(p.title or "").lower() for p in envoys]
    bodies = {_body_key(affiliations[p.name]) for p in envoys if p.name in affiliations}
    unnamed = [s for s in sides if _body_key(s.name) not in bodies
               and not (s.kind == "country" and any(_stem(s.name) in t for t in titles))]
    return not unnamed or (len(unnamed) == 1 < len(sides) == len(envoys) == len(cluster.participants))


def _drop_bodies_spoken_for(cluster: Cluster, affiliations: Mapping[str, str]) -> None:
    """"The union and its leader A met B", "A of X met B, X said": a body is a party only when the article
    names no one taking part for it. Someone guessed a side from a report ("B insisted ..., A said after a
    meeting") or who speaks "after the meeting" is not told taking part, so their body stays."""
    told = {p.name for m in cluster.mentions if not (m.reported or m.anaphoric)
            for p in m.participants if p.kind == "person"}
    bodies = {_body_key(affiliations[name]) for name in told if name in affiliations}
    if bodies:
        cluster.participants = [p for p in cluster.participants
                                if p.kind == "person" or _body_key(p.name) not in bodies]


def _body_key(name: str) -> str:
    """ "the Halvorsen Steel Company's" and "Halvorsen Steel" are one body."""
    return org_core(name)


def _stem(country: str) -> str:
    """"Kenya" -> "keny", matching "Kenyan"; a demonym shares the country's first four letters."""
    return country.lower()[:4]


def _told_before(mention: Mention, clusters: list[Cluster]) -> Cluster | None:
    """A definite "the roundtable" listing its attendees names the people of the event just told: its
    unnamed "executives from five suppliers" give way to them."""
    before = [c for c in clusters if c.last < mention.trigger and compatible(c, mention)]
    if not before:
        return None
    target = max(before, key=lambda c: c.last)
    if sum(p.kind == "person" and p.name != p.title for p in mention.participants) >= _MIN_PARTICIPANTS:
        target.participants = [p for p in target.participants if not _described_group(p)]
    return target


def _told_next(mention: Mention, clusters: list[Cluster]) -> Cluster | None:
    """"B insisted ..., A said after a meeting in X." then "P was part of a delegation which met Q": a lede
    that reports on an encounter leaves its sides to be guessed from the report, and the sentence after it
    tells who met. Nothing set apart (status, mode, day, place), it is that encounter told again."""
    guessed = [c for c in clusters if all(m.reported for m in c.mentions)
               and 0 < mention.trigger - c.last <= _NEXT_SENTENCE and compatible(c, mention)]
    return max(guessed, key=lambda c: c.last, default=None)


def _attended_told(mention: Mention, clusters: list[Cluster]) -> Cluster | None:
    """"A met B. C was also at the meeting": one newcomer at a definite encounter attended the latest one
    told with its sides (a one-sided event is no encounter to attend)."""
    before = [c for c in clusters if c.last < mention.trigger and _is_group(c) and compatible(c, mention)]
    return max(before, key=lambda c: c.last, default=None)


def _described_group(person: Participant) -> bool:
    return person.name == person.title and person.name.endswith("s")


def _add_protagonist(mention: Mention, clusters: list[Cluster]) -> None:
    """"The meeting was preceded by a discussion with X": the unnamed side is the story's main actor."""
    before = [c for c in clusters if c.last < mention.trigger]
    if not before:
        return
    actor = max(before, key=lambda c: c.salience).participants[0]
    if all(p.name != actor.name for p in mention.participants):
        mention.participants.insert(0, actor)


def _attach_anaphor(mention: Mention, clusters: list[Cluster]) -> None:
    fits = [c for c in clusters if compatible(c, mention)]
    if mention.unnamed_session:
        _seat_unnamed_session(mention, fits, clusters)
        return
    if mention.plural_anaphor:  # "the two leaders" stand for a group: a one-person event cannot be it
        preceding = [c for c in fits if c.mentions[0].trigger < mention.trigger and _is_group(c)]
        target = max(preceding, key=lambda c: c.last) if preceding else _named_next(mention, fits)
    else:
        fits = _same_place(mention, fits) or _same_day(mention, fits) or _just_told(mention, fits) or fits
        target = max(fits, key=lambda c: (c.salience, -abs(c.last - mention.trigger)), default=None)
    if target is not None:
        target.add(mention)
        return
    if len(mention.participants) >= _MIN_PARTICIPANTS:
        fresh = Cluster()  # "X, Y and Z joined the call": the call was not told before, they name it
        fresh.add(mention)
        clusters.append(fresh)
        return
    earlier = [c for c in clusters if c.mentions[0].trigger < mention.trigger and _is_group(c)]
    if not mention.plural_anaphor or not (earlier or mention.antecedents):
        return
    fresh = Cluster()
    people = max(earlier, key=lambda c: c.last).participants if earlier else mention.antecedents
    for person in people:
        fresh.add_participant(person)
    fresh.add(mention)
    clusters.append(fresh)


def _seat_unnamed_session(mention: Mention, fits: list[Cluster], clusters: list[Cluster]) -> None:
    """"A meeting of farm ministers was put off. A and B had planned to meet then": the people named right after are
    the group, whose meeting they tell; with none, the group as written is the encounter's one side."""
    following = [c for c in fits if _is_group(c) and 0 < c.mentions[0].trigger - mention.trigger <= _CATAPHOR_REACH]
    target = min(following, key=lambda c: c.mentions[0].trigger, default=None)
    if target is not None:
        target.mentions.append(mention)  # the names stand for the group: it adds no side of its own
        return
    fresh = Cluster()
    fresh.add(mention)
    clusters.append(fresh)


def _just_told(mention: Mention, fits: list[Cluster]) -> list[Cluster]:
    """"... after talks in Riga. The meeting, held at ...": a definite mention right after an encounter
    (in the same or the next sentence) is that encounter, however often another one is mentioned later."""
    near = [c for c in fits if any(0 < mention.trigger - m.trigger <= _NEXT_SENTENCE for m in c.mentions)]
    return [max(near, key=lambda c: max(m.trigger for m in c.mentions if m.trigger < mention.trigger))] if near else []


def _same_place(mention: Mention, fits: list[Cluster]) -> list[Cluster]:
    """"The talks took place in X": the encounter already placed in X, if one is."""
    place = mention.location.name.lower() if mention.location else None
    return [c for c in fits if place and any(m.location and m.location.name.lower() == place for m in c.mentions)]


def _same_day(mention: Mention, fits: list[Cluster]) -> list[Cluster]:
    """"Wednesday's meeting": the encounter already dated that day, if one is."""
    day = mention.date.iso if mention.date else None
    return [c for c in fits if day and any(m.date and m.date.iso == day for m in c.mentions)]


def _named_next(mention: Mention, fits: list[Cluster]) -> Cluster | None:
    """A lede's "the heads of three agencies agreed ... after a video call", with the heads named in
    the next sentences: with nothing told before it, the group is the one named right after."""
    if any(c.mentions[0].trigger < mention.trigger for c in fits):
        return None
    following = [c for c in fits if _is_group(c) and c.mentions[0].trigger - mention.trigger <= _CATAPHOR_REACH]
    return min(following, key=lambda c: c.mentions[0].trigger, default=None)


def _is_group(cluster: Cluster) -> bool:
    return len(cluster.participants) >= _MIN_PARTICIPANTS


def same_party(a: Participant, b: Participant) -> bool:
    """Same name, or the same unnamed role worded differently ("US President", "President of the US")."""
    if a.name == b.name:
        return True
    return a.name == a.title and b.name == b.title and _role_key(a.name) == _role_key(b.name)


def _role_key(role: str) -> frozenset[str]:
    return frozenset(w for w in role.lower().replace("’s", " ").replace("'s", " ").split() if w not in _GLUE)


def compatible(cluster: Cluster, mention: Mention) -> bool:
    return (
        _statuses_fit(cluster.status, mention.status)
        and not any(_modes_conflict(m, mention) for m in cluster.mentions)
        and not any(_dates_conflict(m, mention) for m in cluster.mentions)
        and not any(_places_conflict(m.location, mention.location) for m in cluster.mentions)
    )


def _statuses_fit(a: MeetingStatus | None, b: MeetingStatus | None) -> bool:
    return a is None or b is None or a == b or {a, b} <= _LINKED_STATUSES


def _modes_conflict(a: Mention, b: Mention) -> bool:
    """A call said to be by phone and a meeting said to be face to face are two encounters."""
    cues = (a.mode_cue, b.mode_cue)
    return all(c is not None and c.level == EXPLICIT for c in cues) and cues[0].mode != cues[1].mode  # type: ignore[union-attr]


def _dates_conflict(a: Mention, b: Mention) -> bool:
    if a.date is None or b.date is None:
        return False
    if a.date.iso and b.date.iso:
        return a.date.iso != b.date.iso
    return a.date.text.lower() != b.date.text.lower() and not (a.date.iso or b.date.iso)


def _places_conflict(a: Location | None, b: Location | None) -> bool:
    if a is None or b is None or a.name.lower() == b.name.lower():
        return False
    code_a, code_b = place_country(a.name), place_country(b.name)
    if code_a and code_b and code_a != code_b:
        return True
    both_cities = code_a and code_b and not country_code(a.name) and not country_code(b.name)
    return bool(both_cities)
