"""`newsweave watch` on RSS/Atom feeds, without a network: a stub HTTP server on the loopback
serves a feed and its articles; polls fetch only new entries, a restart repeats nothing, and a
feed that cannot be fetched is one error line while the rest of the poll goes on."""

from __future__ import annotations

import threading
from collections.abc import Iterator
from http.server import BaseHTTPRequestHandler, ThreadingHTTPServer
from pathlib import Path
from typing import Any

import pytest

from newsweave import api
from newsweave.ingest.feeds import feed_entries, looks_like_feed
from newsweave.model import Article, ArticleAnalysis, IngestError
from newsweave.store import Store

PAGE = ("<html><head><title>{title}</title></head><body><article><h1>{title}</h1>"
        "<p>{body}</p></article></body></html>")
BODIES = {
    "/a1.html": ("Harbour reopens", "The harbour authority of Port Velland reopened the "
                 "northern quay on Tuesday after repairs that lasted four months. Fishing "
                 "crews said the delay had cost them most of the winter season."),
    "/a2.html": ("Council votes on bridge", "The Velland town council voted seven to two "
                 "to rebuild the old rail bridge, a project the mayor called overdue. "
                 "Work is expected to start in the spring and to last two years."),
    "/a3.html": ("Ferry timetable changes", "The ferry between Velland and Oster Island "
                 "will sail twice a day from next month, the operator announced. Islanders "
                 "had asked for an earlier morning crossing for years."),
}


def rss(items: list[str]) -> str:
    entries = "".join(
        f"<item><title>{BODIES[p][0]}</title><link>{{base}}{p}</link><guid>{{base}}{p}</guid>"
        f"<pubDate>Tue, 0{i + 1} Mar 2016 10:00:00 GMT</pubDate></item>"
        for i, p in enumerate(items))
    return ('<?xml version="1.0" encoding="utf-8"?><rss version="2.0"><channel>'
            f"<title>Velland Daily</title><link>{{base}}/</link>{entries}</channel></rss>")


class FeedServer:
    """A loopback HTTP server: the feed at /feed.xml and the article pages; counts requests."""

    def __init__(self) -> None:
        self.items = ["/a1.html", "/a2.html"]
        self.requests: list[str] = []
        server = self

        class Handler(BaseHTTPRequestHandler):
            def do_GET(self) -> None:
                server.requests.append(self.path)
                base = f"http://127.0.0.1:{server.port}"
                if self.path == "/feed.xml":
                    body = rss(server.items).replace("{base}", base)
                    kind = "application/rss+xml"
                elif self.path in BODIES:
                    title, text = BODIES[self.path]
                    body, kind = PAGE.format(title=title, body=text), "text/html"
                else:
                    self.send_error(404)
                    return
                data = body.encode("utf-8")
                self.send_response(200)
                self.send_header("Content-Type", kind)
                self.send_header("Content-Length", str(len(data)))
                self.end_headers()
                self.wfile.write(data)

            def log_message(self, *args: Any) -> None:
                pass

        self.httpd = ThreadingHTTPServer(("127.0.0.1", 0), Handler)
        self.port = self.httpd.server_address[1]
        self.url = f"http://127.0.0.1:{self.port}/feed.xml"
        threading.Thread(target=self.httpd.serve_forever, daemon=True).start()

    def close(self) -> None:
        self.httpd.shutdown()
        self.httpd.server_close()


@pytest.fixture()
def feed_server() -> Iterator[FeedServer]:
    server = FeedServer()
    yield server
    server.close()


def no_records(articles: list[Article]) -> list[Any]:
    """A stand-in analyzer (no spaCy): each article analysed, with no records."""
    from newsweave.extract import analyzer_version

    return [(a, ArticleAnalysis(article_id=a.article_id, analyzer_version=analyzer_version()),
             None) for a in articles]


