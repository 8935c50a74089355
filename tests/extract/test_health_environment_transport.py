"""Attribution in health, environment, farming and transport news, one row per
construction, on texts written for the test about fictional people."""

from __future__ import annotations

import pytest
from extract_checks import one

SPEAKERS = [
    pytest.param(
        "“I have never sold calves in June,” said Per Aasen, who farms near Holmdal.",
        "I have never sold calves",
        {"speaker": "Per Aasen", "mention": "Per Aasen"},
        id="a-given-name-the-tagger-reads-as-a-preposition",
    ),
    pytest.param(
        "A passenger train derailed near Haldby on Sunday evening, injuring 14 people, "
        "two of them seriously, police and the rail operator said.",
        "A passenger train derailed",
        {"speaker": "police"},
        id="a-count-of-the-injured-is-no-source",
    ),
    pytest.param(
        "The mill's owner, Brakstad, said it would appeal the fine.",
        "it would appeal",
        {"speaker": "Brakstad", "speaker_kind": "organization"},
        id="a-one-word-name-apposed-to-an-owner-is-a-body",
    ),
    pytest.param(
        "The operator, Westlink, said in a statement that it was working with investigators.",
        "it was working",
        {"speaker": "Westlink", "speaker_kind": "organization"},
        id="a-one-word-name-apposed-to-an-operator-is-a-body",
    ),
    pytest.param(
        "The vaccine's maker, Orrin Pharma, said it would publish the data. "
        "“We stand by the trial,” the company said.",
        "We stand by the trial",
        {"speaker": "Orrin Pharma", "speaker_kind": "organization"},
        id="a-company-apposed-to-a-maker-is-the-company-that-speaks-later",
    ),
    pytest.param(
        "The cafe's owner, Tove Lind, said it would close. “It is over,” she said.",
        "It is over",
        {"speaker": "Tove Lind", "speaker_kind": "person", "role": "cafe's owner"},
        id="a-person-apposed-to-an-owner-is-still-a-person",
    ),
    pytest.param(
        "A spokeswoman for the Dunmere health department, Hedda Vik, said the clinic would reopen.",
        "the clinic would reopen",
        {"speaker": "Hedda Vik", "role": "spokeswoman", "affiliation": "Dunmere health department"},
        id="a-place-and-a-lower-case-body-are-the-affiliation",
    ),
    pytest.param(
        "Jon Rask, a firefighter with the Tessel fire service, said the blaze was out.",
        "the blaze was out",
        {"speaker": "Jon Rask", "role": "firefighter", "affiliation": "Tessel fire service"},
        id="a-lower-case-service-after-a-place-is-the-affiliation",
    ),
    pytest.param(
        "“We saw sparks under the train for a minute before it happened,” said Tuva Rustad, "
        "who was walking her dog near the tracks.",
        "We saw sparks",
        {"speaker": "Tuva Rustad", "role": None},
        id="a-relative-clause-after-a-witness-is-no-role",
    ),
    pytest.param(
        "Feed costs have tripled since March, according to the Lowland Growers' Co-operative.",
        "Feed costs have tripled",
        {"speaker": "Lowland Growers' Co-operative", "speaker_kind": "organization"},
        id="a-plural-possessive-inside-a-body-s-name",
    ),
    pytest.param(
        "Milk prices fell in May, according to the Aldby Dairy Co-operative. "
        "Its chairman, Rolf Tangen, said members were losing money.",
        "members were losing money",
        {"speaker": "Rolf Tangen", "role": "chairman", "affiliation": "Aldby Dairy Co-operative"},
        id="a-co-operative-is-a-body-its-chairman-speaks-for",
    ),
    pytest.param(
        "The mill's owner, Brakstad, said it would appeal. "
        "Brakstad's chief executive, Hilde Aune, said the company had replaced every pipe.",
        "the company had replaced",
        {"speaker": "Hilde Aune", "role": "chief executive", "affiliation": "Brakstad"},
        id="a-body-s-possessive-before-a-post-is-the-affiliation",
    ),
    pytest.param(
        "Ansel Kobb was charged in May. Kobb's lawyer, Lisa Tarn, said the charges were false.",
        "the charges were false",
        {"speaker": "Lisa Tarn", "role": "Kobb's lawyer", "affiliation": None},
        id="a-person-s-possessive-is-a-relation-no-affiliation",
    ),
    pytest.param(
        "“The roof just fell,” the woman, who asked not to be named, told the Vell Courier.",
        "The roof just fell",
        {"cue": "told", "addressee": "Vell Courier"},
        id="a-relative-clause-on-the-speaker-is-no-cue",
    ),
    pytest.param(
        "The report said the driver had been tired. "
        "“Nobody checked his hours,” said Oda Brun, the board's lead investigator.",
        "Nobody checked his hours",
        {"speaker": "Oda Brun", "affiliation": None},
        id="a-report-that-spoke-is-no-board",
    ),
    pytest.param(
        "Aslak Turi leads the herders. In a filing last year, the grazing district wrote that "
        "the pylons would cut the pastures in two.",
        "the pylons would cut",
        {"speaker": "grazing district", "speaker_kind": "organization"},
        id="a-district-described-in-lower-case-is-a-body",
    ),
    pytest.param(
        "Tora Lind, a nurse, arrived first. A witness said the bus never slowed. “It was loud,” he said.",
        "It was loud",
        {"speaker": "witness", "speaker_kind": "anonymous"},
        id="a-witness-is-no-woman",
    ),
    pytest.param(
        "A passenger said the carriage tipped over. “Then there was nothing,” the man, "
        "who asked not to be named, told the Vell Courier.",
        "Then there was nothing",
        {"speaker": "passenger", "cue": "told"},
        id="the-man-is-the-unnamed-passenger-who-spoke",
    ),
    pytest.param(
        "Tora Lind, a nurse, said the ward was full. “It was chaos,” the man said.",
        "It was chaos",
        {"speaker": "man"},
        id="the-man-is-no-named-woman",
    ),
    pytest.param(
        "Under the fund's rules, farmers must show losses of at least 30 percent, "
        "a spokesman for the Agriculture Directorate said.",
        "farmers must show",
        {"speaker": "Agriculture Directorate", "cue": "said"},
        id="what-someone-must-show-is-no-finding-of-theirs",
    ),
    pytest.param(
        "The depot’s owner, Brakstad Energy, said fuel deliveries to petrol stations in the region "
        "had been delayed by several hours.",
        "had been delayed",
        {"text": "fuel deliveries to petrol stations in the region had been delayed by several hours"},
        id="a-subject-the-parse-takes-for-the-cue-s-object-stays-in-the-clause",
    ),
    pytest.param(
        "The study's lead author, Dr. Oda Rosvik of the University of Tessel, said the effect was small.",
        "the effect was small",
        {"speaker": "Oda Rosvik", "role": "study's lead author", "affiliation": "University of Tessel"},
        id="a-body-after-the-name-apposed-to-a-description",
    ),
    pytest.param(
        "A spokesman for the Tessel Health Directorate said the clinic would reopen in May.",
        "the clinic would reopen",
        {"speaker": "Tessel Health Directorate", "affiliation": "Tessel Health Directorate"},
        id="a-directorate-is-a-body",
    ),
    pytest.param(
        "“Every month the bill is bigger,” said Anna Kvist, who has run the bakery for 15 years "
        "with her husband, Erik.\n\nHer husband said they had cut opening hours.",
        "they had cut opening hours",
        {"speaker": "Erik", "role": "husband"},
        id="a-relative-named-by-the-given-name-alone-speaks-later",
    ),
    pytest.param(
        "Passenger Liv Holm, 52, was in the cafeteria when the ferry hit. “There was a huge bang,” she said.",
        "There was a huge bang",
        {"speaker": "Liv Holm", "role": "Passenger"},
        id="a-passenger-before-a-name-is-a-role",
    ),
    pytest.param(
        "A study published last year found that wild bee numbers had fallen by a third. "
        "Its lead author, Prof. Elin Dahl, said the ban was long overdue.",
        "the ban was long overdue",
        {"speaker": "Elin Dahl", "role": "lead author", "affiliation": None},
        id="a-study-is-no-affiliation-of-its-author",
    ),
    pytest.param(
        "“The evidence is strong enough to act,” said the authority's head of plant protection, Dr. Marius Eng.",
        "The evidence is strong",
        {"speaker": "Marius Eng", "role": "authority's head of plant protection"},
        id="a-post-with-an-of-phrase-before-the-name-is-the-role",
    ),
    pytest.param(
        "Coast guard spokesman Lt. Jonas Berg said visibility was less than 50 metres.",
        "visibility was less",
        {"speaker": "Jonas Berg", "role": "Coast guard spokesman"},
        id="a-rank-after-the-office-in-words-is-no-part-of-the-role",
    ),
    pytest.param(
        "In a letter to the union, seen by the Vellby Post, the company's chief operating officer, "
        "Anders Moe, wrote that the walkout breached the workers' contract.",
        "the walkout breached",
        {"speaker": "Anders Moe", "cue": "wrote"},
        id="a-name-before-a-cue-the-parse-left-without-subject",
    ),
    pytest.param(
        "Environmental lawyer Mette Krohn, who is not involved in the case, said the charges looked strong.",
        "the charges looked strong",
        {"speaker": "Mette Krohn", "role": "Environmental lawyer"},
        id="who-is-not-involved-is-no-role",
    ),
    pytest.param(
        "Baltic Cargo Lines denied wrongdoing. In a statement, the firm said the figures were a software error.",
        "the figures were a software error",
        {"speaker": "Baltic Cargo Lines", "speaker_kind": "organization"},
        id="lines-ends-a-company-s-name",
    ),
    pytest.param(
        "A shipping company under-reported its fuel, the climate agency alleged on Monday. "
        "Baltic Cargo Lines denied wrongdoing. In a statement, the company said the figures "
        "were the result of a software error.",
        "the figures were the result",
        {"speaker": "Baltic Cargo Lines"},
        id="the-company-is-the-named-body-that-spoke-since-the-lead-described-one",
    ),
    pytest.param(
        "Kvikkmat said it had removed the leaves from all 300 stores. The mother of the 4-year-old, "
        "who asked that her name not be used, said the girl had been in hospital for five days. "
        "“She is home now,” the mother said.",
        "She is home now",
        {"speaker": "mother", "speaker_kind": "anonymous"},
        id="the-mother-of-someone-is-someone-new",
    ),
    pytest.param(
        "Supermarket chain Kvikkmat, which sold the leaves, said it had removed them from its stores. "
        "“Customers should throw it away,” the company said.",
        "Customers should throw it away",
        {"speaker": "Kvikkmat", "speaker_kind": "organization"},
        id="a-chain-before-its-name-is-a-business",
    ),
    pytest.param(
        "The grid operator, Vellnett, asked households to cut electricity use between 5 p.m. and 8 p.m. "
        "“We have enough capacity if people are careful,” its spokeswoman, Linn Aasen, said.",
        "households to cut",
        {"speaker": "Vellnett"},
        id="a-sentence-before-a-quotation-is-no-content-of-the-cue-after-it",
    ),
    pytest.param(
        "Guro Lie said three posts had been left vacant.\n\nAbout 300 people protested outside. "
        "Among them was Siri Holm, who is eight months pregnant. "
        "“What happens if the baby comes on the road?” she asked.",
        "What happens if the baby",
        {"speaker": "Siri Holm", "role": None},
        id="among-them-was-introduces-whom-she-stands-for",
    ),
    pytest.param(
        "Ada Rustad, who is a nurse at Vell Clinic, said she saw sparks under the train.",
        "she saw sparks",
        {"speaker": "Ada Rustad", "role": "nurse", "affiliation": "Vell Clinic"},
        id="who-is-and-an-article-opens-a-role",
    ),
]


