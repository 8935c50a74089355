"""Who a cue's subject is (quotes.extract.subjects), on parses built by hand
where the small model's parse is the point."""

from __future__ import annotations

from spacy.tokens import Doc

from quotes.extract.quotemarks import SpanIndex
from quotes.extract.subjects import cue_speaker


def test_a_day_before_the_cue_is_skipped_for_the_name_before_it(nlp):
    # a parse that gives "called" no subject, as the small model does on
    # "..., who Venn on Wednesday called ...": the word before the cue is the day
    words = ["Ire", "went", "to", "Orrin", ",", "who", "Venn", "on", "Wednesday", "called", "rude", "."]
    heads = [1, 1, 1, 2, 3, 3, 3, 6, 7, 3, 9, 1]
    deps = ["nsubj", "ROOT", "prep", "pobj", "punct", "dep", "relcl", "prep", "pobj", "acl", "oprd", "punct"]
    pos = ["NOUN", "VERB", "ADP", "PROPN", "PUNCT", "PRON", "PROPN", "ADP", "PROPN", "VERB", "ADJ", "PUNCT"]
    doc = Doc(nlp.vocab, words=words, heads=heads, deps=deps, pos=pos)
    mention = cue_speaker(doc[9], SpanIndex(), 0, strict=False)
    assert mention is not None and doc.text[mention[0] : mention[1]] == "Venn"
