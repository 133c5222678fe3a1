"""Analysis.to_dict is written out (asdict's generic recursion cost ~5 % of analysing an article,
the cache being written for every one): it must give exactly what dataclasses.asdict gives, keys
in the same order, lists copied."""

from __future__ import annotations

import dataclasses
import json

from belreader.nlp.records import Analysis, Entity, Mention, Source

from nlp_util import make_claim


def _analysis() -> Analysis:
    claim = make_claim("a1", "the bridge will close", 10, speaker="Jo Bell", speaker_id="jo-bell", sentence=(0, 40))
    claim.outlets.append("bbc")
    claim.dates.append("2004-03-01")
    return Analysis(
        article_id="a1",
        content_hash="h",
        backend="test",
        mentions=[Mention("jo-bell", "Jo Bell", "PERSON", 0, 7, 0)],
        entities=[Entity("jo-bell", "Jo Bell", "PERSON", None, ["Jo Bell", "Ms Bell"], 2)],
        claims=[claim],
        sources=[Source("bbc", "BBC", "broadcaster", 1)],
    )


def test_to_dict_is_what_asdict_gives_in_the_same_order() -> None:
    analysis = _analysis()
    assert json.dumps(analysis.to_dict()) == json.dumps(dataclasses.asdict(analysis))
    assert Analysis.from_dict(analysis.to_dict()) == analysis


def test_to_dict_copies_the_lists() -> None:
    analysis = _analysis()
    row = analysis.to_dict()
    row["claims"][0]["outlets"].append("itv")
    row["entities"][0]["aliases_seen"].clear()
    assert analysis.claims[0].outlets == ["bbc"]
    assert analysis.entities[0].aliases_seen == ["Jo Bell", "Ms Bell"]
