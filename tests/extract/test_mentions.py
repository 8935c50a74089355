"""Speaker mentions as text (quotes.extract.mentions): kinds, appositives
and name candidates (pure text; fictional people)."""

from __future__ import annotations

import pytest

from quotes.extract.appositives import appositive_after
from quotes.extract.mentions import clause_subject_at, head_word, speaker_kind, strip_determiner
from quotes.extract.name_runs import name_candidates, names_someone


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
        ("a senior Norlandian military official", "anonymous"),
        ("an unidentified Foreign Ministry spokesman", "anonymous"),
        ("the spokeswoman", "anonymous"),
        ("Norland's defense ministry", "organization"),
        ("the Joint Chiefs of Staff", "organization"),
        ("Seoul", "organization"),
        ("CNN", "organization"),
        ("the report", "organization"),
        ("The provider", "organization"),  # a business, as "the retailer"
        ("Health provider Ana Obi", "person"),
        ("the two governments", "group"),  # a counted plural is several
        ("both ministries", "group"),
        ("the three senators", "group"),
        ("the 2 sides", "group"),
        ("Kell Industries", "organization"),  # a capitalised plural is a name (a company's), no group
        ("Varo Tekno Sdn Bhd", "organization"),  # Malaysia's legal forms end a company's name
        ("Orrin Kessel Bhd", "organization"),
        ("Orrin Bhatt", "person"),  # a surname opening like a legal form stays a person's
        ("Kestrel Prize", "organization"),  # a prize, an award or a medal is nobody a pronoun stands for
        ("the Vell Award", "organization"),
        ("Orrin Medal", "organization"),
        ("Orrin Prizeman", "person"),  # a surname only opening like one stays a person's
        ("Lantern Diner", "organization"),  # a shop's name, no person's
        ("the Kell Bakery", "organization"),
        ("Vell Pharmacy", "organization"),
        ("Tom Baker", "person"),  # a trade's word in a surname stays a person's
        ("Ola Mill", "person"),  # a shop's noun that is a surname too
        ("the diner", "anonymous"),  # one who dines, unnamed
        ("the Orchard Table Guide", "organization"),  # capitals closing on a doer's noun, no given name
        ("Chief Medical Officer", "person"),  # a title
        ("Ana Vell Farmer", "person"),  # a given name
        ("Subscription traps", "group"),  # a plural in lower case ends no person's name
        ("Corporate lobbyists", "group"),
        ("Kofi Annan", "person"),
        ("Ana lobbyists", "person"),  # a given name opening it: a person's name mistyped, not a plural
    ],
)
def test_speaker_kind(mention, kind):
    assert speaker_kind(mention) == kind


def test_appositive_after_a_name():
    text = "Halvard Quist, acting president of the Brennmoor Institute for Policy Studies think tank in Vell, said"
    end = text.index(",")
    assert appositive_after(text, end) == ("acting president", "Brennmoor Institute for Policy Studies")
    text = "Ina Moss, the U.S. envoy to the United Nations, said"
    assert appositive_after(text, text.index(",")) == ("U.S. envoy", "United Nations")
    text = "Per Dahl, a professor at Eastmarch University in Vell, told reporters"
    assert appositive_after(text, text.index(",")) == ("professor", "Eastmarch University")
    assert appositive_after("Per Dahl said so.", 8) == (None, None)


