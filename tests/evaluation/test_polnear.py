"""Reading PolNeAR standoff annotations: spans, discontinuous spans, metadata."""

from __future__ import annotations

import pytest

from quotes.errors import ReadError
from quotes.evaluation.polnear import load_split, parse_ann, parse_spans

TEXT = (
    "Headline words here.\n"
    "Mayor Ilsa Varn said that the bridge would reopen soon. "
    "\u201cWe are ready,\u201d Varn said, \u201cand so is the city.\u201d "
    "The budget, officials believe, is too small.\n"
)


def span(text: str, needle: str) -> tuple[int, int]:
    start = text.index(needle)
    return start, start + len(needle)


def t_line(tid: str, kind: str, parts: list[tuple[int, int]], text: str) -> str:
    offsets = ";".join(f"{s} {e}" for s, e in parts)
    return f"{tid}\t{kind} {offsets}\t{' '.join(text[s:e] for s, e in parts)}"


def make_ann(text: str = TEXT) -> str:
    src1, cue1, con1 = (
        span(text, "Mayor Ilsa Varn"),
        span(text, "said"),
        span(text, "that the bridge would reopen soon"),
    )
    q1 = span(text, "\u201cWe are ready,\u201d")
    q2 = span(text, "\u201cand so is the city.\u201d")
    src2, cue2 = span(text, "Varn said,")[0], None
    src2 = (src2, src2 + 4)
    cue2 = (src2[1] + 1, src2[1] + 5)
    cue3, con3 = span(text, "believe"), span(text, "The budget,")
    con3b = span(text, "is too small")
    return "\n".join(
        [
            t_line("T1", "Source", [src1], text),
            t_line("T2", "Cue", [cue1], text),
            t_line("T3", "Content", [con1], text),
            t_line("T4", "Attribution", [cue1], text),
            "E1\tAttribution:T4 Content:T3 Cue:T2 Source:T1",
            t_line("T5", "Content", [q1, q2], text),
            t_line("T6", "Source", [src2], text),
            t_line("T7", "Cue", [cue2], text),
            t_line("T8", "Attribution", [cue2], text),
            "E2\tAttribution:T8 Cue:T7 Source:T6 Content:T5",
            "#1\tAnnotatorNotes T5\tA note that is not an annotation",
            t_line("T9", "Cue", [cue3], text),
            t_line("T10", "Content", [con3], text),
            t_line("T11", "Content", [con3b], text),
            t_line("T12", "Attribution-no-source", [cue3], text),
            "E3\tAttribution-no-source:T12 ",
            "E4\tAttribution-no-source:T12 Cue:T9 Content:T10 Content2:T11",
        ]
    )


def test_parse_spans_discontinuous():
    assert parse_spans("3 9") == ((3, 9),)
    assert parse_spans("3 9;12 20") == ((3, 9), (12, 20))


def test_parse_ann_links_source_cue_and_content():
    gold = parse_ann(make_ann())
    assert [g.id for g in gold] == ["E1", "E2", "E4"]  # E3 has no content: skipped
    first, second, third = gold
    assert first.content_text(TEXT) == "that the bridge would reopen soon"
    assert first.source_text(TEXT) == "Mayor Ilsa Varn"
    assert TEXT[first.cue[0][0] : first.cue[0][1]] == "said"
    assert not first.is_direct(TEXT)
    # discontinuous content: two parts in text order, hull from first to last
    assert len(second.content) == 2
    assert second.content_text(TEXT) == "\u201cWe are ready,\u201d \u201cand so is the city.\u201d"
    assert second.is_direct(TEXT)
    assert TEXT[second.start : second.end].startswith("\u201cWe") and TEXT[
        second.start : second.end
    ].endswith("city.\u201d")
    assert second.source_text(TEXT) == "Varn"
    # no source; Content and Content2 merged
    assert third.source == ()
    assert third.content_text(TEXT) == "The budget, is too small"


