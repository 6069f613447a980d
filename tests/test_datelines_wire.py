"""Wire datelines carry the filing date after the place ("KABUL, Aug 30 - "): the whole
dateline is where the story was filed, no subject of the first sentence
(newsweave.extract.dateline). Before the date was read as part of it, the place became an
actor of every event of the lede ("ISLAMABAD" killed three policemen)."""

from __future__ import annotations

import pytest

from newsweave.extract.dateline import dateline_end


@pytest.mark.parametrize(("text", "dateline"), [
    ("KABUL, Aug 30 - The Taliban freed the hostages.", "KABUL, Aug 30 - "),
    ("DAYTON, Ohio, Nov 21 - The parties initialled a deal.", "DAYTON, Ohio, Nov 21 - "),
    ("BRUSSELS, June 14 (Reuters) - NATO will station troops.",
     "BRUSSELS, June 14 (Reuters) - "),
    ("LE BOURGET, June 19 - Airbus won an order.", "LE BOURGET, June 19 - "),
    ("SAN JOSE, Costa Rica, March 3, 2015 (Reuters) - The vote",
     "SAN JOSE, Costa Rica, March 3, 2015 (Reuters) - "),
    ("BEIJING, Sept. 11 — The ministry said", "BEIJING, Sept. 11 — "),
    # the forms read before keep reading the same
    ("HANOI, Vietnam (AP) — The minister said", "HANOI, Vietnam (AP) — "),
    ("NEW DELHI: The minister said", "NEW DELHI: "),
    ("WASHINGTON (Reuters) - The", "WASHINGTON (Reuters) - "),
])
def test_a_wire_dateline_with_its_filing_date_is_no_part_of_the_sentence(
        text: str, dateline: str) -> None:
    assert text[:dateline_end(text)] == dateline


@pytest.mark.parametrize("text", [
    "Serbia, May 2 - the vote", "May 2 - the vote", "Putin, May 2 - the vote",
    "Protesters — many of them students — marched", "Police in Kabul said on May 2 - that",
    "Russia said on Monday",
])
def test_a_sentence_that_names_a_date_is_no_dateline(text: str) -> None:
    assert dateline_end(text) == 0


def test_the_dateline_place_acts_in_no_event_of_the_lede() -> None:
    from newsweave.evaluation.events import run_sentences

    rows = [{"id": "d", "text": "ISLAMABAD, May 2 - Gunmen killed three policemen in the "
             "northwest on Tuesday, officials said.", "date": "2012-05-02", "type": None,
             "source": None, "target": None}]
    events = [e for e in run_sentences(rows)["d"] if e.type == "ASSAULT"]
    assert events and all(e.actor is None or e.actor.name in ("gunmen",) for e in events), \
        events
