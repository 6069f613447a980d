"""Quotations: kinds, speakers, cues, channels, stance and dates, on sentences written here."""

from __future__ import annotations

from typing import Any

import pytest

from newsweave.model import Quote, stable_id
from quote_helpers import quotes_in

pytestmark = pytest.mark.slow



def only(found: list[Quote], kind: str | None = None) -> Quote:
    chosen = [q for q in found if kind is None or q.kind == kind]
    assert len(chosen) == 1, [(q.kind, q.text) for q in found]
    return chosen[0]


def speaker(q: Quote) -> str | None:
    return q.speaker.name if q.speaker else None


# ----------------------------------------------------------------------------- direct


@pytest.mark.parametrize("text", [
    "“The border will stay closed until further notice,” Maria Lopez said on Tuesday.",
    '"The border will stay closed until further notice," Maria Lopez said on Tuesday.',
    "«The border will stay closed until further notice», Maria Lopez said on Tuesday.",
])
def test_direct_quote_with_any_marks(nlp: Any, text: str) -> None:
    q = only(quotes_in(nlp, text))
    assert q.kind == "direct"
    assert q.text == "The border will stay closed until further notice"
    assert text[q.span[0]:q.span[1]] == q.text
    assert speaker(q) == "Maria Lopez"
    assert q.cue == "say" and q.stance == "assert"
    assert q.quote_id == stable_id("quo", q.article_id, q.span[0], q.span[1])


def test_speaker_after_the_verb_and_full_name_from_earlier_mention(nlp: Any) -> None:
    text = ("Finance Minister Peter Novak presented the budget on Monday.\n"
            "“We cannot keep borrowing at this rate,” said Novak, who has led the ministry "
            "since 2019.")
    q = only(quotes_in(nlp, text))
    assert speaker(q) == "Peter Novak"
    assert q.speaker is not None and q.speaker.mention_id is not None


def test_multi_paragraph_quote(nlp: Any) -> None:
    text = ("The fire chief, Anna Berg, described the night.\n"
            "“We arrived within six minutes and the roof was already gone.\n"
            "“Nobody inside could have survived that heat,” Berg said.")
    q = only(quotes_in(nlp, text))
    assert q.kind == "direct"
    assert q.text.startswith("We arrived within six minutes")
    assert q.text.endswith("survived that heat")
    assert speaker(q) == "Anna Berg"


def test_missing_opening_mark(nlp: Any) -> None:
    text = ("“The ports are open again,” Transport Minister Karl Weber told reporters. "
            "Trade with the north will resume within a week,” he said.")
    found = quotes_in(nlp, text)
    assert [q.text for q in found] == ["The ports are open again",
                                       "Trade with the north will resume within a week"]
    assert {speaker(q) for q in found} == {"Karl Weber"}
    assert found[0].channel == "reporters"


def test_continuation_after_attribution_in_the_same_paragraph(nlp: Any) -> None:
    text = ("“The harvest is the worst in a decade,” said farmer Tomas Rilke. "
            "“Most families here will need food aid by the spring.”")
    found = quotes_in(nlp, text)
    # the sentence after the cue goes on with the same statement: one quote holds both
    assert [speaker(q) for q in found] == ["Tomas Rilke"]
    assert [q.kind for q in found] == ["direct"]
    assert found[0].text == ("The harvest is the worst in a decade. Most families here will "
                             "need food aid by the spring.")


def test_colon_introduces_the_quote(nlp: Any) -> None:
    text = "Senator Joan Miller was blunt. She said: “This bill will not pass the Senate.”"
    q = only(quotes_in(nlp, text))
    assert speaker(q) == "Joan Miller"
    assert q.text == "This bill will not pass the Senate."


# ----------------------------------------------------------------------------- not quotes


def test_scare_quotes_and_titles_are_not_quotes(nlp: Any) -> None:
    text = ("The general identified two “beachheads” near the border. Critics see these "
            "“strange alliances” as temporary. The film “Silent River” opened on Friday.")
    assert quotes_in(nlp, text) == []


