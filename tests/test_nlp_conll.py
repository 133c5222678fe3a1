"""bench/eval_conll.py reads CoNLL-2003 files (IOB1 and IOB2) and scores exact spans; on a
few sentences written for the purpose, never on the real data (which is not shipped)."""

from __future__ import annotations

import sys
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parent.parent / "bench"))

import eval_conll  # noqa: E402

SAMPLE = """-DOCSTART- -X- -X- O

Maria NNP B-NP I-PER
Lindqvist NNP I-NP I-PER
joined VBD B-VP O
Nordbank NNP B-NP I-ORG
in IN B-PP O
Oslo NNP B-NP I-LOC
. . O O

-DOCSTART- -X- -X- O

Danish JJ B-NP I-MISC
firm NN I-NP O
Vestro NNP I-NP B-ORG
Holdings NNP I-NP I-ORG
sued VBD B-VP O
Tom NNP B-NP B-PER
Berg NNP I-NP I-PER
and CC O O
Ann NNP B-NP B-PER
Roe NNP I-NP I-PER
. . O O
"""


def test_iob1_and_iob2_tags_give_the_same_spans():
    assert eval_conll.spans_from_tags(["I-PER", "I-PER", "O", "I-ORG"]) == [(0, 2, "PER"), (3, 4, "ORG")]
    assert eval_conll.spans_from_tags(["B-PER", "I-PER", "B-PER", "I-PER"]) == [(0, 2, "PER"), (2, 4, "PER")]
    assert eval_conll.spans_from_tags(["I-LOC", "I-ORG"]) == [(0, 1, "LOC"), (1, 2, "ORG")]


def test_documents_sentences_and_a_score_that_can_fail():
    docs = eval_conll.read_conll(SAMPLE)
    assert len(docs) == 2 and len(docs[0]) == 1
    assert docs[1][0][1] == [(0, 1, "MISC"), (2, 4, "ORG"), (5, 7, "PER"), (8, 10, "PER")]
    article, starts = eval_conll.to_article(docs[0], 0)
    assert article.body == "Maria Lindqvist joined Nordbank in Oslo ."
    assert starts == [[0, 6, 16, 23, 32, 35, 40]]

    class M:  # a mention as the analysis gives it
        def __init__(self, start, end, label):
            self.start, self.end, self.label = start, end, label

    mentions = [M(0, 15, "PERSON"), M(23, 31, "PERSON"), M(35, 39, "PLACE"), M(6, 15, "PERSON")]

    class A:
        pass

    analysis = A()
    analysis.mentions = mentions
    result = eval_conll.evaluate(docs[:1], [analysis], [starts])
    assert result["micro"]["tp"] == 2 and result["micro"]["gold"] == 3 and result["micro"]["predicted"] == 4
    assert result["ORG"]["tp"] == 0 and result["LOC"]["f1"] == 1.0
