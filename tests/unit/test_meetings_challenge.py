"""Challenge set for the MEETINGS extractor: common news wordings it was not built from.

Every sentence is invented (people, companies and unions are made up; cities and countries are
real so that places can be checked). The expected answers were written before the extractor was
run on them. Publication date is Thursday 2026-03-12, so "on Monday" of a past meeting is 03-09.

Conventions, as in the annotated dev set: the location is the city (or the country when no city is
given); a planned or cancelled encounter with no venue has mode "unknown" unless the verb "meet" tells
it (the verb brings the sides together, the noun "meeting" is a session by any channel); an unnamed counterpart
described by a role ("union leaders") is a participant named by that description.
"""

from __future__ import annotations

import datetime as dt
from dataclasses import dataclass

import pytest

from streams.enrich.extractors.meetings import extract_meetings
from streams.enrich.model import Meeting
from streams.enrich.nlp import load_nlp, parse
from streams.ingest.article import Article

PUBLISHED = dt.datetime(2026, 3, 12, 10, 0, tzinfo=dt.UTC)
ANY = object()  # field not checked


@dataclass(frozen=True)
class Want:
    parties: frozenset[str]
    status: str = "held"
    mode: object = ANY
    place: object = ANY  # city name, None for "no location", ANY for "not checked"
    iso: object = ANY


def want(*parties: str, **fields: object) -> Want:
    return Want(frozenset(parties), **fields)  # type: ignore[arg-type]


