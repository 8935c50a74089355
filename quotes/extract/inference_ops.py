"""The thinc backend extraction runs its networks on: :class:`InferenceOps`.

thinc's ``NumpyOps.maxout`` finds, for each unit, both the largest of its
pieces and which piece it was, in a scalar loop; only training reads the
second. Inference needs the maxima alone, which numpy computes a few times
faster (the same values: the largest of three numbers does not depend on how
it is found). The pipeline's tok2vec runs five maxout layers per token, so
this is about a tenth of its time. Its hash embeddings sum table rows with
numpy gathers, in thinc's order (:meth:`InferenceOps.gather_add`). A pipeline loaded with these ops must not
be trained: :meth:`InferenceOps.backprop_maxout` raises.
"""

from __future__ import annotations

from typing import cast

import numpy
from thinc.api import NumpyOps, registry
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
