"""The registry of organisations: one canonical name, many Arabic and English aliases.

The table lives in ``sources/organisations.csv`` (columns ``canonical,kind,aliases`` with
aliases separated by ``|``) so that analysts can add an organisation without touching code.
"""

from __future__ import annotations

import csv
from dataclasses import dataclass
from functools import lru_cache
from pathlib import Path

from hum_stats.errors import InputError
from hum_stats.paths import bundled_source


@dataclass(frozen=True, slots=True)
class Organisation:
    canonical: str
    kind: str
    aliases: tuple[str, ...]


def read_registry(path: Path) -> list[Organisation]:
    """Read an organisations table; a malformed row is an error naming the line."""
    orgs: list[Organisation] = []
    with path.open(encoding="utf-8", newline="") as fh:
        reader = csv.DictReader(fh)
        missing = {"canonical", "kind", "aliases"} - set(reader.fieldnames or ())
        if missing:
            raise InputError(f"{path}: missing column(s) {sorted(missing)}; expected canonical,kind,aliases")
        for lineno, row in enumerate(reader, start=2):
            name = (row.get("canonical") or "").strip()
            if not name:
                raise InputError(f"{path}:{lineno}: empty 'canonical' name; give every organisation a name")
            aliases = tuple(a.strip() for a in (row.get("aliases") or "").split("|") if a.strip())
            orgs.append(Organisation(name, (row.get("kind") or "").strip(), aliases))
    return orgs


@lru_cache(maxsize=1)
def registry() -> tuple[Organisation, ...]:
    """The bundled registry (``sources/organisations.csv``)."""
    return tuple(read_registry(bundled_source("organisations.csv")))


@lru_cache(maxsize=1)
def org_kinds() -> dict[str, str]:
    """Kind of each organisation of the bundled registry, by canonical name."""
    return {org.canonical: org.kind for org in registry()}


def canonical_name(name: str) -> str | None:
    """The canonical name of an organisation given any of its aliases, or None.

    >>> canonical_name("منسقو استجابة سوريا")
    'Response Coordinators'
    """
    from hum_stats.extract.normalise import normalise_key

    key = normalise_key(name)
    for org in registry():
        if key in {normalise_key(a) for a in (org.canonical, *org.aliases)}:
            return org.canonical
    return None


@lru_cache(maxsize=1)
def _generic_sources() -> frozenset[str]:
    """The words the extractor's language tables know as generic sources ("the monitor", "المصدر")."""
    from hum_stats.extract.lang import ar, en
    from hum_stats.extract.normalise import normalise_key

    return frozenset(normalise_key(w) for w in (*ar.SOURCE_NOUNS, *en.SOURCE_NOUNS))


def is_generic_source(name: str | None) -> bool:
    """True when ``name`` is a generic word for a source ("monitor", "officials", "المصدر"), not an
    organisation: such a figure is credited to nobody in particular.

    >>> is_generic_source("monitor"), is_generic_source("the Monitor"), is_generic_source("OCHA")
    (True, True, False)
    """
    from hum_stats.extract.normalise import normalise_key

    if not name or not name.strip() or canonical_name(name) is not None:
        return False
    key = normalise_key(name)
    return key in _generic_sources() or key.removeprefix("the ") in _generic_sources()