def test_feeds_are_told_from_pages() -> None:
    assert looks_like_feed(b'<?xml version="1.0"?>\n<rss version="2.0"><channel/></rss>')
    assert looks_like_feed(b'<feed xmlns="http://www.w3.org/2005/Atom"><title>x</title></feed>')
    assert looks_like_feed(b"<x/>", "application/atom+xml")
    assert not looks_like_feed(b"<!doctype html><html><body><p>A feed of news</p></body></html>")
    assert not looks_like_feed(b"Plain text that mentions <rss> in passing? no: no root")


def test_feed_entries_have_stable_keys_links_and_dates() -> None:
    xml = rss(["/a1.html", "/a2.html"]).replace("{base}", "http://example.test").encode()
    entries = feed_entries("http://example.test/feed.xml", xml)
    assert not isinstance(entries, IngestError)
    assert [e.link for e in entries] == ["http://example.test/a1.html",
                                         "http://example.test/a2.html"]
    assert entries[0].published == "2016-03-01" and entries[0].title == "Harbour reopens"
    again = feed_entries("http://example.test/feed.xml", xml)
    assert not isinstance(again, IngestError)
    assert [e.key for e in again] == [e.key for e in entries]
    assert isinstance(feed_entries("x.rss", b"\x00\x01 not xml at all"), IngestError)


def test_watching_a_feed_ingests_new_entries_once(feed_server: FeedServer,
                                                  tmp_path: Path) -> None:
    db = tmp_path / "feed.duckdb"
    with Store(db) as store:
        first = api.watch_once(store, [feed_server.url], analyzer=no_records)
        assert first.report.new_articles == 2 and not first.report.errors
        titles = {a.title for a in store.articles()}
        assert titles == {"Harbour reopens", "Council votes on bridge"}
        feed_server.requests.clear()
        second = api.watch_once(store, [feed_server.url], analyzer=no_records)
        assert second.report.new_articles == 0 and not second.linked
        assert feed_server.requests == ["/feed.xml"]  # known entries are not fetched again
        feed_server.items.append("/a3.html")
        feed_server.requests.clear()
        third = api.watch_once(store, [feed_server.url], analyzer=no_records)
        assert third.report.new_articles == 1 and third.linked
        assert feed_server.requests == ["/feed.xml", "/a3.html"]


def test_a_watch_killed_before_marking_its_entries_repeats_nothing(
        feed_server: FeedServer, tmp_path: Path) -> None:
    db = tmp_path / "feed.duckdb"
    with Store(db) as store:
        api.watch_once(store, [feed_server.url], analyzer=no_records)
        store.con.execute("DELETE FROM feed_entries")  # killed after its ingest committed
        again = api.watch_once(store, [feed_server.url], analyzer=no_records)
        assert again.report.new_articles == 0 and again.report.already_stored == 2
        assert store.article_count() == 2


def test_a_feed_that_cannot_be_fetched_is_one_line_and_the_poll_goes_on(
        feed_server: FeedServer, tmp_path: Path) -> None:
    inbox = tmp_path / "inbox"
    inbox.mkdir()
    (inbox / "note.txt").write_text("The Velland library extended its opening hours to "
                                    "eight in the evening on weekdays, the town said.\n")
    feed_server.close()  # the network is gone
    lines: list[str] = []
    with Store(tmp_path / "w.duckdb") as store:
        poll = api.watch_once(store, [feed_server.url, str(inbox)], analyzer=no_records,
                              on_error=lambda err: lines.append(err.line()))
        assert poll.report.new_articles == 1
        assert len(lines) == 1 and feed_server.url in lines[0] and "cannot fetch" in lines[0]
        assert "\n" not in lines[0]
        assert [e.source for e in store.errors()] == [feed_server.url]


def test_a_local_feed_file_is_watched_like_a_feed_url(feed_server: FeedServer,
                                                      tmp_path: Path) -> None:
    base = f"http://127.0.0.1:{feed_server.port}"
    local = tmp_path / "velland.rss"
    local.write_text(rss(["/a2.html"]).replace("{base}", base), encoding="utf-8")
    with Store(tmp_path / "l.duckdb") as store:
        poll = api.watch_once(store, [str(local)], analyzer=no_records)
        assert poll.report.new_articles == 1
        assert [a.title for a in store.articles()] == ["Council votes on bridge"]
