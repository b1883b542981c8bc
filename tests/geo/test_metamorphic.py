"""A sample of the metamorphic place run (the full run: bench/bench_geo_metamorphic.py).

Sentences are generated from the gazetteer with a fixed seed: real towns, towns whose name a
town in another country shares, and invented towns that must fall back to the division the
sentence names. The answer of each comes from the gazetteer row it was built from.
"""

from __future__ import annotations

from strife.eval.geo_metamorphic import SEED, generate, score
from strife.geo.names import name_key

SAMPLE = 240


def test_generated_chains_resolve_inside_their_country_and_province(resolver, nlp):
    cases = generate(resolver.gaz, SAMPLE, SEED)
    assert {c.kind for c in cases} == {"real", "twin", "invented"}
    scores = score(cases, resolver, lambda texts: nlp.pipe(texts, batch_size=64))
    assert scores.country >= 0.99, scores.failures
    assert scores.admin1 >= 0.97, scores.failures
    assert scores.fallback >= 0.95, scores.failures


def test_the_generator_is_repeatable_and_knows_its_answers(resolver):
    first, again = generate(resolver.gaz, 50, SEED), generate(resolver.gaz, 50, SEED)
    assert first == again
    assert generate(resolver.gaz, 50, SEED + 1) != first
    for case in first:
        town = case.text[case.start : case.end]
        if case.kind == "invented":
            assert case.geonames_id is None and name_key(town) not in resolver.gaz.index
        else:
            assert resolver.gaz.countries[resolver.gaz.geonames_ids.index(case.geonames_id)] \
                == case.country
