"""Ingest inputs and bad inputs: each bad input is one IngestError naming it; the run goes on."""

from __future__ import annotations

import gzip
import http.server
import json
import socket
import threading
from collections.abc import Iterator
from pathlib import Path
from typing import Any

import pytest

from newsweave.ingest import ingest
from newsweave.model import Article, IngestError

BODY = ("The harbour authority said on Tuesday that the new ferry line would open in spring. "
        "Officials expect about two thousand passengers a day once the service is running.")
SECOND = ("Local shop owners welcomed the plan, saying the old crossing had been closed for "
          "repairs far too often over the past three winters.")


def _split(items: list[Article | IngestError]) -> tuple[list[Article], list[IngestError]]:
    return ([i for i in items if isinstance(i, Article)],
            [i for i in items if isinstance(i, IngestError)])


def _good(tmp_path: Path) -> Path:
    path = tmp_path / "good.txt"
    path.write_text(f"Ferry line to open in spring\n\n{BODY}\n\n{SECOND}\n", "utf-8")
    return path


@pytest.mark.parametrize("name,data,reason", [
    ("empty.txt", b"", "empty file"),
    ("blank.txt", b"  \n\t \r\n ", "empty file"),
    ("report.pdf", b"%PDF-1.4\n%\xe2\xe3\xcf\xd3\n1 0 obj\n<< /Type /Catalog >>\nendobj\n",
     "binary file (PDF document), not text"),
    ("story.txt", b"%PDF-1.7\n" + bytes(range(256)) * 4, "binary file (PDF document)"),
    ("photo.png", b"\x89PNG\r\n\x1a\n\x00\x00\x00\rIHDR" + b"\x00" * 64, "PNG image"),
    ("bundle.zip", b"PK\x03\x04\x14\x00\x00\x00\x08\x00" + b"\x00" * 40, "zip archive"),
    ("nul.txt", b"Some text\x00\x00\x00with NUL bytes inside\x00", "NUL bytes"),
])
def test_bad_file_is_one_error_and_the_run_goes_on(tmp_path: Path, name: str, data: bytes,
                                                   reason: str) -> None:
    bad = tmp_path / name
    bad.write_bytes(data)
    good = _good(tmp_path)
    articles, errors = _split(list(ingest([str(bad), str(good)])))
    assert len(errors) == 1 and len(articles) == 1
    assert errors[0].source == str(bad)
    assert reason in errors[0].reason
    assert errors[0].line().startswith(f"{bad}: ")
    assert "\n" not in errors[0].line()
    assert articles[0].source == str(good)


def test_missing_path_and_empty_glob(tmp_path: Path) -> None:
    missing = str(tmp_path / "nope.txt")
    pattern = str(tmp_path / "none-*.txt")
    articles, errors = _split(list(ingest([missing, pattern, str(_good(tmp_path))])))
    assert [(e.source, e.reason) for e in errors] == [
        (missing, "no such file or directory"), (pattern, "no files match this pattern")]
    assert len(articles) == 1


def test_a_50_mb_file_is_refused_without_reading_it(tmp_path: Path,
                                                    monkeypatch: pytest.MonkeyPatch) -> None:
    big = tmp_path / "huge.txt"
    with big.open("wb") as fh:
        fh.truncate(50 * 1024 * 1024)
    good = _good(tmp_path)
    real_open: Any = Path.open

    def guarded_open(self: Path, *args: Any, **kwargs: Any) -> Any:
        assert self != big, "the oversized file must not be opened"
        return real_open(self, *args, **kwargs)

    monkeypatch.setattr(Path, "open", guarded_open)
    articles, errors = _split(list(ingest([str(big), str(good)])))
    assert len(articles) == 1
    (err,) = errors
    assert err.source == str(big)
    assert err.reason == "file too large (50.0 MB, limit 20 MB)"


def test_size_limit_applies_to_gzip_content(tmp_path: Path) -> None:
    bomb = tmp_path / "bomb.txt.gz"
    bomb.write_bytes(gzip.compress(b"a" * (3 * 1024 * 1024)))
    (err,) = list(ingest([str(bomb)], max_bytes=1024 * 1024))
    assert isinstance(err, IngestError)
    assert "decompressed size over the 1 MB limit" in err.reason


