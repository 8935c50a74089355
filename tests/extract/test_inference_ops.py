"""The thinc backend extraction runs its networks on (quotes.extract.inference_ops)."""

from __future__ import annotations

import numpy
import pytest
from thinc.api import LayerNorm, NumpyOps
from thinc.layers.layernorm import forward as thinc_layernorm

from quotes.extract.inference_ops import (
    InferenceOps,
    RowStableOps,
    distinct_rows,
    layernorm_for_inference,
    unique_rows,
    use_inference_layers,
)


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


@pytest.mark.parametrize("scale", [1.0, 1e-3, 1e4])
def test_layernorm_for_inference_gives_thinc_values(scale):
    """Normalised, scaled and shifted rows, bit for bit as thinc's LayerNorm gives them."""
    generator = numpy.random.default_rng(3)
    model = LayerNorm(8)
    model.initialize(X=numpy.zeros((2, 8), dtype="float32"))
    model.set_param("G", generator.standard_normal(8).astype("float32"))
    model.set_param("b", generator.standard_normal(8).astype("float32"))
    rows = (generator.standard_normal((50, 8)) * scale + scale).astype("float32")
    ours, backprop = layernorm_for_inference(model, rows, False)
    assert ours.tobytes() == thinc_layernorm(model, rows, False)[0].tobytes()
    with pytest.raises(NotImplementedError):
        backprop(ours)


def test_pipeline_layer_norms_run_for_inference(nlp):
    """The loaded pipeline's layer norms run the inference forward."""
    norms = [node for node in nlp.get_pipe("tok2vec").model.walk() if node.name == "layernorm"]
    assert norms and all(node._func is layernorm_for_inference for node in norms)


def _embedding_layers(docs):
    """spaCy's hash embeddings of a token's features and the maxout over them
    (the first layers of tok2vec), initialised at random, and a copy of them;
    both on numpy's BLAS."""
    from spacy.ml.models.tok2vec import MultiHashEmbed
    from thinc.api import use_ops

    with use_ops("numpy", use_blis=False):
        model = MultiHashEmbed(
            width=16,
            attrs=["NORM", "PREFIX", "SUFFIX", "SHAPE"],
            rows=[50, 20, 30, 30],
            include_static_vectors=False,
        )
        model.initialize(X=docs)
        return model, model.copy()


def _unique_rows_layers(model):
    return [node for node in model.walk() if node.name.startswith("unique_rows(")]


