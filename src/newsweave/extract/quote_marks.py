"""Finding quotations by their marks: straight, curly and angle quotes, across paragraphs.

News text is messy: straight and curly marks get mixed (`said, "played ...”`), an opening or
closing mark goes missing, and a quotation running over several paragraphs reopens each
paragraph without closing the previous one. This module pairs the marks per paragraph, using
the characters around a mark to tell an opener from a closer, and records what had to be
inferred. It works on plain text only (no parse), so it is cheap and easy to test.
"""

from __future__ import annotations

import re
from dataclasses import dataclass

from newsweave.extract.ablation import enabled

DOUBLE_OPENERS = "“«„"
DOUBLE_CLOSERS = "”»"
STRAIGHT_DOUBLE = '"'
SINGLE_OPENERS = "‘‹"
SINGLE_CLOSERS = "’›"
_BEFORE_OPEN = set("([{—–-/") | {" ", "\t", "\n", "\u00a0"}
_AFTER_CLOSE = set(".,;:!?)]}—–-…") | {" ", "\t", "\n", "\u00a0"}
# a sentence ends at . ! ? (optionally followed by a closing mark or bracket) and white space
_SENTENCE_END = re.compile(r"[.!?…][\"'”’»)\]]*\s+(?=[\"“«‘\[(]?[A-Z0-9])")
_TRAILING = " \t\n\u00a0,;:–—-"


@dataclass(frozen=True)
class QuoteMarks:
    """One quotation found by its marks; `segments` are the quoted text ranges [start, end)."""

    start: int  # the opening mark, or the inferred start when the opener is missing
    end: int  # one past the closing mark, or the paragraph end when the closer is missing
    segments: tuple[tuple[int, int], ...]
    missing_open: bool = False
    missing_close: bool = False
    single: bool = False  # delimited by single marks (‘...’)

    @property
    def inner_start(self) -> int:
        return self.segments[0][0]

    @property
    def inner_end(self) -> int:
        return self.segments[-1][1]

    def text(self, source: str) -> str:
        """The quoted words; paragraphs of a multi-paragraph quotation are joined by a newline."""
        return "\n".join(source[a:b] for a, b in self.segments)

    def word_count(self, source: str) -> int:
        return len(re.findall(r"\w+(?:['’]\w+)?", self.text(source)))


def paragraphs(text: str) -> list[tuple[int, int]]:
    """(start, end) of each non-blank line; news bodies put one paragraph on a line."""
    out = []
    pos = 0
    for line in text.split("\n"):
        end = pos + len(line)
        if line.strip():
            out.append((pos, end))
        pos = end + 1
    return out


# a name of one to three capitalized words and a common reporting verb form after it
_NAME_AND_CUE = re.compile(r"[A-Z][\w'.-]*(?: [A-Z][\w'.-]*){0,2} (?:says|said|told|tells|"
                           r"added|adds|explained|noted|wrote|writes)\b")


def _role(text: str, i: int, lo: int, hi: int) -> str:
    """'open', 'close' or 'either' for the double mark at i, from the characters around it."""
    ch = text[i]
    left_space = i == lo or text[i - 1] in _BEFORE_OPEN or text[i - 1] in DOUBLE_OPENERS
    right_space = i + 1 >= hi or text[i + 1] in _AFTER_CLOSE
    if ch == "«":
        return "open"
    if ch == "»":
        return "close"
    if ch == STRAIGHT_DOUBLE:
        # '"I feel sorry for them, "said X': a closer typed after a space; after a comma or
        # a full stop and one space a straight mark may close as well as open
        if left_space and not right_space and i - 2 >= lo and text[i - 1] == " " and \
                text[i - 2] in ",.!?" and (text[i + 1].islower() or
                                           _NAME_AND_CUE.match(text, i + 1, hi)):
            return "either"  # ('... to choose, "Meyer says.': a name and a cue after it too)
        if left_space and not right_space:
            return "open"
        if right_space and not left_space:
            return "close"
        return "either"
    if ch in "“„":
        return "close" if right_space and not left_space else "open"
    # ”
    return "open" if left_space and not right_space else "close"


def _trim(text: str, a: int, b: int) -> tuple[int, int]:
    while a < b and text[a].isspace():
        a += 1
    while b > a and text[b - 1] in _TRAILING:
        b -= 1
    return a, b


def _inferred_start(text: str, floor: int, closer: int) -> int:
    """Where a quotation whose opening mark is missing most likely starts: its sentence."""
    start = floor
    for m in _SENTENCE_END.finditer(text, floor, closer):
        start = m.end()
    while start < closer and text[start].isspace():
        start += 1
    return start


def _starts_with_opener(text: str, para: tuple[int, int]) -> int | None:
    a, b = para
    while a < b and text[a].isspace():
        a += 1
    if a < b and (text[a] in DOUBLE_OPENERS or text[a] == STRAIGHT_DOUBLE
                  or (text[a] == "”" and a + 1 < b and not text[a + 1].isspace())):
        return a
    return None