def test_cp1251_and_latin1_decode_with_a_warning(tmp_path: Path) -> None:
    russian = tmp_path / "ru.txt"
    russian.write_bytes(("Правительство объявило в среду о новых мерах поддержки фермеров. "
                         "Министр сельского хозяйства заявил, что помощь получат все регионы "
                         "страны уже в этом году.").encode("cp1251"))
    french = tmp_path / "fr.txt"
    french.write_bytes((f"{BODY} The mayor of Besançon, Anne Vignot, called it a "
                        "\u201cpremière étape\u201d for the région.").encode("cp1252"))
    articles, errors = _split(list(ingest([str(russian), str(french)])))
    assert not errors
    ru, fr = articles
    assert "decoded as cp1251 (not valid UTF-8)" in ru.warnings
    assert ru.text.startswith("Правительство объявило")
    assert ru.language == "ru" and not ru.is_english
    assert any("language ru" in w for w in ru.warnings)
    assert any(w.startswith("decoded as cp1252") for w in fr.warnings)
    assert "Besançon" in fr.text and "“première étape”" in fr.text
    assert fr.language == "en"


def test_utf8_bom_and_utf16_decode(tmp_path: Path) -> None:
    bom = tmp_path / "bom.txt"
    bom.write_bytes(b"\xef\xbb\xbf" + BODY.encode("utf-8"))
    wide = tmp_path / "wide.txt"
    wide.write_bytes(BODY.encode("utf-16"))
    a, b = _split(list(ingest([str(bom), str(wide)])))[0]
    assert a.text == b.text == BODY
    assert a.warnings == [] and a.article_id == b.article_id


def test_malformed_html_does_not_crash(tmp_path: Path) -> None:
    broken = tmp_path / "broken.html"
    broken.write_text("<html><head><title>Ferry news</head><body><div><p>" + BODY
                      + "<p><b>" + SECOND + "<table><tr><td></div></body>", "utf-8")
    hopeless = tmp_path / "hopeless.html"
    hopeless.write_text("<html><head><script>var a = '<p>';</script></head><body><div>"
                        "<<>></p></b><img src=x></body></html>", "utf-8")
    articles, errors = _split(list(ingest([str(broken), str(hopeless)])))
    (art,) = articles
    assert art.format == "html"
    assert "two thousand passengers a day" in art.text
    assert "closed for repairs" in art.text
    (err,) = errors
    assert err.source == str(hopeless)
    assert err.reason == "no article text found in the HTML page"


def test_jsonl_fields_map_to_metadata_and_bad_lines_are_errors(tmp_path: Path) -> None:
    path = tmp_path / "feed.jsonl"
    records = [
        json.dumps({"title": "Ferry line to open", "content": BODY,
                    "url": "https://news.example.org/ferry", "source": {"name": "Deutsche Welle"},
                    "authors": ["Ana Lima", "Ben Okafor"], "publishedAt": "2021-04-06T09:30:00Z"}),
        "{not json at all",
        json.dumps({"headline": "Shops welcome ferry", "body": SECOND, "outlet": "Harbour Post",
                    "byline": "Cara Nunes", "date": "April 7, 2021"}),
        "",
        json.dumps({"title": "No text here", "url": "https://x.example/1"}),
        json.dumps(["a", "list"]),
    ]
    path.write_text("\n".join(records) + "\n", "utf-8")
    articles, errors = _split(list(ingest([str(path)])))
    assert [(e.source, e.reason.split(" (")[0]) for e in errors] == [
        (f"{path}#L2", "line is not valid JSON"),
        (f"{path}#L5", "no article text"),
        (f"{path}#L6", "record is not a JSON object"),
    ]
    first, second = articles
    assert first.source == f"{path}#L1" and first.format == "jsonl"
    assert first.text == BODY
    assert first.title == "Ferry line to open"
    assert first.url == "https://news.example.org/ferry"
    assert first.outlet == "DW"  # known outlet names are canonicalised
    assert first.byline == "Ana Lima, Ben Okafor"
    assert (first.published, first.published_source) == ("2021-04-06", "metadata")
    assert second.source == f"{path}#L3"
    assert (second.title, second.outlet, second.byline) == (
        "Shops welcome ferry", "Harbour Post", "Cara Nunes")
    assert second.published == "2021-04-07"


