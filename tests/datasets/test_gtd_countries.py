"""GTD's own country names (country_txt) find their ISO code, including the names GTD uses that
are not a state's short name, so imported rows block merges and group alerts by country."""

from __future__ import annotations

import pytest

from strife.datasets.places import Placer
from strife.geo import PlaceResolver

GTD_NAMES = {
    "West Bank and Gaza Strip": "PS",
    "Democratic Republic of the Congo": "CD",
    "Republic of the Congo": "CG",
    "Ivory Coast": "CI",
    "Bosnia-Herzegovina": "BA",
    "Macedonia": "MK",
    "East Timor": "TL",
    "Swaziland": "SZ",
    "People's Republic of China": "CN",
    "Myanmar": "MM",
    "Kosovo": "XK",
    "Serbia-Montenegro": "RS",
    "West Germany (FRG)": "DE",
    "Soviet Union": "RU",
    "Slovak Republic": "SK",
}


@pytest.mark.parametrize(("name", "code"), sorted(GTD_NAMES.items()))
def test_gtd_country_names_get_their_code(resolver: PlaceResolver, name: str, code: str) -> None:
    found = Placer(resolver).country(name)
    assert found is not None and found.country_code == code


def test_a_region_is_not_taken_for_a_country(resolver: PlaceResolver) -> None:
    assert Placer(resolver).country("International") is None
