"""Event senses found by a systematic sweep of the ways news words each PLOVER act (issue #11,
evsense25 session 25; the sweep is the development suite senses-dev, event_senses_dev.jsonl,
in two batches). First round (batch 1's misses): weapons used against a party, arms smuggled
to one, a proposal brushed off or stonewalled, an application for money, subpoenas and
prosecutors' charges, agreements entered into or signed on to, a presence scaled back, a
stance softened, huddles, sabre-rattling, tributes and visits paid, arrests by placing under
arrest, sanctions slapped on, property handed back or returned, asylum given. Second round:
quarrels settled, resources pooled, deals cancelled by states, boats forced to turn back,
property taken by the police, crowds gathered to protest. Third round (batch 2's misses): deals
hammered out, differences patched up, bankrolling, chipping in, supplies rushed to a party,
targets hit or pelted with projectiles, expropriation, people hauled in, a licence stripped,
playing host, intelligence swapped, walking away from talks, closing the door on them, turning
to a party for arms or money, petitions filed, pointing the finger, taking to task, diplomats
ordered out, praise heaped on a party, backing given, a siege lifted, questioning by the
police or another authority, roads paralysed. Fourth round (batch 3's misses): a resignation
tendered, kept in custody, a law watered down, drafted into the army, nationalization,
positions abandoned, the hatchet buried, owning up, nixing a proposal. Each sense is one
lexicon entry (event_lexicon.json) whose rule the event records ("verbs:use#0"); each is
tested on a sentence we made up and on a look-alike that must stay silent."""

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
    # the second and third rounds (batch 1's remaining misses, then batch 2's)
    ("Ecuador and Peru settled their feud over the river border.", "AGREE", "verbs:settle"),
    ("Malaysia and Indonesia pooled their resources to fight the haze.", "COOPERATE",
     "verbs:pool"),
    ("Turkey cancelled a gas supply deal with Iraq.", "SANCTION", "verbs:cancel"),
    ("The Greek coast guard forced the fishing vessel to return to port.", "COERCE", "verbs:force"),
    ("Georgian police took documents from the former minister's home.", "COERCE",
     "verbs:take"),
    ("Thousands of Serbians gathered in the capital to protest the mine.", "PROTEST",
     "verbs:gather"),
    ("Kenya and Ethiopia hammered out a deal on grazing rights.", "AGREE", "verbs:hammer"),
    ("Ethiopia and Eritrea patched up their differences in Asmara.", "AGREE", "verbs:patch"),
    ("Qatar bankrolled the reconstruction of Gaza's hospitals.", "AID", "verbs:bankroll"),
    ("Norway chipped in 20 million dollars for Somalia's drought fund.", "AID", "verbs:chip"),
    ("Egypt rushed food and medicine to Sudan after the floods.", "AID", "verbs:rush"),
    ("Militants pelted the Indian army convoy with grenades.", "ASSAULT", "verbs:pelt"),
    ("Bolivia expropriated the Spanish power company.", "COERCE", "verbs:expropriate"),
    ("Chinese police hauled in two dozen protesters on Sunday.", "COERCE", "verbs:haul"),
    ("The Polish president played host to the Ukrainian leader in Warsaw.", "CONSULT",
     "verbs:play"),
    ("Jordan swapped intelligence with Egypt on the militants.", "COOPERATE", "verbs:swap"),
    ("Serbia walked away from the talks with Kosovo.", "REJECT", "verbs:walk"),
    ("Iran closed the door on talks with the United States.", "REJECT", "verbs:close"),
    ("Niger turned to Turkey for armed drones.", "REQUEST", "verbs:turn"),
    ("Kenya's opposition filed a petition with the supreme court.", "REQUEST",
     "nouns:petition"),
    ("Pakistan pointed the finger at Afghanistan for the bombing.", "ACCUSE", "verbs:point"),
    ("Spain's opposition took the prime minister to task over the amnesty.", "ACCUSE",
     "verbs:take"),
    ("Mali ordered the French ambassador out of the country.", "SANCTION", "verbs:order"),
    ("Brazil's president heaped praise on Argentina's new leader.", "SUPPORT", "verbs:heap"),
    ("France gave its backing to Morocco's autonomy plan.", "SUPPORT", "verbs:give"),
    ("Russian forces lifted their siege of the city.", "RETREAT", "verbs:lift"),
    ("Kenyan police questioned the opposition leader for six hours.", "ACCUSE",
     "verbs:question"),
    ("Farmers paralysed the roads around Paris with their tractors.", "PROTEST",
     "verbs:paralyse"),
    ("Hungary stripped the radio station of its broadcast licence.", "COERCE", "verbs:strip"),
    # the fourth round (batch 3's misses)
    ("Peru's interior minister tendered his resignation on Monday.", "RETREAT",
     "nouns:resignation"),
    ("Egyptian police kept the activist in custody for a month.", "COERCE", "verbs:keep"),
    ("The Polish senate watered down the media law.", "CONCEDE", "verbs:water"),
    ("Mali's junta drafted thousands of students into the army.", "MOBILIZE", "verbs:draft"),
    ("Bolivia nationalized the Argentine-owned gas company.", "COERCE", "verbs:nationalize"),
    ("Ukrainian troops abandoned their positions near the river.", "RETREAT", "verbs:abandon"),
    ("Ethiopia and Eritrea buried the hatchet after twenty years.", "AGREE", "verbs:bury"),
    ("The Dutch government owned up to failures in the benefits scandal.", "CONCEDE",
     "verbs:own"),
    ("Hungary nixed the EU proposal on migrant quotas.", "REJECT", "verbs:nix"),
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
    ("The dust settled over the empty square.", "AGREE"),
    ("The villagers pooled their savings to build a well.", "COOPERATE"),
    ("The singer cancelled her record deal.", "SANCTION"),
    ("The storm forced the ferry to turn back.", "COERCE"),
    ("Thieves took documents from the party's office.", "COERCE"),
    ("Hundreds gathered outside the church to celebrate the wedding.", "PROTEST"),
    ("The blacksmith hammered out a dent in the gate.", "AGREE"),
    ("The tailor patched up the torn sleeve.", "AGREE"),
    ("A film studio bankrolled the director's new comedy.", "AID"),
    ("The builders rushed to finish the roof before the rain.", "AID"),
    ("Children pelted each other with snowballs in the park.", "ASSAULT"),
    ("The fishermen hauled in their nets at dawn.", "COERCE"),
    ("The city played host to the jazz festival.", "CONSULT"),
    ("Collectors swapped stamps at the fair.", "COOPERATE"),
    ("The injured driver walked away from the crash.", "REJECT"),
    ("She closed the door on the cold wind.", "REJECT"),
    ("The road turns sharply to the left.", "REQUEST"),
    ("The teacher pointed at the map on the wall.", "ACCUSE"),
    ("The critics heaped praise on the new opera.", "SUPPORT"),
    ("The crane lifted the steel beam onto the roof.", "RETREAT"),
    ("The teacher questioned the pupils about the poem.", "ACCUSE"),
    ("Heavy traffic paralysed the city centre on Friday.", "PROTEST"),
    ("The workers stripped the old paint from the wall.", "COERCE"),
    ("Oslo gave logistical support to the Malian army.", "SUPPORT"),
    ("The museum kept the painting in storage for years.", "COERCE"),
    ("The barman watered down the whisky.", "CONCEDE"),
    ("The coach drafted three rookies into the team.", "MOBILIZE"),
    ("The hikers abandoned their plan to climb the peak.", "RETREAT"),
    ("Villagers buried the dead after the flood.", "AGREE"),
    ("The chef nixed the dessert from the menu.", "REJECT"),
])
def test_a_look_alike_stays_silent(nlp: Any, text: str, wrong: str) -> None:
    assert wrong not in {e.type for e in events_of(nlp, text)}, text
