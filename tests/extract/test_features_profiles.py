"""Attribution in features and profiles (present-tense cues, families
interviewed together, scenes with dialogue, the writer as ``I``), one row per
construction, on texts written for the test about fictional people."""

from __future__ import annotations

import pytest
from extract_checks import one

SPEAKERS = [
    pytest.param(
        "The water reached the stairs, Martin Hale remembers. His son, Daniel, was eleven.\n\n"
        "“I carried him to the truck,” Hale says.\n\n"
        "Daniel, now 14, sits at the table and rolls his eyes. “I wasn't scared,” he says.",
        "I wasn't scared",
        {"speaker": "Daniel"},
        id="a-relative-named-once-is-the-subject-later-by-that-name",
    ),
    pytest.param(
        "“I carried him to the truck,” Martin Hale says.\n\n"
        "Hale's wife, Susan, handles the paperwork. She keeps it in three folders.\n\n"
        "“Every letter, every receipt,” she says.",
        "Every letter",
        {"speaker": "Susan"},
        id="a-name-in-apposition-to-a-relation-of-someone-named",
    ),
    pytest.param(
        "“I will never sell the boat,” Anders Kvale says.\n\n"
        "Their daughter, Liv Kvale, bakes bread in town. “I worry when the wind picks up,” she says.\n\n"
        "Her father says he will keep going until the bridge opens.",
        "he will keep going",
        {"speaker": "Anders Kvale"},
        id="her-father-is-who-shares-her-surname",
    ),
    pytest.param(
        "“I will never sell the boat,” Anders Kvale says.\n\n"
        "“We underestimated the seabed,” said Rolf Bakken, the county engineer. He was blunt.\n\n"
        "Their daughter, Liv Kvale, bakes bread in town. “I worry when the wind picks up,” she says.\n\n"
        "Her father says he will keep going. “Then,” he says, “I will sit on the bridge.”",
        "I will sit on the bridge",
        {"speaker": "Anders Kvale"},
        id="a-pronoun-after-her-father-spoke",
    ),
    pytest.param(
        "“He was lazy,” Greta Sundin says.\n\n"
        "Her sister, Maja Sundin, lives next door. “She never rested,” she says.",
        "She never rested",
        {"speaker": "Maja Sundin", "role": "sister"},
        id="the-predicate-after-a-relation-and-name-is-no-role",
    ),
    pytest.param(
        "Edda Morn, 82, sits at the loom; her daughter, Una Morn, 54, sits by the door.\n\n"
        "“Mum taught me when I was seven,” Una says.\n\n"
        "Her mother snorts. “She hated everything at seven,” she says.",
        "She hated everything",
        {"speaker": "Edda Morn"},
        id="a-pronoun-after-her-mother-opens-the-paragraph",
    ),
    pytest.param(
        "“Kids need someone who turns up,” Leif Aldo says.\n\n"
        "His assistant, Per Aldo, is his son. “He never missed a Saturday,” he says.\n\n"
        "His father shrugs. “The match was at ten,” he says.",
        "The match was at ten",
        {"speaker": "Leif Aldo"},
        id="a-pronoun-after-his-father-opens-the-paragraph",
    ),
    pytest.param(
        "Oskar Feld, 64, coaches three teams. “I just turn up,” Feld says.\n\n"
        "His assistant is his son, Jonah Feld. “He never missed a Saturday,” Jonah says.\n\n"
        "Feld says he will refuse the prize.",
        "he will refuse",
        {"speaker": "Oskar Feld"},
        id="a-surname-alone-stays-with-whom-it-stood-for-first",
    ),
    pytest.param(
        "Femi Obi, 45, came to Portmere in 2003. “It was the best school I ever had,” Obi says.\n\n"
        "His wife, Grace Obi, runs the counter. “I loved him anyway,” she says.\n\n"
        "Obi says he learned that from his father.",
        "he learned that",
        {"speaker": "Femi Obi"},
        id="a-surname-alone-after-a-spouse-spoke",
    ),
    pytest.param(
        "The baker of Mill Lane\n\nBy Hanne Voss\n\n"
        "“I get up at three and I make bread.” Femi Obi wipes flour from his hands.\n\n"
        "Obi, 45, came to Portmere in 2003.",
        "I get up at three",
        {"speaker": "Femi Obi"},
        id="a-quote-opening-the-story-then-who-is-shown-saying-it",
    ),
    pytest.param(
        "“It was the best school I ever had,” Femi Obi says.\n\n"
        "“He never stops talking about that shop.” His wife, Grace Obi, runs the counter.",
        "He never stops talking",
        {"speaker": "Grace Obi"},
        id="a-quote-opening-its-paragraph-then-who-is-shown-saying-it",
    ),
    pytest.param(
        "Her daughter, Una Morn, sits by the door. “Mum taught me at seven,” Una says.\n\n"
        "“She hated everything at seven,” Edda Morn says.\n\n"
        "Una laughs and shakes her head. “She has been like this my whole life.”",
        "my whole life",
        {"speaker": "Una Morn"},
        id="a-quote-after-who-is-shown-in-its-paragraph",
    ),
    pytest.param(
        "“I know, Walt,” Dina Aubry said.\n\n"
        "Her cook, Sandy Ortez, leaned through the hatch. “Should I make it special?” he asked.\n\n"
        "“Make it the same,” she said.",
        "Make it the same",
        {"speaker": "Dina Aubry"},
        id="a-pronoun-for-someone-says-their-gender",
    ),
    pytest.param(
        "“I know, Walt,” Dina Aubry said.\n\n"
        "Her cook, Sandy Ortez, leaned through the hatch. “Should I make it special?” he asked.",
        "Should I make it special",
        {"speaker": "Sandy Ortez", "role": None},
        id="the-predicate-after-any-description-and-name-is-no-role",
    ),
    pytest.param(
        "Marit Sol, 68, counts seabirds. Her husband, Jens Sol, carries the thermos.\n\n"
        "“I carry the thermos,” he says.\n\n"
        "“Without Marit, we would be guessing,” said Amira Haddad, a researcher.\n\n"
        "Sol shrugs at the praise. “I just count,” she says.",
        "I just count",
        {"speaker": "Marit Sol"},
        id="a-surname-two-people-share-goes-to-who-the-pronoun-can-be",
    ),
    pytest.param(
        "The bird counter\n\nBy Lena Haug\n\n“You don't choose birds. They choose you.”\n\n"
        "That is how Marit Sol, 68, explains four decades on the cliffs.",
        "They choose you",
        {"speaker": "Marit Sol", "cue": "That is how"},
        id="that-is-how-someone-explains-it-in-the-next-paragraph",
    ),
    pytest.param(
        "“You picked the worst week,” Victor Sallis told me.\n\n"
        "The next morning, I met the train's chef, Arturo Benz. He told me he had cooked on the line for years.",
        "he had cooked",
        {"speaker": "Arturo Benz"},
        id="a-pronoun-after-the-person-the-writer-met",
    ),
    pytest.param(
        "Their son, Martin Abbe, a teacher in Glasgow, says his parents never took a holiday.",
        "his parents never took",
        {"speaker": "Martin Abbe", "affiliation": None},
        id="a-town-someone-works-in-is-no-affiliation",
    ),
    pytest.param(
        "Harold and June Abbe opened their bakery in 1974.\n\n"
        "“We said we would do five years,” June Abbe says.\n\n"
        "Her husband is quieter. “She does the talking,” he says.",
        "She does the talking",
        {"speaker": "Harold Abbe"},
        id="two-given-names-sharing-one-surname",
    ),
    pytest.param(
        "Peter Allan said he would stay on the farm.\n\n"
        "“I grew up here,” Ruth Allan says.\n\n"
        "“The cows are ours,” she says.",
        "The cows are ours",
        {"speaker": "Ruth Allan"},
        id="a-shared-surname-says-nothing-of-the-gender",
    ),
    pytest.param(
        "“I never wanted to be famous”: a conversation with Leo Varga\n\nBy Nina Holt\n\n"
        "Leo Varga, 34, has written four albums. We met in a café near his studio.",
        "I never wanted to be famous",
        {"speaker": "Leo Varga"},
        id="a-headline-quote-of-whom-the-conversation-is-with",
    ),
    pytest.param(
        "“I mouthed the words for sixty years,” recalls Hanne Lyng, a retired postwoman.\n\n"
        "The choir's founder and leader, Greta Halvorsen, says that story is typical.",
        "that story is typical",
        {"speaker": "Greta Halvorsen", "role": "choir's founder and leader"},
        id="two-titles-joined-by-and-before-a-name-in-apposition",
    ),
    pytest.param(
        "Three women run the night desk: Karin Voss, Lena Haak and Britt Amundsen.\n\n"
        "“Every light went on at once,” Voss says.\n\n"
        "Haak took the first call, from a farmer. She remembers that he apologised for bothering them.\n\n"
        "“His cows were in the road,” she says.",
        "His cows were in the road",
        {"speaker": "Lena Haak"},
        id="a-guessed-pronoun-in-reported-speech-makes-no-one-the-speaker",
    ),
    pytest.param(
        "“My teacher said, 'Just mouth the words,'” recalls Hanne Lyng, 72, a retired postwoman.",
        "Just mouth the words",
        {"speaker": "Hanne Lyng", "role": "retired postwoman"},
        id="an-age-before-the-role",
    ),
]


