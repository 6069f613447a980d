"""Event details: what was given, seized, sold or deployed, how many, how much, and who was
killed, wounded or arrested, normalized so outlets can be compared.

A quantity is found in the text (digits, number words, money, vague amounts such as
"thousands", ranges, with the approximator in front: "some", "as many as", "at least"); the
parse then says what it counts (the noun it modifies, or the noun after "of"; a unit such as
"rounds" or "tonnes" passes on to the thing measured) and what happened to counted people
(the predicate above them: "killed", "arrested", "left ... dead"). Materiel named without a
number ("new AK-47s and RPGs") is a detail too when it is what an event moves.

Numbers: digits through price-parser (thousands separators, decimals), number words through
text2num; the rest (scales such as "bn"/"crore", vague amounts, approximator intervals) is data
in the details lexicon. Written here on purpose: no library maps a quantity phrase to an
interval an approximator allows, or attaches it to an event.

`attach_details` hands each event the details in its own clause (the trigger governs them),
the details of "that aid includes ..." (an event noun named again), of an agentless
sentence that only restates an event of the article ("10,000 rifles will be delivered to
Afghanistan") and a toll stated right after an attack ("Twelve policemen were killed."), each
with the rule that attached it.
"""

from __future__ import annotations

import functools
import logging
import math
import re
from collections.abc import Iterable, Sequence
from dataclasses import dataclass
from typing import TYPE_CHECKING, Any

from newsweave.extract.lexicon import load_json
from newsweave.model import DETAIL_KINDS, Detail, Event, Quote
from newsweave.nlp.docindex import doc_index, span_table
from newsweave.nlp.doctext import doc_text

if TYPE_CHECKING:
    from spacy.tokens import Doc, Token
    from spacy.tokens import Span as SpacySpan

log = logging.getLogger(__name__)

LEXICON = "details.json"
_MODEL = re.compile(r"[A-Za-z]{1,4}[-\u2010\u2011]?\d+[A-Za-z]?s?")  # AK-47, Mi-35, F-16s
_SKIPPED_ENTS = frozenset({"TIME", "PERCENT", "ORDINAL"})
_HYPHENS = "-\u2010\u2011\u2012\u2013\u2014"
_HYPHEN_CLASS = "\\-\u2010\u2011\u2012\u2013\u2014"  # inside [...] of a regex


class LexiconError(ValueError):
    """The details lexicon does not have the shape the extractor reads."""


# ----------------------------------------------------------------------------- lexicon


def _require(cond: bool, where: str, why: str) -> None:
    if not cond:
        raise LexiconError(f"{LEXICON}: {where}: {why}")


def _entries(section: dict[str, Any]) -> dict[str, Any]:
    return {k: v for k, v in section.items() if not k.startswith("_")}


def validate_lexicon(lex: dict[str, Any]) -> None:
    """Raise LexiconError naming the first entry that breaks the schema."""
    for key in ("approximators", "vague_quantities", "number_words", "scales", "currencies",
                "units", "materiel", "people", "outcomes", "include_verbs", "transfer_verbs",
                "materiel_verbs", "money_verbs",
                "exact_prefixes", "not_counted"):
        _require(key in lex, key, "missing section")
    for word, spec in _entries(lex["approximators"]).items():
        _require(isinstance(spec, dict) and set(spec) == {"low", "high"}, word,
                 "needs exactly low and high")
        for bound in ("low", "high"):
            v = spec[bound]
            _require(v is None or (isinstance(v, (int, float)) and v >= 0), word,
                     f"{bound} must be a non-negative number or null")
    for word, spec in _entries(lex["vague_quantities"]).items():
        _require(isinstance(spec, dict) and {"magnitude", "low", "high"} <= set(spec), word,
                 "needs magnitude, low and high")
        _require(isinstance(spec["magnitude"], int) and spec["low"] <= spec["high"], word,
                 "magnitude must be an int and low <= high")
    for section in ("number_words", "scales"):
        for word, v in _entries(lex[section]).items():
            _require(isinstance(v, (int, float)) and v > 0, f"{section}.{word}",
                     "must be a positive number")
    for part in ("symbols", "words"):
        _require(part in lex["currencies"], f"currencies.{part}", "missing")
        for word, code in lex["currencies"][part].items():
            _require(isinstance(code, str) and re.fullmatch(r"[A-Z]{3}", code) is not None,
                     f"currencies.{part}.{word}", "must map to an ISO 4217 code")
    for cls, spec in _entries(lex["materiel"]).items():
        _require(isinstance(spec, dict) and isinstance(spec.get("words"), list)
                 and isinstance(spec.get("patterns"), list), f"materiel.{cls}",
                 "needs words and patterns lists")
        for pat in spec["patterns"]:
            try:
                re.compile(pat)
            except re.error as exc:
                raise LexiconError(f"{LEXICON}: materiel.{cls}: bad pattern {pat!r}: {exc}"
                                   ) from exc
    for group in ("military", "generic", "named"):
        _require(isinstance(lex["people"].get(group), list), f"people.{group}", "needs a list")
    for kind, spec in _entries(lex["outcomes"]).items():
        _require(kind in DETAIL_KINDS, f"outcomes.{kind}", "not a detail kind")
        _require(all(isinstance(spec.get(k), list) for k in ("verbs", "nouns", "states")),
                 f"outcomes.{kind}", "needs verbs, nouns and states lists")
    for key in ("include_verbs", "transfer_verbs", "exact_prefixes", "materiel_verbs",
                "money_verbs"):
        _require(all(isinstance(w, str) for w in lex[key]), key, "needs a list of strings")
    _require(isinstance(lex["not_counted"].get("words"), list), "not_counted.words",
             "needs a list")


