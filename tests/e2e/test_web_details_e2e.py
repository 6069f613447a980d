"""Claim details in the analyst app (headless Chromium): the claims table's Details column and
the evidence panel's Details block, on the seeds and on a made-up pair of articles that
disagree on a death toll."""

from __future__ import annotations

import json
from pathlib import Path
from typing import Any

import pytest

from conftest import LiveServer, screenshot

pytestmark = pytest.mark.e2e


def test_claims_table_and_panel_show_what_and_how_many(seeds_db: Path, open_page: Any) -> None:
    with LiveServer(seeds_db) as server:
        page = open_page(server.url)
        page.click("#tabs [data-view=claims]")
        page.wait_for_selector("#claims-table tbody tr")
        page.fill("#claims-q", "kalashnikov")
        row = page.locator("#claims-table tbody tr", has_text="Russia AID Afghanistan")
        assert "10,000 Kalashnikov rifles; millions of rounds of ammunition" in \
            row.locator("td.col-details").inner_text()
        row.click()
        page.wait_for_selector("#panel .details-block .detail")
        block = page.locator("#panel .details-block").inner_text()
        assert "10,000 Kalashnikov rifles" in block and "thousands" in block
        assert page.locator("#panel .details-block .badge.disputed").count() == 0
        assert page.locator("#panel li.evidence .chip.detail").count() >= 1
        screenshot(page, "web-claim-details.png")


def test_a_disputed_death_toll_is_flagged_with_both_outlets(
        tmp_path: Path, open_page: Any) -> None:
    from newsweave import api

    src = tmp_path / "pair.jsonl"
    rows = [
        {"outlet": "Sahel Tribune", "published": "2026-03-03", "title": "Base attacked",
         "text": "Islamist militants attacked a Malian army base near Gao on Tuesday, killing "
                 "12 soldiers, the defence ministry said."},
        {"outlet": "Bamako Observer", "published": "2026-03-03", "title": "Raid near Gao",
         "text": "Islamist militants attacked a Malian army base near Gao on Tuesday and killed "
                 "15 soldiers, local officials said."},
    ]
    src.write_text("".join(json.dumps(r) + "\n" for r in rows), "utf-8")
    db = tmp_path / "pair.duckdb"
    api.run([str(src)], db=db)
    with LiveServer(db) as server:
        page = open_page(server.url)
        page.click("#tabs [data-view=claims]")
        row = page.locator("#claims-table tbody tr", has_text="disputed")
        row.first.click()
        page.wait_for_selector("#panel .details-block .badge.disputed")
        conflict = page.locator("#panel .detail-value.conflict").all_inner_texts()
        assert any("12" in c and "Sahel Tribune" in c for c in conflict)
        assert any("15" in c and "Bamako Observer" in c for c in conflict)
