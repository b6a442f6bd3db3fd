"""Turns a cluster of mentions into the Meeting record, taking each field from its best mention."""

from __future__ import annotations

from streams.enrich.extractors.meetings.gazetteer import country_code, place_country
from streams.enrich.extractors.meetings.mention import Mention
from streams.enrich.extractors.meetings.merge import Cluster
from streams.enrich.extractors.meetings.status_mode import PERSONAL, PLACED, STRONG, WEAK
from streams.enrich.model import Evidence, Location, Meeting, MeetingMode

_REPEAT_BONUS = 0.03
_MAX_CONFIDENCE = 0.97


def _best_first(cluster: Cluster) -> list[Mention]:
    return sorted(cluster.mentions, key=lambda m: (-m.strength, m.trigger))


def to_meeting(cluster: Cluster, text: str) -> Meeting:
    ranked = _best_first(cluster)
    best = ranked[0]
    status = cluster.status or "held"
    located = sorted(
        (m for m in ranked if m.location), key=lambda m: (-m.strength, m.location_depth, m.trigger)
    )
    dated = next((m for m in ranked if m.date and m.date.iso), None) or next((m for m in ranked if m.date), None)
    location = _most_specific([m.location for m in located if m.location])
    confidence = min(_MAX_CONFIDENCE, best.strength + _REPEAT_BONUS * (len(cluster.mentions) - 1))
    return Meeting(
        participants=tuple(cluster.participants),
        location=location,
        date=dated.date if dated else None,
        mode=_mode(cluster, ranked, status, has_place=location is not None),
        status=status,
        evidence=Evidence(
            text=text[best.sent_start : best.sent_end], start=best.sent_start, end=best.sent_end
        ),
        confidence=round(confidence, 3),
    )


def _most_specific(places: list[Location]) -> Location | None:
    """The best-told place, unless it is a country and another mention names a place inside it: "talks in
    France" then "the talks were held in Lyon" is one encounter in Lyon; or a venue told without a name,
    which a named town or country of another mention beats."""
    if not places:
        return None
    best = places[0]
    if best.name[:1].islower():  # "the company's headquarters" told in one mention, "in Leeds" in another
        best = next((p for p in places[1:] if p.name[:1].isupper() and p.country), best)
    code = country_code(best.name)
    if code is None:
        return best
    return next((p for p in places[1:] if country_code(p.name) is None and place_country(p.name) == code), best)


def _mode(cluster: Cluster, ranked: list[Mention], status: str, has_place: bool) -> MeetingMode:
    """Explicit cues win; "a meeting" implies face to face only for an encounter that happened or has a venue;
    a named person's talks are face to face whenever they happen, as "meet" is."""
    cues = [m.mode_cue for m in ranked if m.mode_cue]
    if cluster.headline_cue:
        cues.append(cluster.headline_cue)
    if not cues:
        return "unknown"
    top = max(cues, key=lambda c: c.level)
    if top.level > STRONG:
        return top.mode
    if top.mode == "in_person" and not has_place and (
            (top.level == WEAK and status != "held") or top.level == PLACED or (
            top.level == PERSONAL and not _person_side(cluster))):
        return "unknown"  # a side's own remote channel ("will join by video") still tells the mode
    return top.mode


def _person_side(cluster: Cluster) -> bool:
    """"Minister X held talks with Y": talks a named person holds are a meeting in person; "A Corp is in
    talks with B Corp" between bodies, or with a group told only as "officials", is a negotiation by any
    channel."""
    return any(p.kind == "person" and p.name != p.title for p in cluster.participants)