@dataclass(frozen=True)
class _Lexicon:
    approximators: dict[str, tuple[float | None, float | None]]
    vague: dict[str, dict[str, Any]]
    number_words: dict[str, float]
    scales: dict[str, float]
    symbols: dict[str, str]
    currency_words: dict[str, str]
    units: dict[str, str]
    materiel_words: dict[str, str]
    materiel_patterns: list[tuple[re.Pattern[str], str]]
    military: frozenset[str]
    generic: frozenset[str]
    people: frozenset[str]
    outcome_verbs: dict[str, str]
    outcome_nouns: dict[str, str]
    outcome_states: dict[str, str]
    phrasal: dict[tuple[str, str], str]
    include_verbs: frozenset[str]
    materiel_verbs: frozenset[str]
    money_verbs: frozenset[str]
    transfer_verbs: frozenset[str]
    exact_prefixes: tuple[str, ...]
    not_counted: frozenset[str]
    quantity_re: re.Pattern[str]


def _alternation(words: Iterable[str]) -> str:
    return "|".join(re.escape(w) for w in sorted(words, key=len, reverse=True))


@functools.cache
def lexicon() -> _Lexicon:
    raw = load_json(LEXICON)
    validate_lexicon(raw)
    approximators = {w: (s["low"], s["high"]) for w, s in _entries(raw["approximators"]).items()}
    vague = _entries(raw["vague_quantities"])
    number_words = {w: float(v) for w, v in _entries(raw["number_words"]).items()}
    scales = {w: float(v) for w, v in _entries(raw["scales"]).items()}
    symbols = dict(raw["currencies"]["symbols"])
    currency_words = {w.lower(): c for w, c in raw["currencies"]["words"].items()}
    outcome_verbs: dict[str, str] = {}
    outcome_nouns: dict[str, str] = {}
    outcome_states: dict[str, str] = {}
    phrasal: dict[tuple[str, str], str] = {}
    for kind, spec in _entries(raw["outcomes"]).items():
        outcome_verbs.update((v, kind) for v in spec["verbs"])
        outcome_nouns.update((v, kind) for v in spec["nouns"])
        outcome_states.update((v, kind) for v in spec["states"])
        for phrase in spec.get("phrasal", []):
            verb, _, rest = phrase.partition(" ")
            phrasal[(verb, rest.split()[-1])] = kind
    materiel_words: dict[str, str] = {}
    materiel_patterns: list[tuple[re.Pattern[str], str]] = []
    for cls, spec in _entries(raw["materiel"]).items():
        materiel_words.update((w.lower(), cls) for w in spec["words"])
        materiel_patterns.extend((re.compile(p, re.I), cls) for p in spec["patterns"])
    # the quantity phrase: [approximator] [currency] number [scale] [currency word] | vague
    number_word = (r"(?:zero|one|two|three|four|five|six|seven|eight|nine|ten|eleven|twelve|"
                   r"thirteen|fourteen|fifteen|sixteen|seventeen|eighteen|nineteen|twenty|"
                   r"thirty|forty|fifty|sixty|seventy|eighty|ninety|hundred|thousand|million|"
                   r"billion|trillion)")
    words_num = rf"{number_word}(?:(?:[\s{_HYPHEN_CLASS}]+|\s+and\s+){number_word})*"
    digits = r"\d{1,3}(?:,\d{3})+(?:\.\d+)?|\d+(?:\.\d+)?"
    extra_words = _alternation(number_words)
    scale = _alternation(scales)
    symbol = _alternation(symbols)
    cur_word = _alternation(currency_words)
    single = (rf"(?:(?P<sym>{symbol})\s?)?(?P<num>{digits}|{words_num}|{extra_words})"
              rf"(?:\s?(?P<scale>{scale})\b)?(?:\s(?P<curword>{cur_word})\b)?")
    second = (rf"(?:{symbol})?\s?(?:{digits}|{words_num})(?:\s?(?:{scale})\b)?")
    approx = _alternation(approximators)
    prefix = _alternation(raw["exact_prefixes"])
    vague_alt = _alternation(vague)
    pattern = (
        rf"(?<![\w$€£¥₹.,])(?<![A-Za-z][{_HYPHEN_CLASS}])(?:(?P<approx>{approx})\s+)?(?:(?P<prefix>{prefix})\s+)?"
        rf"(?:(?P<between>between|from)\s+)?"
        rf"(?:(?P<vague>{vague_alt})(?=\s+(?:of\s|more\b|[a-z]))"
        rf"|{single}(?:\s*(?:and|to|or|[{_HYPHEN_CLASS}])\s*(?P<upper>{second}))?)"
        rf"(?![\w%])(?![{_HYPHEN_CLASS}][A-Za-z])"  # not "12-gauge", "45-year-old"
    )
    return _Lexicon(
        approximators=approximators, vague=vague, number_words=number_words, scales=scales,
        symbols=symbols, currency_words=currency_words,
        units={w.lower(): m for w, m in _entries(raw["units"]).items()},
        materiel_words=materiel_words, materiel_patterns=materiel_patterns,
        military=frozenset(w.lower() for w in raw["people"]["military"]),
        generic=frozenset(w.lower() for w in raw["people"]["generic"]),
        people=frozenset(w.lower() for g in ("military", "generic", "named")
                         for w in raw["people"][g]),
        outcome_verbs=outcome_verbs, outcome_nouns=outcome_nouns, outcome_states=outcome_states,
        phrasal=phrasal, include_verbs=frozenset(raw["include_verbs"]),
        materiel_verbs=frozenset(raw["materiel_verbs"]),
        money_verbs=frozenset(raw["money_verbs"]),
        transfer_verbs=frozenset(raw["transfer_verbs"]),
        exact_prefixes=tuple(raw["exact_prefixes"]),
        not_counted=frozenset(w.lower() for w in raw["not_counted"]["words"]),
        quantity_re=re.compile(pattern, re.I),
    )


