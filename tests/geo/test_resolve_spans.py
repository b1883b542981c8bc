"""Resolving exactly the spans a caller gives, and single-name look-ups."""

from __future__ import annotations

import pytest

from strife.errors import UsageError

TEXT = "Riot police in Atyrau arrested six men; two more were held in Taraz, Kazakhstan."


def span(text: str, word: str) -> tuple[int, int]:
    start = text.index(word)
    return start, start + len(word)


def test_spans_come_back_in_the_given_order(resolver):
    spans = [span(TEXT, "Taraz"), span(TEXT, "Atyrau"), span(TEXT, "Kazakhstan")]
    out = resolver.resolve_spans(TEXT, spans)
    assert [p.geonames_id for p in out] == [1516905, 610529, 1522867]
    assert [(p.start, p.end) for p in out] == spans


def test_spans_on_a_parsed_doc(resolver, parse):
    out = resolver.resolve_spans(parse(TEXT), [span(TEXT, "Atyrau")])
    assert out[0].geonames_id == 610529


def test_unknown_place_keeps_its_name_with_nulls(resolver):
    text = "The family fled to Qwertyvale before dawn."
    (place,) = resolver.resolve_spans(text, [span(text, "Qwertyvale")])
    assert place is not None
    assert place.name == "Qwertyvale"
    assert (place.geonames_id, place.lat, place.lon, place.country_code) == (None,) * 4


def test_blank_span_is_none(resolver):
    assert resolver.resolve_spans("In Taraz.", [(2, 3)]) == [None]


def test_span_outside_the_text_is_an_error(resolver):
    with pytest.raises(UsageError, match="outside the text"):
        resolver.resolve_spans("In Taraz.", [(3, 40)])


def test_a_demonym_span_names_its_country(resolver):
    text = "Salvadoran soldiers crossed the border."
    (place,) = resolver.resolve_spans(text, [span(text, "Salvadoran")])
    assert place.country_code == "SV"
    assert place.feature == "country"


def test_lookup_of_names_and_adjectives(resolver):
    assert resolver.lookup("Atyrau").geonames_id == 610529
    assert resolver.lookup("Kazakh").country_code == "KZ"
    assert resolver.lookup("Afghan").country_code == "AF"
    assert resolver.lookup("Alexandria, Louisiana").geonames_id == 4314550
    assert resolver.lookup("Qwertyvale") is None
    assert resolver.lookup("   ") is None


def test_lookup_within_a_country(resolver):
    egypt = resolver.lookup("Alexandria", "EG")
    assert egypt.country_code == "EG" and egypt.feature == "city"
    assert resolver.lookup("Alexandria", "us").country_code == "US"
    assert resolver.lookup("Atyrau", "FR") is None


def test_load_is_cached(resolver):
    from strife.geo import PlaceResolver

    assert PlaceResolver.load() is resolver


def test_a_resolver_over_a_small_hand_made_gazetteer():
    """The gazetteer is passed in: two towns called Springfield and the states around them."""
    from strife.geo import PlaceResolver
    from strife.geo.gazetteer import KIND_ADMIN1, KIND_CITY, MATCH_NAME, Gazetteer
    from strife.geo.names import name_key

    gaz = Gazetteer()
    illinois = gaz.add("Illinois", 4896861, (40.0, -89.2), KIND_ADMIN1, "US", 12_000_000)
    missouri = gaz.add("Missouri", 4398678, (38.3, -92.4), KIND_ADMIN1, "US", 6_000_000)
    il_town = gaz.add("Springfield", 4250542, (39.8, -89.64), KIND_CITY, "US", 116_000)
    mo_town = gaz.add("Springfield", 4409896, (37.22, -93.3), KIND_CITY, "US", 167_000)
    gaz.admin1[il_town], gaz.admin1[mo_town] = illinois, missouri
    for row in range(len(gaz)):
        key = name_key(gaz.names[row])
        gaz.index[key] = (*gaz.index.get(key, ()), row * 4 + MATCH_NAME)
    resolver = PlaceResolver(gaz)
    text = "Flooding closed roads in Springfield, Illinois."
    (place,) = resolver.resolve_spans(text, [span(text, "Springfield")])
    assert place.geonames_id == 4250542
    assert place.admin1 == "Illinois"
    assert resolver.lookup("Springfield").geonames_id == 4409896  # the bigger one alone
