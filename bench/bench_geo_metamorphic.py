"""The full metamorphic place run (issue 10): thousands of generated sentences, real towns,
same-name twins abroad and invented towns, each checked against the gazetteer row it came
from. Prints the figures and the first failures; `make test` runs a sample of the same
generator (tests/geo/test_metamorphic.py).

    .venv/bin/python bench/bench_geo_metamorphic.py [--count 3000] [--seed 20261130]
"""

from __future__ import annotations

import argparse
import time


def main() -> None:
    from strife.eval.geo_metamorphic import SEED, generate, score
    from strife.geo import PlaceResolver
    from strife.nlp import load_nlp

    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--count", type=int, default=3000)
    parser.add_argument("--seed", type=int, default=SEED)
    parser.add_argument("--failures", type=int, default=15, help="failures to print")
    args = parser.parse_args()

    resolver = PlaceResolver.load()
    nlp = load_nlp(with_strife=False)
    began = time.perf_counter()
    cases = generate(resolver.gaz, args.count, args.seed)
    scores = score(cases, resolver, lambda texts: nlp.pipe(texts, batch_size=64))
    print(f"seed {args.seed}")
    print("\n".join(scores.lines()))
    print(f"time: {time.perf_counter() - began:.1f} s")
    for line in scores.failures[: args.failures]:
        print("  FAIL", line)


if __name__ == "__main__":
    main()
