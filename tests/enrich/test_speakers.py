import json

import pytest
import yaml

from quotes.enrich.gazetteer import parse_gazetteer
from quotes.enrich.names import Names
from quotes.enrich.speakers import (
    SpeakerDirectory,
    clean_speaker_name,
    compatible,
    refresh_speaker_roles,
    remove_unused_speakers,
    resolve_speaker,
)
from quotes.records import Article, Quote
from quotes.store.write import write_article

GAZETTEER = {
    "countries": [
        {"name": "Freedonia", "aliases": ["Freedonian", "Fredville"]},
        {"name": "Sylvania", "aliases": ["Sylvanian"]},
    ],
    "people": [
        {
            "name": "Park Min-seo",
            "surname": "Park",
            "role": "leader of Freedonia",
            "affiliation": "Government of Freedonia",
        },
        {"name": "Jordan Park", "role": "senior fellow", "affiliation": "Harbor Policy Center"},
    ],
    "bodies": [
        {
            "name": "Freedonia's Ministry of Foreign Affairs",
            "aliases": [
                "Freedonian Foreign Ministry",
                {"alias": "foreign ministry", "when": {"country": "Freedonia"}},
            ],
        },
    ],
    "organizations": [
        {"name": "Tamsin Womans University", "aliases": ["Tamsin University"]},
        {"name": "Harbor Policy Center", "aliases": ["HPC"]},
    ],
}


@pytest.fixture(autouse=True)
def gazetteer(tmp_path, monkeypatch):
    path = tmp_path / "speakers.yml"
    path.write_text(yaml.safe_dump(GAZETTEER))
    monkeypatch.setenv("QUOTES_GAZETTEER", str(path))
    return path


def store(db, text, speakers, *, published=None, title=None):
    """Store an article whose quotes are the first occurrences of the given
    quote texts, attributed as given: [(quote text, speaker, role, affiliation)]."""
    article = Article(text=text, published=published, title=title, source="test.txt")
    quotes = []
    for quote_text, speaker, role, affiliation, *kind in speakers:
        start = text.index(quote_text)
        quotes.append(
            Quote(
                text=quote_text,
                start=start,
                end=start + len(quote_text),
                speaker=speaker,
                speaker_kind=kind[0] if kind else "person",
                role=role,
                affiliation=affiliation,
            )
        )
    return write_article(db, article, quotes, speakers=SpeakerDirectory(db))


def speaker_of(db, quote_text):
    return db.execute(
        "select speakers.name from quotes join speakers on speakers.id = quotes.speaker_id where quotes.text = ?",
        [quote_text],
    ).fetchone()[0]


def test_full_name_and_bare_surname_across_articles_are_one_speaker(memory_db):
    store(
        memory_db,
        '"Tides are rising," said Mara Quill, a professor at Tamsin University.',
        [("Tides are rising,", "Mara Quill", "professor", "Tamsin University")],
        published="2020-01-01",
    )
    store(
        memory_db,
        '"Boats are sinking," Quill, of Tamsin Womans University, said.',
        [("Boats are sinking,", "Quill", None, "Tamsin Womans University")],
        published="2021-01-01",
    )
    assert speaker_of(memory_db, "Boats are sinking,") == "Mara Quill"
    assert memory_db["speakers"].count == 1
    # one organization for both spellings
    assert (
        memory_db.execute("select count(*) from organizations where name like 'Tamsin%'").fetchone()[0] == 1
    )


def test_bare_surname_without_compatible_role_stays_separate(memory_db):
    store(
        memory_db,
        '"Tides are rising," said Mara Quill, a professor at Tamsin University.',
        [("Tides are rising,", "Mara Quill", "professor", "Tamsin University")],
    )
    store(memory_db, '"Nets are empty," Quill said.', [("Nets are empty,", "Quill", None, None)])
    store(
        memory_db,
        '"Ports are closed," said Quill, a harbor pilot at Bay Authority.',
        [("Ports are closed,", "Quill", "harbor pilot", "Bay Authority")],
    )
    assert speaker_of(memory_db, "Nets are empty,") == "Quill"
    assert speaker_of(memory_db, "Ports are closed,") == "Quill"
    assert speaker_of(memory_db, "Tides are rising,") == "Mara Quill"


