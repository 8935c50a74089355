"""A lead's description named by the next paragraph, which tells the same deed (quotes.extract.lead_deeds; fictional text)."""

from __future__ import annotations

import pytest

from quotes.extract.lead_deeds import same_deed_named_next

LEAD = (
    "A structural engineer who inspected the Kell Lane footbridge has told an inquiry he warned the council."
)
LEAD_DIVER = "A diver who searched the harbour has told an inquest she found the boat."


@pytest.mark.parametrize(
    ("text", "mention", "expected"),
    [
        (
            LEAD + "\n\nOwen Vask, who carried out the 2021 inspection, said he found rust.",
            "A structural engineer",
            "Owen Vask",
        ),
        (
            LEAD + "\n\nOwen Vask, who had inspected it twice, told the inquiry he found rust.",
            "A structural engineer",
            "Owen Vask",
        ),
        (
            LEAD_DIVER + "\n\nMarta Rell, who led the search, said the water was dark.",
            "A diver",
            "Marta Rell",
        ),
        # another deed: someone else
        (
            LEAD + "\n\nOwen Vask, who chairs the inquiry, said it would sit for a month.",
            "A structural engineer",
            None,
        ),
        # not the subject of the paragraph's first sentence, nor opening it
        (
            LEAD + "\n\nThe inquiry heard from Owen Vask, who carried out the inspection.",
            "A structural engineer",
            None,
        ),
        # a name the story had before the lead
        (
            "Owen Vask chairs the board.\n\n"
            + LEAD
            + "\n\nOwen Vask, who carried out the inspection, said so.",
            "A structural engineer",
            None,
        ),
        # the other gender
        (
            LEAD_DIVER.replace("A diver", "A woman")
            + "\n\nMr Karl Rell, who searched the boat, said it was dark.",
            "A woman",
            None,
        ),
        # what was done to the one named, not what they did
        (
            "A man who attacked a nurse at Kell General told the court he was sorry."
            "\n\nPeter Holt, who was attacked during a night shift, said he could not sleep.",
            "A man",
            None,
        ),
        # no relative clause in the lead
        (
            "A man was killed when his car hit a tree.\n\nSgt Ola Finn, who attended the scene, said it was icy.",
            "A man",
            None,
        ),
    ],
)
def test_same_deed_named_next(text, mention, expected):
    end = text.index(mention) + len(mention)
    assert same_deed_named_next(text, mention, end) == expected


def test_headline_and_lead_take_the_name_the_next_paragraph_gives(quotes_of):
    text = (
        "Engineer tells bridge inquiry he raised rust fears “many times”\n\n"
        "A structural engineer who inspected the Kell Lane footbridge has told an inquiry he warned the "
        "council about rust “many times”.\n\n"
        "Owen Vask, who carried out the 2021 inspection for a contractor, said he had found rust on two hangers.\n"
    )
    partials = [q for q in quotes_of(text) if q.text == "many times"]
    assert len(partials) == 2 and {q.speaker for q in partials} == {"Owen Vask"}
