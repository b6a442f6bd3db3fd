"""MEETINGS date and status constructions of news English, on every beat.

Every sentence is invented (people, companies, unions and clubs are made up; cities are real). Publication
date: Thursday 2026-03-05.
"""

from __future__ import annotations

import datetime as dt

import pytest
from spacy.tokens import Doc

from streams.enrich.extractors.meetings.dateline import story_day
from streams.enrich.extractors.meetings.iso_date import resolve_date
from streams.enrich.extractors.meetings.when import date_entity
from streams.enrich.model import Meeting

PUBLISHED = dt.datetime(2026, 3, 5, 10, 0, tzinfo=dt.UTC)
THURSDAY = PUBLISHED.date()


def _only(meetings: list[Meeting]) -> Meeting:
    assert len(meetings) == 1, [[p.name for p in m.participants] for m in meetings]
    return meetings[0]


def _iso(meeting: Meeting) -> str | None:
    return meeting.date.iso if meeting.date else None


# --- date: a phrase that counts days from the story's day ----------------------------------------------------


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("the day before yesterday", "2026-03-03"),  # not "yesterday"'s day
        ("the day after tomorrow", "2026-03-07"),
        ("two days ago", "2026-03-03"),
        ("3 days ago", "2026-03-02"),
        ("a week ago", "2026-02-26"),
        ("a few days ago", None),  # counts no day
        ("weeks ago", None),
    ],
)
def test_a_counted_day_resolves_from_publication(text, expected):
    assert resolve_date(text, THURSDAY, "held") == expected


@pytest.mark.parametrize(
    ("beat", "text"),
    [
        ("labour", "Union organiser Petra Vasko met plant manager Len Odile two days ago."),
        ("sport", "Club chairman Ruben Skaar held talks with coach Ilse Marais two days ago."),
        ("science", "Physicist Amara Tindall and grant officer Joel Brandvik spoke by phone two days ago."),
    ],
)
def test_days_ago_dates_the_encounter(run, beat, text):
    meeting = _only(run(text))
    assert (meeting.status, _iso(meeting)) == ("held", "2026-03-03"), beat


@pytest.mark.parametrize(
    ("beat", "text"),
    [
        ("business", "Retail chief Noor Halvard met supplier Tomas Edgren in Oslo on the 3rd."),
        ("local politics", "Mayor Greta Olund held talks with councillor Sami Rautio on the 3rd."),
        ("diplomacy", "Envoy Kofi Marsden and minister Anja Lindqvist spoke by phone on the 3rd."),
    ],
)
def test_on_the_ordinal_names_a_day_of_the_month(run, beat, text):
    meeting = _only(run(text))
    assert _iso(meeting) == "2026-03-03", beat


# --- date: a participle that holds the encounter carries its day --------------------------------------------


@pytest.mark.parametrize(
    ("beat", "text", "iso"),
    [
        ("labour", "The meeting between union leader Petra Vasko and Harrowgate Foods boss Len Odile, held on "
                   "Friday, ended without a deal.", "2026-02-27"),
        ("sport", "The talks between chairman Ruben Skaar and coach Ilse Marais, held on Tuesday, were cordial.",
         "2026-03-03"),
        ("science", "The session between Amara Tindall and Joel Brandvik, convened on Monday, covered the budget.",
         "2026-03-02"),
    ],
)
def test_a_holding_participle_dates_the_encounter(run, beat, text, iso):
    meeting = _only(run(text))
    assert (meeting.status, _iso(meeting)) == ("held", iso), beat


@pytest.mark.parametrize(
    ("beat", "text"),
    [
        ("business", "Talks between Noor Halvard and Tomas Edgren, which had been scheduled for Friday, were "
                     "called off."),
        ("local politics", "A meeting between Mayor Greta Olund and councillor Sami Rautio, which was set for "
                           "Friday, was cancelled."),
        ("labour", "Talks between organiser Petra Vasko and manager Len Odile, which had been planned for Friday, "
                   "were scrapped."),
    ],
)
def test_a_scheduling_relative_clause_dates_the_called_off_encounter(run, beat, text):
    meeting = _only(run(text))
    assert (meeting.status, _iso(meeting)) == ("cancelled", "2026-03-06"), beat


@pytest.mark.parametrize(
    ("beat", "text"),
    [
        ("business", "Noor Halvard held talks with Edgren Foods, which was expected to report results on Friday."),
        ("local politics", "Mayor Greta Olund met the Harbour Trust, which was set up on Friday."),
        ("science", "Amara Tindall held talks with the Norlab Institute, which was scheduled to vote on Friday."),
    ],
)
def test_a_counterparts_own_schedule_does_not_date_the_encounter(run, beat, text):
    assert _iso(_only(run(text))) is None, beat


