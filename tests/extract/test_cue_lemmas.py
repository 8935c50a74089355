"""Which words are cue verbs (quotes.extract.cue_lemmas), on parses built by
hand where the small model's parse is the point."""

from __future__ import annotations

from spacy.tokens import Doc

from quotes.extract.cue_lemmas import cue_lemma
from quotes.extract.indirect import find_indirect


def test_cue_word_inside_a_compound_noun_is_not_a_cue(nlp):
    """``... Studies think tank in Eastbrook``: a cue word tagged as a verb that
    governs nothing, between a name and a noun, belongs to a compound noun."""
    words = [
        "said",
        "Oren",
        "Castellane",
        "of",
        "the",
        "Harbour",
        "Studies",
        "think",
        "tank",
        "in",
        "Eastbrook",
    ]
    tags = ["VBD", "NNP", "NNP", "IN", "DT", "NNP", "NNPS", "VBP", "NN", "IN", "NNP"]
    pos = ["VERB", "PROPN", "PROPN", "ADP", "DET", "PROPN", "PROPN", "VERB", "NOUN", "ADP", "PROPN"]
    heads = [0, 2, 0, 2, 6, 6, 3, 0, 0, 8, 9]
    deps = ["ROOT", "compound", "nsubj", "prep", "det", "compound", "pobj", "ccomp", "nsubj", "prep", "pobj"]
    doc = Doc(nlp.vocab, words=words, tags=tags, pos=pos, heads=heads, deps=deps)
    assert cue_lemma(doc[7]) is None  # think (tank)
    assert cue_lemma(doc[0]) == "say"
    assert not [q for q in find_indirect(doc) if q.cue == "think" or q.text == "think"]


def test_a_verb_with_its_own_object_is_still_a_cue(nlp):
    doc = nlp("Ilse Varden warned residents that the pier would close.")
    assert cue_lemma(doc[2]) == "warn"
