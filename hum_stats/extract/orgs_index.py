"""Names the engine looks for in text: organisations (``sources/organisations.csv``) and
places (``sources/gazetteer.csv``), indexed as token phrases in both languages."""

from __future__ import annotations

from dataclasses import dataclass
from functools import lru_cache
from typing import TYPE_CHECKING

from hum_stats.extract.lexicon import tokenize
from hum_stats.extract.normalise import normalise

if TYPE_CHECKING:
    from hum_stats.extract.document import Doc


# Countries named in reports about Syria, beside the gazetteer's governorates and districts.
COUNTRIES = (
    "سوريا",
    "سورية",
    "Syria",
    "تركيا",
    "Turkey",
    "Türkiye",
    "Turkiye",
    "لبنان",
    "Lebanon",
    "الأردن",
    "Jordan",
    "العراق",
    "Iraq",
)


def _key(tok: str) -> str:
    """Token key without the Arabic article, so "الأمم" matches "للأمم" and "بالأمم"."""
    if tok.startswith("ال") and len(tok) > 4:
        return tok[2:]
    return tok


def _phrase(name: str) -> tuple[str, ...]:
    return tuple(_key(t.text) for t in tokenize(normalise(name).text) if t.kind in ("word", "num"))


def _glued(name: str) -> tuple[str, ...] | None:
    """An Arabic two-word name typed without its space ("الأممالمتحدة"): the words run
    together when the first ends in a letter that does not join the next."""
    if name.isascii():
        return None
    words = [t.text for t in tokenize(normalise(name).text) if t.kind == "word"]
    if len(words) != 2 or not words[1].startswith("ال"):
        return None
    return (_key(words[0] + words[1]),)


@dataclass(slots=True)
class OrgIndex:
    orgs: dict[str, list[tuple[tuple[str, ...], str]]]
    places: dict[str, list[tuple[str, ...]]]
    country_adjectives: frozenset[str] = frozenset()

    def _match(self, doc: Doc, i: int, phrase: tuple[str, ...]) -> int | None:
        toks = doc.tokens
        k = i
        for p in phrase:
            while (
                k < len(toks)
                and toks[k].kind == "other"
                and toks[k].text in ('"', "“", "”", "«", "»", "'", "-", ".")
                and k > i
            ):
                k += 1
            if k >= len(toks):
                return None
            variants = toks[k].variants
            if p not in variants and not any(_key(v) == p for v in variants):
                return None
            k += 1
        if k < len(toks) and toks[k].text == "." and len(phrase[-1]) == 1:
            k += 1  # the last full stop of "U.N."
        return k

    def _lookup(self, doc: Doc, i: int) -> list[str]:
        return [_key(v) for v in doc.tokens[i].variants]

    def find(self, doc: Doc, lo: int, hi: int) -> list[tuple[int, int, str]]:
        """Organisations named in tokens ``[lo, hi)``: ``(start, end, canonical)``, longest first."""
        out: list[tuple[int, int, str]] = []
        i = lo
        while i < hi:
            best: tuple[int, str] | None = None
            for key in self._lookup(doc, i):
                for phrase, canon in self.orgs.get(key, ()):
                    end = self._match(doc, i, phrase)
                    if end is None or end > hi or (best is not None and end <= best[0]):
                        continue
                    short = len(phrase) == 1 and len(phrase[0]) <= 3 and phrase[0].isascii()
                    if short and not doc.text_of(i, i + 1).isupper():
                        continue  # "UN", "SCD", "WHO" only in capitals (Arabic has none: "قسد")
                    best = (end, canon)
            if best is not None:
                out.append((i, best[0], best[1]))
                i = best[0]
            else:
                i += 1
        return out

    def place_at(self, doc: Doc, i: int) -> int | None:
        """End of the longest place name starting at token ``i``, or None."""
        if i >= len(doc.tokens) or doc.tokens[i].kind != "word":
            return None
        if doc.tokens[i].text in self.country_adjectives:
            return None  # "مقاتلات روسية وسورية": Syrian, not Syria
        best: int | None = None
        for key in self._lookup(doc, i):
            for phrase in self.places.get(key, ()):
                end = self._match(doc, i, phrase)
                if end is not None and (best is None or end > best):
                    best = end
        return best


@lru_cache(maxsize=1)
def org_index() -> OrgIndex:
    from hum_stats.orgs import registry

    orgs: dict[str, list[tuple[tuple[str, ...], str]]] = {}
    for org in registry():
        for name in (org.canonical, *org.aliases):
            ph = _phrase(name)
            if ph and not (len(ph) == 1 and len(ph[0]) < 2):
                orgs.setdefault(ph[0], []).append((ph, org.canonical))
            glued = _glued(name)
            if glued is not None:
                orgs.setdefault(glued[0], []).append((glued, org.canonical))
    places: dict[str, list[tuple[str, ...]]] = {}
    try:
        from hum_stats.places import iter_entries

        for entry in iter_entries():
            for name in entry.names:
                ph = _phrase(name)
                if ph and len(ph[0]) > 2:
                    places.setdefault(ph[0], []).append(ph)
    except Exception:  # the gazetteer is optional for extraction  # noqa: BLE001
        places = {}
    for name in COUNTRIES:
        ph = _phrase(name)
        places.setdefault(ph[0], []).append(ph)
    # a country name glued to "و" reads as an adjective after a noun ("روسية وسورية")
    adjectives = frozenset("و" + _phrase(n)[0] for n in COUNTRIES if _phrase(n) and not n.isascii())
    return OrgIndex(orgs, places, adjectives)
