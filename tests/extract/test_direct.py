"""Direct and partial quotes and their cues: one row per construction of the
cue finders (quotes.extract.cues, quotes.extract.text_cues) as
quotes.extract.direct chooses among them, on short fictional texts."""

from __future__ import annotations

import pytest
from extract_checks import Case, check_case, fields, one

TOLD = (
    "“The vote was rigged,” Falk Imrie told The Morning Ledger.\n\n"
    "In an interview with Radio Vesta, Falk Imrie said the count was “deeply flawed.”"
)
COLON_NEXT = "“We are tired.” Ona Pell said: “We have waited a year for the repairs.”"
MIXED_MARKS = (
    "The harbour master went further.\n\n"
    '“We disagree," said Oren Castellane, the harbour master. "The pier has no bearing on it.”\n'
)
APPOSITION_CURLY = (
    "People close to the mayor say she is tired.\n\n"
    '"They were professionals, but also competitors," Ansel M. Kobb, the mayor\'s former chief of staff, '
    'said of their time in the town hall. "They\'d do the dance."\n'
)
APPOSITION_APOSTROPHES = (
    "People close to the mayor say she is tired.\n\n"
    "''They were professionals, but also competitors,'' Ansel M. Kobb, the mayor's former chief of staff, "
    "said of their time in the town hall. ''They'd do the dance.''\n"
)
SAID_BEFORE_ADDING = (
    "The vote was close.\n\nThe mayor spoke first. "
    "“We will fix the bridge,” Kobb said before adding: “It will take a year.”\n"
)
SIGNING_LINES = (
    'Notebook.\n\n"He can borrow the library keys," Venn said. "But I hope he returns them."\n\n@mayor.\n\n'
    "\"Fine talk. She's careful. She's prepared. She never misses a meeting.\"\n\n"
    "-Mayor Ansel Kobb, tweeting after the talk.\n\nquotable.\n\n"
    '"The whole idea of a late ferry is something we hear about every week."\n\n-Mara Lind, Brennmoor.\n'
)
INVERTED_POSSESSIVES = (
    'The bridge closed.\n\n"Riders should leave their bicycles at home," opined Brennmoor\'s Harbour Gazette.\n\n'
    "\"It's high time that we had a librarian running this ferry,\" exhorted Venn's introducer, "
    "actress Mara Lind.\n"
)
BETWEEN_COLON = 'The vote was close.\n\n"I don\'t like the new pier," {}: "It is too long and too costly."\n'
QUOTED_THEN_NAMED = (
    "The ferry race tightened.\n\nVenn “is drawing on something that runs very deep among the ferry crews, "
    "which is this weariness with the timetable,” Dag Orrin, a Kobb supporter, told the Courier.\n\n"
    "“He has described Kobb as a friend of that timetable.”\n"
)
LONG_TITLE = (
    "The rowing club weighed in.\n\nRowers are “waiting to see who is rowing on the other side of the bay,” "
    "Rowing Club President Mara Venn said. “That’s got to worry a rower.”\n"
)
TWO_WORD_CUE = (
    "The ferry interview went on.\n\nVenn responded pointedly: “Happens when the tide is low.”\n\n"
    "“You know, boats get stuck, right?” Kobb went on, as if he didn’t hear her. “But you push them off.”\n"
)

