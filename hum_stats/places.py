"""Places and OCHA P-codes: resolve the locations that reports name.

The gazetteer is data, not code: ``sources/gazetteer.csv`` holds Syria's 14 governorates
(admin 1, ``SY`` + 2 digits) and 62 districts (admin 2, ``SY`` + 4 digits) with their OCHA
codes, the Arabic names and the spellings that reports use, and towns that reports name. A
town has no sourced code of its own: its row has an empty ``pcode`` and names its district as
parent, and a resolved town *carries its district's code* and says so in ``Place.note``.

>>> resolve("ريف إدلب الجنوبي").pcode
'SY07'
>>> p = resolve("قرية البارة بريف إدلب الجنوبي")
>>> (p.name, p.admin_level, p.pcode)
('Al-Bara', 'town', 'SY0705')

Matching ignores Arabic diacritics and tatweel, folds alef/hamza variants, ة/ه and ى/ي, and
strips the clitics و ف ب ل ك and the article ال; English is matched case-insensitively with
apostrophes and hyphens ignored. A name shared by a governorate and its seat's district
(إدلب, Damascus, Daraa) is read as the governorate, unless the text says *city*
(مدينة إدلب, "Dar'a city"), when the district is meant.
"""

from __future__ import annotations

import csv
import re
import unicodedata
from collections.abc import Iterable, Iterator
from dataclasses import dataclass, field
from functools import lru_cache
from pathlib import Path
from typing import Literal

from hum_stats.errors import InputError
from hum_stats.paths import bundled_source

AdminLevel = Literal[1, 2, "town"]

COLUMNS = ("pcode", "admin_level", "name_en", "parent_pcode", "aliases", "source")
COUNTRY_CODE = "SYR"
_CODE_FORMAT: dict[AdminLevel, re.Pattern[str]] = {
    1: re.compile(r"SY\d{2}"),
    2: re.compile(r"SY\d{4}"),
}
_TOWN_NOTE = "town without its own P-code: carries its district's code"

# Words next to a name that say which of two same-named units is meant. Written in the
# folded form of ``_fold`` (ة -> ه, no article).
_CITY_WORDS = frozenset({"مدينه", "city", "town"})
_AREA_WORDS = frozenset(
    {"ريف", "محافظه", "countryside", "province", "governorate", "rural", "region", "suburbs", "ارياف", "ريفي"}
)
_SKIP_WORDS = frozenset({"of", "the", "in"})  # "the city of Ariha": look past these

# ---------------------------------------------------------------- normalising

_ARABIC_MARKS = frozenset(
    [chr(c) for c in range(0x0610, 0x061B)]
    + [chr(c) for c in range(0x064B, 0x0660)]
    + [chr(0x0670), chr(0x0640)]
    + [chr(c) for c in range(0x06D6, 0x06EE)]
)
_FOLD = str.maketrans(
    {"أ": "ا", "إ": "ا", "آ": "ا", "ٱ": "ا", "ى": "ي", "ئ": "ي", "ؤ": "و", "ة": "ه", "ک": "ك", "ی": "ي"}
)
_APOSTROPHES = frozenset("'’‘ʼʿʾ`´")
_CLITICS = ("و", "ف", "ب", "ل", "ك")


def _is_word_char(ch: str) -> bool:
    return ch.isalnum() or ch in _APOSTROPHES or ch in _ARABIC_MARKS or unicodedata.category(ch) == "Mn"


def _fold(token: str) -> str:
    """Fold one token: no diacritics or apostrophes, one alef, ة->ه, ى->ي, lower case.

    >>> _fold("إدلبَ"), _fold("Dar’a"), _fold("مدنيّة")
    ('ادلب', 'dara', 'مدنيه')
    """
    decomposed = unicodedata.normalize("NFKD", token)
    kept = "".join(
        ch
        for ch in decomposed
        if ch not in _ARABIC_MARKS and ch not in _APOSTROPHES and unicodedata.category(ch) != "Mn"
    )
    return unicodedata.normalize("NFC", kept).translate(_FOLD).lower()


def _is_arabic(token: str) -> bool:
    return any("\u0600" <= ch <= "\u06ff" for ch in token)


def _canonical(folded: str) -> str:
    """The form a gazetteer name's word is stored under: without the article ال."""
    if _is_arabic(folded) and folded.startswith("ال") and len(folded) > 4:
        return folded[2:]
    return folded


