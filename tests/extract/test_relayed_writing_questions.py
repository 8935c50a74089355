"""Attribution of written words someone else relays, of questions the press
puts, of pronouns after a group spoke and of partial quotes sharing their
paraphrase's cue, one row per construction, and rows of ordinary text each
rule must leave alone, on texts written for the test about fictional people."""

from __future__ import annotations

import pytest
from extract_checks import fields, one

from quotes.extract.partials import attach_partials
from quotes.records import Quote

MESSAGES = """Treasurer on trial

Prosecutor Neil Rand showed jurors text messages he said Ada Crane had sent to her brother in 2022.

"They will look at the fund," one message read, according to a slide shown in court.

Another, sent two days later, said: "Say the roofer got cash."
"""

RELAYED = [
    pytest.param(
        MESSAGES,
        "They will look at the fund",
        {"speaker": "Ada Crane", "cue": "read"},
        id="one-of-the-messages-a-clause-says-someone-sent",
    ),
    pytest.param(
        MESSAGES,
        "Say the roofer got cash.",
        {"speaker": "Ada Crane", "cue": "said"},
        id="another-after-one-message-is-another-of-them",
    ),
    pytest.param(
        "Feud\n\nAnsel Kobb read out letters from Mara Venn in court. "
        '"You will regret this," one of the letters said.\n',
        "You will regret this",
        {"speaker": "Mara Venn"},
        id="one-of-the-letters-from-someone",
    ),
    pytest.param(
        'Row\n\n"They will look at the fund," one message read. Nobody knows who wrote it.\n',
        "They will look at the fund",
        {"speaker": "one message"},
        id="a-message-whose-writer-is-not-named-stays-the-message",
    ),
    pytest.param(
        'Nurses strike\n\n"It was hard," one nurse said. Another said: "We coped."\n',
        "We coped.",
        {"speaker": "Another"},
        id="another-after-a-person-is-no-message",
    ),
    pytest.param(
        'Lease\n\nThe shop owners got a letter from Mr. Nils Berg in March. "Your lease ends in June," the letter said.\n',
        "Your lease ends in June",
        {"speaker": "Nils Berg"},
        id="a-writer-after-a-title-with-a-full-stop",
    ),
    pytest.param(
        "Dock\n\nPolice read texts from Friday night on the phone of Ola Brenn. "
        '"Meet me at the dock," one text said.\n',
        "Meet me at the dock",
        {"speaker": "one text"},
        id="messages-from-a-day-name-no-writer",
    ),
    pytest.param(
        "Theft\n\nHer sister received emails from Ina Roe's account after it was hacked. "
        '"Send money now," one email said.\n',
        "Send money now",
        {"speaker": "one email"},
        id="messages-from-an-owners-thing-name-no-writer",
    ),
    pytest.param(
        "Farm\n\nNils Berg had letters from Ola Brenn for years. He kept none of them. Later a letter came from "
        'the bank. "Your loan is due," the letter said.\n',
        "Your loan is due",
        {"speaker": "letter"},
        id="messages-from-someone-sentences-before-another-message",
    ),
    pytest.param(
        'Club\n\nMembers got emails from Tessel Rovers on Monday. "Fees will rise," one email said. Members at the '
        'gate were angry. "It is robbery," said another.\n',
        "It is robbery",
        {"speaker": "another"},
        id="said-another-after-a-message-is-no-message",
    ),
    pytest.param(
        'Club\n\nMembers got emails from Tessel Rovers on Monday. "Fees will rise," one email said. The members met '
        'that night. Another said: "We expected worse."\n',
        "We expected worse.",
        {"speaker": "Another"},
        id="another-a-sentence-after-a-message-is-no-message",
    ),
    pytest.param(
        "Feud\n\nAnsel Kobb read out letters from Dr Ada J. Venn in court. "
        '"You will regret this," one of the letters said.\n',
        "You will regret this",
        {"speaker": "Ada J. Venn"},
        id="letters-from-someone-with-a-title-and-an-initial",
    ),
]


@pytest.mark.parametrize(("text", "words", "expected"), RELAYED)
def test_relayed_written_words(quotes_of, text, words, expected):
    quote = one(quotes_of(text), words)
    assert fields(quote, expected) == expected