DIRECT = [
    pytest.param(
        Case(
            text="“The bridge will reopen in March,” said Halvard Quist, the city engineer of Brennmoor.",
            words="bridge will reopen",
            kind="direct",
            quote_at=("The bridge", ",”"),
            speaker="Halvard Quist",
            mention="Halvard Quist",
            cue="said",
            cue_at="said",
            role="city engineer",
            affiliation="Brennmoor",
        ),
        id="said-after-the-quote",
    ),
    pytest.param(
        Case(
            text='Orla Fenwick told reporters: "We have enough water for the summer."',
            words="enough water",
            kind="direct",
            speaker="Orla Fenwick",
            mention="Orla Fenwick",
        ),
        id="speaker-and-cue-before-a-colon",
    ),
    pytest.param(Case(text=TOLD, words="vote was rigged", addressee="The Morning Ledger"), id="told-someone"),
    pytest.param(
        Case(text=TOLD, words="deeply flawed", kind="partial", addressee="Radio Vesta", speaker="Falk Imrie"),
        id="in-an-interview-with",
    ),
    pytest.param(
        Case(
            text="Readers wrote in.\n\n“The new bus line changed my week.” ― Marta Oyelaran\n",
            words="bus line",
            speaker="Marta Oyelaran",
            mention="Marta Oyelaran",
        ),
        id="signed-with-a-dash",
    ),
    pytest.param(
        Case(
            text=(
                "“We expect delays,” said Ines Corbel, a rail planner.\n\n"
                "The union's secretary, Dario Fenn, replied:\n\n"
                "“Delays are a choice made by managers.”"
            ),
            words="choice made by managers",
            speaker="Dario Fenn",
        ),
        id="introduced-on-the-line-before-with-a-colon",
    ),
    pytest.param(
        Case(text=COLON_NEXT, words="waited a year", speaker="Ona Pell"), id="colon-cue-speaks-the-next"
    ),
    pytest.param(Case(text=COLON_NEXT, words="We are tired", cue=None), id="colon-cue-not-the-one-before"),
    pytest.param(
        Case(
            text="Commissioner Lotte Brandvik called the new tariffs “deeply destabilizing” on Tuesday.",
            words="deeply destabilizing",
            kind="partial",
            quote_at=("deeply", "” on"),
            speaker="Lotte Brandvik",
        ),
        id="partial-in-reported-speech",
    ),
    pytest.param(
        Case(text=MIXED_MARKS, words="We disagree", speaker="Oren Castellane", quote_text="We disagree"),
        id="mixed-marks-first",
    ),
    pytest.param(
        Case(text=MIXED_MARKS, words="no bearing", speaker="Oren Castellane"), id="mixed-marks-second"
    ),
    pytest.param(
        Case(
            text=(
                "The claims, checked.\n\n"
                '"The pier was never closed on a weekday in ten years."\n\n'
                "- Varden.\n\n"
                "The pier was closed twice last spring, records show.\n"
            ),
            words="never closed",
            speaker="Varden",
            mention="Varden",
        ),
        id="a-name-alone-on-the-line-after",
    ),
    pytest.param(
        Case(
            text=(
                "Critics were not convinced.\n\n"
                'Or maybe the ferry, digital consultant Ansel Kobb says. "Several surveys suggest a second look."\n'
            ),
            words="Several surveys",
            speaker="Ansel Kobb",
            cue="says",
        ),
        id="reporting-verb-in-the-sentence-before",
    ),
    pytest.param(
        Case(
            text=(
                "The board met.\n\nOren Castellane said, however, that he hopes “somebody else takes up the cause” soon.\n"
            ),
            words="somebody else",
            cue="said",
            mention="Oren Castellane",
        ),
        id="outer-reporting-verb-over-a-pronoun",
    ),
    pytest.param(
        Case(
            text=(
                "The session ended.\n\n"
                "By contrast, Ilse Varden said that once the council goes on recess, "
                "“I intend to visit every town I can.”\n"
            ),
            words="visit every town",
            speaker="Ilse Varden",
        ),
        id="subordinate-verb-before-the-comma",
    ),
    pytest.param(
        Case(text=APPOSITION_CURLY, words="competitors", speaker="Ansel M. Kobb", mention="Ansel M. Kobb"),
        id="name-in-apposition-to-a-quoted-word",
    ),
    pytest.param(
        Case(text=APPOSITION_CURLY, words="the dance", speaker="Ansel M. Kobb"),
        id="name-in-apposition-continued",
    ),
    pytest.param(
        Case(text=APPOSITION_APOSTROPHES, words="competitors", mention="Ansel M. Kobb"),
        id="name-and-appositive-before-said",
    ),
    pytest.param(
        Case(text=APPOSITION_APOSTROPHES, words="the dance", speaker="Ansel M. Kobb"),
        id="name-and-appositive-continued",
    ),
    pytest.param(
        Case(
            text=(
                "The hearing went on.\n\n"
                'Rep. Ansel Kobb (R-S.C.):"I have not heard anyone other than you ever cite that figure."\n'
            ),
            words="cite that figure",
            speaker="Ansel Kobb",
            mention="Ansel Kobb",
            quotes=1,
        ),
        id="name-party-and-colon",
    ),
    pytest.param(
        Case(
            text=(
                "The valley is split.\n\n"
                "Mr. Castellane, whose latest start-up, Paradata, uses big data to help brands find suppliers, "
                'said Mr. Kobb was a candidate very much in the spirit of the valley: "He\'s a start-up kind of guy."\n'
            ),
            words="start-up kind",
            speaker="Castellane",
        ),
        id="name-opening-the-reported-clause",
    ),
    pytest.param(
        Case(
            text=(
                "The vote was close.\n\nKobb spoke first.\n\n"
                "“If she wants the job, she should come here,” the editorial read.\n"
            ),
            words="she should come here",
            cue="read",
            mention_at=("the editorial", " read."),
            speaker_not="Kobb",
        ),
        id="the-editorial-read",
    ),
    pytest.param(
        Case(
            text=SAID_BEFORE_ADDING,
            words="fix the bridge",
            cue="said",
            speaker="Kobb",
            speaker_start_at="Kobb said",
        ),
        id="cue-then-a-verb-before-a-colon",
    ),
    pytest.param(
        Case(text=SAID_BEFORE_ADDING, words="take a year", speaker="Kobb"), id="the-verb-before-the-colon"
    ),
    pytest.param(
        Case(
            text=(
                "The trial opens soon.\n\n"
                "In an interview with reporter Mara Voss last year, Kobb said he welcomed the trial and added, "
                "“I will plead guilty, no problem.”\n"
            ),
            words="plead guilty",
            speaker="Kobb",
            mention_at=("Kobb said", " said he"),
            cue="said",
            cue_at="said he",
        ),
        id="pronoun-cue-gives-way-to-the-reporting-verb",
    ),
    pytest.param(
        Case(
            text=(
                "The ferry was inspected.\n\n"
                "“The ferry will run all winter,” Mara Venn said. “The new engine is ready.” "
                "She noted a planned trip to the boatyard on Friday.\n"
            ),
            words="engine is ready",
            speaker="Mara Venn",
            mention_at=("Mara Venn", " said."),
        ),
        id="a-new-statement-after-the-quote",
    ),
    pytest.param(
        Case(
            text=(
                "The vote was close.\n\n"
                "Library chief Ansel Kobb told the paper: “Many think we only lend books. But we have 300 chess "
                "players.” He added that the players come from every village.\n"
            ),
            words="300 chess players",
            speaker="Ansel Kobb",
            mention_at=("Ansel Kobb", " told"),
        ),
        id="colon-quote-then-a-new-statement",
    ),
    pytest.param(
        Case(
            text=(
                "The storm hit.\n\n"
                '"Will Mayor Venn ever explain the ferry delays? Nobody at the dock has heard a single word '
                'about them!" the likely council candidate, Ansel Kobb, tweeted Sunday after a delay in Brennmoor.\n'
            ),
            words="ferry delays",
            speaker="Ansel Kobb",
            mention_at=("Ansel Kobb", ", tweeted"),
        ),
        id="a-day-after-the-cue-is-no-speaker",
    ),
    pytest.param(
        Case(
            text=(
                "The debate went on.\n\nAnsel Swindle and Mara Venn argued over the harbour.\n"
                '"Mara wants to win every argument about the ferry," Swindle shot back. "Let me finish."\n'
            ),
            words="every argument",
            speaker="Ansel Swindle",
            cue="shot back",
            mention_at=("Swindle shot", " shot back"),
        ),
        id="a-name-tagged-as-a-verb",
    ),
    pytest.param(
        Case(
            text=(
                "The debate went on.\n\nOla Banks and Mara Venn argued over the harbour. "
                '"We will keep the library open late," Venn said.\n\n'
                'Banks delivered a short reply: "Nobody is closing the library. We are adding a reading room." '
                "He went on.\n"
            ),
            words="closing the library",
            speaker="Ola Banks",
            mention_at=("Banks delivered", " delivered"),
        ),
        id="a-surname-given-in-full-whatever-its-tag",
    ),
    pytest.param(
        Case(
            text=(
                "The debate went on.\n\n"
                'Venn was asked by host Ola Banks, who chairs the ferry board, "Now, you said the ferry was on '
                'time. Was it?"\n'
            ),
            words="ferry was on time",
            speaker="Ola Banks",
            mention_at=("Ola Banks", ", who"),
        ),
        id="asked-by-someone",
    ),
    pytest.param(
        Case(
            text=(
                "The harbour plan was debated.\n\n"
                "In an interview last week, Ms. Venn acknowledged that even she found the bus timetable "
                'confusing and called the ferry link "a fine example" of how not to plan a route.\n'
            ),
            words="a fine example",
            kind="partial",
            cue="acknowledged",
            mention_at=("Ms. Venn", " acknowledged"),
        ),
        id="an-adverb-before-a-pronoun-subject",
    ),
    pytest.param(
        Case(
            text=(
                "The vote was close.\n\n"
                "To wit, Ansel Kobb told the Brennmoor Courier that Mara Venn “had an odd plan for the library,” "
                "adding, “She lost the vote on the roof.”\n"
            ),
            words="vote on the roof",
            cue="adding",
            speaker="Ansel Kobb",
            mention_at=("Ansel Kobb", " told"),
        ),
        id="adding-after-a-quoted-report",
    ),
    pytest.param(
        Case(
            text=(
                "The vote was close.\n\n"
                "One library clerk who described the meeting said Kobb calmed the room, telling his colleagues, "
                "“We have to finish the catalogue.”\n"
            ),
            words="finish the catalogue",
            speaker="Kobb",
            mention_at=("Kobb calmed", " calmed"),
        ),
        id="a-participle-of-a-reported-clause",
    ),
    pytest.param(
        Case(
            text=(
                "The campaign began.\n\n"
                "When Kobb announced his timetable in June, he famously referred to the ferry crews as “pirates” "
                "and “poets” while calling for a new pier.\n"
            ),
            words="pirates",
            cue="referred",
            speaker="Kobb",
            mention_at=("he famously", " famously"),
        ),
        id="quoted-words-belong-to-their-clause",
    ),
    pytest.param(
        Case(
            text=(
                "The campaign began.\n\n"
                "But as the Brennmoor Courier noted in an editorial Thursday, the night ferry “has quietly won "
                "itself a few fans.”\n"
            ),
            words="a few fans",
            cue="noted",
            mention_at=("the Brennmoor Courier", " noted"),
        ),
        id="a-parenthetical-as-clause",
    ),
    pytest.param(
        Case(
            text=(
                "The library fund opened its phone line.\n\nThe first two volunteers are Ada Tolley and Gloria "
                'Vey.\n\n"I am calling from the library fund. How are you this evening?" Tolley, a retired clerk '
                "from the cannery, said cheerfully into the phone.\n"
            ),
            words="How are you this evening",
            cue="said",
            speaker="Ada Tolley",
            mention_at=("Tolley, a", ", a retired"),
        ),
        id="name-and-appositive-after-a-question",
    ),
    pytest.param(
        Case(
            text=(
                "The ferry board looked back.\n\n"
                "“The board finished just two jobs—1. A new ramp 2. Two new benches. Apart from those, not one "
                "job,” Orrin answers.\n\nThe old benches are still there.\n"
            ),
            words="just two jobs",
            cue="answers",
            speaker="Orrin",
            mention_at=("Orrin", " answers"),
        ),
        id="a-reporting-verb-tagged-as-a-noun",
    ),
    pytest.param(
        Case(
            text=(
                "The clip was posted on Thursday.\n\nPhoto by Nils Varga.\n\n"
                "“What if the ferry had a piano on board?” the 43-year-old asked in the video’s description.\n"
            ),
            words="piano on board",
            cue="asked",
            mention_at=("the 43", " asked"),
        ),
        id="the-words-between-the-quote-and-its-cue",
    ),
    pytest.param(
        Case(
            text=(
                "The fair ended.\n\n"
                "“We’ve had better fairs than this one,” ferry captain Ansel Kobb, wearing a straw hat and "
                "“Library Fund” pins, said matter-of-factly.\n"
            ),
            words="better fairs",
            cue="said",
            speaker="Ansel Kobb",
            mention_at=("Ansel Kobb", ", wearing"),
        ),
        id="a-role-first-and-quoted-words-in-the-appositive",
    ),
    pytest.param(
        Case(
            text=SIGNING_LINES,
            words="She's careful",
            speaker="Ansel Kobb",
            mention_at=("Ansel Kobb", ", tweeting"),
        ),
        id="a-signing-line-with-a-comment",
    ),
    pytest.param(
        Case(
            text=SIGNING_LINES,
            words="late ferry",
            speaker="Mara Lind",
            mention_at=("Mara Lind", ", Brennmoor"),
        ),
        id="a-signing-line-with-an-affiliation",
    ),
    pytest.param(
        Case(
            text=(
                "The ferry clerks disagree.\n\n"
                '"I fear we may soon hear councillors praising tidy ledgers again as the '
                'mayor tries to set herself apart.\nDag Orrin, Harbour Policy Institute."\n\n'
                "But the mayor's reply leaves room for doubt.\n"
            ),
            words="tidy ledgers",
            speaker="Dag Orrin",
            mention_at=("Dag Orrin", ", Harbour"),
        ),
        id="closed-at-the-end-of-the-line-signing-it",
    ),
    pytest.param(
        Case(
            text="The ferry was late again.\n\nThe ferry, as one island official put it, is “the whole island.”\n",
            words="whole island",
            kind="partial",
            cue="put",
            mention_at=("one island", " put it"),
        ),
        id="as-someone-put-it",
    ),
    pytest.param(
        Case(
            text=(
                "The rowing club voted.\n\n“I wonder how the rowers like that,” Kobb said. The longtime mayor said "
                "he rarely asks neighbours to speak for him, “except for people I trust completely.”\n"
            ),
            words="trust completely",
            cue="said",
            mention_at=("The longtime", " said he"),
        ),
        id="pronoun-cues-give-way-up-to-the-first-named-reporter",
    ),
    pytest.param(
        Case(
            text=INVERTED_POSSESSIVES,
            words="leave their bicycles",
            cue="opined",
            mention_at=("Brennmoor's", ".\n\n\"It's"),
        ),
        id="an-inverted-possessive-subject",
    ),
    pytest.param(
        Case(
            text=INVERTED_POSSESSIVES,
            words="a librarian running",
            cue="exhorted",
            speaker="Mara Lind",
            mention_at=("Mara Lind", len("Mara Lind")),
        ),
        id="an-inverted-possessive-and-appositive",
    ),
    pytest.param(
        Case(
            text='The posts kept coming.\n\n"Better check the ferry timetable twice," tweeted another.\n',
            words="timetable twice",
            mention_at=("another", 7),
        ),
        id="another-after-an-inverted-cue",
    ),
    pytest.param(
        Case(
            text=(
                "The clerk was suspended.\n\nOn November 19, Venn tweeted, “The ferry leaves at noon. The gulls "
                "follow it home.” This sort of opining, the Courier claimed, breaks its rules for staff, and so "
                "Venn was suspended.\n"
            ),
            words="gulls follow",
            cue="tweeted",
            speaker="Venn",
            mention_at=("Venn tweeted", " tweeted"),
        ),
        id="a-cue-between-commas-in-the-next-sentence",
    ),
    pytest.param(
        Case(
            text=(
                "The interview ran long.\n\n''Captain Gull is a name everyone on the island knows,'' he said. "
                "''If you see that name, you know what to expect.'' That's why, he added, readers often find "
                "''endless sequels about gulls.''\n"
            ),
            words="If you see that name",
            mention_at=("he said", " said."),
        ),
        id="a-parenthetical-cue-after-a-quote-ending-its-sentence",
    ),
    *[
        pytest.param(
            Case(
                text=BETWEEN_COLON.format(who),
                words=words,
                speaker="Kobb",
                cue="said",
                mention_at=("Kobb", 4),
            ),
            id=f"cue-between-two-quotes-{n}-{place}",
        )
        for n, who in enumerate(("Kobb said", "said Kobb, the harbour master"), 1)
        for words, place in (("new pier", "before"), ("too costly", "after"))
    ],
    pytest.param(
        Case(
            text=(
                "The ferry charter is old.\n\nFree passage was written into Article 33 of the 1951 Ferry "
                "Charter. Article 33 affirms: “No ferry shall leave a passenger on a pier where the tide would "
                "reach them.”\n"
            ),
            words="No ferry shall",
            cue="affirms",
            mention_at=("Article 33 affirms", " affirms"),
        ),
        id="a-reporting-verb-tagged-as-a-noun-with-a-subject",
    ),
    pytest.param(
        Case(
            text=(
                "The ferry log was published.\n\nAn aide emailed the mayor in December, informing her of the "
                "storm, which hit the north coast. Venn’s response was: “Is the ferry running or not?”\n"
            ),
            words="ferry running",
            speaker="Venn",
            cue="response",
            mention_at=("Venn’s", "’s response"),
        ),
        id="someones-response-was",
    ),
    pytest.param(
        Case(
            text=(
                "NOTES.\n\nWith library trustees increasingly worried about a lack of interest in the reading "
                "club among young readers, Mayor Ansel Kobb is rolling out a new and more personal poster: "
                '"Read with me."\n'
            ),
            words="Read with me",
            speaker="Ansel Kobb",
            cue_not="worried",
            mention_at=("Ansel Kobb", " is rolling"),
        ),
        id="an-adjective-is-no-cue",
    ),
    pytest.param(
        Case(
            text=QUOTED_THEN_NAMED,
            words="is drawing on",
            kind="partial",
            cue="told",
            mention_at=("Dag Orrin", ", a Kobb"),
        ),
        id="quoted-words-then-a-name-and-appositive",
    ),
    pytest.param(
        Case(text=QUOTED_THEN_NAMED, words="friend of that timetable", speaker="Dag Orrin"),
        id="quoted-words-then-a-name-continued",
    ),
    pytest.param(
        Case(
            text=(
                "The library quarrel went on.\n\nKobb told the Harbour Gazette in a written statement, “I really "
                "don’t need Venn’s help with the fair, because she is a late-rising person.”\n"
            ),
            words="late-rising",
            cue="told",
            speaker="Kobb",
            mention_at=("Kobb told", " told"),
        ),
        id="a-participle-describing-a-noun-is-no-cue",
    ),
    pytest.param(
        Case(
            text=(
                "The ferry debate went on.\n\nKobb seemed to tease his rival, saying at one point, ''The fix is "
                "not just to shout, 'Gulls loud, ferries late.''' But Mr. Venn, again, did not respond in kind.\n"
            ),
            words="The fix is not",
            speaker_start_at="Kobb seemed",
        ),
        id="a-new-sentence-opening-with-but",
    ),
    pytest.param(
        Case(
            text=(
                "The letters were out.\n\nRegarding the letters, the campaign said in a statement: ''Neither of "
                "these letters mentions the ferry.'' The campaign did not elaborate.\n"
            ),
            words="Neither of these",
            speaker_start_at="the campaign said",
        ),
        id="a-negated-cue-after-the-quote",
    ),
    pytest.param(
        Case(
            text=(
                'The library hearing ran late.\n\nVenn, exasperated, famously responded: "Who, at this hour, '
                'still wants the ferry?" Her critics cited it as evidence that she did not care.\n'
            ),
            words="Who, at this hour",
            speaker_start_at="Venn,",
        ),
        id="a-cue-with-its-own-object-after-the-quote",
    ),
    pytest.param(
        Case(
            text=(
                "The club vote began.\n\nEight years ago, he backed Ola Banks over Venn and said, “Mara Venn has "
                "never once visited our library.” Kobb later explained that to mean Venn never funded his club.\n"
            ),
            words="never once visited",
            speaker_start_at="he backed",
        ),
        id="a-cue-with-a-clause-after-the-quote",
    ),
    pytest.param(
        Case(
            text=LONG_TITLE,
            words="waiting to see",
            kind="partial",
            cue="said",
            mention_at=("Mara Venn", " said."),
        ),
        id="quoted-words-then-a-long-titled-name",
    ),
    pytest.param(
        Case(text=LONG_TITLE, words="worry a rower", speaker="Mara Venn"), id="a-long-titled-name-continued"
    ),
    pytest.param(
        Case(
            text=(
                "The closures went on.\n\nMara Venn, the 2012 library nominee, tweeted in response: ''Small "
                "difference: the mayor shuts reading rooms; our volunteers open them.''\n"
            ),
            words="Small difference",
            cue="tweeted",
            speaker="Mara Venn",
            mention_at=("Mara Venn", ", the 2012"),
        ),
        id="name-and-appositive-before-a-cue-with-no-subject",
    ),
    pytest.param(
        Case(
            text=TWO_WORD_CUE,
            words="boats get stuck, right",
            speaker="Kobb",
            mention_at=("Kobb went", " went on,"),
        ),
        id="a-two-word-cue-after-a-question",
    ),
    pytest.param(
        Case(text=TWO_WORD_CUE, words="push them off", speaker="Kobb"), id="a-two-word-cue-continued"
    ),
    pytest.param(
        Case(
            text=(
                'The fair went on.\n\n"I\'m not going to call it a mistake, so let it go," said retired '
                "baker Ansel Kobb, asked about his claims that he had been offered a stall at the fair.\n"
            ),
            words="let it go",
            speaker="Ansel Kobb",
            mention_at=("Ansel Kobb", ", asked"),
        ),
        id="a-participle-before-an-inverted-speaker",
    ),
    pytest.param(
        Case(
            text=(
                "The rowing caucus met.\n“It’s a message to every rower, especially the new ones,” Rep. Ansel Kobb "
                "(D-Wis.) said Friday. “If the club cannot count its own boats, then how can a rower trust "
                "the club with a boat.\n“I have been doing a lot of thinking lately about where the club is "
                "going,” added Rep. Mara Venn (D-S.C.), the deputy leader of the Rowing Caucus.\n"
            ),
            words="a lot of thinking",
            cue="added",
            speaker="Mara Venn",
            mention_at=("Mara Venn", " (D-S.C.)"),
        ),
        id="attributed-after-its-closing-mark-two-paragraphs-on",
    ),
    pytest.param(
        Case(
            text=(
                "Readers weighed in.\n\n“The ferry timetable is a puzzle and the board knows it.”― Dag Orrin\xa0\n"
                "“I am so tired of this timetable. How did the ferry get this slow?”\xa0― Mara Venn\xa0\n"
                "“The board must stop blaming the tide.”― Ansel Kobb.\n"
            ),
            words="this slow",
            speaker="Mara Venn",
            mention_at=("Mara Venn", 9),
        ),
        id="a-signature-after-no-break-spaces",
    ),
    pytest.param(
        Case(
            text=(
                "Novel\n\nThe reviewer for the Vell Ledger called it “a novel of great tenderness,” and Ana Berg, "
                "writing in the Vell Review, said Ola Brin “writes grief the way other people write weather.”\n"
            ),
            words="writes grief",
            speaker="Ana Berg",
        ),
        id="the-subject-of-a-quoted-verb-is-no-speaker",
    ),
    pytest.param(
        Case(
            text="Ferry\n\nThe ferry was late again, said Ola Brin, “and nobody on the board seems to care.”\n",
            words="nobody on the board",
            speaker="Ola Brin",
        ),
        id="a-name-after-the-cue-and-a-comma-speaks",
    ),
]


