"""Sources asking not to be named (quotes.extract.anonymity): someone brought
in unnamed with such a request is whom the next pronoun quotes; on texts
written for the test about fictional people."""

from __future__ import annotations

import pytest

from quotes.extract.anonymity import unnamed_source_between

LEAD = 'Union leader Mara Sibanda said teachers would stay home. "We are not going back," she said.\n\n'


@pytest.mark.parametrize(
    ("text", "described"),
    [
        (
            "a mathematics teacher at a school in Senga, who asked not to be named for fear of reprisal,",
            "mathematics teacher",
        ),
        ("a man unloading his car, who did not want to be named, was blunter.", "man"),
        ("a nurse, who declined to be identified, said so.", "nurse"),
        ("a volunteer, who declined to give his name because the credit was the team's, spoke.", "volunteer"),
        ("a nurse, who would not give her full name, said so.", "nurse"),
        ("a driver, who asked that her name not be used, said so.", "driver"),
        ("a teacher, who declined to give her surname, said so.", "teacher"),
        ("a driver, who asked that his name be withheld, said so.", "driver"),
        (
            "I asked a former call-centre worker, a woman who left in May, what happened. She asked not to be named.",
            "former call-centre worker",
        ),
        ("I asked a former call-centre worker what happened. She said she would not say.", None),
        ("a man unloading his car was blunter.", None),
        ("the minister, who asked not to be named, spoke.", None),  # no one brought in
    ],
)
def test_unnamed_source_between(text, described):
    found = unnamed_source_between(text, 0, len(text))
    assert (found[1] if found else None) == described


@pytest.mark.parametrize(
    ("middle", "speaker"),
    [
        pytest.param(
            "Among the crowd was a mathematics teacher at a school in Senga, who asked not to be named.\n\n",
            "mathematics teacher",
            id="brought-in-unnamed",
        ),
        pytest.param(
            "Among the crowd was a teacher, who asked not to be named. Mara Sibanda spoke again.\n\n",
            "Mara Sibanda",
            id="someone-named-since",
        ),
        pytest.param(
            "I asked a former call-centre worker what the quotas were. She asked not to be named "
            "because she signed an agreement.\n\n",
            "former call-centre worker",
            id="the-request-in-the-next-sentence",
        ),
        pytest.param(
            "Among the crowd was a father of three, who asked not to be named.\n\n",
            "Mara Sibanda",
            id="a-man-is-no-she",
        ),
    ],
)
def test_the_next_pronoun_quotes_the_unnamed_source(quotes_of, middle, speaker):
    text = LEAD + middle + "“I sold my fridge to pay the fees,” she said."
    quote = next(q for q in quotes_of(text) if q.text.startswith("I sold"))
    assert quote.speaker == speaker


@pytest.mark.parametrize(
    "text",
    [
        "A nurse at the clinic asked that her name not be used because she feared losing her job.",
        "A porter asked that his name be withheld.",
        "A teacher asked not to be named.",
    ],
)
def test_a_request_not_to_be_named_is_no_quote(quotes_of, text):
    assert not [q for q in quotes_of(text) if q.kind == "indirect" and "name" in q.text]


def test_a_request_of_the_other_gender_leaves_the_named_speaker(quotes_of):
    text = (
        "Strike\n\nMaria Lunde, a nurse for 20 years, stood at the gate with a colleague, a hospital porter. "
        "He asked not to be named.\n\n“We cannot go on like this,” she said."
    )
    quote = next(q for q in quotes_of(text) if q.text.startswith("We cannot"))
    assert quote.speaker == "Maria Lunde"