# ----------------------------------------------------------------------------- numbers


@dataclass
class Quantity:
    """A quantity phrase normalized: the stated number, the interval the wording allows."""

    text: str
    start: int  # char offsets into the text it was found in
    end: int
    value: float | None
    low: float | None
    high: float | None
    approx: str | None = None
    vague: bool = False
    magnitude: int | None = None
    currency: str | None = None


def parse_number(text: str) -> float | None:
    """'10,000' -> 10000, '1.5' -> 1.5, 'twelve' -> 12, 'two hundred' -> 200,
    'a dozen' -> 12; None when it is not a number."""
    from price_parser import Price
    from text_to_num import text2num

    lex = lexicon()
    t = " ".join(text.lower().split())
    if not t:
        return None
    if t in lex.number_words:
        return lex.number_words[t]
    if t[0].isdigit():
        if not re.fullmatch(r"\d{1,3}(?:,\d{3})+(?:\.\d+)?|\d+(?:\.\d+)?", t):
            return None
        if re.fullmatch(r"\d{1,3},\d{3}(?:,\d{3})*", t):  # thousands separators, no decimal
            return float(t.replace(",", ""))
        amount = Price.fromstring(t).amount_float
        return float(amount) if amount is not None else None
    words = re.sub(rf"[{_HYPHEN_CLASS}]", "-", t).replace(" and ", " ")
    try:
        return float(text2num(words, "en"))
    except ValueError:
        return None


def _round(x: float) -> float:
    return float(round(x, 6))


def find_quantities(text: str) -> list[Quantity]:
    """Every quantity phrase of a sentence, normalized."""
    lex = lexicon()
    out = []
    for m in lex.quantity_re.finditer(text):
        q = _quantity(m, lex)
        if q is not None:
            out.append(q)
    return out


def _quantity(m: re.Match[str], lex: _Lexicon) -> Quantity | None:
    approx = (m.group("approx") or "").lower() or None
    text = m.group(0)
    if m.group("vague"):
        spec = lex.vague[m.group("vague").lower()]
        v_low, v_high = float(spec["low"]), float(spec["high"])
        if approx is not None:
            lo_k, hi_k = lex.approximators[approx]
            v_low = v_low * lo_k if lo_k is not None else v_low
            v_high = v_high * hi_k if hi_k is not None else math.inf
        return Quantity(text, m.start(), m.end(), None, v_low,
                        None if v_high == math.inf else v_high,
                        approx=m.group("vague").lower(), vague=True,
                        magnitude=int(spec["magnitude"]))
    num = parse_number(m.group("num"))
    if num is None:
        return None
    scale = m.group("scale")
    symbol = m.group("sym")
    curword = m.group("curword")
    if scale is not None:
        short = scale.lower() in ("m", "b", "k", "bn", "mn", "tn")
        if short and (symbol is None or text[m.start("scale") - m.start() - 1].isspace()):
            # "12 m" is twelve metres; "$12m", "€20m" are millions
            scale = None
            text = text[:m.start("scale") - m.start()].rstrip()
        else:
            num *= lex.scales[scale.lower()]
    currency = None
    if symbol is not None:
        currency = lex.symbols.get(symbol) or lex.symbols.get(symbol.upper())
        if symbol == "N" and not m.group("num")[0].isdigit():
            currency = None
    if curword is not None:
        currency = lex.currency_words[curword.lower()]
        if curword.lower() in ("pound", "pounds") and symbol is None and scale is None:
            # "200 pounds" is as likely a weight as money: the parse decides ("of X")
            currency = None
            text = text[:m.start("curword") - m.start()].rstrip()
    if m.group("between") and not m.group("upper"):
        cut = m.start("num") - m.start() if symbol is None else m.start("sym") - m.start()
        text = text[cut:]  # "between 288 candidates": no range after all
        return Quantity(text, m.start() + cut, m.start() + cut + len(text), _round(num),
                        _round(num), _round(num), currency=currency)
    value = _round(num)
    low: float | None = value
    high: float | None = value
    if m.group("upper"):
        upper = _upper_value(m.group("upper"), lex, scale)
        if upper is None or upper < value:
            return None
        if _years(value, upper) or (m.group("between") is None and upper > 10 * max(value, 1)):
            return None  # "2014-2016" is a period, not a range of one count
        low, high, value = value, upper, upper
        approx = approx or "range"
    elif approx is not None:
        lo_k, hi_k = lex.approximators[approx]
        low = _round(value * lo_k) if lo_k is not None else value
        high = _round(value * hi_k) if hi_k is not None else None  # open: "at least N"
    if not m.group("num")[0].isdigit() and symbol is None and value < 1:
        return None
    return Quantity(text, m.start(), m.start() + len(text), value, low, high, approx=approx,
                    currency=currency)