@pytest.mark.parametrize("case", DIRECT)
def test_attribution(quotes_of, case):
    check_case(case, quotes_of(case.text))


@pytest.mark.parametrize("title", ["Rep.", "Sen.", "Gov.", "Lt. Gen.", "Capt.", "Prof."])
def test_abbreviated_title_after_a_quote_does_not_end_the_attribution(quotes_of, title):
    text = f"The vote was close.\n\n“We will keep the pier open,” {title} Ansel Kobb (D-Wash.) said.\n"
    (quote,) = [q for q in quotes_of(text) if q.kind == "direct"]
    assert quote.speaker == "Ansel Kobb"
    assert text[quote.speaker_start : quote.speaker_end].endswith("Kobb")


def test_quote_over_several_paragraphs_is_one_quote_per_paragraph(quotes_of):
    text = (
        "Perrin Okafor, the harbour master, described the storm.\n\n"
        "“The waves came over the wall at midnight.\n\n"
        "“By morning the boats were gone,” Okafor said."
    )
    first, second = [q for q in quotes_of(text) if q.kind == "direct"]
    assert first.text == "The waves came over the wall at midnight."
    assert second.text == "By morning the boats were gone"
    assert all(text[q.start : q.end] == q.text for q in (first, second))
    assert first.speaker == second.speaker == "Perrin Okafor"
    assert first.cue_start == second.cue_start


