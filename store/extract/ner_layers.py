"""The NER model's forward pass with slovnet's arithmetic and fewer copies of its arrays.

slovnet's numpy layers keep the CNN's activations channels-first (batch x filters x
tokens), as torch does. Each of its three convolutions then pads its input into a new
array, copies it into an im2col matrix through a strided view that jumps a whole row of
the input for every element (a cache miss each), and hands back a swapped view, so the
ReLU, the batch norm (which swaps the axes twice more), the padding mask (a boolean
array the size of the activations, built per layer) and the next pad all walk
non-contiguous memory. On real news texts those copies cost about a third of the
convolutions' CPU besides their matrix products; the navec embedding's lookup, a fancy
index over two arrays, cost another tenth of the model.

`FastNER` runs the same layers channels-last (batch x tokens x filters): the im2col
matrix is filled with one contiguous slice per kernel offset, the convolution's output
is already in the layout the next layer reads, and the norm and ReLU work in place.
Every number is computed as slovnet computes it: the im2col matrix holds the same
values in the same order (input channel, then kernel offset) and goes through the same
`matmul` with the same transposed weight view, the bias, ReLU (`clip(0)`) and norm
(`(x - mean) / std * weight + bias`) are the same float32 operations element by element,
and padded tokens are zeroed after each layer as slovnet does. So a text's emissions are
bit-identical to slovnet's for that text (tests/test_ingest_cpu.py compares them on real
text) and the tags and spans with them.

One thing is not slovnet's: in a padded batch each text's rows go through their own matrix
products, of the size they have when the text is tagged alone. OpenBLAS sums a product
with another kernel, in another order, when it is small (M x N x K up to about a million:
the third convolution, 64 filters over 128 x 3 inputs, of a text of fewer than about 20
tokens): one product over a whole batch gave a headline other float32 rounding in a batch
than alone, and which texts share a batch depends on which worker got which files and
what the store held already. Those last-bit differences flipped the CRF's choice on a
near tie (factRu's book_3842: «Луганские народные республики» one place in some runs, two
in others). Per text, a text's emissions are the same in any batch and alone, so an
ingest's output is the same for any `--jobs` and any run (bench/ingest_determinism.py).
"""

from __future__ import annotations

import numpy as np


class FastNER:
    """Stands in for a loaded slovnet `NER` model: the same call, the same emissions;
    every other attribute (its head and CRF, which the decoder reads) is the model's."""

    def __init__(self, model) -> None:
        self._model = model
        word = model.emb.word
        quant, centroids, chunk = word.codes.array.shape
        # navec's product quantization: a word's vector is, for each of `quant` parts,
        # one of `centroids` codes of `chunk` floats. Flattened so one `take` gathers them.
        self._codes = word.codes.array.reshape(quant * centroids, chunk)
        self._offsets = (np.arange(quant, dtype=np.intp) * centroids)[None, :]
        self._indexes = word.indexes.array
        self._word_dim = quant * chunk
        self._shapes = model.emb.shape.weight.array
        self._layers = [_Layer(layer) for layer in model.encoder.layers]
        self._proj = model.head.proj

    def __getattr__(self, name: str):
        return getattr(self._model, name)

    def __call__(self, word_id: np.ndarray, shape_id: np.ndarray, pad_mask: np.ndarray) -> np.ndarray:
        """Emissions, batch x tokens x tags, for the padded ids (slovnet's `Tag.__call__`)."""
        x = self._embedded(word_id, shape_id)
        padded = pad_mask.any()
        rows = (~pad_mask).sum(axis=1).tolist()  # each text's own tokens (slovnet pads at the end)
        if padded:
            x[pad_mask] = 0  # what a text alone reads past its end (the conv's zero padding)
        for layer in self._layers:
            x = layer(x, rows)
            if padded:
                x[pad_mask] = 0
        return self._projected(x, rows)

    def _projected(self, x: np.ndarray, rows: list[int]) -> np.ndarray:
        """slovnet's `Linear` head, each text's rows multiplied on their own (see the module's
        docstring); a padded row gets what slovnet gives it, the bias."""
        weight, bias = self._proj.weight.array, self._proj.bias.array
        out = np.empty(x.shape[:2] + (weight.shape[1],), dtype=np.result_type(x, weight))
        for b, n in enumerate(rows):
            np.matmul(x[b, :n], weight, out=out[b, :n])
            out[b, n:] = 0
        out += bias
        return out

    def _embedded(self, word_id: np.ndarray, shape_id: np.ndarray) -> np.ndarray:
        """batch x tokens x (word + shape dims): slovnet's `WordShapeEmbedding` values,
        the word's part gathered from the flattened codes, written in place of a concat."""
        batch, tokens = word_id.shape
        out = np.empty((batch, tokens, self._word_dim + self._shapes.shape[1]), dtype=self._codes.dtype)
        # each distinct word's vector gathered once (a text repeats about half its words), then
        # copied to its tokens: the same floats, a third fewer small gathers (ingest113)
        distinct, where = np.unique(word_id, return_inverse=True)
        parts = self._indexes[distinct].astype(np.intp)
        parts += self._offsets
        words = np.take(self._codes, parts, axis=0).reshape(len(distinct), self._word_dim)
        out[:, :, : self._word_dim] = words[where.reshape(batch, tokens)]
        out[:, :, self._word_dim :] = self._shapes[shape_id]
        return out


