"""Event senses for the ways wire copy tells each PLOVER type (issue #11, evsenses5 session
11), each on sentences we made up, with the look-alikes each sense must leave alone: phrasal
verbs and verb idioms ("took in refugees", "took X into custody", "took to the streets", "set
free", "stepped aside", "threw out the bid", "held up banners", "came out in favour of",
"said sorry", "said no to", "downed tools"), force and punishment told by other verbs
("pounded", "dropped bombs on", "hit X with sanctions", "handed X a prison term"),
questioning ("grilled"), commitments ("committed to"), yielding ("accepted the demands",
"dropped its objection", "waived the fine"), citizenship stripped (COERCE, a state against
its own people), a sports body's ban on a team (SANCTION) and rescue teams sent
abroad (AID). Each sense is one lexicon entry (event_lexicon.json), its provenance recorded
in the event's rules ("verbs:take#4")."""

from __future__ import annotations

from typing import Any

import pytest

from event_helpers import events_of

pytestmark = pytest.mark.slow


def types_of(nlp: Any, text: str) -> set[str]:
    return {e.type for e in events_of(nlp, text)}


@pytest.mark.parametrize(("text", "etype"), [
    # phrasal verbs
    ("Portugal took in 900 Syrian refugees from camps in Lebanon last year.", "AID"),
    ("Kenyan police took two opposition organisers into custody on Friday.", "COERCE"),
    ("Thousands of Armenians took to the streets of Yerevan on Sunday.", "PROTEST"),
    ("Minsk set free three Lithuanian fishermen on Tuesday.", "RETREAT"),
    ("Peru's interior minister will step aside while prosecutors look into the deal.",
     "RETREAT"),
    ("Bolivia's top court threw out the government's proposal to postpone the vote.",
     "REJECT"),
    ("Nurses held up placards outside the ministry of health in Lisbon.", "PROTEST"),
    ("Belgium's opposition came out in favour of the pension plan.", "SUPPORT"),
    ("Ghanaian teachers downed tools on Monday over unpaid allowances.", "PROTEST"),
    # verb + bare complement
    ("Norway's health minister said sorry to the families of the patients.", "CONCEDE"),
    ("Malaysia said no to a Chinese offer of coast guard training.", "REJECT"),
    # force, punishment, questioning, commitment
    ("Ukrainian artillery pounded Russian positions near Bakhmut overnight.", "ASSAULT"),
    ("Sudanese army jets dropped bombs on a market in Nyala.", "ASSAULT"),
    ("Washington hit Venezuela with new oil sanctions on Wednesday.", "SANCTION"),
    ("A court in Baku handed the Azerbaijani journalist a nine-year prison term.",
     "SANCTION"),
    ("U.S. senators grilled the Pentagon chief over the botched evacuation.", "ACCUSE"),
    ("Chile committed to sending 200 engineers to the UN mission in Haiti.", "AGREE"),
    ("Brazil committed 300 troops to the African Union force.", "MOBILIZE"),
    # yielding
    ("Serbia's government accepted the miners' demands for higher pay.", "CONCEDE"),
    ("The Hungarian government met the teachers' demands after a week of strikes.",
     "CONCEDE"),
    ("Athens dropped its objection to North Macedonia's EU membership talks.", "CONCEDE"),
    ("The Polish regulator waived a fine it had imposed on the state broadcaster.",
     "CONCEDE"),
    # senses chosen by their object
    ("Belarus stripped exiled opposition leaders of their citizenship.", "COERCE"),
    ("World Athletics banned Belarus's relay team from the championships.", "SANCTION"),
    ("Greece flew rescue teams into Turkey after the earthquake.", "AID"),
    ("Mexico imposed a 30 percent surtax on Chinese steel.", "SANCTION"),
    ("Iranian authorities shut down a reformist newspaper in Tehran.", "COERCE"),
    ("Washington handed over four patrol vessels to the Philippine navy.", "AID"),
])
def test_a_wire_sentence_gets_its_type(nlp: Any, text: str, etype: str) -> None:
    assert etype in types_of(nlp, text), (text, types_of(nlp, text))


@pytest.mark.parametrize(("text", "wrong"), [
    ("The museum took in record numbers of visitors over the summer.", "AID"),
    ("The tailor took the jacket in at the waist.", "AID"),
    ("The coach said no more than he had to after the match.", "REJECT"),
    ("She took to the stage at the concert hall in Vienna.", "PROTEST"),
    ("Analysts said sorry figures for the quarter would follow.", "CONCEDE"),
    ("The plane dropped leaflets on the city before the vote.", "ASSAULT"),
    ("Heavy rain pounded the coast on Sunday.", "ASSAULT"),
    ("The company committed to a net-zero target by 2040.", "MOBILIZE"),
    ("The court handed down its ruling on the merger on Friday.", "SANCTION"),
    ("He set the table and stepped aside to let the guests in.", "RETREAT"),
    ("The government accepted the report's findings.", "CONCEDE"),
    ("The club banned smoking from its stadium.", "SANCTION"),
])
def test_look_alikes_do_not_take_the_sense(nlp: Any, text: str, wrong: str) -> None:
    assert wrong not in types_of(nlp, text), (text, types_of(nlp, text))


