"""Undoing a deletion: `ClipStore.restore` puts a removed clip back exactly as it was."""

from __future__ import annotations

from pathlib import Path

from belreader.clips import ClipStore

from articles import article_from_text

TEXT = """A heading

First paragraph, about a loan of 1.5 billion dollars.

Second paragraph, about the Sochi meeting.

Third paragraph, about the constitution."""


def test_restore_brings_back_the_clip_with_its_note_tags_position_and_anchor(tmp_path):
    article = article_from_text(TEXT, "sochi", Path("/corpus"))
    with ClipStore(tmp_path / "clips.sqlite3") as store:
        first = store.add_paragraph(article, 1)
        middle = store.add_paragraph(article, 2, note="the key line", tags="sochi, meeting")
        last = store.add_paragraph(article, 3)
        assert store.remove(middle.id)
        assert [c.id for c in store.list()] == [first.id, last.id]

        restored = store.restore(middle)

        assert restored == middle  # id, offsets, quote, context, note, tags, times, citation
        assert [c.id for c in store.list()] == [first.id, middle.id, last.id]
        positions = [c.position for c in store.list()]
        assert positions == sorted(set(positions)), "positions stay unique and in order"
        assert store.restore(middle) == middle, "restoring twice changes nothing"
        assert store.count() == 3


def test_restore_keeps_the_place_after_the_order_was_renumbered(tmp_path):
    article = article_from_text(TEXT, "sochi", Path("/corpus"))
    with ClipStore(tmp_path / "clips.sqlite3") as store:
        a, b, c = (store.add_paragraph(article, i) for i in (1, 2, 3))
        store.remove(b.id)
        store.move(c.id, 0)  # renumbers: c 0, a 1 (b's old position is taken)
        store.restore(b)
        assert [clip.id for clip in store.list()] == [c.id, b.id, a.id]