def _years(a: float, b: float) -> bool:
    return all(x.is_integer() and 1800 <= x <= 2100 for x in (a, b))


def _upper_value(text: str, lex: _Lexicon, scale: str | None) -> float | None:
    t = text.strip()
    for sym in sorted(lex.symbols, key=len, reverse=True):
        if t.startswith(sym):
            t = t[len(sym):].strip()
            break
    sm = re.match(rf"(.*?)\s?({_alternation(lex.scales)})$", t, re.I)
    mult = 1.0
    if sm and sm.group(1) and parse_number(sm.group(1)) is not None:
        t, mult = sm.group(1), lex.scales[sm.group(2).lower()]
    elif scale is not None:
        mult = lex.scales[scale.lower()]  # "between 1 and 2 million"
    n = parse_number(t)
    return _round(n * mult) if n is not None else None


# ----------------------------------------------------------------------------- the parse


def _lemma(tok: Token) -> str:
    return tok.lemma_.lower()


def _materiel_class(tok: Token, head_only: bool = False) -> str | None:
    """The materiel class of a noun, looking at its own word and (unless `head_only`) its
    compounds ("Kalashnikov rifles", "AK-47 assault rifles")."""
    lex = lexicon()
    words = [t for t in tok.lefts if t.dep_ in ("compound", "amod", "nmod")] + [tok]
    lemmas = [_lemma(t) for t in words]
    for n in (3, 2):
        if len(words) >= n:
            phrase = " ".join(lemmas[-n:])
            if phrase in lex.materiel_words:
                return lex.materiel_words[phrase]
    if head_only:
        words = words[-1:]
        lemmas = lemmas[-1:]
    texts = [t.text.lower() for t in words]
    for t_text, t_lemma in reversed(list(zip(texts, lemmas, strict=True))):
        if t_lemma in lex.materiel_words:
            return lex.materiel_words[t_lemma]
        if t_text in lex.materiel_words:
            return lex.materiel_words[t_text]
        if t_text.endswith("s") and t_text[:-1] in lex.materiel_words:
            return lex.materiel_words[t_text[:-1]]
        for pat, cls in lex.materiel_patterns:
            if pat.fullmatch(t_text):
                return cls
    return None


def _person_noun(tok: Token) -> bool:
    lex = lexicon()
    if tok.ent_type_ == "NORP" or (tok.ent_type_ == "ORG" and tok.tag_ == "NNPS"):
        return True
    lemma, text = _lemma(tok), tok.text.lower()
    if lemma in lex.people or text in lex.people:
        return True
    compound = " ".join(_lemma(t) for t in tok.lefts if t.dep_ == "compound")
    return bool(compound) and f"{compound} {lemma}" in lex.people


def _military(tok: Token) -> bool:
    lex = lexicon()
    return _lemma(tok) in lex.military or tok.text.lower() in lex.military


def _theme_tokens(noun: Token, skip: set[int]) -> list[Token]:
    """The noun and its modifiers that name the thing (not determiners, numbers,
    possessives or the quantity phrase)."""
    keep = [noun]
    stack = [c for c in noun.lefts]
    while stack:
        t = stack.pop()
        if t.i in skip:
            continue
        if _MODEL.fullmatch(t.text):  # "AK-47 assault rifles": the model names the thing
            keep.append(t)
            continue
        if t.dep_ in ("det", "poss", "nummod", "quantmod", "predet", "case", "advmod", "cc",
                      "punct", "prep"):
            continue
        if t.like_num or t.pos_ in ("NUM", "DET", "PRON"):
            continue
        if t.dep_ in ("compound", "amod", "nmod", "npadvmod", "nn", "hmod") or t.dep_ == "":
            keep.append(t)
            stack.extend(t.lefts)
            stack.extend(c for c in t.rights if c.i < noun.i)
    # a contiguous span ending in the noun
    idx = sorted(t.i for t in keep)
    start = noun.i
    for i in reversed(idx):
        if i == start - 1 or (i < start and all(
                noun.doc[j].i in idx or noun.doc[j].text in _HYPHENS or noun.doc[j].text == "-"
                for j in range(i + 1, start))):
            start = i
    return [noun.doc[j] for j in range(start, noun.i + 1)]


def _of_object(tok: Token) -> Token | None:
    for c in tok.rights:
        if c.dep_ == "prep" and c.lower_ == "of":
            for g in c.children:
                if g.dep_ == "pobj":
                    return g
    nxt = tok.nbor(1) if tok.i + 1 < len(tok.doc) else None
    if nxt is not None and nxt.lower_ == "of" and nxt.i + 1 < len(tok.doc):
        for g in nxt.children:
            if g.dep_ == "pobj":
                return g
    return None