@pytest.mark.parametrize(
    ("after_name", "expected"),
    [
        # a place's "-based" and the common nouns after it come before the body's name
        (
            ", chief executive of the Dunmore-based fact-checking charity Harbour Facts, told",
            ("chief executive", "Harbour Facts"),
        ),
        # a US lawmaker's party and state: the party, not a body called "R-Vell"
        (", R-Vell, said", (None, "Republican Party")),
        (", D-N.Y., said", (None, "Democratic Party")),
        (", Republican of Vell, said", (None, "Republican Party")),
        # a place after "from" is where they come from, not a body; an institution is one
        (", a jail safety expert from Dunmore, said", ("jail safety expert", None)),
        (", a historian from Vell University, said", ("historian", "Vell University")),
        # a participial clause gives no role
        (", assigned to Kobb's housing unit at Harbour Correctional Center, said", (None, None)),
        (", assigned to the harbour unit last year, said", (None, None)),
        (", the Dunmore-based charity Harbour Facts, said", (None, "Harbour Facts")),
        (", a professor at Vell University’s law school, said", ("professor", "Vell University")),
        (", Mara Venn and Ola Ruud said", (None, None)),
        # a list of names is no affiliation
        (", Mara Venn, Pat Osk and Ilse Marr will play", (None, None)),
        # the body's name runs over "of": "Friends of Gull Park"
        (
            ", founder of the civic association Friends of Gull Park, said",
            ("founder of the civic association", "Friends of Gull Park"),
        ),
        # a nationality before a common noun names no body
        (", sister of Norlandian leader Ola Ruud, said", ("sister", None)),
        (", a Norlandian rugby fan, said", (None, None)),
        # the unit stays in the role and the institution is the affiliation; a place is no institution
        (
            ", director of the Centre for Harbour Studies at the Vell Institute, said",
            ("director of the Centre for Harbour Studies", "Vell Institute"),
        ),
        (
            ", an expert with the Brennmoor Institute of Sea Studies at Texas, said",
            ("expert", "Brennmoor Institute of Sea Studies"),
        ),
        (
            ", director of the Centre for Law at Vell University’s law school, said",
            ("director of the Centre for Law", "Vell University"),
        ),
        # a relative clause is no role
        (", where one of the hospitals will close, plan to protest", (None, None)),
        (", whose shop closed last year, said", (None, None)),
        # a relative clause ends a role; a clause or a time is none
        (", a ferry worker who attended the meeting, said", ("ferry worker", None)),
        (", last week whether the plan would work.", (None, None)),
        # "its" role of the name after: "Baltic Lines, its chief executive, Arne Sol,"
        (", its chief executive, Arne Sol, said", (None, None)),
        # a body named by whose it is stays whole
        (", a spokesman for Holm's campaign, said", ("spokesman", "Holm's campaign")),
        # a signature's appositive ends with its line
        (", mayor of Kell\n\n“We will study it,” said the chamber.", ("mayor", "Kell")),
    ],
)
def test_appositive_roles_and_bodies(after_name, expected):
    assert appositive_after(after_name, 0) == expected


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        # a headline in title case: its names count as far as the body confirms them
        (
            "Ansel Kobb On Harbour Plans Being Late\n\nAnsel Kobb said the plans were late.",
            ["Ansel Kobb", "Ansel Kobb"],
        ),
        ("Harbour Fees Rising Where Boats Are Moored\n\nFees rose, Mara Venn said.", ["Mara Venn"]),
        # a title written in lower case elsewhere before the full name is a title here too
        ("The realtor Ola Ruud spoke first. Later Realtor Ruud said more.", ["Ola Ruud"]),
        # "-elect" titles, and the words that end a title after "Secretary of"
        ("President-elect Mara Venn spoke.", ["Mara Venn"]),
        ("Harbour Secretary of State Ola T. Ruud spoke.", ["Ola T. Ruud"]),
        # a run of capitals never runs over a line end
        ("Harbour News\nMara Venn spoke at length about it.", ["Harbour News", "Mara Venn"]),
        # a run that fills quotation marks is a title or a nickname, no person
        ("Mara Venn said “Mole Goes Home Early” sold best.", ["Mara Venn"]),
        ("Mara Venn, known to fans as “Iron Mara,” won.", ["Mara Venn"]),
        ("Fans chanted “Mara Venn” as she won.", ["Mara Venn"]),  # a given name: a person's name
        # the name someone was born with is no one new; a priest's "Fr" is a title
        ("Born Mara Eileen Tusk in 1937, Mara Venn left school at 15.", ["Mara Venn"]),
        ("As tempers rose, the parish priest, Fr Tadhg Moloney, appealed for calm.", ["Tadhg Moloney"]),
    ],
)
def test_name_candidates_in_headlines_and_after_titles(text, expected):
    found = name_candidates(text)
    assert [name for _, _, name in found] == expected
    assert all(text[start:end] == name for start, end, name in found)


def test_name_candidates_strip_titles_and_sentence_words():
    text = "The Harbour Minister Ansel Kobb met Tove Lind. Then Ola Ruud left."
    names = [name for _, _, name in name_candidates(text)]
    assert "Ansel Kobb" in names and "Tove Lind" in names and "Ola Ruud" in names
    for start, end, name in name_candidates(text):
        assert text[start:end] == name


