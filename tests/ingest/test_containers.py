"""Inputs holding many documents: directories, RSS/Atom feeds (file and URL), WARC archives."""

from __future__ import annotations

import gzip
import http.server
import io
import threading
from collections.abc import Iterator
from pathlib import Path

import pytest
from warcio.statusandheaders import StatusAndHeaders
from warcio.warcwriter import WARCWriter

from strife.ingest import iter_documents
from strife.ingest.items import ReadItem

BODY = (
    "Gunmen opened fire on a police post in {place} on Saturday, killing two officers, police said."
)


def read(*paths: str) -> list[ReadItem]:
    return list(iter_documents(list(paths)))


def test_a_directory_is_read_recursively_in_order_skipping_hidden_files(tmp_path: Path) -> None:
    (tmp_path / "b" / "deeper").mkdir(parents=True)
    (tmp_path / ".git").mkdir()
    (tmp_path / "a.txt").write_text("Attack in Taraz\n\n" + BODY.format(place="Taraz"))
    (tmp_path / "b" / "deeper" / "c.html").write_text(
        "<html><head><title>Atyrau</title></head><body><article><p>"
        + BODY.format(place="Atyrau")
        + " "
        + BODY.format(place="Aktobe")
        + "</p></article></body></html>"
    )
    (tmp_path / ".git" / "HEAD.txt").write_text("not an article")
    (tmp_path / ".notes.txt").write_text("not an article")
    (tmp_path / "photo.jpg").write_bytes(b"\xff\xd8\xff")
    items = read(str(tmp_path))
    assert [Path(i.label).name for i in items] == ["a.txt", "c.html"]
    assert all(i.document is not None for i in items)
    assert "Aktobe" in items[1].document.text  # type: ignore[union-attr]


def test_an_empty_directory_is_one_failure(tmp_path: Path) -> None:
    (item,) = read(str(tmp_path))
    assert item.error is not None and "no article files" in str(item.error)


FEED = """<?xml version="1.0" encoding="utf-8"?>
<rss version="2.0"><channel><title>Wire</title><link>https://wire.example/</link>
<description>World news</description>
<item><title>Attack on police post</title><link>https://wire.example/taraz</link>
<pubDate>Sun, 13 Nov 2011 08:00:00 GMT</pubDate>
<description>&lt;p&gt;{first}&lt;/p&gt;
&lt;p&gt;The attacker was &lt;b&gt;killed&lt;/b&gt;.&lt;/p&gt;</description>
</item>
<item><title>Nothing here</title><link>https://wire.example/empty</link><description></description></item>
</channel></rss>
""".replace("{first}", BODY.format(place="Taraz"))


def check_feed(items: list[ReadItem]) -> None:
    first, empty = items
    doc = first.document
    assert doc is not None
    assert doc.title == "Attack on police post" and doc.url == "https://wire.example/taraz"
    assert str(doc.published) == "2011-11-13" and doc.source == "wire.example"
    # Paragraphs stay apart, markup and entities are gone.
    assert doc.text.endswith("police said.\n\nThe attacker was killed.\n")
    assert empty.error is not None and "holds no text" in str(empty.error)


def test_an_rss_file_gives_one_document_per_entry(tmp_path: Path) -> None:
    path = tmp_path / "wire.rss"
    path.write_text(FEED)
    check_feed(read(str(path)))


@pytest.fixture
def feed_server() -> Iterator[str]:
    class Handler(http.server.BaseHTTPRequestHandler):
        def do_GET(self) -> None:  # noqa: N802 - the standard library's name
            status = 200 if self.path == "/feed.xml" else 404
            self.send_response(status)
            self.send_header("Content-Type", "application/rss+xml")
            self.end_headers()
            if status == 200:
                self.wfile.write(FEED.encode())

        def log_message(self, *args: object) -> None:
            return None

    server = http.server.ThreadingHTTPServer(("127.0.0.1", 0), Handler)
    thread = threading.Thread(target=server.serve_forever, daemon=True)
    thread.start()
    yield f"http://127.0.0.1:{server.server_address[1]}"
    server.shutdown()
    server.server_close()


def test_a_feed_url_is_fetched(feed_server: str) -> None:
    check_feed(read(f"{feed_server}/feed.xml"))
    (missing,) = read(f"{feed_server}/gone.xml")
    assert missing.error is not None and "answered 404" in str(missing.error)


def test_a_file_that_is_not_a_feed_is_one_failure(tmp_path: Path) -> None:
    path = tmp_path / "config.xml"
    path.write_text("<config><value>1</value></config>")
    (item,) = read(str(path))
    assert item.error is not None and "not an RSS/Atom feed" in str(item.error)


def warc_record(
    writer: WARCWriter,
    uri: str,
    body: bytes,
    content_type: str,
    status: str = "200 OK",
    kind: str = "response",
) -> None:
    headers = StatusAndHeaders(status, [("Content-Type", content_type)], protocol="HTTP/1.1")
    writer.write_record(
        writer.create_warc_record(uri, kind, payload=io.BytesIO(body), http_headers=headers)
    )


def page(place: str) -> bytes:
    text = BODY.format(place=place)
    return (
        f"<html><head><title>Attack in {place}</title></head><body><article>"
        f"<h1>Attack in {place}</h1><p>{text}</p><p>{text}</p></article></body></html>"
    ).encode()


def test_a_warc_gives_one_document_per_html_response(tmp_path: Path) -> None:
    path = tmp_path / "crawl.warc.gz"
    with path.open("wb") as out:
        writer = WARCWriter(out, gzip=True)
        warc_record(writer, "https://news.example/taraz", page("Taraz"), "text/html; charset=utf-8")
        warc_record(writer, "https://news.example/logo.png", b"\x89PNG", "image/png")
        warc_record(writer, "https://news.example/gone", page("Osh"), "text/html", "404 Not Found")
        warc_record(writer, "https://news.example/atyrau", page("Atyrau"), "text/html")
    items = read(str(path))
    assert [i.document.url for i in items if i.document] == [  # type: ignore[union-attr]
        "https://news.example/taraz",
        "https://news.example/atyrau",
    ]
    assert all(i.error is None for i in items)
    assert "police post in Atyrau" in items[1].document.text  # type: ignore[union-attr]
    assert items[1].document.published is not None  # type: ignore[union-attr]  # crawl date


@pytest.mark.parametrize(
    "content",
    [b"just some plain text\n", gzip.compress(b"WARC/1.0\r\nWARC-Type: response\r\n")],
)
def test_a_broken_warc_is_one_failure(tmp_path: Path, content: bytes) -> None:
    path = tmp_path / "broken.warc.gz"
    path.write_bytes(content)
    (item,) = read(str(path))
    assert item.error is not None and "not a readable WARC file" in str(item.error)