def _counted(tokens: list[Token]) -> Token | None:
    """The noun a quantity phrase counts: the noun it modifies, or the noun after 'of'."""
    inside = {t.i for t in tokens}
    last = tokens[-1]
    of_obj = _of_object(last)
    if of_obj is not None and of_obj.i not in inside:
        return of_obj
    # the token of the phrase whose head is outside it
    tops = [t for t in tokens if t.head.i not in inside or t.head.i == t.i]
    for top in tops:
        t = top
        for _ in range(3):  # "10,000 AK-47 rifles": number -> model -> noun
            head = t.head
            if t.dep_ not in ("nummod", "quantmod", "compound", "amod", "nmod", "npadvmod",
                              "det", "appos") or head.i <= t.i or head.i in inside:
                break
            if head.pos_ in ("NOUN", "PROPN") and not _MODEL.fullmatch(head.text):
                return head
            t = head
    nxt = last.i + 1
    doc = last.doc
    # "10,000 AK-47 assault rifles": a misparse can hang the number elsewhere; take the noun
    # right after the phrase when the words between are its modifiers
    while nxt < len(doc) and ((doc[nxt].pos_ in ("ADJ", "PROPN", "NOUN") and doc[nxt].dep_ in (
            "compound", "amod", "nmod")) or _MODEL.fullmatch(doc[nxt].text)):
        nxt += 1
    if nxt < len(doc) and nxt > last.i + 1 and doc[nxt].pos_ in ("NOUN", "PROPN"):
        return doc[nxt]
    if nxt < len(doc) and nxt == last.i + 1 and doc[nxt].pos_ == "NOUN" and \
            doc[nxt].head.i != last.i and doc[nxt].tag_ in ("NNS", "NNPS"):
        return doc[nxt]
    return None


def _outcome(tok: Token) -> tuple[str | None, Token | None]:
    """What happened to counted people: walk up from the counted word to its predicate."""
    lex = lexicon()
    t = tok
    for _ in range(6):
        for c in t.children:
            if c.dep_ in ("amod", "acl", "oprd", "acomp") and \
                    (c.lower_ in lex.outcome_states or _lemma(c) in lex.outcome_states):
                return lex.outcome_states.get(c.lower_) or lex.outcome_states[_lemma(c)], c
        head = t.head
        if head.i == t.i:
            return None, None
        lemma = _lemma(head)
        if head.pos_ in ("VERB", "AUX"):
            for c in head.children:
                if c.dep_ == "prt" and (lemma, c.lower_) in lex.phrasal:
                    return lex.phrasal[(lemma, c.lower_)], head
                if c.dep_ == "prep":
                    for g in c.children:
                        if (lemma, g.lower_) in lex.phrasal:
                            return lex.phrasal[(lemma, g.lower_)], head
            for c in head.children:
                if c.dep_ in ("oprd", "acomp", "xcomp", "ccomp") and c.i > t.i and \
                        (c.lower_ in lex.outcome_states or _lemma(c) in lex.outcome_states):
                    return lex.outcome_states.get(c.lower_) or lex.outcome_states[_lemma(c)], c
            if lemma in lex.outcome_verbs:
                if lemma == "claim" and not any(_lemma(c) in ("life", "live")
                                                for c in head.children):
                    return None, head
                return lex.outcome_verbs[lemma], head
            if lemma in ("rise", "reach", "climb", "stand", "jump", "increase", "hit", "be"):
                subj = [c for c in head.children if c.dep_ in ("nsubj", "nsubjpass")]
                if subj and _lemma(subj[0]) in ("toll", "death"):
                    return "killed", head
            return None, head
        if head.pos_ == "ADJ" and (head.lower_ in lex.outcome_states):
            return lex.outcome_states[head.lower_], head
        if (head.pos_ == "NOUN" and lemma in lex.outcome_nouns and t.dep_ == "pobj") or (
                head.pos_ == "NOUN" and lemma in lex.outcome_nouns and t.dep_ in ("prep",)):
            return lex.outcome_nouns[lemma], head
        t = head
    return None, None


def _predicate(tok: Token) -> Token:
    """The verb or event noun a detail belongs to: the first verb above it."""
    t = tok
    for _ in range(8):
        if t.pos_ == "VERB" and t.i != tok.i and _lemma(t) not in ("accord", "know", "call"):
            return t
        if t.head.i == t.i:
            return t
        t = t.head
    return t


@dataclass
class Found:
    """A detail found in a sentence and the tokens that place it in the parse."""

    detail: Detail
    head: Token  # the counted noun (or the quantity's last token when it counts nothing)
    predicate: Token


def sentence_details(sent: SpacySpan, offset: int = 0) -> list[Found]:
    """Every detail one sentence states: quantities with what they count, then materiel
    named without a number as the object of a transfer or seizure."""
    doc = sent.doc
    text = sent.text
    found: list[Found] = []
    used: set[int] = set()
    for q in find_quantities(text):
        start, end = sent.start_char + q.start, sent.start_char + q.end
        span = doc.char_span(start, end, alignment_mode="expand")
        if span is None or len(span) == 0:
            continue
        if any(t.ent_type_ in _SKIPPED_ENTS for t in span) and q.currency is None:
            continue
        if any(t.ent_type_ == "DATE" for t in span) and _date_like(span):
            continue
        toks = list(span)
        item = _detail_of(q, toks, sent, start, end, found)
        if item is None:
            continue
        covered = doc.char_span(*item.detail.span, alignment_mode="expand")
        used.update(t.i for t in (covered if covered is not None else toks))
        used.add(item.head.i)
        found.append(item)
    found.extend(_bare_materiel(sent, used))
    for f in found:
        f.detail.span = (f.detail.span[0] + offset, f.detail.span[1] + offset)
    return found


def _date_like(span: SpacySpan) -> bool:
    return bool(re.search(r"\b(?:1[89]|20)\d\d\b|january|february|march|april|may|june|july|"
                          r"august|september|october|november|december|year|month|week|day",
                          span.text, re.I))


