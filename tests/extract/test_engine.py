"""The extraction engine: finding quotes and attributing them (fictional texts,
plus the sample articles read from ../shared/seeds)."""

from __future__ import annotations

import itertools
import json

import pytest
from click.testing import CliRunner
from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st

from quotes.cli import cli
from quotes.extract import extract_many, extract_quotes
from quotes.extract.output import format_table_rows


def one(quotes, words):
    """The quote whose text holds ``words`` (a direct or partial one first: an
    indirect quote can hold the same words)."""
    found = sorted((q for q in quotes if words in q.text), key=lambda q: q.kind == "indirect")
    assert found, f"no quote holding {words!r} in {[q.text for q in quotes]}"
    return found[0]


def check_offsets(text, quotes):
    for q in quotes:
        assert text[q.start : q.end] == q.text
        if q.speaker_start is not None:
            assert 0 <= q.speaker_start <= q.speaker_end <= len(text)
        if q.cue_start is not None:
            assert 0 <= q.cue_start <= q.cue_end <= len(text)


def mention(text, q):
    return text[q.speaker_start : q.speaker_end]


# --- direct quotes ---------------------------------------------------------------------


def test_direct_quote_speaker_after_cue(nlp):
    text = "“The bridge will reopen in March,” said Halvard Quist, the city engineer of Brennmoor."
    quotes = extract_quotes(text, nlp=nlp)
    check_offsets(text, quotes)
    q = one(quotes, "bridge will reopen")
    assert q.kind == "direct"
    assert q.start == text.index("The bridge") and q.end == text.index(",”")
    assert q.speaker == "Halvard Quist"
    assert mention(text, q) == "Halvard Quist"
    assert q.cue == "said" and text[q.cue_start : q.cue_end] == "said"
    assert q.role == "city engineer"
    assert q.affiliation == "Brennmoor"


def test_direct_quote_speaker_before_cue_with_colon(nlp):
    text = 'Orla Fenwick told reporters: "We have enough water for the summer."'
    q = one(extract_quotes(text, nlp=nlp), "enough water")
    assert q.kind == "direct"
    assert q.speaker == "Orla Fenwick"
    assert mention(text, q) == "Orla Fenwick"


def test_interrupted_quote_both_parts_go_to_the_speaker(nlp):
    text = (
        "Tobias Wrenfield, a professor at the University of Eastmarch, studies floods.\n\n"
        "“The levees are old,” Wrenfield said. “They were built for a smaller river.”"
    )
    quotes = extract_quotes(text, nlp=nlp)
    check_offsets(text, quotes)
    first, second = one(quotes, "levees are old"), one(quotes, "smaller river")
    assert first.speaker == second.speaker == "Tobias Wrenfield"
    assert mention(text, first) == "Wrenfield"
    assert first.role == "professor" and first.affiliation == "University of Eastmarch"
    assert second.kind == "direct"


def test_pronoun_resolves_to_the_person_named_before(nlp):
    text = (
        "Councillor Imke Dahlberg opened the meeting on Monday.\n\n"
        "“We cannot wait another year for the new school,” she said."
    )
    q = one(extract_quotes(text, nlp=nlp), "another year")
    assert q.speaker == "Imke Dahlberg"
    assert mention(text, q) == "she"
    assert q.speaker_kind == "person"


def test_quote_over_several_paragraphs_is_one_quote(nlp):
    text = (
        "Perrin Okafor, the harbour master, described the storm.\n\n"
        "“The waves came over the wall at midnight.\n\n"
        "“By morning the boats were gone,” Okafor said."
    )
    quotes = [q for q in extract_quotes(text, nlp=nlp) if q.kind == "direct"]
    assert len(quotes) == 1
    q = quotes[0]
    assert q.text.startswith("The waves") and q.text.endswith("the boats were gone")
    assert q.speaker == "Perrin Okafor"


def test_quote_without_attribution_continues_previous_speaker(nlp):
    text = (
        "“Prices rose twice this spring,” said Edda Marsh, who runs the bakery on Kell Street.\n\n"
        "“Flour alone costs a third more than last year.”"
    )
    quotes = extract_quotes(text, nlp=nlp)
    q = one(quotes, "Flour alone")
    assert q.speaker == "Edda Marsh"
    assert q.confidence < one(quotes, "Prices rose").confidence


def test_organization_and_anonymous_and_group_speakers(nlp):
    text = (
        "“The tests were a clear provocation,” Norland's defense ministry said in a statement.\n\n"
        "“We are watching the border closely,” a senior Norlandic military official said.\n\n"
        "“Nobody expected the decision so soon,” analysts said."
    )
    quotes = extract_quotes(text, nlp=nlp)
    check_offsets(text, quotes)
    ministry = one(quotes, "clear provocation")
    assert ministry.speaker_kind == "organization"
    assert "defense ministry" in ministry.speaker
    official = one(quotes, "watching the border")
    assert official.speaker_kind == "anonymous"
    assert mention(text, official) == "a senior Norlandic military official"
    group = one(quotes, "Nobody expected")
    assert group.speaker_kind == "group" and group.speaker == "analysts"


def test_nominal_mention_resolves_to_the_earlier_introduction(nlp):
    text = (
        "An unnamed Ministry of Ports spokesman defended the closure on Friday.\n\n"
        "The spokesman said the harbour would reopen once the cranes were “safe and certified.”"
    )
    q = one(extract_quotes(text, nlp=nlp), "safe and certified")
    assert q.kind == "partial"
    assert q.speaker == "unnamed Ministry of Ports spokesman"
    assert mention(text, q) == "The spokesman"


def test_title_before_name_gives_role_and_carries_to_later_mentions(nlp):
    text = (
        "Deputy Harbour Minister Ansel Kobb visited the docks.\n\n"
        "“These cranes are forty years old,” Kobb said.\n\n"
        "“We will replace them,” Kobb added."
    )
    quotes = extract_quotes(text, nlp=nlp)
    assert [q.speaker for q in quotes if q.kind == "direct"] == ["Ansel Kobb", "Ansel Kobb"]
    assert all(q.role == "Deputy Harbour Minister" for q in quotes if q.kind == "direct")


def test_addressee_from_told_and_interview(nlp):
    text = (
        "“The vote was rigged,” Falk Imrie told The Morning Ledger.\n\n"
        "In an interview with Radio Vesta, Falk Imrie said the count was “deeply flawed.”"
    )
    quotes = extract_quotes(text, nlp=nlp)
    assert one(quotes, "vote was rigged").addressee == "The Morning Ledger"
    flawed = one(quotes, "deeply flawed")
    assert flawed.kind == "partial" and flawed.addressee == "Radio Vesta"
    assert flawed.speaker == "Falk Imrie"


def test_quote_signed_with_a_dash(nlp):
    text = "Readers wrote in.\n\n“The new bus line changed my week.” ― Marta Oyelaran\n"
    q = one(extract_quotes(text, nlp=nlp), "bus line")
    assert q.speaker == "Marta Oyelaran" and mention(text, q) == "Marta Oyelaran"


def test_speaker_introduced_on_the_line_before_with_a_colon(nlp):
    text = (
        "“We expect delays,” said Ines Corbel, a rail planner.\n\n"
        "The union's secretary, Dario Fenn, replied:\n\n"
        "“Delays are a choice made by managers.”"
    )
    q = one(extract_quotes(text, nlp=nlp), "choice made by managers")
    assert q.speaker == "Dario Fenn"


def test_colon_cue_attributes_the_next_quote_not_the_one_before(nlp):
    text = "“We are tired.” Ona Pell said: “We have waited a year for the repairs.”"
    quotes = extract_quotes(text, nlp=nlp)
    assert one(quotes, "waited a year").speaker == "Ona Pell"
    assert one(quotes, "We are tired").cue is None


