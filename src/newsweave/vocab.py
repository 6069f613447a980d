"""The one vocabulary of claims and evidence: statuses, modalities, stances and evidence roles.

Every stage that names, orders, colours or maps these values reads them here: link (claim
status, evidence roles), the CLI (order and colour of the claims table), the brief (section
order), the exports and the web API (`/api/vocab`, which the browser code reads instead of
keeping its own copy).

Evidence roles: every piece of evidence of a claim plays exactly one role, and so does every
source (an outlet in its own voice, or a person or group it quotes):

supports  the source says it happened (asserted, planned; an alleged report supports it
          without vouching for it: "firm" is False)
doubts    the source says it is unclear, unconfirmed, or cautions against concluding it
denies    the source says it did not happen (a denial, or a negated report of the action)
"""

from __future__ import annotations

from dataclasses import asdict, dataclass
from typing import Any


@dataclass(frozen=True)
class Term:
    """One value of a vocabulary: its id, display label, colour and a one-line meaning."""

    id: str
    label: str
    color: str
    meaning: str
    style: str = "solid"  # line style of a claim edge (statuses)


# ----------------------------------------------------------------------------- evidence roles

SUPPORTS, DOUBTS, DENIES = "supports", "doubts", "denies"
ROLES: tuple[Term, ...] = (
    Term(SUPPORTS, "Says so", "#2e7d32", "the source says it happened"),
    Term(DOUBTS, "Doubts", "#ef6c00", "the source says it is unclear or unconfirmed, or "
         "cautions against concluding it"),
    Term(DENIES, "Denies", "#c62828", "the source says it did not happen"),
)
ROLE_ORDER: tuple[str, ...] = tuple(t.id for t in ROLES)
# when one source says two things about one claim, the stronger word against it wins: a
# denial over a doubt, a doubt over a report (a source that questions a report does not
# vouch for it)
ROLE_PRECEDENCE: tuple[str, ...] = (DENIES, DOUBTS, SUPPORTS)

# ----------------------------------------------------------------------------- modalities


@dataclass(frozen=True)
class ModalityTerm(Term):
    role: str = SUPPORTS  # the evidence role of an event with this modality
    firm: bool = True  # a support that vouches for the claim (not only reports an allegation)
    makes_claim: bool = True  # may an event of this modality found a claim of its own


MODALITIES: tuple[ModalityTerm, ...] = (
    ModalityTerm("asserted", "asserted", "#2e7d32", "stated as fact", role=SUPPORTS),
    ModalityTerm("planned", "planned", "#558b2f", "announced or intended", role=SUPPORTS),
    ModalityTerm("alleged", "alleged", "#f9a825", "reported as somebody's allegation",
                 role=SUPPORTS, firm=False),
    ModalityTerm("hypothetical", "hypothetical", "#9e9d24", "possible, conditional",
                 role=SUPPORTS, firm=False),
    ModalityTerm("unconfirmed", "unconfirmed", "#ef6c00", "said to be unclear or unverified",
                 role=DOUBTS, firm=False),
    ModalityTerm("denied", "denied", "#c62828", "somebody denies it", role=DENIES,
                 firm=False),
    ModalityTerm("negated", "negated", "#ad1457", "reported as not having happened",
                 role=DENIES, firm=False, makes_claim=False),
)
MODALITY_BY_ID: dict[str, ModalityTerm] = {m.id: m for m in MODALITIES}

# ----------------------------------------------------------------------------- quote stances


@dataclass(frozen=True)
class StanceTerm(Term):
    role: str = SUPPORTS


STANCES: tuple[StanceTerm, ...] = (
    StanceTerm("assert", "asserts", "#2e7d32", "states it", role=SUPPORTS),
    StanceTerm("confirm", "confirms", "#1b5e20", "confirms it", role=SUPPORTS),
    StanceTerm("question", "questions", "#ef6c00", "questions or doubts it", role=DOUBTS),
    StanceTerm("deny", "denies", "#c62828", "denies it", role=DENIES),
)
STANCE_BY_ID: dict[str, StanceTerm] = {s.id: s for s in STANCES}

