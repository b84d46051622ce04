"""Compile a language table (``lang/ar.py``, ``lang/en.py``) into token-phrase lookups.

Every entry of a table is normalised and tokenised exactly like the text, so the tables
can be written in natural spelling. The engine then asks, for a token position, which
phrases of which category start there.
"""

from __future__ import annotations

import re
from dataclasses import dataclass, field
from functools import lru_cache
from types import ModuleType
from typing import Any

from hum_stats.extract.normalise import normalise

# One compiled scan for tokens: digit groups (with thousands/decimal separators), words,
# newlines, and any other single visible character.
TOKEN_RE = re.compile(
    r"(?P<num>\d{1,3}(?: \d{3})+(?![\d.,،٬٫])|\d+(?:[.,،٬٫]\d+)*)"
    r"|(?P<word>[^\W\d_]+)"
    r"|(?P<nl>\n)"
    r"|(?P<other>\S)"
)


@dataclass(slots=True)
class Token:
    text: str  # normalised form
    start: int  # offsets in the normalised text
    end: int
    kind: str  # num | word | nl | other
    variants: frozenset[str] = field(default_factory=frozenset)
    # every phrase that starts here, by category: filled on first look-up
    found: dict[str, list[tuple[int, Entry]]] | None = None


def tokenize(
    text: str,
    prefixes: tuple[str, ...] = (),
    suffixes: tuple[str, ...] = (),
    known: dict[tuple[str, str], frozenset[str]] | None = None,
) -> list[Token]:
    """Tokens of ``text``; ``known`` keeps the variants of words already seen (same affixes)."""
    tokens: list[Token] = []
    seen = {} if known is None else known
    for m in TOKEN_RE.finditer(text):
        kind = m.lastgroup or "other"
        t = m.group()
        variants = seen.get((t, kind))
        if variants is None:
            variants = seen[(t, kind)] = _variants(t, kind, prefixes, suffixes)
        tokens.append(Token(t, m.start(), m.end(), kind, variants))
    return tokens


def _variants(t: str, kind: str, prefixes: tuple[str, ...], suffixes: tuple[str, ...]) -> frozenset[str]:
    if kind != "word" or not prefixes:
        return frozenset((t,))
    out = {t}
    for p in prefixes:
        if t.startswith(p) and len(t) - len(p) >= 2:
            out.add(t[len(p) :])
    for s in suffixes:
        keep = 2 if len(s) == 1 else 4  # a pronoun ending leaves a whole noun: "عناصرها", not "منها"
        for v in list(out):
            if v.endswith(s) and len(v) - len(s) >= keep:
                out.add(v[: -len(s)])
    return frozenset(out)


@dataclass(frozen=True, slots=True)
class Entry:
    tokens: tuple[str, ...]
    category: str
    payload: Any


@dataclass(slots=True)
class Lexicon:
    """Phrase index of one language table."""

    code: str
    table: ModuleType
    index: dict[str, list[Entry]]
    prefixes: tuple[str, ...]
    suffixes: tuple[str, ...]
    _starts: dict[tuple[str, ...], frozenset[str]] = field(default_factory=dict)
    _known: dict[tuple[str, str], frozenset[str]] = field(default_factory=dict)

    def starts(self, *categories: str) -> frozenset[str]:
        """First tokens of the phrases of these categories: a cheap test before matching."""
        got = self._starts.get(categories)
        if got is None:
            got = frozenset(
                first
                for first, entries in self.index.items()
                if any(e.category in categories for e in entries)
            )
            self._starts[categories] = got
        return got

    def tokenize(self, text: str) -> list[Token]:
        if len(self._known) > 200_000:  # bounded: a long run over many texts must not grow it forever
            self._known.clear()
        return tokenize(text, self.prefixes, self.suffixes, self._known)

    def matches_at(self, tokens: list[Token], i: int, category: str | None = None) -> list[tuple[int, Entry]]:
        """Phrases starting at token ``i``: ``(end_token_index_exclusive, entry)``, longest first.

        All categories are matched at once and kept on the token, so later look-ups are a
        dictionary access.
        """
        found = self.fill(tokens, i)
        if category is None:
            return sorted((m for lst in found.values() for m in lst), key=lambda m: -m[0])
        got = found.get(category)
        if not got:
            return []
        base = got[0][0] - len(got[0][1].tokens)
        if base != i:  # cached against another list (a slice): shift the ends
            return [(e - base + i, entry) for e, entry in got]
        return got

    def fill(self, tokens: list[Token], i: int) -> dict[str, list[tuple[int, Entry]]]:
        """Every phrase starting at token ``i``, by category (computed once, kept on the token)."""
        tok = tokens[i]
        found = tok.found
        if found is None:
            found = {}
            seen: set[tuple[str, tuple[str, ...]]] = set()
            n_tokens = len(tokens)
            for v in tok.variants:
                for entry in self.index.get(v, ()):
                    key = (entry.category, entry.tokens)
                    if key in seen:
                        continue
                    n = len(entry.tokens)
                    if i + n > n_tokens:
                        continue
                    if all(entry.tokens[k] in tokens[i + k].variants for k in range(1, n)):
                        seen.add(key)
                        found.setdefault(entry.category, []).append((i + n, entry))
            for lst in found.values():
                lst.sort(key=lambda m: -m[0])
            tok.found = found
        return found


def _phrase_tokens(phrase: str) -> tuple[str, ...]:
    return tuple(t.text for t in tokenize(normalise(phrase).text))