QUESTIONS = [
    pytest.param(
        'Mall robbery\n\nPolice chief Dan Moss spoke on Monday.\n\nAsked by a reporter, "Are shoppers safe?" '
        "Moss said the police had added patrols.\n",
        "Are shoppers safe?",
        {"speaker": "reporter", "cue": "Asked"},
        id="asked-by-a-reporter-then-the-question",
    ),
    pytest.param(
        'Ferry\n\nHarbour master Ola Brenn met the press.\n\nAsked by a reporter, "Is Mr. Kobb to blame?" '
        "Brenn said the port would reopen.\n",
        "Is Mr. Kobb to blame?",
        {"speaker": "reporter", "cue": "Asked"},
        id="asked-by-a-reporter-then-a-question-with-an-abbreviated-title",
    ),
    pytest.param(
        'Ferry\n\nHarbour master Ola Brenn met the press.\n\nAsked by a reporter, "We sold the boats to the U.S. '
        'Why would we buy them back?" Brenn said as she left.\n',
        "Why would we buy them back?",
        {"speaker": "Ola Brenn"},
        id="asked-by-a-reporter-then-two-sentences-after-dotted-initials",
    ),
    pytest.param(
        'Mall robbery\n\nPolice chief Dan Moss spoke on Monday.\n\nWhen asked by Kell News, "Will you stay?" Moss smiled.\n',
        "Will you stay?",
        {"speaker": "Kell News"},
        id="when-asked-by-an-outlet",
    ),
    pytest.param(
        'Mall robbery\n\nPolice chief Dan Moss spoke on Monday.\n\nAsked by reporters about the delay, "Why would I resign?" '
        "Moss said.\n",
        "Why would I resign?",
        {"speaker": "Dan Moss"},
        id="asked-about-something-then-an-answer-that-is-a-question",
    ),
    pytest.param(
        'Mall robbery\n\nPolice chief Dan Moss spoke on Monday.\n\nAsked by a reporter, "We are fine," Moss said.\n',
        "We are fine",
        {"speaker": "Dan Moss"},
        id="asked-by-a-reporter-then-the-answer",
    ),
    pytest.param(
        'Ferry\n\nHarbour master Ola Brenn met the press.\n\nAsked by reporters, "Who would want this job?" '
        "Brenn said.\n",
        "Who would want this job?",
        {"speaker": "Ola Brenn", "cue": "said"},
        id="asked-by-then-a-question-the-said-after-it-takes-for-object",
    ),
    pytest.param(
        'Ferry\n\nHarbour master Ola Brenn met the press.\n\nAsked by a reporter, "We tried. What else was there?" '
        "Brenn said the port would reopen.\n",
        "We tried. What else was there?",
        {"speaker": "Ola Brenn"},
        id="asked-by-then-an-answer-of-two-sentences-ending-in-a-question",
    ),
    pytest.param(
        'Ferry\n\nHarbour master Ola Brenn met the press.\n\nAsked by reporters for a comment, "Why stop now?" '
        "Brenn said the port would reopen.\n",
        "Why stop now?",
        {"speaker": "Ola Brenn"},
        id="asked-by-someone-for-something-then-an-answer-that-is-a-question",
    ),
    pytest.param(
        'Ferry\n\nHarbour master Ola Brenn met the press.\n\nAsked by parents outside the school, "When will it '
        'reopen?" Brenn promised an answer within weeks.\n',
        "When will it reopen?",
        {"speaker": "parents outside the school", "cue": "Asked"},
        id="asked-by-someone-somewhere-then-the-question",
    ),
    pytest.param(
        'Ferry\n\nHarbour master Ola Brenn met the press.\n\nAsked by his son, "Is the boat gone?" he had no '
        "answer, he said.\n",
        "Is the boat gone?",
        {"speaker": "his son", "cue": "Asked"},
        id="asked-by-someone-then-the-question-and-a-said-later-in-the-sentence",
    ),
    pytest.param(
        'Ferry\n\nHarbour master Ola Brenn met the press.\n\nAsked by a ferry worker, "Will the route close?" '
        "Brenn shook his head.\n",
        "Will the route close?",
        {"speaker": "ferry worker", "cue": "Asked"},
        id="asked-by-someone-then-the-question-and-no-words-of-the-answer",
    ),
]


@pytest.mark.parametrize(("text", "words", "expected"), QUESTIONS)
def test_questions_put_by_the_press(quotes_of, text, words, expected):
    quote = one(quotes_of(text), words)
    assert fields(quote, expected) == expected


