"""Running extraction over texts (quotes.extract.pipeline): the fast POS
component, streaming, odd and long inputs, and the sample articles read from
../shared/seeds."""

from __future__ import annotations

import pytest
from extract_checks import one
from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st

from quotes.errors import QuotesError
from quotes.extract import extract_articles, extract_many, extract_quotes, pipeline
from quotes.extract.pipeline import FAST_POS, MAX_BATCH_CHARS, extraction_skips
from quotes.records import Article, Quote

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
def test_never_raises_and_offsets_index_the_text(quotes_of, text):
    for q in quotes_of(text):
        assert q.kind in ("direct", "partial", "indirect")
        assert 0.0 <= q.confidence <= 1.0


@pytest.mark.parametrize("text", ['"» said "“"', '" — " said “. ”', "' , said ‘x’"])
def test_a_speaker_mention_of_punctuation_only_is_no_speaker(quotes_of, text):
    for q in quotes_of(text):
        assert q.speaker is None or q.speaker.strip()
        if q.speaker_start is not None:
            assert q.speaker_start < q.speaker_end and text[q.speaker_start : q.speaker_end].strip()


@pytest.mark.parametrize(
    ("speaker", "kept"), [("The", None), ("an ", None), ("Those", "Those"), ("The group", "The group")]
)
def test_a_determiner_alone_never_reaches_the_stored_speaker(speaker, kept):
    """The last guard: whatever path set it, ``The`` alone is no speaker."""
    text = f'{speaker} said it was "fine."'
    quote = Quote(text="fine.", start=text.index("fine"), end=text.index("fine") + 5, kind="partial")
    quote.speaker, quote.speaker_start, quote.speaker_end = speaker, 0, len(speaker.strip())
    assert pipeline._valid(quote, text)
    assert quote.speaker == kept
    assert (quote.speaker_start is None) is (kept is None)


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


def test_spacy_gets_batches_bounded_in_characters(nlp, monkeypatch):
    """A long one-line text: spaCy never parses more than MAX_BATCH_CHARS of it
    at once, and its pieces give the quotes the text gives in one piece."""
    text = " ".join(f'"We will open bridge {n} soon," said Ilse Varga, the mayor.' for n in range(2_500))
    pipe = nlp.pipe
    batches: list[int] = []

    def recording_pipe(items, **options):
        if options.get("as_tuples"):  # (spaCy calls pipe() again inside, for the texts)
            items = list(items)
            batches.append(sum(len(text) for text, _ in items))
        return pipe(items, **options)

    monkeypatch.setattr(nlp, "pipe", recording_pipe)
    found = extract_quotes(text, nlp=nlp)
    assert len(batches) > 1 and max(batches) <= MAX_BATCH_CHARS
    monkeypatch.setattr(pipeline, "text_pieces", lambda text: [(0, len(text))])
    assert [(q.start, q.end, q.speaker) for q in extract_quotes(text, nlp=nlp)] == [
        (q.start, q.end, q.speaker) for q in found
    ]


def test_extract_articles_drops_quotes_in_boilerplate(nlp):
    footer = "“Subscribe today,” said the Harbour Ledger team."
    text = f"“The pier opens in May,” said Ilse Varga, the mayor.\n\n{footer}"
    start = text.index(footer)
    article = Article(text=text, boilerplate=[(start, start + len(footer))])
    assert len(extract_quotes(text, nlp=nlp)) == 2
    [(same, quotes)] = list(extract_articles([article], nlp=nlp))
    assert same is article and [q.text for q in quotes] == ["The pier opens in May"]


@pytest.mark.parametrize("text", ["", "\n\n  \n", "“"])
def test_odd_inputs_give_no_quotes(nlp, text):
    assert extract_quotes(text, nlp=nlp) == []


def test_fast_pos_agrees_with_the_attribute_ruler(nlp):
    """The pipeline extraction runs (FastPOS, no ruler) tags as the full one."""
    if "attribute_ruler" not in nlp.pipe_names:
        pytest.skip("this pipeline has no attribute ruler")
    assert FAST_POS in nlp.pipe_names and "attribute_ruler" in extraction_skips(nlp)
    text = (
        "There were two of them, but that was what Mira Tolk had said she did not want. "
        "Which one? Those who have done it know that the plan, which failed, has been dropped."
    )
    reference = nlp(text, disable=[FAST_POS])
    fast = nlp(text, disable=extraction_skips(nlp))
    assert [t.pos_ for t in fast] == [t.pos_ for t in reference]