@pytest.mark.parametrize(("text", "words", "expected"), SPEAKERS)
def test_speakers_in_features(quotes_of, text: str, words: str, expected: dict[str, str | None]) -> None:
    quote = one(quotes_of(text), words)
    for field, value in expected.items():
        assert getattr(quote, field) == value, field


CONTENTS = [
    pytest.param(
        "The insurance company, Northgate Mutual, paid for half of the repairs, according to Martin Hale.",
        "paid for half",
        "The insurance company, Northgate Mutual, paid for half of the repairs",
        id="according-to-after-a-subject-in-apposition",
    ),
    pytest.param(
        "Ruth told me in 2021, when I first visited the workshop, that she had planned to leave Linton.",
        "planned to leave",
        "that she had planned to leave Linton",
        id="a-time-between-the-cue-and-that",
    ),
    pytest.param(
        "Let's not forget that Ned Carrow told the inquiry he had never seen the report.",
        "never seen",
        "he had never seen the report",
        id="a-statement-recalled-under-lets",
    ),
    pytest.param(
        "The family let us see the letter, which said the boy had been bullied for months.",
        "bullied",
        "the boy had been bullied for months",
        id="let-with-its-own-subject",
    ),
]


@pytest.mark.parametrize(("text", "words", "content"), CONTENTS)
def test_contents_in_features(quotes_of, text: str, words: str, content: str) -> None:
    assert one(quotes_of(text), words).text == content


NOT_SAID = [
    pytest.param(
        "“Everything happened there,” Leo Varga says.\n\nDoes he think his mother listens to the records?",
        "listens to the records",
        id="the-writer-asks-whether-someone-thinks-so",
    ),
    pytest.param(
        "The ferry board met on Monday. And let's hope the bridge stays open.",
        "the bridge stays open",
        id="the-writer-hopes-with-lets",
    ),
    pytest.param(
        "The ferry board met on Monday.\n\nLet's say the new bridge costs twice as much.",
        "the new bridge costs",
        id="the-writer-supposes-with-lets",
    ),
    pytest.param(
        "The ferry board met on Monday. So let us say the ferry will cost more next year.",
        "the ferry will cost more",
        id="the-writer-supposes-with-let-us",
    ),
    pytest.param(
        "The ferry board met on Monday. Let's say you think the new bridge will cost twice as much.",
        "the new bridge will cost",
        id="a-view-inside-a-supposition",
    ),
]


@pytest.mark.parametrize(("text", "words"), NOT_SAID)
def test_words_nobody_said_in_features(quotes_of, text: str, words: str) -> None:
    assert not [q for q in quotes_of(text) if words in q.text]
