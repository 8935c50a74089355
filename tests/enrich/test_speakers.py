"""Speaker resolution across articles: one ``speakers`` row per real person.

Stories are short fictional texts; each quote is attributed as an extractor
would (the speaker as named in the text), and resolution decides the row."""

import json
from dataclasses import dataclass, field

import pytest

from quotes.enrich.names import Names
from quotes.enrich.speakers import (
    SpeakerDirectory,
    compatible,
    complete_hyphenated,
    refresh_changed_speaker_roles,
    refresh_speaker_roles,
    remove_unused_speakers,
    resolve_speaker,
    title_suffixes,
)
from quotes.records import Article, Quote
from quotes.store.write import write_article


@dataclass(frozen=True)
class Said:
    """A quote of a story: its words, and its speaker as the extractor named them."""

    words: str
    speaker: str
    role: str | None = None
    affiliation: str | None = None
    kind: str = "person"


@dataclass(frozen=True)
class Story:
    """A fictional article and what is said in it."""

    text: str
    said: list[Said] = field(default_factory=list)
    published: str | None = None
    author: str | None = None


@pytest.fixture(autouse=True)
def fictional_gazetteer(use_gazetteer):
    """Every database of these tests uses the fictional gazetteer."""
    return use_gazetteer


def store(db, story: Story):
    """Write ``story`` the way a build does; each quote is the first occurrence of its words."""
    quotes = []
    for said in story.said:
        start = story.text.index(said.words)
        where = {"start": start, "end": start + len(said.words)}
        quotes.append(
            Quote(
                text=said.words,
                **where,
                speaker=said.speaker,
                speaker_kind=said.kind,
                role=said.role,
                affiliation=said.affiliation,
            )
        )
    article = Article(text=story.text, published=story.published, author=story.author, source="test.txt")
    return write_article(db, article, quotes, speakers=SpeakerDirectory(db))


def speakers_of_quotes(db) -> dict[str, str | None]:
    """The words of each stored quote and the name of its speaker row."""
    rows = db.execute(
        "select quotes.text, speakers.name from quotes left join speakers on speakers.id = speaker_id"
    )
    return dict(rows.fetchall())


def speaker_rows(db) -> list[str]:
    return [row[0] for row in db.execute("select name from speakers order by name, id")]


QUILL_PROFESSOR = Story(
    '"Tides are rising," said Mara Quill, a professor at Tamsin University.',
    [Said("Tides are rising,", "Mara Quill", "professor", "Tamsin University")],
    published="2020-01-01",
)
QUILL_DEAN_THEN_LECTURER = [
    Story(
        '"Later," said Mara Quill, the dean of Tamsin University.',
        [Said("Later,", "Mara Quill", "dean", "Tamsin University")],
        published="2022-05-01",
    ),
    Story(
        '"Earlier," said Mara Quill, a lecturer at Harbor Policy Center.',
        [Said("Earlier,", "Mara Quill", "lecturer", "Harbor Policy Center")],
        published="2019-05-01",
    ),
]

