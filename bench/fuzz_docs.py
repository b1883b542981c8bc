"""A seeded generator of documents that stress the extractor, and a fuzz run over them.

Documents mix the shapes that break pipelines: live blogs with hundreds of attack words, one
sentence repeated thousands of times, long run-on sentences, tables of numbers, lists of
places, stray punctuation and Unicode, headlines only, quotes inside quotes, ALL CAPS wire
copy. Every document is built from a seed, so a crash is replayed with ``--seed N --only K``.

    .venv/bin/python bench/fuzz_docs.py --docs 10000 [--seed 11] [--batch 64]

The run ends with the number of documents that raised (0 is the only good answer); the test
suite runs a small sample of the same generator (tests/extract/test_fuzz.py).
"""

from __future__ import annotations

import argparse
import random
import sys
import time
from collections.abc import Callable, Iterator

PLACES = ["Kabul", "Mogadishu", "Maiduguri", "Gao", "Kharkiv", "Aleppo", "Quetta", "Goma",
          "Taiz", "Beni", "Peshawar", "Mosul", "Bamako", "Kandahar", "Sittwe", "Jos", "Lagos"]
ACTORS = ["gunmen", "militants", "troops", "soldiers", "a mob", "protesters", "rebels",
          "unidentified men", "al-Shabaab fighters", "Boko Haram", "the army", "police"]
VERBS = ["killed", "attacked", "shelled", "bombed", "kidnapped", "shot dead", "clashed with",
         "stormed", "ambushed", "wounded", "torched", "looted", "struck", "fought"]
VICTIMS = ["villagers", "soldiers", "police officers", "a convoy", "a market", "a school",
           "worshippers", "passengers", "a checkpoint", "civilians", "a bus", "the town"]
WEEKDAYS = ["Monday", "Tuesday", "on 3 March 2024", "last week", "overnight", "at dawn",
            "on Friday evening", "in 2019", "since April", ""]
JUNK = ["—", "…", "«", "»", "“", "”", "\u200b", "\t", "  ", "*", "#", "|", "é", "ß", "😀",
        "١٢٣", "Ж", "\u00a0", "'", '"', "(", ")", ";", ":", "%", "$", "&amp;", "<b>"]


def _sentence(rng: random.Random) -> str:
    n = rng.choice([0, 1, 2, 3, 7, 12, 40, 100, 1000, 2500])
    when = rng.choice(WEEKDAYS)
    return (f"{rng.choice(ACTORS).capitalize()} {rng.choice(VERBS)} {n} "
            f"{rng.choice(VICTIMS)} in {rng.choice(PLACES)} {when}, officials said.")


def live_blog(rng: random.Random, size: int) -> str:
    """Timestamped updates, each a few attack sentences: hundreds of triggers in one text."""
    parts: list[str] = [f"LIVE: Attacks across the region, day {rng.randint(1, 900)}\n"]
    while sum(map(len, parts)) < size:
        parts.append(f"\n{rng.randint(0, 23):02d}:{rng.randint(0, 59):02d} GMT\n")
        parts += [_sentence(rng) + " " for _ in range(rng.randint(1, 4))]
    return "".join(parts)