def _detail_of(q: Quantity, toks: list[Token], sent: SpacySpan, start: int, end: int,
               earlier: list[Found]) -> Found | None:
    lex = lexicon()
    noun = _counted(toks)
    unit: str | None = None
    currency = q.currency
    if noun is not None and _lemma(noun) in ("worth", "value") and _of_object(noun) is not None:
        noun = _of_object(noun)  # "$360 billion worth of goods"
    if noun is not None and currency is None:
        cw = noun.lower_
        if cw in lex.currency_words and _of_object(noun) is None and (
                cw not in ("pound", "pounds") or _lemma(_predicate(noun)) in lex.money_verbs):
            currency = lex.currency_words[cw]  # "200 pounds" is money only when paid
            end = max(end, noun.idx + len(noun.text))
            noun = None
    if noun is not None and (_lemma(noun) in lex.units or noun.lower_ in lex.units):
        measured = _of_object(noun)
        if measured is not None:  # "millions of rounds of ammunition"
            unit = noun.text.lower()
            noun = measured
        elif lex.units.get(_lemma(noun)) != "count":
            return None  # "two tonnes" of nothing named
    if noun is not None and (_lemma(noun) in lex.not_counted or
                             noun.lower_ in lex.not_counted):
        return None
    if noun is None and currency is None and q.vague:
        return None
    theme_tokens = _theme_tokens(noun, {t.i for t in toks}) if noun is not None else []
    theme = _clean_theme(" ".join(_join(theme_tokens))) if theme_tokens else None
    kind: str
    key: str | None
    anchor = noun if noun is not None else toks[-1]
    if currency is not None:
        kind, key = "money", f"money:{currency}"
        if noun is None:
            theme = _money_theme(toks[-1])
    elif noun is not None and not _person_noun(noun) and _materiel_class(noun) is not None:
        kind, key = "item", _materiel_class(noun)
    elif noun is not None and _person_noun(noun):
        outcome, _ = _outcome(noun)
        generic = _lemma(noun) in lex.generic
        if outcome is not None:
            kind = outcome
            key = outcome if generic else f"{outcome}:{_lemma(noun)}"
        elif _military(noun):
            kind, key = "troops", "troops"
        else:
            kind, key = "people", "people" if generic else f"people:{_lemma(noun)}"
    elif noun is None:
        if toks[-1].dep_ == "appos" or toks[-1].head.pos_ == "PROPN":
            return None  # "Noel, 31, ...": an age
        if toks[-1].lower_ == "one":
            return None  # "one was wounded": a pronoun more often than a count
        outcome, _ = _outcome(toks[-1])
        if outcome is None:
            return None
        kind = outcome
        prev = next((f for f in reversed(earlier)
                     if f.detail.kind in ("killed", "wounded", "arrested", "abducted",
                                          "people", "troops")), None)
        theme = prev.detail.theme if prev is not None else None
        key = (f"{outcome}:{prev.detail.theme_key.split(':', 1)[1]}"
               if prev is not None and prev.detail.theme_key and ":" in prev.detail.theme_key
               else outcome)
    else:
        # a count of something not in the lexicon: only as what a materiel verb moves
        if noun.pos_ != "NOUN" or q.vague or q.value is None or \
                _lemma(_predicate(noun)) not in lex.materiel_verbs:
            return None
        kind, key = "item", _lemma(noun)
    d_start = start
    d_end = end
    if theme_tokens:
        d_start = min(d_start, theme_tokens[0].idx)
        d_end = max(d_end, theme_tokens[-1].idx + len(theme_tokens[-1].text))
    if unit is not None and noun is not None:
        d_end = max(d_end, noun.idx + len(noun.text))
    doc = sent.doc
    detail = Detail(
        kind=kind, text=doc_text(doc)[d_start:d_end], span=(d_start, d_end), theme=theme,
        theme_key=key, quantity_text=doc_text(doc)[start:end] if kind == "money" else q.text,
        value=q.value, low=q.low, high=q.high,
        approx=q.approx, vague=q.vague, magnitude=q.magnitude if q.vague else (
            math.floor(math.log10(q.value)) if q.value else None),
        unit=unit, currency=currency, rule=f"quantity:{kind}",
    )
    return Found(detail, anchor, _predicate(anchor))


def _money_theme(tok: Token) -> str | None:
    """'$1.45 billion in military assistance' -> 'military assistance'."""
    t = tok
    while t.head.i != t.i and t.head.pos_ in ("NUM", "SYM", "NOUN") and t.dep_ in (
            "compound", "nummod", "quantmod", "nmod"):
        t = t.head
    for c in t.rights:
        if c.dep_ == "prep" and c.lower_ in ("in", "for"):
            for g in c.children:
                if g.dep_ == "pobj" and g.pos_ == "NOUN":
                    return _clean_theme(" ".join(_join(_theme_tokens(g, set()))))
    return None


def _join(tokens: Sequence[Token]) -> list[str]:
    """Token texts rejoined as written ("Mi-35", "AK-47s")."""
    out: list[str] = []
    for i, t in enumerate(tokens):
        if i and not tokens[i - 1].whitespace_ and out:
            out[-1] += t.text
        else:
            out.append(t.text)
    return out


def _clean_theme(text: str) -> str | None:
    text = text.strip(" ,;:-\u2013\u2014")
    return text or None


