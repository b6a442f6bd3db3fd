"""MEETINGS extractor: concrete encounters (talks, summits, calls) with who, where, when, how.

Pipeline, one small module per step: `detect` finds trigger words and rejects look-alikes (with
`habits`, `prospects` and `wording`),
`backstop` reads a whole class of encounter words in the sentences `detect` passed over,
`collect` reads each trigger's participants (`participants`, joining `verb_sides`, `noun_sides`,
`coordination`, `fronted`, `governing` and `slips`, on `names`; widened by `relations`:
invitations, companions, lede roles named later, "also", "further talks"), place and date
(read on the words `anchors` picks, along `phrases`: `where` with `place` and `venues`, `when` with
`iso_date`), status and mode (`status_mode`, `reschedule`); `calls` splits a round of calls
into one call per counterpart; `merge` folds repeated mentions into one event per encounter;
`headline` adds what only the title says; `event` builds the records; `member_roster` names a bloc's members
beside it; `country_names` gives each country the name the article uses first.
"""

from __future__ import annotations

from dataclasses import replace

from streams.enrich.cast import cast_of
from streams.enrich.extractors.meetings.calls import split_calls
from streams.enrich.extractors.meetings.collect import backstop_sentences, build_mention, trigger_sentences
from streams.enrich.extractors.meetings.country_names import first_country_names
from streams.enrich.extractors.meetings.dateline import story_day
from streams.enrich.extractors.meetings.event import to_meeting
from streams.enrich.extractors.meetings.gapping import split_gapped
from streams.enrich.extractors.meetings.headline import apply_headline
from streams.enrich.extractors.meetings.member_roster import with_named_members
from streams.enrich.extractors.meetings.merge import merge_mentions
from streams.enrich.extractors.meetings.names import NameIndex
from streams.enrich.extractors.meetings.occasion import share_the_occasion
from streams.enrich.extractors.meetings.official_visits import without_hosted_visits
from streams.enrich.extractors.meetings.period import settle_date
from streams.enrich.extractors.meetings.visits import split_visits
from streams.enrich.extractors.statements import extract_statements
from streams.enrich.model import Meeting
from streams.enrich.nlp import ParsedArticle

__all__ = ["extract_meetings"]


def extract_meetings(parsed: ParsedArticle) -> list[Meeting]:
    doc = parsed.doc
    if not parsed.text.strip():
        return []
    found, quiet = trigger_sentences(doc)
    if not (found or quiet):
        return []
    if not cast_of(doc).attributed:  # who speaks where is the statements' answer (the pipeline ran them first)
        extract_statements(parsed)
    names = NameIndex.build(doc)
    found = sorted([*found, *backstop_sentences(quiet, names)], key=lambda pair: pair[0].start)
    published = story_day(parsed.text, parsed.article.published_date)
    built = (build_mention(sent, t, names, published) for sent, triggers in found for t in triggers)
    mentions = [visit for m in built if m is not None for one in split_gapped(m, names, published)
                for call in split_calls(one, names, published) for visit in split_visits(call, names)]
    clusters = without_hosted_visits(merge_mentions(mentions, names.affiliations()), names)
    apply_headline(clusters, parsed.article.title, names)
    clusters = sorted(clusters, key=lambda c: c.mentions[0].trigger)
    meetings = share_the_occasion(clusters, [to_meeting(c, parsed.text) for c in clusters], doc)
    meetings = first_country_names(with_named_members(meetings, doc), doc)
    return [replace(m, date=settle_date(m.date, doc, published, m.status)) for m in meetings]
