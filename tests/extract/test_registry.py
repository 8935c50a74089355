"""What an article has said about who is who (quotes.extract.registry):
surnames, pronouns and nominals resolved in reading order (pure text;
fictional people)."""

from __future__ import annotations

import pytest

from quotes.extract.pipeline import extract_quotes
from quotes.extract.registry import SpeakerRegistry


def test_registry_resolves_surnames_pronouns_and_nominals():
    text = (
        "Tove Lind, a professor at Eastmarch University, studies floods. "
        "An unnamed Ministry of Ports spokesman declined to comment. "
        "Lind said the water was rising. She said more. The spokesman said nothing."
    )
    registry = SpeakerRegistry(text)
    name, kind, person = registry.resolve("Lind", position=text.index("Lind said"))
    assert (name, kind) == ("Tove Lind", "person")
    assert person.role == "professor" and person.affiliation == "Eastmarch University"
    registry.last_speaker = person
    assert registry.resolve("She", position=text.index("She said"))[0] == "Tove Lind"
    name, kind, _ = registry.resolve("The spokesman", position=text.index("The spokesman"))
    assert name == "unnamed Ministry of Ports spokesman"
    assert kind == "anonymous"


def test_registry_pronoun_gender_from_the_article():
    text = (
        "Mr. Ivo Penn met Ms. Ada Vey on Monday. Penn said he was pleased. "
        "Vey said she was not. Later, she spoke again."
    )
    registry = SpeakerRegistry(text)
    ivo = registry.add("Ivo Penn", position=text.index("Ivo"))
    ada = registry.add("Ada Vey", position=text.index("Ada"))
    assert registry.gender(ivo) == "m" and registry.gender(ada) == "f"
    registry.last_speaker = ivo  # the last speaker is the other gender
    assert registry.resolve("she", position=text.index("she spoke"))[0] == "Ada Vey"


def test_the_writers_own_pronouns_stand_for_nobody_named():
    text = "Ansel Kobb called. I told him no."
    registry = SpeakerRegistry(text)
    registry.last_speaker = registry.add("Ansel Kobb", position=0)
    assert registry.resolve("I", position=text.index("I told")) == ("I", "person", None)


@pytest.mark.parametrize(
    "text, mention, expected",
    [
        pytest.param(
            "Tove Lind, a harbour singer, toured in May.\n\nAfter the show, the singer thanked the crowd.",
            "the singer",
            "Tove Lind",
            id="a-role-the-article-gave",
        ),
        pytest.param(
            "Ansel Kobb was elected in May.\n\nThe future mayor thanked the crowd.",
            "The future mayor",
            "Ansel Kobb",
            id="a-description-of-the-person-the-story-is-about",
        ),
        pytest.param(
            "Some pilots wrote a letter. The group, Harbour Pilots Alliance, formed in May.\n\n"
            "The group said the pier was unsafe.",
            "The group said",
            "Harbour Pilots Alliance",
            id="a-name-an-apposition-gave",
        ),
        pytest.param(
            "Harbour Securities cut its forecast on Monday. The company said demand was weak.",
            "The company said",
            "Harbour Securities",
            id="the-company-a-sentence-just-made-its-subject",
        ),
        pytest.param(
            "Sanjida Kohl counts the lentils before she cooks them.\n\n"
            "“One cup for the morning,” the 31-year-old mother of four said.",
            "the 31-year-old mother of four",
            "Sanjida Kohl",
            id="a-mother-of-her-own-children",
        ),
        pytest.param(
            "Jade Corrie was evicted on Monday.\n\n“I have nowhere to go,” the mother of one said.",
            "the mother of one",
            "Jade Corrie",
            id="a-mother-of-one",
        ),
        pytest.param(
            "Ansel Kobb was elected in May.\n\nThe spokesman declined to comment.",
            "The spokesman",
            "spokesman",
            id="a-source-the-story-does-not-name-stays-unnamed",
        ),
    ],
)
def test_registry_nominal(text, mention, expected):
    registry = SpeakerRegistry(text)
    position = text.index(mention)
    words = mention.removesuffix(" said")
    assert registry.resolve(words, position=position)[0] == expected


