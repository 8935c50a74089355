"""Attribution in market and economic news, disasters, migration, sport
off the pitch and local planning, one row per construction, on texts written
for the test about fictional people."""

from __future__ import annotations

import pytest
from extract_checks import fields, one

from quotes.extract.headline import find_headline

SPEAKERS = [
    pytest.param(
        "One of the tenants said in a filing that he had been evicted.\n\n"
        "Outside the courthouse, Mirela Osk, 29, spoke through an interpreter. "
        "“I have not seen my brother in six weeks,” she said.",
        "I have not seen my brother",
        {"speaker": "Mirela Osk"},
        id="a-name-after-a-fronted-place-phrase-is-the-topic",
    ),
    pytest.param(
        "“People just turned up with blankets,” said volunteer coordinator Ellen Park.",
        "People just turned up",
        {"speaker": "Ellen Park", "role": "volunteer coordinator"},
        id="a-surname-like-a-place-after-a-role-is-a-person",
    ),
    pytest.param(
        "“We had no warning at all,” said goalkeeper Tom Hall.",
        "We had no warning",
        {"speaker": "Tom Hall", "role": "goalkeeper"},
        id="a-player-s-position-before-a-name-is-the-role",
    ),
    pytest.param(
        "“The water rose in minutes,” said evacuee Dana Wright.",
        "The water rose",
        {"speaker": "Dana Wright", "role": "evacuee"},
        id="an-evacuee-in-lower-case-before-a-name",
    ),
    pytest.param(
        "A cut is now likely, according to Pavel Renko, head of macro research at Eastgate Advisers. "
        "He said traders had moved early.",
        "traders had moved early",
        {"speaker": "Pavel Renko", "role": "head of macro research", "affiliation": "Eastgate Advisers"},
        id="the-body-after-at-ends-with-its-sentence",
    ),
    pytest.param(
        "A man sitting beside her, who gave his name only as Dawit, said he had applied 30 times. "
        "“Every day, the same message,” he said.",
        "Every day, the same message",
        {"speaker": "Dawit", "role": None},
        id="the-name-a-man-gave-only-as",
    ),
    pytest.param(
        "A conductor at the bus stage, who gave his name only as Kito, said passengers were angry. "
        "“I do not set the price,” he said.",
        "I do not set the price",
        {"speaker": "Kito", "role": "conductor"},
        id="the-name-a-man-placed-by-a-phrase-gave-only-as",
    ),
    pytest.param(
        "One woman, who would give only her first name, Selam, said she was afraid to go back.",
        "she was afraid",
        {"speaker": "Selam", "role": None},
        id="the-first-name-a-woman-would-give",
    ),
    pytest.param(
        "“We have nothing left,” said a fisherman who identified himself only as Tomas.",
        "We have nothing left",
        {"speaker": "Tomas", "role": "fisherman"},
        id="the-name-a-fisherman-identified-himself-as",
    ),
    pytest.param(
        "Developer Greystone Estates says the scheme would bring jobs.\n\n"
        "“The site has drawn vandals for years,” said Greystone's planning director, Amir Khan.",
        "The site has drawn vandals",
        {"speaker": "Amir Khan", "role": "planning director", "affiliation": "Greystone Estates"},
        id="a-post-owned-by-a-body-named-before-by-its-first-word",
    ),
    pytest.param(
        "Kestrel Homes' managing director, Simon Pratt, said the height had been cut.",
        "the height had been cut",
        {"speaker": "Simon Pratt", "role": "managing director", "affiliation": "Kestrel Homes"},
        id="a-post-owned-by-a-plural-possessive-body",
    ),
    pytest.param(
        "Mara Venn's lawyer said the eviction notice was invalid.",
        "the eviction notice was invalid",
        {"speaker": "Mara Venn's lawyer"},
        id="the-lawyer-not-the-owner-of-the-possessive-speaks",
    ),
    pytest.param(
        "Ana Harris' lawyer, Tom Bell, said the eviction notice was invalid.",
        "the eviction notice was invalid",
        {"speaker": "Tom Bell"},
        id="the-name-apposed-to-a-plural-possessive-description-speaks",
    ),
    pytest.param(
        "Stig Aalen said fans were happy. “Jonas never left,” he said.\n\n"
        "Pundit and former Vell captain Hege Brandt was less convinced. “He has not played in months,” she said.",
        "He has not played",
        {"speaker": "Hege Brandt"},
        id="two-titles-joined-by-and-before-the-topic-s-name",
    ),
    pytest.param(
        "Among those leaving was Yonas, 24, from Eritrea, who said he had lived at the hotel for 11 months.",
        "he had lived at the hotel",
        {"speaker": "Yonas"},
        id="who-after-an-age-and-a-home-country-is-the-person",
    ),
    pytest.param(
        "“Rents will keep rising,” said Ana Lind of Vell Securities, who said supply had stalled.",
        "supply had stalled",
        {"speaker": "Ana Lind"},
        id="who-after-the-body-a-person-is-of-is-the-person",
    ),
    pytest.param(
        "The Ostmark Retail Federation, which represents 4,000 shops, called on the government to cut business rates.",
        "to cut business rates",
        {"speaker": "Ostmark Retail Federation"},
        id="a-verb-after-a-relative-aside-is-the-described-body-s",
    ),
    pytest.param(
        "Bellhaven manager defends rotation after cup exit\n\n"
        "Bellhaven manager Ingrid Sola said she would rest five regulars again.",
        "she would rest five regulars",
        {"speaker": "Ingrid Sola", "role": "Bellhaven manager"},
        id="a-headline-s-description-is-no-name-inside-the-body-s-title",
    ),
    pytest.param(
        "Economists at Fenwick Partners wrote in a note to clients that the slowdown was broad.",
        "the slowdown was broad",
        {"speaker": "Fenwick Partners", "speaker_kind": "organization"},
        id="a-group-at-a-firm-speaks-for-it",
    ),
]


