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

The first layers of tok2vec (the hash embeddings of each token's features and
the maxout over them) read one token's feature row and nothing else, and a
batch of windows repeats the same rows (``the``, ``,``, ``said``): about a third
of the rows of a batch are distinct. :func:`use_inference_layers` runs such
row-wise layers on the distinct rows only and copies each result to the rows
that repeat it (:func:`unique_rows`), keeping the results of the rows seen for
the batches after (:class:`RowResults`: over PolNeAR dev's 68,000 tokens the
layers run on 10,353 rows). Their matrix product is rounded once from double
precision (:class:`RowStableOps`), so that a row's result does not depend on
the rows around it nor on the batch it first came in. The kept results
assume the weights do not change in place: the pipeline is for inference.
"""

from __future__ import annotations

import threading
from collections.abc import Callable
from typing import Any, cast

import numpy
from thinc.api import Model, NumpyOps, chain, registry, with_array
from thinc.layers.chain import forward as chain_forward
from thinc.layers.concatenate import forward as concatenate_forward
from thinc.layers.layernorm import forward as thinc_layernorm
from thinc.layers.with_array import forward as with_array_forward
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
        return cast(Floats2d, largest_pieces(pieces)), cast(Ints2d, numpy.empty((0, 0), dtype="int32"))

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


class RowStableOps(InferenceOps):
    """:class:`InferenceOps` whose matrix products give each row of the result
    the same bits wherever the row stands in its matrix and however many rows
    the matrix has: they are computed in double precision and rounded once.

    A BLAS kernel adds up a row's products in an order that may depend on the
    row's place in the blocks it works on (OpenBLAS's Haswell kernels on AMD
    EPYC round rows 0-5 and 6-11 of each block of 12 differently), so in
    single precision a word's vector would depend on the batch it came in,
    and a result kept from one batch would not be what another batch gives.
    Rounded once from double precision, it is the correctly rounded value
    except where that value lies within a double's rounding of the midpoint
    between two floats (about one value in 10^8)."""

    def gemm(
        self,
        x: Floats2d,
        y: Floats2d,
        *,
        out: Floats2d | None = None,
        trans1: bool = False,
        trans2: bool = False,
    ) -> Floats2d:
        left, right = numpy.asarray(x), numpy.asarray(y)
        if left.dtype != numpy.float32 or right.dtype != numpy.float32:
            return super().gemm(x, y, out=out, trans1=trans1, trans2=trans2)
        left, right = (left.T if trans1 else left), (right.T if trans2 else right)
        product = numpy.matmul(left.astype(numpy.float64), right.astype(numpy.float64))
        if out is None:
            return cast(Floats2d, product.astype(numpy.float32))
        numpy.copyto(numpy.asarray(out), product, casting="same_kind")
        return out


def largest_pieces(pieces: numpy.ndarray) -> numpy.ndarray:
    """The largest piece of each unit of ``pieces`` (rows, units, pieces; one
    piece at least): a maximum per piece, many times faster than numpy's
    reduction over an axis of two or three."""
    if pieces.shape[2] == 1:
        return pieces[:, :, 0].copy()
    best = numpy.maximum(pieces[:, :, 0], pieces[:, :, 1])  # no copy of the first piece to start from
    for piece in range(2, pieces.shape[2]):
        numpy.maximum(best, pieces[:, :, piece], out=best)
    return best


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


#: Layers whose output row for an input row depends on that row alone (a
#: column of feature ids, its hash embedding, maxout units, a layer norm, the
#: dropout that inference skips).
ROW_WISE_LAYERS = frozenset({"ints-getitem", "hashembed", "maxout", "layernorm", "dropout"})
#: An odd multiplier mixing the columns of a row of ids into one key.
_MIX = numpy.uint64(0x9E3779B97F4A7C15)
#: How many distinct rows' results :func:`unique_rows` keeps: 32,768 rows of
#: tok2vec's 96 floats and 6 ids are 14 MB per layer; PolNeAR dev's 84 articles have 10,353.
ROW_CACHE_ROWS = 32_768


def use_inference_layers(model: Model) -> None:
    """Run the layer norms of ``model`` with :func:`layernorm_for_inference`,
    and each run of row-wise layers over arrays of ids on the distinct rows
    only (:func:`unique_rows`)."""
    nodes = list(model.walk())
    for node in nodes:
        if node.name == "layernorm":
            node.replace_callbacks(layernorm_for_inference, init=node.init)
    for node in nodes:
        if node._func is chain_forward:
            node.layers[:] = _row_wise_runs_merged(node.layers)


def _row_wise(node: Model) -> bool:
    """True when ``node`` maps each row of its input to a row of its output
    reading nothing else: a known row-wise layer, or a chain or concatenation of them."""
    if node._func in (chain_forward, concatenate_forward):
        return bool(node.layers) and all(_row_wise(layer) for layer in node.layers)
    return node.name in ROW_WISE_LAYERS


def _row_wise_runs_merged(layers: list[Model]) -> list[Model]:
    """``layers`` (of a chain) with each run of consecutive ``with_array``
    layers over row-wise layers replaced by one running them on distinct rows:
    ``with_array(unique_rows(chain(...)))`` around the same layers."""
    merged: list[Model] = []
    run: list[Model] = []
    for layer in [*layers, None]:
        if layer is not None and layer._func is with_array_forward and _row_wise(layer.layers[0]):
            run.append(layer)
            continue
        if run:
            merged.append(_on_unique_rows(run))
            run = []
        if layer is not None:
            merged.append(layer)
    return merged


def _on_unique_rows(run: list[Model]) -> Model:
    """One ``with_array`` layer computing the ``with_array`` layers of ``run``
    in turn, on the distinct rows of its input."""
    inner = [layer.layers[0] for layer in run]
    merged: Model = with_array(unique_rows(inner[0] if len(inner) == 1 else chain(*inner)))
    ops = RowStableOps(use_blis=False)
    for node in merged.walk():
        node.ops = ops
    return merged


def unique_rows(layer: Model, *, capacity: int = ROW_CACHE_ROWS) -> Model:
    """A layer running ``layer``, a row-wise layer, on the distinct rows of an
    array of integers (feature ids) and giving each row the result of its
    copy: what ``layer`` gives on all the rows, computed once per distinct row.
    The results of up to ``capacity`` distinct rows are kept for the batches
    after (:class:`RowResults`), so a word's features are run once, not once
    per batch. Any other input (and training) goes to ``layer`` as it is."""
    kept = RowResults(capacity)

    def forward(model: Model, X: Any, is_train: bool) -> tuple[Any, Callable[[Any], Any]]:
        keys = X if isinstance(X, numpy.ndarray) else None
        if is_train or keys is None or keys.ndim != 2 or keys.dtype.kind not in "iu" or len(keys) < 2:
            return layer(X, is_train)
        return kept.rows_through(layer, keys), _no_backprop

    return Model(
        f"unique_rows({layer.name})",
        forward,
        layers=[layer],
        dims={name: layer.maybe_get_dim(name) for name in layer.dim_names},
    )


class RowResults:
    """The results of a row-wise layer for the distinct rows of ids it ran on,
    up to ``capacity`` rows (the first seen: a corpus's frequent words come
    early), forgotten when the layer's parameters are replaced. Looked up by
    the rows' mixed keys (:func:`mixed_keys`, sorted), each hit checked
    against the whole row. One thread at a time uses them (a Dask worker may
    run several threads on one pipeline)."""

    def __init__(self, capacity: int):
        self.capacity = capacity
        self.lock = threading.Lock()
        self.params: list[object] = []
        self.keys = numpy.empty(0, dtype=numpy.uint64)
        self.slots = numpy.empty(0, dtype=numpy.intp)
        self.rows: numpy.ndarray | None = None
        self.values: numpy.ndarray | None = None
        self.used = 0

    def rows_through(self, layer: Model, keys: numpy.ndarray) -> numpy.ndarray:
        """What ``layer`` gives for each row of ``keys``: kept results, and
        ``layer`` run once on each distinct row not kept yet."""
        with self.lock:
            return self._rows_through(layer, keys)

    def _rows_through(self, layer: Model, keys: numpy.ndarray) -> numpy.ndarray:
        """:meth:`rows_through`, with the lock held."""
        self._forget_if_changed(layer)
        mixed = mixed_keys(keys)
        unique, firsts, copies = numpy.unique(mixed, return_index=True, return_inverse=True)
        copies = copies.reshape(-1)
        rows = keys[firsts]
        if not numpy.array_equal(rows[copies], keys):  # two rows mixed into one key
            firsts, copies = distinct_rows(keys)
            return run_rows(layer, keys[firsts])[copies]
        if self.rows is not None and (rows.shape[1], rows.dtype) != (self.rows.shape[1], self.rows.dtype):
            return run_rows(layer, rows)[copies]  # rows unlike those kept: nothing to look up
        at, hit = self._find(unique, rows)
        missing = numpy.flatnonzero(~hit)
        computed = run_rows(layer, rows[missing]) if len(missing) else None
        if computed is not None and len(missing) == len(unique):
            results = computed
        else:
            assert self.values is not None
            results = numpy.empty((len(unique), self.values.shape[1]), dtype=self.values.dtype)
            results[hit] = self.values[self.slots[at[hit]]]
            if computed is not None:
                results[missing] = computed
        if computed is not None:
            self._keep(unique[missing], rows[missing], computed, at[missing])
        return results[copies]

    def _forget_if_changed(self, layer: Model) -> None:
        """Drop every kept result when a parameter of ``layer`` is not the array it was."""
        params: list[object] = [
            node.get_param(name) for node in layer.walk() for name in node.param_names if node.has_param(name)
        ]
        if len(params) != len(self.params) or any(a is not b for a, b in zip(params, self.params)):
            self.params = params
            self.keys = numpy.empty(0, dtype=numpy.uint64)
            self.slots = numpy.empty(0, dtype=numpy.intp)
            self.rows = self.values = None
            self.used = 0

    def _find(self, unique: numpy.ndarray, rows: numpy.ndarray) -> tuple[numpy.ndarray, numpy.ndarray]:
        """Where each of ``unique`` (sorted mixed keys) goes among the kept keys,
        and whether the row kept there is the same row."""
        at = numpy.searchsorted(self.keys, unique)
        if not len(self.keys):
            return at, numpy.zeros(len(unique), dtype=bool)
        inside = numpy.minimum(at, len(self.keys) - 1)
        hit = self.keys[inside] == unique
        assert self.rows is not None
        hit[hit] = (self.rows[self.slots[inside[hit]]] == rows[hit]).all(axis=1)
        return at, hit

    def _keep(
        self, keys: numpy.ndarray, rows: numpy.ndarray, values: numpy.ndarray, at: numpy.ndarray
    ) -> None:
        """Keep the results ``values`` of ``rows`` (mixed keys ``keys``, sorted,
        going at ``at`` among the kept keys), as far as there is room, and not
        for a key kept for another row."""
        inside = numpy.minimum(at, max(len(self.keys) - 1, 0))
        new = (
            (at >= len(self.keys)) | (self.keys[inside] != keys)
            if len(self.keys)
            else numpy.ones(len(keys), bool)
        )
        new = numpy.flatnonzero(new)[: self.capacity - self.used]
        if not len(new):
            return
        if self.values is None or self.rows is None:
            self.rows = numpy.empty((self.capacity, rows.shape[1]), dtype=rows.dtype)
            self.values = numpy.empty((self.capacity, values.shape[1]), dtype=values.dtype)
        slots = numpy.arange(self.used, self.used + len(new))
        self.rows[slots] = rows[new]
        self.values[slots] = values[new]
        self.used += len(new)
        self.keys = numpy.insert(self.keys, at[new], keys[new])
        self.slots = numpy.insert(self.slots, at[new], slots)


def run_rows(layer: Model, rows: numpy.ndarray) -> numpy.ndarray:
    """What the row-wise ``layer`` gives for ``rows``."""
    return numpy.asarray(layer(rows, False)[0])


def mixed_keys(keys: numpy.ndarray) -> numpy.ndarray:
    """One 64-bit key per row of ``keys`` (2-d integers), mixing its columns:
    equal rows get equal keys (different rows seldom do)."""
    mixed = keys[:, 0].astype(numpy.uint64)
    for column in keys.T[1:]:
        mixed = mixed * _MIX + column.astype(numpy.uint64)
    return mixed


def distinct_rows(keys: numpy.ndarray) -> tuple[numpy.ndarray, numpy.ndarray]:
    """The index of one row of each distinct row of ``keys`` (2-d integers),
    and for each row the position of its copy among those."""
    _, firsts, copies = numpy.unique(mixed_keys(keys), return_index=True, return_inverse=True)
    copies = copies.reshape(-1)
    if not numpy.array_equal(keys[firsts][copies], keys):  # two rows mixed into one key
        _, firsts, copies = numpy.unique(keys, axis=0, return_index=True, return_inverse=True)
        copies = copies.reshape(-1)
    return firsts, copies