def repeated(rng: random.Random, size: int) -> str:
    sentence = rng.choice(["Ten people were killed. ", "killed ", "Gunmen killed two. ",
                           "A bomb exploded in Kabul, killing 3. "])
    return sentence * max(1, size // len(sentence))


def run_on(rng: random.Random, size: int) -> str:
    words: list[str] = []
    while sum(len(w) + 1 for w in words) < size:
        words += _sentence(rng).rstrip(".").split() + [rng.choice([",", "and", "while", ";"])]
    return " ".join(words) + "."


def table(rng: random.Random, size: int) -> str:
    rows = ["Place | Killed | Wounded | Date"]
    while sum(map(len, rows)) < size:
        rows.append(f"{rng.choice(PLACES)} | {rng.randint(0, 999)} | {rng.randint(0, 999)} | "
                    f"{rng.randint(1, 28)}/{rng.randint(1, 12)}/{rng.randint(1990, 2030)}")
    return "Casualty figures were updated.\n" + "\n".join(rows)


def noisy(rng: random.Random, size: int) -> str:
    base = live_blog(rng, size)
    chars = list(base)
    for _ in range(len(chars) // 15):
        chars.insert(rng.randrange(len(chars) + 1), rng.choice(JUNK))
    return "".join(chars)


def shouting(rng: random.Random, size: int) -> str:
    return live_blog(rng, size).upper()


def headline_only(rng: random.Random, size: int) -> str:
    return f"{rng.choice(ACTORS).capitalize()} {rng.choice(VERBS)} {rng.choice(VICTIMS)}"


def quoted(rng: random.Random, size: int) -> str:
    inner = " ".join(_sentence(rng) for _ in range(3))
    return (f'"They said \'{inner}\' and then," a witness told reporters in '
            f"{rng.choice(PLACES)}. " * max(1, size // 400))


SHAPES: list[Callable[[random.Random, int], str]] = [
    live_blog, repeated, run_on, table, noisy, shouting, headline_only, quoted,
]


def generate(seed: int, count: int) -> Iterator[tuple[int, str]]:
    """(number, text) for ``count`` documents; document K depends only on (seed, K)."""
    for k in range(count):
        rng = random.Random(seed * 1_000_003 + k)
        shape = rng.choice(SHAPES)
        # mostly notes and articles, some long features and live blogs (the 100 KB case is
        # bench/bench_linear.py's)
        size = rng.choices([40, 300, 1500, 6000, 20000], weights=[30, 35, 25, 8, 2])[0]
        yield k, shape(rng, size)


def documents(seed: int, count: int) -> Iterator[tuple[int, object]]:
    """Generated texts as strife ``Document``s; a text strife refuses as input is skipped
    (refusing is the right answer for it, not a crash)."""
    from strife.errors import InputError
    from strife.ingest.documents import document_from_plain_text

    for k, text in generate(seed, count):
        try:
            yield k, document_from_plain_text(text, label=f"fuzz-{seed}-{k}")
        except InputError:
            continue


def main() -> int:
    parser = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    parser.add_argument("--docs", type=int, default=10_000)
    parser.add_argument("--seed", type=int, default=11)
    parser.add_argument("--batch", type=int, default=64)
    parser.add_argument("--only", type=int, default=None, help="run document K alone")
    parser.add_argument("--start", type=int, default=0,
                        help="resume: skip documents before K (each depends only on seed, K)")
    args = parser.parse_args()
    from rich.progress import Progress

    from strife.pipeline import Extractor

    extractor = Extractor(skip_failures=True)
    docs = list(documents(args.seed, args.docs))
    refused = args.docs - len(docs)
    if args.only is not None:
        docs = [(k, d) for k, d in docs if k == args.only]
    docs = [(k, d) for k, d in docs if k >= args.start]
    started = time.perf_counter()
    with Progress() as progress:
        task = progress.add_task("fuzz", total=len(docs))
        for done, _ in enumerate(extractor.extract_many([d for _, d in docs], args.batch), 1):
            progress.advance(task)
            if done % 1000 == 0:  # a line a log keeps, where no bar is drawn
                progress.console.print(f"{done} done, {len(extractor.failures)} crashed")
    crashed = len(extractor.failures)
    for document, error in extractor.failures:
        print(f"crash: {document.id[:12]}: {error}", file=sys.stderr)
    print(f"fuzz: {len(docs)} documents extracted, {refused} refused as input, "
          f"{crashed} crashed, {time.perf_counter() - started:.0f} s (seed {args.seed})")
    return 1 if crashed else 0


if __name__ == "__main__":
    sys.exit(main())
