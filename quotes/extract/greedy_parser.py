"""spaCy's transition parsers decoded with numpy: :class:`GreedyParser`.

spaCy's parser and entity recognizer choose one transition at a time for each
document of a batch, in a compiled loop that runs without Python's lock. The
wheels of spaCy 3.8.7 and later are built with a Cython that makes every call
of a helper not marked ``noexcept`` take the lock back to look for a Python
error: in that loop, once per hidden unit, per document, per transition. Over
PolNeAR dev about 60% of the parser's samples were in the lock's functions
(docs/benchmarks.md). :func:`greedy_parse` runs the same steps with numpy over
the states of all the documents it is given at once: the same sums of precomputed features
in the same order, the same maxout, the same output layer, and spaCy's own
compiled code to choose and apply the best valid transition
(``Parser.transition_states``). The parses of the windows of PolNeAR train
and dev are those of spaCy's loop, token for token, and so are the quotes of
news-dev; the parser takes about half the time.

:func:`use_greedy_parsers` puts a :class:`GreedyParser` in the place of each
parser of a pipeline whose network has the shape it reads (a precomputed
maxout layer and an output layer, greedy decoding); spaCy's ``Parser`` is a
compiled class whose methods cannot be replaced on one object, so the
component stands in front of it and hands it everything else. It reads three
things of spaCy's that are not its documented API (checked on spaCy 3.8):
the pipeline's list of components, ``ParserStepModel.get_token_ids`` and
``Parser.transition_states``; if the network has another shape the parser
is left as it is (:func:`can_parse_greedily`).
"""

from __future__ import annotations

import dataclasses
from collections.abc import Iterable, Iterator
from typing import Any

import numpy
from spacy.language import Language
from spacy.ml.parser_model import ParserStepModel
from spacy.pipeline.transition_parser import Parser
from spacy.tokens import Doc
from spacy.util import minibatch
from thinc.api import Model

from quotes.extract.inference_ops import largest_pieces

#: The layers a parser's network must have, by name, for :func:`greedy_parse`.
_LAYER_NAMES = ("precomputable_affine", "linear")


class _FeatureWidth:
    """What ``ParserStepModel.get_token_ids`` reads of its model: the number of
    tokens each state's features are taken from."""

    def __init__(self, features: int):
        self.state2vec = self
        self.nF = features


def can_parse_greedily(parser: object) -> bool:
    """Whether :func:`greedy_parse` can decode for ``parser``: a spaCy
    transition parser with greedy decoding and a maxout hidden layer over
    precomputed features followed by an output layer."""
    if not isinstance(parser, Parser) or parser.cfg.get("beam_width", 1) != 1:
        return False
    model = parser.model
    if not isinstance(model, Model) or not model.attrs.get("has_upper") or len(model.layers) != 3:
        return False
    lower, upper = model.layers[1], model.layers[2]
    return (lower.name, upper.name) == _LAYER_NAMES and lower.has_dim("nP") is True


def greedy_parse(parser: Parser, docs: list[Doc]) -> list[Any]:
    """The final states of ``parser`` over ``docs``, decoded greedily: what
    ``parser.predict(docs)`` returns, for ``parser.set_annotations``."""
    parser._ensure_labels_are_added(docs)
    batch = parser.moves.init_batch(docs)
    states = [state for state in batch if not state.is_final()]
    if states:
        network = StepNetwork.for_docs(parser, docs)
        while states:
            states = parser.transition_states(states, network.scores(states))
    return batch