def test_pronoun_skips_a_person_of_the_other_gender(nlp):
    text = (
        "Ms. Ilka Brandt said she would vote against the budget.\n\n"
        "Mr. Tomas Reyes said he would support it.\n\n"
        "“I cannot accept cuts to the clinics,” she said."
    )
    q = one(extract_quotes(text, nlp=nlp), "cuts to the clinics")
    assert q.speaker == "Ilka Brandt"


def test_quote_after_a_paragraph_introducing_someone_else(nlp):
    text = (
        "“Sales doubled,” said Pavel Idris, the shop owner.\n\n"
        "Her chief rival, Noor Haddad, sees it differently.\n\n"
        "“The market is shrinking, whatever the shops say.”"
    )
    q = one(extract_quotes(text, nlp=nlp), "market is shrinking")
    assert q.speaker == "Noor Haddad"
    assert q.confidence <= 0.5


# --- partial quotes and quoted words that are not speech ------------------------------------


def test_partial_quote_inside_reported_speech(nlp):
    text = "Commissioner Lotte Brandvik called the new tariffs “deeply destabilizing” on Tuesday."
    q = one(extract_quotes(text, nlp=nlp), "deeply destabilizing")
    assert q.kind == "partial"
    assert (q.start, q.end) == (text.index("deeply"), text.index("” on"))
    assert q.speaker == "Lotte Brandvik"


def test_scare_quotes_and_titles_are_not_quotes(nlp):
    text = (
        "After the “no-deal” summit in Varnholm, the so-called “harbour policy” was dropped. "
        "The ministry's “open doors” plan had been popular."
    )
    assert extract_quotes(text, nlp=nlp) == []


def test_markup_attribute_values_are_not_quotes(nlp):
    text = '<tweet author="someone" id="123">Nothing said here.</tweet>'
    assert [q for q in extract_quotes(text, nlp=nlp) if q.kind != "indirect"] == []


# --- the sample articles -----------------------------------------------------------------

SEED_SPEAKERS = {
    # file prefix: [(words in the quote, a word of the right speaker)]
    "000": [
        ("some of this [missile launch]", "Blinken"),
        ("done that in the past; it’ll", "Blinken"),
        ("The U.S. is coming out provocative", "ministry"),
        ("psychological manipulation", "Lee Sung-yoon"),
        ("classic ‘whataboutism’", "Lee Sung-yoon"),
        ("principally failed to engage", "Mason Richey"),
    ],
    "001": [
        ("trying to trap the Biden", "Leif-Eric Easley"),
        ("lined up missiles", "Leif-Eric Easley"),
        ("part of it is North Korea", "Antony Blinken"),
        ("very focused with our allies", "Antony Blinken"),
    ],
    "003": [
        ("previous fiery rhetoric", "Choi Kang"),
        ("stuck to lesser missiles", "Cheong Seong-chang"),
        ("hard for the US to give in", "Shin Beom-chul"),
        ("do not disclose everything", "official"),
    ],
    "004": [
        ("same ISKANDER type", "Jeffrey Lewis"),
        ("times these tests", "Leif-Eric Easley"),
        ("contrast raises questions", "Leif-Eric Easley"),
        ("Kim's plan appears", "Leif-Eric Easley"),
        ("turn a blind eye", "Duyeon Kim"),
        ("relationship with North Korea has been very good", "Trump"),
        ("really established a good relationship", "Trump"),
        ("what many feared", "Vipin Narang"),
        ("you came, but you didn't", "Vipin Narang"),
    ],
}


@pytest.fixture(scope="module")
def seed_quotes(seeds_dir, nlp):
    articles = {}
    for path in sorted(seeds_dir.glob("*.txt")):
        text = path.read_text(encoding="utf-8")
        articles[path.name[:3]] = (text, extract_quotes(text, nlp=nlp))
    return articles


def test_seed_articles_every_direct_quote_with_its_speaker(seed_quotes):
    for prefix, expected in SEED_SPEAKERS.items():
        text, quotes = seed_quotes[prefix]
        check_offsets(text, quotes)
        direct = [q for q in quotes if q.kind == "direct"]
        for words, speaker in expected:
            q = one(direct, words)
            assert speaker in (q.speaker or ""), (prefix, words, q.speaker)
    # nothing else is taken for a direct quote (the headline "Setting a trap" aside)
    counts = {p: len([q for q in seed_quotes[p][1] if q.kind == "direct"]) for p in SEED_SPEAKERS}
    assert counts == {"000": 6, "001": 5, "003": 4, "004": 9}


def test_seed_roles_affiliations_and_kinds(seed_quotes):
    def speaker(prefix, words):
        return one(seed_quotes[prefix][1], words)

    blinken = speaker("000", "some of this [missile launch]")
    assert blinken.role == "U.S. Secretary of State"
    choi = speaker("003", "previous fiery rhetoric")
    assert (choi.role, choi.affiliation) == ("acting president", "Asan Institute for Policy Studies")
    assert speaker("004", "what many feared").affiliation == "Massachusetts Institute of Technology"
    assert speaker("001", "lined up missiles").affiliation == "Ewha University"
    assert speaker("004", "times these tests").affiliation == "Ewha Womans University"
    assert speaker("000", "psychological manipulation").addressee == "The Diplomat"
    assert speaker("003", "do not disclose everything").speaker_kind == "anonymous"
    assert speaker("000", "The U.S. is coming out provocative").speaker_kind == "organization"
    partial = one([q for q in seed_quotes["000"][1] if q.kind != "indirect"], "profoundly destabilizing")
    assert partial.kind == "partial" and partial.speaker == "Antony Blinken"
    assert partial.addressee == "MSNBC"
    assert all(q.text != "no-deal" for q in seed_quotes["000"][1])


# --- robustness ------------------------------------------------------------------------

FRAGMENTS = [
    "“",
    "”",
    '"',
    "''",
    "‘",
    "’",
    "«",
    "»",
    "„",
    " said ",
    " he said.",
    "Ann Bo",
    "Ms. Vey",
    ",",
    ".",
    ":",
    "\n",
    "\n\n",
    " ",
    "according to ",
    " told ",
    "the official",
    "é",
    "😀",
    "\x00",
    "\u200b",
    "\r\n",
    "(R-ZZ)",
    "<a href=",
    ">",
]
quote_text = st.lists(st.sampled_from(FRAGMENTS) | st.text(max_size=6), max_size=40).map("".join)


@settings(max_examples=200, deadline=None, suppress_health_check=[HealthCheck.function_scoped_fixture])
@given(text=quote_text)
def test_never_raises_and_offsets_index_the_text(nlp, text):
    quotes = extract_quotes(text, nlp=nlp)
    check_offsets(text, quotes)
    for q in quotes:
        assert q.kind in ("direct", "partial", "indirect")
        assert 0.0 <= q.confidence <= 1.0


def test_extract_many_streams_one_list_per_text(nlp):
    consumed = []

    def texts():
        for i in range(200):
            text = ["“We won,” said Ilse Varga.", "", "No quotes."][i % 3]
            consumed.append(text)
            yield text

    results = extract_many(texts(), nlp=nlp, batch_size=4)
    first = next(results)
    assert [q.speaker for q in first] == ["Ilse Varga"]
    assert len(consumed) <= 8  # lazily: only the batch in flight is read
    rest = list(results)
    assert len(rest) == 199 and rest[0] == [] and rest[1] == [] and rest[2] == first


def test_odd_inputs_give_no_quotes(nlp):
    assert extract_quotes("", nlp=nlp) == []
    assert extract_quotes("\n\n  \n", nlp=nlp) == []
    assert extract_quotes("“", nlp=nlp) == []