def test_shared_surname_never_merges_two_people(memory_db):
    # Park Min-seo (family name first) and Jordan Park are both known; a bare
    # "Park" in an article naming both is neither.
    text = (
        "Park Min-seo visited Fredville. Jordan Park, a senior fellow at the Harbor Policy Center, "
        'watched. "It was a show," Park said.'
    )
    store(memory_db, text, [("It was a show,", "Park", None, None)])
    assert speaker_of(memory_db, "It was a show,") == "Park"
    # naming only one of them in full links the surname to that one
    store(memory_db, 'Jordan Park spoke. "Quiet times," Park said.', [("Quiet times,", "Park", None, None)])
    assert speaker_of(memory_db, "Quiet times,") == "Jordan Park"
    # no full name in the article: a compatible affiliation decides
    store(memory_db, '"Calm seas," said Park of HPC.', [("Calm seas,", "Park", None, "HPC")])
    assert speaker_of(memory_db, "Calm seas,") == "Jordan Park"
    names = [r[0] for r in memory_db.execute("select name from speakers order by name")]
    assert names == ["Jordan Park", "Park"]


def test_gazetteer_alias_with_article_context(memory_db):
    text = 'Freedonia tested a rocket. "We act in self-defense," the foreign ministry said. Freedonian TV agreed.'
    store(memory_db, text, [("We act in self-defense,", "the foreign ministry", None, None, "organization")])
    assert speaker_of(memory_db, "We act in self-defense,") == "Freedonia's Ministry of Foreign Affairs"
    other = 'Sylvania held talks. "Talks went well," the foreign ministry said. Sylvanian TV agreed.'
    store(memory_db, other, [("Talks went well,", "the foreign ministry", None, None, "organization")])
    assert speaker_of(memory_db, "Talks went well,") == "foreign ministry"
    row = memory_db.execute("select source, aliases from speakers where name like 'Freedonia%'").fetchone()
    assert row[0] == "gazetteer" and "Freedonian Foreign Ministry" in json.loads(row[1])


def test_spelling_variants_are_one_speaker(memory_db):
    store(memory_db, '"Up," said Ann-Marie Lott.', [("Up,", "Ann-Marie Lott", None, None)])
    store(memory_db, '"Down," said Ann Marie Lott.', [("Down,", "Ann Marie Lott", None, None)])
    assert memory_db["speakers"].count == 1


def test_quote_keeps_its_role_and_speaker_shows_latest(memory_db):
    store(
        memory_db,
        '"Later," said Mara Quill, the dean of Tamsin University.',
        [("Later,", "Mara Quill", "dean", "Tamsin University")],
        published="2022-05-01",
    )
    store(
        memory_db,
        '"Earlier," said Mara Quill, a lecturer at Harbor Policy Center.',
        [("Earlier,", "Mara Quill", "lecturer", "Harbor Policy Center")],
        published="2019-05-01",
    )
    assert memory_db.execute("select role, affiliation from speakers").fetchone() == (
        "dean",
        "Tamsin University",
    )
    roles = memory_db.execute("select role from quotes order by id").fetchall()
    assert roles == [("dean",), ("lecturer",)]
    memory_db.execute("update speakers set role = 'x', affiliation = 'y'")
    assert refresh_speaker_roles(Names(memory_db)) == 1
    assert memory_db.execute("select role, affiliation from speakers").fetchone() == (
        "dean",
        "Tamsin University",
    )