def test_unattributed_saying_is_not_a_quote(nlp: Any) -> None:
    text = ("The strategy follows the old idea that “the enemy of my enemy is my friend.”")
    assert [q for q in quotes_in(nlp, text) if q.kind == "direct"] == []


# ----------------------------------------------------------------------------- indirect


def test_indirect_quote_with_that_clause(nlp: Any) -> None:
    text = "Chancellor Olaf Brandt said that the government would raise the minimum wage."
    q = only(quotes_in(nlp, text))
    assert q.kind == "indirect"
    assert q.text == "the government would raise the minimum wage"
    assert speaker(q) == "Olaf Brandt"
    assert text[q.span[0]:q.span[1]] == q.text


def test_indirect_quote_after_the_clause(nlp: Any) -> None:
    text = "The central bank is likely to cut rates again in June, analysts say."
    q = only(quotes_in(nlp, text))
    assert q.kind == "indirect"
    assert q.text.startswith("The central bank is likely to cut rates")
    assert speaker(q) == "analysts"


def test_according_to(nlp: Any) -> None:
    text = "According to the World Health Organization, the outbreak has peaked in the capital."
    q = only(quotes_in(nlp, text))
    assert q.kind == "indirect" and q.cue == "according to"
    assert q.text == "the outbreak has peaked in the capital"
    assert speaker(q) == "World Health Organization"


def test_pronoun_speaker_across_paragraphs(nlp: Any) -> None:
    text = ("Lena Fischer, the mayor of the city, visited the flooded district on Sunday.\n\n"
            "She also claimed the dams had been neglected for years.")
    q = only(quotes_in(nlp, text))
    assert speaker(q) == "Lena Fischer"
    assert q.kind == "indirect"
    assert q.text == "the dams had been neglected for years"


# ----------------------------------------------------------------------------- mixed


def test_mixed_quote_keeps_the_reported_clause(nlp: Any) -> None:
    text = ("On Friday, Marek Nowak told Reuters that the two countries' positions "
            "\"largely overlap\" on energy.")
    q = only(quotes_in(nlp, text))
    assert q.kind == "mixed"
    assert "largely overlap" in q.text and q.text.startswith("the two countries")
    assert speaker(q) == "Marek Nowak"
    assert q.channel == "Reuters"


def test_fragment_with_naming_verb_is_mixed(nlp: Any) -> None:
    text = "The ministry called the opposition report “pure fiction.”"
    q = only(quotes_in(nlp, text))
    assert q.kind == "mixed"
    assert "pure fiction" in q.text
    assert speaker(q) == "ministry"


# ----------------------------------------------------------------------------- speakers


def test_anonymous_source_keeps_its_description(nlp: Any) -> None:
    text = ("“The talks collapsed after midnight,” said an official at the foreign ministry "
            "in Vienna, who spoke on condition of anonymity. “Nobody expected it,” the "
            "official told AFP.")
    found = quotes_in(nlp, text)
    assert len(found) == 2
    first, second = found
    assert first.speaker is not None
    assert first.speaker.name == "official at the foreign ministry in Vienna"
    assert "anonymity" in (first.speaker.description or "")
    assert second.speaker is not None and second.speaker.name == first.speaker.name
    assert second.channel == "AFP"


def test_definite_description_resolves_to_the_named_person(nlp: Any) -> None:
    text = ("Ivan Petrov, Russia's ambassador to the United Nations, met the council on "
            "Monday.\n\n“We are ready to talk to anyone,” the ambassador said.")
    q = only(quotes_in(nlp, text))
    assert speaker(q) == "Ivan Petrov"


def test_apposition_gives_the_speaker_and_description(nlp: Any) -> None:
    text = ("“Prices will keep rising,” said Carla Gomez, an economist at the University "
            "of Lisbon.")
    q = only(quotes_in(nlp, text))
    assert speaker(q) == "Carla Gomez"
    assert q.speaker is not None and "economist" in (q.speaker.description or "")


