"""A small hand-made store for the web tests (fictional countries, so nothing is seed-specific).

It holds what the linker will produce later: entities, quotes, events and claims with every
status the UI styles differently, one claim both supported and denied, located events, and an
article whose title, text and quote contain HTML/script that must show as text.
"""

from __future__ import annotations

from pathlib import Path

from newsweave.model import (
    ActorRef,
    Article,
    ArticleAnalysis,
    Claim,
    Entity,
    Event,
    LinkResult,
    Location,
    Mention,
    Quote,
    Span,
    stable_id,
)
from newsweave.store import Store

SCRIPT_TITLE = '<b>Talks</b> & <script>alert("title")</script>'
SCRIPT_SENTENCE = ('<script>alert("body")</script> Sylvanian rebels met Freedonian envoys in '
                   "Port Marvel.")
SCRIPT_QUOTE = '<img src=x onerror=alert("quote")> we talked'

TEXTS = {
    "ledger": (
        "Freedonia has been supplying rifles to the Sylvanian rebels, officials said. "
        '"Freedonia is arming the rebels," said Rufus Firefly, a Sylvanian minister. '
        "The shipments reached Port Marvel in February."
    ),
    "wire": (
        "Freedonia sent rifles to the Sylvanian rebels last month. "
        "Freedonia denied that it supplies weapons to the rebels. "
        '"We have never armed anyone," said Gloria Teasdale, a Freedonian spokeswoman. '
        "Sylvanian rebels reportedly threatened Port Marvel."
    ),
    "harbor": f'{SCRIPT_SENTENCE} "{SCRIPT_QUOTE}," said Rufus Firefly.',
}
META = {
    "ledger": ("Daily Ledger", "2021-03-02", "Freedonia arms rebels, officials say"),
    "wire": ("Evening Wire", "2021-03-05", "Freedonia denies arming rebels"),
    "harbor": ("Harbor Times", "2021-04-10", SCRIPT_TITLE),
}
SUPPORT_SENTENCE = "Freedonia has been supplying rifles to the Sylvanian rebels, officials said."
DENY_SENTENCE = "Freedonia denied that it supplies weapons to the rebels."


def span_of(text: str, part: str) -> Span:
    start = text.index(part)
    return (start, start + len(part))


