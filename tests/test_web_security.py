"""The web app is safe on a network: DNS-rebinding Host headers get 400, unknown ids get 404,
CSV downloads cannot run spreadsheet formulas."""

from __future__ import annotations

import csv
import http.client
import io
import socket
import threading
import time
from collections.abc import Iterator
from pathlib import Path

import pytest
from fastapi.testclient import TestClient

from conventions_store import FORMULA_QUOTE, build_rich_store
from newsweave.export.tables import FORMULA_STARTS
from newsweave.web import create_app
from newsweave.web.app import allowed_hosts, host_name


@pytest.fixture(scope="module")
def db(tmp_path_factory: pytest.TempPathFactory) -> Path:
    path = tmp_path_factory.mktemp("websec") / "web.duckdb"
    build_rich_store(path)
    return path


@pytest.fixture()
def client(db: Path) -> TestClient:
    return TestClient(create_app(db), base_url="http://127.0.0.1:8000")


# ----------------------------------------------------------------------------- Host


@pytest.mark.parametrize("host", ["evil.example", "evil.example:8000", "127.0.0.1.evil.example",
                                  "localhost.evil.example", "testserver", ""])
def test_a_foreign_host_header_gets_400(client: TestClient, host: str) -> None:
    response = client.get("/api/facets", headers={"Host": host})
    assert response.status_code == 400, host
    assert "Host" in response.json()["detail"]


@pytest.mark.parametrize("host", ["127.0.0.1", "127.0.0.1:8000", "localhost:8000",
                                  "LOCALHOST", "[::1]:8000", "localhost."])
def test_loopback_names_are_served(client: TestClient, host: str) -> None:
    assert client.get("/api/facets", headers={"Host": host}).status_code == 200, host


def test_the_bound_name_and_extra_names_are_added() -> None:
    assert host_name("[::1]:8080") == "::1" and host_name("Example.ORG:80") == "example.org"
    hosts = allowed_hosts("192.168.1.20", ["analyst.lan"])
    assert {"127.0.0.1", "localhost", "::1", "192.168.1.20", "analyst.lan"} <= hosts
    assert "evil.example" not in hosts
    assert socket.gethostname().lower() in allowed_hosts("0.0.0.0")


def free_port() -> int:
    with socket.socket() as sock:
        sock.bind(("127.0.0.1", 0))
        port: int = sock.getsockname()[1]
        return port


@pytest.fixture()
def live_port(db: Path) -> Iterator[int]:
    import uvicorn

    from newsweave.web.app import allowed_hosts as hosts_for

    port = free_port()
    server = uvicorn.Server(uvicorn.Config(create_app(db, hosts=hosts_for("127.0.0.1")),
                                           host="127.0.0.1", port=port,
                                           log_level="warning"))
    thread = threading.Thread(target=server.run, daemon=True)
    thread.start()
    deadline = time.monotonic() + 20
    while not server.started and time.monotonic() < deadline:
        time.sleep(0.05)
    yield port
    server.should_exit = True
    thread.join(10)


def status_for(port: int, host: str) -> int:
    conn = http.client.HTTPConnection("127.0.0.1", port, timeout=10)
    conn.putrequest("GET", "/api/facets", skip_host=True)
    conn.putheader("Host", host)
    conn.endheaders()
    status = conn.getresponse().status
    conn.close()
    return status


def test_a_real_server_refuses_a_rebinding_host(live_port: int) -> None:
    """What `curl -H 'Host: evil.example' http://127.0.0.1:PORT/api/facets` sees."""
    assert status_for(live_port, "evil.example") == 400
    assert status_for(live_port, f"127.0.0.1:{live_port}") == 200


# ----------------------------------------------------------------------------- 404


def test_unknown_ids_get_404(client: TestClient) -> None:
    assert client.get("/api/graph", params={"entity": "unknown"}).status_code == 404
    assert client.get("/api/graph", params={"entity": "name:nobody"}).status_code == 404
    assert client.get("/api/claims", params={"entity": "ent_nope"}).status_code == 404
    assert client.get("/api/quotes", params={"article_id": "art_nope"}).status_code == 404
    assert client.get("/api/events", params={"article_id": "art_nope"}).status_code == 404
    assert client.get("/api/claims/clm_nope").status_code == 404
    assert client.get("/api/entities/ent_nope/evidence").status_code == 404


def test_known_ids_still_answer(client: TestClient) -> None:
    graph = client.get("/api/graph", params={"entity": "ent_rur"})
    assert graph.status_code == 200
    assert {n["id"] for n in graph.json()["nodes"]} == {"ent_rur", "ent_bor"}
    facets = client.get("/api/claims", params={"entity": "ent_bor"})
    assert facets.status_code == 200 and facets.json()["total"] == 2


# ----------------------------------------------------------------------------- CSV


def test_csv_downloads_defuse_formula_cells(client: TestClient) -> None:
    cells = []
    for table in ("articles", "entities", "quotes", "events", "claims"):
        response = client.get(f"/api/export/{table}.csv")
        assert response.status_code == 200
        cells += [c for row in csv.reader(io.StringIO(response.text)) for c in row]
    assert f"'{FORMULA_QUOTE}" in cells
    assert "'@Borduria ACCUSE Ruritania" in cells
    assert not [c for c in cells if c.startswith(FORMULA_STARTS)]