def _bare_materiel(sent: SpacySpan, used: set[int]) -> list[Found]:
    """Materiel a predicate moves without a number: 'new AK-47s, PK machine guns and RPGs'."""
    out = []
    for tok in sent:
        if tok.i in used or tok.pos_ not in ("NOUN", "PROPN"):
            continue
        if not _moved_argument(tok):
            continue
        cls = _materiel_class(tok, head_only=True)
        if cls is None or cls in ("weapons", "aid supplies"):
            continue
        if any(c.dep_ in ("nummod",) for c in tok.children):
            continue
        if tok.dep_ == "compound" or (tok.i + 1 < len(sent.doc) and
                                      sent.doc[tok.i + 1].dep_ == "compound"
                                      and sent.doc[tok.i + 1].head.i == tok.i + 2):
            continue
        theme_tokens = _theme_tokens(tok, set())
        theme = _clean_theme(" ".join(_join(theme_tokens)))
        start = theme_tokens[0].idx
        end = tok.idx + len(tok.text)
        detail = Detail(kind="item", text=doc_text(sent.doc)[start:end], span=(start, end),
                        theme=theme, theme_key=cls, rule="materiel")
        out.append(Found(detail, tok, _predicate(tok)))
    return out


def _moved_argument(tok: Token) -> bool:
    """The noun is what a predicate moves: its object, passive subject or 'of'/'with'
    object ("sale of X", "supplied them with X"), or a conjunct of one."""
    lex = lexicon()
    while tok.head.i != tok.i and (tok.dep_ in ("conj", "appos") or (
            tok.dep_ in ("nmod", "compound") and any(c.dep_ == "conj" for c in tok.children))):
        tok = tok.head  # "new AK-47s and PK machine guns" parsed as one noun phrase
    head = tok.head
    if tok.dep_ in ("dobj", "nsubjpass", "attr", "nsubj"):
        return head.pos_ in ("VERB", "AUX")
    if tok.dep_ == "pobj" and head.lower_ in ("of", "with", "including", "among"):
        owner = head.head
        return owner.pos_ in ("VERB", "AUX") or _lemma(owner) in lex.materiel_verbs or \
            owner.dep_ in ("dobj", "nsubj", "nsubjpass")
    return False


# ----------------------------------------------------------------------------- events


def _trigger_token(doc: Doc, event: Event) -> Token | None:
    """The token an event was made from: its trigger lemma inside its span."""
    start, end = event.span
    best = None
    # from the event's first token on (indexed: a walk from the doc start was quadratic)
    for tok in doc[doc_index(doc).first_token_from(start):]:
        if tok.idx < start:
            continue
        if tok.idx >= end:
            break
        if _lemma(tok) == event.trigger or tok.lower_ == event.trigger:
            best = tok
            if tok.pos_ in ("VERB", "NOUN"):
                return tok
    return best


def _ancestors(tok: Token) -> list[Token]:
    out = []
    t = tok
    while t.head.i != t.i:
        t = t.head
        out.append(t)
    return out


def _owner(found: Found, triggers: dict[int, list[Event]]) -> tuple[list[Event], str]:
    """The events whose trigger governs a detail (the nearest trigger above it), or whose
    event noun is what 'includes' it."""
    lex = lexicon()
    for anc in [found.head, *_ancestors(found.head)]:
        if anc.i in triggers:
            return triggers[anc.i], "governed"
        if _lemma(anc) in lex.include_verbs:
            for c in anc.children:
                if c.dep_ in ("nsubj", "nsubjpass") and c.i in triggers:
                    return triggers[c.i], "includes"
        if anc.pos_ == "VERB" and anc.i != found.head.i and not _passes_through(anc):
            break  # another clause's verb: what it counts is not this event's
    return [], ""


def _passes_through(verb: Token) -> bool:
    """A verb between a detail and its event's trigger that keeps the detail the event's:
    an outcome ("killing 12"), 'include', 'leave' ("left 22 dead"), or an infinitive
    complement ("agreed to sell 30 drones")."""
    lex = lexicon()
    lemma = _lemma(verb)
    return lemma in lex.outcome_verbs or lemma in lex.include_verbs or lemma == "leave" or \
        verb.dep_ == "xcomp" or lemma in ("accord", "know", "call")


def _include_subject(found: Found) -> Token | None:
    """'That aid includes 10,000 rifles': the event noun that includes the detail."""
    lex = lexicon()
    for anc in _ancestors(found.head):
        if _lemma(anc) in lex.include_verbs:
            for c in anc.children:
                if c.dep_ in ("nsubj", "nsubjpass") and c.pos_ == "NOUN":
                    return c
            return None
        if anc.pos_ == "VERB":
            return None
    return None


def _said_by(span: tuple[int, int], quotes: Sequence[Quote], sent: SpacySpan) -> str | None:
    """Who states a detail found outside its event's sentence: the speaker of a quote that
    holds it, or the source named by 'according to'."""
    for q in span_table(quotes).containing(span[0]):  # indexed: a scan per detail was quadratic
        if q.speaker is not None and span[1] <= q.span[1]:
            return q.speaker.name
    for tok in sent:
        if tok.lower_ == "according" and tok.i + 1 < sent.end and \
                sent.doc[tok.i + 1].lower_ == "to":
            for g in sent.doc[tok.i + 1].children:
                if g.dep_ == "pobj":
                    name = [t for t in g.lefts if t.dep_ in ("compound", "amod")] + [g]
                    return " ".join(t.text for t in name)
    return None


