"""Reading articles: title, date line, dateline, trailing URL, ids; HTML and JSON Lines."""

from __future__ import annotations

import json
from datetime import date

import pytest

from strife.errors import InputError
from strife.ingest import iter_documents
from strife.ingest.documents import (
    document_from_plain_text,
    document_id,
    find_dateline,
    parse_date_line,
)

ARTICLE = """Bomb Hits Market In Northern Town

March 4, 2019

KANO, Nigeria (Wire) — A bomb exploded at a crowded market on Sunday, killing six people,
police said.

Original url:

https://news.example.test/2019/03/04/market-
bomb
"""


def test_plain_text_parts():
    doc = document_from_plain_text(ARTICLE)
    assert doc.title == "Bomb Hits Market In Northern Town"
    assert doc.published == date(2019, 3, 4)
    assert doc.dateline == "KANO, Nigeria"
    assert doc.url == "https://news.example.test/2019/03/04/market-bomb"
    assert doc.source == "news.example.test"
    assert doc.text == ARTICLE


def test_given_publication_date_wins():
    doc = document_from_plain_text(ARTICLE, published=date(2019, 3, 5))
    assert doc.published == date(2019, 3, 5)


def test_id_ignores_whitespace_differences_only():
    assert document_id("Gunmen  killed\ntwo people.") == document_id("Gunmen killed two people.")
    assert document_id("Gunmen killed two people.") != document_id("Gunmen killed three people.")


@pytest.mark.parametrize(
    ("line", "expected"),
    [
        ("November 13, 2011", date(2011, 11, 13)),
        ("13 Nov 2011", date(2011, 11, 13)),
        ("2011-11-13", date(2011, 11, 13)),
        ("Sunday, November 13, 2011", date(2011, 11, 13)),
        ("The attack came on November 13, 2011", None),
        ("February 30, 2011", None),
    ],
)
def test_date_lines(line, expected):
    assert parse_date_line(line) == expected


@pytest.mark.parametrize(
    ("body", "expected"),
    [
        ("MOGADISHU, Somalia — Gunmen attacked a hotel.", "MOGADISHU, Somalia"),
        ("PESHAWAR (Reuters) - A blast hit a mosque.", "PESHAWAR"),
        ("Gunmen attacked a hotel in Mogadishu on Monday.", None),
        ("Police said - without giving details - that two died.", None),
    ],
)
def test_datelines(body, expected):
    assert find_dateline(body) == expected


def test_jsonl_keeps_ids_and_order(tmp_path):
    path = tmp_path / "batch.jsonl"
    rows = [
        {"id": "b-2", "text": "Gunmen killed two police officers in Kabul on Monday.",
         "published": "2020-01-08"},
        {"id": "a-1", "text": "A bomb exploded outside a bank in Quetta, wounding five people.",
         "title": "Quetta blast", "url": "https://x.example.test/q"},
    ]
    path.write_text("\n".join(json.dumps(r) for r in rows) + "\n")
    items = list(iter_documents([str(path)]))
    assert [i.document.id for i in items] == ["b-2", "a-1"]
    assert items[0].document.published == date(2020, 1, 8)
    assert items[1].document.title == "Quetta blast"
    assert items[1].document.source == "x.example.test"


def test_html_article(tmp_path):
    path = tmp_path / "page.html"
    path.write_text(
        "<html><head><title>Blast in Quetta</title></head><body><nav>Home | World</nav>"
        "<article><h1>Blast in Quetta</h1><p>A bomb exploded outside a bank in Quetta on "
        "Tuesday, wounding five people, police said. Nobody claimed responsibility for the "
        "attack, which damaged several shops and cars parked along the busy street.</p>"
        "<p>The provincial government ordered an inquiry into the security lapse.</p></article>"
        "<footer>Copyright</footer></body></html>"
    )
    [item] = list(iter_documents([str(path)]))
    assert item.error is None
    assert "A bomb exploded outside a bank in Quetta" in item.document.text
    assert "Copyright" not in item.document.text
    assert item.document.title == "Blast in Quetta"


def test_not_english_is_refused(tmp_path):
    path = tmp_path / "es.txt"
    path.write_text(
        "Hombres armados atacaron una comisaría en la ciudad el martes por la noche, matando a "
        "dos agentes e hiriendo a otras tres personas, según las autoridades locales."
    )
    [item] = list(iter_documents([str(path)]))
    assert isinstance(item.error, InputError)
    assert "English" in str(item.error)
