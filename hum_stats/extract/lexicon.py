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


def tokenize(text: str, prefixes: tuple[str, ...] = (), suffixes: tuple[str, ...] = ()) -> list[Token]:
    tokens: list[Token] = []
    for m in TOKEN_RE.finditer(text):
        kind = m.lastgroup or "other"
        t = m.group()
        tokens.append(Token(t, m.start(), m.end(), kind, _variants(t, kind, prefixes, suffixes)))
    return tokens


def _variants(t: str, kind: str, prefixes: tuple[str, ...], suffixes: tuple[str, ...]) -> frozenset[str]:
    if kind != "word" or not prefixes:
        return frozenset((t,))
    out = {t}
    for p in prefixes:
        if t.startswith(p) and len(t) - len(p) >= 2:
            out.add(t[len(p) :])
    for s in suffixes:
        for v in list(out):
            if v.endswith(s) and len(v) - len(s) >= 2:
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
        return tokenize(text, self.prefixes, self.suffixes)

    def matches_at(self, tokens: list[Token], i: int, category: str | None = None) -> list[tuple[int, Entry]]:
        """Phrases starting at token ``i``: ``(end_token_index_exclusive, entry)``, longest first.

        All categories are matched at once and kept on the token, so later look-ups are a
        dictionary access.
        """
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
        if category is None:
            return sorted((m for lst in found.values() for m in lst), key=lambda m: -m[0])
        got = found.get(category)
        if not got:
            return []
        base = got[0][0] - len(got[0][1].tokens)
        if base != i:  # cached against another list (a slice): shift the ends
            return [(e - base + i, entry) for e, entry in got]
        return got


def _phrase_tokens(phrase: str) -> tuple[str, ...]:
    return tuple(t.text for t in tokenize(normalise(phrase).text))


def _split_forms(forms: str) -> list[str]:
    return forms.split()


def compile_table(table: ModuleType) -> Lexicon:
    index: dict[str, list[Entry]] = {}

    def add(phrase: str, category: str, payload: Any = None) -> None:
        toks = _phrase_tokens(phrase)
        if not toks:
            return
        index.setdefault(toks[0], []).append(Entry(toks, category, payload))

    t = table
    for w, v in t.NUMBER_WORDS.items():
        add(w, "num", v)
    for w, v in t.MULTIPLIERS.items():
        add(w, "mult", v)
    for w, v in t.FRACTIONS.items():
        add(w, "frac", v)
    for w in t.VAGUE:
        add(w, "vague")
    for forms, unit, group, metric in t.NOUNS:
        for f in _multiword_forms(forms):
            add(f, "noun", (unit, group, metric, None))
    for forms, unit, group, metric in t.DUAL_NOUNS:
        for f in _split_forms(forms):
            add(f, "dual", (unit, group, metric, 2))
    for w, g in t.GROUP_ADJECTIVES.items():
        add(w, "adj", g)
    for w in t.OTHERS:
        add(w, "others")
    for w in t.PARTITIVE:
        add(w, "partitive")
    for w in t.NON_PEOPLE_NOUNS.split():
        add(w, "nonpeople")
    for kind, phrases in t.BLOCKERS.items():
        for p in phrases:
            add(p, "blocker", kind)
    for w in t.AFFECTED_EXCEPT_AFTER:
        add(w, "affected_ok")
    for metric, phrases in t.METRIC_TRIGGERS.items():
        for p in phrases:
            add(p, "trigger", metric)
    for w in t.SUBJECT_MARKERS:
        add(w, "subject")
    for w in t.LINK_VERBS:
        add(w, "link")
    for q, phrases in t.QUALIFIERS_BEFORE.items():
        for p in phrases:
            add(p, "qual_before", q)
    for q, phrases in t.QUALIFIERS_AFTER.items():
        for p in phrases:
            add(p, "qual_after", q)
    for q, phrases in t.QUALIFYING_VERBS.items():
        for p in phrases:
            add(p, "qual_verb", q)
    for p in t.SUBSET_BEFORE:
        add(p, "subset_before")
    for p in t.SUBSET_AFTER:
        add(p, "subset_after")
    for p in t.BREAKDOWN_JOINERS:
        add(p, "breakdown")
    for p in t.RESTATEMENT:
        add(p, "restate")
    for p in t.COMBINED_GROUPS:
        add(p, "combined")
    for w, m in t.MONTHS.items():
        add(w, "month", m)
    for w, d in t.DAY_ORDINALS.items():
        add(w, "dayord", d)
    for w in t.ORDINALS:
        add(w, "ordinal")
    for w in t.RELATIVE_PAST:
        add(w, "rel_past")
    for w in t.RELATIVE_CURRENT:
        add(w, "rel_current")
    for w in t.YEAR_WORDS:
        add(w, "year_word")
    for w in t.MONTH_WORDS:
        add(w, "month_word")
    for w in t.PERIOD_SINCE:
        add(w, "since")
    for w in t.PERIOD_START_WORDS:
        add(w, "start_word")
    for w in t.PERIOD_END_WORDS:
        add(w, "end_word")
    for w in t.PERIOD_UNTIL:
        add(w, "until")
    for w in t.PERIOD_BETWEEN:
        add(w, "between")
    for w in t.PERIOD_IN:
        add(w, "in")
    for w, d in t.WINDOWS.items():
        add(w, "window", d)
    for w in t.ATTRIBUTION_MARKERS:
        add(w, "attr_marker")
    for w in t.REPORTING_VERBS:
        add(w, "report_verb")
    for w in t.SOURCE_NOUNS:
        add(w, "source_noun")
    for w in t.PLACE_WORDS:
        add(w, "place_word")
    for w in t.CONJUNCTIONS:
        add(w, "conj")
    for w in t.AGE_WORDS:
        add(w, "age")
    for w, d in t.WEEKDAYS.items():
        add(w, "weekday", d)
    for w in t.WEEK_WORDS:
        add(w, "week_word")
    for w, d in t.WEEK_ORDINALS.items():
        add(w, "week_ordinal", d)
    for w in t.NEW_EVENT:
        add(w, "new_event")
    for w in t.EITHER_JOINERS:
        add(w, "either")
    for w in t.RANGE_MARKERS:
        add(w, "range_marker")
    for w in t.RELATIVE_PRONOUNS:
        add(w, "relative_pronoun")
    for w in t.CONTINUATION_WORDS:
        add(w, "continuation")
    for w in t.LIST_JOINERS:
        add(w, "list_joiner")
    for w in t.TOTAL_MARKERS:
        add(w, "total")
    for w in t.CONTINUING_VERBS:
        add(w, "continuing_verb")
    for w in t.EVENT_NOUNS:
        add(w, "event_noun")
    for w in t.CURRENCY_SIGNS:
        add(w, "currency")
    for entries in index.values():
        entries.sort(key=lambda e: -len(e.tokens))
    return Lexicon(t.CODE, t, index, tuple(t.CLITIC_PREFIXES), tuple(t.CLITIC_SUFFIXES))


def _multiword_forms(forms: str) -> list[str]:
    """Noun forms are space-separated; a multi-word noun is joined with ``_`` or listed
    as a known phrase. Here every space-separated item is a form, and known multi-word
    nouns are recognised by the ``MULTIWORD_NOUNS`` convention: items joined with '+'."""
    return [f.replace("+", " ") for f in forms.split()]


@lru_cache(maxsize=8)
def lexicon(code: str) -> Lexicon:
    from hum_stats.extract.lang import TABLES

    return compile_table(TABLES[code])
