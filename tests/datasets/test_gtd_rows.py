"""Reading GTD cells as the GTD codebook means them."""

from __future__ import annotations

from datetime import date

import pytest

from strife.datasets.gtd import gtd_date, gtd_row, vocabulary
from strife.datasets.places import Placer
from strife.datasets.values import BadValue, count, flag
from strife.models import WEAPON_TYPES


def test_a_full_date_is_day_precise():
    got = gtd_date({"iyear": "2017", "imonth": "3", "iday": "9"})
    assert (got.start, got.end, got.precision) == (date(2017, 3, 9), date(2017, 3, 9), "day")


def test_day_zero_means_the_day_is_unknown():
    got = gtd_date({"iyear": "2016", "imonth": "2", "iday": "0"})
    assert (got.start, got.end, got.precision) == (date(2016, 2, 1), date(2016, 2, 29), "month")


def test_month_zero_means_only_the_year_is_known():
    got = gtd_date({"iyear": "2018", "imonth": "0", "iday": "0", "approxdate": ""})
    assert (got.start, got.end, got.precision) == (date(2018, 1, 1), date(2018, 12, 31), "year")


def test_a_best_guess_day_with_approxdate_is_approximate():
    got = gtd_date({"iyear": "2016", "imonth": "5", "iday": "14", "approxdate": "mid-May 2016"})
    assert got.precision == "approximate" and got.start == date(2016, 5, 14)


def test_an_approximate_range_is_read_back():
    got = gtd_date({"iyear": "2016", "imonth": "0", "iday": "0",
                    "approxdate": "2016-04-28 to 2016-05-03"})  # fmt: skip
    assert (got.start, got.end, got.precision) == (
        date(2016, 4, 28), date(2016, 5, 3), "approximate")  # fmt: skip


@pytest.mark.parametrize("cells", [{"iyear": "2016", "imonth": "13", "iday": "1"},
                                   {"iyear": "2015", "imonth": "2", "iday": "30"},
                                   {"iyear": "two thousand"}])  # fmt: skip
def test_impossible_dates_are_bad_values(cells):
    with pytest.raises(BadValue):
        gtd_date(cells)


@pytest.mark.parametrize("raw", ["-99", "-9", "", "  "])
def test_unknown_codes_are_none(raw):
    assert count(raw, "nkill") is None
    assert flag(raw, "suicide") is None


def test_counts_may_be_written_as_floats():
    assert count("12.0", "nkill") == 12


def test_the_long_vehicle_label_is_vehicle():
    long = "Vehicle (not to include vehicle-borne explosives, i.e., car or truck bombs)"
    assert vocabulary(long, WEAPON_TYPES) == "Vehicle"


class NoPlaces:
    def lookup(self, name, country_code=None):
        return None


def test_unknown_group_names_no_perpetrator_and_claims_follow_claimed():
    row = {"eventid": "1", "iyear": "2016", "gname": "Unknown", "claimed": "-9"}
    assert gtd_row(row, Placer(NoPlaces())).incident.perpetrators == []
    row = {"eventid": "2", "iyear": "2016", "gname": "Some Front", "claimed": "1"}
    incident = gtd_row(row, Placer(NoPlaces())).incident
    assert [p.name for p in incident.perpetrators] == ["Some Front"]
    assert incident.perpetrators[0].claimed and incident.claimed_by == ["Some Front"]


def test_a_row_without_coordinates_is_placed_at_its_city(resolver):
    row = {"eventid": "3", "iyear": "2016", "imonth": "1", "iday": "2", "country_txt": "Iraq",
           "provstate": "Kirkuk", "city": "Kirkuk", "latitude": "", "longitude": ""}
    where = gtd_row(row, Placer(resolver)).incident.location
    assert where.country_code == "IQ" and where.precision == "city"
    assert where.lat == pytest.approx(35.47, abs=0.2) and where.lon == pytest.approx(44.39, abs=0.2)


def test_an_unknown_city_falls_back_to_the_province_then_the_country(resolver):
    row = {"eventid": "4", "iyear": "2016", "country_txt": "Afghanistan",
           "provstate": "Nangarhar", "city": "Unknown"}
    where = gtd_row(row, Placer(resolver)).incident.location
    assert (where.country_code, where.precision, where.city) == ("AF", "admin1", None)
    row = {"eventid": "5", "iyear": "2016", "country_txt": "Afghanistan", "city": "Qqzzxx"}
    assert gtd_row(row, Placer(resolver)).incident.location.precision == "country"


def test_coordinates_given_are_kept(resolver):
    row = {"eventid": "6", "iyear": "2016", "country_txt": "Iraq", "city": "Baghdad",
           "latitude": "33.1", "longitude": "44.2"}
    where = gtd_row(row, Placer(resolver)).incident.location
    assert (where.lat, where.lon, where.country_code) == (33.1, 44.2, "IQ")