# name of the case: (stories, the speaker of each quote, every speaker row)
RESOLUTION = {
    "a bare surname with a compatible affiliation is the person named in full": (
        [
            QUILL_PROFESSOR,
            Story(
                '"Boats are sinking," Quill, of Tamsin Womans University, said.',
                [Said("Boats are sinking,", "Quill", affiliation="Tamsin Womans University")],
                published="2021-01-01",
            ),
        ],
        {"Tides are rising,": "Mara Quill", "Boats are sinking,": "Mara Quill"},
        ["Mara Quill"],
    ),
    "a bare surname without a compatible role stays separate": (
        [
            QUILL_PROFESSOR,
            Story('"Nets are empty," Quill said.', [Said("Nets are empty,", "Quill")]),
            Story(
                '"Ports are closed," said Quill, a harbor pilot at Bay Authority.',
                [Said("Ports are closed,", "Quill", "harbor pilot", "Bay Authority")],
            ),
        ],
        {"Tides are rising,": "Mara Quill", "Nets are empty,": "Quill", "Ports are closed,": "Quill"},
        ["Mara Quill", "Quill"],
    ),
    "a surname two known people share is neither, unless the article or affiliation says": (
        [
            Story(
                "Park Min-seo visited Fredville. Jordan Park, a senior fellow at the Harbor Policy Center, "
                'watched. "It was a show," Park said.',
                [Said("It was a show,", "Park")],
            ),
            Story('Jordan Park spoke. "Quiet times," Park said.', [Said("Quiet times,", "Park")]),
            Story('"Calm seas," said Park of HPC.', [Said("Calm seas,", "Park", affiliation="HPC")]),
        ],
        {"It was a show,": "Park", "Quiet times,": "Jordan Park", "Calm seas,": "Jordan Park"},
        ["Jordan Park", "Park"],
    ),
    "a gazetteer alias that holds in articles about one country": (
        [
            Story(
                'Freedonia tested a rocket. "We act in self-defense," the foreign ministry said. Freedonian TV agreed.',
                [Said("We act in self-defense,", "the foreign ministry", kind="organization")],
            ),
            Story(
                'Sylvania held talks. "Talks went well," the foreign ministry said. Sylvanian TV agreed.',
                [Said("Talks went well,", "the foreign ministry", kind="organization")],
            ),
        ],
        {
            "We act in self-defense,": "Freedonia's Ministry of Foreign Affairs",
            "Talks went well,": "foreign ministry",
        },
        ["Freedonia's Ministry of Foreign Affairs", "foreign ministry"],
    ),
    "spelling variants are one speaker": (
        [
            Story('"Up," said Ann-Marie Lott.', [Said("Up,", "Ann-Marie Lott")]),
            Story('"Down," said Ann Marie Lott.', [Said("Down,", "Ann Marie Lott")]),
        ],
        {"Up,": "Ann-Marie Lott", "Down,": "Ann-Marie Lott"},
        ["Ann-Marie Lott"],
    ),
    "pronouns are not speakers": (
        [Story('"Up," which said.', [Said("Up,", "which")])],
        {"Up,": None},
        [],
    ),
    "a surname taken for a body links only to a full name in the same article": (
        [
            Story(
                'Jordan Park spoke first. "Quiet," Park said.', [Said("Quiet,", "Park", kind="organization")]
            ),
            Story(
                '"Calm," said Park of HPC.', [Said("Calm,", "Park", affiliation="HPC", kind="organization")]
            ),
        ],
        {"Quiet,": "Jordan Park", "Calm,": "Park"},
        ["Jordan Park", "Park"],
    ),
    "titles before a known name are cut, before an unknown one kept": (
        [
            Story('"Tides," said Mara Quill.', [Said("Tides,", "Mara Quill")]),
            Story('"Boats," said Harbor Chief Mara Quill.', [Said("Boats,", "Harbor Chief Mara Quill")]),
            Story(
                '"Nets," said Freedonian leader Park Min-seo.',
                [Said("Nets,", "Freedonian leader Park Min-seo")],
            ),
            Story('"Oars," said Deputy Ann Lott.', [Said("Oars,", "Deputy Ann Lott")]),
        ],
        {"Tides,": "Mara Quill", "Boats,": "Mara Quill", "Nets,": "Park Min-seo", "Oars,": "Deputy Ann Lott"},
        ["Deputy Ann Lott", "Mara Quill", "Park Min-seo"],
    ),
}


@pytest.mark.parametrize("stories, quotes, rows", RESOLUTION.values(), ids=RESOLUTION.keys())
def test_speaker_resolution(memory_db, stories, quotes, rows):
    for story in stories:
        store(memory_db, story)
    assert speakers_of_quotes(memory_db) == quotes
    assert speaker_rows(memory_db) == rows


def test_one_organization_for_both_spellings(memory_db):
    stories, _, _ = RESOLUTION["a bare surname with a compatible affiliation is the person named in full"]
    for story in stories:
        store(memory_db, story)
    assert [row[0] for row in memory_db.execute("select name from organizations")] == [
        "Tamsin Womans University"
    ]


def test_a_speaker_from_the_gazetteer_has_its_aliases(memory_db):
    stories, _, _ = RESOLUTION["a gazetteer alias that holds in articles about one country"]
    store(memory_db, stories[0])
    source, aliases = memory_db.execute("select source, aliases from speakers").fetchone()
    assert source == "gazetteer" and "Freedonian Foreign Ministry" in json.loads(aliases)


def test_anonymous_sources_are_one_speaker_only_within_their_article(memory_db):
    official = "senior harbor official"
    store(
        memory_db,
        Story(
            '"The dam will hold," a senior harbor official said. "The gates are shut," the senior harbor official added.',
            [
                Said("The dam will hold,", official, kind="anonymous"),
                Said("The gates are shut,", official, kind="anonymous"),
            ],
        ),
    )
    store(
        memory_db,
        Story(
            '"Nobody was told," a senior harbor official said.',
            [Said("Nobody was told,", official, kind="anonymous")],
        ),
    )
    # the same words as a person's description: no name, so scoped to its article too
    store(
        memory_db,
        Story('"Rates will fall," said the senior harbor official.', [Said("Rates will fall,", official)]),
    )
    quotes_per_row = memory_db.execute(
        "select speakers.kind, scope is not null, count(*) from quotes join speakers on speakers.id = speaker_id "
        "group by speaker_id order by speaker_id"
    ).fetchall()
    assert quotes_per_row == [("anonymous", 1, 2), ("anonymous", 1, 1), ("person", 1, 1)]


