"""Someone described first and named later (quotes.extract.later_names)."""

from __future__ import annotations

import pytest

from quotes.extract.later_names import named_after
from quotes.extract.pipeline import extract_quotes


@pytest.mark.parametrize(
    "later, expected",
    [
        (" The officer, Dag Orrin, said he had warned them.", "Dag Orrin"),
        (" Later, Dag Orrin, the officer, said he had warned them.", "Dag Orrin"),
        (" That man, Dag Orrin, said he had warned them.", "Dag Orrin"),
        (" The officer said he had warned them, the council heard.", None),
    ],
)
def test_named_after_finds_the_name_given_later(later, expected):
    """A description (``a harbour officer``) named further on, in either order."""
    text = "A harbour officer testified on Monday." + later
    assert named_after(text, "A harbour officer", len("A harbour officer")) == expected


@pytest.mark.parametrize(
    "clause, later, expected",
    [
        (" who was shopping nearby", ' "We froze," said the shopper, Mira Talbot.', "Mira Talbot"),
        (" who was driving the bus", " The driver, Ola Finn, said the brakes failed.", "Ola Finn"),
        (" who worked at the mill", " The worker, Ola Finn, said the alarm never rang.", "Ola Finn"),
        (" who was driving the bus", " The other driver, Ola Finn, said he braked.", None),
        (" who was buying a present", ' "We froze," said the shopper, Mira Talbot.', None),
        (" who was shopping nearby", " The manager, Mira Talbot, said the store would reopen.", None),
    ],
)
def test_a_doer_named_later_stands_for_the_person_described(clause, later, expected):
    """``A woman who was shopping nearby`` is named by a later ``the shopper,
    Mira Talbot``: the doer of what the description's relative clause says; not
    ``the other driver``, nor a noun the clause does not give."""
    text = f"A woman{clause} said she heard a crash." + later
    assert named_after(text, "A woman", len("A woman")) == expected


@pytest.mark.parametrize(
    "text, expected",
    [
        (
            "One of the guards at the gate said the car sped off. A woman who lives nearby said she "
            "heard it. The woman, Ada Velk, 51, said she ran out.",
            None,
        ),
        (
            "One of the guards at the gate said the car sped off. The guard, Ola Finn, 33, said so.",
            "Ola Finn",
        ),
        (
            "One of the passengers, a fish trader, said the bus stopped. The trader, Ada Velk, said so.",
            "Ada Velk",
        ),
    ],
)
def test_one_of_a_group_is_named_only_by_its_own_noun(text, expected):
    """``One of the guards`` is named by a later ``The guard, X,`` or the noun
    apposed to it (``a fish trader`` ... ``The trader``), never by a generic
    ``The woman, X,`` who is someone else described since."""
    mention = text[: text.index(" said")].split(",")[0]
    assert named_after(text, mention, len(mention)) == expected


_LEAD = (
    "A woman who was walking her dog on Elm Road told jurors on Tuesday that the van passed her at speed.\n\n"
)


@pytest.mark.parametrize(
    "next_paragraph, expected",
    [
        ('"I knew it," testified Ada Velk, 58, the first witness called by prosecutors.', "Ada Velk"),
        ('"I knew it," said Ada Velk, a dog walker who lives nearby.', "Ada Velk"),
        ('"The van was fast," said Sgt. Ola Finn, a police spokesman.', None),
        ('"I knew it," testified Jacob Finn, 58, the first witness called by prosecutors.', None),
        ('Later, "I knew it," said Ada Velk, 58, the first witness called.', None),
    ],
)
def test_a_lead_description_is_named_by_the_next_paragraph(next_paragraph, expected):
    """``A woman who was walking her dog ... told jurors`` then ``..., testified
    Ada Velk, 58, the first witness``: named when the next paragraph's
    apposition gives a noun of the lead or the headline's (``Witness says``),
    not another's (``a police spokesman``) nor a man."""
    text = "Witness says van was speeding\n\n" + _LEAD + next_paragraph
    if next_paragraph.startswith("Later"):
        text = _LEAD + "The trial went on.\n\n" + next_paragraph  # named two paragraphs on: not this rule's
    start = text.index("A woman")
    assert named_after(text, "A woman", start + len("A woman")) == expected