CASES: list[tuple[str, str, list[Want]]] = [
    # --- "A met B", "A met with B", "A and B met" -------------------------------------------------
    ("met", "Croatian President Ivan Horvatek met Slovenian Prime Minister Mateja Zupanic in Zagreb on Monday.",
     [want("Horvatek", "Zupanic", mode="in_person", place="Zagreb", iso="2026-03-09")]),
    ("met_with", "Trade Minister Olu Adeyemi met with his Ghanaian counterpart Kwesi Ampofo in Accra on Tuesday.",
     [want("Adeyemi", "Ampofo", mode="in_person", place="Accra", iso="2026-03-10")]),
    ("a_and_b_met_full", "Erik Larsen and Adaeze Nwosu met in Oslo on Monday to discuss fisheries.",
     [want("Larsen", "Nwosu", mode="in_person", place="Oslo", iso="2026-03-09")]),
    ("a_and_b_met_surnames", "Valkonen and Oyelaran met in Helsinki on Monday to discuss trade.",
     [want("Valkonen", "Oyelaran", mode="in_person", place="Helsinki", iso="2026-03-09")]),
    ("a_and_b_met_after_intro",
     "Finnish Foreign Minister Aino Virtanen arrived in Lagos on Sunday. Nigerian Foreign Minister Tunde "
     "Bakare welcomed the visit. Virtanen and Bakare met in Lagos on Monday to discuss trade.",
     [want("Virtanen", "Bakare", mode="in_person", place="Lagos", iso="2026-03-09")]),
    ("met_appositive",
     "Foreign Minister Kemal Aydin met Salim Jaber, the Iraqi foreign minister, in Ankara on Wednesday.",
     [want("Aydin", "Jaber", mode="in_person", place="Ankara", iso="2026-03-11")]),
    ("sat_down_with", "Chancellor Jonas Weber sat down with President Amelie Laurent in Paris on Monday.",
     [want("Weber", "Laurent", mode="in_person", place="Paris")]),
    # --- talks, consultations, negotiations --------------------------------------------------------
    ("held_talks_probe",
     "Finnish Foreign Minister Aino Valkonen held talks with her Nigerian counterpart Tunde Oyelaran in "
     "Helsinki on Monday.",
     [want("Valkonen", "Oyelaran", mode="in_person", place="Helsinki", iso="2026-03-09")]),
    ("held_talks",
     "Swedish Defence Minister Karin Holmqvist held talks with her Polish counterpart Tomasz Zielinski in "
     "Stockholm on Wednesday.",
     [want("Holmqvist", "Zielinski", mode="in_person", place="Stockholm", iso="2026-03-11")]),
    ("held_consultations",
     "Deputy Foreign Minister Pavel Sedlak held consultations with Ambassador Rania Khoury in Prague on Friday.",
     [want("Sedlak", "Khoury", mode="in_person", place="Prague", iso="2026-03-06")]),
    ("held_negotiations",
     "Labour Minister Greta Olsen held negotiations with union leader Paul Dufresne in Copenhagen on Monday.",
     [want("Olsen", "Dufresne", mode="in_person", place="Copenhagen")]),
    ("talks_between",
     "Talks between Indian Foreign Minister Arjun Mehra and his Chinese counterpart Wang Lei took place in "
     "New Delhi on Tuesday.",
     [want("Mehra", "Wang", mode="in_person", place="New Delhi", iso="2026-03-10")]),
    ("meeting_possessive",
     "Governor Rita Alvarez's meeting with Mayor Tom Becker in Denver on Tuesday focused on housing.",
     [want("Alvarez", "Becker", place="Denver")]),
    ("discussed_during_meeting",
     "Ministers Ana Sousa and Pedro Alves discussed the budget during a meeting in Lisbon on Friday.",
     [want("Sousa", "Alves", mode="in_person", place="Lisbon")]),
    ("sidelines",
     "On the sidelines of a regional summit hosted in Jakarta, Prime Minister Hana Ito met Malaysian Prime "
     "Minister Aziz Rahman.",
     [want("Ito", "Rahman", mode="in_person", place="Jakarta")]),
    # --- hosted, received, visited ----------------------------------------------------------------
    ("hosted",
     "Brazilian President Lucas Ferreira hosted Argentine President Martin Acosta in Brasilia on Thursday.",
     [want("Ferreira", "Acosta", mode="in_person", place="Brasilia")]),
    ("received",
     "Egyptian President Karim Farouk received Jordanian Foreign Minister Layla Haddad in Cairo on Sunday.",
     [want("Farouk", "Haddad", mode="in_person", place="Cairo", iso="2026-03-08")]),
    ("visited_and_met",
     "Japanese Prime Minister Haruto Sato visited Canberra on Monday and met Australian Prime Minister "
     "Olivia Grant.",
     [want("Sato", "Grant", mode="in_person", place="Canberra")]),
    # --- phone and video --------------------------------------------------------------------------
    ("spoke_by_phone_with",
     "Italian Prime Minister Giulia Ferri spoke by phone with Turkish President Emre Yildiz on Wednesday.",
     [want("Ferri", "Yildiz", mode="phone", place=None, iso="2026-03-11")]),
    ("a_and_b_spoke_by_phone", "Chancellor Jonas Weber and President Amelie Laurent spoke by phone on Tuesday.",
     [want("Weber", "Laurent", mode="phone", place=None, iso="2026-03-10")]),
    ("a_and_b_held_phone_call",
     "President Samuel Otieno and President Kofi Asante held a phone call on Tuesday to discuss the border.",
     [want("Otieno", "Asante", mode="phone", place=None)]),
    ("telephoned", "Prime Minister Lars Vikstrom telephoned President Marta Novak on Monday.",
     [want("Vikstrom", "Novak", mode="phone")]),
    ("held_video_conference",
     "Finance Minister Rosa Lima held a video conference with her Czech counterpart Tomas Novak on Friday.",
     [want("Lima", "Novak", mode="video")]),
    ("a_and_b_video_conference",
     "Health Minister Rosa Lima and Education Minister Tomas Novak held a video conference on Friday.",
     [want("Lima", "Novak", mode="video")]),
    ("met_virtually", "President Ana Ruiz and Chancellor Piet Vries met virtually on Tuesday.",
     [want("Ruiz", "Vries", mode="video")]),
    ("presidents_of_countries_phone",
     "The presidents of Kenya and Ghana spoke by phone on Tuesday, the Kenyan presidency said.",
     [want("Kenya", "Ghana", mode="phone", iso="2026-03-10")]),
    ("two_leaders_video_call",
     "President Anna Berg of Sweden and Prime Minister Mark Dalton of Ireland share concerns about energy "
     "prices. The two leaders held a video call on Wednesday.",
     [want("Berg", "Dalton", mode="video", iso="2026-03-11")]),
    # --- planned ----------------------------------------------------------------------------------
    ("will_travel_to_meet_probe",
     "German Chancellor Markus Brandt will travel to Madrid next week to meet Spanish Prime Minister Lucia "
     "Moreno.",
     [want("Brandt", "Moreno", status="planned", mode="in_person", place="Madrid")]),
    ("will_travel_to_meet",
     "French President Claire Dumont will travel to Rome next week to meet Italian Prime Minister Paolo "
     "Bianchi.",
     [want("Dumont", "Bianchi", status="planned", mode="in_person", place="Rome")]),
    ("will_meet_no_place", "Finance Minister Hana Kovacova will meet central bank governor Marek Dvorak on Friday.",
     [want("Kovacova", "Dvorak", status="planned", mode="in_person", place=None, iso="2026-03-13")]),
    ("expected_to_meet",
     "Indian Prime Minister Ravi Kapoor is expected to meet Canadian Prime Minister Emily Tremblay in Ottawa "
     "later this month.",
     [want("Kapoor", "Tremblay", status="planned", mode="in_person", place="Ottawa")]),
    ("due_to_meet", "Ravi Kapoor and Emily Tremblay are due to meet in Ottawa on March 20.",
     [want("Kapoor", "Tremblay", status="planned", mode="in_person", place="Ottawa", iso="2026-03-20")]),
    ("scheduled_to_hold_talks",
     "Ministers Ana Sousa and Pedro Alves are scheduled to hold talks in Lisbon next month.",
     [want("Sousa", "Alves", status="planned", place="Lisbon")]),
    ("will_host",
     "Polish President Adam Nowicki will host Lithuanian President Rasa Vaitkus in Warsaw on Monday.",
     [want("Nowicki", "Vaitkus", status="planned", mode="in_person", place="Warsaw", iso="2026-03-16")]),
    ("will_hold_talks_next_month",
     "Foreign Minister Ines Moreau will hold talks with her Austrian counterpart Karl Huber next month.",
     [want("Moreau", "Huber", status="planned", place=None)]),
    # --- cancelled --------------------------------------------------------------------------------
    ("meeting_between_cancelled",
     "A meeting between Defence Minister Omar Saleh and General Yusuf Demir was cancelled on Monday.",
     [want("Saleh", "Demir", status="cancelled")]),
    ("summit_called_off",
     "A planned summit between President Lena Sorensen and Prime Minister Ahmed Nasser in Cairo has been "
     "called off.",
     [want("Sorensen", "Nasser", status="cancelled", place="Cairo")]),
    ("talks_postponed_indefinitely",
     "Talks between Foreign Minister Hugo Lemaire and his Belgian counterpart Sofie Peeters were postponed "
     "indefinitely.",
     [want("Lemaire", "Peeters", status="cancelled")]),
    # --- delegations, countries, organisations ----------------------------------------------------
    ("delegations_met", "Delegations from Armenia and Azerbaijan met in Geneva on Thursday.",
     [want("Armenia", "Azerbaijan", mode="in_person", place="Geneva")]),
    ("countries_held_talks", "Kenya and Ghana held talks in Nairobi on Monday on regional trade.",
     [want("Kenya", "Ghana", mode="in_person", place="Nairobi", iso="2026-03-09")]),
    ("countries_held_consultations", "China and the Philippines held consultations in Manila on Friday.",
     [want("China", "Philippines", place="Manila")]),
    ("ceo_met_union_leaders_probe", "Acme Corp chief executive Dana Holt met union leaders in Detroit on Friday.",
     [want("Holt", "union leaders", mode="in_person", place="Detroit")]),
    ("minister_met_union",
     "Transport Minister Ola Berg met with the Norwegian Transport Workers Union in Oslo on Monday.",
     [want("Berg", "Transport Workers Union", place="Oslo")]),
    ("ceo_met_chairman",
     "Solvane Energy chief executive Marta Ruiz met Harald Brenner, chairman of Kessler Group, in Frankfurt "
     "on Wednesday.",
     [want("Ruiz", "Brenner", mode="in_person", place="Frankfurt")]),
    # --- multilateral -----------------------------------------------------------------------------
    ("leaders_of_three_countries", "The leaders of France, Germany and Poland met in Berlin on Monday.",
     [want("France", "Germany", "Poland", mode="in_person", place="Berlin")]),
    ("ministers_of_three_countries",
     "Foreign ministers of Brazil, India and South Africa held talks in Johannesburg on Tuesday.",
     [want("Brazil", "India", "South Africa", place="Johannesburg")]),
    ("three_presidents", "Presidents Amadou Diallo, Fatou Sow and Ibrahim Keita met in Dakar on Sunday.",
     [want("Diallo", "Sow", "Keita", mode="in_person", place="Dakar")]),
    # --- place phrases ----------------------------------------------------------------------------
    ("in_the_city_of", "Minister Elena Petrova met Ambassador John Carter in the city of Lyon on Monday.",
     [want("Petrova", "Carter", place="Lyon")]),
    ("palace_in_city",
     "President Victor Duval received Prime Minister Sara Lind at the Elysee Palace in Paris on Tuesday.",
     [want("Duval", "Lind", mode="in_person", place="Paris")]),
    ("capital_apposition",
     "Foreign Minister Kemal Aydin met his counterpart Salim Jaber in the Iraqi capital, Baghdad, on Monday.",
     [want("Aydin", "Jaber", place="Baghdad")]),
    ("country_capital",
     "Foreign Minister Kemal Aydin met his counterpart Salim Jaber in Iraq's capital on Monday.",
     [want("Aydin", "Jaber", place="Baghdad")]),
    # --- dates ------------------------------------------------------------------------------------
    ("last_week", "Foreign Minister Ines Moreau met Prime Minister Karl Huber in Vienna last week.",
     [want("Moreau", "Huber", place="Vienna", iso=None)]),
    ("on_march_3", "Foreign Minister Ines Moreau met Prime Minister Karl Huber in Riga on March 3.",
     [want("Moreau", "Huber", place="Riga", iso="2026-03-03")]),
    # --- several encounters in one article --------------------------------------------------------
    ("two_encounters",
     "Foreign Minister Petra Lang met Prime Minister Dario Conti in Rome on Monday. On Tuesday, Lang "
     "travelled to Paris and held talks with President Victor Duval.",
     [want("Lang", "Conti", place="Rome"), want("Lang", "Duval", place="Paris")]),
    ("mentioned_twice",
     "Prime Minister Lena Dahl met President Ivo Maric in Oslo on Monday. The meeting lasted two hours, "
     "Dahl's office said.",
     [want("Dahl", "Maric", place="Oslo")]),
    # --- rescheduled, second-hand details, cues that must not leak --------------------------------
    ("pushed_back_to_new_date",
     "Mayor Lena Brooks said her meeting with Transport Minister Omar Haddad, originally set for Monday, "
     "had been pushed back to March 20.",
     [want("Brooks", "Haddad", status="planned", iso="2026-03-20")]),
    ("postponed_until_new_date",
     "Talks between Foreign Minister Tomas Berg and his Latvian counterpart Ilona Kalna were postponed "
     "until April 2.",
     [want("Berg", "Kalna", status="planned", iso="2026-04-02")]),
    ("spoke_by_telephone_with",
     "President Mara Olsen spoke by telephone with Chancellor Felix Brandt on Monday.",
     [want("Olsen", "Brandt", mode="phone", iso="2026-03-09")]),
    ("group_named_in_apposition",
     "Officials said their finance ministers, Ana Ruiz and Petr Novak, would hold a video conference "
     "next week.",
     [want("Ruiz", "Novak", status="planned", mode="video")]),
    ("call_with_after_its_day",
     "Prime Minister Anna Lind also told lawmakers about her video call on Tuesday with President "
     "Tomasz Wrobel.",
     [want("Lind", "Wrobel", mode="video", iso="2026-03-10")]),
    ("held_call_with_group_including",
     "Governor Rita Moss held a video call on Monday with the mayors of six coastal towns, including "
     "Daniel Price of Hove, to discuss flood defences.",
     [want("Moss", "Price", mode="video", iso="2026-03-09")]),  # the named member stands for the group
    # --- look-alikes: no encounter ----------------------------------------------------------------
    ("gave_a_talk", "Economist Laura Stein gave a talk on inflation at Oxford University on Monday.", []),
    ("in_talks_to_buy",
     "Veltron Holdings is in talks to buy rival chipmaker Sigma Devices, people familiar with the matter said.",
     []),
    ("peace_talks_stalled", "Peace talks remain stalled after months of fighting.", []),
    ("relations", "Relations between Serbia and Kosovo have been tense for years.", []),
    ("called_for_talks", "Opposition leader Marta Vidal called for talks with the government.", []),
    ("urged_to_hold_talks", "The United Nations urged Ethiopia and Eritrea to hold talks.", []),
    ("met_the_deadline", "Nordhaven Shipping met the deadline for filing its annual report.", []),
    ("met_expectations", "Quarterly earnings at Dalton Foods met analysts' expectations.", []),
    ("met_resistance", "The proposal by Minister Ivo Lund met fierce resistance from lawmakers.", []),
    ("was_met_with_criticism", "The plan was met with criticism from farmers and President Ana Ruiz.", []),
    ("summit_backdrop", "Leaders gathered in Jakarta for a summit hosted by Indonesia.", []),
    ("spoke_at_conference", "Senator Greg Olson spoke at a conference in Denver on Monday.", []),
    ("have_not_held_talks", "Serbia and Kosovo have not held talks since 2019.", []),
    ("board_meeting", "The central bank's board will hold its next meeting in April.",
     [want("central bank board", status="planned")]),  # a body's own session (eval/README.md)
    # === round two: written after round one passed, before the extractor saw them ===================
    ("met_representatives_of_org",
     "Prime Minister Nadia Karimi met with representatives of the Farmers Union of Kenya in Nakuru on Saturday.",
     [want("Karimi", "Farmers Union", place="Nakuru", iso="2026-03-07")]),
    ("received_phone_call_from",
     "Mexican President Rosa Dominguez received a phone call from US President James Porter on Monday.",
     [want("Dominguez", "Porter", mode="phone", place=None)]),
    ("possessive_titles_met",
     "Rwanda's President Jean Habimana and Congo's President Felix Mbala met in Doha on Sunday under Qatari "
     "mediation.",
     [want("Habimana", "Mbala", mode="in_person", place="Doha", iso="2026-03-08")]),
    ("hosted_for_talks",
     "Foreign Minister Ola Nilsen hosted his Estonian counterpart Kaja Tamm for talks in Oslo on Wednesday.",
     [want("Nilsen", "Tamm", mode="in_person", place="Oslo", iso="2026-03-11")]),
    ("set_to_meet_officials", "Envoy Daniel Roth is set to meet Iranian officials in Vienna next week.",
     [want("Roth", "Iran", status="planned", place="Vienna")]),
    ("visit_where_he_met",
     "President Tomas Ruzicka paid a visit to Bratislava on Monday, where he met Slovak Prime Minister Juraj "
     "Kral.",
     [want("Ruzicka", "Kral", mode="in_person", place="Bratislava")]),
    ("discussed_in_phone_call",
     "Chancellor Hanna Lehmann and President Oleksandr Marchenko discussed security in a phone call on Tuesday.",
     [want("Lehmann", "Marchenko", mode="phone", iso="2026-03-10")]),
    ("will_hold_talks_with_officials",
     "Minister Omar Qureshi will hold talks with Afghan officials in Kabul on Sunday.",
     [want("Qureshi", "Afghanistan", status="planned", place="Kabul", iso="2026-03-15")]),
    ("unnamed_sides", "Talks between the government and the rebels are scheduled for next week in Nairobi.", []),
    ("met_privately_at_residence",
     "Senator Karen Wallace met privately with Governor Luis Ortega at his residence in Austin on Friday.",
     [want("Wallace", "Ortega", mode="in_person", place="Austin")]),
    ("participle_meeting_in",
     "Meeting in Geneva on Monday, Foreign Ministers Paul Durand and Ivan Petrov agreed to extend the "
     "ceasefire.",
     [want("Durand", "Petrov", place="Geneva")]),
    ("planned_visit_to_meet_postponed",
     "Prime Minister Ali Demir's planned visit to Athens to meet Greek Prime Minister Nikos Pappas was "
     "postponed.",
     [want("Demir", "Pappas", status="cancelled", place="Athens")]),
    ("summit_between_cancelled",
     "The summit between President Grace Mwangi and President Samuel Kato was cancelled.",
     [want("Mwangi", "Kato", status="cancelled")]),
    ("will_not_meet",
     "President Elena Vasquez will not meet Prime Minister Hugo Brandt during her visit, officials said.", []),
    ("leaders_spoke_about", "Officials said the leaders spoke at length about trade.", []),
    ("spoke_at_forum", "Chief executive Laura Fenwick spoke at the World Economic Forum in Davos.", []),
    ("talks_with_buyers", "The company said it had held talks with several potential buyers.", []),
    ("in_talks_with_lenders", "Shares of Norcast rose after the firm said it was in talks with lenders.", []),
    # meeting the press is none; the cabinet's own sitting she came from is one (eval/README.md, "Sessions of
    # bodies"), with her at it
    ("met_the_press", "Minister Paula Reyes met the press after the cabinet meeting.",
     [want("cabinet", "Reyes", status="held", mode="in_person")]),
    ("counterpart_apposition_commas",
     "President Ada Okoro met her Togolese counterpart, Faure Mensah, in Lome on Tuesday.",
     [want("Okoro", "Mensah", mode="in_person", place="Lome", iso="2026-03-10")]),
    ("countries_first_talks_in_years",
     "Japan and South Korea held their first security talks in five years in Tokyo on Wednesday.",
     [want("Japan", "South Korea", place="Tokyo", iso="2026-03-11")]),
    ("lawmakers_met", "Lawmakers met to discuss the budget.", []),
    ("foreign_ministers_will_meet", "The foreign ministers of Egypt and Jordan will meet in Amman next week.",
     [want("Egypt", "Jordan", status="planned", mode="in_person", place="Amman")]),
    ("welcomed_to_city",
     "Mayor Jan Kowalski welcomed Ukrainian President Petro Bondar to Krakow on Monday.",
     [want("Kowalski", "Bondar", mode="in_person", place="Krakow")]),
    ("telephone_conversation",
     "Turkish President Ahmet Kaya and Russian President Igor Volkov held a telephone conversation on Saturday.",
     [want("Kaya", "Volkov", mode="phone", iso="2026-03-07")]),
    ("ministers_from_gathered_for_talks",
     "Ministers from Chile, Peru and Colombia gathered in Lima on Monday for talks on fishing.",
     [want("Chile", "Peru", "Colombia", place="Lima")]),
    ("in_talks_to_acquire", "Carmaker Voltis is in talks to acquire battery maker Cellion for $2 billion.", []),
    ("meeting_between_took_place",
     "The meeting between Prime Minister Rhys Evans and First Minister Cara Lloyd took place in Cardiff on "
     "Monday.",
     [want("Evans", "Lloyd", place="Cardiff", iso="2026-03-09")]),
    ("is_to_meet",
     "Foreign Secretary Amelia Clarke is to meet her Indian counterpart Vikram Rao in London on Friday.",
     [want("Clarke", "Rao", status="planned", place="London", iso="2026-03-13")]),
    ("will_be_received_by",
     "Prime Minister Mark Dalton will be received by King Albert of Belgium in Brussels on Monday.",
     [want("Dalton", "Albert", status="planned", place="Brussels")]),
    ("met_visiting",
     "Premier Li Wen met visiting Pakistani Prime Minister Imran Saeed in Beijing on Thursday.",
     [want("Li", "Saeed", mode="in_person", place="Beijing", iso="2026-03-12")]),
    # === round three: look-alikes aimed at the rules added for rounds one and two ===================
    ("welcomed_a_decision", "President Ana Ruiz welcomed the court's decision on Monday.", []),
    ("gathered_evidence", "Investigators gathered evidence in Lyon for months.", []),
    ("teams_met_in_final", "Rival clubs Dynamo and Spartak met in the final in Moscow on Sunday.", []),
    ("spoke_by_phone_alone", "Governor Luis Ortega spoke by phone from his office on Tuesday.", []),
    ("said_at_conference",
     "Finance Minister Rosa Lima said at a conference in Madrid that inflation would ease.", []),
    ("two_leaders_without_antecedent", "The two leaders are expected to sign the accord.", []),
    ("students_gathered", "Hundreds of students gathered in Nairobi on Friday to protest.", []),
    ("received_award", "Author Mira Sand received an award from President Ana Ruiz in Lisbon.", []),
    ("visited_city_alone", "Prime Minister Lena Dahl visited flood-hit towns in Bergen on Monday.", []),
    ("met_during_visit_held",
     "During his visit to Hanoi on Tuesday, Prime Minister Kenji Mori met Vietnamese President Tran Van Long.",
     [want("Mori", "Long", mode="in_person", place="Hanoi")]),
    # === regression: found failing by hand after round three, kept so it stays fixed ===================
    ("two_leaders_after_one_sided_mention",
     "Chancellor Markus Brandt welcomed Prime Minister Lucia Moreno's proposals on energy. The two leaders "
     "held a video call on Wednesday.",
     [want("Brandt", "Moreno", mode="video", iso="2026-03-11")]),
    # === round four: wordings of the team's second annotated set, in new invented sentences ============
    ("two_day_talks_first_day",
     "Danish Foreign Minister Freja Holm and Estonian Foreign Minister Marten Kask will hold talks in Tallinn "
     "on April 20 and 21.",
     [want("Holm", "Kask", status="planned", mode="in_person", place="Tallinn", iso="2026-04-20")]),
    ("weekday_evening",
     "Fisheries Minister Sean Doyle held a bilateral meeting with Minister Ola Berge in Bergen on Tuesday "
     "evening.",
     [want("Doyle", "Berge", place="Bergen", iso="2026-03-10")]),
    ("day_range_held",
     "Trade Minister Nia Balogun held talks with her Kenyan counterpart Otieno Waweru in Nairobi on March 2-3.",
     [want("Balogun", "Waweru", place="Nairobi", iso="2026-03-02")]),
    ("yearless_held_date_last_year",
     "Mayor Lea Fontaine met Governor Rui Costa in Porto on December 3.",
     [want("Fontaine", "Costa", place="Porto", iso="2025-12-03")]),
    ("cancelled_summit_relative_clause",
     "President Aurelio Vance has called off a summit with his Chilean counterpart, Rosa Mendez, that was due "
     "to take place in Santiago on Friday.",
     [want("Vance", "Mendez", status="cancelled", mode="in_person", place="Santiago", iso="2026-03-13")]),
    ("countries_ministers_then_named",
     "The foreign ministers of Peru and Bolivia will meet next month in Lima. Peruvian Foreign Minister Ana "
     "Soto and Bolivian Foreign Minister Luis Vidal are expected to hold talks on April 20 and 21.",
     [want("Soto", "Vidal", status="planned", mode="in_person", place="Lima", iso="2026-04-20")]),
    ("roundtable_brought_together",
     "Chief executive Dana Moor met managers from four of the group's suppliers in Leeds on Tuesday. The "
     "roundtable, held at the company's headquarters, brought together Ian Flett of Flett Metals, Rosa Vane "
     "of Vane Paints and Omar Sadiq of Sadiq Freight.",
     [want("Moor", "Flett", "Vane", "Sadiq", mode="in_person", place="Leeds", iso="2026-03-10")]),
    ("joined_call_from_cities",
     "Anna Berg, director of the Baltic Ports Board, Jonas Petrauskas, chair of the Amber Rail Union, and "
     "Ilze Ozola, head of the Riga Shipping Council, joined the video call from Stockholm, Vilnius and Riga "
     "respectively.",
     [want("Berg", "Petrauskas", "Ozola", mode="video")]),
    ("lede_plural_after_video_conference",
     "The heads of three port authorities agreed on Tuesday to share cargo data, after a video conference. "
     "Anna Berg, Jonas Petrauskas and Ilze Ozola joined the call from their offices.",
     [want("Berg", "Petrauskas", "Ozola", mode="video", iso="2026-03-10")]),
    ("three_leaders_will_meet_again",
     "Anna Berg, Jonas Petrauskas and Ilze Ozola held a video call on Tuesday. The three leaders agreed to "
     "meet in person in Budapest in May.",
     [want("Berg", "Petrauskas", "Ozola", mode="video", iso="2026-03-10"),
      want("Berg", "Petrauskas", "Ozola", status="planned", mode="in_person", place="Budapest")]),
]