def test_a_quote_keeps_its_role_and_the_speaker_shows_the_latest(memory_db):
    for story in QUILL_DEAN_THEN_LECTURER:
        store(memory_db, story)
    assert memory_db.execute("select role, affiliation from speakers").fetchone() == (
        "dean",
        "Tamsin University",
    )
    assert memory_db.execute("select role from quotes order by id").fetchall() == [("dean",), ("lecturer",)]
    memory_db.execute("update speakers set role = 'x', affiliation = 'y'")
    assert refresh_speaker_roles(Names(memory_db)) == 1
    assert memory_db.execute("select role, affiliation from speakers").fetchone() == (
        "dean",
        "Tamsin University",
    )


def test_roles_canned_query_lists_roles_over_time(memory_db):
    from quotes.web.queries import SPEAKER_ROLES_OVER_TIME_SQL

    for story in QUILL_DEAN_THEN_LECTURER:
        store(memory_db, story)
    rows = memory_db.execute(SPEAKER_ROLES_OVER_TIME_SQL, {"speaker": "Quill"}).fetchall()
    assert [(r[2], r[4]) for r in rows] == [("2019-05-01", "lecturer"), ("2022-05-01", "dean")]


def test_the_build_step_refreshes_only_speakers_of_changed_quotes(memory_db):
    store(
        memory_db,
        Story(
            '"The pier is safe," said Ilse Varga. "Tolls stay," said Piet Oddlin.',
            [
                Said("The pier is safe", "Ilse Varga", "harbor master"),
                Said("Tolls stay", "Piet Oddlin", "mayor"),
            ],
            published="2021-01-01",
        ),
    )
    refresh_changed_speaker_roles(Names(memory_db))  # the first run looks at every speaker
    assert roles(memory_db) == {"Ilse Varga": "harbor master", "Piet Oddlin": "mayor"}
    # a row changed behind the build's back is not looked at again ...
    memory_db.execute("update speakers set role = 'changed by hand' where name = 'Ilse Varga'")
    store(
        memory_db,
        Story(
            '"Tolls will rise," said Piet Oddlin.',
            [Said("Tolls will rise", "Piet Oddlin", "former mayor")],
            published="2022-01-01",
        ),
    )
    memory_db.execute("update speakers set role = 'stale' where name = 'Piet Oddlin'")
    assert refresh_changed_speaker_roles(Names(memory_db)) == 1
    assert roles(memory_db) == {"Ilse Varga": "changed by hand", "Piet Oddlin": "former mayor"}
    # ... but the whole refresh does
    assert refresh_speaker_roles(Names(memory_db)) == 1
    assert roles(memory_db)["Ilse Varga"] == "harbor master"


def roles(db) -> dict[str, str]:
    return dict(db.execute("select name, role from speakers").fetchall())


def test_remove_unused_speakers(memory_db):
    store(memory_db, Story('"Up," said Ann Lott.', [Said("Up,", "Ann Lott")]))
    memory_db["speakers"].insert({"name": "Nobody Quoted"})
    assert remove_unused_speakers(Names(memory_db)) == 1
    assert speaker_rows(memory_db) == ["Ann Lott"]


def test_no_speaker_gives_none(memory_db):
    article = Article(text="Nothing said.")
    names = Names(memory_db)
    assert resolve_speaker(names, Quote(text="x", start=0, end=1), article) is None
    assert resolve_speaker(names, Quote(text="x", start=0, end=1, speaker="  "), article) is None


@pytest.mark.parametrize(
    "name, text, expected",
    [
        ("Park Min", "President Park Min-seo spoke.", "Park Min-seo"),
        ("Park Min", "Park Min spoke; Park Min-seo did not.", "Park Min"),
        ("Ann Lott", "Ann Lott spoke.", "Ann Lott"),
    ],
)
def test_a_hyphenated_name_cut_by_the_mention_is_completed(name, text, expected):
    assert complete_hyphenated(name, text) == expected


def test_title_suffixes():
    assert title_suffixes("Harbor Chief Mara Quill") == ["Chief Mara Quill", "Mara Quill"]
    assert title_suffixes("Mara Quill") == []


@pytest.mark.parametrize(
    "role, affiliation, known_role, known_affiliation, expected",
    [
        (None, "HPC", None, "Harbor Policy Center", True),
        (None, "Tamsin University", "professor", "Harbor Policy Center", False),
        ("senior fellow", None, "fellow", None, True),
        (None, None, "fellow", "HPC", False),
    ],
)
def test_compatible(gazetteer, role, affiliation, known_role, known_affiliation, expected):
    found = compatible(
        role=role,
        affiliation=affiliation,
        known_role=known_role,
        known_affiliation=known_affiliation,
        gazetteer=gazetteer,
    )
    assert found is expected