MAX_BROKEN_LINES = 3  # lines without marks a quotation broken over lines may run through
# ... and how many when those lines speak in the first or second person ("I", "we", "you"),
# as a speaker does and a reporter's narration does not
MAX_SPOKEN_LINES = 8
_FIRST_OR_SECOND_PERSON = re.compile(r"\bI\b|\b(?:[Mm]e|[Mm]y|[Ww]e|[Uu]s|[Oo]ur|[Yy]ou|[Yy]our)\b")


def _spoken(lines: list[str]) -> bool:
    """Whether lines read as someone speaking: most of them say "I", "we" or "you"."""
    said = sum(1 for line in lines if _FIRST_OR_SECOND_PERSON.search(line))
    return bool(lines) and 2 * said >= len(lines)


def _closed_further_on(text: str, paras: list[tuple[int, int]], first: int,
                       line_opener: bool = False) -> bool:
    """Whether a quotation left open at the end of the line before `first` goes on over the
    next lines: texts split one sentence per line ('"We will stay.' / 'We will not
    leave," she said.') break quotations over lines without reopening them. True when the
    first double mark met within MAX_BROKEN_LINES + 1 lines is a closer, or an opener starting
    its line when the open quotation opened its own line too (`line_opener`: the quoted
    paragraph ended there and the next one reopens it, as news style writes it; a stray mark
    inside a sentence is no such paragraph); and, when the lines
    without marks before it speak in the first or second person, when it is met within
    MAX_SPOKEN_LINES + 1 lines and is a closer or such an opener."""
    unmarked: list[str] = []
    for n, (pa, pe) in enumerate(paras[first:first + MAX_SPOKEN_LINES + 1]):
        for i in range(pa, pe):
            ch = text[i]
            if ch in DOUBLE_OPENERS or ch in DOUBLE_CLOSERS or ch == STRAIGHT_DOUBLE:
                role = _role(text, i, pa, pe)
                closes = role in ("close", "either")
                if n <= MAX_BROKEN_LINES and closes:
                    return True
                reopens = n > 0 and _starts_with_opener(text, (pa, pe)) == i
                if reopens and line_opener and n <= MAX_BROKEN_LINES and \
                        enabled("reopened_paragraph"):
                    return True  # the quoted paragraph's last lines, then the next reopens
                if not enabled("spoken_lines") or not _spoken(unmarked):
                    return False
                return closes or (n > 0 and _starts_with_opener(text, (pa, pe)) == i)
        line = text[pa:pe].strip()
        if line[:1] in "—–-" or "(@" in line:
            return False  # a credit line ('— Ann Lee (@annlee) May 2'): an embedded post
        unmarked.append(line)
    return False


def _double_quotes(text: str, paras: list[tuple[int, int]]) -> list[QuoteMarks]:
    found: list[QuoteMarks] = []
    # an open quotation carried over from the previous paragraph: (opener, segments so far)
    carry: tuple[int, list[tuple[int, int]]] | None = None
    # whether the quotation carried over opened its line (a quoted paragraph, see
    # _closed_further_on)
    carried_from_line_start = False
    for pi, (ps, pe) in enumerate(paras):
        open_at: int | None = None
        seg_start = ps
        segments: list[tuple[int, int]] = []
        outer_start = ps
        skip = -1
        if carry is not None:
            outer_start, segments = carry
            carry = None
            first = _starts_with_opener(text, (ps, pe))
            open_at = first if first is not None else ps
            seg_start = (first + 1) if first is not None else ps
            skip = first if first is not None else -1
        last_end = ps
        closed_here = False  # a quotation opened and closed in this paragraph
        stray = False  # a mark at the paragraph's end opens the next lines (see below)
        for i in range(ps, pe):
            ch = text[i]
            if i == skip or not (ch in DOUBLE_OPENERS or ch in DOUBLE_CLOSERS
                                 or ch == STRAIGHT_DOUBLE):
                continue
            role = _role(text, i, ps, pe)
            if role == "either":
                role = "close" if open_at is not None else "open"
            if role == "open":
                if open_at is not None:  # no closer before the next opener
                    a, b = _trim(text, seg_start, i)
                    if b > a:
                        found.append(QuoteMarks(outer_start, b, (*segments, (a, b)),
                                                missing_close=True))
                open_at, seg_start, outer_start, segments = i, i + 1, i, []
            else:
                if open_at is not None:
                    a, b = _trim(text, seg_start, i)
                    if b > a:
                        found.append(QuoteMarks(outer_start, i + 1, (*segments, (a, b))))
                        closed_here = True
                elif closed_here and not text[i + 1:pe].strip() and pi + 1 < len(paras) and \
                        _starts_with_opener(text, paras[pi + 1]) is None and \
                        _closed_further_on(text, paras, pi + 1) and \
                        enabled("stray_mark_opens_next"):
                    # '"My client is safe," Lee argued after the judge spoke."' / 'She is
                    # fine.' / 'Nothing will happen."': a mark ending a paragraph of quotation
                    # and cue, with the next lines closing a quotation they never opened,
                    # opens those lines (the wire copy moved it), it closes no narration
                    open_at, seg_start, outer_start, segments = i, i + 1, i, []
                    stray = True
                    continue
                else:  # closer without an opener: the quotation starts with its sentence
                    a = _inferred_start(text, last_end, i)
                    a, b = _trim(text, a, i)
                    if b > a:
                        found.append(QuoteMarks(a, i + 1, ((a, b),), missing_open=True))
                open_at, segments = None, []
                last_end = i + 1
        if open_at is not None:
            a, b = _trim(text, seg_start, pe)
            nxt = paras[pi + 1] if pi + 1 < len(paras) else None
            line_opener = (carried_from_line_start and outer_start < ps) or \
                _starts_with_opener(text, (ps, pe)) == open_at
            carried_from_line_start = line_opener
            if nxt is not None and (b > a or stray) and (
                    _starts_with_opener(text, nxt) is not None or
                    _closed_further_on(text, paras, pi + 1, line_opener)):
                carry = (outer_start, [*segments, (a, b)] if b > a else segments)
            elif b > a:
                found.append(QuoteMarks(outer_start, pe, (*segments, (a, b)),
                                        missing_close=True))
    return found