@pytest.mark.parametrize(
    ("beat", "text"),
    [
        ("business", "Talks between Noor Halvard and Tomas Edgren, slated for Friday, were called off."),
        ("diplomacy", "A summit between envoy Kofi Marsden and minister Anja Lindqvist, slated for Friday, was "
                      "scrapped."),
        ("science", "The session between Amara Tindall and Joel Brandvik, slated for Friday, was cancelled."),
    ],
)
def test_a_slated_encounter_keeps_its_day(run, beat, text):
    meeting = _only(run(text))
    assert (meeting.status, _iso(meeting)) == ("cancelled", "2026-03-06"), beat


# --- date: a span counted from another event names no day ------------------------------------------------------


@pytest.mark.parametrize(
    ("beat", "text"),
    [
        ("local politics", "A day after the referendum, Mayor Chiara Esposito met Governor Tomasz Wojcik in Turin."),
        ("international", "The day after the election, Prime Minister Arnav Kapoor held talks with Chancellor "
                          "Greta Lindahl."),
        ("health", "Health Minister Zodwa Khumalo met Dr Farid Karimi the day after the clinic closed."),
        ("agriculture", "A month after the drought, Farm Minister Bilal Qureshi met grain cooperatives in Multan."),
        ("diplomacy", "Weeks after her talks with President Rafael Acosta, Premier Sun Li announced a trade pact."),
        ("sport", "Days later, Coach Ana Moreira met club chairman Viktor Horvath in Split."),
    ],
)
def test_a_span_from_another_event_is_no_date(run, beat, text):
    found = run(text)
    assert found and all(m.date is None for m in found), beat


@pytest.mark.parametrize(
    ("beat", "text", "day"),
    [
        ("local politics", "Mayor Chiara Esposito met Governor Tomasz Wojcik on Tuesday, a day after the referendum.",
         "Tuesday"),
        ("health", "Health Minister Zodwa Khumalo met Dr Farid Karimi two days ago.", "two days ago"),
        ("sport", "The derby was played on Sunday. Coach Ana Moreira met club chairman Viktor Horvath the next day.",
         "the next day"),
    ],
)
def test_a_day_beside_a_span_still_dates_the_encounter(run, beat, text, day):
    assert [m.date.text if m.date else None for m in run(text)] == [day], beat


# --- date: the dateline's day is the story's --------------------------------------------------------------------


@pytest.mark.parametrize(
    ("text", "published", "expected"),
    [
        ("OSLO, March 2 (Wire) - Text.", THURSDAY, dt.date(2026, 3, 2)),
        ("Oslo, 2 March (Wire) -- Text.", THURSDAY, dt.date(2026, 3, 2)),
        ("NAIROBI, Kenya, Feb. 28 / Wire / Text.", THURSDAY, dt.date(2026, 2, 28)),
        ("OSLO, March 2, 2026 — Text.", None, dt.date(2026, 3, 2)),  # a year makes it certain
        ("OSLO, March 2 (Wire) - Text.", None, None),  # no year, no publication: no day
        ("OSLO, January 12 (Wire) - Text.", THURSDAY, THURSDAY),  # weeks off publication: not trusted
        ("OSLO, Wis. -- Text.", THURSDAY, THURSDAY),
        ("Mayor Greta Olund, 54, said - Text.", THURSDAY, THURSDAY),
        ("Greta Olund (Labour) - the council leader - said on Monday. Text.", THURSDAY, THURSDAY),
    ],
)
def test_story_day(text, published, expected):
    assert story_day(text, published) == expected


@pytest.mark.parametrize(
    ("beat", "text", "status", "iso"),
    [
        ("business", "OSLO, March 2 (Wire) - Retail chief Noor Halvard met supplier Tomas Edgren yesterday.",
         "held", "2026-03-01"),
        ("sport", "LYON, March 2 (Wire) - Club president Dario Fenwick met coach Ilse Santos today.", "held",
         "2026-03-02"),
        ("diplomacy", "NAIROBI, March 2 (Wire) - Envoy Kofi Marsden will meet minister Anja Lindqvist on Friday.",
         "planned", "2026-03-06"),
    ],
)
def test_relative_days_count_from_the_dateline(run, beat, text, status, iso):
    meeting = _only(run(text))
    assert (meeting.status, _iso(meeting)) == (status, iso), beat


# --- status: a plan that did not happen -----------------------------------------------------------------------