# How each key of a language table becomes phrases of a category (see lang/__init__.py):
# a tuple of phrases; a dict phrase -> payload; a dict payload -> phrases.
PHRASES: dict[str, str] = {
    "VAGUE": "vague",
    "OTHERS": "others",
    "PARTITIVE": "partitive",
    "AFFECTED_EXCEPT_AFTER": "affected_ok",
    "SUBJECT_MARKERS": "subject",
    "LINK_VERBS": "link",
    "SUBSET_BEFORE": "subset_before",
    "SUBSET_AFTER": "subset_after",
    "AMONG": "among",
    "BREAKDOWN_JOINERS": "breakdown",
    "RESTATEMENT": "restate",
    "COMBINED_GROUPS": "combined",
    "ORDINALS": "ordinal",
    "RELATIVE_PAST": "rel_past",
    "RELATIVE_CURRENT": "rel_current",
    "YEAR_WORDS": "year_word",
    "MONTH_WORDS": "month_word",
    "PERIOD_SINCE": "since",
    "PERIOD_START_WORDS": "start_word",
    "PERIOD_END_WORDS": "end_word",
    "PERIOD_UNTIL": "until",
    "PERIOD_BETWEEN": "between",
    "PERIOD_IN": "in",
    "PERIOD_SAME": "same_period",
    "ATTRIBUTION_MARKERS": "attr_marker",
    "REPORTING_VERBS": "report_verb",
    "SOURCE_NOUNS": "source_noun",
    "PLACE_WORDS": "place_word",
    "CONJUNCTIONS": "conj",
    "AGE_WORDS": "age",
    "WEEK_WORDS": "week_word",
    "NEW_EVENT": "new_event",
    "EITHER_JOINERS": "either",
    "AFTER_BARE_OBJECT": "after_object",
    "RANGE_MARKERS": "range_marker",
    "RELATIVE_PRONOUNS": "relative_pronoun",
    "CONTINUATION_WORDS": "continuation",
    "LIST_JOINERS": "list_joiner",
    "TOTAL_MARKERS": "total",
    "CONTINUING_VERBS": "continuing_verb",
    "EVENT_NOUNS": "event_noun",
    "CURRENCY_SIGNS": "currency",
    "PERCENT_WORDS": "percent",
    "DESTINATION_MARKERS": "destination",
    "MEMBER_WORDS": "member_word",
    "COREFERENT_SOURCES": "coreferent",
    "ON_DATE": "on_date",
    "PLACE_NOUNS": "place_noun",
    "LISTENER_VERBS": "listener_verb",
    "COMPARISON_WORDS": "comparison",
    "RESPONSIBLE_MARKERS": "responsible",
    "INCLUDE_MARKERS": "include",
    "ADDITION_WORDS": "addition",
    "EVACUATION_VERBS": "evacuation",
    "BEING_VERBS": "being",
    "TOLL_NOUNS": "toll",
    "DISTRIBUTION_VERBS": "distribution",
}
PHRASE_PAYLOADS: dict[str, str] = {
    "NUMBER_WORDS": "num",
    "MULTIPLIERS": "mult",
    "FRACTIONS": "frac",
    "GROUP_ADJECTIVES": "adj",
    "MONTHS": "month",
    "DAY_ORDINALS": "dayord",
    "WINDOWS": "window",
    "WEEKDAYS": "weekday",
    "WEEK_ORDINALS": "week_ordinal",
    "NATIONALITIES": "nationality",
    "MEMBER_BODIES": "member_body",
}
PAYLOAD_PHRASES: dict[str, str] = {
    "BLOCKERS": "blocker",
    "METRIC_TRIGGERS": "trigger",
    "QUALIFIERS_BEFORE": "qual_before",
    "QUALIFIERS_AFTER": "qual_after",
    "QUALIFYING_VERBS": "qual_verb",
}


def compile_table(table: ModuleType) -> Lexicon:
    index: dict[str, list[Entry]] = {}

    def add(phrase: str, category: str, payload: Any = None) -> None:
        toks = _phrase_tokens(phrase)
        if toks:
            index.setdefault(toks[0], []).append(Entry(toks, category, payload))

    t = table
    for key, category in PHRASES.items():
        for phrase in getattr(t, key):
            add(phrase, category)
    for key, category in PHRASE_PAYLOADS.items():
        for phrase, payload in getattr(t, key).items():
            add(phrase, category, payload)
    for key, category in PAYLOAD_PHRASES.items():
        for payload, phrases in getattr(t, key).items():
            for phrase in phrases:
                add(phrase, category, payload)
    # nouns: (space-separated forms, unit, group, metric); "+" joins the words of one form
    for forms, unit, group, metric in t.NOUNS:
        for f in _multiword_forms(forms):
            add(f, "noun", (unit, group, metric, None))
    for forms, unit, group, metric in t.DUAL_NOUNS:
        for f in _multiword_forms(forms):
            add(f, "dual", (unit, group, metric, 2))
    for w in _multiword_forms(t.NON_PEOPLE_NOUNS):
        add(w, "nonpeople")
    for entries in index.values():
        entries.sort(key=lambda e: -len(e.tokens))
    return Lexicon(t.CODE, t, index, tuple(t.CLITIC_PREFIXES), tuple(t.CLITIC_SUFFIXES))


def _multiword_forms(forms: str) -> list[str]:
    """Noun forms are space-separated; the words of a multi-word form are joined with '+'."""
    return [f.replace("+", " ") for f in forms.split()]


@lru_cache(maxsize=8)
def lexicon(code: str) -> Lexicon:
    from hum_stats.extract.lang import TABLES

    return compile_table(TABLES[code])
