"""References to cast members across paragraphs: pronouns, descriptions, titles with a surname and bodies
written as "they" or "the club". Each construction is tried on invented mini-articles from several beats."""

from __future__ import annotations

import pytest
from spacy.language import Language

from streams.enrich.extractors.statements import extract_statements
from streams.enrich.nlp import parse
from streams.enrich.pipeline import Enricher
from streams.ingest.article import Article


def spoken_by(nlp: Language, text: str, words: str) -> str | None:
    """The speaker of the one statement whose words hold `words`."""
    found = [s for s in extract_statements(parse(Article(id="t", text=text), nlp)) if words in s.quote]
    assert len(found) == 1, f"{len(found)} statements hold {words!r}"
    return found[0].speaker.name if found[0].speaker else None


# construction → (text, words of the statement, its expected speaker), one invented article per beat
CASES: dict[str, list[tuple[str, str, str | None]]] = {
    "he/she that no subject in focus fits: the person of that gender named nearby": [
        (  # labour
            "Marta Okonkwo, chief executive of Dunmore Foods, met union leader Rafael Ortega on Monday.\n\n"
            '"We are close to a deal," she said after the meeting.\n\n'
            'He was less optimistic. "There is a long way to go," he told reporters.',
            "long way to go",
            "Rafael Ortega",
        ),
        (  # local politics
            "Mayor Anna Lindqvist said she had met developer Karl Brandt twice.\n\n"
            "He said the project would create 500 jobs.",
            "500 jobs",
            "Karl Brandt",
        ),
        (  # business
            "Finance Minister Jonas Berg said he had spoken to central bank governor Sofia Marquez.\n\n"
            "She said interest rates would stay on hold.",
            "on hold",
            "Sofia Marquez",
        ),
    ],
    "he/she when the article gives nobody a gender: the person whose given name fits": [
        (  # agriculture
            "Ana Ruiz said the import ban would hurt small farms. Tom Obi, an analyst at a regional bank, "
            "disagreed with the forecast. She said the cooperative would appeal.",
            "appeal",
            "Ana Ruiz",
        ),
        (  # local politics
            "Priya Nair, the council's housing chief, defended the plan on Monday. Opposition leader Rahul Mehta "
            "called it reckless. She said the homes would be built by 2028.",
            "2028",
            "Priya Nair",
        ),
        (  # sport
            "Coach Lars Berg praised his squad after the win. Striker Ingrid Holm scored twice. "
            "He said the team had worked hard all week.",
            "worked hard",
            "Lars Berg",
        ),
        (  # business
            "Sergei Volkov told reporters the merger was on track. His deputy Olena Shevchenko was more cautious. "
            "He said the regulator would decide by June.",
            "regulator",
            "Sergei Volkov",
        ),
    ],
    "he/she the given name's usual gender contradicts, with no one else named: that person still": [
        (  # sport
            "Nikita Orlov scored twice on Saturday. He said the team deserved the win.",
            "deserved",
            "Nikita Orlov",
        ),
        (  # business
            "Mika Tanaka, the retailer's finance chief, said sales rose in March. She said the outlook was steady.",
            "outlook",
            "Mika Tanaka",
        ),
        (  # local politics
            "Karen Petrosyan, the city's transport director, presented the bus plan. He said fares would not rise.",
            "fares",
            "Karen Petrosyan",
        ),
    ],
    "'the Briton' when the article gives nobody a nationality: the person in focus, of fitting gender": [
        (  # sport
            "Emma Clarke won the 400m final in Rome on Saturday, ahead of Ana Lopez. "
            "The Briton said the crowd had been loud.",
            "crowd",
            "Emma Clarke",
        ),
        (  # business
            "Pierre Lambert, who founded the software firm in 2009, sold his stake on Monday. "
            "The Frenchman said he wanted to spend more time sailing.",
            "sailing",
            "Pierre Lambert",
        ),
        (  # culture: a -man noun is a man, so it never lands on the women in focus
            "Emma Clarke and Ana Lopez opened the festival on Friday. The Frenchman said the stage was too small.",
            "stage",
            None,
        ),
    ],
    "a nation's noun before a full name describes the person and is no part of the name": [
        (  # sport
            "Dane Holger Rune beat Spaniard Carlos Vega in three sets. The Spaniard said he was tired.",
            "tired",
            "Carlos Vega",
        ),
        (  # science
            "Swede Ingrid Holm and Pole Marek Nowak shared the prize. The Swede said the work took ten years.",
            "ten years",
            "Ingrid Holm",
        ),
        (  # culture
            "Briton Tom Hale directed the film. Hale said the budget had been tiny.",
            "budget",
            "Tom Hale",
        ),
    ],
    "'the former minister': the former holder": [
        (  # local politics
            "Former finance minister Elena Petrova criticised the budget on Wednesday.\n\n"
            "Finance Minister Jonas Berg defended it. The former minister said the deficit would grow.",
            "deficit",
            "Elena Petrova",
        ),
        (  # sport
            "Former coach Paolo Greco watched from the stands. Coach Dario Conti said his side had been unlucky.\n\n"
            "The former coach said the team lacked leadership.",
            "lacked leadership",
            "Paolo Greco",
        ),
        (  # business
            "Former chief executive Ruth Bauer sold her shares on Monday. Chief executive Omar Saleh bought more.\n\n"
            "The former chief executive said the company had lost its way.",
            "lost its way",
            "Ruth Bauer",
        ),
    ],
    "'they' after a body as subject: that body": [
        (  # labour
            "The Transport Workers Union rejected the offer on Tuesday.\n\n"
            "They said the pay rise did not match inflation.",
            "inflation",
            "Transport Workers Union",
        ),
        (  # business
            "Brennan Steel cut its forecast on Monday. They said demand from carmakers had slowed.",
            "carmakers",
            "Brennan Steel",
        ),
        (  # local politics: people came between, so "they" are those people, whom the article does not name
            "Dunmore Foods closed its plant on Friday. Workers gathered outside the gates.\n\n"
            "They said they had been given no warning.",
            "no warning",
            None,
        ),
    ],
    "a surname opening a sentence speaks however the parse hung it": [
        (  # diplomacy
            "Foreign Minister Lucia Ferreira met Samuel Kiptoo, Kenya's foreign minister, in Nairobi on Monday.\n\n"
            "Kiptoo said the two countries would sign a trade deal.",
            "trade deal",
            "Samuel Kiptoo",
        ),
        (  # labour
            "Nurses at the hospital walked out on Monday, led by organiser Thandiwe Mbeki.\n\n"
            "Mbeki said the strike would last a week.",
            "last a week",
            "Thandiwe Mbeki",
        ),
        (  # science
            "The study was led by Dr Ngozi Eze at Northgate University.\n\nEze said the results surprised her team.",
            "surprised",
            "Ngozi Eze",
        ),
    ],
    "'the Democrat', 'the Swede': what was set beside a name": [
        (  # local politics
            "Senator Maria Patel, a Democrat from Ohio, said the bill would fail.\n\n"
            "The Democrat said she would vote against it on Thursday.",
            "vote against",
            "Maria Patel",
        ),
        (  # sport
            "Coach Ana Rivera praised goalkeeper Lars Nilsson, a Swede, after the match.\n\n"
            "The Swede said the defence had made his job easy.",
            "job easy",
            "Lars Nilsson",
        ),
        (  # diplomacy
            "Envoy Peter Mwangi, a Kenyan, and envoy Li Wen met in Valletta on Monday.\n\n"
            "The Kenyan said the ceasefire would hold.",
            "ceasefire",
            "Peter Mwangi",
        ),
    ],
    "'the ministry', 'the club': the body named before": [
        (  # sport
            "Eastvale Rovers have sacked their manager after six defeats.\n\n"
            "The club said in a statement that a replacement would be named soon.",
            "replacement",
            "Eastvale Rovers",
        ),
        (  # diplomacy
            "Norway's foreign ministry summoned the ambassador on Tuesday.\n\n"
            "The ministry said in a statement that the remarks were unacceptable.",
            "unacceptable",
            "Norway's foreign ministry",
        ),
        (  # science
            "Kenya's health ministry approved the vaccine on Friday.\n\n"
            "The ministry said the first doses would arrive in May.",
            "first doses",
            "Kenya's health ministry",
        ),
    ],
    "'Peru's president, X': X is the Peruvian president": [
        (  # diplomacy
            "Ukraine's president, Oleksandr Bondar, met Poland's president, Tomasz Nowak, in Warsaw.\n\n"
            "The Ukrainian president said the talks had been productive.",
            "productive",
            "Oleksandr Bondar",
        ),
        (  # business: the owner country of a central bank's governor
            "Kenya's central bank governor, Amina Odhiambo, met Ghana's finance minister, Kofi Mensah.\n\n"
            "The Kenyan governor said rates would stay on hold.",
            "on hold",
            "Amina Odhiambo",
        ),
        (  # sport
            "Brazil's coach, Rui Souza, and Chile's coach, Matias Rojas, spoke before the final.\n\n"
            "The Brazilian coach said his players were ready.",
            "players were ready",
            "Rui Souza",
        ),
    ],
    "'the pair', 'the two men': the people last named": [
        (  # local politics
            "Mayor Anna Lindqvist met Councillor Omar Haddad on Monday.\n\n"
            "The pair said the bus lane would open in June.",
            "bus lane",
            "Anna Lindqvist and Omar Haddad",
        ),
        (  # sport: "men" leaves out the woman the article calls "she"
            "Coach Ana Rivera said she had met striker Luca Bianchi and defender Sam Koh on Monday.\n\n"
            "The two men said they would stay at the club.",
            "stay at the club",
            "Luca Bianchi and Sam Koh",
        ),
        (  # diplomacy
            "Foreign Minister Ingrid Solberg met her counterpart Ebba Lindgren in Oslo.\n\n"
            "The two women said the talks had been useful.",
            "useful",
            "Ingrid Solberg and Ebba Lindgren",
        ),
    ],
    "names read as the kind the clause gives them": [
        (  # sport
            "Harbour City coach Tobias Lindqvist praised striker Amara Diallo after the win on Saturday.\n\n"
            '"She was outstanding from the first minute," he said.\n\n'
            'Diallo, who scored twice, was more modest. "The team made it easy for me," she said.',
            "made it easy",
            "Amara Diallo",
        ),
        (  # sport: a club whose name is a plural proper noun, as "they"
            "Eastvale Rovers lost 3-0 at home on Saturday.\n\nThey said the referee had made several mistakes.",
            "referee",
            "Eastvale Rovers",
        ),
    ],
    "a name its own clause calls 'its' is a body": [
        (  # business
            "Brennan Steel will cut 800 jobs and close its plant in Eastgate, the company said on Thursday.",
            "800 jobs",
            "Brennan Steel",
        ),
        (  # labour
            "Morgan Baxter shut its factory on Friday. Union leader Rafael Ortega said 300 staff lost their jobs.\n\n"
            "The company said it had no choice.",
            "no choice",
            "Morgan Baxter",
        ),
        (  # science: a laboratory as a body, "its" in a coordinated clause
            "Kestrel Labs tested the vaccine and published its results on Monday.\n\n"
            "The firm said the trial had met every goal.",
            "every goal",
            "Kestrel Labs",
        ),
    ],
    "a surname opening a report to someone is its speaker": [
        (  # diplomacy
            "Tesfaye said Ethiopia wanted closer ties.\n\n"
            "Kiptoo told reporters after the meeting that a trade deal could be signed within months.",
            "trade deal",
            "Kiptoo",
        ),
        (  # labour
            "Fiona Walsh and Rafael Ortega led the march.\n\nOrtega told the crowd that the strike would go on.",
            "strike would go on",
            "Rafael Ortega",
        ),
        (  # sport
            "Tom Ferris scored the winner.\n\nFerris told reporters that it was the best goal of his career.",
            "best goal",
            "Tom Ferris",
        ),
    ],
    "'they' after people named as one joint subject: those people": [
        (  # labour
            "Fiona Walsh and Rafael Ortega led the march on Saturday.\n\nThey said the strike would continue.",
            "strike would continue",
            "Fiona Walsh and Rafael Ortega",
        ),
        (  # science
            "Laura Stein and Ravi Menon found the comet in January.\n\nThey said it would be visible until June.",
            "visible until June",
            "Laura Stein and Ravi Menon",
        ),
        (  # labour: people came between, so "they" are those people, whom the article does not name
            "Fiona Walsh and Rafael Ortega led the march on Saturday. Workers cheered.\n\n"
            "They said the strike would continue.",
            "strike would continue",
            None,
        ),
    ],
    "a name after a lower-case trade is a person's, its given name too": [
        (  # sport
            "Sports Minister Kwame Mensah visited the stadium with coach Ana Rivera.\n\n"
            "The coach said her players needed a better pitch.",
            "better pitch",
            "Ana Rivera",
        ),
        (  # business
            "Shares fell after the results. Investors listened to analyst Ana Rivera.\n\n"
            "The analyst said the sell-off was overdone.",
            "overdone",
            "Ana Rivera",
        ),
        (  # science
            "The team worked with geologist Ana Rivera on the survey.\n\n"
            "The geologist said the rocks were older than expected.",
            "older than expected",
            "Ana Rivera",
        ),
    ],
    "a spokesperson owned by a described holder or an institution noun: whom it speaks for": [
        (  # local politics: a possessive role speaks for its holder, as "a spokesman for the governor" does
            "The governor, Robert Kimathi, met the mayor on Monday.\n\n"
            "Talks will resume next week, the governor's spokesman said.",
            "Talks will resume",
            "Robert Kimathi",
        ),
        (  # business
            "Greenline Buses cut eleven routes on Friday.\n\n"
            "A company spokeswoman said it remained open to further discussions.",
            "open to further discussions",
            "Greenline Buses",
        ),
        (  # sport
            "Riverside Rovers sacked their coach on Monday.\n\n"
            "A club spokesman said the search for a successor had begun.",
            "the search for a successor",
            "Riverside Rovers",
        ),
    ],
    "a definite noun the article set beside one name (apposition or title): that person, title word or not": [
        (  # sport
            "Torvald Esk, a shipping tycoon, bought the struggling club on Monday.\n\n"
            '"This club deserves to win again," the tycoon said.',
            "deserves to win",
            "Torvald Esk",
        ),
        (  # business
            "The takeover was announced by billionaire investor Imelda Quarshie.\n\n"
            '"We see real value in the brand," the billionaire said.',
            "real value",
            "Imelda Quarshie",
        ),
        (  # local politics: the "of" phrase the apposition had, or none
            "Rosalind Vantongeren, a mother of two, lost her council flat in March.\n\n"
            '"Nobody told us anything," the mother of two said.',
            "Nobody told us",
            "Rosalind Vantongeren",
        ),
        (  # science
            "Elin Sandvik, a glaciologist, led the survey of the ice shelf.\n\n"
            '"The melt has doubled since 2010," the glaciologist said.',
            "melt has doubled",
            "Elin Sandvik",
        ),
        (  # arts: a noun compounded before the name
            "Sculptor Kenji Morimoto won the city's public art prize on Friday.\n\n"
            '"Bronze forgives nothing," the sculptor said.',
            "Bronze forgives",
            "Kenji Morimoto",
        ),
        (  # business: a copula in a relative clause
            "Maria Lindqvist, who is a shipowner, backed the port expansion.\n\n"
            '"The harbour needs deeper berths," the shipowner said.',
            "deeper berths",
            "Maria Lindqvist",
        ),
        (  # labour: another "of" phrase names someone else
            "Ulrich Brandvold, a father of three, lost his job at the plant.\n\n"
            '"He never came home," the father of the driver said.',
            "never came home",
            None,
        ),
        (  # sport: a noun set beside no one names no one
            "Torvald Esk, a shipping tycoon, bought the club on Monday.\n\n"
            '"It is a sad day," the sculptor said.',
            "sad day",
            None,
        ),
    ],
    "the teenager, the octogenarian: the person written with an age the noun fits": [
        (  # sport
            "Mireille Fontanet, 16, qualified for the final on Sunday.\n\n"
            '"I did not expect this at all," the teenager said.',
            "did not expect",
            "Mireille Fontanet",
        ),
        (  # science
            "The prize went to Oskar Lindgaard (17) for his work on batteries.\n\n"
            '"I started in my garage," the youngster said.',
            "my garage",
            "Oskar Lindgaard",
        ),
        (  # local politics
            "Campaigner Yetunde Afolabi, 15, addressed the council on Tuesday.\n\n"
            '"We will be living with this," the teen said.',
            "living with this",
            "Yetunde Afolabi",
        ),
        (  # labour: an adult is no teenager
            "Mireille Fontanet, 45, qualified for the final on Sunday.\n\n"
            '"I did not expect this at all," the teenager said.',
            "did not expect",
            None,
        ),
        (  # local politics
            "Walter Oyelaran, 84, has run the village shop since 1961.\n\n"
            '"I am not ready to stop," the octogenarian said.',
            "not ready to stop",
            "Walter Oyelaran",
        ),
        (  # sport: no age written, so the noun names no one (and is no name itself)
            "Walter Oyelaran finished the marathon on Sunday.\n\n"
            '"I am not ready to stop," the octogenarian said.',
            "not ready to stop",
            None,
        ),
    ],
    "he/she right after a person introduced without a name: that unnamed person": [
        (  # local politics
            "Mayor Anna Lindqvist thanked Karl Brandt for his work. An engineer inspected the bridge on Tuesday.\n\n"
            "He said it was safe.",
            "it was safe",
            None,
        ),
        (  # business
            "Marta Okonkwo met investors on Monday. She said profits would rise.\n\n"
            "An analyst questioned the forecast. He said costs were rising faster.",
            "costs were rising",
            None,
        ),
        (  # sport: once a he/she came between, the article has moved on to the person named before
            "Coach Ana Rivera praised her players for their spirit. An assistant coach said he was proud of them.\n\n"
            '"We never gave up," she said.',
            "never gave up",
            "Ana Rivera",
        ),
        (  # housing: a thing whose noun also qualifies titles ("home", as in "home secretary") is nobody
            "Architect Ilse Marten designs houses that float. On cost, she was candid. A floating home still costs "
            "about 15% more to build than a normal one, the 51-year-old said, but upkeep closes most of that gap.\n\n"
            '"Buyers panic at the first bill," she said.',
            "Buyers panic",
            "Ilse Marten",
        ),
    ],
}