@pytest.mark.parametrize(
    "headline, expected",
    [
        ("Witness says van was speeding", "Ada Velk"),
        ("Neighbour says van was speeding", "Neighbour"),
    ],
)
def test_the_headlines_noun_follows_the_lead_named_next(headline, expected):
    """The headline's ``Witness says`` takes the name the lead's description
    took from the next paragraph's ``the first witness``; another noun
    (``Neighbour says``) is left as it was."""
    text = f"{headline}\n\n{_LEAD}" + '"I knew it," testified Ada Velk, 58, the first witness called.'
    quotes = extract_quotes(text)
    said = [quote.speaker for quote in quotes if quote.end <= len(headline)]
    assert said and set(said) == {expected}


@pytest.mark.parametrize(
    "later, expected",
    [
        (" The junior, Tomas Reed, 16, said he ran a survey.", "Tomas Reed"),
        (" Tomas Reed, the junior, said he ran a survey.", "Tomas Reed"),
        (" The senior, Tomas Reed, 17, said he ran a survey.", None),
    ],
)
def test_an_owned_post_is_named_by_its_apposed_noun(later, expected):
    """``The board's student representative, a junior at Vell High, said``
    is named by a later ``The junior, Tomas Reed,``; not by another noun."""
    mention = "The board's student representative"
    text = f"{mention}, a junior at Vell High who sits without a vote, said most would welcome it." + later
    assert named_after(text, mention, len(mention)) == expected


@pytest.mark.parametrize(
    "later, expected",
    [
        ("\n\nAuditor General Margaret Oyel said her office had reviewed 400 reports.", "Margaret Oyel"),
        ("\n\nThe auditor general Margaret Oyel said her office had reviewed 400 reports.", "Margaret Oyel"),
        ("\n\nDeputy Auditor General Tom Reed said more work was needed.", None),  # another post
        ("\n\nAuditor Tom Reed said more work was needed.", None),  # not the post
        ("\n\nThe report by Auditor General Margaret Oyel found waste.", "Margaret Oyel"),
        ("\n\nThe acting auditor general Tom Reed said more work was needed.", None),
        ("\n\nThe province's auditor general Tom Reed said more work was needed.", None),  # another's
        ("\n\nThe council's ex-auditor general Tom Reed said more work was needed.", None),
    ],
)
def test_an_owned_post_is_named_by_its_title_before_a_name(later, expected):
    """``the city’s auditor general found`` is named by a later ``Auditor
    General Margaret Oyel``: the very post as her title, no word before it."""
    mention = "the city’s auditor general"
    text = f"The line will not open until 2027 after {mention} found failures in testing." + later
    end = text.index(mention) + len(mention)
    assert named_after(text, mention, end) == expected


@pytest.mark.parametrize(
    "body, expected",
    [
        ('"We are profitable," chief executive Chen Bao told analysts.', "Chen Bao"),
        ('"We are profitable," CEO Chen Bao told analysts.', "Chen Bao"),
        ('"We are profitable," Chief Executive Officer Chen Bao told analysts.', "Chen Bao"),
        ('"We are profitable," finance chief Chen Bao told analysts.', None),  # another post
        ('"We are profitable," said Harwick, whose chief executive Chen Bao spoke.', None),  # another's
    ],
)
def test_a_headlines_ceo_is_the_chief_executive_the_body_names(body, expected):
    headline = "Harbour Lines profit slides but CEO says carrier is 'profitable in normal'"
    text = f"{headline}\n\nHarbour Lines reported a fall in profit on Thursday.\n\n{body}"
    mention_end = headline.index("CEO") + len("CEO")
    assert named_after(text, "CEO", mention_end) == expected


