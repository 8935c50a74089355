"""Indirect quotes on the dependency parse: each construction, with offsets."""

from __future__ import annotations

import pytest

from quotes.extract.headline import find_headline
from quotes.extract.indirect import find_indirect
from quotes.extract.lexicon import CUE_VERBS, cue_regex, verb_forms


def found(nlp, text, *, offset=0, taken=()):
    article = "x" * offset + text
    quotes = find_indirect(nlp(text), offset=offset, taken=taken)
    for quote in quotes:
        assert article[quote.start : quote.end] == quote.text
        assert quote.kind == "indirect" and 0 < quote.confidence <= 1
        if quote.speaker_start is not None:
            assert article[quote.speaker_start : quote.speaker_end] == quote.speaker
        if quote.cue_start is not None:
            assert article[quote.cue_start : quote.cue_end] == quote.cue
    return quotes


def only(quotes):
    assert len(quotes) == 1, [q.text for q in quotes]
    return quotes[0]


def test_said_that(nlp):
    q = only(found(nlp, "Mayor Ilsa Varn said that the bridge would reopen soon."))
    assert q.text == "that the bridge would reopen soon"
    assert q.cue == "said" and q.speaker == "Mayor Ilsa Varn"


def test_offsets_into_the_article(nlp):
    q = only(found(nlp, "Mayor Ilsa Varn said that the bridge would reopen soon.", offset=120))
    assert (q.start, q.end) == (120 + 21, 120 + 54)
    assert (q.speaker_start, q.speaker_end) == (120, 135)


def test_said_without_that_and_content_first(nlp):
    q = only(found(nlp, "The bridge will reopen next week, Varn said."))
    assert q.text == "The bridge will reopen next week" and q.speaker == "Varn"
    q = only(found(nlp, "Councillor Tomas Reye says the budget is too small."))
    assert q.text == "the budget is too small" and q.speaker == "Councillor Tomas Reye"


def test_told_someone_that(nlp):
    q = only(found(nlp, "Dara Pelt told reporters on Monday that the pier was unsafe."))
    assert q.text == "that the pier was unsafe" and q.cue == "told" and q.speaker == "Dara Pelt"


def test_according_to(nlp):
    q = only(found(nlp, "According to the harbour office, the ferry will stop running."))
    assert q.text == "the ferry will stop running" and q.speaker == "the harbour office"
    assert q.cue == "According to"
    q = only(found(nlp, "The ferry will stop running, according to a harbour office report."))
    assert q.text == "The ferry will stop running" and q.speaker == "a harbour office report"


def test_belief_and_report_sources(nlp):
    q = only(found(nlp, "Senator Ada Kettering believes the tax will hurt farmers."))
    assert q.text == "the tax will hurt farmers" and q.cue == "believes"
    q = only(found(nlp, "A survey by the Orin Institute found that most residents distrust the council."))
    assert q.text == "that most residents distrust the council" and q.speaker == "A survey"


def test_intention_with_open_complement(nlp):
    q = only(found(nlp, "Governor Lise Marchetti refused to comment on the strike."))
    assert q.text == "to comment on the strike" and q.speaker == "Governor Lise Marchetti"


def test_stance_object(nlp):
    q = only(found(nlp, "The teachers' union endorsed Milo Fairlie on Tuesday."))
    assert q.text == "Milo Fairlie" and q.cue == "endorsed"


def test_prepositional_object(nlp):
    q = only(found(nlp, "Senator Ada Kettering called for a new harbour tax."))
    assert q.text == "a new harbour tax" and q.cue == "called" and q.speaker == "Senator Ada Kettering"


def test_participle_attached_to_its_source(nlp):
    q = only(found(nlp, "Police received 911 calls saying that shots had been fired."))
    assert q.text == "that shots had been fired" and q.speaker == "911 calls"
    q = only(found(nlp, "The mayor answered by saying that the bridge was safe."))
    assert q.text == "that the bridge was safe" and q.speaker == "The mayor"


def test_tweet_markup_is_not_a_cue(nlp):
    assert found(nlp, '<tweet id="1" author="@ora">The pier opens today</tweet>.') == []


def test_passive_has_no_source(nlp):
    q = only(found(nlp, "It was reported that the bridge had cracked."))
    assert q.text == "that the bridge had cracked" and q.speaker is None


def test_two_attributions_in_one_sentence(nlp):
    quotes = found(
        nlp,
        "He said his attacks on Dorn have given his campaign momentum and said that Dorn did not represent the party.",
    )
    assert [q.text for q in quotes] == [
        "his attacks on Dorn have given his campaign momentum",
        "that Dorn did not represent the party",
    ]
    assert all(q.speaker == "He" for q in quotes)