def _single_quotes(text: str, paras: list[tuple[int, int]],
                   taken: list[tuple[int, int]]) -> list[QuoteMarks]:
    """‘British style’ quotations outside double quotes; an unclosed ‘ is an apostrophe.

    Straight single marks ('We will not back down,' says mayor) count too, but only opened
    before a letter after a space and closed after a letter or punctuation before a
    non-letter, around two to sixty words: "don't", "the '90s" and "teachers' union" do
    not pair up.
    """
    found: list[QuoteMarks] = []
    covered = bytearray(len(text))  # 1 inside a double-quoted range: one lookup per char
    for a, b in taken:
        a, b = max(0, min(a, len(text))), max(0, min(b, len(text)))
        if b > a:
            covered[a:b] = b"\x01" * (b - a)
    for ps, pe in paras:
        open_at: int | None = None
        straight = False
        for i in range(ps, pe):
            if covered[i]:
                continue
            ch = text[i]
            left_space = i == ps or text[i - 1] in _BEFORE_OPEN
            if ch in SINGLE_OPENERS:
                if left_space and i + 1 < pe and not text[i + 1].isspace():
                    open_at, straight = i, False
            elif ch in SINGLE_CLOSERS and open_at is not None and not straight:
                right_ok = i + 1 >= pe or not text[i + 1].isalnum()
                if right_ok and not text[i - 1].isspace():
                    a, b = _trim(text, open_at + 1, i)
                    if b > a:
                        found.append(QuoteMarks(open_at, i + 1, ((a, b),), single=True))
                    open_at = None
            elif ch == "'" and open_at is None:
                if left_space and i + 1 < pe and text[i + 1].isalpha():
                    open_at, straight = i, True
            elif ch == "'" and straight and open_at is not None:
                if (i + 1 < pe and text[i + 1].isalnum()) or text[i - 1].isspace():
                    continue  # "don't", "rock 'n' roll"
                a, b = _trim(text, open_at + 1, i)
                words = len(text[a:b].split())
                if 2 <= words <= 60:
                    found.append(QuoteMarks(open_at, i + 1, ((a, b),), single=True))
                    open_at = None
                elif text[i - 1] not in "sS":  # "the teachers' union" closes nothing
                    open_at = None
    return found


def find_quote_marks(text: str) -> list[QuoteMarks]:
    """Every quotation delimited by marks, in text order (attribution is decided elsewhere)."""
    paras = paragraphs(text)
    doubles = _double_quotes(text, paras)
    singles = _single_quotes(text, paras, [(q.start, q.end) for q in doubles])
    return sorted(doubles + singles, key=lambda q: q.start)


def nested_quotes(text: str, outer: QuoteMarks) -> list[QuoteMarks]:
    """Single-marked quotations inside a quotation ('"Two say the officers said, ‘Don't
    move.’"'): someone quoted by the one quoted, with the same pairing rules as outside."""
    if outer.single:
        return []
    return _single_quotes(text, list(outer.segments), [])


_SMALL_WORDS = {"a", "an", "the", "and", "but", "or", "nor", "of", "on", "in", "at", "to", "for",
                "by", "with", "from", "as", "vs", "via", "over", "into", "up", "off", "out"}


def is_headline_case(text: str) -> bool:
    """A headline-style line: no closing full stop and every longer word capitalized
    ("Minister Says Talks Have Failed"), as related-headline links and subheads are written.
    Body sentences end with punctuation and keep most words lower case."""
    line = text.strip().strip("\"'“”‘’")
    if not line or line[-1] in ".!?…:;,":
        return False
    words = re.findall(r"[A-Za-z][\w'’-]*", line)
    content = [w for w in words if w.lower() not in _SMALL_WORDS]
    if len(content) < 3:
        return False
    return all(w[0].isupper() or w[0].isdigit() for w in content)