def test_json_array_file(tmp_path: Path) -> None:
    path = tmp_path / "items.json"
    path.write_text(json.dumps([{"text": BODY}, {"text": SECOND, "title": "Shops"}]), "utf-8")
    articles, errors = _split(list(ingest([str(path)])))
    assert not errors
    assert [a.source for a in articles] == [f"{path}#1", f"{path}#2"]


def test_non_english_text_is_stored_and_flagged(tmp_path: Path) -> None:
    path = tmp_path / "de.txt"
    path.write_text("Die Stadt hat am Dienstag angekündigt, dass die neue Fährverbindung im "
                    "Frühjahr eröffnet wird. Die Behörden rechnen mit etwa zweitausend "
                    "Fahrgästen pro Tag, sobald der Betrieb läuft.", "utf-8")
    (art,) = list(ingest([str(path)]))
    assert isinstance(art, Article)
    assert art.language == "de" and not art.is_english
    assert any(w.startswith("language de") for w in art.warnings)


def _closed_port() -> int:
    with socket.socket() as s:
        s.bind(("127.0.0.1", 0))
        return int(s.getsockname()[1])


def test_unreachable_urls_are_one_line_errors(tmp_path: Path) -> None:
    refused = f"http://127.0.0.1:{_closed_port()}/story"
    unknown = "https://newsweave-test.invalid/story"
    articles, errors = _split(list(ingest([refused, unknown, str(_good(tmp_path))])))
    assert len(articles) == 1
    assert [e.source for e in errors] == [refused, unknown]
    assert errors[0].reason == "cannot fetch (connection refused)"
    assert errors[1].reason.startswith("cannot fetch (no network: cannot resolve host")
    assert all("\n" not in e.line() for e in errors)


@pytest.fixture()
def local_site() -> Iterator[str]:
    """A tiny HTTP server on 127.0.0.1 serving one article page and one 404."""
    page = ("<html><head><title>Ferry line to open | Harbour Post</title>"
            "<meta property='og:site_name' content='Harbour Post'>"
            "<meta name='author' content='Cara Nunes'>"
            "<meta property='article:published_time' content='2021-04-06'></head><body>"
            "<nav><a href='/'>Home</a> <a href='/news'>News</a></nav><article>"
            f"<h1>Ferry line to open</h1><p>{BODY}</p><p>{SECOND}</p></article>"
            "<footer>Contact us</footer></body></html>").encode()

    class Handler(http.server.BaseHTTPRequestHandler):
        def do_GET(self) -> None:
            if self.path != "/ferry":
                self.send_error(404)
                return
            self.send_response(200)
            self.send_header("Content-Type", "text/html; charset=utf-8")
            self.send_header("Content-Length", str(len(page)))
            self.end_headers()
            self.wfile.write(page)

        def log_message(self, *args: object) -> None:
            return None

    server = http.server.ThreadingHTTPServer(("127.0.0.1", 0), Handler)
    thread = threading.Thread(target=server.serve_forever, daemon=True)
    thread.start()
    try:
        yield f"http://127.0.0.1:{server.server_address[1]}"
    finally:
        server.shutdown()
        server.server_close()


def test_urls_are_fetched_and_extracted(local_site: str) -> None:
    url = f"{local_site}/ferry"
    articles, errors = _split(list(ingest([url, f"{local_site}/missing"])))
    (art,) = articles
    assert art.source == url and art.url == url and art.format == "html"
    assert art.title == "Ferry line to open"
    assert (art.outlet, art.byline) == ("Harbour Post", "Cara Nunes")
    assert (art.published, art.published_source) == ("2021-04-06", "metadata")
    assert BODY in art.text and "Contact us" not in art.text
    (err,) = errors
    assert err.reason.startswith("cannot fetch (HTTP 404")


def test_jsonl_record_with_html_is_extracted(tmp_path: Path) -> None:
    page = (f"<html><head><title>Ferry line to open</title></head><body><article>"
            f"<h1>Ferry line to open</h1><p>{BODY}</p><p>{SECOND}</p></article></body></html>")
    path = tmp_path / "pages.jsonl.gz"
    path.write_bytes(gzip.compress(json.dumps({"html": page, "outlet": "Harbour Post"}).encode()))
    (art,) = list(ingest([str(path)]))
    assert isinstance(art, Article)
    assert (art.source, art.format) == (f"{path}#L1", "jsonl")
    assert (art.title, art.outlet) == ("Ferry line to open", "Harbour Post")
    assert art.text == f"{BODY}\n\n{SECOND}"
