"""What an article says of a person's gender (quotes.extract.gender): pronouns
after the name in its sentence, courtesy titles before it (fictional people)."""

from __future__ import annotations

import pytest

from quotes.extract.gender import gender_told, name_gender, never_gendered, noun_gender


@pytest.mark.parametrize(
    ("name", "gender"),
    [
        ("Marek Bielski", "m"),
        ("Tamsin Orr", "f"),
        ("Donna Sampson Vell", None),  # given names that disagree: a family's name, maybe
        ("Mary Tamsin Vell", "f"),
        ("Harbour Board Ranking Democrat Mara Venn", "f"),
        ("Kobbvell Orr", None),
    ],
)
def test_name_gender_falls_back_on_the_usual_sex_of_the_given_names(name, gender):
    text = f"{name} spoke at the meeting."
    assert name_gender(text, name, [name]) == gender


@pytest.mark.parametrize(
    ("description", "gender"),
    [
        ("spokesman", "m"),
        ("senior spokeswoman", "f"),
        ("his daughter", "f"),
        ("actress", "f"),
        ("official", None),
        ("German", None),
        ("", None),
    ],
)
def test_noun_gender(description, gender):
    assert noun_gender(description) == gender


@pytest.mark.parametrize(
    "text, name, gender",
    [
        pytest.param(
            "Ng Tor Wen runs the trust. Later Mr Ng said the sites were the last.",
            "Ng Tor Wen",
            "m",
            id="a-surname-written-first-then-alone-after-a-title",
        ),
        pytest.param(
            "Tan Vay Ling chairs the board. Ms Tan said she had no regrets.",
            "Tan Vay Ling",
            "f",
            id="a-surname-written-first-then-alone-after-a-title-before-a-pronoun",
        ),
        pytest.param(
            "Kim Soo Jin, a nurse, and Kim Dae Ho, a porter, saw the fire. Ms Kim said she ran.",
            "Kim Dae Ho",
            None,
            id="a-surname-two-people-share",
        ),
        pytest.param(
            "Lee Tor Wen runs a shop. His daughter, Lee Min Ji, helps. Ms Lee said she liked it.",
            "Lee Tor Wen",
            None,
            id="a-surname-a-relative-shares",
        ),
        pytest.param(
            "Georgia Anne Pike coached the team. Tom Reed moved to Georgia, where he took over.",
            "Georgia Anne Pike",
            "f",
            id="a-given-name-that-is-also-a-place",
        ),
        pytest.param(
            "Vell CEO Ng Tor Wen spoke first. Later Mr Ng said the sites were the last.",
            "Ng Tor Wen",
            "m",
            id="a-surname-written-first-after-a-post",
        ),
        pytest.param(
            "Ngata Fund Partners bought in. Mr. Piet Ngata said he was pleased.",
            "Ngata Fund Partners",
            None,
            id="a-word-another-name-ends-on",
        ),
        pytest.param(
            "Ansel Tor Kobb said he would stay.", "Ansel Tor Kobb", "m", id="a-middle-name-written-in-full"
        ),
        pytest.param(
            "Madam Sulinah Abdul Rasyid has run the stall for years.",
            "Sulinah Abdul Rasyid",
            "f",
            id="madam-before-a-name-whose-middle-word-is-a-mans",
        ),
        pytest.param(
            "Mdm Sulinah Abdul Rasyid runs the stall.",
            "Sulinah Abdul Rasyid",
            "f",
            id="mdm-before-the-whole-name",
        ),
        pytest.param(
            "Sulinah Abdul Rasyid runs the stall.",
            "Sulinah Abdul Rasyid",
            "m",
            id="no-title-the-middle-words-usual-sex-as-before",
        ),
        pytest.param(
            "Mdm Daniel Kell-Brown runs the stall. Daniel Kell has the stall next door.",
            "Daniel Kell",
            "m",
            id="an-honorific-before-a-longer-hyphenated-name-is-not-this-ones",
        ),
        pytest.param(
            "Mallam and Hajia Sani Garba opened the shop.",
            "Sani Garba",
            None,
            id="a-couples-honorifics-give-no-gender",
        ),
        pytest.param(
            "Ben Udo and Hajia Sani Garba opened the shop.",
            "Sani Garba",
            "f",
            id="an-honorific-after-another-persons-name-still-does",
        ),
        pytest.param(
            "The novelist spoke to host Marek Vell. Vell, who reviewed her first book, asked about it.",
            "Marek Vell",
            "m",
            id="one-pronoun-after-the-name-does-not-outweigh-the-given-names-usual-sex",
        ),
        pytest.param(
            "Marek Vell said she would run. Vell said she had the votes.",
            "Marek Vell",
            "f",
            id="two-own-pronouns-outweigh-it",
        ),
        pytest.param(
            "Coach Tamara Ollery said he was proud.",
            "Tamara Ollery",
            "m",
            id="a-pronoun-right-after-the-names-own-verb-of-saying-outweighs-it",
        ),
        pytest.param(
            "Sulinah Abdul Rasyid, 54, said she had lost trade.",
            "Sulinah Abdul Rasyid",
            "f",
            id="a-middle-words-usual-sex-does-not-outweigh-a-pronoun",
        ),
        pytest.param(
            "Derek ‘Big Del’ Mounsey runs the van. Mounsey said he would appeal.",
            "Derek ‘Big Del’ Mounsey",
            "m",
            id="a-nickname-inside-the-name-says-nothing",
        ),
    ],
)
def test_name_gender(text, name, gender):
    assert name_gender(text, name, [name]) == gender


