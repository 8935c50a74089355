"""spaCy's transition parsers decoded with numpy (quotes.extract.greedy_parser)."""

from __future__ import annotations

import copy

import numpy
import pytest
import spacy
from spacy.attrs import DEP, ENT_IOB, ENT_TYPE, HEAD, SENT_START

from quotes.extract.greedy_parser import (
    GreedyParser,
    StepNetwork,
    can_parse_greedily,
    greedy_parse,
    use_greedy_parsers,
)
from quotes.settings import spacy_model_name

TEXTS = [
    "“We will open the bridge in May,” said Ola Brenne, the council's engineer.",
    "The mayor of Vellmark, Ada Obi, told reporters on Tuesday that the budget was "
    "short by $4 million. She said the shortfall would not close the library.",
    "Brenne said: “It is late.” Obi disagreed. “It is on time,” she said, “and under budget.”",
    "",
    "   ",
    "Yes.",
    "A long list: apples, pears, plums, cherries, figs, dates and grapes were sold at the "
    "Vellmark market, which opens at 7 a.m. on Saturdays, according to its manager.",
    " ".join(["The council met on Tuesday, and its engineer, Ola Brenne, said the bridge would open."] * 150),
]
TRANSITION_PIPES = ("parser", "ner")
COLUMNS = {"parser": [HEAD, DEP, SENT_START], "ner": [ENT_IOB, ENT_TYPE]}


def _before(nlp, name: str, texts: list[str]):
    """``texts`` through every component of ``nlp`` that runs before ``name``."""
    names = nlp.pipe_names
    return list(nlp.pipe(texts, disable=names[names.index(name) :]))


@pytest.mark.parametrize("name", TRANSITION_PIPES)
def test_the_pipeline_decodes_its_parsers_with_numpy(nlp, name):
    component = nlp.get_pipe(name)
    assert isinstance(component, GreedyParser)
    assert component.labels == component.parser.labels


@pytest.mark.parametrize("name", TRANSITION_PIPES)
@pytest.mark.parametrize("batch_size", [1, 3, 128])
def test_annotations_are_those_of_spacys_own_loop(nlp, name, batch_size):
    """The same heads, labels, sentence starts or entities as spaCy's compiled
    decoding, batch by batch, empty and blank texts included."""
    ours, spacys = _before(nlp, name, TEXTS), _before(nlp, name, TEXTS)
    wrapper = nlp.get_pipe(name)
    assert list(wrapper.pipe(ours, batch_size=batch_size)) == ours  # in order
    list(wrapper.parser.pipe(spacys, batch_size=batch_size))
    for mine, theirs in zip(ours, spacys, strict=True):
        assert numpy.array_equal(mine.to_array(COLUMNS[name]), theirs.to_array(COLUMNS[name]))
    assert any(doc.ents for doc in ours) if name == "ner" else any(t.dep_ for doc in ours for t in doc)


def _compare_steps(parser, docs) -> int:
    """Step through a parse of ``docs``, checking each step's hidden layer
    and scores against spaCy's own step model (its Python path, used in
    training); the number of steps."""
    ours, spacys = StepNetwork.for_docs(parser, docs), parser.model.predict(docs)
    states = [state for state in parser.moves.init_batch(docs) if not state.is_final()]
    steps = 0
    while states:
        token_ids = spacys.get_token_ids(states)
        assert numpy.array_equal(ours.hidden(token_ids), spacys.state2vec.predict(token_ids))
        scores = ours.scores(states)
        assert numpy.allclose(scores, spacys.predict(states), rtol=1e-5, atol=1e-5)
        states = parser.transition_states(states, scores)
        steps += 1
    return steps


@pytest.mark.parametrize("name", TRANSITION_PIPES)
def test_each_steps_scores_are_those_of_spacys_network(nlp, name):
    """The hidden layer bit for bit, the scores to a few units in the last
    place (the output layer's matrix product is summed by another BLAS)."""
    assert _compare_steps(nlp.get_pipe(name).parser, _before(nlp, name, TEXTS)) > 10


@pytest.fixture(scope="module")
def labelled_nlp():
    """A pipeline of its own whose parser and recognizer were given a label
    after training: its class has no weights of its own and must never win."""
    nlp = spacy.load(spacy_model_name())
    use_greedy_parsers(nlp)
    for name in TRANSITION_PIPES:
        nlp.get_pipe(name).add_label("QUOTES_NEW")
    return nlp


@pytest.mark.parametrize("name", TRANSITION_PIPES)
def test_classes_added_after_training_are_scored_as_spacy_scores_them(labelled_nlp, name):
    parser = labelled_nlp.get_pipe(name).parser
    assert parser.model.attrs["unseen_classes"]
    assert _compare_steps(parser, _before(labelled_nlp, name, TEXTS)) > 10


def test_one_doc_is_parsed_as_in_a_batch(nlp):
    alone = nlp.get_pipe("parser")(_before(nlp, "parser", TEXTS[:1])[0])
    batched, _ = nlp.get_pipe("parser").pipe(_before(nlp, "parser", TEXTS[:2]))
    assert [t.head.i for t in alone] == [t.head.i for t in batched]
    assert alone.has_annotation("DEP")


def test_a_batch_of_empty_docs_gives_final_states(nlp):
    docs = _before(nlp, "parser", ["", ""])
    states = greedy_parse(nlp.get_pipe("parser").parser, docs)
    assert len(states) == 2 and all(state.is_final() for state in states)


def test_only_greedy_transition_parsers_qualify(nlp):
    parser = nlp.get_pipe("parser").parser
    assert can_parse_greedily(parser)
    assert not can_parse_greedily(nlp.get_pipe("tagger"))
    assert not can_parse_greedily(nlp.get_pipe("parser"))
    parser.cfg["beam_width"] = 4
    try:
        assert not can_parse_greedily(parser)
    finally:
        parser.cfg["beam_width"] = 1


def test_the_component_can_be_copied(nlp):
    component = nlp.get_pipe("parser")
    copied = copy.copy(component)
    assert copied.parser is component.parser and copied.labels == component.labels
    with pytest.raises(AttributeError):
        GreedyParser.__new__(GreedyParser).labels  # noqa: B018


def test_few_docs_are_parsed_by_spacys_loop_alike(nlp):
    """One doc and three go through spaCy's loop, four through numpy's: the
    same parse either way."""
    docs = [_before(nlp, "parser", TEXTS[:1] * size) for size in (1, 3, 4)]
    for batch in docs:
        list(nlp.get_pipe("parser").pipe(batch))
    heads = {tuple(token.head.i for token in batch[0]) for batch in docs}
    assert len(heads) == 1 and docs[0][0].has_annotation("DEP")
