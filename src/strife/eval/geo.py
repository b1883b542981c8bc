"""Geoparsing evaluation on LGL or GeoVirus (``strife eval geo CORPUS.xml``).

Both corpora come as XML from Gritta et al.'s "Pragmatic Guide to Geoparsing Evaluation":

- LGL: each ``<article>`` has ``<text>`` and ``<toponym>``s with ``<start>``, ``<end>``,
  ``<phrase>`` and a ``<gaztag geonameid=…>`` holding the gold ``<lat>``/``<lon>``. Toponyms
  without a gaztag (streets, unresolvable names) are not scored, as in the paper.
- GeoVirus: each ``<article>`` has ``<text>`` and ``<location>``s with ``<name>``, ``<start>``,
  ``<end>``, ``<lat>``, ``<lon>`` and no GeoNames id; its offsets count from 1 (the mention is
  ``text[start-1:end-1]``), so they are shifted here. Exact id is not scored for it.

Measures, the field's own:

- with gold spans given (``resolve_spans``): accuracy within 161 km (100 miles) of the gold
  point, exact GeoNames id, mean and median error in km, and the area under the log error
  curve (AUC, lower is better). A span left unresolved counts as the largest possible error,
  20,039 km (half the Earth's circumference), so abstaining is never free.
- end to end (``resolve_doc`` on the parsed text): recall within 161 km, the share of gold
  toponyms that some predicted place overlapping the gold span resolves within 161 km.
  LGL annotates country adjectives ("Russian" → Russia) as toponyms, so demonyms are on.
"""

from __future__ import annotations

import math
import statistics
import time
import xml.etree.ElementTree as ET
from collections.abc import Callable, Iterable
from dataclasses import dataclass
from pathlib import Path
from typing import Any

from strife.errors import EvaluationError
from strife.geo.distance import haversine_km

MAX_ERROR_KM = 20039.0
WITHIN_KM = 161.0


@dataclass(frozen=True)
class GoldToponym:
    start: int
    end: int
    phrase: str
    geonames_id: int
    lat: float
    lon: float


@dataclass(frozen=True)
class GoldArticle:
    docid: str
    text: str
    toponyms: tuple[GoldToponym, ...]


@dataclass
class GeoScores:
    articles: int
    toponyms: int
    within_161: float
    exact_id: float
    mean_km: float
    median_km: float
    auc: float
    end_to_end_recall: float
    predicted: int
    predicted_on_gold: float
    seconds: float

    def lines(self) -> list[str]:
        return [
            f"articles: {self.articles}, gold toponyms with coordinates: {self.toponyms}",
            "gold spans given (resolve_spans):",
            f"  accuracy within 161 km: {self.within_161:.1%}",
            "  exact GeoNames id:      "
            + ("n/a (the corpus gives no ids)" if math.isnan(self.exact_id) else
               f"{self.exact_id:.1%}"),
            f"  mean error:   {self.mean_km:.0f} km",
            f"  median error: {self.median_km:.1f} km",
            f"  AUC of the error curve (lower is better): {self.auc:.3f}",
            "end to end (resolve_doc on the parsed text):",
            f"  recall within 161 km: {self.end_to_end_recall:.1%}",
            f"  predicted places: {self.predicted}, of which on a gold toponym: "
            f"{self.predicted_on_gold:.1%}",
            f"time: {self.seconds:.1f} s",
        ]


def read_corpus(path: str | Path, limit: int | None = None) -> list[GoldArticle]:
    try:
        root = ET.parse(path).getroot()
    except FileNotFoundError:
        raise EvaluationError(f"{path}: no such file") from None
    except (ET.ParseError, OSError) as exc:
        raise EvaluationError(f"{path}: not a readable XML corpus ({exc})") from None
    articles: list[GoldArticle] = []
    for n, node in enumerate(root.iter("article")):
        if limit is not None and len(articles) >= limit:
            break
        articles.append(_article(node, f"{path}: article {n + 1}"))
    if not articles:
        raise EvaluationError(f"{path}: no <article> elements; expected the LGL XML format")
    return articles


