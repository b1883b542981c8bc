"""``strife import``: idempotent, bad rows skipped, one dataset never merges with itself, and
imported incidents merge with news reports of the same event in either order of arrival."""

from __future__ import annotations

import hashlib
from datetime import date

import pytest
from typer.testing import CliRunner

from strife.cli import app
from strife.datasets.importer import import_dataset
from strife.models import Count, DateRange, Document, Incident, Location, Result

BAGHDAD = {"country_txt": "Iraq", "provstate": "Baghdad", "city": "Baghdad",
           "latitude": "33.34", "longitude": "44.40"}  # fmt: skip


def gtd(eventid: str, day: int = 3, **cells: str) -> dict[str, str]:
    return {"eventid": eventid, "iyear": "2016", "imonth": "5", "iday": str(day), **BAGHDAD,
            "attacktype1_txt": "Bombing/Explosion", "targtype1_txt": "Private Citizens & Property",
            "weaptype1_txt": "Explosives", "gname": "Unknown", "nkill": "7", "nwound": "20",
            "summary": "A car bomb exploded at a market in Baghdad, killing seven people.",
            **cells}  # fmt: skip


def news_report() -> Result:
    text = ("BAGHDAD, May 4 - A car bomb exploded at a crowded market in Baghdad on Tuesday, "
            "killing seven people and wounding twenty, police said.")  # fmt: skip
    doc = Document(id=hashlib.sha256(text.encode()).hexdigest(), url="https://news.example/1",
                   source="news.example", published=date(2016, 5, 4), text=text)  # fmt: skip
    incident = Incident(
        id="news-1",
        date=DateRange(start=date(2016, 5, 3), end=date(2016, 5, 3), precision="day"),
        location=Location(name="Baghdad", city="Baghdad", admin1="Baghdad", country="Iraq",
                          country_code="IQ", lat=33.34, lon=44.40, precision="city"),
        attack_types=["Bombing/Explosion"], weapon_types=["Explosives"],
        target_types=["Private Citizens & Property"], killed=Count(total=7),
        wounded=Count(total=20), summary="A car bomb exploded at a market in Baghdad.",
    )  # fmt: skip
    return Result(document=doc, incidents=[incident])


def test_reimport_adds_nothing(store, resolver, write_csv):
    path = write_csv([gtd("201605030001"), gtd("201605040002", day=4, city="Mosul")])
    first = import_dataset(store, "gtd", path, resolver)
    again = import_dataset(store, "gtd", path, resolver)
    assert (first.new, again.new, again.present) == (2, 0, 2)
    assert store.stats()["incidents"] == 2


def test_rows_of_one_dataset_never_merge(store, resolver, write_csv):
    # Two attacks coded alike, same city and day: GTD says they are two, so they stay two.
    path = write_csv([gtd("201605030001"), gtd("201605030002")])
    summary = import_dataset(store, "gtd", path, resolver)
    assert (summary.new, summary.merged) == (2, 0)
    ids = {i.id for i in store.iter_incidents()}
    assert ids == {"201605030001", "201605030002"}
    assert store.get_incident("201605030001").sources[0].document_id == "gtd:201605030001"


def test_a_news_report_after_the_import_becomes_a_second_source(store, resolver, write_csv):
    import_dataset(store, "gtd", write_csv([gtd("201605030001")]), resolver)
    outcome = store.add_result(news_report())
    assert (outcome.incidents_new, outcome.incidents_merged) == (0, 1)
    record = store.get_incident("201605030001")
    assert sorted(s.source or "" for s in record.sources) == ["GTD", "news.example"]


def test_an_import_after_the_news_report_merges_into_it(store, resolver, write_csv):
    store.add_result(news_report())
    summary = import_dataset(store, "gtd", write_csv([gtd("201605030001")]), resolver)
    assert (summary.new, summary.merged) == (0, 1)
    (record,) = list(store.iter_incidents())
    assert sorted(s.source or "" for s in record.sources) == ["GTD", "news.example"]