def test_not_a_source_or_not_after_a_comma(nlp):
    # the subject is not someone who can say anything
    assert found(nlp, "Background checks add to the cost of every sale.") == []
    # "after half said so": the cue clause does not report the main clause
    quotes = found(nlp, "And 64 percent call him competent, after 55 percent said so.")
    assert not any(q.cue == "said" for q in quotes)
    assert [(q.text, q.cue) for q in quotes] == [("him competent", "call")]  # "X call Y Z"


def test_parenthetical_cue(nlp):
    q = only(found(nlp, "This bridge, the engineer says, is different."))
    assert q.text == "This bridge, the engineer says, is different" and q.speaker == "the engineer"


def test_nested_attribution_cuts_the_outer_content(nlp):
    quotes = found(
        nlp, "About 4 in 10 say they prefer an outsider, while about 4 in 10 say they want experience."
    )
    assert [q.text for q in quotes] == ["they prefer an outsider", "they want experience"]


def test_taken_spans_are_skipped(nlp):
    text = "Mayor Ilsa Varn said that the bridge would reopen soon."
    start = text.index("that")
    assert found(nlp, text, taken=[(start, len(text) - 1)]) == []
    # a short quoted word inside the content does not block it
    text = "Varn said the plan was a \u201cdisaster\u201d for the town."
    mark = text.index("\u201c")
    q = only(found(nlp, text, taken=[(mark, mark + 10)]))
    assert q.text == "the plan was a \u201cdisaster\u201d for the town"


def test_every_cue_verb_reaches_the_parser():
    """Lines are parsed only when cue_regex matches: every indirect cue must match."""
    regex = cue_regex()
    for lemma in CUE_VERBS - {lemma for lemma in CUE_VERBS if "_" in lemma}:
        for form in verb_forms(lemma):
            assert regex.search(f"The council {form} it."), form
    for word in ("endorsed", "wants", "showed", "believes", "refused"):
        assert regex.search(f"The council {word} it.")


def test_empty_doc(nlp):
    assert find_indirect(nlp("")) == []


@pytest.mark.parametrize("text", ["\u201cWe will see,\u201d said Ora Quill.", "Ora Quill laughed."])
def test_no_indirect_where_there_is_none(nlp, text):
    assert found(nlp, text) == []


def test_headline_name_colon_content():
    text = "Ilsa Varn: Bridge Will Reopen in May.\n\nThe mayor spoke on Monday."
    (q,) = find_headline(text)
    assert (q.text, q.speaker, q.cue) == ("Bridge Will Reopen in May", "Ilsa Varn", ":")
    assert text[q.start : q.end] == q.text and text[q.speaker_start : q.speaker_end] == q.speaker
    (q,) = find_headline("Varn to the Council: Vote for the Bridge Now.\n")
    assert q.speaker == "Varn" and q.text == "Vote for the Bridge Now"
    assert find_headline("Watch: The Bridge Reopens in May.\n") == []
    assert (
        find_headline("Bridge reopens in May.\n\nVarn: it will be fine, she said.") == []
    )  # first line only
    assert find_headline("Ilsa Varn: Bridge Will Reopen.\n", taken=[(11, 20)]) == []
    assert find_headline("") == []


def test_noun_of_speech_with_a_holder(nlp):
    q = only(found(nlp, "The board read Varn's claim that the bridge was safe."))
    assert q.text == "that the bridge was safe" and q.cue == "claim" and q.speaker == "Varn"
    q = only(found(nlp, "Councillor Reye's criticism of the plan grew."))
    assert q.text == "the plan" and q.speaker == "Councillor Reye"
    assert found(nlp, "The criticism of the plan grew.") == []  # nobody holds it


def test_other_verb_with_a_that_clause(nlp):
    quotes = found(nlp, "Ilsa Varn recapitulated that the bridge would reopen.")
    assert [(q.text, q.confidence) for q in quotes] == [("that the bridge would reopen", 0.4)]


def test_content_stops_before_a_long_quotation(nlp):
    text = "He says he respects Varn and calls her \u201can extremely able engineer with a long record.\u201d"
    mark = text.index("\u201c")
    q = only(found(nlp, text, taken=[(mark, len(text))]))
    assert q.text == "he respects Varn and calls her"


def test_poll_as_source(nlp):
    q = only(found(nlp, "In an Orin Institute poll released Monday, 50 percent of respondents chose Varn."))
    assert q.text == "50 percent of respondents chose Varn" and q.speaker == "an Orin Institute poll"


