"""Fixtures shared by the schema, store, reader and CLI tests.

Tests that need claims do not depend on the real extractor (it is being written): the
``fake_extract`` fixture replaces ``hum_stats.extract.extract`` with a tiny, deterministic
reader of English sentences such as "1200 families were displaced" or "30 civilians were
killed, 12 children among them".
"""

from __future__ import annotations

import os
import re
import textwrap
from pathlib import Path

import pytest
from hypothesis import HealthCheck, settings

import hum_stats
import hum_stats.extract
from hum_stats.claims import Claim

#: Hypothesis profiles. ``ci`` (the default) runs FUZZ_EXAMPLES examples in each of the fuzz tests
#: of tests/test_fuzz.py (>= 10,000 in all); ``dev`` runs ten times as many:
#: ``HYPOTHESIS_PROFILE=dev python -m pytest tests/test_fuzz.py``.
FUZZ_EXAMPLES = {"ci": 2_500, "dev": 25_000}
for _name, _examples in FUZZ_EXAMPLES.items():
    settings.register_profile(
        _name,
        max_examples=_examples,
        deadline=None,
        suppress_health_check=[HealthCheck.too_slow, HealthCheck.data_too_large],
        print_blob=True,
    )
settings.load_profile(os.environ.get("HYPOTHESIS_PROFILE", "ci"))

_FIGURE = re.compile(
    r"(?P<value>\d+) (?P<noun>families|people|civilians|children) (?:were )?(?P<verb>displaced|killed|injured)"
)
_CHILDREN = re.compile(r"(?P<value>\d+) children among them")
_UNITS = {"families": ("families", "all"), "people": ("individuals", "all"), "civilians": ("individuals", "civilians"),
          "children": ("individuals", "children")}  # fmt: skip


def fake_extract(text: str, language: str | None = None, published: str | None = None) -> list[Claim]:
    """Claims of the sentences the fixture documents are written in, with exact spans."""
    claims: list[Claim] = []
    for m in sorted([*_FIGURE.finditer(text), *_CHILDREN.finditer(text)], key=lambda m: m.start()):
        if "noun" in m.groupdict():
            unit, group = _UNITS[m["noun"]]
            claims.append(
                Claim(m["verb"], unit, group, int(m["value"]), start=m.start(), end=m.end(), quote=m[0])
            )
        elif claims:
            parent = claims[-1]
            claims.append(Claim(parent.metric, "individuals", "children", int(m["value"]), subset_of=len(claims) - 1,
                                start=m.start(), end=m.end(), quote=m[0]))  # fmt: skip
    return claims


@pytest.fixture
def fake_extractor(monkeypatch: pytest.MonkeyPatch):
    monkeypatch.setattr(hum_stats.extract, "extract", fake_extract)
    return fake_extract


#: Six weekly reports: (file name, published, url, text).
REPORTS: list[tuple[str, str, str, str]] = [
    ("w1.md", "2020-01-06", "https://example.org/w1", "Since December 1200 families were displaced and 30 civilians were killed, 12 children among them."),
    ("w2.md", "2020-01-13", "https://example.org/w2", "The toll rose: 2500 families were displaced; 41 civilians were killed, 15 children among them."),
    ("w3.md", "2020-01-20", "https://example.org/w3", "By now 3900 families were displaced and 9000 people displaced in total."),
    ("w4.md", "2020-01-27", "https://example.org/w4", "Monitors say 5200 families were displaced and 58 civilians were killed."),
    ("w5.md", "2020-02-03", "https://example.org/w5", "In all 6100 families were displaced and 20 people were injured."),
    ("w6.md", "2020-02-10", "https://example.org/w6", "A week later 7000 families were displaced and 70 civilians were killed, 22 children among them."),
]  # fmt: skip


def write_report(
    folder: Path, name: str, published: str, url: str, text: str, publisher: str = "Test Monitor"
) -> Path:
    path = folder / name
    path.write_text(
        textwrap.dedent(f"""\
        ---
        title: Report of {published}
        published: {published}
        url: {url}
        publisher: {publisher}
        language: en
        ---
        {text}
        """),
        encoding="utf-8",
    )
    return path


@pytest.fixture
def docs_dir(tmp_path: Path) -> Path:
    folder = tmp_path / "docs"
    folder.mkdir()
    for name, published, url, text in REPORTS:
        write_report(folder, name, published, url, text)
    return folder


@pytest.fixture
def db(tmp_path: Path):
    database = hum_stats.open(tmp_path / "test.duckdb")
    yield database
    database.close()


@pytest.fixture
def filled_db(db, docs_dir: Path, fake_extractor):
    db.ingest_paths([docs_dir])
    return db
