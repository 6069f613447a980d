"""Every quote says how it was found and attributed (`Quote.rules`), and its speaker how it
was resolved (`ActorRef.rules`: the named steps of the speaker resolver that led to it), as
events and their actors do. Made-up sentences."""

from __future__ import annotations

from typing import Any

from newsweave.export.records import quote_record
from newsweave.model import Quote
from quote_helpers import quotes_in


def _one(found: list[Quote], words: str) -> Quote:
    hits = [q for q in found if words in q.text]
    assert len(hits) == 1, [(q.text, q.rules) for q in found]
    return hits[0]


def test_a_quotation_beside_its_cue_and_the_paragraph_that_goes_on(nlp: Any) -> None:
    found = quotes_in(nlp, 'Mayor Ana Ruiz opened the new library on Tuesday. "Every child '
                           'in this town deserves a place to read," she said.\n\n'
                           '"We waited twenty years for this building."')
    first = _one(found, "Every child")
    assert first.rules == ["cue_beside_quotation"]
    assert first.speaker is not None and first.speaker.name == "Ana Ruiz"
    assert first.speaker.rules == ["antecedent"]  # "she": the person named before
    after = _one(found, "We waited")
    assert after.rules == ["cue_beside_quotation", "paragraph_goes_on"]


def test_a_reported_clause_and_a_body_that_speaks(nlp: Any) -> None:
    found = quotes_in(nlp, "The transport ministry said in a statement that the rail line "
                           "would reopen in June.")
    quote = _one(found, "rail line")
    assert quote.rules == ["reported_clause"]
    assert quote.speaker is not None and quote.speaker.rules == ["described"]


def test_a_speaker_label_and_a_name_after_the_cue(nlp: Any) -> None:
    label = _one(quotes_in(nlp, 'Judge Tom Baker: "The court will not tolerate delays of '
                                'this kind."'), "tolerate")
    assert label.rules == ["label_speaker"]
    named = _one(quotes_in(nlp, '"The deal is done," said Acme Corp chief executive '
                                'Jane Roe.'), "deal is done")
    assert named.speaker is not None and named.speaker.rules == ["named_mention"]


def test_a_role_noun_taken_up_later_says_so(nlp: Any) -> None:
    found = quotes_in(nlp, "Lee Chan, a farmer, said the drought had ruined his crop. The "
                           "farmer added that prices would rise.")
    later = _one(found, "prices would rise")
    assert later.speaker is not None and later.speaker.name == "Lee Chan"
    assert "by_role" in later.speaker.rules


def test_the_export_carries_both(nlp: Any) -> None:
    quote = _one(quotes_in(nlp, "The transport ministry said in a statement that the rail "
                                "line would reopen in June."), "rail line")
    record = quote_record(quote)
    assert record["rules"] == ["reported_clause"]
    assert record["speaker"]["rules"] == ["described"]
