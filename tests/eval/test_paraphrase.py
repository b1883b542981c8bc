"""Paraphrase and metamorphic suites (issue 11, item 4): the same facts in other words.

``tests/data/paraphrase`` holds, for every gold article of ``tests/data/articles`` and
``tests/data/devset``, at least two rewrites in other styles, written for strife in our own
words: a wire lede (``.wire``: other order, own dateline), a follow-up (``.update``: later
publication, a risen toll), a one-sentence ACLED-style note (``.acled``) and a GTD-style analyst
summary (``.gtd``). Each has its own gold, changed only where the style changes the facts told
(a risen toll, a wounded figure a note leaves out). ``tests/eval/metamorphic.py`` rewrites gold
articles programmatically (numbers, group names, towns from the gazetteer); a seeded sample of
those runs here and all of them in ``bench/bench_metamorphic.py``.

Floors (``tests/data/paraphrase/floors.yaml``, with the figures they were set from) are the
measured accuracy less a small margin; raise them when the figures rise.
"""

from __future__ import annotations

import random
import re
from datetime import date
from pathlib import Path
from typing import Any

import metamorphic
import metamorphic_eval
import pytest
import yaml

from strife.eval.gold import GoldReport, evaluate_files, format_report, load_gold

DATA = Path(__file__).resolve().parents[1] / "data"
PARAPHRASE = DATA / "paraphrase"
STYLES = ("wire", "update", "acled", "gtd")

FLOORS: dict[str, Any] = yaml.safe_load((PARAPHRASE / "floors.yaml").read_text())
PARAPHRASE_FLOORS: dict[str, float] = FLOORS["paraphrase"]["fields"]
METAMORPHIC_FLOORS: dict[str, float] = FLOORS["metamorphic_sample"]["fields"]


def _originals() -> list[str]:
    return sorted(p.name.removesuffix(".gold.json") for d in ("articles", "devset")
                  for p in (DATA / d).glob("*.gold.json"))


def test_every_gold_article_has_two_rewrites_in_other_styles() -> None:
    texts = {p.name.removesuffix(".txt") for p in PARAPHRASE.glob("*.txt")}
    golds = {p.name.removesuffix(".gold.json") for p in PARAPHRASE.glob("*.gold.json")}
    assert texts == golds, f"articles without gold or gold without article: {texts ^ golds}"
    styles: dict[str, set[str]] = {}
    for name in texts:
        stem, style = name.rsplit(".", 1)
        assert style in STYLES, f"{name}: unknown style {style!r}"
        styles.setdefault(stem, set()).add(style)
    missing = [s for s in _originals() if len(styles.get(s, ())) < 2]
    assert not missing, f"gold articles with fewer than two rewrites: {missing}"
    assert set(styles) <= set(_originals()), "a rewrite of an article that is not in tests/data"


@pytest.mark.parametrize("path", sorted(PARAPHRASE.glob("*.gold.json")), ids=lambda p: p.name)
def test_rewrite_gold_is_consistent(path: Path) -> None:
    gold = load_gold(path)
    published = date.fromisoformat(gold["document"]["published"])
    text = path.with_name(path.name.removesuffix(".gold.json") + ".txt").read_text("utf-8")
    for incident in gold["incidents"]:
        assert "roles" not in incident, "role spans of the original are not in the rewrite"
        assert date.fromisoformat(incident["date"]["end"]) <= published, "reported before it"
    dateline = gold["document"].get("dateline")
    if dateline:
        assert text.split("\n\n")[2].startswith(dateline), "the dateline is not the text's"


@pytest.fixture(scope="module")
def paraphrase_report(extractor) -> GoldReport:
    paths = sorted(PARAPHRASE.glob("*.gold.json"))
    assert len(paths) >= 2 * len(_originals())
    return evaluate_files(paths, extractor)


def _accuracy(report: GoldReport, field: str) -> float:
    if field == "all fields":
        return sum(report.correct.values()) / sum(report.total.values())
    return report.correct[field] / report.total[field]


@pytest.mark.parametrize("field", sorted(PARAPHRASE_FLOORS))
def test_paraphrase_field_holds_its_floor(paraphrase_report: GoldReport, field: str) -> None:
    got = _accuracy(paraphrase_report, field)
    assert got >= PARAPHRASE_FLOORS[field], (
        f"paraphrase: {field} {100 * got:.1f}% is below its floor "
        f"{100 * PARAPHRASE_FLOORS[field]:.0f}%\n{format_report(paraphrase_report, True)}")