# --- the command ------------------------------------------------------------------------


def test_cli_extract_jsonl_offsets_index_the_file(tmp_path):
    article = tmp_path / "story.txt"
    text = "Ferry news\n\n“The ferry is late again,” said Greta Holm, a commuter.\n"
    article.write_text(text, encoding="utf-8")
    result = CliRunner().invoke(cli, ["extract", str(article)])
    assert result.exit_code == 0, result.output
    records = [json.loads(line) for line in result.output.splitlines()]
    record = one_record(records, "ferry is late")
    assert record["article"] == str(article)
    assert text[record["start"] : record["end"]] == record["text"]
    assert record["speaker"] == "Greta Holm" and record["kind"] == "direct"
    assert text[record["speaker_start"] : record["speaker_end"]] == "Greta Holm"
    assert {"cue", "role", "affiliation", "confidence", "speaker_kind", "addressee"} <= set(record)


def one_record(records, words):
    found = [r for r in records if words in r["text"]]
    assert found, records
    return found[0]


def test_cli_extract_folder_table_and_bad_files(tmp_path):
    (tmp_path / "a.txt").write_text("Weather\n\n“Rain is coming,” said Bo Lindqvist.\n", encoding="utf-8")
    (tmp_path / "b.txt").write_bytes(b"")  # empty: unreadable
    result = CliRunner().invoke(cli, ["extract", str(tmp_path), "--format", "table"])
    assert result.exit_code != 0
    assert "Bo Lindqvist" in result.stdout and "Rain is coming" in result.stdout
    errors = [line for line in result.stderr.splitlines() if "b.txt" in line]
    assert len(errors) == 1 and "empty" in errors[0]
    assert "Traceback" not in result.stderr


def test_format_table_rows_names_the_article():
    rows = list(format_table_rows([], article="x.txt"))
    assert rows == ["== x.txt: 0 quotes"]


def test_fast_pos_setter_agrees_with_the_attribute_ruler(nlp):
    from quotes.extract.pipeline import FAST_POS

    if "attribute_ruler" not in nlp.pipe_names:
        pytest.skip("this pipeline has no attribute ruler")
    set_pos = nlp.create_pipe(FAST_POS)
    text = (
        "There were two of them, but that was what Mira Tolk had said she did not want. "
        "Which one? Those who have done it know that the plan, which failed, has been dropped."
    )
    reference = nlp(text)
    fast = nlp(text, disable=["attribute_ruler", "ner", "lemmatizer"])
    set_pos(fast)
    assert [t.pos_ for t in fast] == [t.pos_ for t in reference]


# --- long inputs: windows and the span index ---------------------------------------------


def test_windows_cut_long_runs_at_sentence_ends():
    from quotes.extract.windows import cut_windows as _windows

    text = "".join(f"Sentence number {i} is here. " for i in range(200)).strip()
    windows = list(_windows(text, 0, len(text), 500))
    assert len(windows) > 1
    assert all(end - start <= 500 for start, end in windows)
    assert all(text[end - 1] == "." for _, end in windows)  # cut after a full stop
    # windows follow each other and together hold every sentence
    assert windows[0][0] == 0 and windows[-1][1] == len(text)
    for (_, end), (start, _) in itertools.pairwise(windows):
        assert not text[end:start].strip()


def test_windows_cut_a_sentence_longer_than_a_window_at_a_space():
    from quotes.extract.windows import cut_windows as _windows

    text = "word " * 1000 + "end"
    windows = list(_windows(text, 0, len(text), 300))
    assert all(0 < end - start <= 300 for start, end in windows)
    assert all(text[end - 1] != " " and (end == len(text) or text[end] == " ") for _, end in windows)
    assert "".join(text[start:end] for start, end in windows).replace(" ", "") == text.replace(" ", "")


@given(
    st.lists(st.tuples(st.integers(0, 300), st.integers(0, 40), st.booleans()), max_size=30),
    st.integers(-5, 360),
)
def test_span_index_agrees_with_a_scan(raw, position):
    from quotes.extract.quotemarks import QuotedSpan, SpanIndex

    spans = [
        QuotedSpan(
            start=a + 1, end=a + 1 + n, open_at=a, close_at=a + 1 + n if closed else None, confidence=1.0
        )
        for a, n, closed in raw
    ]
    scan = any(s.open_at <= position <= (s.close_at if s.close_at is not None else s.end) for s in spans)
    assert SpanIndex(spans).covers(position) == scan


def test_long_single_paragraph_keeps_every_quote(nlp):
    """A 60,000-character paragraph (several parse windows) loses no quote and
    keeps the speakers, whose names sit in other windows than most quotes."""
    text = "".join(
        f"“The pier {i} opens on Monday,” said Ilse Varden, the harbour master. “It is late,” she said. "
        for i in range(600)
    )
    assert len(text) > 50_000
    quotes = extract_quotes(text, nlp=nlp)
    check_offsets(text, quotes)
    direct = [q for q in quotes if q.kind == "direct"]
    assert len(direct) == 1200
    assert {q.speaker for q in direct} == {"Ilse Varden"}


# --- attribution rules (second pass) ----------------------------------------------------


@pytest.mark.parametrize("title", ["Rep.", "Sen.", "Gov.", "Lt. Gen.", "Capt.", "Prof."])
def test_abbreviated_title_after_a_quote_does_not_end_the_attribution(nlp, title):
    text = f"The vote was close.\n\n“We will keep the pier open,” {title} Ansel Kobb (D-Wash.) said.\n"
    (quote,) = [q for q in extract_quotes(text, nlp=nlp) if q.kind == "direct"]
    assert quote.speaker == "Ansel Kobb"
    assert mention(text, quote).endswith("Kobb")


def test_a_quote_inside_another_indirect_quote_is_not_the_speaker_to_continue():
    from quotes.extract.article import is_nested as _nested
    from quotes.records import Quote

    text = "Ilse Varden said for years some critics had been predicting the closure of the pier."

    def quote(content, cue, speaker):
        start, c, s = text.index(content), text.index(cue), text.index(speaker)
        return Quote(
            text=content,
            start=start,
            end=start + len(content),
            kind="indirect",
            cue=cue,
            cue_start=c,
            cue_end=c + len(cue),
            speaker=speaker,
            speaker_start=s,
            speaker_end=s + len(speaker),
        )

    outer = quote("for years some critics had been predicting the closure of the pier", "said", "Ilse Varden")
    inner = quote("the closure of the pier", "predicting", "some critics")
    assert _nested(inner, [outer, inner], text)
    assert not _nested(outer, [outer, inner], text)
    assert not _nested(inner, [inner], text)


def test_mixed_marks_give_each_quote_its_speaker(nlp):
    text = (
        "The harbour master went further.\n\n"
        '“We disagree," said Oren Castellane, the harbour master. "The pier has no bearing on it.”\n'
    )
    quotes = extract_quotes(text, nlp=nlp)
    check_offsets(text, quotes)
    assert one(quotes, "We disagree").speaker == "Oren Castellane"
    assert one(quotes, "no bearing").speaker == "Oren Castellane"
    assert one(quotes, "We disagree").text == "We disagree"


def test_a_name_alone_on_the_line_after_a_quote_signs_it(nlp):
    text = (
        "The claims, checked.\n\n"
        '"The pier was never closed on a weekday in ten years."\n\n'
        "- Varden.\n\n"
        "The pier was closed twice last spring, records show.\n"
    )
    quote = one(extract_quotes(text, nlp=nlp), "never closed")
    assert quote.speaker == "Varden"
    assert mention(text, quote) == "Varden"