def test_span_input_keeps_article_offsets(nlp):
    doc = nlp("The ferry is late. Mayor Ilsa Varn said that the bridge would reopen soon.")
    sentence = list(doc.sents)[1]
    (from_span,) = find_indirect(sentence, offset=100)
    (from_doc,) = find_indirect(doc, offset=100)
    assert from_span == from_doc
    assert (from_span.start, from_span.end) == (100 + doc.text.index("that"), 100 + len(doc.text) - 1)


def test_that_clause_misattached_to_a_noun(nlp):
    q = only(found(nlp, "Adelson said on Friday during a news conference that he may wait until February."))
    assert q.text == "that he may wait until February" and q.speaker == "Adelson"


def test_a_quotation_completing_the_clause_is_not_cut_off(nlp):
    text = "The ministry said that the tests were \u201centirely routine and long planned by the navy.\u201d"
    mark = text.index("\u201c")
    q = only(found(nlp, text, taken=[(mark, len(text))]))  # a mixed quote, kept whole
    assert q.text == "that the tests were \u201centirely routine and long planned by the navy.\u201d"


def test_cue_word_inside_a_compound_noun_is_not_a_cue(nlp):
    """``... Studies think tank in Eastbrook``: a cue word tagged as a verb that
    governs nothing, between a name and a noun, belongs to a compound noun."""
    from spacy.tokens import Doc

    from quotes.extract.indirect_source import cue_lemma

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
    from quotes.extract.indirect_source import cue_lemma

    doc = nlp("Ilse Varden warned residents that the pier would close.")
    assert cue_lemma(doc[2]) == "warn"


def test_single_word_content_is_not_an_indirect_quote(nlp, seeds_dir):
    """Seed 003 once gave "think" (of a think tank) as an indirect quote."""
    from quotes.extract import extract_quotes

    for path in sorted(seeds_dir.glob("*.txt")):
        text = path.read_text(encoding="utf-8")
        for quote in extract_quotes(text, nlp=nlp):
            if quote.kind == "indirect":
                assert len(quote.text.split()) >= 2, (path.name, quote.start, quote.text)


def test_a_participle_on_a_time_phrase_speaks_for_the_clause_subject(nlp):
    text = "Kobb has fought the mayor over the budget, at one point calling the mayor a liar at a meeting."
    q = only(found(nlp, text, offset=30))
    assert q.cue == "calling" and q.speaker == "Kobb"
    assert (q.speaker_start, q.speaker_end) == (30, 34)


def test_a_dateline_is_not_the_source(nlp):
    text = "PORT VELLA, Ont. — Gov. Ansel Kobb on Thursday blamed the press for making a fuss about the ferry timetable."
    q = only(found(nlp, text))
    assert q.speaker == "Gov. Ansel Kobb"
    assert q.speaker_start == text.index("Gov. Ansel")
    text = "BRENNMOOR (Harbour News) - Ansel Kobb said he was unlikely to back the new ferry timetable."
    q = only(found(nlp, text))
    assert (q.speaker_start, q.speaker_end) == (text.index("Ansel"), text.index(" said"))


def test_verbs_that_double_their_last_consonant_have_all_their_forms():
    from quotes.extract.lexicon import speech_forms, verb_forms

    assert "admitted" in verb_forms("admit") and "admitting" in verb_forms("admit")
    assert "planned" in verb_forms("plan") and "referred" in verb_forms("refer")
    assert "admited" not in verb_forms("admit")
    assert speech_forms()["admitted"] == "admit" and speech_forms()["chanted"] == "chant"


def test_a_crowd_chanting_is_a_source(nlp):
    q = only(found(nlp, "Outside the library the crowd chanted that the ferry was late until midnight."))
    assert q.cue == "chanted" and q.speaker == "the crowd"


def test_of_two_parsed_subjects_a_plausible_source_first(nlp):
    from spacy.tokens import Doc

    from quotes.extract.indirect_source import verb_subject as _subject

    # the small model can split a hyphenated name such as "Ola Dae-in" into two subjects,
    # "Dae" and the noun "in"
    words = ["Mayor", "Ola", "Dae", "-", "in", "also", "expressed", "concerns", "."]
    heads = [2, 2, 6, 6, 6, 6, 6, 6, 6]
    deps = ["compound", "compound", "nsubj", "punct", "nsubj", "advmod", "ROOT", "dobj", "punct"]
    pos = ["PROPN", "PROPN", "PROPN", "PUNCT", "NOUN", "ADV", "VERB", "NOUN", "PUNCT"]
    doc = Doc(nlp.vocab, words=words, heads=heads, deps=deps, pos=pos)
    assert _subject(doc[6]).text == "Dae"  # not the nearer "in"