PRONOUNS = [
    pytest.param(
        "Record\n\nThe singers dropped the case in March.\n\n"
        'Drummer Tom Vale was blunt. "It was long," he said.\n\n'
        "Paul Rook, for his part, says the fight shaped the record. The last song includes a line which he says "
        "he wrote the night the band's lawyers told them they might lose.\n\n"
        '"I was angry," he said. "Then I was sad."\n',
        "I was angry",
        {"speaker": "Paul Rook"},
        id="he-after-a-group-spoke-inside-a-persons-words",
    ),
    pytest.param(
        'Road\n\nResidents said the road was unsafe. Ana Holt, who lives there, agreed. "It is a danger," she said.\n',
        "It is a danger",
        {"speaker": "Ana Holt"},
        id="she-after-a-group-is-the-person-the-paragraph-is-about",
    ),
    pytest.param(
        'Tour\n\nA top Ana Vell adviser says the campaign is on a "glide path" to victory.\n\n'
        "Ed Brook spoke to reporters Thursday after a meeting with members who have endorsed Vell. "
        "He says the meeting was the first of many.\n",
        "the meeting was the first of many",
        {"speaker": "Ed Brook"},
        id="he-after-a-group-is-still-the-subject-named-since-the-last-person-spoke",
    ),
    pytest.param(
        'Harbour plan\n\nAnn Lee, a rival, also spoke. "It will fail," she said.\n\n'
        'Tom Vale answered her on Monday. "We will build it," Mr. Vale said.\n\nA Bold Legacy.\n\n'
        "To his successor, Mr. Vale leaves a bold harbour plan that some say is too costly.\n\n"
        "All of this, he admits, could be undone at the polls.\n",
        "he admits",
        {"speaker": "Tom Vale"},
        id="he-after-a-group-is-the-subject-of-the-paragraph-before",
    ),
    pytest.param(
        "Pool\n\nClub secretary Tom Brenn said on Friday that entry fees would rise by 20%.\n\n"
        "Fans said they were upset. Kell Radio spoke to Ed Berg, 81, who has swum there since 1950. "
        '"I learned to swim here," he said.\n',
        "I learned to swim here",
        {"speaker": "Ed Berg"},
        id="he-after-a-group-is-a-man-named-since-not-the-last-man-who-spoke",
    ),
    pytest.param(
        "Pool\n\nClub secretary Tom Brenn said on Friday that entry fees would rise by 20%.\n\n"
        "Fans said they were upset with Ed Berg, the treasurer, and with Brenn. "
        '"We had no choice," he said.\n',
        "We had no choice",
        {"speaker": "Tom Brenn"},
        id="he-after-a-group-is-the-last-man-who-spoke-when-named-again",
    ),
    pytest.param(
        "Wards\n\nDr Ana Holt said waits fell.\n\nThe Royal College of Nurses has urged the government to open more "
        'wards, which it calls "safe harbours".\n',
        "safe harbours",
        {"speaker": "Royal College of Nurses", "speaker_kind": "organization"},
        id="it-for-a-college-whose-name-opens-on-a-given-name",
    ),
    pytest.param(
        "Hall\n\nAna House of Vell said the hall would close.\n",
        "the hall would close",
        {"speaker": "Ana House of Vell", "speaker_kind": "person"},
        id="a-given-name-before-a-surname-that-is-a-bodys-noun-stays-a-person",
    ),
]


@pytest.mark.parametrize(("text", "words", "expected"), PRONOUNS)
def test_pronouns_after_groups_and_bodies(quotes_of, text, words, expected):
    quote = one(quotes_of(text), words)
    assert fields(quote, expected) == expected


PARTIALS = [
    pytest.param(
        "Talks\n\nVell's mining minister, Rodrigo Sanz, said the government would not intervene directly but "
        'urged both sides to "return to the table in good faith".\n',
        "return to the table in good faith",
        {"speaker": "Rodrigo Sanz", "kind": "partial"},
        id="said-a-clause-but-urged-a-partial-quote",
    ),
    pytest.param(
        "Row\n\nIna Venn said the pier was unsafe. The harbour board denied it, with Tom Kobb taking to the radio "
        'to call Venn "a scaremonger" for the claim.\n',
        "a scaremonger",
        {"speaker": "Tom Kobb", "kind": "partial"},
        id="a-partial-quote-after-whom-it-is-said-of-is-the-callers",
    ),
    pytest.param(
        'Talks\n\nSanz said the union, which urged both sides to "talk again", had left the room.\n',
        "talk again",
        {"speaker": "union", "via": "Sanz"},
        id="a-partial-quote-with-a-cue-of-its-own-inside-a-paraphrase",
    ),
]