def _variants(folded: str) -> frozenset[str]:
    """The forms a word of running text may take once its clitics are removed.

    >>> sorted(_variants("بالباره"))
    ['الباره', 'باره', 'بالباره']
    >>> sorted(_variants("لادلب"))
    ['ادلب', 'لادلب']
    """
    if not _is_arabic(folded):
        return frozenset({folded})
    out = {folded, _canonical(folded)}
    stems = [folded]
    for _ in range(2):  # at most two one-letter clitics: وب، ول، فب ...
        stems = [s[1:] for s in stems if s[:1] in _CLITICS and len(s) > 3]
        for stem in stems:
            out.add(stem)
            out.add(_canonical(stem))
    if folded.startswith(("لل", "ولل", "فلل")):  # لل = ل + ال with its alef dropped
        out.add(folded[folded.index("لل") + 2 :])
    return frozenset(v for v in out if len(v) >= 2)


@dataclass(frozen=True, slots=True)
class _Token:
    start: int
    end: int
    variants: frozenset[str]


def _tokens(text: str) -> list[_Token]:
    """Words of ``text`` with their offsets; hyphens, slashes and punctuation separate words."""
    out: list[_Token] = []
    i, n = 0, len(text)
    while i < n:
        if not _is_word_char(text[i]):
            i += 1
            continue
        j = i
        while j < n and _is_word_char(text[j]):
            j += 1
        folded = _fold(text[i:j])
        if folded:
            out.append(_Token(i, j, _variants(folded)))
        i = j
    return out


def _name_key(name: str) -> tuple[str, ...]:
    """The lookup key of a gazetteer name: its words, folded, without the article."""
    return tuple(_canonical(_fold(name[t.start : t.end])) for t in _tokens(name))


# ---------------------------------------------------------------- the gazetteer


@dataclass(frozen=True, slots=True)
class Entry:
    """One row of the gazetteer."""

    pcode: str
    admin_level: AdminLevel
    name_en: str
    name_ar: str
    parent_pcode: str
    aliases: tuple[str, ...]
    source: str
    note: str
    line: int

    @property
    def names(self) -> tuple[str, ...]:
        return tuple(n for n in (self.name_en, self.name_ar, *self.aliases) if n)


@dataclass(frozen=True, slots=True)
class Place:
    """A resolved place. A town carries its district's code (``pcode``) and says so in ``note``."""

    name: str
    name_ar: str
    pcode: str
    admin_level: AdminLevel
    adm1_name: str
    adm1_pcode: str
    adm2_name: str | None
    adm2_pcode: str | None
    note: str = ""
    matched: str = field(default="", compare=False)


_LEVEL_RANK: dict[AdminLevel, int] = {1: 0, 2: 1, "town": 2}


def _parse_level(raw: str, where: str) -> AdminLevel:
    value = raw.strip()
    if value == "1":
        return 1
    if value == "2":
        return 2
    if value == "town":
        return "town"
    raise InputError(f"{where}: admin_level {raw!r} is not 1, 2 or 'town'; fix the row")


def read_gazetteer(path: Path) -> list[Entry]:
    """Read a gazetteer table; a malformed row is an error naming the file and line."""
    entries: list[Entry] = []
    with path.open(encoding="utf-8", newline="") as fh:
        reader = csv.DictReader(fh)
        missing = set(COLUMNS) - set(reader.fieldnames or ())
        if missing:
            raise InputError(f"{path}: missing column(s) {sorted(missing)}; expected {','.join(COLUMNS)}")
        for lineno, row in enumerate(reader, start=2):
            where = f"{path}:{lineno}"
            level = _parse_level(row.get("admin_level") or "", where)
            pcode = (row.get("pcode") or "").strip()
            name = (row.get("name_en") or "").strip()
            if not name:
                raise InputError(f"{where}: empty name_en; give every place its English name")
            if level == "town" and pcode:
                raise InputError(
                    f"{where}: town {name!r} has pcode {pcode!r}; towns carry their district's code, "
                    "leave pcode empty unless OCHA publishes one"
                )
            if level != "town" and not _CODE_FORMAT[level].fullmatch(pcode):
                raise InputError(
                    f"{where}: {pcode!r} is not an admin-{level} P-code (SY + {2 * level} digits)"
                )
            aliases = tuple(a.strip() for a in (row.get("aliases") or "").split("|") if a.strip())
            entries.append(
                Entry(
                    pcode=pcode,
                    admin_level=level,
                    name_en=name,
                    name_ar=(row.get("name_ar") or "").strip(),
                    parent_pcode=(row.get("parent_pcode") or "").strip(),
                    aliases=aliases,
                    source=(row.get("source") or "").strip(),
                    note=(row.get("note") or "").strip(),
                    line=lineno,
                )
            )
    codes = {e.pcode for e in entries if e.pcode}
    for e in entries:
        expected_parent_ok = e.parent_pcode == COUNTRY_CODE if e.admin_level == 1 else e.parent_pcode in codes
        if not expected_parent_ok:
            raise InputError(
                f"{path}:{e.line}: parent_pcode {e.parent_pcode!r} of {e.name_en!r} is not in the table"
            )
    return entries


