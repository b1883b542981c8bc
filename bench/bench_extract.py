"""Speed of the extraction pipeline against a bare spaCy parse of the same texts, in one run.

Three variants over the same MUC-4 dev texts (200 by default), all in this process:

- bare: ``load_nlp(with_strife=False).pipe(texts)``, the pinned model's own components;
- full: ``Extractor.extract_many`` (truecasing, strife's components, places, dates, incidents);
- no-geo: the same Extractor with a resolver that finds no places.

The texts are cut into chunks and the variants take turns on each chunk (in rotating order),
so a machine that gets busier or quieter during the run affects all three alike: on a shared
machine, only the ratios mean anything. Geoparsing's share is also timed inside the full run
(time spent in ``PlaceResolver.resolve_doc``). Targets: full ≤ 1.5× bare (issue 3, part 6);
geoparsing adds ≤ 20% to extraction (issue 4).

    .venv/bin/python bench/bench_extract.py [--docs 200] [--chunks 10] [--profile 40]
"""

from __future__ import annotations

import argparse
import copy
import json
import resource
import sys
import time
from collections import defaultdict
from pathlib import Path
from typing import Any

MUC4_DEV = Path(__file__).resolve().parents[2] / "shared" / "data" / "muc4" / "dev.jsonl"
BATCH = 32


def muc4_documents(path: Path, limit: int) -> list[Any]:
    from strife.ingest.readers import document_from_record

    documents = []
    for line in path.read_text("utf-8").splitlines()[:limit]:
        row = json.loads(line)
        record = json.dumps({"id": row["docid"], "text": row["doctext"]})
        documents.append(document_from_record(record, row["docid"], None))
    return documents


def truecased(documents: list[Any]) -> list[Any]:
    """The same documents in mixed case, as the role model's training copies are made."""
    from strife.roles.recase import Recaser, known_names, xml_texts

    corpora = MUC4_DEV.parents[1] / "geoparsing"
    recaser = Recaser.build(xml_texts([corpora / "lgl.xml", corpora / "geovirus.xml"]),
                            known_names())
    return [d.model_copy(update={"text": recaser.recase(d.text)}) for d in documents]


class TimedResolver:
    """The real resolver, with the time spent resolving places added up."""

    def __init__(self, resolver: Any) -> None:
        self.resolver = resolver
        self.seconds = 0.0

    def resolve_doc(self, *args: Any, **kwargs: Any) -> Any:
        start = time.perf_counter()
        try:
            return self.resolver.resolve_doc(*args, **kwargs)
        finally:
            self.seconds += time.perf_counter() - start

    def __getattr__(self, name: str) -> Any:
        return getattr(self.resolver, name)


class NoPlaces:
    """A resolver that finds no places: the pipeline without geoparsing."""

    def resolve_doc(self, *args: Any, **kwargs: Any) -> list:
        return []