@pytest.fixture(scope="module")
def extract():
    nlp = load_nlp()

    def run(text: str) -> list[Meeting]:
        return extract_meetings(parse(Article(id="c", text=text, published_at=PUBLISHED), nlp))

    return run


def _matches(key: str, name: str) -> bool:
    key, name = key.lower(), name.lower()
    return key == name or key in name.split() or (" " in key and key in name)


def _same_parties(wanted: Want, meeting: Meeting) -> bool:
    names = [p.name for p in meeting.participants]
    return len(names) == len(wanted.parties) and all(
        any(_matches(k, n) for n in names) for k in wanted.parties)


def _describe(meetings: list[Meeting]) -> list[tuple]:
    return [([p.name for p in m.participants], m.status, m.mode, m.location and m.location.name,
             m.date and m.date.iso) for m in meetings]


KNOWN_MISSES = {
    "planned_visit_to_meet_postponed": "the small model parses the object of 'to meet' as a second subject of "
    "'was postponed', so no rule reaching the meeting verb sees the other participant",
}


def _params() -> list:
    marks = {name: pytest.mark.xfail(reason=reason, strict=True) for name, reason in KNOWN_MISSES.items()}
    return [pytest.param(text, expected, id=name, marks=marks.get(name, ())) for name, text, expected in CASES]