@pytest.mark.parametrize(("text", "words", "expected"), PARTIALS)
def test_partial_quotes_sharing_a_cue(quotes_of, text, words, expected):
    quote = one(quotes_of(text), words)
    assert fields(quote, expected) == expected


RATED = [
    pytest.param(
        "Levee\n\nAsked about the levee, the governor, Ana Holt, said an engineering review from 2021 had rated it "
        '"minimally acceptable" and that repairs were due.\n',
        "minimally acceptable",
        {"speaker": "engineering review from 2021", "via": "Ana Holt", "kind": "partial"},
        id="a-document-rated-it-inside-a-paraphrase",
    ),
    pytest.param(
        'Audit\n\nKobb said the audit described the accounts as "a shambles".\n',
        "a shambles",
        {"speaker": "audit", "via": "Kobb"},
        id="a-document-whose-own-cue-was-found-keeps-the-relay",
    ),
    pytest.param(
        'Report\n\nKobb said the report was "reckless" and should be withdrawn.\n',
        "reckless",
        {"speaker": "Kobb", "via": None},
        id="words-said-of-a-document-are-the-speakers",
    ),
    pytest.param(
        'Report\n\nKobb called the report "a whitewash".\n',
        "a whitewash",
        {"speaker": "Kobb", "via": None},
        id="a-document-named-after-the-verb-rates-nothing",
    ),
    pytest.param(
        "Survey\n\nHarbour chief Nils Berg said anglers who read the survey called it "
        '"a fairy tale" and laughed.\n',
        "a fairy tale",
        {"speaker": "anglers", "via": "Nils Berg"},
        id="a-document-inside-the-subject-of-the-verb-rates-nothing",
    ),
    pytest.param(
        'Pool\n\nOla Brenn said that the 2020 audit had called the pool "unsafe" and that it had shut.\n',
        "unsafe",
        {"speaker": "2020 audit", "via": "Ola Brenn"},
        id="the-that-of-said-that-is-no-part-of-the-document",
    ),
    pytest.param(
        "Vote\n\nThe party leader, Ina Roe, said that in the last minutes of the session rivals had called "
        'the plan "a mirage".\n',
        "a mirage",
        {"speaker": "Ina Roe", "via": None},
        id="a-source-noun-in-a-phrase-opening-the-clause-is-no-document",
    ),
    pytest.param(
        'Placard\n\nMayor Ina Roe said a woman holding a placard called him "a liar" at the gate.\n',
        "a liar",
        {"speaker": "woman", "via": "Ina Roe"},
        id="a-document-held-by-the-subject-rates-nothing",
    ),
]


@pytest.mark.parametrize(("text", "words", "expected"), RATED)
def test_words_a_document_rated_with(quotes_of, text, words, expected):
    quote = one(quotes_of(text), words)
    assert fields(quote, expected) == expected


SHARED_CUE_SPEAKERS = [
    pytest.param(
        ("Ana Holt", "person"), ("government", "organization"), "Ana Holt", id="the-paraphrase-s-subject"
    ),
    pytest.param(
        ("spokeswoman", "anonymous"), ("Ana Holt", "person"), "Ana Holt", id="a-name-over-a-description"
    ),
    pytest.param(
        ("Vell Council", "organization"), ("Ana Holt", "person"), "Vell Council", id="a-body-s-paraphrase"
    ),
]


@pytest.mark.parametrize(("holder_speaker", "partial_speaker", "expected"), SHARED_CUE_SPEAKERS)
def test_a_partial_quote_on_the_paraphrase_s_cue(holder_speaker, partial_speaker, expected):
    holder = Quote(text="x", start=30, end=80, kind="indirect", cue="said", cue_start=20, cue_end=24)
    partial = Quote(text="y", start=50, end=60, kind="partial", cue="said", cue_start=20, cue_end=24)
    for quote, (speaker, kind) in ((holder, holder_speaker), (partial, partial_speaker)):
        quote.speaker, quote.speaker_kind, quote.speaker_start, quote.speaker_end = speaker, kind, 0, 10
    attached = attach_partials([holder, partial])
    assert attached[1].speaker == expected
