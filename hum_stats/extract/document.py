"""The document model the extraction steps share: tokens of the normalised text, the
sentences, the figures found (``Cand``) and the nouns they count (``Head``)."""

from __future__ import annotations

from dataclasses import dataclass, field
from datetime import date
from functools import cache

from hum_stats.extract.dates import DateExpr, find_dates
from hum_stats.extract.lexicon import Entry, Lexicon, Token
from hum_stats.extract.normalise import Normalised, normalise
from hum_stats.extract.numbers import NumExpr, find_numbers
from hum_stats.extract.orgs_index import OrgIndex, org_index

SENTENCE_ENDS = frozenset({".", "!", "?", "؟", "\n", "•", "؛", ";", "|", "●", "▪", "*"})


@dataclass(slots=True)
class Head:
    start: int
    end: int
    unit: str
    group: str
    metric: str | None
    others: bool = False
    count: int | None = None  # duals carry their own count


@dataclass(slots=True)
class Cand:
    num_start: int  # token index range of the figure (qualifier excluded)
    num_end: int
    value: int
    head: Head | None
    sent: int  # sentence index
    lstart: int = 0  # leftmost token of figure + qualifier
    metric: str | None = None
    qualifier: str = "exact"
    qual_before: bool = False
    parent: Cand | None = None
    subset: bool = False
    restates: Cand | None = None
    anaphoric: bool = False
    since: date | None = None
    until: date | None = None
    window: int | None = None
    attributed: str | None = None
    location: str | None = None
    paren: bool = False
    flags: list[str] = field(default_factory=list)
    doc_linked: bool = False
    sibling: Cand | None = None  # the item before it in a list of parts
    joined_to: Cand | None = None  # the figure it follows in a plain list ("X و Y")
    event: int = 0  # counts "separately", "في سياق آخر" before it: parts stay within one event
    taken: frozenset[int] = frozenset()  # triggers that are the verbs of figures before it
    total: bool = False  # introduced as a total ("إجمالي", "in all")
    breakdown: bool = False  # the next part of a breakdown ("مقابل 715", "the other 10")
    among: str | None = None  # drawn from the people named before it ("من بين المصابين"): their metric, or ""
    addition: bool = False  # told as more of them ("Four jihadists also died"): no part of a total before

    @property
    def end(self) -> int:
        return self.head.end if self.head is not None and self.head.end > self.num_end else self.num_end

    def head_unit(self) -> str | None:
        return self.head.unit if self.head is not None else None

    @property
    def start(self) -> int:
        """Start of the evidence: the noun when it stands right before ("مدني واحد");
        a subject noun further left ("عدد النازحين ... 65452") is not part of the quote."""
        h = self.head
        if h is not None and h.end > h.start and h.start < self.num_start:
            return h.start
        return self.num_start


@dataclass(slots=True)
class Sentence:
    index: int
    start: int  # token range [start, end)
    end: int