@pytest.mark.parametrize(
    "text, kinds",
    [
        pytest.param(
            "After the “no-deal” summit in Varnholm, the so-called “harbour policy” was dropped. "
            "The ministry's “open doors” plan had been popular.",
            ("direct", "partial", "indirect"),
            id="scare-quotes-and-titles",
        ),
        pytest.param(
            'Ada Kettering wrote about the flood in her memoir, "Tides of Varnholm." '
            'She later spoke on Harbour Radio\'s "Morning at the Pier."',
            ("direct", "partial"),
            id="titles-closing-their-sentence",
        ),
        pytest.param(
            '<tweet author="someone" id="123">Nothing said here.</tweet>',
            ("direct", "partial"),
            id="markup-attribute-values",
        ),
        pytest.param(
            'The Kell Players staged two plays.\n\nIts best actor won fame in the stage show, "The Long Harbour."',
            ("direct", "partial"),
            id="a-title-of-two-words-closing-its-sentence",
        ),
        pytest.param(
            "Harbour talks\n\nThe workers’ union met on Friday. “No deal.”\n\n"
            'Lund spoke on "Sunday Desk" last week. "Very good."',
            ("direct", "partial"),
            id="two-words-after-a-possessive-or-a-title-on-their-line",
        ),
    ],
)
def test_quoted_words_that_are_not_speech(quotes_of, text, kinds):
    assert [q for q in quotes_of(text) if q.kind in kinds] == []


