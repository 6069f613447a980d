"""Article metadata helpers: outlet names, outlet clues in the text, language, metadata dates."""

from __future__ import annotations

import functools
import re
from collections import Counter
from dataclasses import dataclass
from datetime import UTC, date, datetime
from typing import Any

from newsweave.extract.lexicon import load_json

# An inferred outlet needs this much evidence (see boilerplate.json "outlet_self_reference").
OUTLET_MIN_SCORE = 2
# Outlet clues are looked for in the first OUTLET_SCAN_CHARS and last OUTLET_TAIL_CHARS only.
OUTLET_SCAN_CHARS = 60_000
OUTLET_TAIL_CHARS = 5_000


@dataclass(frozen=True)
class _OutletTable:
    by_alias: dict[str, str]  # exact alias -> canonical name
    by_folded: dict[str, str]  # casefolded alias -> canonical name
    by_domain: dict[str, str]
    self_ref_rules: tuple[tuple[str, int], ...]  # (pattern with {outlet}, weight)
    cited_rules: tuple[str, ...]
    alias_folds: tuple[tuple[str, str], ...]  # (alias, casefolded alias)


@functools.lru_cache(maxsize=256)
def _outlet_patterns(aliases: tuple[str, ...]) -> tuple[
        tuple[tuple[re.Pattern[str], int], ...], tuple[re.Pattern[str], ...]]:
    """The self-reference and citation patterns with {outlet} standing for these aliases
    only: an alternation of the few outlets a text names runs many times faster than one of
    every known outlet."""
    table = _outlets()
    names = sorted(aliases, key=len, reverse=True)
    alternation = "(?P<outlet>" + "|".join(re.escape(n) for n in names) + ")"
    self_refs = tuple((re.compile(rule.replace("{outlet}", alternation), re.I | re.M), weight)
                      for rule, weight in table.self_ref_rules)
    cited = tuple(re.compile(rule.replace("{outlet}", alternation), re.I | re.M)
                  for rule in table.cited_rules)
    return self_refs, cited


@functools.lru_cache(maxsize=1)
def _outlets() -> _OutletTable:
    by_alias: dict[str, str] = {}
    by_domain: dict[str, str] = {}
    for row in load_json("outlets.json")["outlets"]:
        for alias in [row["name"], *row.get("aliases", [])]:
            by_alias.setdefault(alias, row["name"])
        for domain in row.get("domains", []):
            by_domain[domain.lower()] = row["name"]
    rules = load_json("boilerplate.json")
    self_refs = tuple((r["pattern"], int(r["weight"])) for r in rules["outlet_self_reference"])
    cited = tuple(rules["outlet_cited"])
    folded = {a.casefold(): n for a, n in by_alias.items()}
    return _OutletTable(by_alias, folded, by_domain, self_refs, cited,
                        tuple((a, a.casefold()) for a in sorted(by_alias)))


def canonical_outlet(name: str | None) -> str | None:
    """The canonical name of a known outlet ("Deutsche Welle" -> "DW"), else the name as given."""
    if not name:
        return None
    name = re.sub(r"\s+", " ", name).strip()
    if not name:
        return None
    table = _outlets()
    return table.by_alias.get(name) or table.by_folded.get(name.casefold()) or name


def outlet_for_host(host: str | None) -> str | None:
    """A known outlet whose domain `host` belongs to (www.dw.com -> DW)."""
    if not host:
        return None
    host = host.lower().split(":", 1)[0]
    table = _outlets()
    parts = host.split(".")
    for i in range(len(parts) - 1):
        hit = table.by_domain.get(".".join(parts[i:]))
        if hit:
            return hit
    return None