@pytest.mark.parametrize("width, units", [(64, 48), (384, 288), (96, 96)])
def test_row_stable_products_give_a_row_the_same_bits_anywhere(width, units):
    """A row of a product has the same bits at any place in a matrix of any
    number of rows (a single-precision BLAS kernel may round a row by its
    place), and is the single-precision product to a float's rounding."""
    generator = numpy.random.default_rng(5)
    weights = generator.standard_normal((units, width)).astype("float32")
    rows = generator.standard_normal((40, width)).astype("float32")
    row = generator.standard_normal(width).astype("float32")
    ops = RowStableOps(use_blis=False)
    results = set()
    for count in (1, 2, 5, 8, 12, 17, 24, 40):
        for place in sorted({0, count // 2, count - 1}):
            matrix = rows[:count].copy()
            matrix[place] = row
            results.add(ops.gemm(matrix, weights, trans2=True)[place].tobytes())
    assert len(results) == 1
    single = numpy.frombuffer(results.pop(), dtype="float32")
    assert numpy.allclose(single, weights @ row, rtol=1e-5, atol=1e-5)


def _row_stable(model):
    for node in model.walk():
        node.ops = RowStableOps(use_blis=False)
    return model


def test_embeddings_on_distinct_rows_give_the_same_bits(nlp):
    """tok2vec's first layers run on the distinct feature rows of a batch give
    every token the bits the same layers give when run on all its rows, in a
    first batch and in the next (whose rows are mostly kept results), also when
    only one row is new."""
    batches = [
        [
            nlp.make_doc(text)
            for text in ("The mayor said the bridge was late.", "The bridge, the mayor said, is late.")
        ],
        [nlp.make_doc(text) for text in ("The ferry is late, said the mayor.", "Late again: the ferry.")],
        [nlp.make_doc("The mayor said the ferry was early.")],  # one row not seen before
    ]
    reference, ours = _embedding_layers(batches[0])
    single = reference.copy()
    _row_stable(reference)
    use_inference_layers(ours)
    assert _unique_rows_layers(ours) and not _unique_rows_layers(reference)
    for docs in batches:
        expected, got = reference.predict(docs), ours.predict(docs)
        assert [array.tobytes() for array in got] == [array.tobytes() for array in expected]
        close = zip(got, single.predict(docs))
        assert all(numpy.allclose(a, b, rtol=1e-4, atol=1e-5) for a, b in close)


@pytest.mark.parametrize("capacity", [0, 3, 1000])
def test_kept_rows_give_the_layers_results(capacity):
    """A row-wise layer run through unique_rows gives what it gives on every
    row, batch after batch, whether its results are kept or not, and forgets
    those it kept when its parameters are replaced."""
    from thinc.api import HashEmbed

    layer = HashEmbed(nO=4, nV=50, column=0)
    keys = numpy.array([[3, 1], [5, 0], [3, 1], [7, 1], [5, 0], [3, 2]], dtype="uint64")
    layer.initialize(X=keys)
    wrapped = unique_rows(layer, capacity=capacity)
    for batch in (keys, keys[::-1].copy(), numpy.array([[9, 9], [3, 1], [9, 9]], dtype="uint64")):
        assert wrapped.predict(batch).tobytes() == layer.predict(batch).tobytes()
    table = next(node for node in layer.walk() if node.name == "hashembed")
    table.set_param("E", table.get_param("E") + 1)
    assert wrapped.predict(keys).tobytes() == layer.predict(keys).tobytes()


def test_kept_rows_pass_over_rows_of_another_width():
    """Rows wider than those kept (a layer reading one column of any row) are
    run as they are, not looked up among rows they cannot match."""
    from thinc.api import HashEmbed

    layer = HashEmbed(nO=4, nV=50, column=0)
    narrow = numpy.array([[3, 1], [5, 0], [3, 1]], dtype="uint64")
    wide = numpy.array([[3, 1, 4], [5, 0, 2], [3, 1, 4]], dtype="uint64")
    layer.initialize(X=narrow)
    wrapped = unique_rows(layer)
    for batch in (narrow, wide):
        assert wrapped.predict(batch).tobytes() == layer.predict(batch).tobytes()


@pytest.mark.parametrize("mix", [None, 0])
def test_distinct_rows_index_every_row(monkeypatch, mix):
    """Each row's copy among the distinct rows is the same row, also when the
    mixed keys of different rows collide (a multiplier of zero keeps only the last column)."""
    if mix is not None:
        monkeypatch.setattr("quotes.extract.inference_ops._MIX", numpy.uint64(mix))
    keys = numpy.array([[1, 2, 0], [3, 4, 0], [1, 2, 0], [5, 6, 1], [3, 4, 0], [1, 9, 1]], dtype="uint64")
    firsts, copies = distinct_rows(keys)
    assert len(firsts) == 4
    assert numpy.array_equal(keys[firsts][copies], keys)


def test_pipeline_embeds_distinct_rows(nlp):
    """The loaded pipeline's tok2vec runs its hash embeddings and the maxout
    after them on distinct rows, its later layers as they are."""
    merged = _unique_rows_layers(nlp.get_pipe("tok2vec").model)
    assert len(merged) == 1
    inner = [node.name for node in merged[0].walk()]
    assert "hashembed" in inner and "maxout" in inner and "expand_window" not in inner
