"""The thinc backend extraction runs its networks on (quotes.extract.inference_ops)."""

from __future__ import annotations

import numpy
import pytest
from thinc.api import NumpyOps

from quotes.extract.inference_ops import InferenceOps


@pytest.mark.parametrize("shape", [(7, 96, 3), (1, 4, 2), (5, 3, 1), (0, 96, 3)])
def test_maxout_gives_the_maxima_of_thinc(shape):
    """The largest piece of each unit, as thinc's own maxout gives it, ties included."""
    pieces = numpy.random.default_rng(7).integers(-3, 3, size=shape).astype("float32")
    best, _ = InferenceOps().maxout(pieces)
    expected, _ = NumpyOps().maxout(pieces)
    assert best.dtype == numpy.float32 and best.shape == shape[:2]
    assert numpy.array_equal(best, expected)


def test_training_through_it_is_refused():
    ops = InferenceOps()
    best, which = ops.maxout(numpy.ones((2, 3, 3), dtype="float32"))
    with pytest.raises(NotImplementedError, match="inference only"):
        ops.backprop_maxout(best, which, 3)


def test_the_pipeline_runs_on_it(nlp):
    """The networks of the loaded pipeline run on these ops, its maxout layers included."""
    models = [nlp.get_pipe(name).model for name in ("tok2vec", "tagger", "parser")]
    assert all(isinstance(model.ops, InferenceOps) for model in models)
    maxouts = [node for node in models[0].walk() if node.name == "maxout"]
    assert maxouts and all(isinstance(node.ops, InferenceOps) for node in maxouts)


@pytest.mark.parametrize("rows, keys", [(50, (7, 4)), (3, (1, 1)), (1000, (9, 2))])
def test_gather_add_gives_the_sums_of_thinc(rows, keys):
    """The summed embedding rows, bit for bit as thinc's loop sums them (a row of
    negative zeros included), whatever the number of keys per row."""
    generator = numpy.random.default_rng(7)
    table = generator.standard_normal((rows, 6)).astype("float32")
    table[0] = -0.0
    indices = generator.integers(0, rows, size=keys).astype("uint32")
    ours = InferenceOps().gather_add(table, indices)
    expected = NumpyOps().gather_add(table, indices)
    assert ours.dtype == expected.dtype and ours.tobytes() == expected.tobytes()