def infer_outlet(text: str) -> str | None:
    """The outlet a text names as its own author, or None when the evidence is thin.

    Self-references ("VOA could not confirm", "told DW", "(Reuters) -", "© AFP") add weight;
    outlets the text introduces as third parties ("news agency Interfax", "The Guardian
    reported") are ruled out. Conservative: one unsupported "told X" is not enough.
    """
    if len(text) > OUTLET_SCAN_CHARS:  # a news article is far shorter; bound the regex work
        text = text[:OUTLET_SCAN_CHARS] + "\n" + text[-OUTLET_TAIL_CHARS:]
    table = _outlets()
    folded_text = text.casefold()
    present = tuple(a for a, folded in table.alias_folds if folded in folded_text)
    if not present:
        return None
    self_refs, cited_patterns = _outlet_patterns(present)
    cited: set[str] = set()
    for pattern in cited_patterns:
        for m in pattern.finditer(text):
            name = table.by_alias.get(m.group("outlet"))
            if name:
                cited.add(name)
    scores: Counter[str] = Counter()
    for pattern, weight in self_refs:
        for m in pattern.finditer(text):
            name = table.by_alias.get(m.group("outlet"))  # exact case: "AP", not "ap"
            if name and name not in cited:
                scores[name] += weight
    ranked = scores.most_common(2)
    if not ranked or ranked[0][1] < OUTLET_MIN_SCORE:
        return None
    if len(ranked) > 1 and ranked[1][1] == ranked[0][1]:
        return None  # two outlets claim the text equally: do not guess
    return ranked[0][0]


@functools.lru_cache(maxsize=1)
def _language_identifier() -> Any:
    """py3langid's identifier, read back from the disk cache: its bundled model is an
    xz-compressed file whose unpacking cost every run 0.5-0.6 s of CPU (the unpacked
    arrays in a pickle load in a few milliseconds)."""
    from importlib.metadata import version

    from newsweave.diskcache import cached

    return cached("language_identifier", f"py3langid {version('py3langid')} norm_probs",
                  _load_language_identifier)


def _load_language_identifier() -> Any:
    from py3langid.langid import MODEL_DIR, MODEL_FILE, LanguageIdentifier

    return LanguageIdentifier.from_modelpath(MODEL_DIR / MODEL_FILE, norm_probs=True)


def detect_language(text: str) -> tuple[str | None, float]:
    """(ISO 639-1 code, probability) of the text's language; (None, 0) for too little text."""
    sample = text[:5_000]
    if len(re.findall(r"[^\W\d_]{2,}", sample)) < 3:
        return None, 0.0
    lang, prob = _language_identifier().classify(sample)
    return str(lang), float(prob)


def iso_date(value: Any) -> str | None:
    """A metadata date (ISO string, epoch seconds, or a written date) as an ISO day."""
    if value is None or value == "":
        return None
    if isinstance(value, datetime):
        return value.date().isoformat()
    if isinstance(value, date):
        return value.isoformat()
    if isinstance(value, int | float) and not isinstance(value, bool):
        seconds = value / 1000 if value > 10**11 else value
        try:
            return datetime.fromtimestamp(seconds, tz=UTC).date().isoformat()
        except (OverflowError, OSError, ValueError):
            return None
    if not isinstance(value, str):
        return None
    raw = value.strip()
    m = re.match(r"^(\d{4})-(\d{2})-(\d{2})", raw)
    if m:
        try:
            return date(int(m[1]), int(m[2]), int(m[3])).isoformat()
        except ValueError:
            return None
    from newsweave.ingest.clean import parse_date_line

    found = parse_date_line(raw)
    if found:
        return found
    return _dateparser_day(raw)


@functools.lru_cache(maxsize=1024)
def _dateparser_day(raw: str) -> str | None:
    import dateparser

    settings: dict[str, Any] = {"REQUIRE_PARTS": ["day", "month", "year"],
                                "RETURN_AS_TIMEZONE_AWARE": False}
    try:
        parsed = dateparser.parse(raw[:100], settings=settings)  # type: ignore[arg-type]
    except (ValueError, OverflowError, TypeError):
        return None
    return parsed.date().isoformat() if parsed else None