@pytest.mark.parametrize(
    ("text", "words", "expected"),
    [
        pytest.param(*case, id=f"{construction} #{k}")
        for construction, cases in CASES.items()
        for k, case in enumerate(cases)
    ],
)
def test_a_reference_resolves_to_the_cast_member_it_means(
    nlp: Language, text: str, words: str, expected: str | None
) -> None:
    assert spoken_by(nlp, text, words) == expected


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        (  # sport: the first mention misread as a place, so the surname is all the article names
            "Ana Rivera has coached Harbour City since 2022.\n\n"
            '"We are building something," Coach Rivera said on Friday.',
            "Rivera",
        ),
        ('The budget passed on Monday.\n\n"We have repaired 40 streets," Mayor Lindqvist said.', "Lindqvist"),
        ('Talks resumed on Monday.\n\n"We want peace," Minister Kiptoo said.', "Kiptoo"),  # diplomacy
    ],
)
def test_a_title_before_a_surname_names_a_person_never_a_body(enricher: Enricher, text: str, expected: str) -> None:
    (statement,) = enricher.enrich(Article(id="t", text=text)).statements
    assert statement.speaker is not None
    assert statement.speaker.name == expected


@pytest.mark.parametrize(
    ("text", "title"),
    [
        (  # local politics
            "The governor, Robert Kimathi, met the mayor.\n\n"
            "Talks will resume next week, a spokesman for the governor said.",
            "governor",
        ),
        (  # health
            "Health Minister Amina Yusuf visited the clinic.\n\n"
            "The minister's spokeswoman said the wards would reopen.",
            "Health Minister",
        ),
    ],
)
def test_a_person_speaking_through_a_spokesperson_keeps_their_own_title(nlp: Language, text: str, title: str) -> None:
    """The statement is the principal's: "spokesman" would make the governor his own aide."""
    (statement,) = extract_statements(parse(Article(id="t", text=text), nlp))
    assert statement.speaker is not None
    assert statement.speaker.title == title
