"""The gazetteer built from package data: names, points, alternate names, adjectives."""

from __future__ import annotations

import math
import os

import pytest

from strife.geo.distance import haversine_km
from strife.geo.gazetteer import (
    KIND_ADMIN1,
    KIND_ADMIN2,
    KIND_CITY,
    KIND_COUNTRY,
    MATCH_ALT,
    MATCH_NAME,
    Gazetteer,
)
from strife.geo.gazetteer_build import display_name, short_name
from strife.geo.gazetteer_cache import cache_dir, read_cache, write_cache
from strife.geo.names import is_latin_name, name_key


@pytest.fixture(scope="module")
def gaz(resolver) -> Gazetteer:
    return resolver.gaz


def rows(gaz: Gazetteer, name: str, kind: int) -> list[tuple[int, int]]:
    return [(r, m) for r, m in gaz.lookup(name_key(name)) if gaz.kinds[r] == kind]


def test_name_keys_meet_whatever_the_spelling():
    assert name_key("St. Louis") == name_key("SAINT-LOUIS") == name_key("Saint Louis")
    assert name_key("Atyraū") == "atyrau"
    assert name_key("Mount Vernon") == name_key("Mt. Vernon")
    assert name_key("Platte Co.") == name_key("Platte County")


def test_only_latin_alternate_names_are_indexed():
    assert is_latin_name("Dzhambul")
    assert not is_latin_name("ta la ci")  # a romanisation, lower case
    assert not is_latin_name("DMB")  # an airport code
    assert not is_latin_name("Тараз")


def test_designators_come_off_for_the_short_key_and_the_display_name():
    assert short_name("Helmand Province") == "Helmand"
    assert short_name("Departamento de Cusco") == "Cusco"
    assert short_name("Central Region") is None  # "Central" alone would match too much
    assert display_name("Zhambyl oblysy") == "Zhambyl"
    assert display_name("Cook County") == "Cook County"


def test_historical_name_is_an_alternate_of_taraz(gaz):
    (row, match), = [(r, m) for r, m in rows(gaz, "Dzhambul", KIND_CITY) if gaz.countries[r] == "KZ"
                     and gaz.geonames_ids[r] == 1516905]
    assert match == MATCH_ALT
    assert gaz.names[row] == "Taraz"


def test_country_points_and_names(gaz):
    us = gaz.country_rows["US"]
    assert gaz.kinds[us] == KIND_COUNTRY
    # GeoNames' own point for the US (centre of the contiguous states), not the Factbook's.
    assert (gaz.lats[us], gaz.lons[us]) == (39.76, -98.5)
    kz = gaz.country_rows["KZ"]
    assert (gaz.lats[kz], gaz.lons[kz]) == (48.0, 68.0)
    assert gaz.names[kz] == "Kazakhstan"
    assert "CN" in gaz.neighbours["KZ"]


def test_regions_get_points_from_their_towns(gaz):
    (louisiana, match), = rows(gaz, "Louisiana", KIND_ADMIN1)
    assert match == MATCH_NAME
    assert haversine_km(gaz.lats[louisiana], gaz.lons[louisiana], 31.0, -92.0) < 100
    assert gaz.populations[louisiana] > 1_000_000
    parishes = [r for r, _ in rows(gaz, "Rapides Parish", KIND_ADMIN2)]
    assert [gaz.admin1[r] for r in parishes] == [louisiana]
    assert not math.isnan(gaz.lats[parishes[0]])


def test_towns_link_to_their_regions(gaz):
    (alexandria,) = [r for r, _ in rows(gaz, "Alexandria", KIND_CITY)
                     if gaz.geonames_ids[r] == 4314550]
    assert gaz.names[gaz.admin1[alexandria]] == "Louisiana"
    assert gaz.names[gaz.admin2[alexandria]] == "Rapides Parish"


def test_adjectives_name_countries(gaz):
    assert gaz.demonyms[name_key("Kazakh")] == "KZ"
    assert gaz.demonyms[name_key("Salvadoran")] == "SV"
    assert gaz.demonyms[name_key("Afghan")] == "AF"


def test_capitals_are_marked(gaz):
    capitals = {gaz.geonames_ids[r] for r in gaz.capitals}
    assert 4140963 in capitals  # Washington, D.C.
    assert 1526273 in capitals  # Astana


def test_cache_dir_follows_the_environment(monkeypatch, tmp_path):
    monkeypatch.setenv("STRIFE_CACHE_DIR", str(tmp_path))
    assert cache_dir() == tmp_path


def _small() -> Gazetteer:
    small = Gazetteer()
    row = small.add("Taraz", 1516905, (42.9, 71.37), KIND_CITY, "KZ", 358153)
    small.index_name("Taraz", row, MATCH_NAME)
    small.index_name("Dzhambul", row, MATCH_ALT)
    small.demonyms["kazakh"] = "KZ"
    small.neighbours["KZ"] = ("KG", "UZ")
    small.freeze_index()
    return small


def test_cache_round_trip_keeps_every_field(tmp_path):
    target = tmp_path / "gazetteer-new.npz"
    write_cache(target, _small())
    loaded = read_cache(target)
    assert loaded is not None
    assert loaded.names == ["Taraz"] and loaded.geonames_ids[0] == 1516905
    assert loaded.lookup("dzhambul") == [(0, MATCH_ALT)]
    assert loaded.countries == ["KZ"] and loaded.neighbours == {"KZ": ("KG", "UZ")}
    assert loaded.demonyms == {"kazakh": "KZ"} and loaded.populations[0] == 358153


def test_cache_of_another_checkout_is_kept_and_only_stale_ones_go(tmp_path):
    other = tmp_path / "gazetteer-otherbuild.npz"
    write_cache(other, _small())
    stale = tmp_path / "gazetteer-abandoned.pickle"
    stale.write_bytes(b"stale")
    old = 1_000_000_000  # 2001: unused for far longer than the grace period
    os.utime(stale, (old, old))
    write_cache(tmp_path / "gazetteer-mine.npz", _small())
    assert other.exists() and not stale.exists()


def test_cache_never_runs_a_planted_pickle(tmp_path):
    import pickle

    planted = tmp_path / "gazetteer-planted.npz"
    planted.write_bytes(pickle.dumps({"names": ["x"]}))
    assert read_cache(planted) is None