def test_sample_has_one_speaker_row_per_person(sample_db):
    from quotes.store.db import open_db

    db = open_db(sample_db)
    names = [r[0] for r in db.execute("select name from speakers")]
    for person in [
        "Antony Blinken",
        "Leif-Eric Easley",
        "Vipin Narang",
        "Choi Kang",
        "Lee Sung-yoon",
        "Cheong Seong-chang",
        "Shin Beom-chul",
        "Donald Trump",
        "Kim Jong Un",
    ]:
        assert names.count(person) == 1, person
    surnames = {"Easley", "Blinken", "Narang", "Choi", "Lee", "Cheong", "Shin", "Trump", "Lewis", "Richey"}
    assert not surnames & set(names), "a bare surname became its own speaker"
    from quotes.enrich.gazetteer import load_gazetteer, name_key

    for entry in load_gazetteer().people:  # never two rows for one known person or body
        assert names.count(entry.name) <= 1, entry.name
    assert names.count("Moon Jae-in") == 1  # "South Korean President Moon Jae" in the text
    known = {name_key(e.name) for e in load_gazetteer().people}
    assert not [
        n for n in names if name_key(n) not in known and any(name_key(n).endswith(" " + k) for k in known)
    ]
    # Easley is quoted in two articles (Ewha University / Ewha Womans University): one row, one organization
    easley = db.execute(
        "select count(distinct article_id) from quotes join speakers on speakers.id = speaker_id "
        "where speakers.name = 'Leif-Eric Easley'"
    ).fetchone()[0]
    assert easley == 2
    assert db.execute("select count(*) from organizations where name like 'Ewha%'").fetchone()[0] == 1
    # "the foreign ministry" of an article about North Korea
    ministry = db.execute(
        "select count(*) from quotes join speakers on speakers.id = speaker_id "
        "where speakers.name = 'North Korea''s Ministry of Foreign Affairs'"
    ).fetchone()[0]
    assert ministry >= 3
    # Duyeon Kim is not Kim Jong Un
    kims = dict(
        db.execute("select name, id from speakers where name in ('Duyeon Kim', 'Kim Jong Un')").fetchall()
    )
    assert len(kims) == 2


def test_descriptions_without_a_name_are_scoped_to_their_article(memory_db):
    """``analysts`` or ``the company`` in two articles may be anyone: two rows,
    also when the word opens a sentence; a named group is one row."""
    for day in ("Monday", "Tuesday"):
        store(
            memory_db,
            Story(
                f'"Fees will rise," analysts said on {day}. "Boats are late," the company said. '
                '"Nets are full," Prosecutors said. "Ports are open," Harbour Workers said. '
                '"Rents will rise," Vell officials said. "Tides are high," the Pentagon said.',
                [
                    Said("Fees will rise,", "analysts", kind="group"),
                    Said("Boats are late,", "company", kind="organization"),
                    Said("Nets are full,", "Prosecutors", kind="group"),
                    Said("Ports are open,", "Harbour Workers", kind="group"),
                    Said("Rents will rise,", "Vell officials", kind="group"),
                    Said("Tides are high,", "Pentagon", kind="organization"),
                ],
            ),
        )
    rows = memory_db.execute(
        "select name, scope is not null, count(*) from quotes join speakers on speakers.id = speaker_id "
        "group by speaker_id order by name, speaker_id"
    ).fetchall()
    assert rows == [
        ("Harbour Workers", 0, 2),
        ("Pentagon", 0, 2),
        ("Prosecutors", 1, 1),
        ("Prosecutors", 1, 1),
        ("Vell officials", 1, 1),
        ("Vell officials", 1, 1),
        ("analysts", 1, 1),
        ("analysts", 1, 1),
        ("company", 1, 1),
        ("company", 1, 1),
    ]


@pytest.mark.parametrize(
    ("speaker", "author", "expected"),
    [
        ("I", "Mara Quill", "Mara Quill"),  # the writer's own words are the byline's
        ("we", "By Mara Quill", "Mara Quill"),
        ("I", "Mara Quill, Harbour News", "Mara Quill"),
        ("I", "Mara Quill and Ola Ruud", None),  # two writers: which one is unknown
        ("I", None, None),
        ("they", "Mara Quill", None),  # a pronoun the extractor could not resolve names no one
        ("he", None, None),
        ("Mara Quill’s", None, "Mara Quill"),  # a person's possessive names the person
    ],
)
def test_pronouns_and_possessives_name_the_writer_the_person_or_no_one(memory_db, speaker, author, expected):
    store(
        memory_db,
        Story(
            "The tide was high, so I said the tide was high.",
            [Said("the tide was high.", speaker)],
            author=author,
        ),
    )
    assert speakers_of_quotes(memory_db) == {"the tide was high.": expected}