def test_accepting_a_demand_is_a_concession_not_an_agreement_nor_a_request(nlp: Any) -> None:
    found = events_of(nlp, "Romania's government accepted the truckers' demands on Monday.")
    assert {e.type for e in found} == {"CONCEDE"}


def test_the_sense_is_recorded_as_provenance(nlp: Any) -> None:
    found = [e for e in events_of(nlp, "Minsk set free three Lithuanian fishermen on Tuesday.")
             if e.type == "RETREAT"]
    assert found and any(r.startswith("verbs:set#") for r in found[0].rules)
    assert found[0].recipient is not None and found[0].recipient.country == "LTU"


def test_the_complement_condition() -> None:
    """'said sorry' holds whether the parser hangs 'sorry' on the verb or not; 'said that
    sorry figures' does not (the word after the verb is no bare complement there)."""
    import spacy

    from newsweave.extract.event_triggers import _complement

    nlp = spacy.blank("en")
    doc = nlp("The minister said sorry .")
    doc[2].pos_, doc[3].pos_ = "VERB", "ADJ"
    assert _complement(doc[2], ["sorry_word"])
    doc = nlp("The minister said that sorry .")
    doc[2].pos_, doc[3].pos_, doc[4].pos_ = "VERB", "SCONJ", "ADJ"
    assert not _complement(doc[2], ["sorry_word"])


# ----------------------------------------------------------------------------- batch 2

@pytest.mark.parametrize("text", [
    "Talks between Sudan and South Sudan on the oil fees ended without an agreement.",
    "Negotiations between Kosovo and Serbia collapsed in Brussels on Thursday.",
    "The summit between Armenia and Azerbaijan broke down after two hours.",
    "Talks between Ecuador and Peru on the river border ended without a breakthrough.",
])
def test_talks_that_failed_are_a_rejection(nlp: Any, text: str) -> None:
    found = [e for e in events_of(nlp, text) if e.type == "REJECT"]
    assert found, (text, types_of(nlp, text))
    assert "CONSULT" not in types_of(nlp, text)


@pytest.mark.parametrize("text", [
    "Talks between Sudan and South Sudan ended with an agreement on oil fees.",
    "Talks between Ecuador and Peru did not collapse, both sides said.",
    "Talks between Ecuador and Peru ended on Friday in Lima.",
])
def test_talks_that_ended_otherwise_stay_a_consultation(nlp: Any, text: str) -> None:
    assert "REJECT" not in types_of(nlp, text), (text, types_of(nlp, text))


@pytest.mark.parametrize(("text", "etype"), [
    ("Brussels warned Budapest of sanctions if it blocked the aid package again.", "THREATEN"),
    ("Tokyo warned Beijing of consequences over the detention of its citizens.", "THREATEN"),
    ("Lithuania blocked exports of fertiliser to Belarus.", "SANCTION"),
    ("Ruritania Airways approved the takeover offer from Nordic Air.", "AGREE"),
])
def test_warnings_of_punishment_blocked_trade_approved_bids(nlp: Any, text: str,
                                                           etype: str) -> None:
    assert etype in types_of(nlp, text), (text, types_of(nlp, text))


@pytest.mark.parametrize(("text", "wrong"), [
    ("Doctors warned patients of the side effects of the new drug.", "THREATEN"),
    ("Lithuania blocked the road to the border crossing with trucks.", "SANCTION"),
])
def test_warnings_and_blocks_of_other_things(nlp: Any, text: str, wrong: str) -> None:
    assert wrong not in types_of(nlp, text), (text, types_of(nlp, text))


def test_a_warning_of_sanctions_is_not_itself_a_sanction(nlp: Any) -> None:
    found = events_of(nlp, "Paris warned Bamako of sanctions if the vote was delayed again.")
    assert {e.type for e in found} == {"THREATEN"}


# ----------------------------------------------------------------------------- batch 3

