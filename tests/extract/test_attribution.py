"""Speaker mentions: kinds, titles and appositives, and resolution in an article
(pure text; fictional people)."""

from __future__ import annotations

import pytest

from quotes.extract.mentions import (
    appositive_after,
    head_word,
    name_candidates,
    speaker_kind,
    strip_determiner,
    title_before,
)
from quotes.extract.registry import SpeakerRegistry


def test_strip_determiner_and_head_word():
    assert strip_determiner("the spokesman") == "spokesman"
    assert strip_determiner("Tove Lind") == "Tove Lind"
    assert head_word("Norland’s defense ministry") == "ministry"
    assert head_word("the Ministry’s") == "ministry"
    assert head_word("") == ""


@pytest.mark.parametrize(
    "mention, kind",
    [
        ("Tove Lind", "person"),
        ("he", "person"),
        ("they", "group"),
        ("analysts", "group"),
        ("some experts", "group"),
        ("the crowd", "group"),
        ("a senior Norlandic military official", "anonymous"),
        ("an unidentified Foreign Ministry spokesman", "anonymous"),
        ("the spokeswoman", "anonymous"),
        ("Norland's defense ministry", "organization"),
        ("the Joint Chiefs of Staff", "organization"),
        ("Seoul", "organization"),
        ("CNN", "organization"),
        ("the report", "organization"),
    ],
)
def test_speaker_kind(mention, kind):
    assert speaker_kind(mention) == kind


def test_speaker_kind_uses_an_entity_label_when_given():
    assert speaker_kind("Brennmoor", entity="GPE") == "organization"
    assert speaker_kind("Brennmoor", entity="PERSON") == "person"


def test_title_before_a_name():
    text = "Yesterday Deputy Harbour Minister Ansel Kobb arrived. Then Sen. Ola Ruud spoke."
    assert title_before(text, text.index("Ansel")) == "Deputy Harbour Minister"
    assert title_before(text, text.index("Ola")) == "Sen."
    # a sentence end is not crossed, and plain words are not titles
    assert title_before("He arrived. Ansel Kobb spoke.", 12) is None
    assert title_before("the tall Ansel Kobb", 9) is None


def test_appositive_after_a_name():
    text = "Halvard Quist, acting president of the Brennmoor Institute for Policy Studies think tank in Vell, said"
    end = text.index(",")
    assert appositive_after(text, end) == ("acting president", "Brennmoor Institute for Policy Studies")
    text = "Ina Moss, the U.S. envoy to the United Nations, said"
    assert appositive_after(text, text.index(",")) == ("U.S. envoy", "United Nations")
    text = "Per Dahl, a professor at Eastmarch University in Vell, told reporters"
    assert appositive_after(text, text.index(",")) == ("professor", "Eastmarch University")
    assert appositive_after("Per Dahl said so.", 8) == (None, None)


def test_name_candidates_strip_titles_and_sentence_words():
    text = "The Harbour Minister Ansel Kobb met Tove Lind. Then Ola Ruud left."
    names = [name for _, _, name in name_candidates(text)]
    assert "Ansel Kobb" in names and "Tove Lind" in names and "Ola Ruud" in names
    for start, end, name in name_candidates(text):
        assert text[start:end] == name


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


def test_registry_leaves_unknown_mentions_as_they_are():
    registry = SpeakerRegistry("Nothing here.")
    assert registry.resolve("he", position=5) == ("he", "person", None)
    assert registry.resolve("the committee", position=5)[:2] == ("committee", "organization")


def test_registry_pronoun_takes_a_surname_named_earlier_in_the_sentence():
    text = (
        "Ansel Kobb drew a map of Dag Orrin's island in 2005. "
        "Mr. Kobb liked the map so much that he framed it."
    )
    registry = SpeakerRegistry(text)
    # no full name in the sentence: the surname alone is the antecedent,
    # not the last name of the article before the pronoun
    assert registry.resolve("he", position=text.index("he framed"))[0] == "Ansel Kobb"