class Doc:
    """Tokens of a normalised document with the lookups the steps share."""

    def __init__(self, text: str, lex: Lexicon, published: date | None) -> None:
        self.norm: Normalised = normalise(text)
        self.lex = lex
        self.t = lex.table
        self.published = published
        self.tokens: list[Token] = lex.tokenize(self.norm.text)
        self._scans: dict[int, tuple[list[NumExpr], list[tuple[int, int]], list[DateExpr]]] = {}
        self._places: dict[int, int | None] = {}
        self._named: dict[int, list[tuple[int, int]]] = {}
        self._org_tokens: dict[int, frozenset[int]] = {}
        self._orgs_found: list[tuple[int, int, str]] | None = None
        self.orgs: OrgIndex = org_index()
        # a line break inside a sentence (wrapped text) is no token at all
        wrapped = {i for i, tok in enumerate(self.tokens) if tok.kind == "nl" and _wrapped_line(self, i)}
        if wrapped:
            self.tokens = [tok for i, tok in enumerate(self.tokens) if i not in wrapped]
            for tok in self.tokens:
                tok.found = None

    def m(self, i: int, category: str) -> tuple[int, Entry] | None:
        """Longest phrase of ``category`` starting at token ``i``."""
        if i < 0 or i >= len(self.tokens):
            return None
        tok = self.tokens[i]
        found = tok.found if tok.found is not None else self.lex.fill(self.tokens, i)
        got = found.get(category)
        if not got:
            return None
        end, entry = got[0]
        base = end - len(entry.tokens)
        return got[0] if base == i else (end - base + i, entry)

    def scan(self, sent: Sentence) -> tuple[list[NumExpr], list[tuple[int, int]], list[DateExpr]]:
        """Numbers, vague quantities and dates of a sentence, in sentence-local token indices
        (computed once per sentence)."""
        got = self._scans.get(sent.start)
        if got is None:
            part = self.tokens[sent.start : sent.end]
            nums, vague = find_numbers(self.lex, part)
            got = (nums, vague, find_dates(self.lex, part, nums))
            self._scans[sent.start] = got
        return got

    def place_at(self, i: int) -> int | None:
        """End of the place name at token ``i`` (memoised), or None."""
        if i in self._places:
            return self._places[i]
        got = self.orgs.place_at(self, i)
        self._places[i] = got
        return got

    def named_places(self, sent: Sentence) -> list[tuple[int, int]]:
        """Place phrases of a sentence that hold a named place (computed once)."""
        from hum_stats.extract.location import place_phrase

        got = self._named.get(sent.start)
        if got is None:
            got = []
            i = sent.start
            while i < sent.end:
                starts = self.place_at(i) is not None or self.m(i, "place_word") is not None
                end = place_phrase(self, i, sent.end) if starts else i
                if end == i:
                    i += 1
                    continue
                in_name = self._in_org_names(sent)
                if any(self.place_at(k) is not None and k not in in_name for k in range(i, end)):
                    got.append((i, end))  # (not "سوريا" of "قوات سوريا الديمقراطية")
                i = end
            self._named[sent.start] = got
        return got

    def org_mentions(self) -> list[tuple[int, int, str]]:
        """Organisations named in the document: ``(start, end, canonical)`` (found once)."""
        if self._orgs_found is None:
            self._orgs_found = self.orgs.find(self, 0, len(self.tokens))
        return self._orgs_found

    def _in_org_names(self, sent: Sentence) -> frozenset[int]:
        """Tokens of a sentence that stand inside an organisation's name."""
        got = self._org_tokens.get(sent.start)
        if got is None:
            got = frozenset(
                k for s, e, _ in self.org_mentions() if sent.start <= s < sent.end for k in range(s, e)
            )
            self._org_tokens[sent.start] = got
        return got

    def end_of(self, i: int, category: str) -> int:
        """End of the longest phrase of ``category`` at ``i``, or -1."""
        got = self.m(i, category)
        return got[0] if got is not None else -1

    def ends_here(self, i: int, category: str, lo: int, max_len: int = 6) -> tuple[int, Entry] | None:
        """A phrase of ``category`` that ends exactly at token ``i`` (exclusive): (start, entry)."""
        for s in range(max(lo, i - max_len), i):
            for end, entry in self.lex.matches_at(self.tokens, s, category):
                if end == i:
                    return s, entry
        return None

    def text_of(self, a: int, b: int) -> str:
        """Original text of the token range ``[a, b)``."""
        if b <= a:
            return ""
        s, e = self.norm.span(self.tokens[a].start, self.tokens[b - 1].end)
        return self.norm.original[s:e]

    def orig_span(self, a: int, b: int) -> tuple[int, int]:
        return self.norm.span(self.tokens[a].start, self.tokens[b - 1].end)

    def is_tok(self, i: int, *words: str) -> bool:
        """Token ``i`` is one of ``words``, compared in normalised form ("إلى" is "الي")."""
        return 0 <= i < len(self.tokens) and self.tokens[i].text in _folded(words)


@cache
def _folded(words: tuple[str, ...]) -> frozenset[str]:
    return frozenset(normalise(w).text for w in words)


def split_sentences(doc: Doc) -> list[Sentence]:
    out: list[Sentence] = []
    start = 0
    toks = doc.tokens
    for i, tok in enumerate(toks):
        if tok.kind in ("nl", "other") and tok.text in SENTENCE_ENDS:
            if (
                tok.text == "."
                and i > 0
                and toks[i - 1].kind == "word"
                and toks[i - 1].end == tok.start
                and (len(toks[i - 1].text) == 1 or toks[i - 1].text in doc.t.ABBREVIATIONS)
            ):
                continue  # "U.N. aid chief", "No. 9"
            if i > start:
                out.append(Sentence(len(out), start, i))
            start = i + 1
    if start < len(toks):
        out.append(Sentence(len(out), start, len(toks)))
    return out


def _wrapped_line(doc: Doc, i: int) -> bool:
    """A single line break inside a sentence (text wrapped by hand or by a PDF): the line
    ends on a figure or a little word that cannot end a sentence ("في", "of", "and"), or
    (in English) the next line goes on in lower case."""
    toks = doc.tokens
    if i == 0 or i + 1 >= len(toks) or toks[i + 1].kind == "nl" or toks[i - 1].kind == "nl":
        return False
    before, after = toks[i - 1], toks[i + 1]
    if before.kind == "other":
        return False
    orig = doc.text_of(i + 1, i + 2)
    if before.kind == "num":
        # (not a headline ending on its figure before a dateline: "..., killing 35\nKINSHASA (Reuters)")
        return not (doc.lex.code == "en" and after.kind == "word" and orig[:1].isupper())
    if doc.m(i - 1, "continuation") is not None:
        return True
    return doc.lex.code == "en" and after.kind == "word" and orig[:1].islower()