def test_organization_speaker_in_a_statement(nlp: Any) -> None:
    text = "The Red Cross said in a statement that the convoy had reached the city."
    q = only(quotes_in(nlp, text))
    assert speaker(q) == "Red Cross"
    assert q.channel == "statement"


# ----------------------------------------------------------------------------- channel


@pytest.mark.parametrize(("text", "channel"), [
    ("“We saw no evidence of that,” Tom Hale told the BBC.", "BBC"),
    ("“We saw no evidence of that,” Tom Hale was quoted as saying by the Interfax news "
     "agency.", "Interfax"),
    ("Tom Hale said in an interview with Al Jazeera that the evidence was weak.",
     "Al Jazeera"),
    ("“We saw no evidence of that,” Tom Hale told journalists.", "journalists"),
])
def test_channel(nlp: Any, text: str, channel: str) -> None:
    q = only(quotes_in(nlp, text))
    assert q.channel == channel
    assert speaker(q) == "Tom Hale"


# ----------------------------------------------------------------------------- stance, date


def test_denial_stance(nlp: Any) -> None:
    text = "The army denied that its troops had crossed the border."
    q = only(quotes_in(nlp, text))
    assert q.stance == "deny" and q.cue == "deny"
    assert q.text == "its troops had crossed the border"


def test_denial_with_gerund(nlp: Any) -> None:
    text = "The company denied selling user data to advertisers."
    q = only(quotes_in(nlp, text))
    assert q.stance == "deny"
    assert q.text == "selling user data to advertisers"


def test_confirm_and_question_stances(nlp: Any) -> None:
    found = quotes_in(nlp, "Police confirmed that two people were arrested. "
                           "Lawyers questioned whether the arrests were legal.")
    assert [q.stance for q in found] == ["confirm", "question"]


def test_negated_reported_clause_is_a_denial(nlp: Any) -> None:
    text = "The rebels said they did not attack the convoy."
    q = only(quotes_in(nlp, text))
    assert q.stance == "deny"


def test_date_of_the_statement_is_normalized(nlp: Any) -> None:
    text = "On March 2, Health Minister Sara Lind told parliament that vaccines would arrive."
    q = only(quotes_in(nlp, text, published="2021-03-15"))
    assert q.date == "2021-03-02"
    assert q.date_text is not None and "March 2" in q.date_text
    assert q.channel == "parliament"


def test_month_date(nlp: Any) -> None:
    text = "Sara Lind said in January that vaccines would arrive soon."
    q = only(quotes_in(nlp, text, published="2021-03-15"))
    assert q.date == "2021-01"


def test_rerun_gives_the_same_records(nlp: Any) -> None:
    text = "“Nothing has changed,” said Omar Haddad. Haddad added that talks would resume."
    assert quotes_in(nlp, text) == quotes_in(nlp, text)


def test_quote_paragraph_continues_the_previous_speaker(nlp: Any) -> None:
    text = ("“I just want to be able to play my own songs,” the singer Ana Ruiz said.\n\n"
            "“That's all. I tried to settle this privately and got nowhere.”\n\n"
            "Her label did not respond.")
    found = quotes_in(nlp, text)
    assert [speaker(q) for q in found] == ["Ana Ruiz", "Ana Ruiz"]
    assert found[1].text.startswith("That's all.")


def test_unattributed_quote_paragraphs_stay_out(nlp: Any) -> None:
    text = ("Visitors left reviews.\n\n“A gorgeous show with great actors and music.”\n\n"
            "– A visitor from Ohio")
    assert quotes_in(nlp, text) == []


def test_document_speaks_for_its_owner(nlp: Any) -> None:
    text = ("Acme Motors recalled 40,000 cars on Monday. A statement from the company said "
            "that no injuries had been reported.")
    q = only(quotes_in(nlp, text))
    assert q.text == "no injuries had been reported"
    assert q.speaker is not None and "Acme" in q.speaker.name
