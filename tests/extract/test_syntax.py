"""Helpers on spaCy tokens (quotes.extract.syntax), on parses built by hand."""

from __future__ import annotations

import gc

import spacy
from spacy.tokens import Doc

from quotes.extract.per_doc import PerDoc
from quotes.extract.syntax import after_dateline, dateline_subject, doc_text, remember_text


def test_a_dateline_subject_stands_for_the_name_after_its_dash():
    words = ["PORT", "VELLA", ",", "Ont", ".", "—", "Gov.", "Ansel", "Kobb", "blamed", "the", "ferry", "."]
    heads = [1, 9, 1, 1, 1, 1, 8, 8, 1, 9, 11, 9, 9]
    deps = [
        "compound",
        "nsubj",
        "punct",
        "appos",
        "punct",
        "punct",
        "compound",
        "compound",
        "appos",
        "ROOT",
        "det",
        "dobj",
        "punct",
    ]
    pos = [
        "PROPN",
        "PROPN",
        "PUNCT",
        "PROPN",
        "PUNCT",
        "PUNCT",
        "PROPN",
        "PROPN",
        "PROPN",
        "VERB",
        "DET",
        "NOUN",
        "PUNCT",
    ]
    doc = Doc(spacy.blank("en").vocab, words=words, heads=heads, deps=deps, pos=pos)
    assert dateline_subject(doc[1]).text == "Kobb"  # not "Ont", the province before the dash
    assert dateline_subject(doc[11]).i == 11  # no dateline: the token itself
    assert [t.text for t in after_dateline(list(doc[0:9]), doc[8])] == ["Gov.", "Ansel", "Kobb"]


def test_doc_text_is_the_text_a_doc_was_made_from_joined_once_or_handed_over():
    vocab = spacy.blank("en").vocab
    words, spaces = ["Ilse", "Varga", "said", "so", "."], [True, True, True, False, False]
    joined = Doc(vocab, words=words, spaces=spaces)
    assert doc_text(joined) == joined.text == "Ilse Varga said so."
    handed = Doc(vocab, words=words, spaces=spaces)
    remember_text(handed, "Ilse Varga said so.")
    assert doc_text(handed) == "Ilse Varga said so."
    assert doc_text(handed) is doc_text(handed)


def test_a_value_per_doc_is_each_docs_own_and_goes_with_it():
    vocab = spacy.blank("en").vocab
    computed: list[str] = []
    lengths = PerDoc(lambda doc: computed.append(doc.text) or len(doc))
    short, long = Doc(vocab, words=["Ruud", "spoke"]), Doc(vocab, words=["Kobb", "said", "no", "."])
    assert [lengths(short), lengths(long), lengths(short), lengths(short), lengths(long)] == [2, 4, 2, 2, 4]
    assert computed == ["Ruud spoke ", "Kobb said no . "]  # once per doc, the last one asked or not
    lengths.keep(short, 7)  # handed over: it replaces the value kept, even the last one asked
    assert lengths(short) == 7
    del short, long
    gc.collect()
    assert len(lengths.values) == 0
    again = Doc(vocab, words=["Ruud", "spoke"])  # a new doc, maybe where the old one was
    assert lengths(again) == 2