@pytest.mark.parametrize(("text", "expected"), _params())
def test_challenge(extract, text, expected):
    found = extract(text)
    assert len(found) == len(expected), _describe(found)
    for wanted in expected:
        meeting = next((m for m in found if _same_parties(wanted, m) and m.status == wanted.status), None)
        assert meeting is not None, (sorted(wanted.parties), _describe(found))
        got = {"status": meeting.status, "mode": meeting.mode,
               "place": meeting.location.name if meeting.location else None,
               "iso": meeting.date.iso if meeting.date else None}
        for field in ("status", "mode", "place", "iso"):
            expected_value = getattr(wanted, field)
            if expected_value is not ANY:
                assert got[field] == expected_value, (field, _describe(found))


def test_headline_calling_off_is_no_phone_call():
    """"X calls off summit" in a title names a cancellation, not a telephone call."""
    text = ("President Aurelio Vance has called off a summit with his Chilean counterpart, Rosa Mendez, "
            "that was due to take place in Santiago on Friday.")
    article = Article(id="h", text=text, title="Vance calls off Santiago summit", published_at=PUBLISHED)
    found = extract_meetings(parse(article, load_nlp()))
    assert [(m.status, m.mode) for m in found] == [("cancelled", "in_person")]


def test_headline_mode_stays_with_the_encounter_it_names():
    """A readout titled "phone call" also mentions a planned visit: the phone cue belongs to the call
    the body already reports by phone, not to whichever encounter is mentioned most."""
    text = ("Prime Minister Erik Dahl spoke by phone with Chilean President Rosa Mendez on Monday.\n\n"
            "President Mendez said she looked forward to welcoming Prime Minister Dahl to Santiago in the "
            "spring. Mendez said she would welcome Dahl at the presidential palace.")
    article = Article(id="h2", text=text, title="Prime minister holds phone call with Chilean president",
                      published_at=PUBLISHED)
    found = extract_meetings(parse(article, load_nlp()))
    assert sorted((m.status, m.mode) for m in found) == [("held", "phone"), ("planned", "in_person")]