def test_a_sentence_with_a_reporting_verb_before_a_quote_attributes_it(nlp):
    text = (
        "Critics were not convinced.\n\n"
        'Or maybe the ferry, digital consultant Ansel Kobb says. "Several surveys suggest a second look."\n'
    )
    quote = one(extract_quotes(text, nlp=nlp), "Several surveys")
    assert quote.speaker == "Ansel Kobb"
    assert quote.cue == "says"


def test_the_outer_reporting_verb_wins_over_a_pronoun_inside_its_clause(nlp):
    text = "The board met.\n\nOren Castellane said, however, that he hopes “somebody else takes up the cause” soon.\n"
    quote = one(extract_quotes(text, nlp=nlp), "somebody else")
    assert quote.cue == "said"
    assert mention(text, quote) == "Oren Castellane"


def test_its_coast_guard_is_the_organization_of_the_country_named_before(nlp):
    text = (
        "Varland’s defense ministry also detected the launch, while its coast guard "
        "urged ships to watch out for falling objects.\n"
    )
    (quote,) = [q for q in extract_quotes(text, nlp=nlp) if q.speaker]
    assert quote.speaker == "Varland’s coast guard"
    assert quote.speaker_kind == "organization"


def test_his_government_is_the_government_of_the_man_named_before(nlp):
    text = (
        "Ansel Kobb has ruled Varland since 2011.\n\n"
        "His government has so far rejected the offer to resume talks, saying the talks would change nothing.\n"
    )
    speakers = {q.speaker for q in extract_quotes(text, nlp=nlp) if q.speaker}
    assert "Ansel Kobb’s government" in speakers
    assert "His government" not in speakers


def test_a_statement_is_not_a_speaker_who_issued_it_is(nlp):
    text = (
        "On March 3, four harbour towns\xa0released a joint statement to condemn the closure of the pier.\n"
    )
    quotes = [q for q in extract_quotes(text, nlp=nlp) if q.kind == "indirect"]
    assert quotes and all(q.speaker and "statement" not in q.speaker for q in quotes)
    assert mention(text, quotes[0]) == "four harbour towns"


def test_a_statement_nobody_is_named_for_gives_no_speaker(nlp):
    text = "The pier was shut.\n\nThe statement did not say when the ferry would sail again.\n"
    assert not [q for q in extract_quotes(text, nlp=nlp) if q.speaker and "statement" in q.speaker.lower()]


def test_a_subordinate_verb_before_the_comma_does_not_introduce_the_quote(nlp):
    text = (
        "The session ended.\n\n"
        "By contrast, Ilse Varden said that once the council goes on recess, “I intend to visit every town I can.”\n"
    )
    quote = one(extract_quotes(text, nlp=nlp), "visit every town")
    assert quote.speaker == "Ilse Varden"


def test_a_name_in_apposition_to_a_quoted_word_is_the_speaker(nlp):
    text = (
        "People close to the mayor say she is tired.\n\n"
        '"They were professionals, but also competitors," Ansel M. Kobb, the mayor\'s former chief of staff, '
        'said of their time in the town hall. "They\'d do the dance."\n'
    )
    quotes = extract_quotes(text, nlp=nlp)
    check_offsets(text, quotes)
    assert one(quotes, "competitors").speaker == "Ansel M. Kobb"
    assert mention(text, one(quotes, "competitors")) == "Ansel M. Kobb"
    assert one(quotes, "the dance").speaker == "Ansel M. Kobb"


def test_a_name_and_appositive_before_said_is_the_speaker_when_the_parse_loses_it(nlp):
    text = (
        "People close to the mayor say she is tired.\n\n"
        "''They were professionals, but also competitors,'' Ansel M. Kobb, the mayor's former chief of staff, "
        "said of their time in the town hall. ''They'd do the dance.''\n"
    )
    quotes = extract_quotes(text, nlp=nlp)
    check_offsets(text, quotes)
    assert mention(text, one(quotes, "competitors")) == "Ansel M. Kobb"
    assert one(quotes, "the dance").speaker == "Ansel M. Kobb"


def test_a_name_with_party_and_colon_right_before_a_quote_speaks_it(nlp):
    text = (
        "The hearing went on.\n\n"
        'Rep. Ansel Kobb (R-S.C.):"I have not heard anyone other than you ever cite that figure."\n'
    )
    (quote,) = extract_quotes(text, nlp=nlp)
    assert quote.speaker == "Ansel Kobb"
    assert mention(text, quote) == "Ansel Kobb"


def test_a_name_after_said_that_opens_the_reported_clause_is_not_the_speaker(nlp):
    text = (
        "The valley is split.\n\n"
        "Mr. Castellane, whose latest start-up, Paradata, uses big data to help brands find suppliers, "
        'said Mr. Kobb was a candidate very much in the spirit of the valley: "He\'s a start-up kind of guy."\n'
    )
    quote = one(extract_quotes(text, nlp=nlp), "start-up kind")
    assert quote.speaker == "Castellane"


def test_who_stands_for_the_name_before_it(nlp):
    text = (
        "Kobb denied it.\n\n"
        '"He did try to scare me," said Castellane, who wrote about the visit in his book. '
        '"Thank goodness, both of those things were not true."\n'
    )
    quotes = extract_quotes(text, nlp=nlp)
    check_offsets(text, quotes)
    assert all(q.speaker not in ("who", "that", "which") for q in quotes)
    assert one(quotes, "Thank goodness").speaker == "Castellane"


def test_a_quote_introduced_by_who_rests_on_who_and_resolves_to_the_name(nlp):
    text = (
        "The council met on Tuesday.\n\n"
        'The loudest voice was Mara Tollund, who said, "We will fix the bridge before the floods." '
        'Then came Brin Ashcote, who laughed and told reporters: "The plan is a fantasy."\n'
    )
    quotes = extract_quotes(text, nlp=nlp)
    check_offsets(text, quotes)
    bridge = one(quotes, "fix the bridge")
    assert bridge.speaker == "Mara Tollund"
    assert (bridge.speaker_start, bridge.speaker_end) == (text.index("who said"), text.index("who said") + 3)
    fantasy = one(quotes, "a fantasy")
    assert fantasy.speaker == "Brin Ashcote"
    assert mention(text, fantasy) == "who"
    assert fantasy.speaker_start == text.index("who laughed")


def test_a_quote_the_statement_said_rests_on_the_statement_and_goes_to_its_maker(nlp):
    text = (
        "The Kell Harbour Board issued a statement on Monday.\n\n"
        "“The pier stays shut until the storm passes,” the statement said.\n"
    )
    quotes = extract_quotes(text, nlp=nlp)
    check_offsets(text, quotes)
    pier = one(quotes, "The pier stays shut")
    assert pier.speaker == "Kell Harbour Board"
    assert pier.speaker_start == text.index("the statement said")
    assert mention(text, pier) == "the statement"


def test_a_statement_nobody_is_named_for_is_still_the_mention(nlp):
    text = "The pier was shut.\n\n“Nobody will sail,” the statement said.\n"
    (quote,) = extract_quotes(text, nlp=nlp)
    assert quote.speaker is None
    assert mention(text, quote) == "the statement"


def test_a_document_after_the_quote_is_its_source_when_the_parse_takes_the_verb_for_a_noun(nlp):
    text = (
        "The vote was close.\n\nKobb spoke first.\n\n"
        "“If she wants the job, she should come here,” the editorial read.\n"
    )
    quote = one(extract_quotes(text, nlp=nlp), "she should come here")
    assert quote.cue == "read"
    assert (quote.speaker_start, quote.speaker_end) == (text.index("the editorial"), text.index(" read."))
    assert quote.speaker != "Kobb"