def test_no_speaker_gives_none(memory_db):
    article = Article(text="Nothing said.")
    names = Names(memory_db)
    assert resolve_speaker(names, Quote(text="x", start=0, end=1), article) is None
    assert resolve_speaker(names, Quote(text="x", start=0, end=1, speaker="  "), article) is None


def test_clean_speaker_name():
    assert clean_speaker_name("  the  spokesman, ") == "spokesman"


def test_compatible():
    g = parse_gazetteer(GAZETTEER)
    assert compatible(
        role=None, affiliation="HPC", known_role=None, known_affiliation="Harbor Policy Center", gazetteer=g
    )
    assert not compatible(
        role=None,
        affiliation="Tamsin University",
        known_role="professor",
        known_affiliation="Harbor Policy Center",
        gazetteer=g,
    )
    assert compatible(
        role="senior fellow", affiliation=None, known_role="fellow", known_affiliation=None, gazetteer=g
    )
    assert not compatible(
        role=None, affiliation=None, known_role="fellow", known_affiliation="HPC", gazetteer=g
    )


def test_remove_unused_speakers(memory_db):
    store(memory_db, '"Up," said Ann Lott.', [("Up,", "Ann Lott", None, None)])
    memory_db["speakers"].insert({"name": "Nobody Quoted"})
    assert remove_unused_speakers(Names(memory_db)) == 1
    assert [r[0] for r in memory_db.execute("select name from speakers")] == ["Ann Lott"]


def test_hyphenated_name_cut_by_the_mention_is_completed():
    from quotes.enrich.speakers import complete_hyphenated

    assert complete_hyphenated("Park Min", "President Park Min-seo spoke.") == "Park Min-seo"
    assert complete_hyphenated("Park Min", "Park Min spoke; Park Min-seo did not.") == "Park Min"
    assert complete_hyphenated("Ann Lott", "Ann Lott spoke.") == "Ann Lott"


def test_pronouns_are_not_speakers(memory_db):
    store(memory_db, '"Up," which said.', [("Up,", "which", None, None)])
    assert memory_db.execute("select speaker_id from quotes").fetchone()[0] is None
    assert memory_db["speakers"].count == 0


def test_surname_tagged_as_organization_links_only_within_the_article(memory_db):
    store(
        memory_db,
        'Jordan Park spoke first. "Quiet," Park said.',
        [("Quiet,", "Park", None, None, "organization")],
    )
    assert speaker_of(memory_db, "Quiet,") == "Jordan Park"
    store(memory_db, '"Calm," said Park of HPC.', [("Calm,", "Park", None, "HPC", "organization")])
    assert speaker_of(memory_db, "Calm,") == "Park"


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


def test_roles_canned_query_is_the_library_sql(memory_db):
    from quotes.web.cards import SPEAKER_ROLES_SQL
    from quotes.web.publish import METADATA_DB_KEY, load_metadata

    query = load_metadata()["databases"][METADATA_DB_KEY]["queries"]["speaker_roles_over_time"]
    assert query["sql"] == SPEAKER_ROLES_SQL
    store(
        memory_db,
        '"Later," said Mara Quill, the dean of Tamsin University.',
        [("Later,", "Mara Quill", "dean", "Tamsin University")],
        published="2022-05-01",
    )
    store(
        memory_db,
        '"Earlier," said Mara Quill, a lecturer at Harbor Policy Center.',
        [("Earlier,", "Mara Quill", "lecturer", "Harbor Policy Center")],
        published="2019-05-01",
    )
    rows = memory_db.execute(SPEAKER_ROLES_SQL, {"speaker": "Quill"}).fetchall()
    assert [(r[2], r[4]) for r in rows] == [("2019-05-01", "lecturer"), ("2022-05-01", "dean")]


