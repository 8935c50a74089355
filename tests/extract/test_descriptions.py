"""Where an article names who a description stands for (quotes.extract.descriptions; fictional text)."""

from __future__ import annotations

import pytest

from quotes.extract.descriptions import apposed_name, business_named, name_after
from quotes.extract.introductions import introduction


@pytest.mark.parametrize(
    "text, head, expected",
    [
        (
            "The group, Harbour Pilots Alliance, formed in May. The group said no.",
            "group",
            "Harbour Pilots Alliance",
        ),
        ("The new pilots group, Gull Pilots, met. The group said no.", "group", "Gull Pilots"),
        ("The group met in May. The group said no.", "group", None),
        (
            "The group of pilots at\xa0Gull Bay, Gull Pilots, met. The group said no.",
            "group",
            "Gull Pilots",
        ),
        ("The pilots group Gull Pilots, met in May. The group said no.", "group", None),
    ],
)
def test_apposed_name(text, head, expected):
    found = apposed_name(text, head, text.rindex("The group said"))
    assert (found.words if found else None) == expected
    if found:
        assert text[found.start : found.end] == found.words and found.is_name


@pytest.mark.parametrize(
    "text, expected, is_name",
    [
        (
            "An unnamed Ministry of Ports spokesman declined. The spokesman said no.",
            "unnamed Ministry of Ports spokesman",
            False,
        ),
        ("Tove Lind, a harbour spokesman, declined. The spokesman said no.", "Tove Lind", True),
        ("Nobody declined. The spokesman said no.", None, None),
        ("AN UNNAMED SPOKESMAN declined. The spokesman said no.", "UNNAMED SPOKESMAN", False),
        ("One Spokesman declined. The spokesman said no.", "Spokesman", False),
    ],
)
def test_introduction(text, expected, is_name):
    found = introduction(text, "spokesman", text.rindex("The spokesman"))
    assert (found.words if found else None) == expected
    if found:
        assert text[found.start : found.end] == found.words and found.is_name is is_name


@pytest.mark.parametrize(
    ("mention", "expected"),
    [
        ("Oil giant Nordoil", ("oil giant", "Nordoil")),
        ("Power company Nordkraft", ("power company", "Nordkraft")),
        ("Carmaker Kell Motors", ("carmaker", "Kell Motors")),
        ("House Republicans", None),  # one word before a name must say what business it is
        ("Team Kobb", None),
        ("Opposition leader Sten Hauge", None),  # a person's title
        ("Kell Motors", None),
        ("Harriers director of rugby Tam Ollery", None),  # a post at a club, not a body
        ("Bank chief of staff Ivo Marr", None),
        ("Plant head of operations Lio Dunne", None),
        ("The director of the charity Safe Haven", ("director of the charity", "Safe Haven")),
    ],
)
def test_business_named(mention, expected):
    assert business_named(mention) == expected


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("The spokesman, Superintendent of Police Ada Obi, said so.", "Ada Obi"),
        ("The head, Director of Public Prosecutions Mara Lund, said so.", "Mara Lund"),
        ("The spokesman, Commissioner of Police Mary Jane Obi, said so.", "Mary Jane Obi"),
        ("The spokesman, Ada Obi, said so.", "Ada Obi"),
        ("The spokesman, Superintendent of Police Operations, said so.", "Superintendent"),
        ("The spokesman, Director of Human Resources Mara Lund, said so.", "Mara Lund"),
        ("The head, Director of Estates Mara Lund, said so.", "Mara Lund"),
        ("The head, Director of Corporate Affairs Tom Kessel, said so.", "Tom Kessel"),
    ],
)
def test_name_after_a_rank_and_its_service(text, expected):
    found = name_after(text, text.index(","))
    assert found is not None and found.words == expected
    assert text[found.start : found.end] == found.words


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("Her opposite number, the shadow housing minister Raj Kenworth, said so.", "Raj Kenworth"),
        ("Her deputy, shadow planning chief Raj Kenworth, said so.", "Raj Kenworth"),
        ("A man, according to Raj Kenworth, said so.", None),  # a participle, no role
    ],
)
def test_name_after_a_role_with_a_word_in_ing(text, expected):
    """``housing minister``: a word in ``-ing`` before another word of the role."""
    found = name_after(text, text.index(","))
    assert (found.words if found is not None else None) == expected


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("A nurse, who would only give her first name, Ama, said so.", "Ama"),
        ("A cook, who gave only the name Ruth, said so.", "Ruth"),
        ("A driver, who asked to be identified only as Femi, said so.", "Femi"),
        ("A porter who asked to be identified as Musa said so.", "Musa"),
        ("A guard who identified himself only as Kofi said so.", "Kofi"),
        ("A voter who identified as Republican said so.", None),
        ("A voter who gave as Christmas presents toys said so.", None),
    ],
)
def test_name_after_all_the_name_someone_gave(text, expected):
    end = text.index(",") if "," in text else text.index(" who")
    found = name_after(text, end)
    assert (found.words if found else None) == expected
    if found:
        assert text[found.start : found.end] == found.words


def test_a_participle_before_a_role_is_no_word_of_it():
    text = "The spokesman for the club, quoting chairman Ivo Brand, said the sale was off."
    assert name_after(text, text.index(",")) is None