@pytest.mark.parametrize(
    ("beat", "text"),
    [
        ("labour", "Union organiser Petra Vasko and manager Len Odile were supposed to meet on Friday."),
        ("sport", "Club chairman Ruben Skaar was meant to hold talks with coach Ilse Marais on Friday."),
        ("diplomacy", "Envoy Kofi Marsden and minister Anja Lindqvist were to have met on Friday."),
        ("science", "Physicist Amara Tindall was due to have met grant officer Joel Brandvik on Friday."),
    ],
)
def test_an_unrealised_plan_is_cancelled(run, beat, text):
    assert _only(run(text)).status == "cancelled", beat


@pytest.mark.parametrize(
    ("beat", "text", "status"),
    [
        ("business", "Retail chief Noor Halvard is believed to have met supplier Tomas Edgren on Tuesday.", "held"),
        ("local politics", "Mayor Greta Olund is supposed to meet councillor Sami Rautio on Friday.", "planned"),
        ("sport", "Club chairman Ruben Skaar is to meet coach Ilse Marais on Friday.", "planned"),
    ],
)
def test_a_plan_still_standing_or_a_reported_encounter_is_not_cancelled(run, beat, text, status):
    assert _only(run(text)).status == status, beat


@pytest.mark.parametrize(
    ("beat", "text"),
    [
        ("business", "A meeting between Noor Halvard and Tomas Edgren failed to take place."),
        ("labour", "Talks between organiser Petra Vasko and manager Len Odile failed to materialise."),
        ("diplomacy", "The summit between Kofi Marsden and Anja Lindqvist failed to happen."),
        ("local politics", "A meeting between Mayor Greta Olund and councillor Sami Rautio failed to go ahead."),
    ],
)
def test_an_encounter_that_failed_to_happen_is_cancelled(run, beat, text):
    assert _only(run(text)).status == "cancelled", beat


@pytest.mark.parametrize(
    ("beat", "text", "iso"),
    [
        ("labour", "Talks between organiser Petra Vasko and manager Len Odile failed on Tuesday.", "2026-03-03"),
        ("diplomacy", "Talks between Kofi Marsden and Anja Lindqvist collapsed on Tuesday.", "2026-03-03"),
        ("business", "Talks between Noor Halvard and Tomas Edgren broke down on Tuesday.", "2026-03-03"),
        ("sport", "Talks between club president Dario Fenwick and coach Ilse Santos failed to go well.", None),
    ],
)
def test_talks_that_failed_were_held(run, beat, text, iso):
    meeting = _only(run(text))
    assert (meeting.status, _iso(meeting)) == ("held", iso), beat


@pytest.mark.parametrize(
    ("beat", "text"),
    [
        ("business", "Talks between Noor Halvard and Tomas Edgren were put on hold."),
        ("sport", "A meeting between club president Dario Fenwick and coach Ilse Santos has been put on hold."),
        ("local politics", "The summit between Mayor Greta Olund and councillor Sami Rautio was placed on ice."),
    ],
)
def test_an_encounter_put_on_hold_is_cancelled(run, beat, text):
    assert _only(run(text)).status == "cancelled", beat


@pytest.mark.parametrize(
    ("beat", "text"),
    [
        ("business", "Retail chief Noor Halvard put off talks with supplier Tomas Edgren on Monday."),
        ("local politics", "Mayor Greta Olund pushed back her meeting with councillor Sami Rautio on Monday."),
        ("labour", "Orvane Motors put its talks with the Metalworkers Union on hold on Monday."),
    ],
)
def test_the_day_of_a_postponement_is_the_decisions(run, beat, text):
    meeting = _only(run(text))
    assert (meeting.status, meeting.date) == ("cancelled", None), beat


# --- precision: a plan negated by "no" is no encounter -----------------------------------------------------------


@pytest.mark.parametrize(
    ("beat", "text"),
    [
        ("business", "Retail chief Noor Halvard said there were no plans for talks with supplier Tomas Edgren."),
        ("local politics", "Mayor Greta Olund said she had no plans for a meeting with councillor Sami Rautio."),
        ("diplomacy", "There are no plans for a summit between envoy Kofi Marsden and minister Anja Lindqvist."),
    ],
)
def test_no_plans_for_talks_is_no_meeting(run, beat, text):
    assert run(text) == [], beat


# --- date: a day phrase the model tags as two ("late Monday | night") is one ------------------------------------


def _tagged(nlp, words: list[str], heads: list[int], deps: list[str], ents: list[str]) -> Doc:
    return Doc(nlp.vocab, words=words, heads=heads, deps=deps, ents=ents)