@pytest.mark.parametrize("text, words, expected", SPEAKERS)
def test_who_said_it(quotes_of, text, words, expected):
    quote = one(quotes_of(text), words)
    found = {field: getattr(quote, field) for field in expected if field != "mention"}
    if "mention" in expected:
        assert quote.speaker_start is not None and quote.speaker_end is not None
        found["mention"] = text[quote.speaker_start : quote.speaker_end]
    assert found == expected


NOT_QUOTES = [
    pytest.param(
        "Storm closes ferry route; river expected to peak on Sunday\n\nThe Vell ferry did not sail on Friday.",
        "to peak",
        id="a-headline-s-expected-is-nobody-s-view",
    ),
    pytest.param(
        "Residents are divided. Some welcome the jobs; others fear for tourism.",
        "Some welcome the jobs",
        id="a-clause-before-a-semicolon-is-no-content-of-the-verb-after-it",
    ),
    pytest.param(
        "A drugmaker on Tuesday recalled 1.2 million packs of a common blood thinner after tests "
        "found some tablets contained twice the labelled dose.",
        "packs",
        id="goods-recalled-are-no-memory-told",
    ),
    pytest.param(
        "VELL CITY — Emergency rooms treated more than 600 people for heat-related illness over the "
        "weekend as temperatures topped 38C for a third day, health officials said Monday.",
        "VELL CITY",
        id="a-dateline-the-parse-makes-a-clause-is-no-content",
    ),
]


@pytest.mark.parametrize("text, words", NOT_QUOTES)
def test_nobody_s_words(quotes_of, text, words):
    assert not [quote.text for quote in quotes_of(text) if words in quote.text]
