"""Scoring on an LGL-format corpus (a two-article corpus written for these tests)."""

from __future__ import annotations

import math
from pathlib import Path

import pytest

from strife.errors import EvaluationError
from strife.eval.geo import MAX_ERROR_KM, GoldArticle, GoldToponym, evaluate_geo, read_corpus

CORPUS = Path(__file__).parent / "data" / "mini_lgl.xml"


def test_reads_articles_and_skips_toponyms_without_coordinates():
    articles = read_corpus(CORPUS)
    assert [a.docid for a in articles] == ["a1", "a2"]
    assert [t.phrase for t in articles[1].toponyms] == ["Alexandria", "Pineville"]
    assert read_corpus(CORPUS, limit=1)[0].docid == "a1"


@pytest.mark.parametrize(
    ("content", "message"),
    [
        ("<articles></articles>", "no <article>"),
        ("<articles><article><text>x", "not a readable XML"),
        ("<articles><article docid='1'></article></articles>", "no <text>"),
        (
            "<articles><article><text>In Taraz.</text><toponyms><toponym><start>3</start>"
            "<end>99</end><gaztag geonameid='1'><lat>1</lat><lon>1</lon></gaztag></toponym>"
            "</toponyms></article></articles>",
            "outside the text",
        ),
    ],
)
def test_malformed_corpus_is_an_evaluation_error(tmp_path, content, message):
    path = tmp_path / "bad.xml"
    path.write_text(content)
    with pytest.raises(EvaluationError, match=message):
        read_corpus(path)


def test_missing_corpus(tmp_path):
    with pytest.raises(EvaluationError, match="no such file"):
        read_corpus(tmp_path / "absent.xml")


def test_scores_on_the_small_corpus(resolver, nlp):
    scores = evaluate_geo(read_corpus(CORPUS), resolver, nlp.pipe)
    assert scores.toponyms == 4
    assert scores.within_161 == 1.0
    assert scores.exact_id == 1.0
    assert scores.end_to_end_recall == 1.0
    assert scores.median_km < 1.0
    assert any("within 161 km: 100.0%" in line for line in scores.lines())


def test_an_unresolved_span_counts_as_the_largest_error(resolver, nlp):
    text = "They fled to Qwertyvale."
    gold = GoldToponym(13, 23, "Qwertyvale", 1, 10.0, 10.0)
    scores = evaluate_geo([GoldArticle("x", text, (gold,))], resolver, nlp.pipe)
    assert scores.within_161 == 0.0
    assert scores.mean_km == MAX_ERROR_KM


GEOVIRUS = Path(__file__).parent / "data" / "mini_geovirus.xml"


def test_reads_geovirus_offsets_that_count_from_one(resolver, nlp):
    [article] = read_corpus(GEOVIRUS)
    assert [article.text[t.start : t.end] for t in article.toponyms] == ["Taraz", "Kazakhstan"]
    assert all(t.geonames_id == 0 for t in article.toponyms)  # GeoVirus gives no ids
    scores = evaluate_geo([article], resolver, nlp.pipe)
    assert scores.within_161 == 1.0 and scores.end_to_end_recall == 1.0
    assert math.isnan(scores.exact_id)
    assert any("n/a" in line for line in scores.lines())


def test_geovirus_offsets_outside_the_text_are_an_error(tmp_path):
    path = tmp_path / "bad.xml"
    path.write_text("<articles><article><text>In Taraz.</text><locations><location>"
                    "<name>Taraz</name><start>4</start><end>40</end><lat>1</lat><lon>1</lon>"
                    "</location></locations></article></articles>")
    with pytest.raises(EvaluationError, match="count from 1"):
        read_corpus(path)