def test_a_second_gtd_row_does_not_join_a_record_holding_one(store, resolver, write_csv):
    store.add_result(news_report())
    path = write_csv([gtd("201605030001"), gtd("201605030002")])
    summary = import_dataset(store, "gtd", path, resolver)
    assert (summary.new, summary.merged) == (1, 1)


def test_bad_rows_are_listed_and_skipped(store, resolver, write_csv):
    rows = [gtd("1"), gtd("2", imonth="14"), gtd("3", nkill="many"), gtd("", day=5),
            gtd("4", latitude="123", longitude="44")]  # fmt: skip
    summary = import_dataset(store, "gtd", write_csv(rows), resolver)
    assert summary.new == 1 and summary.bad_count == 4
    assert summary.bad[0] == "row 3 (2): date 2016-14 is not a date"
    assert any("nkill 'many' is not a number" in line for line in summary.bad)
    assert any("latitude 123" in line for line in summary.bad)
    assert all("\n" not in line for line in summary.bad)


def test_acled_rows_map_to_gtd_types_and_protests_are_skipped(store, resolver, write_csv):
    rows = [
        {"event_id_cnty": "IRQ100", "event_date": "04 May 2016",
         "event_type": "Explosions/Remote violence", "sub_event_type": "Suicide bomb",
         "actor1": "Some Armed Group", "country": "Iraq", "admin1": "Baghdad",
         "location": "Baghdad", "latitude": "33.3", "longitude": "44.4", "fatalities": "0",
         "notes": "A man detonated a vest.", "source": "Outlet"},
        {"event_id_cnty": "IRQ101", "event_date": "2016-05-05", "event_type": "Protests",
         "sub_event_type": "Peaceful protest", "country": "Iraq", "fatalities": "0"},
    ]  # fmt: skip
    summary = import_dataset(store, "acled", write_csv(rows), resolver)
    assert (summary.new, summary.out_of_scope) == (1, 1)
    record = store.get_incident("IRQ100")
    assert record.attack_types == ["Bombing/Explosion"] and record.suicide is True
    assert record.killed.total == 0 and record.date.start == date(2016, 5, 4)
    assert record.sources[0].document_id == "acled:IRQ100"
    assert record.sources[0].title == "ACLED IRQ100 (Outlet)"


def test_cli_reports_a_wrong_file_in_one_line(tmp_path, write_csv):
    runner = CliRunner()
    db = f"sqlite:///{tmp_path / 'x.db'}"
    acled_file = write_csv([{"event_date": "2016-01-01", "event_type": "Battles",
                             "country": "Iraq"}])  # fmt: skip
    result = runner.invoke(app, ["import", "gtd", acled_file, "--db", db])
    assert result.exit_code == 2
    assert "not a CSV export of GTD: no column eventid" in result.output
    assert "Traceback" not in result.output
    binary = tmp_path / "b.csv"
    binary.write_bytes(b"eventid,iyear\n\x00\x01\x02")
    result = runner.invoke(app, ["import", "gtd", str(binary), "--db", db])
    assert result.exit_code == 2 and "binary data" in result.output


def test_cli_refuses_a_database_it_cannot_open(tmp_path, write_csv):
    path = write_csv([gtd("1")])
    result = CliRunner().invoke(app, ["import", "gtd", path, "--db", "mysql://nowhere/x"])
    assert result.exit_code != 0 and result.output.count("\n") == 1


@pytest.mark.parametrize("encoding", ["utf-8", "cp1252"])
def test_gtds_own_encoding_is_read(store, resolver, tmp_path, encoding):
    path = tmp_path / "enc.csv"
    path.write_bytes("eventid,iyear,country_txt,city,summary\n7,2016,Iraq,Baghdad,Café attack\n"
                     .encode(encoding))  # fmt: skip
    import_dataset(store, "gtd", str(path), resolver)
    assert store.get_incident("7").summary == "Café attack"