@pytest.mark.parametrize(("text", "etype", "not_etype"), [
    ("Sudan's army warned the militia to leave Omdurman or be wiped out.", "THREATEN",
     "REQUEST"),
    ("Ankara told the Kurdish fighters to withdraw or face an offensive.", "THREATEN",
     "REQUEST"),
    ("Ankara told the Kurdish fighters to withdraw from the town.", "REQUEST", "THREATEN"),
    ("Warsaw came under fire from Brussels over its judicial reforms.", "ACCUSE", "ASSAULT"),
    ("Nigeria's government came under fire from unions for the fuel price rise.", "ACCUSE",
     "ASSAULT"),
    ("A Malian army convoy came under fire from jihadists near Gao.", "ASSAULT", "ACCUSE"),
    ("A Malian army convoy came under fire from jihadists for two hours.", "ASSAULT",
     "ACCUSE"),
])
def test_ultimatums_and_fire_come_under(nlp: Any, text: str, etype: str,
                                        not_etype: str) -> None:
    found = types_of(nlp, text)
    assert etype in found and not_etype not in found, (text, found)


# ----------------------------------------------------------------------------- batch 4

@pytest.mark.parametrize(("text", "etype"), [
    ("Ethiopian soldiers opened fire on displaced people near Gondar.", "ASSAULT"),
    ("Caracas pulled out of the talks with the opposition in Barbados.", "REJECT"),
    ("Washington pulled out of the arms control treaty with Moscow.", "REJECT"),
    ("Tehran locked up dozens of journalists after the protests.", "COERCE"),
    ("Moscow hit back at Berlin over the expulsion of its reporters.", "ACCUSE"),
    ("Seoul delivered a stern warning to Pyongyang over the balloons.", "THREATEN"),
    ("Paris gave its backing to Kyiv's bid to join NATO.", "SUPPORT"),
    ("Washington placed an embargo on arms shipments to Eritrea.", "SANCTION"),
    ("Kenya ratified the convention against enforced disappearances.", "AGREE"),
])
def test_light_verbs_and_phrasal_verbs_of_batch_4(nlp: Any, text: str, etype: str) -> None:
    assert etype in types_of(nlp, text), (text, types_of(nlp, text))


@pytest.mark.parametrize(("text", "wrong"), [
    ("Russian troops pulled out of the town under the ceasefire agreement.", "REJECT"),
    ("The museum opened its doors on Sunday.", "ASSAULT"),
    ("Paris gave military support to Kyiv's army.", "SUPPORT"),
    ("The weather office issued a warning of heavy rain.", "THREATEN"),
])
def test_look_alikes_of_batch_4(nlp: Any, text: str, wrong: str) -> None:
    assert wrong not in types_of(nlp, text), (text, types_of(nlp, text))


# ----------------------------------------------------------------------------- batch 5

@pytest.mark.parametrize(("text", "accuser", "accused"), [
    ("Baghdad holds Ankara responsible for the drone strike in Sinjar.", "IRQ", "TUR"),
    ("Yerevan held Baku accountable for the shelling of Jermuk.", "ARM", "AZE"),
])
def test_holding_a_party_responsible_is_an_accusation(nlp: Any, text: str, accuser: str,
                                                      accused: str) -> None:
    found = [e for e in events_of(nlp, text) if e.type == "ACCUSE"]
    assert any(e.actor is not None and e.actor.country == accuser and
               e.recipient is not None and e.recipient.country == accused for e in found), found


def test_calling_an_act_illegal_is_an_accusation(nlp: Any) -> None:
    """(events.called_wrong, landed on main meanwhile, does this; the lexicon sense that did
    it on this branch was dropped so that one rule says it)"""
    assert "ACCUSE" in types_of(nlp, "Hanoi called Beijing's survey illegal.")


@pytest.mark.parametrize("text", [
    "The nurse held the baby responsibly.",
    "The minister held talks in Rome and called them useful.",
])
def test_holding_and_calling_without_blame(nlp: Any, text: str) -> None:
    assert "ACCUSE" not in types_of(nlp, text), (text, types_of(nlp, text))


# ----------------------------------------------------------------------------- batch 6

@pytest.mark.parametrize(("text", "etype", "not_etype"), [
    ("Austria pledged its support for Georgia's membership bid.", "SUPPORT", "AID"),
    ("Austria pledged its support for Georgia's membership bid.", "SUPPORT", "AGREE"),
    ("Spain vowed support for Morocco after the earthquake.", "SUPPORT", "AID"),
    ("Austria pledged military support for Georgia's army.", "AID", "SUPPORT"),
    ("Austria promised more humanitarian aid to Gaza.", "AID", "SUPPORT"),
    ("Modi and Sharif spoke by phone for an hour.", "CONSULT", "ACCUSE"),
    ("Belarus beefed up its forces along the Polish border.", "MOBILIZE", "ASSAULT"),
])
def test_pledged_support_phone_calls_forces_beefed_up(nlp: Any, text: str, etype: str,
                                                       not_etype: str) -> None:
    found = types_of(nlp, text)
    assert etype in found and not_etype not in found, (text, found)
