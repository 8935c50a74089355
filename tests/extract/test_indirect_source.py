"""The source of an indirect quote (quotes.extract.indirect_source): the
subjects of cue verbs, on parses built by hand where the small model's parse is
the point."""

from __future__ import annotations

from spacy.tokens import Doc

from quotes.extract.indirect_source import verb_subject


def test_of_two_parsed_subjects_a_plausible_source_first(nlp):
    # the small model can split a hyphenated name such as "Ola Dae-in" into two subjects,
    # "Dae" and the noun "in"
    words = ["Mayor", "Ola", "Dae", "-", "in", "also", "expressed", "concerns", "."]
    heads = [2, 2, 6, 6, 6, 6, 6, 6, 6]
    deps = ["compound", "compound", "nsubj", "punct", "nsubj", "advmod", "ROOT", "dobj", "punct"]
    pos = ["PROPN", "PROPN", "PROPN", "PUNCT", "NOUN", "ADV", "VERB", "NOUN", "PUNCT"]
    doc = Doc(nlp.vocab, words=words, heads=heads, deps=deps, pos=pos)
    subject = verb_subject(doc[6])
    assert subject is not None and subject.text == "Dae"  # not the nearer "in"


def test_verb_subject_is_found_per_doc(nlp):
    """The subject found for a verb is kept per doc: the same verb position in
    another doc is looked at afresh."""
    named = Doc(
        nlp.vocab,
        words=["Ansel", "said", "so"],
        heads=[1, 1, 1],
        deps=["nsubj", "ROOT", "advmod"],
        pos=["PROPN", "VERB", "ADV"],
    )
    bare = Doc(
        nlp.vocab,
        words=["Then", "said", "so"],
        heads=[1, 1, 1],
        deps=["advmod", "ROOT", "advmod"],
        pos=["ADV", "VERB", "ADV"],
    )
    assert verb_subject(named[1]).text == "Ansel"
    assert verb_subject(bare[1]) is None
    assert verb_subject(named[1]).text == "Ansel"


def test_a_verb_after_a_relative_clause_set_off_by_commas_is_the_nouns(nlp):
    """``Ana Kabu, whose group, the Network, backed them, called it ...``: the
    parse joins ``called`` to the relative clause's verb; it is Kabu's."""
    words = "Ana Kabu , whose group , the Network , backed them , called it .".split()
    heads = [1, 1, 1, 4, 9, 4, 7, 4, 4, 1, 9, 9, 9, 12, 1]
    deps = ["compound", "ROOT", "punct", "poss", "nsubj", "punct", "det", "appos", "punct", "relcl", "dobj"]
    deps += ["punct", "conj", "dobj", "punct"]
    pos = ["PROPN", "PROPN", "PUNCT", "PRON", "NOUN", "PUNCT", "DET", "PROPN", "PUNCT", "VERB", "PRON"]
    pos += ["PUNCT", "VERB", "PRON", "PUNCT"]
    doc = Doc(nlp.vocab, words=words, heads=heads, deps=deps, pos=pos)
    subject = verb_subject(doc[12])
    assert subject is not None and subject.text == "Kabu"
    joined = Doc(nlp.vocab, words=[*words[:11], "and", *words[12:]], heads=heads, deps=deps, pos=pos)
    assert verb_subject(joined[12]).text == "group"  # "..., backed them and called it": the clause's


def test_a_time_a_relative_clause_ends_on_is_no_source(nlp):
    # the small model reads "since noon said" as a clause of its own, "noon" its subject
    words = [
        "A",
        "volunteer",
        "who",
        "had",
        "been",
        "there",
        "since",
        "noon",
        "said",
        "it",
        "was",
        "full",
        ".",
    ]
    heads = [1, 1, 4, 4, 1, 4, 8, 8, 4, 10, 8, 10, 1]
    deps = [
        "det",
        "ROOT",
        "nsubj",
        "aux",
        "relcl",
        "advmod",
        "mark",
        "nsubj",
        "advcl",
        "nsubj",
        "ccomp",
        "acomp",
        "punct",
    ]
    pos = ["DET", "NOUN", "PRON", "AUX", "AUX", "ADV", "SCONJ", "NOUN", "VERB", "PRON", "AUX", "ADJ", "PUNCT"]
    doc = Doc(nlp.vocab, words=words, heads=heads, deps=deps, pos=pos)
    subject = verb_subject(doc[8])
    assert subject is not None and subject.text == "volunteer"


def test_a_name_before_its_description_is_the_source(nlp):
    # the small model hangs the name on the station before it, and "said" has no subject
    words = "At Park Station , Ada Khanye , a domestic worker from Kwaggaskop , said she was late .".split()
    heads = [14, 2, 0, 2, 5, 2, 5, 9, 9, 5, 9, 10, 2, 14, 14, 16, 14, 14]
    deps = "prep compound pobj punct compound appos punct det amod appos prep pobj punct ROOT nsubj ccomp acomp punct"
    pos = "ADP PROPN PROPN PUNCT PROPN PROPN PUNCT DET ADJ NOUN ADP PROPN PUNCT VERB PRON AUX ADJ PUNCT"
    tags = "IN NNP NNP , NNP NNP , DT JJ NN IN NNP , VBD PRP VBD JJ .".split()
    doc = Doc(nlp.vocab, words=words, heads=heads, deps=deps.split(), pos=pos.split(), tags=tags)
    subject = verb_subject(doc[13])
    assert subject is not None and subject.text == "Khanye"