def test_a_cue_right_after_a_quote_speaks_it_when_a_later_verb_opens_the_next_with_a_colon(nlp):
    text = (
        "The vote was close.\n\nThe mayor spoke first. "
        "“We will fix the bridge,” Kobb said before adding: “It will take a year.”\n"
    )
    quotes = extract_quotes(text, nlp=nlp)
    check_offsets(text, quotes)
    bridge = one(quotes, "fix the bridge")
    assert bridge.cue == "said" and bridge.speaker == "Kobb"
    assert bridge.speaker_start == text.index("Kobb said")
    assert one(quotes, "take a year").speaker == "Kobb"


def test_a_pronoun_cue_joined_to_a_reported_clause_gives_way_to_the_reporting_verb(nlp):
    text = (
        "The trial opens soon.\n\n"
        "In an interview with reporter Mara Voss last year, Kobb said he welcomed the trial and added, "
        "“I will plead guilty, no problem.”\n"
    )
    quote = one(extract_quotes(text, nlp=nlp), "plead guilty")
    assert quote.speaker == "Kobb"
    assert (quote.speaker_start, quote.speaker_end) == (text.index("Kobb said"), text.index(" said he"))
    assert (quote.cue_start, quote.cue) == (text.index("said he"), "said")


def test_a_pronoun_in_a_clause_stands_for_the_subject_of_the_governing_verb(nlp):
    text = (
        "The library board met.\n\n"
        "Tamsin Kobb argued with Orrin Vale at the library board, when he called the new timetable "
        "“a waste of paper.”\n"
    )
    quote = one(extract_quotes(text, nlp=nlp), "waste of paper")
    assert quote.speaker == "Tamsin Kobb"  # not Orrin Vale, the last name before "he"
    assert (quote.speaker_start, quote.speaker_end) == (text.index("he called"), text.index(" called"))


def test_a_quote_ending_its_sentence_is_not_attributed_by_a_new_statement_after_it(nlp):
    text = (
        "The ferry was inspected.\n\n"
        "“The ferry will run all winter,” Mara Venn said. “The new engine is ready.” "
        "She noted a planned trip to the boatyard on Friday.\n"
    )
    quotes = extract_quotes(text, nlp=nlp)
    check_offsets(text, quotes)
    full = one(quotes, "engine is ready")
    assert full.speaker == "Mara Venn"
    # it continues "Mara Venn said", it is not the attribution of "She noted ..."
    assert (full.speaker_start, full.speaker_end) == (text.index("Mara Venn"), text.index(" said."))


def test_a_quote_after_a_colon_keeps_its_speaker_when_a_new_statement_follows(nlp):
    text = (
        "The vote was close.\n\n"
        "Library chief Ansel Kobb told the paper: “Many think we only lend books. But we have 300 chess players.” "
        "He added that the players come from every village.\n"
    )
    quote = one(extract_quotes(text, nlp=nlp), "300 chess players")
    assert quote.speaker == "Ansel Kobb"
    assert (quote.speaker_start, quote.speaker_end) == (text.index("Ansel Kobb"), text.index(" told"))


def test_a_pronoun_opening_a_coordinated_clause_stands_for_the_first_subject_when_the_gender_agrees(nlp):
    text = (
        "The harbour plan was debated.\n\n"
        "Ansel Kobb met Mr. Dag Orrin on Monday. Mr. Kobb thanked Dag Orrin, and he repeated his view that "
        "the old ferry was “a danger to the island.”\n"
    )
    quote = one(extract_quotes(text, nlp=nlp), "danger to the island")
    assert quote.speaker == "Ansel Kobb"
    assert (quote.speaker_start, quote.speaker_end) == (text.index("he repeated"), text.index(" repeated"))


def test_a_day_next_to_the_cue_is_not_the_speaker(nlp):
    text = (
        "The storm hit.\n\n"
        '"Will Mayor Venn ever explain the ferry delays? Nobody at the dock has heard a single word '
        'about them!" the likely council candidate, Ansel Kobb, tweeted Sunday after a delay in Brennmoor.\n'
    )
    quote = one(extract_quotes(text, nlp=nlp), "ferry delays")
    # the parse gives "tweeted" no subject: the name in apposition, not the day after the verb
    assert quote.speaker == "Ansel Kobb"
    assert (quote.speaker_start, quote.speaker_end) == (text.index("Ansel Kobb"), text.index(", tweeted"))


def test_a_day_before_the_cue_is_skipped_for_the_name_before_it(nlp):
    from spacy.tokens import Doc

    from quotes.extract.quotemarks import SpanIndex
    from quotes.extract.subjects import cue_speaker as _subject

    # a parse that gives "called" no subject, as the small model does on
    # "..., who Venn on Wednesday called ...": the word before the cue is the day
    words = ["Ire", "went", "to", "Orrin", ",", "who", "Venn", "on", "Wednesday", "called", "rude", "."]
    heads = [1, 1, 1, 2, 3, 3, 3, 6, 7, 3, 9, 1]
    deps = ["nsubj", "ROOT", "prep", "pobj", "punct", "dep", "relcl", "prep", "pobj", "acl", "oprd", "punct"]
    pos = ["NOUN", "VERB", "ADP", "PROPN", "PUNCT", "PRON", "PROPN", "ADP", "PROPN", "VERB", "ADJ", "PUNCT"]
    doc = Doc(nlp.vocab, words=words, heads=heads, deps=deps, pos=pos)
    start, end = _subject(doc[9], SpanIndex(), 0, strict=False)
    assert doc.text[start:end] == "Venn"


def test_a_name_the_parse_tags_as_a_verb_is_still_the_speaker(nlp):
    text = (
        "The debate went on.\n\nAnsel Swindle and Mara Venn argued over the harbour.\n"
        '"Mara wants to win every argument about the ferry," Swindle shot back. "Let me finish."\n'
    )
    quote = one(extract_quotes(text, nlp=nlp), "every argument")
    assert quote.speaker == "Ansel Swindle" and quote.cue == "shot"
    # the mention is the name after the quote ("Swindle"/VERB in the parse)
    assert (quote.speaker_start, quote.speaker_end) == (text.index("Swindle shot"), text.index(" shot back"))


def test_a_surname_the_article_gives_in_full_is_a_speaker_whatever_its_tag(nlp):
    text = (
        "The debate went on.\n\nOla Banks and Mara Venn argued over the harbour. "
        '"We will keep the library open late," Venn said.\n\n'
        'Banks delivered a short reply: "Nobody is closing the library. We are adding a reading room." He went on.\n'
    )
    quote = one(extract_quotes(text, nlp=nlp), "closing the library")
    assert quote.speaker == "Ola Banks"  # "Banks" is a plural noun to the parse, a name in the article
    assert (quote.speaker_start, quote.speaker_end) == (
        text.index("Banks delivered"),
        text.index(" delivered"),
    )


def test_a_question_asked_by_someone_is_theirs_not_the_one_asked(nlp):
    text = (
        "The debate went on.\n\n"
        'Venn was asked by host Ola Banks, who chairs the ferry board, "Now, you said the ferry was on time. Was it?"\n'
    )
    quote = one(extract_quotes(text, nlp=nlp), "ferry was on time")
    assert quote.speaker == "Ola Banks"
    assert (quote.speaker_start, quote.speaker_end) == (text.index("Ola Banks"), text.index(", who"))


def test_an_adverb_before_a_pronoun_subject_is_not_part_of_the_mention(nlp):
    text = (
        "The harbour plan was debated.\n\n"
        "In an interview last week, Ms. Venn acknowledged that even she found the bus timetable confusing and called "
        'the ferry link "a fine example" of how not to plan a route.\n'
    )
    quote = one(extract_quotes(text, nlp=nlp), "a fine example")
    assert quote.kind == "partial"
    # "even she" is "she", inside the clause Ms. Venn acknowledged: the attribution is hers
    assert quote.cue == "acknowledged"
    assert (quote.speaker_start, quote.speaker_end) == (text.index("Ms. Venn"), text.index(" acknowledged"))