def test_name_candidates_drop_body_and_party_words_before_a_name():
    # a surname that is also a place word ("London") is kept
    text = "Harbour Board Ranking Democrat Mara Venn spoke, and Dag London and Ola T. London listened."
    names = [name for _, _, name in name_candidates(text)]
    assert names == ["Mara Venn", "Dag London", "Ola T. London"]


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        pytest.param(
            "Stalls line Jalan Kenari, Jalan Tun Bakar and Lebuh Pasir, said Mara Venn.",
            ["Mara Venn"],
            id="malay-streets-with-a-title-inside",
        ),
        pytest.param(
            "The march went from Rua Augusta to Avenida Presidente Vargas, Ola Ruud said.",
            ["Ola Ruud"],
            id="portuguese-streets",
        ),
        pytest.param(
            "Plaza Hotel General Manager Tom Berg said bookings had fallen.",
            ["Tom Berg"],
            id="a-business-named-after-a-square-before-a-title",
        ),
        pytest.param(
            "Viana Obi and Placida Ruud met on Calle Mayor.",
            ["Viana Obi", "Placida Ruud"],
            id="no-street-word",
        ),
        pytest.param(
            "Typhoon Halvin and Tropical Storm Ona hit the coast, Mara Venn said.",
            ["Mara Venn"],
            id="storms-named-after-their-kind",
        ),
        pytest.param(
            "Stormy Vale and Ola Ruud ran the shelter.",
            ["Stormy Vale", "Ola Ruud"],
            id="a-given-name-close-to-a-storm-word",
        ),
        pytest.param(
            "Super Eagles coach Ola Ruud named his squad.",
            ["Super Eagles", "Ola Ruud"],  # as before: no storm
            id="super-before-no-storm-word",
        ),
    ],
)
def test_name_candidates_skip_places_written_noun_first(text, expected):
    assert [name for _, _, name in name_candidates(text)] == expected


def test_name_candidates_skip_a_title_ending_the_run():
    """``Harbour Gov. Mara Venn``: the capitals before the full stop are a title, not a name."""
    text = "Harbour Gov. Mara Venn and Harbour Rev. Ola Ruud met Gen Orrin."
    names = [name for _, _, name in name_candidates(text)]
    assert names == ["Mara Venn", "Ola Ruud", "Gen Orrin"]


@pytest.mark.parametrize(
    "text, name",
    [
        ("The chief financial officer, J.K. Rowan, spoke first.", "J.K. Rowan"),
        ("Her deputy, Sean O'Malley, agreed.", "Sean O'Malley"),
        ("Board chair Ingrid van der Berg said no.", "Ingrid van der Berg"),
        ("The writer Ana de la Cruz said no.", "Ana de la Cruz"),
        ("His assistant, Lena Ström, testified.", "Lena Ström"),
        ("Örjan Berg and Émile Sand left.", "Émile Sand"),
        ("Örjan Berg and Émile Sand left.", "Örjan Berg"),
    ],
)
def test_name_candidates_with_initials_o_names_particles_and_accents(text, name):
    assert name in [found for _, _, found in name_candidates(text)]


def test_names_someone_rejects_time_and_sentence_words():
    assert names_someone("Ansel H. Kobb")
    assert not names_someone("On Saturday") and not names_someone("In December")


@pytest.mark.parametrize(
    "text, subject",
    [
        ("Harrow's director of rugby, Dean Rowe, was blunt.", True),
        ("Harrow’s head coach, Dean Rowe, was blunt.", True),
        ("The Kestrels' head of recruitment, Dean Rowe, was blunt.", True),
        ("Harrow's coach, Dean Rowe, was blunt.", True),
        ("Harrow's head of rugby operations, Dean Rowe, was blunt.", True),
        ("Harrow's director of the academy, Dean Rowe, was blunt.", True),
        ("Harrow's chief executive officer, Dean Rowe, was blunt.", True),
        ("Harrow's lawyer was late, Dean Rowe said.", False),
        ("Harrow's side lost again and again, Dean Rowe said.", False),
        ("Harrow's lead grew, with winger Dean Rowe scoring twice.", False),  # not a post: a clause
        ("Vell's shares fell, after analyst Dean Rowe cut his rating.", False),
        ("Harrow's players celebrated, captain Dean Rowe lifting the cup.", False),
        ("Harrow’s team lost, to coach Dean Rowe's dismay.", False),
        ("Harrow's head of rugby resigned, with Dean Rowe taking over.", False),  # a verb after of
    ],
)
def test_a_name_apposed_to_a_post_of_several_words_after_an_owner_is_the_subject(text, subject):
    """``Harrow's director of rugby, Dean Rowe,`` opens the sentence on Rowe,
    as ``Harrow's coach, Dean Rowe,`` did: a post of title words and person
    nouns, maybe with an ``of`` phrase of no verb; a clause before a comma
    (``Harrow's lead grew, with winger ...``) does not."""
    assert clause_subject_at(text, text.index("Dean")) is subject


