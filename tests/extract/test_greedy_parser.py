"""spaCy's transition parsers decoded with numpy (quotes.extract.greedy_parser)."""

from __future__ import annotations

import numpy
import pytest
from spacy.attrs import DEP, ENT_IOB, ENT_TYPE, HEAD, SENT_START

from quotes.extract.greedy_parser import GreedyParser, StepNetwork, can_parse_greedily, greedy_parse, maxout

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
    list(wrapper.pipe(ours, batch_size=batch_size))
    list(wrapper.parser.pipe(spacys, batch_size=batch_size))
    for mine, theirs in zip(ours, spacys, strict=True):
        assert numpy.array_equal(mine.to_array(COLUMNS[name]), theirs.to_array(COLUMNS[name]))
    found = [doc.ents for doc in ours] if name == "ner" else [[t.dep_ for t in doc] for doc in ours]
    assert any(found)


@pytest.mark.parametrize("name", TRANSITION_PIPES)
def test_each_steps_scores_are_those_of_spacys_network(nlp, name):
    """At every step of a parse, the transition scores of spaCy's own step
    model (its Python path, used in training) for the same states."""
    parser = nlp.get_pipe(name).parser
    docs = _before(nlp, name, TEXTS)
    ours, spacys = StepNetwork.for_docs(parser, docs), parser.model.predict(docs)
    states = [state for state in parser.moves.init_batch(docs) if not state.is_final()]
    steps = 0
    while states:
        scores = ours.scores(states)
        assert numpy.allclose(scores, spacys.predict(states), rtol=1e-5, atol=1e-5)
        states = parser.transition_states(states, scores)
        steps += 1
    assert steps > 10


def test_one_doc_is_parsed_as_in_a_batch(nlp):
    alone = nlp.get_pipe("parser")(_before(nlp, "parser", TEXTS[:1])[0])
    batched, _ = nlp.get_pipe("parser").pipe(_before(nlp, "parser", TEXTS[:2]))
    assert [t.head.i for t in alone] == [t.head.i for t in batched]
    assert alone.has_annotation("DEP")


def test_a_batch_of_empty_docs_gives_final_states(nlp):
    docs = _before(nlp, "parser", ["", ""])
    states = greedy_parse(nlp.get_pipe("parser").parser, docs)
    assert len(states) == 2 and all(state.is_final() for state in states)


@pytest.mark.parametrize("shape", [(4, 64, 2), (1, 3, 3), (5, 2, 1), (0, 8, 2)])
def test_maxout_gives_the_largest_piece(shape):
    pieces = numpy.random.default_rng(5).integers(-3, 3, size=shape).astype("float32")
    pieces.flat[:1] = -numpy.inf
    assert numpy.array_equal(maxout(pieces), pieces.max(axis=2, initial=-numpy.inf))


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