def test_adding_after_a_quoted_report_goes_on_with_the_reporter(nlp):
    text = (
        "The vote was close.\n\n"
        "To wit, Ansel Kobb told the Brennmoor Courier that Mara Venn “had an odd plan for the library,” adding, "
        "“She lost the vote on the roof.”\n"
    )
    quote = one(extract_quotes(text, nlp=nlp), "vote on the roof")
    assert quote.cue == "adding" and quote.speaker == "Ansel Kobb"
    assert (quote.speaker_start, quote.speaker_end) == (text.index("Ansel Kobb"), text.index(" told"))


def test_a_participle_of_a_reported_clause_without_a_quote_stays_with_its_subject(nlp):
    text = (
        "The vote was close.\n\n"
        "One library clerk who described the meeting said Kobb calmed the room, telling his colleagues, "
        "“We have to finish the catalogue.”\n"
    )
    quote = one(extract_quotes(text, nlp=nlp), "finish the catalogue")
    assert quote.speaker == "Kobb"
    assert (quote.speaker_start, quote.speaker_end) == (text.index("Kobb calmed"), text.index(" calmed"))


def test_quoted_words_belong_to_their_clause_not_to_a_subordinate_cue_before_them(nlp):
    text = (
        "The campaign began.\n\n"
        "When Kobb announced his timetable in June, he famously referred to the ferry crews as “pirates” and "
        "“poets” while calling for a new pier.\n"
    )
    quote = one(extract_quotes(text, nlp=nlp), "pirates")
    assert quote.cue == "referred" and quote.speaker == "Kobb"
    assert (quote.speaker_start, quote.speaker_end) == (text.index("he famously"), text.index(" famously"))


def test_a_parenthetical_as_clause_still_attributes_the_quoted_words(nlp):
    text = (
        "The campaign began.\n\n"
        "But as the Brennmoor Courier noted in an editorial Thursday, the night ferry “has quietly won itself a few fans.”\n"
    )
    quote = one(extract_quotes(text, nlp=nlp), "a few fans")
    assert quote.cue == "noted"
    assert (quote.speaker_start, quote.speaker_end) == (text.index("Brennmoor Courier"), text.index(" noted"))


def test_a_name_and_appositive_after_a_question_attribute_it(nlp):
    text = (
        "The library fund opened its phone line.\n\nThe first two volunteers are Ada Tolley and Gloria Vey.\n\n"
        '"I am calling from the library fund. How are you this evening?" Tolley, a retired clerk from the '
        "cannery, said cheerfully into the phone.\n"
    )
    quote = one(extract_quotes(text, nlp=nlp), "How are you this evening")
    assert quote.cue == "said" and quote.speaker == "Ada Tolley"
    assert (quote.speaker_start, quote.speaker_end) == (text.index("Tolley, a"), text.index(", a retired"))


def test_a_reporting_verb_the_parse_takes_for_a_noun_after_a_quote_is_a_cue(nlp):
    text = (
        "The ferry board looked back.\n\n"
        "“The board finished just two jobs—1. A new ramp 2. Two new benches. Apart from those, not one "
        "job,” Orrin answers.\n\nThe old benches are still there.\n"
    )
    quote = one(extract_quotes(text, nlp=nlp), "just two jobs")
    assert quote.cue == "answers" and quote.speaker == "Orrin"
    assert (quote.speaker_start, quote.speaker_end) == (text.index("Orrin"), text.index(" answers"))


def test_the_words_between_a_quote_and_its_cue_are_the_speaker_when_the_parse_links_nothing(nlp):
    text = (
        "The clip was posted on Thursday.\n\nPhoto by Nils Varga.\n\n"
        "“What if the ferry had a piano on board?” the 43-year-old asked in the video’s description.\n"
    )
    quote = one(extract_quotes(text, nlp=nlp), "piano on board")
    assert quote.cue == "asked"
    assert (quote.speaker_start, quote.speaker_end) == (text.index("the 43"), text.index(" asked"))


def test_a_role_before_the_name_and_quoted_words_in_the_appositive_keep_the_speaker(nlp):
    text = (
        "The fair ended.\n\n"
        "“We’ve had better fairs than this one,” ferry captain Ansel Kobb, wearing a straw hat and "
        "“Library Fund” pins, said matter-of-factly.\n"
    )
    quote = one(extract_quotes(text, nlp=nlp), "better fairs")
    assert quote.cue == "said" and quote.speaker == "Ansel Kobb"
    assert (quote.speaker_start, quote.speaker_end) == (text.index("Ansel Kobb"), text.index(", wearing"))


def test_a_signing_line_with_an_affiliation_or_a_comment_after_the_name(nlp):
    text = (
        'Notebook.\n\n"He can borrow the library keys," Venn said. "But I hope he returns them."\n\n@mayor.\n\n'
        "\"Fine talk. She's careful. She's prepared. She never misses a meeting.\"\n\n"
        "-Mayor Ansel Kobb, tweeting after the talk.\n\nquotable.\n\n"
        '"The whole idea of a late ferry is something we hear about every week."\n\n-Mara Lind, Brennmoor.\n'
    )
    quotes = extract_quotes(text, nlp=nlp)
    check_offsets(text, quotes)
    careful = one(quotes, "She's careful")
    assert careful.speaker == "Ansel Kobb"  # not Venn, the speaker before
    assert (careful.speaker_start, careful.speaker_end) == (
        text.index("Ansel Kobb"),
        text.index(", tweeting"),
    )
    late = one(quotes, "late ferry")
    assert late.speaker == "Mara Lind"
    assert (late.speaker_start, late.speaker_end) == (text.index("Mara Lind"), text.index(", Brennmoor"))


def test_a_quote_closed_at_the_end_of_the_line_signing_it(nlp):
    text = (
        "The ferry clerks disagree.\n\n"
        '"I fear we may soon hear councillors praising tidy ledgers again as the '
        'mayor tries to set herself apart.\nDag Orrin, Harbour Policy Institute."\n\n'
        "But the mayor's reply leaves room for doubt.\n"
    )
    quote = one(extract_quotes(text, nlp=nlp), "tidy ledgers")
    assert quote.speaker == "Dag Orrin"
    assert (quote.speaker_start, quote.speaker_end) == (text.index("Dag Orrin"), text.index(", Harbour"))


def test_as_someone_put_it_attributes_the_quoted_words(nlp):
    text = "The ferry was late again.\n\nThe ferry, as one island official put it, is “the whole island.”\n"
    quote = one(extract_quotes(text, nlp=nlp), "whole island")
    assert quote.kind == "partial" and quote.cue == "put"
    assert (quote.speaker_start, quote.speaker_end) == (text.index("one island"), text.index(" put it"))


def test_a_pronoun_cue_gives_way_up_to_the_first_named_reporter(nlp):
    text = (
        "The rowing club voted.\n\n“I wonder how the rowers like that,” Kobb said. The longtime mayor said "
        "he rarely asks neighbours to speak for him, “except for people I trust completely.”\n"
    )
    quote = one(extract_quotes(text, nlp=nlp), "trust completely")
    # speak <- asks (he) <- said (the longtime mayor)
    assert quote.cue == "said"
    assert (quote.speaker_start, quote.speaker_end) == (text.index("The longtime"), text.index(" said he"))


