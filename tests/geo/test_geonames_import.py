"""`strife gazetteer import`: a small dump written in GeoNames' own formats joins the index."""

from __future__ import annotations

import zipfile
from pathlib import Path

import pytest
from typer.testing import CliRunner

from strife.cli import app
from strife.geo.gazetteer_cache import load_gazetteer
from strife.geo.resolver import PlaceResolver

BORNO, KONDUGA = 2346794, 8659836  # ids of the package data's Borno state and Konduga LGA


def _geoname(gid: int, name: str, alternates: str, lat: float, lon: float, fclass: str,
             fcode: str, admin1: str, admin2: str, population: int = 0) -> str:
    # The 19 columns of the geoname table, tab-separated, as in allCountries.txt.
    cols = [str(gid), name, name, alternates, f"{lat}", f"{lon}", fclass, fcode, "NG", "",
            admin1, admin2, "", "", str(population), "", "300", "Africa/Lagos", "2024-01-01"]
    return "\t".join(cols) + "\n"


@pytest.fixture
def dump(tmp_path: Path) -> list[Path]:
    country = tmp_path / "NG.zip"
    with zipfile.ZipFile(country, "w") as z:
        z.writestr("readme.txt", "not data\n")
        z.writestr("NG.txt", "".join([
            _geoname(99990002, "Malari Gana", "Malari-Gana,Малари", 12.05, 13.52, "P", "PPL",
                     "27", "9999001"),
            _geoname(99990003, "Dalori Kura", "", 11.79, 13.21, "P", "PPLX", "27", "8659836"),
            _geoname(99990004, "Yelwari Hills", "", 12.0, 13.6, "T", "HLL", "27", ""),
            _geoname(99990001, "Yelwari", "", 12.1, 13.5, "A", "ADM2", "27", "9999001"),
        ]))
    admin1 = tmp_path / "admin1CodesASCII.txt"
    admin1.write_text(f"NG.27\tBorno\tBorno\t{BORNO}\n", "utf-8")
    admin2 = tmp_path / "admin2Codes.txt"
    admin2.write_text(f"NG.27.8659836\tKonduga\tKonduga\t{KONDUGA}\n"
                      "NG.27.9999001\tYelwari\tYelwari\t99990001\n", "utf-8")
    alternates = tmp_path / "alternateNamesV2.zip"
    with zipfile.ZipFile(alternates, "w") as z:
        z.writestr("alternateNamesV2.txt", "".join([
            "1\t99990002\ten\tMalarigana\t\t\t\t\t\t\n",
            "2\t99990002\tlink\thttps://example.org/Malari\t\t\t\t\t\t\n",
            "3\t42424242\ten\tNowhere Known\t\t\t\t\t\t\n",
        ]))
        z.writestr("iso-languagecodes.txt", "ignored\n")
    return [alternates, country, admin1, admin2]  # alternate names listed first on purpose


@pytest.fixture
def isolated_store(tmp_path: Path, monkeypatch: pytest.MonkeyPatch):
    monkeypatch.setenv("STRIFE_DATA_DIR", str(tmp_path / "data"))
    load_gazetteer.cache_clear()
    yield tmp_path / "data" / "geonames"
    load_gazetteer.cache_clear()  # later tests get the package-only gazetteer again


def test_import_adds_villages_divisions_and_names(dump, isolated_store):
    runner = CliRunner()
    result = runner.invoke(app, ["gazetteer", "import", *map(str, dump)])
    assert result.exit_code == 0, result.output
    assert "NG.zip: 3 rows kept" in result.output  # the hill is not a populated place
    gaz = load_gazetteer()
    resolver = PlaceResolver(gaz)
    village = resolver.lookup("Malari Gana")
    assert village is not None and village.country_code == "NG" and village.admin1 == "Borno"
    assert village.geonames_id == 99990002 and abs(village.lat - 12.05) < 1e-6
    alias = resolver.lookup("Malarigana")
    assert alias is not None and alias.geonames_id == 99990002
    assert resolver.lookup("Nowhere Known") is None
    [(row, _)] = [(r, m) for r, m in gaz.lookup("dalori kura")]
    assert gaz.geonames_ids[gaz.admin2[row]] == KONDUGA
    [(village_row, _)] = gaz.lookup("malari gana")
    district = gaz.admin2[village_row]
    assert gaz.names[district] == "Yelwari" and gaz.geonames_ids[gaz.admin1[district]] == BORNO
    assert (gaz.lats[district], gaz.lons[district]) == (12.1, 13.5)  # the dump's own point

    info = runner.invoke(app, ["gazetteer", "info"])
    assert info.exit_code == 0 and "NG: 3 rows of places" in info.output
    again = runner.invoke(app, ["gazetteer", "import", str(dump[1])])
    assert again.exit_code == 0 and "already imported" in again.output


def test_import_refuses_a_file_it_does_not_know(tmp_path, isolated_store):
    stray = tmp_path / "notes.csv"
    stray.write_text("a,b\n", "utf-8")
    result = CliRunner().invoke(app, ["gazetteer", "import", str(stray)])
    assert result.exit_code == 2
    assert result.output.count("\n") == 1 and "not a GeoNames dump" in result.output
    missing = CliRunner().invoke(app, ["gazetteer", "import", str(tmp_path / "XX.zip")])
    assert missing.exit_code == 2 and "no such file" in missing.output
    broken = tmp_path / "AF.zip"
    broken.write_bytes(b"not a zip")
    result = CliRunner().invoke(app, ["gazetteer", "import", str(broken)])
    assert result.exit_code == 2 and "not a readable zip" in result.output
    assert not (isolated_store / "places-AF.tsv").exists()