def test_a_sentence_of_two_words_after_a_quote_goes_on_with_its_speaker(quotes_of):
    text = "Chef opens on the quay\n\n“I cook what my mother cooked,” Ola Vik said. “Nothing fancy.”\n"
    second = [q for q in quotes_of(text) if q.kind == "direct"][1]
    assert (second.text, second.speaker) == ("Nothing fancy.", "Ola Vik")


def test_a_possessive_after_the_cue_opens_its_object_not_its_subject(quotes_of):
    text = (
        "The library board met.\n\nDag Orrin, who ran the library's book sale during the 2012 fair, "
        'called Kobb\'s remarks on Sunday "silly."\n'
    )
    assert all(
        q.speaker_start is None or not text[q.speaker_start :].startswith("Kobb") for q in quotes_of(text)
    )


@pytest.mark.parametrize(
    "text, words, speaker, via",
    [
        (
            'Prosecutors said Ivo Rell texted the manager the night before the fire: "Now see how you like it."',
            "Now see how you like it.",
            "Ivo Rell",
            "Prosecutors",
        ),
        (
            "According to a complaint filed in court, Ivo Rell emailed his landlord late on the Sunday "
            'evening: "You will regret this."',
            "You will regret this.",
            "Ivo Rell",
            "complaint",
        ),
        (  # another verb between: the verb of saying does not introduce the quotation
            'Holt spoke to staff who had gathered in the yard on Monday: "We stay."',
            "We stay.",
            "staff",
            None,
        ),
    ],
)
def test_a_verb_of_writing_far_before_the_colon_introduces_the_quote(quotes_of, text, words, speaker, via):
    quote = next(q for q in quotes_of(text) if text[q.start : q.end] == words)
    assert (quote.speaker, quote.via) == (speaker, via)