def test_a_shared_surname_s_pronouns_give_no_gender_to_an_unknown_given_name():
    """Two unrelated Kulkarnis: ``Kulkarni said he`` may be the other one's."""
    text = (
        "Rail engineer Anand Kulkarni said he had warned the board. "
        "Spokesperson Sneha Kulkarni said the station was safe."
    )
    names = ["Anand Kulkarni", "Sneha Kulkarni"]
    assert name_gender(text, "Sneha Kulkarni", names) is None


@pytest.mark.parametrize(
    ("text", "gender"),
    [
        pytest.param(
            "Hasnah Abdul Karim spoke. Hasnah said the lanes were ready.", None, id="called-by-her-own-name"
        ),
        pytest.param(
            "Hasnah Abdul Karim spoke. Karim said the lanes were ready.", "m", id="called-by-the-last-word"
        ),
        pytest.param(
            "Mary Tamsin Vell spoke. Mary said the lanes were ready.", "f", id="first-word-a-known-name"
        ),
    ],
)
def test_name_gender_of_a_name_called_by_its_first_word(text, gender):
    """``Hasnah Abdul Karim ... Hasnah said``: the words after the first are a
    father's name, whose usual sex (``Abdul``) says nothing of hers."""
    assert name_gender(text, "Hasnah Abdul Karim" if "Hasnah" in text else "Mary Tamsin Vell", []) == gender


@pytest.mark.parametrize(
    "kind, name, expected",
    [
        ("organization", "Ferrin Cares", True),
        ("group", "Her colleagues", True),
        ("organization", "a spokeswoman for the hospital", False),
        ("organization", "the clinic’s spokesman", False),
        ("person", "Lena Ostrow", False),
        ("anonymous", "a lecturer", False),
    ],
)
def test_never_gendered(kind, name, expected):
    assert never_gendered(kind, name) is expected


def test_a_pronoun_at_the_end_of_the_window_is_read_whole():
    # the window after the name ends at 60 characters, inside "her": never "he"
    text = "Ilse Varnholt runs it. Varnholt said keeping part of the programme free was important to her."
    assert name_gender(text, "Ilse Varnholt", []) == "f"


@pytest.mark.parametrize(
    ("sieve", "name", "pronoun", "told"),
    [
        ("topic", "Kiran Oduya", "she", "f"),
        ("last speaker", "Kiran Oduya", "she", "f"),  # a named last speaker
        ("last speaker", "witness", "she", None),  # someone unnamed: the next witness may be a man
        ("last speaker", "Melanie", "he", None),  # against the given name's usual sex: a guess
        ("last speaker", "Melanie", "she", "f"),
        ("topic", "Kiran Oduya", "her", None),  # "her" may be an object
        ("anyone", "Kiran Oduya", "he", None),  # a guess of last resort tells nothing
    ],
)
def test_gender_told(sieve, name, pronoun, told):
    """The gender a pronoun sieve's choice gives a person of unknown gender."""
    assert gender_told(sieve, name, pronoun) == told