@dataclass(slots=True)
class _Node:
    """A node of the name trie: one word further, and the entries whose name ends here."""

    children: dict[str, _Node] = field(default_factory=dict)
    entries: list[Entry] = field(default_factory=list)


class Gazetteer:
    """An index of gazetteer names, for longest-match lookup in running text."""

    def __init__(self, entries: Iterable[Entry]) -> None:
        self.entries = tuple(entries)
        self.by_code = {e.pcode: e for e in self.entries if e.pcode}
        self._trie = _Node()
        for entry in self.entries:
            for name in entry.names:
                key = _name_key(name)
                if not key:
                    continue
                node = self._trie
                for word in key:
                    node = node.children.setdefault(word, _Node())
                if entry not in node.entries:
                    node.entries.append(entry)

    # -- matching
    def _longest_at(self, tokens: list[_Token], i: int) -> tuple[int, list[Entry]] | None:
        """The longest name starting at token ``i``: (index after its last token, its entries)."""
        best: tuple[int, list[Entry]] | None = None
        frontier: list[tuple[int, _Node]] = [(i, self._trie)]
        while frontier:
            j, node = frontier.pop()
            if j > i and node.entries and (best is None or j > best[0]):
                best = (j, node.entries)
            if j < len(tokens):
                for form in tokens[j].variants:
                    child = node.children.get(form)
                    if child is not None:
                        frontier.append((j + 1, child))
        return best

    def _context(self, tokens: list[_Token], start: int, end: int) -> set[str]:
        """Folded words just before and after a match (past 'of'/'the'), and inside it."""
        words: set[str] = set()
        for t in tokens[start:end]:
            words |= t.variants
        k = start - 1
        while k >= 0 and tokens[k].variants & _SKIP_WORDS:
            k -= 1
        if k >= 0:
            words |= tokens[k].variants
        if end < len(tokens):
            words |= tokens[end].variants
        return words

    def _choose(self, candidates: list[Entry], context: set[str]) -> tuple[Entry, str]:
        if len(candidates) == 1:
            return candidates[0], ""
        ranked = sorted(candidates, key=lambda e: _LEVEL_RANK[e.admin_level])
        if context & _CITY_WORDS and not context & _AREA_WORDS:
            chosen, why = ranked[-1], "the text says city"
        else:
            chosen, why = ranked[0], "read as the larger unit"
        others = ", ".join(f"{e.name_en} ({e.pcode or 'town'})" for e in ranked if e is not chosen)
        return chosen, f"name also used by {others}; {why}"

    def find(self, text: str) -> list[tuple[int, int, Place]]:
        tokens = _tokens(text)
        found: list[tuple[int, int, Place]] = []
        i = 0
        while i < len(tokens):
            hit = self._longest_at(tokens, i)
            if hit is None:
                i += 1
                continue
            j, candidates = hit
            entry, why = self._choose(candidates, self._context(tokens, i, j))
            start, end = tokens[i].start, tokens[j - 1].end
            found.append((start, end, self.place(entry, matched=text[start:end], extra_note=why)))
            i = j
        return found

    # -- building places
    def place(self, entry: Entry, matched: str = "", extra_note: str = "", own_note: bool = True) -> Place:
        chain = self._chain(entry)
        adm1 = chain[0]
        adm2 = chain[1] if len(chain) > 1 else None
        if entry.admin_level == "town":
            assert adm2 is not None
            pcode = adm2.pcode
            note = f"{_TOWN_NOTE} ({adm2.pcode} {adm2.name_en})"
        else:
            pcode = entry.pcode
            note = entry.note if own_note else ""
        note = "; ".join(n for n in (note, extra_note) if n)
        return Place(
            name=entry.name_en,
            name_ar=entry.name_ar,
            pcode=pcode,
            admin_level=entry.admin_level,
            adm1_name=adm1.name_en,
            adm1_pcode=adm1.pcode,
            adm2_name=adm2.name_en if adm2 else None,
            adm2_pcode=adm2.pcode if adm2 else None,
            note=note,
            matched=matched,
        )

    def _chain(self, entry: Entry) -> list[Entry]:
        """The entry and its ancestors, governorate first."""
        chain = [entry]
        while chain[0].admin_level != 1:
            chain.insert(0, self.by_code[chain[0].parent_pcode])
        return chain

    def resolve(self, location: str) -> Place | None:
        found = self.find(location)
        if not found:
            return None
        chains = [self._chain(self._entry_of(p)) for _, _, p in found]
        # drop a place that only frames another ("... بريف حلب" around الأتارب)
        keep = [
            k for k, c in enumerate(chains) if not any(len(o) > len(c) and o[: len(c)] == c for o in chains)
        ]
        distinct = {id(chains[k][-1]) for k in keep}
        if len(distinct) == 1:
            return found[keep[0]][2]
        common = [
            a for a, *rest in zip(*(chains[k] for k in keep), strict=False) if all(r is a for r in rest)
        ]
        if not common:
            return None  # places in different governorates ("إدلب وريف حماة")
        names = ", ".join(dict.fromkeys(p.name for _, _, p in found))
        lca = common[-1]
        kind = "district" if lca.admin_level == 2 else "governorate"
        return self.place(
            lca, matched=location, extra_note=f"several places ({names}): their common {kind}", own_note=False
        )

    def _entry_of(self, place: Place) -> Entry:
        if place.admin_level == "town":
            for e in self.entries:
                if e.admin_level == "town" and e.name_en == place.name and e.parent_pcode == place.pcode:
                    return e
        return self.by_code[place.pcode]