OWNER_POSTS_THEN_NAME = [
    pytest.param(
        "“We think the old way is finished,” Halvor’s co-founder and chief executive, Mira Osterdal, "
        "said at a launch event in Oslo.",
        {"speaker": "Mira Osterdal"},
        id="a-named-owners-hyphenated-posts-then-the-name",
    ),
    pytest.param(
        "“We think the old way is finished,” Halvor’s co-founder and chief executive, Mira van Osterdal, "
        "said at a launch event in Oslo.",
        {"speaker": "Mira van Osterdal"},
        id="a-name-with-a-particle-after-the-posts",
    ),
    pytest.param(
        "“We think the old way is finished,” the firm’s co-founder and chief executive, Mira van Osterdal, "
        "said on Monday.",
        {"speaker": "Mira van Osterdal"},
        id="the-owners-posts-then-a-name-with-a-particle",
    ),
    pytest.param(
        "“For 15 years the industry has told people that a phone is something you replace every two or "
        "three years,” Corvane’s co-founder and chief executive, Mieke van Aalst, said at a launch event "
        "in Leiden. “We think the old way is finished.”",
        {"speaker": "Mieke van Aalst"},
        id="the-name-after-posts-the-parse-splits-wins-over-its-subject",
    ),
]


@pytest.mark.parametrize(("text", "expected"), OWNER_POSTS_THEN_NAME)
def test_posts_of_a_named_owner_then_the_name_before_the_cue(quotes_of, text, expected):
    assert fields(one(quotes_of(text), "We think the old way is finished"), expected) == expected


def test_a_possessive_name_alone_before_the_cue_is_no_apposition(quotes_of):
    text = "“We think the old way is finished,” Halvor’s co-founder said at a launch event in Oslo."
    assert one(quotes_of(text), "We think the old way is finished").speaker != "Halvor"
