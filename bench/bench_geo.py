"""Speed of place resolution against the spaCy parse it follows, on LGL articles.

For chunks of articles, in turn: parse them (``nlp.pipe``, the bare pinned model), then find
and resolve their places (``PlaceResolver.resolve_doc``). Both run in this process on the
same chunk, so a machine that gets busier or quieter affects both alike; on a shared machine
only the ratio means anything.
Target (issue 4): geoparsing adds at most 20% to extraction, whose cost is dominated by the
parse. Also times the first ``PlaceResolver.load()`` (a gazetteer build when the cache is cold).

    .venv/bin/python bench/bench_geo.py [--docs 200] [--chunk 25]
"""

from __future__ import annotations

import argparse
import statistics
import time
from pathlib import Path

LGL = Path(__file__).resolve().parents[2] / "shared" / "data" / "geoparsing" / "lgl.xml"


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--corpus", type=Path, default=LGL)
    parser.add_argument("--docs", type=int, default=200)
    parser.add_argument("--chunk", type=int, default=25)
    args = parser.parse_args()

    from strife.eval.geo import read_corpus
    from strife.geo import PlaceResolver
    from strife.nlp import load_nlp

    began = time.perf_counter()
    resolver = PlaceResolver.load()
    load_s = time.perf_counter() - began
    nlp = load_nlp(with_strife=False)
    texts = [a.text for a in read_corpus(args.corpus, args.docs)]
    parse_s = resolve_s = 0.0
    per_doc: list[float] = []
    for i in range(0, len(texts), args.chunk):
        chunk = texts[i : i + args.chunk]
        t0 = time.perf_counter()
        docs = list(nlp.pipe(chunk))
        t1 = time.perf_counter()
        for doc in docs:
            t = time.perf_counter()
            resolver.resolve_doc(doc)
            per_doc.append(time.perf_counter() - t)
        t2 = time.perf_counter()
        parse_s += t1 - t0
        resolve_s += t2 - t1
    words = sum(len(t.split()) for t in texts)
    print(f"gazetteer load: {load_s:.1f} s")
    print(f"{len(texts)} articles, {words / len(texts):.0f} words each on average")
    print(f"parse:   {parse_s:.2f} s ({1000 * parse_s / len(texts):.1f} ms/article)")
    print(
        f"resolve: {resolve_s:.2f} s ({1000 * resolve_s / len(texts):.1f} ms/article, "
        f"median {1000 * statistics.median(per_doc):.1f} ms)"
    )
    print(f"resolve / parse: {resolve_s / parse_s:.1%}")


if __name__ == "__main__":
    main()