def test_an_indirect_quote_in_the_attribution_of_a_quote_is_not_the_speaker_to_continue():
    from quotes.extract.article import in_attribution_of as _in_attribution_of
    from quotes.records import Quote

    text = (
        "“Who is the real slowcoach here?” said Mara Venn, using a word Kobb has used to describe Orrin, on a call. "
        "“The council produced timetables.”"
    )
    asked = "Who is the real slowcoach here?"
    direct = Quote(
        text=asked,
        start=1,
        end=1 + len(asked),
        kind="direct",
        cue="said",
        cue_start=text.index("said"),
        cue_end=text.index("said") + 4,
    )
    inside = Quote(
        text="to describe Orrin",
        start=text.index("to describe"),
        end=text.index(", on a"),
        kind="indirect",
        cue="used",
        cue_start=text.index("used"),
    )
    assert _in_attribution_of(inside, direct, text)
    later = Quote(
        text="The council produced timetables",
        start=text.index("The council"),
        end=len(text) - 1,
        kind="indirect",
        cue="produced",
        cue_start=text.index("produced"),
    )
    assert not _in_attribution_of(later, direct, text)  # another sentence
    assert not _in_attribution_of(inside, None, text)


def test_an_inverted_possessive_subject_after_the_cue_speaks(nlp):
    text = (
        'The bridge closed.\n\n"Riders should leave their bicycles at home," opined Brennmoor\'s Harbour Gazette.\n\n'
        "\"It's high time that we had a librarian running this ferry,\" exhorted Venn's introducer, "
        "actress Mara Lind.\n"
    )
    quotes = extract_quotes(text, nlp=nlp)
    boats = one(quotes, "leave their bicycles")
    assert boats.cue == "opined"
    assert (boats.speaker_start, boats.speaker_end) == (text.index("Brennmoor's"), text.index(".\n\n\"It's"))
    woman = one(quotes, "a librarian running")
    assert woman.cue == "exhorted"
    assert (woman.speaker_start, woman.speaker_end) == (text.index("Venn's"), text.index(", actress"))


def test_a_possessive_after_the_cue_opens_its_object_not_its_subject(nlp):
    text = (
        "The library board met.\n\nDag Orrin, who ran the library's book sale during the 2012 fair, "
        'called Kobb\'s remarks on Sunday "silly."\n'
    )
    quotes = extract_quotes(text, nlp=nlp)
    assert all(q.speaker_start is None or not text[q.speaker_start :].startswith("Kobb") for q in quotes)


def test_another_after_an_inverted_cue_is_the_speaker(nlp):
    text = 'The posts kept coming.\n\n"Better check the ferry timetable twice," tweeted another.\n'
    quote = one(extract_quotes(text, nlp=nlp), "timetable twice")
    assert (quote.speaker_start, quote.speaker_end) == (text.index("another"), text.index("another") + 7)


def test_a_cue_between_commas_in_the_next_sentence_is_that_sentence_s(nlp):
    # "opining" is a cue word, "claimed" one of the new sentence: neither attributes the quote
    text = (
        "The clerk was suspended.\n\nOn November 19, Venn tweeted, “The ferry leaves at noon. The gulls "
        "follow it home.” This sort of opining, the Courier claimed, breaks its rules for staff, and so "
        "Venn was suspended.\n"
    )
    quote = one(extract_quotes(text, nlp=nlp), "gulls follow")
    assert quote.cue == "tweeted" and quote.speaker == "Venn"
    assert (quote.speaker_start, quote.speaker_end) == (text.index("Venn tweeted"), text.index(" tweeted"))


def test_a_quote_ending_its_sentence_keeps_its_speaker_over_a_parenthetical_cue_after_it(nlp):
    text = (
        "The interview ran long.\n\n''Captain Gull is a name everyone on the island knows,'' he said. "
        "''If you see that name, you know what to expect.'' That's why, he added, readers often find "
        "''endless sequels about gulls.''\n"
    )
    quote = one(extract_quotes(text, nlp=nlp), "If you see that name")
    assert (quote.speaker_start, quote.speaker_end) == (text.index("he said"), text.index(" said."))


def test_a_crowd_is_a_group_that_speaks(nlp):
    text = (
        "The library meeting went on.\n\nKobb described the reading room as overrun by pigeons, some of them noisy. "
        'The crowd chanted back at him, "Shoo them out," and "Fix the roof." And Kobb decried an increase '
        "in late fines.\n"
    )
    quote = one(extract_quotes(text, nlp=nlp), "Shoo them out")
    assert quote.speaker_kind == "group" and quote.cue == "chanted"
    assert (quote.speaker_start, quote.speaker_end) == (text.index("The crowd"), text.index(" chanted"))


@pytest.mark.parametrize("attribution", ["Kobb said", "said Kobb, the harbour master"])
def test_a_cue_between_two_quotes_before_a_colon_speaks_both(nlp, attribution):
    text = f'The vote was close.\n\n"I don\'t like the new pier," {attribution}: "It is too long and too costly."\n'
    quotes = extract_quotes(text, nlp=nlp)
    for words in ("new pier", "too costly"):
        quote = one(quotes, words)
        assert quote.speaker == "Kobb" and quote.cue == "said"
        assert (quote.speaker_start, quote.speaker_end) == (text.index("Kobb"), text.index("Kobb") + 4)


def test_a_reporting_verb_tagged_as_a_noun_with_a_subject_before_a_colon_is_a_cue(nlp):
    text = (
        "The ferry charter is old.\n\nFree passage was written into Article 33 of the 1951 Ferry "
        "Charter. Article 33 affirms: “No ferry shall leave a passenger on a pier where the tide would "
        "reach them.”\n"
    )
    quote = one(extract_quotes(text, nlp=nlp), "No ferry shall")
    assert quote.cue == "affirms"
    assert (quote.speaker_start, quote.speaker_end) == (
        text.index("Article 33 affirms"),
        text.index(" affirms"),
    )


def test_someones_response_was_before_a_quote_gives_the_speaker(nlp):
    text = (
        "The ferry log was published.\n\nAn aide emailed the mayor in December, informing her of the storm, "
        "which hit the north coast. Venn’s response was: “Is the ferry running or not?”\n"
    )
    quote = one(extract_quotes(text, nlp=nlp), "ferry running")
    assert quote.speaker == "Venn" and quote.cue == "response"
    assert (quote.speaker_start, quote.speaker_end) == (text.index("Venn’s"), text.index("’s response"))


def test_an_adjective_reporting_word_with_a_subject_is_not_a_cue(nlp):
    text = (
        "NOTES.\n\nWith library trustees increasingly worried about a lack of interest in the reading club among young "
        'readers, Mayor Ansel Kobb is rolling out a new and more personal poster: "Read with me."\n'
    )
    quote = one(extract_quotes(text, nlp=nlp), "Read with me")
    assert quote.speaker == "Ansel Kobb" and quote.cue != "worried"
    assert (quote.speaker_start, quote.speaker_end) == (text.index("Ansel Kobb"), text.index(" is rolling"))


def test_quoted_words_then_a_name_and_appositive_before_the_cue(nlp):
    text = (
        "The ferry race tightened.\n\nVenn “is drawing on something that runs very deep among the ferry crews, "
        "which is this weariness with the timetable,” Dag Orrin, a Kobb supporter, told the Courier.\n\n"
        "“He has described Kobb as a friend of that timetable.”\n"
    )
    quotes = extract_quotes(text, nlp=nlp)
    tapping = one(quotes, "is drawing on")
    assert tapping.kind == "partial" and tapping.cue == "told"
    assert (tapping.speaker_start, tapping.speaker_end) == (text.index("Dag Orrin"), text.index(", a Kobb"))
    assert one(quotes, "friend of that timetable").speaker == "Dag Orrin"  # continues him