def test_fast_pos_tags_a_batch_as_each_doc_alone(nlp):
    """FastPOS over a batch of docs (its ``pipe``: one pass over all their
    tokens) gives each token the POS the attribute ruler gives it, and reads
    ``there is`` within one doc, never across two."""
    if "attribute_ruler" not in nlp.pipe_names:
        pytest.skip("this pipeline has no attribute ruler")
    texts = [
        "There is a ferry, but that was what Mira Tolk had said she did not want.",
        "",
        "is it late? Those who have done it know that the plan has been dropped.",
        "Which one did Oren Vale say there was?",
    ]
    reference = [[t.pos_ for t in doc] for doc in nlp.pipe(texts, disable=[FAST_POS])]
    fast = nlp.pipe(texts, disable=extraction_skips(nlp), batch_size=len(texts))
    assert [[t.pos_ for t in doc] for doc in fast] == reference


def test_fast_pos_is_added_once(nlp):
    names = list(nlp.pipe_names)
    pipeline.add_fast_pos(nlp)
    assert nlp.pipe_names == names and names.count(FAST_POS) == 1


def test_pipeline_loaded_once_per_name(nlp, monkeypatch):
    """The default, None and the name it stands for are one pipeline; a changed
    $QUOTES_SPACY_MODEL is read again."""
    name = nlp.meta["lang"] + "_" + nlp.meta["name"]
    monkeypatch.setenv("QUOTES_SPACY_MODEL", name)
    assert pipeline.load_pipeline() is pipeline.load_pipeline(None) is pipeline.load_pipeline(name)
    monkeypatch.setenv("QUOTES_SPACY_MODEL", "no_such_pipeline_installed")
    with pytest.raises(QuotesError, match="no_such_pipeline_installed"):
        pipeline.load_pipeline()


def test_long_single_paragraph_keeps_every_quote(quotes_of):
    """A 60,000-character paragraph (several parse windows) loses no quote and
    keeps the speakers, whose names sit in other windows than most quotes."""
    text = "".join(
        f"“The pier {i} opens on Monday,” said Ilse Varden, the harbour master. “It is late,” she said. "
        for i in range(600)
    )
    assert len(text) > 50_000
    direct = [q for q in quotes_of(text) if q.kind == "direct"]
    assert len(direct) == 1200
    assert {q.speaker for q in direct} == {"Ilse Varden"}


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
def seed_quotes(seeds_dir, quotes_of):
    """The quotes of the sample articles, by file prefix."""
    return {
        path.name[:3]: quotes_of(path.read_text(encoding="utf-8")) for path in sorted(seeds_dir.glob("*.txt"))
    }


def test_seed_articles_every_direct_quote_with_its_speaker(seed_quotes):
    for prefix, expected in SEED_SPEAKERS.items():
        direct = [q for q in seed_quotes[prefix] if q.kind == "direct"]
        for words, speaker in expected:
            q = one(direct, words)
            assert speaker in (q.speaker or ""), (prefix, words, q.speaker)
    # nothing else is taken for a direct quote (the headline "Setting a trap" aside)
    counts = {p: len([q for q in seed_quotes[p] if q.kind == "direct"]) for p in SEED_SPEAKERS}
    assert counts == {"000": 6, "001": 5, "003": 4, "004": 9}


def test_seed_roles_affiliations_and_kinds(seed_quotes):
    def speaker(prefix, words):
        return one(seed_quotes[prefix], words)

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
    partial = one([q for q in seed_quotes["000"] if q.kind != "indirect"], "profoundly destabilizing")
    assert partial.kind == "partial" and partial.speaker == "Antony Blinken"
    assert partial.addressee == "MSNBC"
    assert all(q.text != "no-deal" for q in seed_quotes["000"])


@pytest.mark.parametrize("rank", ["Const.", "Cst.", "Insp.", "Supt.", "Det."])
def test_a_dotted_police_rank_opens_the_speaker_s_name(nlp, rank):
    """Canadian papers dot the ranks (``said Const. Ada Obi``): the full stop
    ends no sentence, and the rank is no speaker."""
    text = f"“We were on scene in minutes,” said {rank} Marie-Eve Thibodeau, a police spokesperson."
    (quote,) = extract_quotes(text, nlp=nlp)
    assert quote.speaker == "Marie-Eve Thibodeau"
