"""Metamorphic run: every number, group-name, place and people rewrite of the gold articles.

Generates all variants (``tests/eval/metamorphic.py``, seeded), runs ``eval gold`` over each
kind and over the unchanged source articles, and prints per-field accuracy per kind plus the
fields that were right on a source but wrong on its rewrite (what the substitution alone broke).
The test suite runs a seeded sample of the same variants; this script runs them all.

    .venv/bin/python bench/bench_metamorphic.py [--seed 0] [--verbose]
"""

from __future__ import annotations

import argparse
import sys
from collections import Counter
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parents[1] / "tests" / "eval"))

import metamorphic  # noqa: E402
import metamorphic_eval  # noqa: E402


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--seed", type=int, default=0)
    parser.add_argument("--verbose", action="store_true", help="list every broken field")
    args = parser.parse_args()

    from strife.eval.gold import format_report
    from strife.pipeline import Extractor

    extractor = Extractor()
    items = list(metamorphic.variants(seed=args.seed, nlp=extractor.nlp))
    stems = sorted({item.source for item in items})
    print(f"{len(items)} variants of {len(stems)} gold articles (seed {args.seed}): "
          + ", ".join(f"{k} {n}" for k, n in Counter(i.kind for i in items).items()))
    originals = [metamorphic_eval.source_variant(s) for s in stems]
    sources = metamorphic_eval.evaluate_variants(originals, extractor)
    print("\n## sources (unchanged)\n" + format_report(sources))
    for kind in (*metamorphic.KINDS, "people", "combined"):
        chosen = [i for i in items if i.kind == kind]
        report = metamorphic_eval.evaluate_variants(chosen, extractor)
        broken = metamorphic_eval.broken_fields(report, sources, chosen)
        print(f"\n## {kind}\n" + format_report(report))
        print(f"right on the source, wrong on the {kind} rewrite: {len(broken)} field(s): "
              + ", ".join(f"{f} {n}" for f, n in Counter(b[2] for b in broken).most_common()))
        if args.verbose:
            print("\n".join(f"  {v}: {i}: {f}" for v, i, f in broken))


if __name__ == "__main__":
    main()