def test_a_participle_describing_a_noun_is_not_a_cue(nlp):
    text = (
        "The library quarrel went on.\n\nKobb told the Harbour Gazette in a written statement, “I really don’t need "
        "Venn’s help with the fair, because she is a late-rising person.”\n"
    )
    quote = one(extract_quotes(text, nlp=nlp), "late-rising")
    assert quote.cue == "told" and quote.speaker == "Kobb"
    assert (quote.speaker_start, quote.speaker_end) == (text.index("Kobb told"), text.index(" told"))


@pytest.mark.parametrize(
    "text, words, speaker_words",
    [
        # a new sentence opening with "But", a negated cue, a cue with its own object
        (
            "The ferry debate went on.\n\nKobb seemed to tease his rival, saying at one point, ''The fix is not "
            "just to shout, 'Gulls loud, ferries late.''' But Mr. Venn, again, did not respond in kind.\n",
            "The fix is not",
            "Kobb seemed",
        ),
        (
            "The letters were out.\n\nRegarding the letters, the campaign said in a statement: ''Neither of these "
            "letters mentions the ferry.'' The campaign did not elaborate.\n",
            "Neither of these",
            "the campaign said",
        ),
        (
            'The library hearing ran late.\n\nVenn, exasperated, famously responded: "Who, at this hour, still '
            'wants the ferry?" Her critics cited it as evidence that she did not care.\n',
            "Who, at this hour",
            "Venn,",
        ),
        (
            "The club vote began.\n\nEight years ago, he backed Ola Banks over Venn and said, “Mara Venn has never once "
            "visited our library.” Kobb later explained that to mean Venn never funded his club.\n",
            "never once visited",
            "he backed",
        ),
    ],
)
def test_a_sentence_after_a_quote_that_makes_a_statement_of_its_own_does_not_attribute_it(
    nlp, text, words, speaker_words
):
    quote = one(extract_quotes(text, nlp=nlp), words)
    start = text.index(speaker_words)
    assert quote.speaker_start == start


def test_quoted_words_then_a_long_titled_name_and_the_cue(nlp):
    text = (
        "The rowing club weighed in.\n\nRowers are “waiting to see who is rowing on the other side of the bay,” "
        "Rowing Club President Mara Venn said. “That’s got to worry a rower.”\n"
    )
    quotes = extract_quotes(text, nlp=nlp)
    looking = one(quotes, "waiting to see")
    assert looking.kind == "partial" and looking.cue == "said"
    assert (looking.speaker_start, looking.speaker_end) == (text.index("Mara Venn"), text.index(" said."))
    scare = one(quotes, "worry a rower")
    assert scare.speaker == "Mara Venn"  # the next quote continues her


def test_a_name_and_appositive_before_a_cue_with_no_parsed_subject_speak_the_quote_after(nlp):
    text = (
        "The closures went on.\n\nMara Venn, the 2012 library nominee, tweeted in response: ''Small "
        "difference: the mayor shuts reading rooms; our volunteers open them.''\n"
    )
    quote = one(extract_quotes(text, nlp=nlp), "Small difference")
    assert quote.cue == "tweeted" and quote.speaker == "Mara Venn"
    assert (quote.speaker_start, quote.speaker_end) == (text.index("Mara Venn"), text.index(", the 2012"))


def test_names_someone_rejects_time_and_sentence_words():
    from quotes.extract.mentions import names_someone as _names_someone

    assert _names_someone("Ansel H. Kobb")
    assert not _names_someone("On Saturday") and not _names_someone("In December")


def test_a_two_word_cue_after_a_question_attributes_it(nlp):
    text = (
        "The ferry interview went on.\n\nVenn responded pointedly: “Happens when the tide is low.”\n\n"
        "“You know, boats get stuck, right?” Kobb went on, as if he didn’t hear her. “But you push them off.”\n"
    )
    quotes = extract_quotes(text, nlp=nlp)
    right = one(quotes, "boats get stuck, right")
    assert right.speaker == "Kobb"
    assert (right.speaker_start, right.speaker_end) == (text.index("Kobb went"), text.index(" went on,"))
    assert one(quotes, "push them off").speaker == "Kobb"  # and the next quote continues him, not Venn


def test_a_participle_before_an_inverted_speaker_is_part_of_the_mention(nlp):
    text = (
        'The fair went on.\n\n"I\'m not going to call it a mistake, so let it go," said retired '
        "baker Ansel Kobb, asked about his claims that he had been offered a stall at the fair.\n"
    )
    quote = one(extract_quotes(text, nlp=nlp), "let it go")
    assert quote.speaker == "Ansel Kobb"
    assert (quote.speaker_start, quote.speaker_end) == (text.index("Ansel Kobb"), text.index(", asked"))


@pytest.mark.parametrize(
    "text, words, document, author",
    [
        (
            'The boat trips began.\n\nIn selling the trips, Ansel Kobb released a marketing video that said, "We are '
            'going to have captains who know every rock in the bay."\n',
            "every rock",
            "a marketing video",
            "Ansel Kobb",
        ),
        (
            "The library fund grew.\n\nIn addition, a fundraising email sent out by Mara Venn on Tuesday night warned of "
            'the long week ahead: "There are 14 ferry crossings to pay for before the fair."\n',
            "14 ferry crossings",
            "a fundraising email",
            "Mara Venn",
        ),
    ],
)
def test_a_document_someone_made_speaks_for_them(nlp, text, words, document, author):
    quote = one(extract_quotes(text, nlp=nlp), words)
    assert quote.speaker == author
    # the attribution rests on the document, as on "the statement"
    assert (quote.speaker_start, quote.speaker_end) == (
        text.index(document),
        text.index(document) + len(document),
    )


def test_a_document_with_no_author_stays_its_own_source(nlp):
    text = 'The boat trips began.\n\nA marketing video that aired on Tuesday said, "We are going to have the calmest crossings."\n'
    quote = one(extract_quotes(text, nlp=nlp), "calmest crossings")
    assert quote.speaker == "marketing video"
    assert quote.speaker_start == text.index("A marketing video")


def test_a_quote_over_two_paragraphs_takes_the_attribution_after_its_closing_mark(nlp):
    text = (
        "The rowing caucus met.\n“It’s a message to every rower, especially the new ones,” Rep. Ansel Kobb "
        "(D-Wis.) said Friday. “If the club cannot count its own boats, then how can a rower trust "
        "the club with a boat.\n“I have been doing a lot of thinking lately about where the club is going,” "
        "added Rep. Mara Venn (D-S.C.), the deputy leader of the Rowing Caucus.\n"
    )
    quotes = extract_quotes(text, nlp=nlp)
    check_offsets(text, quotes)
    thinking = one(quotes, "a lot of thinking")
    assert thinking.cue == "added" and thinking.speaker == "Mara Venn"
    assert (thinking.speaker_start, thinking.speaker_end) == (
        text.index("Mara Venn"),
        text.index(" (D-S.C.)"),
    )


def test_a_signature_after_no_break_spaces_signs_its_quote(nlp):
    text = (
        "Readers weighed in.\n\n“The ferry timetable is a puzzle and the board knows it.”― Dag Orrin\xa0\n"
        "“I am so tired of this timetable. How did the ferry get this slow?”\xa0― Mara Venn\xa0\n"
        "“The board must stop blaming the tide.”― Ansel Kobb.\n"
    )
    quotes = extract_quotes(text, nlp=nlp)
    low = one(quotes, "this slow")
    assert low.speaker == "Mara Venn"  # not Dag Orrin, the signer before
    assert (low.speaker_start, low.speaker_end) == (text.index("Mara Venn"), text.index("Mara Venn") + 9)