def test_direct_gold_includes_doubled_apostrophes():
    text = "''We will see,'' said Ora Quill. The Quills' house is for sale, she said."
    ann = "T1\tContent 0 16\tx\nT2\tCue 16 20\tsaid\nE1\tAttribution:T2 Content:T1 Cue:T2\n"
    ann += "T3\tContent 33 63\tx\nT4\tCue 68 72\tsaid\nE2\tAttribution:T4 Content:T3 Cue:T4\n"
    quoted, plain = parse_ann(ann)
    assert quoted.content_text(text) == "''We will see,''" and quoted.is_direct(text)
    assert plain.content_text(text) == "The Quills' house is for sale," and not plain.is_direct(text)


def test_parse_ann_ignores_continuation_lines():
    ann = "T1\tContent 0 30\tfirst line of a span\nsecond line of it\nT2\tCue 31 35\tsaid\nE1\tAttribution:T2 Content:T1 Cue:T2\n"
    (gold,) = parse_ann(ann)
    assert gold.content == ((0, 30),) and gold.cue == ((31, 35),)


def test_parse_ann_undefined_reference():
    with pytest.raises(ValueError, match="T9"):
        parse_ann("T1\tCue 0 4\tsaid\nE1\tAttribution:T1 Cue:T1 Content:T9\n")


def write_corpus(root, articles: dict[str, tuple[str, dict[str, str]]], annotators: dict[str, str]):
    """A tiny corpus in PolNeAR's layout: {name: (text, {annotator: ann})}."""
    (root / "dev" / "text").mkdir(parents=True)
    (root / "dev" / "attributions").mkdir(parents=True)
    rows = ["compartment\tfilename\tlevel\tannotators\tpublisher"]
    for name, (text, anns) in articles.items():
        (root / "dev" / "text" / f"{name}.txt").write_text(text, encoding="utf-8")
        for annotator, ann in anns.items():
            (root / "dev" / "attributions" / f"{name}_{annotator}.ann").write_text(ann, encoding="utf-8")
        rows.append(f"dev\t{name}\t1\t{annotators[name]}\tnone")
    rows.append("train\tother-article\t1\tx\tnone")
    (root / "metadata.tsv").write_text("\n".join(rows) + "\n", encoding="utf-8")


def test_load_split_uses_first_listed_annotator(tmp_path):
    one_ann = "\n".join(make_ann().splitlines()[:5])  # only E1
    write_corpus(
        tmp_path,
        {"a-story": (TEXT, {"bb": make_ann(), "aa": one_ann}), "b-story": (TEXT, {"cc": one_ann})},
        {"a-story": "bb|aa", "b-story": "cc"},
    )
    articles = load_split(tmp_path, "dev")
    assert [(a.name, a.annotator, len(a.attributions)) for a in articles] == [
        ("a-story", "bb", 3),
        ("b-story", "cc", 1),
    ]
    assert articles[0].text == TEXT
    assert len(load_split(tmp_path, "dev", limit=1)) == 1


def test_load_split_errors_name_the_file(tmp_path):
    with pytest.raises(ReadError, match="no PolNeAR compartment"):
        load_split(tmp_path, "dev")
    bad = "T1\tContent 0 9999\ttoo far\nT2\tCue 0 4\tHead\nE1\tAttribution:T2 Cue:T2 Content:T1\n"
    write_corpus(tmp_path, {"c-story": (TEXT, {"dd": bad})}, {"c-story": "dd"})
    with pytest.raises(ReadError, match=r"c-story_dd\.ann.*outside the text"):
        load_split(tmp_path, "dev")


def test_real_dev_split(polnear_dir):
    articles = load_split(polnear_dir, "dev")
    assert len(articles) == 84
    agreement = [a for a in articles if "|" in a.meta["annotators"]]
    assert agreement and all(a.annotator == a.meta["annotators"].split("|")[0] for a in agreement)
    total = sum(len(a.attributions) for a in articles)
    direct = sum(g.is_direct(a.text) for a in articles for g in a.attributions)
    assert total > 2000 and 0.2 < direct / total < 0.35  # README: about 28% quoted