@lru_cache(maxsize=1)
def gazetteer() -> Gazetteer:
    """The bundled gazetteer (``sources/gazetteer.csv``)."""
    return Gazetteer(read_gazetteer(bundled_source("gazetteer.csv")))


def resolve(location: str) -> Place | None:
    """The place a location string is about, or None when it names none (or spans governorates).

    Several places on one line of descent give the most precise one ("مدينة جنديرس في ريف
    عفرين" -> the town Jandairis); several places in one district or governorate give that
    unit, with a note ("حارم وسرمدا وأطمة" -> Harim district).

    >>> resolve("southern Idlib countryside").pcode
    'SY07'
    >>> resolve("مدينة معرة النعمان").admin_level
    2
    """
    return gazetteer().resolve(location)


def resolve_with_reason(location: str | None) -> tuple[Place | None, str]:
    """The place ``location`` is about and ``""``, or None and why it has no P-code.

    Exports use this so that every row either carries a code of the right level or says why
    not; the reason says what to do when a spelling is missing from the gazetteer.

    >>> resolve_with_reason("Kafranbel")[0].pcode
    'SY0702'
    >>> resolve_with_reason("إدلب وريف حماة")[1]
    'names places in different governorates (Idleb, Hama): no single P-code'
    >>> resolve_with_reason(None)[1]
    'the report names no place'
    """
    if location is None or not str(location).strip():
        return None, "the report names no place"
    place = resolve(location)
    if place is not None:
        return place, ""
    found = find_places(location)
    if not found:
        return None, (
            f"no gazetteer name in {location!r}; if it is a Syrian place, add its spelling to "
            "sources/gazetteer.csv"
        )
    governorates = ", ".join(dict.fromkeys(p.adm1_name for _, _, p in found))
    return None, f"names places in different governorates ({governorates}): no single P-code"


def find_places(text: str) -> list[tuple[int, int, Place]]:
    """Every place named in ``text``: ``(start, end, Place)`` with ``text[start:end]`` the name.

    Names are matched longest first, left to right ("ريف دمشق" is Rural Damascus, not Damascus).
    """
    return gazetteer().find(text)


def iter_entries() -> Iterator[Entry]:
    """The rows of the bundled gazetteer."""
    return iter(gazetteer().entries)
