"""Attribution in international and translated wire copy: names with
particles and family names first, officials relayed by ministries and state
media, one row per construction, on texts written for the test about
fictional people."""

from __future__ import annotations

import pytest
from extract_checks import fields, holding

SPEAKERS = [
    pytest.param(
        "Talks to resume\n\nSEOUL — South Korean President Ryu Jae-in said on Monday that talks would resume.",
        "talks would resume",
        {"speaker": "Ryu Jae-in"},
        id="a-hyphened-name-after-a-dateline-speaks",
    ),
    pytest.param(
        "Talks\n\n“We are ready,” said Dara Venn.\n\n“It is a provocation,” said Paek Soo-ah.",
        "a provocation",
        {"speaker": "Paek Soo-ah"},
        id="a-hyphened-given-name-the-parse-ends-on-an-interjection",
    ),
    pytest.param(
        "The Morvanian water minister, Omar bin Saleh al-Rashidi, said through an interpreter "
        "that his country would not accept the plan.",
        "would not accept",
        {"speaker": "Omar bin Saleh al-Rashidi", "role": "Morvanian water minister"},
        id="an-arabic-name-with-bin-and-al-is-whole",
    ),
    pytest.param(
        "Judge Leila bint Khalid al-Mansouri told state media that the recount would take ten days.",
        "recount would take",
        {"speaker": "Leila bint Khalid al-Mansouri", "role": "Judge"},
        id="bint-is-a-particle-inside-a-name",
    ),
    pytest.param(
        "Spokesperson Lin Qiaoyu said the claims were baseless.\n\n"
        "The water minister, Omar bin Saleh al-Rashidi, said the river was low.\n\n"
        "“We have waited long enough,” al-Rashidi told reporters.",
        "waited long enough",
        {"speaker": "Omar bin Saleh al-Rashidi", "role": "water minister"},
        id="a-surname-with-the-arabic-article-is-the-full-name",
    ),
    pytest.param(
        "The envoy, Ambassador Henrik van der Meulen, said talks would resume.\n\n"
        "“Both sides are ready,” van der Meulen told journalists.",
        "Both sides are ready",
        {"speaker": "Henrik van der Meulen"},
        id="a-surname-with-particles-is-the-full-name",
    ),
    pytest.param(
        "Opposition leader Marta da Conceição dos Santos left prison on Friday.\n\n"
        "Dos Santos told state television that she bore no hatred.",
        "she bore no hatred",
        {"speaker": "Marta da Conceição dos Santos"},
        id="a-particle-capitalised-at-the-start-of-a-sentence-is-still-the-surname",
    ),
    pytest.param(
        "Von Essen, the head of the aid group, said supplies had reached half of the camps.\n\n"
        "“We feed people one week at a time,” Klaus von Essen said in a statement.",
        "supplies had reached",
        {"speaker": "Klaus von Essen"},
        id="a-particled-surname-before-the-full-name-is-the-full-name",
    ),
    pytest.param(
        "Park Ji-hoon, a professor at Hanbit University, said both governments were playing to voters.\n\n"
        "Another expert, Park Soo-min of the Asan Policy Centre, disagreed. “This is about fish,” Park said.",
        "about fish",
        {"speaker": "Park Soo-min", "affiliation": "Asan Policy Centre"},
        id="a-shared-family-name-is-the-one-named-last",
    ),
    pytest.param(
        "Park Ji-hoon, a professor at Hanbit University, said both governments were playing to voters.\n\n"
        "“This is about votes,” Park said.",
        "about votes",
        {"speaker": "Park Ji-hoon"},
        id="a-family-name-is-the-one-person-who-has-it",
    ),
    pytest.param(
        "Budi Pranoto, the son of the late ruler, returned on Saturday.\n\n"
        "The state news agency quoted him as saying he had come home to serve.",
        "come home to serve",
        {"speaker": "Budi Pranoto", "kind": "indirect"},
        id="whom-an-agency-quotes-as-saying-is-the-speaker-a-pronoun-too",
    ),
    pytest.param(
        "Budi Pranoto, the son of the late ruler, returned on Saturday.\n\n"
        "The agency quoted him as saying: “I came home to serve.”",
        "I came home",
        {"speaker": "Budi Pranoto", "kind": "direct"},
        id="whom-an-agency-quotes-as-saying-speaks-the-quote-after-the-colon",
    ),
    pytest.param(
        "Rafael Cruz-Lima, a senator, said he would run. Critics mocked a photo of Ana Cruz-Lima taken in May.\n\n"
        "“I will not answer that,” Cruz-Lima said.",
        "will not answer",
        {"speaker": "Rafael Cruz-Lima"},
        id="a-namesake-named-in-passing-does-not-take-the-surname",
    ),
    pytest.param(
        "Pranoto, the only son of the late ruler, returned on Saturday, the state news agency Antarra "
        "reported.\n\nThe agency quoted him as saying he had come home to serve.",
        "come home to serve",
        {"speaker": "Pranoto"},
        id="a-single-name-with-a-description-is-a-person-and-an-agency-is-not",
    ),
    pytest.param(
        "Nguyen Van Thanh, a fisheries official attending a regional meeting in Seoul, said the disputes "
        "recur every year.",
        "disputes recur",
        {"speaker": "Nguyen Van Thanh", "role": "fisheries official", "affiliation": None},
        id="a-participle-with-its-object-ends-the-role",
    ),
    pytest.param(
        "At least nine people died in the clashes, the health ministry said.\n\n"
        "The interior ministry said in a statement that 112 people had been arrested.",
        "112 people",
        {"speaker": "interior ministry"},
        id="a-ministry-is-not-another-ministry-named-before",
    ),
    pytest.param(
        "Carla Fiore, the chief executive, said the deal was right. She told her husband, Franco Fiore, "
        "that it would be ugly.\n\n“It is a fight,” Fiore said.",
        "It is a fight",
        {"speaker": "Carla Fiore"},
        id="a-relative-sharing-the-surname-does-not-take-it",
    ),
    pytest.param(
        "Interior Minister Carlos Eduardo Gutiérrez Mendoza said the release was routine.\n\n"
        "“No embassy decides who is in our prisons,” Gutiérrez Mendoza told reporters.",
        "No embassy decides",
        {"speaker": "Carlos Eduardo Gutiérrez Mendoza", "role": "Interior Minister"},
        id="a-double-surname-is-the-full-name",
    ),
    pytest.param(
        "A court sentenced former army chief Luis Alberto Fernández de Castro to 25 years.\n\n"
        "Fernández de Castro, who lives in exile, called the trial “a political show” in a letter.",
        "called the trial",
        {"speaker": "Luis Alberto Fernández de Castro"},
        id="a-double-surname-joined-by-a-particle-is-the-full-name",
    ),
    pytest.param(
        "“Blood only brings more blood,” Ayatollah Mahmoud Rahimi-Nejad said in a sermon.",
        "more blood",
        {"speaker": "Mahmoud Rahimi-Nejad", "role": "Ayatollah"},
        id="ayatollah-is-a-title",
    ),
    pytest.param(
        "Imam Yusuf al-Hakim told worshippers that the country needed healing.",
        "needed healing",
        {"speaker": "Yusuf al-Hakim", "role": "Imam"},
        id="imam-is-a-title",
    ),
    pytest.param(
        "“Summits are easy,” said Paek Min-ho, a former negotiator.",
        "Summits are easy",
        {"speaker": "Paek Min-ho", "role": "former negotiator"},
        id="a-hyphened-given-name-the-parse-cuts-is-whole",
    ),
    pytest.param(
        "North Varean leader Ri Chol-su, according to a translation released by the state news agency, "
        "said the meeting was a first step.",
        "first step",
        {"speaker": "Ri Chol-su", "kind": "indirect"},
        id="a-translation-of-someones-words-is-no-source",
    ),
    pytest.param(
        "“Noor is home,” the editor, Salim Harthy, said.\n\n"
        "In a post on Facebook, Noor's brother, Khalid Siyabi, wrote: “Six months without a lawyer.”",
        "without a lawyer",
        {"speaker": "Khalid Siyabi"},
        id="a-name-in-apposition-the-parse-hangs-on-a-phrase-before-is-the-writer",
    ),
    pytest.param(
        "Minister Ewa Lis met the farmers. She told them the government would seek a ban on imports, "
        "according to Jan Zielinski, who heads the union.",
        "seek a ban",
        {"speaker": "Ewa Lis", "text": "the government would seek a ban on imports"},
        id="according-to-whoever-relays-it-is-no-part-of-the-words",
    ),
    pytest.param(
        "In a survey released last week, 79 percent of voters said they were satisfied.",
        "they were satisfied",
        {"speaker": "survey"},
        id="a-poll-in-which-a-share-of-people-said-something-is-the-source",
    ),
    pytest.param(
        "Opposition leader Marta Dos Reis left prison on Friday, her lawyer said.\n\n"
        "“She is tired but well,” said the lawyer, Joaquim Pereira da Silva.",
        "left prison",
        {"speaker": "Joaquim Pereira da Silva", "role": "her lawyer"},
        id="her-lawyer-is-the-name-the-article-gives-the-lawyer-next",
    ),
]


@pytest.mark.parametrize("text, words, expected", SPEAKERS)
def test_who_said_it(quotes_of, text, words, expected):
    quote = holding(quotes_of(text), words)
    assert fields(quote, expected) == expected


NOT_QUOTES = [
    pytest.param(
        "Human rights group Desert Watch said in a report that security forces had used live ammunition.",
        "Desert Watch said",
        id="the-report-someone-said-it-in-reports-nothing-of-its-own",
    ),
]


@pytest.mark.parametrize("text, words", NOT_QUOTES)
def test_words_that_are_nobodys_quote(quotes_of, text, words):
    assert not [q for q in quotes_of(text) if words in q.text]