def test_registry_leaves_unknown_mentions_as_they_are():
    registry = SpeakerRegistry("Nothing here.")
    assert registry.resolve("he", position=5) == ("he", "person", None)
    assert registry.resolve("the committee", position=5)[:2] == ("committee", "organization")


#: A pronoun at the first place its words stand, and whom it stands for;
#: ``named``: someone recorded before (at the first place the words stand, or
#: at 0), as the last speaker when ``last_speaker``; ``quoted``: where the
#: article's quoted words start and end.
PRONOUNS = [
    pytest.param(
        "Ansel Kobb drew a map of Dag Orrin's island in 2005. Mr. Kobb liked the map so much that he framed it.",
        "he framed",
        "Ansel Kobb",
        {},
        id="a-surname-earlier-in-the-sentence-not-the-last-full-name",
    ),
    pytest.param(
        'Ansel Kobb spoke first and thanked Dag Orrin for "the advice he gave." He also said more.',
        "He also",
        "Ansel Kobb",
        {"named": ("Ansel Kobb", None), "last_speaker": True},
        id="the-sentence-starts-after-a-quoted-sentence",
    ),
    pytest.param(
        "Mara Venn says the Kobb administration should do more about the Gull Rowing Club "
        "and that she expects Mayor Dag Orrin to act.",
        "she expects",
        "Mara Venn",
        {},
        id="names-used-as-things-or-places-are-skipped",
    ),
    pytest.param(
        'Asked about the ferry, Venn said "I know Ansel Kobb well," she said.',
        "she said",
        "Venn",
        {"named": ("Ansel Kobb", "Ansel"), "quoted": ("I know", ',"')},
        id="a-name-inside-a-quotation-is-no-antecedent",
    ),
    pytest.param(
        "Ansel Kobb met them. Asked about the pier, Orrin said he would not build it.",
        "he would",
        "Orrin",
        {"named": ("Ansel Kobb", None), "last_speaker": True},
        id="a-surname-that-speaks-though-never-named-in-full",
    ),
    pytest.param(
        "Ansel Kobb spoke first.\n\nMara Venn, who runs the ferry, has worked there for years. "
        "“It is hard,” she said.",
        "she said",
        "Mara Venn",
        {"named": ("Ansel Kobb", None), "last_speaker": True},
        id="the-subject-a-paragraph-turns-to-after-the-last-speaker",
    ),
    pytest.param(
        "Ansel Kobb spoke first.\n\nAs it turned out, Mara Venn had waited for years. “It is hard,” she said.",
        "she said",
        "Mara Venn",
        {"named": ("Ansel Kobb", None), "last_speaker": True},
        id="a-subject-after-an-introductory-phrase",
    ),
    pytest.param(
        "Ansel Kobb spoke first.\n\nThe council thanked Mara Venn after she spoke.",
        "she spoke",
        "Mara Venn",
        {"named": ("Ansel Kobb", None), "last_speaker": True},
        id="a-name-earlier-in-the-sentence-before-the-last-speaker",
    ),
    pytest.param(
        "Ansel Kobb spoke first.\n\nKobb’s daughter, pilot Mara Venn, remembers it. “It was hard,” she said.",
        "she said",
        "Mara Venn",
        {"named": ("Ansel Kobb", None), "last_speaker": True},
        id="a-subject-in-apposition-to-a-possessive",
    ),
    pytest.param(
        "Ansel Kobb spoke first.\n\nHe thanked Mara Venn for the map. “It is good,” he said.",
        "he said",
        "Ansel Kobb",
        {"named": ("Ansel Kobb", None), "last_speaker": True},
        id="a-name-that-is-no-subject-does-not-take-the-pronoun",
    ),
    pytest.param(
        "Tove Lind chairs the board.\n\nThe commission will be led by the deputy, Mara Venn, next year. "
        "“We will act,” she said.",
        "she said",
        "Tove Lind",
        {"named": ("Tove Lind", None), "last_speaker": True},
        id="a-clause-before-a-comma-is-no-introductory-phrase",
    ),
    pytest.param(
        "Ansel Kobb read The Harbour Wit and walked around Kell Park. Later he said it was fine.",
        "he said",
        "Ansel Kobb",
        {},
        id="titles-and-places-are-no-people",
    ),
    pytest.param(
        "Her son, Charlie MacAdam, spoke. Then he left.",
        "he left",
        "Charlie MacAdam",
        {},
        id="a-name-with-a-capital-inside-is-whole",
    ),
]