@dataclasses.dataclass(frozen=True)
class StepNetwork:
    """What one step of the parser's network reads, for a batch of docs: the
    hidden layer's input precomputed for each token and feature position, its
    bias, and the output layer; what every step reads alike is set here once."""

    precomputed: numpy.ndarray
    """One row per token and feature position: the row of position ``f`` of
    token ``t`` (-1, the padding, first) at ``(t + 1) * features + f``."""
    units: int
    offsets: numpy.ndarray
    """The row of each feature position of the padding's next token (``features + f``)."""
    hidden_bias: numpy.ndarray
    weights: numpy.ndarray
    output_bias: numpy.ndarray
    unseen: list[int]

    @classmethod
    def for_docs(cls, parser: Parser, docs: list[Doc]) -> StepNetwork:
        """The network of ``parser`` over the tokens of ``docs``, whose
        first row (index -1 of a feature token) is the padding."""
        tok2vec, lower, upper = parser.model.layers
        precomputed, _ = lower(tok2vec.predict(docs), is_train=False)
        tokens, features, units, pieces = precomputed.shape
        return cls(
            precomputed=precomputed.reshape((tokens * features, units * pieces)),
            units=units,
            offsets=numpy.arange(features) + features,
            hidden_bias=lower.get_param("b").reshape(-1),
            weights=upper.get_param("W"),
            output_bias=upper.get_param("b"),
            unseen=sorted(parser.model.attrs.get("unseen_classes", ())),
        )

    def scores(self, states: list[Any]) -> numpy.ndarray:
        """The score of each transition for each of ``states`` (none final),
        as spaCy's compiled loop computes them."""
        token_ids = ParserStepModel.get_token_ids(_FeatureWidth(len(self.offsets)), states)
        scores = self.hidden(token_ids) @ self.weights.T
        scores += self.output_bias
        if self.unseen:
            scores[:, self.unseen] = scores.min()
        return numpy.ascontiguousarray(scores, dtype="float32")

    def hidden(self, token_ids: numpy.ndarray) -> numpy.ndarray:
        """The hidden layer of the states whose feature tokens are
        ``token_ids`` (-1 where a state has none): the precomputed rows summed
        in spaCy's order, the bias, then the maxout."""
        rows = self.precomputed.take(token_ids * len(self.offsets) + self.offsets, axis=0)
        summed = numpy.add.reduce(rows, axis=1)  # what ndarray.sum runs, without its Python wrapper
        summed += self.hidden_bias
        return largest_pieces(summed.reshape((len(token_ids), self.units, -1)))


#: Fewer documents than this are parsed by spaCy's own loop: numpy's calls
#: cost more than they save when a step has only a state or two to score.
FEWEST_DOCS = 4


class GreedyParser:
    """A spaCy component that parses with :func:`greedy_parse` and hands
    everything else (labels, model, scoring) to the parser it wraps."""

    def __init__(self, parser: Parser):
        self.parser = parser

    def __call__(self, doc: Doc) -> Doc:
        self._parse([doc])
        return doc

    def pipe(self, docs: Iterable[Doc], batch_size: int = 128) -> Iterator[Doc]:
        """Parse ``docs`` in batches of ``batch_size``, each in parts of a
        quarter of it by length, as spaCy's ``Parser.pipe`` does: documents of
        like length finish together, and the precomputed features of a part
        (4 KB a token) stay small."""
        for batch in minibatch(docs, size=batch_size):
            in_order = list(batch)
            for part in minibatch(sorted(in_order, key=len), size=max(batch_size // 4, 2)):
                self._parse(part)
            yield from in_order

    def _parse(self, docs: list[Doc]) -> None:
        few = len(docs) < FEWEST_DOCS
        self.parser.set_annotations(
            docs, self.parser.predict(docs) if few else greedy_parse(self.parser, docs)
        )

    def __getattr__(self, name: str) -> Any:
        if name == "parser" or name.startswith("__"):
            raise AttributeError(name)  # not set yet (a copy being made): no recursion
        return getattr(self.parser, name)

    def __reduce__(self) -> tuple[type[GreedyParser], tuple[Parser]]:
        return (GreedyParser, (self.parser,))


def use_greedy_parsers(nlp: Language) -> None:
    """Put a :class:`GreedyParser` in the place of each component of ``nlp``
    :func:`greedy_parse` can decode for, under the same name (once)."""
    components = nlp._components
    for index, (name, component) in enumerate(components):
        if can_parse_greedily(component):
            components[index] = (name, GreedyParser(component))