@pytest.mark.parametrize(
    "text, subject",
    [
        (
            "The squad flew north on Saturday to the old mill town of Hexley, where Dean Rowe scored twice.",
            True,
        ),
        (
            "The paintings began after a long visit in 1998 to the coast of Ghana, when Dean Rowe was forty.",
            True,
        ),
        ("The squad flew north on Saturday to the old mill town of Hexley where Dean Rowe was born.", False),
        (
            "The squad flew north on Saturday to the old mill town of Hexley, whose mayor Dean Rowe met them.",
            False,
        ),
        ("The squad flew north on Saturday to the old mill town of Hexley, somewhere Dean Rowe knew.", False),
        (
            "Ivo Brandt flew north on Saturday to the old mill town of Hexley, where Dean Rowe scored twice.",
            False,
        ),
        (
            "The Hexley striker flew north on Saturday to the old mill town, where Dean Rowe scored twice.",
            False,
        ),
    ],
)
def test_a_name_opening_a_relative_clause_of_place_or_time_is_its_subject(text, subject):
    """``..., where Dean Rowe scored twice`` makes Rowe a clause's subject (the topic a later
    pronoun may stand for) when no name is the sentence's subject (``Ivo Brandt flew ..., where``
    keeps Brandt); a name after ``where`` with no comma, or after another word, is not."""
    assert clause_subject_at(text, text.index("Dean")) is subject


@pytest.mark.parametrize(
    "text, subject",
    [
        ("Retired builder Dean Rowe, 81, crosses to the mainland weekly.", True),  # a trade in -er
        ("On the plains south of town, dairy farmer Dean Rowe spent the night outside.", True),
        ("Outside the hearing, Mr Rowe's sister, Dean Rowe, read a statement.", True),  # phrase, then owner
        ("As the talks grew heated, the parish priest, Fr Dean Rowe, appealed for calm.", True),
        (
            "Kell Ridge's English head coach, Dean Rowe, joined in 2023.",
            True,
        ),  # a nationality before the post
        ("Four plays later, Dean Rowe, who had missed twice, trotted on.", True),  # a time "later"
        ("VELLPORT, June 4 (Nordwire) - Dean Rowe Airlines cut 300 flights.", True),  # a dateline
        ("VELLPORT: Vellport-based low-cost carrier Dean Rowe Air cut flights.", True),  # what it is
        ("Home goods retailer Dean Rowe Inc. cut its forecast.", True),
        ("Police arrested Dean Rowe on Monday.", False),  # a verb, no trade
        ("The club hired Dean Rowe in May.", False),
    ],
)
def test_a_subject_after_a_phrase_a_trade_or_a_post(text, subject):
    """The lead of a sentence's subject: an introductory phrase before a
    description in apposition, a trade in lower case (``dairy farmer``), a
    post with a nationality after its owner, a dateline, what a business is;
    not a verb before a name."""
    assert clause_subject_at(text, text.index("Dean")) is subject


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("Gary Pendleton, unsurprisingly, saw it differently.", (None, None)),
        ("Gary Pendleton, however, saw it differently.", (None, None)),
        ("Gary Pendleton, Ashcombe manager, saw it differently.", ("Ashcombe manager", None)),
    ],
)
def test_an_adverb_set_off_by_commas_is_no_role(text, expected):
    assert appositive_after(text, text.index(",")) == expected


@pytest.mark.parametrize(
    "text",
    [
        "Judge Ray Kent jailed former banker Dean Asher for six years.",
        "Police charged plumber Dean Rafter on Monday.",
        "Voters consider councillor Dean Anand a friend.",
        "Colleagues remember teacher Dean Renner fondly.",
    ],
)
def test_a_trade_after_a_verb_is_no_subject_s_lead(text):
    """The object of a verb is no sentence's subject, however it is described."""
    assert clause_subject_at(text, text.index("Dean")) is False