def build_web_store(path: Path) -> dict[str, str]:
    """Write the store; returns the ids tests refer to (articles, claims, entities)."""
    arts = {}
    for key, text in TEXTS.items():
        outlet, date, title = META[key]
        arts[key] = Article(article_id=stable_id("art", text), source=f"{key}.txt", text=text,
                            title=title, outlet=outlet, published=date,
                            published_source="metadata", language="en", format="text")
    ents = {
        "freedonia": Entity(entity_id="ent_freedonia", name="Freedonia", type="GPE",
                            aliases=["Freedonian"], country=None, mention_count=6),
        "rebels": Entity(entity_id="ent_rebels", name="Sylvanian rebels", type="ORG",
                         aliases=["rebels"], sector="REB", mention_count=4),
        "firefly": Entity(entity_id="ent_firefly", name="Rufus Firefly", type="PERSON",
                          description="a Sylvanian minister", mention_count=2),
        "teasdale": Entity(entity_id="ent_teasdale", name="Gloria Teasdale", type="PERSON",
                           description="a Freedonian spokeswoman", mention_count=1),
    }
    for ent in ents.values():
        ent.article_ids = [a.article_id for a in arts.values() if ent.name in a.text]

    def ref(key: str, name: str | None = None) -> ActorRef:
        ent = ents[key]
        return ActorRef(name=name or ent.name, entity_id=ent.entity_id, type=ent.type)

    mentions: dict[str, list[Mention]] = {k: [] for k in arts}
    mention_entity: dict[str, str] = {}
    for key, art in arts.items():
        for ekey, ent in ents.items():
            for name in [ent.name]:
                at = art.text.find(name)
                if at >= 0:
                    mid = stable_id("men", art.article_id, at)
                    mentions[key].append(Mention(
                        mention_id=mid, article_id=art.article_id, text=name,
                        span=(at, at + len(name)), label=ent.type, canonical=ent.name,
                        local_key=ekey))
                    mention_entity[mid] = ent.entity_id

    def quote(key: str, text: str, speaker: str, stance: str, sentence: str) -> Quote:
        art = arts[key]
        return Quote(quote_id=stable_id("quo", art.article_id, text), article_id=art.article_id,
                     kind="direct", text=text, span=span_of(art.text, text),
                     speaker=ref(speaker), cue="say", stance=stance, sentence=sentence)

    q_arm = quote("ledger", "Freedonia is arming the rebels", "firefly", "assert",
                  '"Freedonia is arming the rebels," said Rufus Firefly, a Sylvanian minister.')
    q_deny = quote("wire", "We have never armed anyone", "teasdale", "deny",
                   '"We have never armed anyone," said Gloria Teasdale, a Freedonian '
                   "spokeswoman.")
    q_script = quote("harbor", SCRIPT_QUOTE, "firefly", "assert", TEXTS["harbor"])

    def event(key: str, sentence: str, trigger: str, type_: str, actor: ActorRef | None,
              recipient: ActorRef | None, modality: str = "asserted", **kw: object) -> Event:
        art = arts[key]
        sent_span = span_of(art.text, sentence)
        trig = art.text.index(trigger, sent_span[0])
        return Event(event_id=stable_id("evt", art.article_id, sent_span, type_),
                     article_id=art.article_id, span=(trig, trig + len(trigger)),
                     sentence=sentence, type=type_, trigger=trigger, actor=actor,
                     recipient=recipient, modality=modality, sentence_span=sent_span,
                     **kw)  # type: ignore[arg-type]

    e_supply = event("ledger", SUPPORT_SENTENCE, "supplying", "AID", ref("freedonia"),
                     ref("rebels"), date="2021-03")
    e_arming = event("ledger", q_arm.sentence or "", "arming", "AID", ref("freedonia"),
                     ref("rebels"), attributed_to=ref("firefly"), quote_id=q_arm.quote_id)
    e_sent = event("wire", "Freedonia sent rifles to the Sylvanian rebels last month.", "sent",
                   "AID", ref("freedonia"), ref("rebels"), date="2021-02")
    e_denied = event("wire", DENY_SENTENCE, "supplies", "AID", ref("freedonia"),
                     ref("rebels", "the rebels"), modality="denied", modality_cue="denied",
                     attributed_to=ref("freedonia"))
    e_threat = event("wire", "Sylvanian rebels reportedly threatened Port Marvel.",
                     "threatened", "THREATEN", ref("rebels"), ActorRef(name="Port Marvel"),
                     modality="unconfirmed", modality_cue="reportedly",
                     location=Location(name="Port Marvel", lat=12.5, lon=41.0, kind="city"))
    e_met = event("harbor", SCRIPT_SENTENCE, "met", "CONSULT", ref("rebels"),
                  ref("freedonia", "Freedonian envoys"), date="2021-04-09",
                  location=Location(name="Port Marvel", lat=12.5, lon=41.0, kind="city"))
    events = {"ledger": [e_supply, e_arming], "wire": [e_sent, e_denied, e_threat],
              "harbor": [e_met]}
    quotes = {"ledger": [q_arm], "wire": [q_deny], "harbor": [q_script]}

    claims = [
        Claim(claim_id="clm_arms", summary="Freedonia supplies rifles to the Sylvanian rebels",
              type="AID", actor=ref("freedonia"), recipient=ref("rebels"),
              event_ids=[e_supply.event_id, e_arming.event_id, e_sent.event_id,
                         e_denied.event_id],
              quote_ids=[q_arm.quote_id, q_deny.quote_id],
              article_ids=[arts["ledger"].article_id, arts["wire"].article_id],
              outlets=["Daily Ledger", "Evening Wire"],
              independent_sources=["Daily Ledger", "Evening Wire"], status="contested",
              supported_by=["Rufus Firefly", "Daily Ledger", "Evening Wire"],
              denied_by=["Freedonia", "Gloria Teasdale"], first_seen="2021-03-02"),
        Claim(claim_id="clm_met", summary="Sylvanian rebels met Freedonian envoys",
              type="CONSULT", actor=ref("rebels"), recipient=ref("freedonia"),
              event_ids=[e_met.event_id], article_ids=[arts["harbor"].article_id],
              outlets=["Harbor Times"], independent_sources=["Harbor Times"],
              status="single-source", supported_by=["Harbor Times"],
              first_seen="2021-04-10"),
        Claim(claim_id="clm_threat", summary="Sylvanian rebels threatened Port Marvel",
              type="THREATEN", actor=ref("rebels"), recipient=ActorRef(name="Port Marvel"),
              event_ids=[e_threat.event_id], article_ids=[arts["wire"].article_id],
              outlets=["Evening Wire"], independent_sources=["Evening Wire"],
              status="unconfirmed", first_seen="2021-03-05"),
    ]
    analyses = [ArticleAnalysis(article_id=arts[k].article_id, mentions=mentions[k],
                                quotes=quotes[k], events=events[k], analyzer_version="test")
                for k in arts]
    with Store(path) as store:
        store.write_batch(list(arts.values()), analyses)
        store.write_links(LinkResult(entities=list(ents.values()), mention_entity=mention_entity,
                                     claims=claims))
    return {"ledger": arts["ledger"].article_id, "wire": arts["wire"].article_id,
            "harbor": arts["harbor"].article_id, "q_deny": q_deny.quote_id,
            "e_denied": e_denied.event_id, "e_supply": e_supply.event_id}
