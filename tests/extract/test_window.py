"""Bounded views and indexes give what the unbounded scans gave (issue 11, item 7)."""

from __future__ import annotations

import random

from strife.extract.grouping import _Sorted, within
from strife.extract.window import ents_in, near_children, near_subtree
from strife.pipeline import nearest_anchors


def test_near_views_match_the_parse_on_ordinary_sentences(nlp):
    doc = nlp("Gunmen from the armed group killed seven villagers near Gao on Monday, and "
              "soldiers later clashed with them in a village outside the town, police said.")
    for token in doc:
        assert near_children(token) == list(token.children)
        assert list(near_subtree(token)) == list(token.subtree)
    for sentence in doc.sents:
        assert ents_in(sentence) == list(sentence.ents)


def test_bisection_finds_what_a_scan_finds():
    class Item:
        def __init__(self, start: int) -> None:
            self.start = start

    rng = random.Random(3)
    items = [Item(rng.randrange(1000)) for _ in range(300)]
    index = _Sorted(items)
    for _ in range(200):
        a = rng.randrange(1000)
        b = a + rng.randrange(200)
        assert sorted(i.start for i in within(index, a, b)) == sorted(
            i.start for i in items if a <= i.start < b)


def test_nearest_anchor_by_bisection_is_the_nearest():
    rng = random.Random(4)
    anchors, at = [], 0
    for k in range(60):
        start = at + rng.randrange(1, 30)
        end = start + rng.randrange(5, 80)
        anchors.append((start, end, k % 7))
        at = end
    rng.shuffle(anchors)
    offsets = [rng.randrange(0, at + 50) for _ in range(300)]
    brute = [min(anchors, key=lambda a, o=o: max(a[0] - o, o - a[1], 0))[2] for o in offsets]
    assert nearest_anchors(anchors, offsets) == brute