@pytest.mark.parametrize(
    ("beat", "words", "phrase"),
    [
        ("sport", ["Coach", "Vale", "met", "the", "board", "late", "Monday", "night"], "late Monday night"),
        ("labour", ["The", "union", "met", "managers", "early", "Tuesday", "morning"], "early Tuesday morning"),
        ("science", ["Tindall", "met", "funders", "late", "Friday", "evening"], "late Friday evening"),
    ],
)
def test_a_day_phrase_tagged_as_two_is_read_whole(nlp, beat, words, phrase):
    n = len(words)  # the phrase's last word heads it and hangs on the verb, tagged apart from the words before it
    verb = words.index("met")
    heads = [verb] * n
    heads[n - 3] = heads[n - 2] = n - 1
    deps = ["dep"] * n
    deps[n - 3], deps[n - 2], deps[n - 1], deps[verb] = "amod", "compound", "npadvmod", "ROOT"
    heads[verb] = verb
    ents = ["O"] * (n - 3) + ["B-TIME", "I-TIME", "B-TIME"]
    doc = _tagged(nlp, words, heads, deps, ents)
    assert date_entity(doc[n - 1]) == phrase, beat


# --- date: told beside the encounter word (a clause that ends it, the summons it answers, a span of days) ----
@pytest.mark.parametrize(
    ("beat", "text", "expected"),
    [
        ("labour", "After a three-hour meeting with the Tanner Cable Workers union that ended late last night, "
                   "Orvel Wire Corp raised its pay offer.", "2026-03-04"),
        ("business", "In a filing made after talks with Castellan Foods that concluded on Monday, Brightwater "
                     "Dairies said it would sell two plants.", "2026-03-02"),
        ("sport", "After a meeting with coach Ilse Marais that lasted until late on Tuesday, club chairman Ruben "
                  "Skaar kept the squad unchanged.", "2026-03-03"),
    ],
)
def test_a_clause_ending_the_encounter_dates_it(run, beat, text, expected):
    meeting = _only(run(text))
    assert (_iso(meeting), meeting.status) == (expected, "held"), beat


@pytest.mark.parametrize(
    ("beat", "text"),
    [
        ("business", "After a meeting with the Tanner Cable Workers union, which ended its strike on Monday, "
                     "Orvel Wire Corp raised its pay offer."),
        ("sport", "After talks with coach Ilse Marais, who closed the training camp on Monday, chairman Ruben "
                  "Skaar kept the squad unchanged."),
    ],
)
def test_a_clause_ending_something_else_leaves_the_day(run, beat, text):
    assert _iso(_only(run(text))) is None, beat


@pytest.mark.parametrize(
    ("beat", "text", "expected"),
    [
        ("diplomacy", "Peru's envoy Tomas Veld was summoned yesterday by the foreign office to confer with "
                      "Deputy Foreign Minister Ana Lutz.", "2026-03-04"),
        ("local", "Harbour master Jon Fell was summoned on Monday to meet Mayor Ellen Brask over the flooding.",
         "2026-03-02"),
    ],
)
def test_the_summons_day_is_the_encounter_day(run, beat, text, expected):
    assert _iso(_only(run(text))) == expected, beat


@pytest.mark.parametrize(
    ("beat", "text", "expected"),
    [
        ("diplomacy", "Farm minister Ola Brekke and his Danish counterpart Jens Moller are due to meet in Bergen "
                      "from May 7 to 10.", "2026-05-07"),
        ("science", "Lab director Amara Tindall will visit Chile from June 3 to June 5.", "2026-06-03"),
    ],
)
def test_a_span_of_days_dates_the_encounter_by_its_first(run, beat, text, expected):
    assert _iso(_only(run(text))) == expected, beat


@pytest.mark.parametrize(
    ("beat", "text", "expected"),
    [
        ("local", "Mayor Ellen Brask, in office from 2019 to 2023, met council leader Tom Fiske on Monday.",
         "2026-03-02"),
        ("sport", "Club chairman Peter Vane, who played for the team from 1990 to 1995, met coach Dan Roe "
                  "yesterday.", "2026-03-04"),
    ],
)
def test_a_span_told_of_a_person_leaves_the_encounter_day(run, beat, text, expected):
    assert _iso(_only(run(text))) == expected, beat


@pytest.mark.parametrize(
    ("beat", "text"),
    [
        ("diplomacy", "Trade Minister Ivo Marek meets Trade Secretary Lee Park later today."),
        ("labour", "Union leader Petra Vasko is meeting plant manager Len Odile later tonight in Detroit."),
    ],
)
def test_later_today_is_still_ahead(run, beat, text):
    meeting = _only(run(text))
    assert (meeting.status, _iso(meeting)) == ("planned", "2026-03-05"), beat


def test_this_afternoon_told_in_the_past_was_held(run):
    meeting = _only(run("Union leader Petra Vasko met plant manager Len Odile this afternoon."))
    assert (meeting.status, _iso(meeting)) == ("held", "2026-03-05")