@pytest.mark.parametrize(
    ("text", "words", "speaker"),
    [
        pytest.param(
            "Roofer jailed\n\n"
            "A rogue roofer who told pensioners their houses were ‘about to fall in’ has been jailed.\n\n"
            "Lee Brindle, 41, of Grantham, targeted 14 victims, the court heard.",
            "about to fall in",
            "Lee Brindle",
            id="a-lead-s-relative-clause-speaks",
        ),
        pytest.param(
            "Ewes lost in attack\n\n"
            "A Wenlow farmer has described finding nine ewes dead after a dog attack as ‘the worst day of my life’.\n\n"
            "Tam Brodie, who farms 400 acres near Kell, found the carcasses at dawn.",
            "the worst day",
            "Tam Brodie",
            id="a-trade-opening-the-lead-named-with-a-relative-clause",
        ),
        pytest.param(
            "Burglar jailed\n\n"
            "A burglar who robbed pensioners has been jailed after a judge said he left them ‘afraid at home’.\n\n"
            "Ross Kell, 41, who admitted 14 burglaries, was jailed for eight years.",
            "afraid at home",
            "judge",
            id="a-trade-inside-the-lead-is-not-whom-the-story-names",
        ),
    ],
)
def test_a_lead_description_named_in_the_next_paragraph(text, words, speaker):
    quote = next(q for q in extract_quotes(text) if q.text.startswith(words))
    assert quote.speaker == speaker


def test_a_lead_witness_is_not_the_accused_named_next():
    text = (
        "Court hears of fear\n\n"
        "A teenager has told a court she was ‘terrified’ of her stepfather.\n\n"
        "Mark Doyle, 45, of Kell, denies three counts of assault."
    )
    quote = next(q for q in extract_quotes(text) if q.text == "terrified")
    assert quote.speaker != "Mark Doyle"


@pytest.mark.parametrize(
    ("text", "speaker"),
    [
        pytest.param(
            "Another traveler, a retired nurse from Dunmere who gave only her first name, Bette, said she had "
            "been rebooked.\n\n“Thursday,” she said. “The wedding is tomorrow.”",
            "Bette",
            id="only-her-first-name",
        ),
        pytest.param(
            "‘I took leave for this,’ said one supporter near the exit, an engineer from Vellport who gave his "
            "name only as Prakesh. ‘Next time I will save my leave.’",
            "Prakesh",
            id="his-name-only-as",
        ),
        pytest.param(
            "Another traveler, a retired nurse from Dunmere who gave her name as Mrs Okafor, said she had been "
            "rebooked.\n\n“Thursday,” she said.",
            "Mrs Okafor",
            id="a-title-and-a-surname",
        ),
        pytest.param(
            "Another traveler, a retired nurse from Dunmere who gave her a seat, said she had been rebooked."
            "\n\n“Thursday,” she said.",
            "Another traveler",
            id="no-name-given-by-the-source",
        ),
    ],
)
def test_a_source_who_gave_only_a_first_name(text, speaker):
    quote = next(q for q in extract_quotes(text) if q.kind == "direct")
    assert quote.speaker == speaker


def test_a_first_name_given_later_is_whom_a_pronoun_paragraphs_on_stands_for():
    text = (
        "ER crowding\n\n"
        "“We are drowning,” said a nurse who has worked in the department for 17 years and who asked to be "
        "identified only by her first name, Jolena, because she may not speak to reporters.\n\n"
        "In an email, hospital spokeswoman Ada Renning said the hospital had hired 96 nurses.\n\n"
        "“No one here thinks a hallway is a place to care for a patient,” Renning wrote.\n\n"
        "Back in the hallway, Jolena was checking on a woman in her 80s. She tucked a pillow under her knees.\n\n"
        "“I used to go home tired,” she said later."
    )
    quote = next(q for q in extract_quotes(text) if q.text.startswith("I used to"))
    assert quote.speaker == "Jolena"


def test_a_lead_s_trade_is_not_whom_a_sentence_about_another_deed_names():
    text = (
        "Cyclist hurt\n\n"
        "A cyclist has described being hit by a van as “like being thrown off a cliff”.\n\n"
        "Kevin Dorrin, 33, who was driving the van, admitted careless driving at Vell Crown Court."
    )
    quote = next(q for q in extract_quotes(text) if q.text.startswith("like being"))
    assert quote.speaker != "Kevin Dorrin"