DATA_MAKERS = [
    pytest.param(
        "Employers added 90,000 jobs, fewer than forecasters had expected, according to data released "
        "by the Varn Statistics Bureau on Friday.",
        "Employers added 90,000 jobs",
        {"speaker": "Varn Statistics Bureau"},
        id="the-ad-of-had-is-no-document",
    ),
    pytest.param(
        "Home prices rose 4 percent, according to a report published Tuesday by Kell Realty.",
        "Home prices rose",
        {"speaker": "Kell Realty"},
        id="a-day-between-published-and-by",
    ),
    pytest.param(
        "Prices rose 3 percent, according to figures from the Office for Varn Statistics.",
        "Prices rose 3 percent",
        {"speaker": "Office for Varn Statistics"},
        id="figures-from-a-body-named-with-for",
    ),
    pytest.param(
        "The Institute for Fiscal Research said taxes would rise next year.",
        "taxes would rise",
        {"speaker": "Institute for Fiscal Research", "speaker_kind": "organization"},
        id="a-body-named-with-for-says",
    ),
    pytest.param(
        "“Prices rose in every region,” said the Office for Varn Statistics.",
        "Prices rose in every region",
        {"speaker": "Office for Varn Statistics", "speaker_kind": "organization"},
        id="said-a-body-named-with-for",
    ),
    pytest.param(
        "Bank of Varnland Governor Ilse Marwood said rates would stay on hold.",
        "rates would stay",
        {"speaker": "Ilse Marwood"},
        id="a-body-named-with-of-before-a-title-and-a-name",
    ),
    pytest.param(
        "“Wages are rising,” said Marta Oyel, chief economist at Calder Bank.\n\n"
        "The Central Bank of Varnland said in a statement that it would act as needed.",
        "it would act as needed",
        {"speaker": "Central Bank of Varnland"},
        id="another-body-s-noun-named-before-is-no-surname",
    ),
    pytest.param(
        "“Demand is cooling,” wrote Ada Krell for Norvik Research. “Only 9 percent of firms plan to hire.”",
        "Only 9 percent",
        {"speaker": "Ada Krell"},
        id="the-outlet-after-for-is-no-part-of-the-writer-s-name",
    ),
]


DATELINES = [
    pytest.param(
        "PINECREST, Calder County - More than 4,000 residents were ordered to evacuate Sunday as a wildfire spread.",
        "to evacuate",
        None,
        id="people-ordered-to-leave-after-a-dateline-say-nothing",
    ),
    pytest.param(
        "PINECREST, Calder County - Fire crews said the blaze was contained by noon.",
        "the blaze was contained",
        "Fire crews",
        id="the-county-of-a-dateline-is-no-part-of-the-speaker",
    ),
]

DATELINE_CONTENTS = [
    pytest.param(
        "PORT AVERY, Fla. (Gulf Daily) — Hurricane Lena came ashore early Thursday, the hurricane center said.",
        "Hurricane Lena came ashore early Thursday",
        id="a-state-s-full-stop-and-an-agency-in-brackets",
    ),
    pytest.param(
        "KELLMOOR (Vell Wire) — The river crested at 9 metres overnight, the agency said.",
        "The river crested at 9 metres overnight",
        id="an-agency-in-brackets",
    ),
]


@pytest.mark.parametrize("text, content", DATELINE_CONTENTS)
def test_a_dateline_is_no_part_of_what_was_said(quotes_of, text, content):
    assert [q.text for q in quotes_of(text)] == [content]


@pytest.mark.parametrize("text, words, mention", DATELINES)
def test_after_a_dateline_with_a_region(quotes_of, text, words, mention):
    found = [q for q in quotes_of(text) if words in q.text]
    assert [text[q.speaker_start : q.speaker_end] for q in found] == ([mention] if mention else [])


@pytest.mark.parametrize("text, words, expected", DATA_MAKERS)
def test_who_released_the_data(quotes_of, text, words, expected):
    quote = one(quotes_of(text), words)
    assert fields(quote, expected) == expected


@pytest.mark.parametrize("text, words, expected", SPEAKERS)
def test_who_said_it(quotes_of, text, words, expected):
    quote = one(quotes_of(text), words)
    assert fields(quote, expected) == expected


HEADLINES = [
    pytest.param(
        "Stranded on the bridge: families wait in limbo\n\nUnder a tarp, Amina Yusef counted the days.",
        None,
        id="a-participle-the-story-never-names-is-no-source",
    ),
    pytest.param(
        "Moreau: I am staying at Bellport\n\nBellport manager Claude Moreau said he would stay.",
        "Moreau",
        id="a-surname-the-story-names-is-the-source",
    ),
    pytest.param(
        "Survey: Most renters expect to move within a year\n\nA new survey of 2,000 tenants found that most expect to move.",
        "Survey",
        id="a-noun-the-story-writes-in-lower-case-is-the-source",
    ),
    pytest.param(
        "Storm Idris: thousands without power as gusts batter coast\n\nStorm Idris brought gusts of 90mph.",
        None,
        id="a-storm-is-no-source",
    ),
]


@pytest.mark.parametrize("text, source", HEADLINES)
def test_headline_source(text, source):
    assert [q.speaker for q in find_headline(text)] == ([source] if source else [])
