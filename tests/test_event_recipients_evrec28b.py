"""Recipients of the judged sample of seed 2828 (evrec28b, issue 11); every sentence is made up.

A name the tagger took for a person but that the text gives with 'the' before it, or a known
outlet, is never what he/she stands for (rule titled_name_not_person): 'The Valley Herald says
he was detained' does not arrest the newspaper. A court, a regulator or an international body
in the with/to phrase of an accusation is where it is lodged, not whom it accuses (rule
venue_not_accused). An act of words told as the purpose of a visit or a meeting is addressed
to whom was visited or met (rule purpose_visit_recipient); a refusal, an apology or a
concession answered is its maker's (new act nouns of rule answered_act); the subject of an
infinitive of keeping or getting in a request is whom it is for, not the one asked (rule
beneficiary_not_asked). Each rule is switched off once to show the test depends on it, and each
has a look-alike it must leave alone."""

from __future__ import annotations

from typing import Any

from event_helpers import events_of, rules_off
from newsweave.extract.ablation import known_rules

RULES = ("titled_name_not_person", "venue_not_accused", "purpose_visit_recipient",
         "beneficiary_not_asked")


def test_every_rule_can_be_switched_off() -> None:
    assert set(RULES) <= known_rules()


# ------------------------------------------------------------ titled_name_not_person

PAPER_TEXTS = [
    "A man was shot at a bus stop on Friday. The Valley Herald says he was arrested two "
    "streets away after a cashier called officers.",
    "A woman was hurt in a fire on Sunday. The Sentinel says she was detained hours later.",
]
PAPERS = ("Valley Herald", "Herald", "Sentinel")


def _coerce_recipients(nlp: Any, text: str) -> list[Any]:
    return [e.recipient for e in events_of(nlp, text) if e.type == "COERCE"]


def test_a_newspaper_is_never_he(nlp: Any) -> None:
    for text in PAPER_TEXTS:
        found = [r for e in events_of(nlp, text) for r in (e.actor, e.recipient)
                 if r is not None]
        assert not any(r.name in PAPERS for r in found), (text, found)


def test_without_the_rule_the_newspaper_is_arrested(monkeypatch: Any, nlp: Any) -> None:
    rules_off(monkeypatch, "titled_name_not_person")
    found = [r for text in PAPER_TEXTS for r in _coerce_recipients(nlp, text)]
    assert any(r is not None and r.name in PAPERS for r in found), found


def test_a_named_person_is_still_he(nlp: Any) -> None:
    text = ("Tom Vell was shot on a train platform on Sunday. Police say he was taken to a "
            "hospital, and the Ledger says he was arrested later.")
    found = _coerce_recipients(nlp, text)
    assert any(r is not None and r.name == "Tom Vell" for r in found), found


def test_a_name_that_modifies_a_noun_after_the_is_still_a_person(nlp: Any) -> None:
    # 'the Reyes government': the 'the' is the government's, so Reyes stays who 'he' is
    # (the lead, session 28: the rule had lost a development set's tariffs of 'his')
    text = ("Prime Minister Alan Reyes defended the Reyes government on Monday. He imposed "
            "tariffs on Chinese steel last year.")
    found = [e for e in events_of(nlp, text) if e.type == "SANCTION"]
    assert found and found[0].actor is not None and found[0].actor.name == "Alan Reyes"


# ------------------------------------------------------------ venue_not_accused

VENUE_TEXTS = [
    "A spokesman said the European Commission would also file a complaint with the World "
    "Trade Organization.",
    "The club complained to the league's ethics panel about the referee.",
]


def _accusations(nlp: Any, text: str) -> list[Any]:
    return [e for e in events_of(nlp, text) if e.type == "ACCUSE"]


def test_a_venue_is_not_the_accused(nlp: Any) -> None:
    for text in VENUE_TEXTS:
        found = _accusations(nlp, text)
        assert found, text
        assert all(e.recipient is None for e in found), (text, found)
    found = _accusations(nlp, VENUE_TEXTS[0])
    assert any("venue_not_accused" in e.rules for e in found), found


def test_without_the_rule_the_venue_is_accused(monkeypatch: Any, nlp: Any) -> None:
    rules_off(monkeypatch, "venue_not_accused")
    found = _accusations(nlp, VENUE_TEXTS[0])
    assert any(e.recipient is not None and e.recipient.name == "World Trade Organization"
               for e in found), found