def test_titles_before_a_known_name_are_cut(memory_db):
    from quotes.enrich.speakers import title_suffixes

    assert title_suffixes("Harbor Chief Mara Quill") == ["Chief Mara Quill", "Mara Quill"]
    assert title_suffixes("Mara Quill") == []
    store(memory_db, '"Tides," said Mara Quill.', [("Tides,", "Mara Quill", None, None)])
    store(
        memory_db,
        '"Boats," said Harbor Chief Mara Quill.',
        [("Boats,", "Harbor Chief Mara Quill", None, None)],
    )
    store(
        memory_db,
        '"Nets," said Freedonian leader Park Min-seo.',
        [("Nets,", "Freedonian leader Park Min-seo", None, None)],
    )
    store(
        memory_db, '"Oars," said Deputy Ann Lott.', [("Oars,", "Deputy Ann Lott", None, None)]
    )  # unknown: kept whole
    assert speaker_of(memory_db, "Boats,") == "Mara Quill"
    assert speaker_of(memory_db, "Nets,") == "Park Min-seo"
    assert speaker_of(memory_db, "Oars,") == "Deputy Ann Lott"


def test_anonymous_sources_are_one_speaker_only_within_their_article(memory_db):
    text_one = (
        '"The dam will hold," a senior harbor official said. '
        '"The gates are shut," the senior harbor official added.'
    )
    store(
        memory_db,
        text_one,
        [
            ("The dam will hold,", "senior harbor official", None, None, "anonymous"),
            ("The gates are shut,", "senior harbor official", None, None, "anonymous"),
        ],
    )
    store(
        memory_db,
        '"Nobody was told," a senior harbor official said.',
        [("Nobody was told,", "senior harbor official", None, None, "anonymous")],
    )
    rows = memory_db.execute(
        "select speaker_id, count(*) from quotes group by speaker_id order by speaker_id"
    ).fetchall()
    assert [count for _, count in rows] == [2, 1]
    assert (
        memory_db.execute("select count(distinct scope) from speakers where kind = 'anonymous'").fetchone()[0]
        == 2
    )
    # a named speaker with the same words is not matched to an article's anonymous source
    store(
        memory_db,
        '"Rates will fall," said the senior harbor official.',
        [("Rates will fall,", "senior harbor official", None, None, "person")],
    )
    assert memory_db.execute("select count(*) from speakers where scope is null").fetchone()[0] == 1


def test_build_step_refreshes_only_speakers_of_changed_quotes(memory_db):
    from quotes.enrich.speakers import refresh_changed_speaker_roles

    store(
        memory_db,
        '"The pier is safe," said Ilse Varga. "Tolls stay," said Piet Oddlin.',
        [
            ("The pier is safe", "Ilse Varga", "harbor master", None),
            ("Tolls stay", "Piet Oddlin", "mayor", None),
        ],
        published="2021-01-01",
    )
    refresh_changed_speaker_roles(Names(memory_db))  # the first run looks at every speaker
    roles = dict(memory_db.execute("select name, role from speakers").fetchall())
    assert roles == {"Ilse Varga": "harbor master", "Piet Oddlin": "mayor"}
    # a row changed behind the build's back is not looked at again ...
    memory_db.execute("update speakers set role = 'changed by hand' where name = 'Ilse Varga'")
    store(
        memory_db,
        '"Tolls will rise," said Piet Oddlin.',
        [("Tolls will rise", "Piet Oddlin", "former mayor", None)],
        published="2022-01-01",
    )
    memory_db.execute("update speakers set role = 'stale' where name = 'Piet Oddlin'")
    assert refresh_changed_speaker_roles(Names(memory_db)) == 1
    roles = dict(memory_db.execute("select name, role from speakers").fetchall())
    assert roles == {"Ilse Varga": "changed by hand", "Piet Oddlin": "former mayor"}
    # ... but the whole refresh does
    assert refresh_speaker_roles(Names(memory_db)) == 1
    assert speaker_role(memory_db, "Ilse Varga") == "harbor master"


def speaker_role(db, name):
    return db.execute("select role from speakers where name = ?", [name]).fetchone()[0]