def _to_whom(found: Found) -> list[str]:
    """Names after 'to' of the detail's predicate ('delivered to Afghanistan')."""
    out = []
    for c in found.predicate.children:
        if c.dep_ in ("prep", "dative") and c.lower_ == "to":
            for g in c.children:
                if g.dep_ == "pobj":
                    out.append(" ".join(t.text for t in g.subtree).lower())
    return out


def _matches_recipient(event: Event, names: list[str]) -> bool:
    if not names:
        return True
    rec = event.recipient
    if rec is None:
        return False
    cands = {rec.name.lower()}
    if rec.description:
        cands.add(rec.description.lower())
    return any(c in n or n in c for c in cands for n in names)


def attach_details(doc: Doc, events: list[Event], quotes: Sequence[Quote]) -> None:
    """Give each event the details it states (in place); see the module docstring."""
    if not events:
        return
    lex = lexicon()
    triggers: dict[int, list[Event]] = {}
    for e in events:
        tok = _trigger_token(doc, e)
        if tok is not None:
            triggers.setdefault(tok.i, []).append(e)
    by_sentence: dict[int, list[Event]] = {}
    for i, evs in triggers.items():
        by_sentence.setdefault(doc[i].sent.start, []).extend(evs)
    for sent in doc.sents:
        if not any(t.like_num or t.pos_ in ("NOUN", "PROPN", "SYM") for t in sent):
            continue
        found = sentence_details(sent)
        if not found:
            continue
        for f in found:
            owners, how = _owner(f, triggers)
            if not owners:
                owners, how = _earlier_event(f, sent, events, triggers, doc)
            if not owners and f.detail.kind == "item" and \
                    _lemma(f.predicate) in lex.transfer_verbs and \
                    sent.start not in by_sentence:
                owners, how = _restated_transfer(f, sent, events, triggers, doc)
            if not owners and f.detail.kind in ("killed", "wounded") and \
                    sent.start not in by_sentence:
                owners, how = _toll_of_attack(sent, triggers, doc)
            for e in owners:
                d = Detail.from_dict(f.detail.to_dict())
                d.rule = f"{d.rule}+{how}"
                if how == "governed" and e.attributed_to is not None:
                    d.said_by = e.attributed_to.name
                else:
                    d.said_by = _said_by(d.span, quotes, sent) or (
                        e.attributed_to.name if how == "governed" and e.attributed_to else None)
                if not any(x.span == d.span and x.kind == d.kind for x in e.details):
                    e.details.append(d)


def _earlier_event(found: Found, sent: SpacySpan, events: list[Event],
                   triggers: dict[int, list[Event]], doc: Doc) -> tuple[list[Event], str]:
    """'That aid includes ...': the nearest event at or before this sentence whose trigger
    is the same noun."""
    subject = _include_subject(found)
    if subject is None:
        return [], ""
    lemma = _lemma(subject)
    best: list[Event] = []
    best_at = -1
    for i, evs in triggers.items():
        if i < sent.end and i > best_at and _names_thing(doc[i], lemma):
            best, best_at = evs, i
    return best, "includes-earlier"


def _names_thing(trigger: Token, lemma: str) -> bool:
    """The event is the thing named again: its trigger ("the aid") or its object ("sent
    military aid")."""
    if _lemma(trigger) == lemma:
        return True
    for c in trigger.children:
        if c.dep_ in ("dobj", "nsubjpass") and _lemma(c) == lemma:
            return True
        if c.dep_ in ("prep", "dative") and any(
                g.dep_ == "pobj" and _lemma(g) == lemma for g in c.children):
            return True
    return False


def _toll_of_attack(sent: SpacySpan, triggers: dict[int, list[Event]], doc: Doc
                    ) -> tuple[list[Event], str]:
    """'A bomb hit the market. Twelve people were killed.': a toll in a sentence of its own
    belongs to the attack reported in one of the two sentences before it."""
    index = doc_index(doc)
    sents, at = index.sents, index.sent_number(sent.start)
    if not sents or sents[at].start != sent.start:
        return [], ""
    for back in (1, 2):
        if at - back < 0:
            break
        prev = sents[at - back]
        assaults = [e for i in range(prev.start, prev.end) for e in triggers.get(i, ())
                    if e.type == "ASSAULT"]
        if assaults:
            return assaults[-1:], "toll-after-attack"
    return [], ""


def _restated_transfer(found: Found, sent: SpacySpan, events: list[Event],
                       triggers: dict[int, list[Event]], doc: Doc
                       ) -> tuple[list[Event], str]:
    """An agentless transfer ('10,000 rifles will be delivered to Afghanistan') restates the
    article's one transfer event to that recipient: the nearest earlier one of the types its
    verb could make."""
    pred = found.predicate
    if not any(c.dep_ == "auxpass" for c in pred.children) or any(
            c.dep_ == "agent" for c in pred.children):
        return [], ""  # only an agentless passive restates someone else's transfer
    names = _to_whom(found)
    cands = []
    for i, evs in triggers.items():
        if i >= sent.start:
            continue
        for e in evs:
            if e.type == "AID" and _matches_recipient(e, names):
                cands.append((i, e))
    if not cands:
        return [], ""
    keys = {(e.actor.name if e.actor else None, e.recipient.name if e.recipient else None)
            for _, e in cands}
    if len(keys) != 1:
        return [], ""  # more than one transfer it could restate: leave it
    last = max(i for i, _ in cands)
    return [e for i, e in cands if i == last], "restates-transfer"