@pytest.mark.parametrize("text, at, expected, before", PRONOUNS)
def test_registry_pronoun(text, at, expected, before):
    quoted = before.get("quoted")
    registry = SpeakerRegistry(
        text, quoted=[(text.index(quoted[0]), text.index(quoted[1]))] if quoted else []
    )
    if "named" in before:
        name, where = before["named"]
        person = registry.add(name, position=text.index(where) if where else 0)
        if before.get("last_speaker"):
            registry.last_speaker = person
    assert registry.resolve(at.split()[0], position=text.index(at))[0] == expected


def test_registry_gender_reads_the_given_name_before_the_surname():
    text = (
        "The Harbour Board said he would go. Dag Orrin met Harbour Board Ranking Democrat Mara Venn. "
        "Mara told her friends she was tired."
    )
    registry = SpeakerRegistry(text)
    person = registry.add("Harbour Board Ranking Democrat Mara Venn", position=text.index("Harbour B"))
    assert registry.gender(person) == "f"  # not "m" from "The Harbour Board said he"


_SENIOR_COUNSEL = (
    "Ms Ada Brenn, prosecuting, said the crash was avoidable.\n\n"
    "Mr Colm Daly SC, for Byrne, said his client was sorry.\n\n"
    "Judge Ola Finn said she would rule on Friday.\n\n"
    '"He was young and foolish," counsel said.'
)
_DEFENCE_COUNSEL_TITLE = (
    "Defence counsel Colm Daly said his client was sorry.\n\n"
    '"He was young and foolish," defence counsel said.'
)
_KINGS_COUNSEL = (
    "Tom Hale KC, for the family, said the ferry had left late.\n\n"
    '"The crew were warned twice," counsel told the inquest.'
)
_COUNSEL_WRITTEN_AS_A_NAME = (
    "Counsel for Asiedu, Mr Selorm Agbeko, objected to the messages.\n\n"
    "Counsel for Darko, Ms Nana Owusu, declined to comment.\n\n"
    "Under cross-examination, Mr Agbeko put it to the witness that she had signed the papers.\n\n"
    '"Madam, you know what a signature means," counsel said.'
)
_NO_COUNSEL_NAMED = 'The judge, Ola Finn, said the crash was avoidable.\n\n"He was young," counsel said.'


@pytest.mark.parametrize(
    "text, words, expected",
    [
        (_SENIOR_COUNSEL, "He was young and foolish", "Colm Daly"),
        (_DEFENCE_COUNSEL_TITLE, "He was young and foolish", "Colm Daly"),
        (_KINGS_COUNSEL, "The crew were warned twice", "Tom Hale"),
        (_COUNSEL_WRITTEN_AS_A_NAME, "Madam, you know what a signature means", "Selorm Agbeko"),
        (_NO_COUNSEL_NAMED, "He was young", "counsel"),  # the judge is no counsel
    ],
)
def test_bare_counsel_is_the_lawyer_named_with_the_post(text, words, expected):
    speakers = {text[q.start : q.end]: q.speaker for q in extract_quotes(text)}
    assert speakers[words] == expected
