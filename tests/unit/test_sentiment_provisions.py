"""A holding given or taken is news with no rated word: "200 jobs will go", "the ferry route was
axed", "retired miners will receive their pensions" (provision.py and the holding,
provision and departure groups of the news lexicon). Prices, offices and roads are no holdings.

All sentences are invented for these tests.
"""

from __future__ import annotations

import pytest

from streams.enrich.extractors.sentiment.lexicon import news_lexicon

# Each verb of giving or taking in its past form, so that every entry's intent is tested.
PAST_FORMS = {
    "open": "opened", "open up": "opened up", "reopen": "reopened", "launch": "launched", "create": "created",
    "add": "added", "restore": "restored", "reinstate": "reinstated", "extend": "extended", "receive": "received",
    "get": "gotten", "win": "won", "secure": "secured", "award": "awarded", "grant": "granted",
    "withdraw": "withdrew", "scrap": "scrapped", "axe": "axed", "close": "closed", "close down": "closed down",
    "shut": "shut", "shut down": "shut down", "terminate": "terminated", "cancel": "cancelled",
    "discontinue": "discontinued", "abolish": "abolished", "revoke": "revoked", "withhold": "withheld",
    "end": "ended", "cut": "cut", "slash": "slashed", "lose": "lost",
}


@pytest.mark.parametrize(
    "text",
    [
        "About 80 jobs at the bottling plant in Ipoh will go next year.",  # business, leaving
        "The night bus service to Carndonagh will be withdrawn in March, the operator said.",  # transport, passive
        "Ms Leilani Kahale said the maternity ward at the county hospital would close.",  # health, leaving
        "The ministry scrapped the scholarships for students from Mindanao.",  # education
        "Dozens of families lost their homes when the landlord sold the estate in Cluj.",  # housing
        "Growers in Ayacucho have still not received their payments, Mr Hugo Quispe said.",  # farming, negated gain
        "The federation terminated the coach's contract after the defeat in Riga.",  # sport
        "Some 40 posts at the archive in Uppsala are set to go under the plan.",  # culture, raised subject
    ],
)
def test_a_holding_taken_is_bad_news(statement_label, text):
    assert statement_label(text) == "negative"


@pytest.mark.parametrize(
    "text",
    [
        "The carrier will open three new routes from Busan next spring.",  # transport
        "Former staff of the mill will receive their pensions in full, the liquidator said.",  # labour
        "The shipyard in Gdynia won the contract for four patrol boats.",  # business
        "The council will reopen the library in Mthatha on Monday.",  # local
        "The foundation awarded 30 scholarships to pupils from Assam.",  # education
        "Nurses at the clinic will get their back pay in June, Dr Kwame Asante said.",  # health
    ],
)
def test_a_holding_given_is_good_news(statement_label, text):
    assert statement_label(text) == "positive"


@pytest.mark.parametrize(
    "text",
    [
        "The retailer cut prices on its winter range for customers.",  # business: a price is no holding
        "The agency moved offices to Leeds in April.",  # business: an office moved is no loss
        "The funding will go to 14 rural schools, Ms Mei Lin Chua said.",  # education: a destination
        "The memorial service will go ahead as planned on Sunday.",  # local: going on
        "The regional office closed the road for repairs on Sunday.",  # transport: a road is no holding
        "Shares in the miner opened lower on Monday.",  # markets: no holding opened
        "The club received a letter from the league.",  # sport: a letter is no holding
        "We've got a job to do in Suva next week, Coach Tevita Fifita said.",  # sport: a task
        "Most of the grant money will go on wages, Ms Oyelaran said.",  # arts: what money is spent on
        "The steel plant went quiet after the shift ended, Mr Bogdan Ilic said.",  # local: a state
        "Around 50 staff posts will go on Friday to the new regional office.",  # labour: moved, not lost
    ],
)
def test_a_neutral_report_stays_neutral(statement_label, text):
    assert statement_label(text) == "neutral"


@pytest.mark.parametrize("entry", sorted(news_lexicon().provisions))
def test_each_verb_of_giving_or_taking_rates_a_holding(statement_label, entry):
    want = "positive" if news_lexicon().provisions[entry] > 0 else "negative"
    assert statement_label(f"Last week the ferry route to Inishmore was {PAST_FORMS[entry]}.") == want


@pytest.mark.parametrize("holding", sorted(news_lexicon().holdings))
def test_each_holding_taken_is_bad_news(statement_label, holding):
    assert statement_label(f"The administrators scrapped the {holding} last week.") == "negative"


@pytest.mark.parametrize("entry", sorted(news_lexicon().departures))
def test_each_verb_of_leaving_loses_a_holding(statement_label, entry):
    past = {"go": "went", "close": "closed", "disappear": "disappeared", "vanish": "vanished"}[entry]
    assert statement_label(f"Last winter the village clinic {past}.") == "negative"