def test_registry_sentence_ends_at_a_quote_closing_a_sentence():
    text = 'Ansel Kobb spoke first. Dag Orrin praised "the advice he gave." He also said more.'
    registry = SpeakerRegistry(text)
    registry.last_speaker = registry.add("Ansel Kobb", position=0)
    # the sentence of "He" starts after the quoted sentence: Dag Orrin is not in it
    assert registry.resolve("He", position=text.index("He also"))[0] == "Ansel Kobb"


def test_a_dateline_subject_stands_for_the_name_after_its_dash():
    import spacy
    from spacy.tokens import Doc

    from quotes.extract.syntax import after_dateline, dateline_subject

    words = ["PORT", "VELLA", ",", "Ont", ".", "—", "Gov.", "Ansel", "Kobb", "blamed", "the", "ferry", "."]
    heads = [1, 9, 1, 1, 1, 1, 8, 8, 1, 9, 11, 9, 9]
    deps = [
        "compound",
        "nsubj",
        "punct",
        "appos",
        "punct",
        "punct",
        "compound",
        "compound",
        "appos",
        "ROOT",
        "det",
        "dobj",
        "punct",
    ]
    pos = [
        "PROPN",
        "PROPN",
        "PUNCT",
        "PROPN",
        "PUNCT",
        "PUNCT",
        "PROPN",
        "PROPN",
        "PROPN",
        "VERB",
        "DET",
        "NOUN",
        "PUNCT",
    ]
    doc = Doc(spacy.blank("en").vocab, words=words, heads=heads, deps=deps, pos=pos)
    assert dateline_subject(doc[1]).text == "Kobb"  # not "Ont", the province before the dash
    assert dateline_subject(doc[11]).i == 11  # no dateline: the token itself
    assert [t.text for t in after_dateline(list(doc[0:9]), doc[8])] == ["Gov.", "Ansel", "Kobb"]


def test_registry_pronoun_skips_names_used_as_things_or_places():
    text = (
        "Mara Venn says the Kobb administration should do more about the Gull Rowing Club "
        "and that she expects Mayor Dag Orrin to act."
    )
    registry = SpeakerRegistry(text)
    # "the Gull Rowing Club" is a body, "the Kobb administration" names no one speaking; the
    # sentence opens the text, its first name is still a candidate
    assert registry.resolve("she", position=text.index("she expects"))[0] == "Mara Venn"


def test_registry_a_name_inside_a_quotation_is_no_antecedent():
    text = 'Asked about the ferry, Venn said "I know Ansel Kobb well," she said.'
    registry = SpeakerRegistry(text, quoted=[(text.index("I know"), text.index(',"'))])
    registry.add("Ansel Kobb", position=text.index("Ansel"))  # a mention inside the quotation
    assert registry.resolve("she", position=text.index("she said"))[0] == "Venn"


def test_registry_a_surname_that_speaks_is_a_person_even_unnamed_in_full():
    text = "Ansel Kobb met them. Asked about the pier, Orrin said he would not build it."
    registry = SpeakerRegistry(text)
    registry.last_speaker = registry.add("Ansel Kobb", position=0)
    assert registry.resolve("he", position=text.index("he would"))[0] == "Orrin"


def test_name_candidates_drop_body_and_party_words_before_a_name():
    # a surname that is also a place word ("London") is kept
    text = "Harbour Board Ranking Democrat Mara Venn spoke, and Dag London and Ola T. London listened."
    names = [name for _, _, name in name_candidates(text)]
    assert names == ["Mara Venn", "Dag London", "Ola T. London"]


def test_registry_gender_reads_the_given_name_before_the_surname():
    text = (
        "The Harbour Board said he would go. Dag Orrin met Harbour Board Ranking Democrat Mara Venn. "
        "Mara told her friends she was tired."
    )
    registry = SpeakerRegistry(text)
    person = registry.add("Harbour Board Ranking Democrat Mara Venn", position=text.index("Harbour B"))
    assert registry.gender(person) == "f"  # not "m" from "The Harbour Board said he"
