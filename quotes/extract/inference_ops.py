"""The thinc backend extraction runs its networks on: :class:`InferenceOps`.

thinc's ``NumpyOps.maxout`` finds, for each unit, both the largest of its
pieces and which piece it was, in a scalar loop; only training reads the
second. Inference needs the maxima alone, which numpy computes a few times
faster (the same values: the largest of three numbers does not depend on how
it is found). The pipeline's tok2vec runs five maxout layers per token, so
this is about a tenth of its time. Its hash embeddings sum table rows with
numpy gathers, in thinc's order (:meth:`InferenceOps.gather_add`), and its
layer norms take each row's deviations from its mean once, not three times
(:func:`layernorm_for_inference`, set by :func:`use_inference_layers`). A pipeline loaded with these ops must not
be trained: :meth:`InferenceOps.backprop_maxout` raises.
"""

from __future__ import annotations

from collections.abc import Callable
from typing import Any, cast

import numpy
from thinc.api import Model, NumpyOps, registry
from thinc.layers.layernorm import forward as thinc_layernorm
from thinc.types import Floats2d, Floats3d, Ints2d

#: The name thinc knows the backend by (``use_ops(INFERENCE_OPS)``).
INFERENCE_OPS = "quotes_inference"


@registry.ops("QuotesInferenceOps")
class InferenceOps(NumpyOps):
    """``NumpyOps`` (numpy's BLAS for matrix products, see
    :func:`quotes.extract.pipeline.load_pipeline`) with a maxout for inference only."""

    name = INFERENCE_OPS

    def maxout(self, X: Floats3d) -> tuple[Floats2d, Ints2d]:
        """The largest piece of each unit of ``X`` (batch, units, pieces), and an
        empty array where training would need which piece it was."""
        pieces = numpy.asarray(X)
        if pieces.shape[2] == 0 or pieces.dtype != numpy.float32:
            return super().maxout(X)
        best = pieces[:, :, 0].copy()
        for piece in range(1, pieces.shape[2]):
            numpy.maximum(best, pieces[:, :, piece], out=best)
        return cast(Floats2d, best), cast(Ints2d, numpy.empty((0, 0), dtype="int32"))

    def gather_add(self, table: Floats2d, indices: Ints2d) -> Floats2d:
        """For each row of ``indices``, the sum of the rows of ``table`` it names
        (a hash embedding's lookup), added from zero in the order thinc's loop
        adds them, so the same values; one numpy gather per column instead of
        thinc's BLIS call per table row."""
        rows, keys = numpy.asarray(table), numpy.asarray(indices)
        if rows.dtype != numpy.float32 or rows.ndim != 2 or keys.ndim != 2:
            return super().gather_add(table, indices)
        summed = numpy.zeros((keys.shape[0], rows.shape[1]), dtype=rows.dtype)
        for column in keys.T:
            summed += rows.take(column, axis=0)
        return cast(Floats2d, summed)

    def backprop_maxout(self, dY: Floats2d, which: Ints2d, P: int) -> Floats3d:
        """Refuse: these ops are for inference, and kept no argmax to train with."""
        raise NotImplementedError(f"the {INFERENCE_OPS!r} backend is for inference only: train with 'numpy'")


def layernorm_for_inference(
    model: Model[Floats2d, Floats2d], X: Floats2d, is_train: bool
) -> tuple[Floats2d, Callable[[Floats2d], Any]]:
    """thinc's ``LayerNorm`` forward (each row less its mean, over its standard
    deviation, scaled and shifted), computing the deviations from the mean once
    where thinc's computes them twice and the mean twice: the same operations in
    the same order on the same values, so the same results. Training (and any
    input but a 2-d float32 array) goes to thinc's own forward."""
    rows = numpy.asarray(X)
    if is_train or rows.dtype != numpy.float32 or rows.ndim != 2:
        return thinc_layernorm(model, X, is_train)
    mean = rows.mean(axis=1, keepdims=True)
    centred = rows - mean
    # numpy's var: the squared deviations summed, over a count of numpy's intp type
    variance = numpy.square(centred).sum(axis=1, keepdims=True)
    variance = numpy.true_divide(variance, numpy.intp(rows.shape[1]), out=variance, casting="unsafe")
    centred *= (variance + 1e-08) ** (-1.0 / 2.0)
    centred *= model.get_param("G")
    centred += model.get_param("b")
    return cast(Floats2d, centred), _no_backprop


def _no_backprop(dY: Floats2d) -> Any:
    """Refuse: :func:`layernorm_for_inference` keeps nothing to train with."""
    raise NotImplementedError("this layer norm is for inference only")


def use_inference_layers(model: Model) -> None:
    """Run the layer norms of ``model`` with :func:`layernorm_for_inference`."""
    for node in model.walk():
        if node.name == "layernorm":
            node.replace_callbacks(layernorm_for_inference, init=node.init)