def run_variants(documents: list[Any], chunks: int) -> dict[str, float]:
    from strife.nlp import load_nlp
    from strife.pipeline import Extractor

    start = time.perf_counter()
    full = Extractor()
    load = time.perf_counter() - start
    bare = load_nlp(with_strife=False)
    timed = TimedResolver(full.resolver)
    full.resolver = timed  # type: ignore[assignment]
    no_geo = copy.copy(full)
    no_geo.resolver = NoPlaces()  # type: ignore[assignment]
    variants = {
        "bare": lambda docs: list(bare.pipe((d.text for d in docs), batch_size=BATCH)),
        "full": lambda docs: list(full.extract_many(docs, batch_size=BATCH)),
        "no-geo": lambda docs: list(no_geo.extract_many(docs, batch_size=BATCH)),
    }
    for run in variants.values():  # warm-up: first calls fill caches and lazy tables
        run(documents[:8])
    timed.seconds = 0.0
    seconds: dict[str, float] = defaultdict(float)
    size = -(-len(documents) // chunks)
    for number, at in enumerate(range(0, len(documents), size)):
        chunk = documents[at : at + size]
        names = list(variants)
        for name in names[number % 3 :] + names[: number % 3]:
            begin = time.perf_counter()
            variants[name](chunk)
            seconds[name] += time.perf_counter() - begin
    return {**seconds, "geo_in_full": timed.seconds, "load": load}


def profile(documents: list[Any], top: int) -> None:
    """cProfile of the full pipeline: the functions and modules with the most own time."""
    import cProfile
    import pstats

    from strife.pipeline import Extractor

    extractor = Extractor()
    list(extractor.extract_many(documents[:8]))
    profiler = cProfile.Profile()
    profiler.enable()
    list(extractor.extract_many(documents))
    profiler.disable()
    stats = pstats.Stats(profiler)
    total = sum(row[2] for row in stats.stats.values())  # type: ignore[attr-defined]
    by_module: dict[str, float] = defaultdict(float)
    for (filename, _, _), row in stats.stats.items():  # type: ignore[attr-defined]
        by_module[_module(filename)] += row[2]
    print(f"\nprofile of the full pipeline on {len(documents)} documents "
          f"({total:.1f} s of own time):")  # fmt: skip
    for module, own in sorted(by_module.items(), key=lambda p: -p[1])[:15]:
        print(f"  {own:7.2f} s {own / total:6.1%}  {module}")
    print("\ntop functions by cumulative time:")
    stats.sort_stats("cumulative").print_stats(top)


def _module(filename: str) -> str:
    """src/strife/extract/mentions.py → strife.extract.mentions; spacy/… → spacy.<package>."""
    parts = Path(filename).with_suffix("").parts
    for root in ("strife", "spacy", "thinc", "numpy", "dateparser", "regex", "pydantic"):
        if root in parts:
            tail = parts[parts.index(root) :]
            return ".".join(tail[:3] if root == "strife" else tail[:2])
    return filename if filename.startswith("<") else Path(filename).name


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.split("\n")[0])
    parser.add_argument("--docs", type=int, default=200)
    parser.add_argument("--chunks", type=int, default=10)
    parser.add_argument("--muc4", type=Path, default=MUC4_DEV)
    parser.add_argument("--profile", type=int, default=0, help="also profile; print N functions")
    parser.add_argument("--truecase", action="store_true",
                        help="time mixed-case news: the texts truecased (strife.roles.recase)")
    args = parser.parse_args()
    print("command:", " ".join([sys.executable.replace(str(Path.cwd()) + "/", ""), *sys.argv]))
    documents = muc4_documents(args.muc4, args.docs)
    if args.truecase:
        documents = truecased(documents)
    seconds = run_variants(documents, args.chunks)
    n = len(documents)
    rate = {k: n / seconds[k] for k in ("bare", "full", "no-geo")}
    without_geo = seconds["full"] - seconds["geo_in_full"]
    kind = "truecased MUC-4 dev texts" if args.truecase else "MUC-4 dev texts"
    print(f"documents: {n} {kind}, {sum(len(d.text) for d in documents):,} characters; "
          f"model load (Extractor): {seconds['load']:.1f} s")  # fmt: skip
    for name in ("bare", "full", "no-geo"):
        print(f"  {name:7s} {seconds[name]:7.2f} s  {rate[name]:6.2f} docs/s")
    print(f"pipeline / bare parse: {seconds['full'] / seconds['bare']:.2f}x  (target <= 1.5x)")
    print(
        f"geoparsing, timed inside the full run: {seconds['geo_in_full']:.2f} s = "
        f"{seconds['geo_in_full'] / without_geo:.1%} added to extraction  (target <= 20%)"
    )
    print(f"geoparsing, full vs no-geo run: {seconds['full'] / seconds['no-geo'] - 1:+.1%}")
    peak = resource.getrusage(resource.RUSAGE_SELF).ru_maxrss / 1024
    print(f"peak RSS of this process (Extractor + bare model): {peak:.0f} MiB")
    if args.profile:
        profile(documents, args.profile)


if __name__ == "__main__":
    main()
