"""Event senses found by a systematic sweep of the ways news words each PLOVER act (issue #11,
evsense25 session 25; the sweep is the development suite senses-dev, event_senses_dev.jsonl):
weapons used against a party, arms smuggled to one, a proposal brushed off or stonewalled, an
application for money, subpoenas and prosecutors' charges, agreements entered into or signed
on to, a presence scaled back, a stance softened, huddles, sabre-rattling, tributes and visits
paid, arrests by placing under arrest, sanctions slapped on, property handed back or returned,
asylum given. Each sense is one lexicon entry (event_lexicon.json) whose rule the event
records ("verbs:use#0"); each is tested on a sentence we made up and on a look-alike that
must stay silent."""

from __future__ import annotations

from typing import Any

import pytest

from event_helpers import events_of

pytestmark = pytest.mark.slow


@pytest.mark.parametrize(("text", "etype", "rule"), [
    ("Rebel fighters used rockets against the army garrison on Monday.", "ASSAULT",
     "verbs:use"),
    ("Armenia accused Azerbaijan of smuggling rifles to the separatists.", "AID",
     "verbs:smuggle"),
    ("The Kenyan government brushed off the opposition's demand for an audit.", "REJECT",
     "verbs:brush"),
    ("Ankara brushed aside a Greek proposal for a joint commission.", "REJECT",
     "verbs:brush"),
    ("Hungary stonewalled the commission's request for the budget figures.", "REJECT",
     "verbs:stonewall"),
    ("Pakistan applied to the Asian Development Bank for an emergency loan.", "REQUEST",
     "verbs:apply"),
    ("Senators subpoenaed the defence secretary on Thursday.", "ACCUSE",
     "verbs:subpoena"),
    ("French prosecutors charged the former minister on Wednesday.", "ACCUSE",
     "verbs:charge"),
    ("Namibia entered into a fishing agreement with Angola in May.", "AGREE", "verbs:enter"),
    ("Chile signed up to the regional treaty on plastic waste.", "AGREE", "verbs:sign"),
    ("France scaled down its garrison in Chad over the summer.", "RETREAT", "verbs:scale"),
    ("Poland softened its objections to the migration pact.", "CONCEDE", "verbs:soften"),
    ("The Egyptian foreign minister huddled with Sudanese envoys in Cairo.", "CONSULT",
     "verbs:huddle"),
    ("Moscow rattled its sabres at the Baltic states during the drills.", "THREATEN",
     "verbs:rattle"),
    ("The Ghanaian president paid tribute to Nigeria's late leader.", "SUPPORT",
     "nouns:tribute"),
    ("Vietnam's prime minister paid a visit to Laos last week.", "CONSULT", "nouns:visit"),
    ("Belarus placed the opposition blogger under house arrest.", "COERCE", "verbs:place"),
    ("Washington slapped sanctions on three Iranian shipping firms.", "SANCTION",
     "verbs:slap"),
    ("Uganda handed back the disputed island to Kenya.", "RETREAT", "verbs:hand"),
    ("Spain returned the seized fishing boat to Morocco.", "RETREAT", "verbs:return"),
    ("Germany gave asylum to the Russian dissident.", "AID", "verbs:give"),
])
def test_a_swept_sense_gives_its_type_and_names_its_rule(nlp: Any, text: str, etype: str,
                                                        rule: str) -> None:
    found = [e for e in events_of(nlp, text) if e.type == etype]
    assert found, (text, [(e.type, e.rules) for e in events_of(nlp, text)])
    assert any(r.startswith(rule) for e in found for r in e.rules), [e.rules for e in found]


@pytest.mark.parametrize(("text", "wrong"), [
    ("Farmers used drones to spray their fields.", "ASSAULT"),
    ("The campaign used drones against a backdrop of hills.", "ASSAULT"),
    ("Gangs smuggled cigarettes to buyers across the border.", "AID"),
    ("She brushed off the snow from her boots.", "REJECT"),
    ("The witness stonewalled for an hour.", "REJECT"),
    ("He applied for a job at the port.", "REQUEST"),
    ("A subpoena is a written order to appear in court.", "ACCUSE"),
    ("The firm charged customers a monthly fee.", "ACCUSE"),
    ("The hikers entered into the valley at dawn.", "AGREE"),
    ("The winger signed on to a new club in Lisbon.", "AGREE"),
    ("The bakery scaled back its opening hours.", "RETREAT"),
    ("The butter softened on the kitchen table.", "CONCEDE"),
    ("The players huddled with their coach at half-time.", "CONSULT"),
    ("The storm rattled the windows of the old school.", "THREATEN"),
    ("The band paid tribute to the blues on its new album.", "SUPPORT"),
    ("The family paid a visit to the zoo.", "CONSULT"),
    ("The council placed the project under review.", "COERCE"),
    ("The cook slapped the dough on the table.", "SANCTION"),
    ("The tenant handed back the keys to the landlord.", "RETREAT"),
    ("The shop returned the goods to the supplier.", "RETREAT"),
    ("The choir gave a concert in the cathedral.", "AID"),
])
def test_a_look_alike_stays_silent(nlp: Any, text: str, wrong: str) -> None:
    assert wrong not in {e.type for e in events_of(nlp, text)}, text