def test_paraphrase_incidents_found(paraphrase_report: GoldReport) -> None:
    report = paraphrase_report
    floors = FLOORS["paraphrase"]
    assert report.found_incidents >= floors["min_found"], format_report(report, True)
    assert report.spurious_incidents <= floors["max_spurious"], format_report(report, True)


def test_generator_is_seeded() -> None:
    first = [(v.name, v.text) for v in metamorphic.variants(seed=5)]
    again = [(v.name, v.text) for v in metamorphic.variants(seed=5)]
    assert first == again and len(first) > 200
    assert first != [(v.name, v.text) for v in metamorphic.variants(seed=6)]


def _words(n: int) -> re.Pattern[str]:
    return re.compile(rf"(?<![\w-])(?:{n}|{metamorphic.number_words(n)})(?![\w-])", re.I)


def test_rewrites_change_text_and_gold_together() -> None:
    checked = {kind: 0 for kind in metamorphic.KINDS}
    for v in metamorphic.variants(seed=2):
        if v.kind == "combined":
            continue
        source = metamorphic_eval.source_variant(v.source)
        old, new = source.gold["incidents"][0], v.gold["incidents"][0]
        if v.kind == "numbers":
            changed = [f for f in ("killed", "wounded") if old[f]["total"] != new[f]["total"]]
            assert changed, v.name
            for f in changed:
                assert _words(new[f]["total"]).search(v.text), (v.name, f)
                assert not _words(old[f]["total"]).search(v.text), (v.name, f)
        elif v.kind == "names":
            group = new["perpetrators"]["groups"][0]
            assert group in v.text and old["perpetrators"]["groups"][0] not in v.text, v.name
        else:
            city, prose = new["location"]["city"], re.sub(r"https?://\S+", "", v.text)
            assert city.casefold() in prose.casefold(), v.name
            assert old["location"]["city"].casefold() not in prose.casefold(), v.name
            assert new["location"]["country_code"] == old["location"]["country_code"], v.name
        checked[v.kind] += 1
    assert min(checked.values()) >= 50, checked


@pytest.fixture(scope="module")
def every_variant(extractor) -> list[metamorphic.Variant]:
    return list(metamorphic.variants(seed=0, nlp=extractor.nlp))


def test_people_rewrites_rename_people_only(every_variant) -> None:
    people = [v for v in every_variant if v.kind == "people"]
    assert len(people) >= 10
    for v in people:
        source = metamorphic_eval.source_variant(v.source)
        assert v.gold == source.gold and v.text != source.text, v.name
        assert any(last in v.text for _, last in metamorphic.PEOPLE), v.name


@pytest.fixture(scope="module")
def metamorphic_sample(extractor, every_variant) -> tuple[GoldReport, GoldReport, list]:
    sample = FLOORS["metamorphic_sample"]
    items = random.Random(sample["sample_seed"]).sample(every_variant, sample["sample_size"])
    sources = [metamorphic_eval.source_variant(s) for s in sorted({i.source for i in items})]
    return (metamorphic_eval.evaluate_variants(items, extractor),
            metamorphic_eval.evaluate_variants(sources, extractor), items)


@pytest.mark.parametrize("field", sorted(METAMORPHIC_FLOORS))
def test_metamorphic_field_holds_its_floor(metamorphic_sample, field: str) -> None:
    report = metamorphic_sample[0]
    got = _accuracy(report, field)
    assert got >= METAMORPHIC_FLOORS[field], (
        f"metamorphic sample: {field} {100 * got:.1f}% is below its floor "
        f"{100 * METAMORPHIC_FLOORS[field]:.0f}%\n{format_report(report, True)}")


def test_rewrites_seldom_break_what_the_source_got_right(metamorphic_sample) -> None:
    report, sources, items = metamorphic_sample
    broken = metamorphic_eval.broken_fields(report, sources, items)
    share = len(broken) / sum(report.total.values())
    listed = "\n".join(f"{v}: {i}: {f}" for v, i, f in broken)
    assert share <= FLOORS["metamorphic_sample"]["max_broken_share"], listed