# ----------------------------------------------------------------------------- statuses

CORROBORATED, SINGLE_SOURCE, UNCONFIRMED = "corroborated", "single-source", "unconfirmed"
CONTESTED, DENIED = "contested", "denied"
STATUSES: tuple[Term, ...] = (
    Term(CORROBORATED, "corroborated", "#2e7d32",
         "two or more sources vouch for it, carried by two or more independent outlets; "
         "nobody doubts or denies it"),
    Term(SINGLE_SOURCE, "single source", "#78909c",
         "vouched for by one source, or by sources in one outlet only; nobody doubts or "
         "denies it"),
    Term(UNCONFIRMED, "alleged / unconfirmed", "#ef6c00",
         "only alleged, hypothetical or unconfirmed reports; nobody vouches for it",
         style="dashed"),
    Term(CONTESTED, "contested", "#8e24aa",
         "sources on both sides: some say so, others doubt or deny it", style="dashed"),
    Term(DENIED, "denied", "#c62828",
         "the denials outweigh the support (at least as many sources deny it as say so)",
         style="dotted"),
)
STATUS_ORDER: tuple[str, ...] = tuple(t.id for t in STATUSES)
STATUS_BY_ID: dict[str, Term] = {t.id: t for t in STATUSES}
# the brief leads with what an analyst must check first
BRIEF_STATUS_ORDER: tuple[str, ...] = (DENIED, CONTESTED, CORROBORATED, SINGLE_SOURCE,
                                       UNCONFIRMED)


def modality_role(modality: str | None) -> str:
    """The evidence role of an event's modality (unknown values support, as asserted)."""
    term = MODALITY_BY_ID.get(modality or "asserted")
    return term.role if term else SUPPORTS


def modality_is_firm(modality: str | None) -> bool:
    term = MODALITY_BY_ID.get(modality or "asserted")
    return term.firm if term else True


def modality_makes_claim(modality: str | None) -> bool:
    term = MODALITY_BY_ID.get(modality or "asserted")
    return term.makes_claim if term else True


def stance_role(stance: str | None) -> str:
    """The evidence role of a quote's stance (no stance: the speaker states it)."""
    term = STANCE_BY_ID.get(stance or "assert")
    return term.role if term else SUPPORTS


def strongest_role(roles: set[str] | list[str]) -> str:
    """The role a source takes when its evidence plays several (see ROLE_PRECEDENCE)."""
    for role in ROLE_PRECEDENCE:
        if role in roles:
            return role
    return SUPPORTS


def claim_status(supports: int, doubts: int, denies: int, firm_sources: int,
                 firm_outlets: int) -> str:
    """The status from how many sources say so, doubt and deny it, how many of those saying
    so vouch for it (asserted or planned, not only alleged) and through how many independent
    outlets. See STATUSES for the meanings."""
    if denies and denies >= supports:
        return DENIED
    if supports and (doubts or denies):
        return CONTESTED
    if firm_sources >= 2 and firm_outlets >= 2:
        return CORROBORATED
    if firm_sources:
        return SINGLE_SOURCE
    return UNCONFIRMED


def status_label(status: str) -> str:
    term = STATUS_BY_ID.get(status)
    return term.label if term else status


def counts_text(counts: dict[str, int]) -> str:
    """"10 say so · 1 denies": a claim's source counts, in role order."""
    words = {SUPPORTS: "say so", DOUBTS: "doubt", DENIES: "deny"}
    return " · ".join(f"{counts[r]} {words[r]}" for r in ROLE_ORDER if counts.get(r)) or "-"


def as_json() -> dict[str, Any]:
    """The whole vocabulary for the browser (`/api/vocab`)."""
    return {
        "statuses": [asdict(t) for t in STATUSES],
        "brief_status_order": list(BRIEF_STATUS_ORDER),
        "roles": [asdict(t) for t in ROLES],
        "modalities": [asdict(t) for t in MODALITIES],
        "stances": [asdict(t) for t in STANCES],
    }