def _article(node: ET.Element, where: str) -> GoldArticle:
    text = node.findtext("text")
    if text is None:
        raise EvaluationError(f"{where}: no <text>")
    if node.find("locations") is not None:
        return GoldArticle(node.get("docid") or where, text, _locations(node, text, where))
    toponyms = []
    for top in node.iter("toponym"):
        gaz = top.find("gaztag")
        if gaz is None or gaz.findtext("lat") is None:
            continue
        try:
            start, end = int(top.findtext("start") or ""), int(top.findtext("end") or "")
            gold = GoldToponym(
                start, end, top.findtext("phrase") or "", int(gaz.get("geonameid") or 0),
                float(gaz.findtext("lat") or ""), float(gaz.findtext("lon") or ""),
            )
        except ValueError:
            raise EvaluationError(f"{where}: a toponym has a non-numeric offset or point") from None
        if not (0 <= start < end <= len(text)):
            raise EvaluationError(f"{where}: toponym offsets {start}-{end} are outside the text")
        toponyms.append(gold)
    return GoldArticle(node.get("docid") or where, text, tuple(toponyms))


def _locations(node: ET.Element, text: str, where: str) -> tuple[GoldToponym, ...]:
    """GeoVirus ``<location>``s, offsets shifted to count from 0."""
    out = []
    for loc in node.iter("location"):
        try:
            start, end = int(loc.findtext("start") or "") - 1, int(loc.findtext("end") or "") - 1
            lat, lon = float(loc.findtext("lat") or ""), float(loc.findtext("lon") or "")
        except ValueError:
            raise EvaluationError(
                f"{where}: a location has a non-numeric offset or point") from None
        if not (0 <= start < end <= len(text)):
            raise EvaluationError(f"{where}: location offsets {start + 1}-{end + 1} are outside "
                                  "the text (GeoVirus offsets count from 1)")
        out.append(GoldToponym(start, end, loc.findtext("name") or "", 0, lat, lon))
    return tuple(out)


def evaluate_geo(
    articles: list[GoldArticle],
    resolver: Any,
    parse: Callable[[Iterable[str]], Iterable[Any]],
) -> GeoScores:
    """Score ``resolver`` (a ``PlaceResolver``) on gold articles; ``parse`` maps texts to
    spaCy docs (``nlp.pipe``)."""
    began = time.perf_counter()
    errors: list[float] = []
    exact = with_id = recalled = predicted = on_gold = 0
    for article, doc in zip(articles, parse(a.text for a in articles), strict=True):
        spans = [(t.start, t.end) for t in article.toponyms]
        for gold, place in zip(article.toponyms, resolver.resolve_spans(doc, spans), strict=True):
            errors.append(_error(gold, place))
            with_id += gold.geonames_id > 0
            exact += gold.geonames_id > 0 and place is not None and (
                place.geonames_id == gold.geonames_id)
        places = resolver.resolve_doc(doc, demonyms=True)
        predicted += len(places)
        on_gold += sum(
            1 for p in places if any(p.start < g.end and g.start < p.end for g in article.toponyms)
        )
        for gold in article.toponyms:
            recalled += any(
                p.start < gold.end and gold.start < p.end and _error(gold, p) <= WITHIN_KM
                for p in places
            )
    n = len(errors)
    if n == 0:
        raise EvaluationError("the corpus has no toponyms with gold coordinates to score")
    return GeoScores(
        articles=len(articles),
        toponyms=n,
        within_161=sum(e <= WITHIN_KM for e in errors) / n,
        exact_id=exact / with_id if with_id else math.nan,
        mean_km=statistics.fmean(errors),
        median_km=statistics.median(errors),
        auc=statistics.fmean(math.log1p(e) / math.log1p(MAX_ERROR_KM) for e in errors),
        end_to_end_recall=recalled / n,
        predicted=predicted,
        predicted_on_gold=on_gold / predicted if predicted else 0.0,
        seconds=time.perf_counter() - began,
    )


def _error(gold: GoldToponym, place: Any) -> float:
    if place is None or place.lat is None or place.lon is None:
        return MAX_ERROR_KM
    return haversine_km(gold.lat, gold.lon, place.lat, place.lon)