def test_a_state_protested_to_stays(nlp: Any) -> None:
    found = _accusations(nlp, "Beijing lodged a protest with Japan over the visit.")
    assert any(e.recipient is not None and e.recipient.country == "JPN" for e in found), found


# ------------------------------------------------------------ purpose_visit_recipient

PURPOSE_TEXTS = [
    # (text, the act's type, whom it is addressed to)
    ("Governor Ana Lupe visited the church on Saturday to apologize for her remarks.",
     "CONCEDE", "church"),
    ("The envoy met the rebel leaders in Tarvo to demand the release of the hostages.",
     "REQUEST", "leaders"),
]


def _of_type(nlp: Any, text: str, etype: str) -> list[Any]:
    return [e for e in events_of(nlp, text) if e.type == etype]


def test_the_one_visited_is_addressed(nlp: Any) -> None:
    for text, etype, name in PURPOSE_TEXTS:
        found = _of_type(nlp, text, etype)
        assert any(e.recipient is not None and e.recipient.name == name and
                   "purpose_visit_recipient" in e.rules for e in found), (text, found)


def test_without_the_rule_no_one_is_addressed(monkeypatch: Any, nlp: Any) -> None:
    rules_off(monkeypatch, "purpose_visit_recipient")
    for text, etype, _name in PURPOSE_TEXTS:
        found = _of_type(nlp, text, etype)
        assert found, text
        assert all(e.recipient is None for e in found), (text, found)


def test_an_act_with_its_own_party_keeps_it(nlp: Any) -> None:
    # the one urged is named by the act itself: the place visited is not taken
    found = _of_type(nlp, "The senator visited Kabul to urge the Taliban to free the "
                          "hostages.", "REQUEST")
    assert any(e.recipient is not None and e.recipient.name == "Taliban" for e in found), found
    assert not any("purpose_visit_recipient" in e.rules for e in found), found


# ------------------------------------------------------------ answered_act: new act nouns

ANSWERED_TEXTS = [
    # (text, the answering type, whose act it answers)
    ("The Ruritanian government refused to extradite the banker. Freedonia condemned the "
     "refusal.", "ACCUSE", "government"),
    ("The airline apologized to passengers on Monday. The union of pilots mocked the apology.",
     "ACCUSE", "airline"),
]


def test_a_refusal_or_an_apology_answered_is_its_makers(nlp: Any) -> None:
    for text, etype, name in ANSWERED_TEXTS:
        found = _of_type(nlp, text, etype)
        assert any(e.recipient is not None and e.recipient.name == name and
                   "answered_act" in e.rules for e in found), (text, found)


def test_without_answered_act_the_maker_is_unknown(monkeypatch: Any, nlp: Any) -> None:
    rules_off(monkeypatch, "answered_act")
    for text, etype, _name in ANSWERED_TEXTS:
        found = _of_type(nlp, text, etype)
        assert found, text
        assert all(e.recipient is None for e in found), (text, found)


def test_a_refusal_never_told_names_no_one(nlp: Any) -> None:
    found = _of_type(nlp, "The airline cut forty routes on Monday. Freedonia condemned the "
                          "refusal.", "ACCUSE")
    assert all(e.recipient is None or "answered_act" not in e.rules for e in found), found


# ------------------------------------------------------------ beneficiary_not_asked

BENEFIT_TEXT = "The nurses' union pushed for the hospital's nurses to keep their pensions."


def test_whom_a_demand_is_for_is_not_asked(nlp: Any) -> None:
    found = _of_type(nlp, BENEFIT_TEXT, "REQUEST")
    assert found
    assert all(e.recipient is None for e in found), found


def test_without_the_rule_the_nurses_are_asked(monkeypatch: Any, nlp: Any) -> None:
    rules_off(monkeypatch, "beneficiary_not_asked")
    found = _of_type(nlp, BENEFIT_TEXT, "REQUEST")
    assert any(e.recipient is not None and e.recipient.name == "nurses" for e in found), found


def test_the_one_asked_to_act_stays(nlp: Any) -> None:
    found = _of_type(nlp, "The nurses' union pushed for the hospital to rehire the nurses.",
                     "REQUEST")
    assert any(e.recipient is not None and e.recipient.name == "hospital" for e in found), found