class _Layer:
    """One CNN encoder layer (Conv1d, ReLU, BatchNorm1d) on channels-last input."""

    def __init__(self, layer) -> None:
        conv, norm = layer.conv, layer.norm
        self.filters, self.in_dim, self.kernel = conv.weight.shape
        self.padding = conv.padding
        # The same view slovnet multiplies by: filters x (in * kernel), transposed.
        self.weight_t = conv.weight.array.reshape(self.filters, self.in_dim * self.kernel).T
        self.bias = conv.bias.array
        self.mean, self.std = norm.mean.array, norm.std.array
        self.scale, self.shift = norm.weight.array, norm.bias.array

    def __call__(self, x: np.ndarray, rows: list[int]) -> np.ndarray:
        """batch x tokens x in -> batch x windows x filters; the first rows[b] windows of
        text b are its own, multiplied apart from the others' (the rest is padding, which
        the caller zeroes after the layer: set to zero here rather than computed)."""
        batch, tokens, _ = x.shape
        windows = tokens + 2 * self.padding - self.kernel + 1
        cols = self._im2col(x, windows)
        width = self.in_dim * self.kernel
        if windows != tokens or len(rows) == 1:  # one text, or a layout whose rows are not per token
            out = np.matmul(cols.reshape(batch * windows, width), self.weight_t).reshape(batch, windows, self.filters)
        else:
            out = np.empty((batch, windows, self.filters), dtype=np.result_type(cols, self.weight_t))
            for b, n in enumerate(rows):
                np.matmul(cols[b, :n].reshape(n, width), self.weight_t, out=out[b, :n])
                out[b, n:] = 0
        out += self.bias
        out.clip(0, out=out)
        out -= self.mean
        out /= self.std
        out *= self.scale
        out += self.shift
        return out

    def _im2col(self, x: np.ndarray, windows: int) -> np.ndarray:
        """batch x windows x in x kernel: element [b, w, i, k] is the zero-padded input's
        [b, w + k, i], i.e. x[b, w + k - padding, i] (zero outside x)."""
        batch, tokens, in_dim = x.shape
        cols = np.empty((batch, windows, in_dim, self.kernel), dtype=x.dtype)
        for k in range(self.kernel):
            shift = k - self.padding  # window w reads token w + shift
            lo, hi = max(0, -shift), min(windows, tokens - shift)
            cols[:, :lo, :, k] = 0
            cols[:, max(lo, hi) :, :, k] = 0
            if hi > lo:
                cols[:, lo:hi, :, k] = x[:, lo + shift : hi + shift, :]
        return cols


def install(tagger) -> None:
    """Run this natasha NER tagger's model through `FastNER` (a no-op if its layout is
    not the slovnet NER this module knows, or if it is installed already)."""
    infer = getattr(tagger, "infer", None)
    model = getattr(infer, "model", None)
    if model is None or isinstance(model, FastNER) or not _known(model):
        return
    infer.model = FastNER(model)


def _known(model) -> bool:
    """Is `model` slovnet's NER: navec + shape embedding, CNN of conv/relu/norm, linear head?"""
    try:
        from slovnet.exec import model as layers
    except ImportError:
        return False
    emb, encoder, head = (getattr(model, name, None) for name in ("emb", "encoder", "head"))
    return (
        type(model) is layers.NER
        and type(emb) is layers.WordShapeEmbedding
        and type(emb.word) is layers.NavecEmbedding
        and type(encoder) is layers.CNNEncoder
        and all(
            type(layer.conv) is layers.Conv1d
            and type(layer.relu) is layers.ReLU
            and type(layer.norm) is layers.BatchNorm1d
            for layer in encoder.layers
        )
        and type(head.proj) is layers.Linear
    )
