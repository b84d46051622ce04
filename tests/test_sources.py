"""The bundled documents (sources/documents/*.md): front matter, provenance and date coverage.

Each document restates real published figures in the project's own words; its front matter
says where they were published. The main job charts weekly running totals from them, so they
must cover enough distinct report dates over enough weeks to draw a curve.
"""

from __future__ import annotations

import datetime as dt
import json
import re
from pathlib import Path

import pytest
import yaml

ROOT = Path(__file__).resolve().parents[1]
DOCS = sorted((ROOT / "sources" / "documents").glob("*.md"))
CORPUS = ROOT.parent / "shared" / "corpus" / "dev.jsonl"
REQUIRED = ("id", "title", "published", "url", "publisher", "language")


def front_matter(path: Path) -> tuple[dict[str, object], str]:
    text = path.read_text(encoding="utf-8")
    match = re.match(r"---\n(.*?)\n---\n(.*)", text, re.S)
    assert match, f"{path.name}: no '---' front-matter block at the top"
    meta = yaml.safe_load(match.group(1))
    assert isinstance(meta, dict), f"{path.name}: front matter is not a mapping"
    return meta, match.group(2)


def _published(meta: dict[str, object]) -> dt.date:
    value = meta["published"]
    return value if isinstance(value, dt.date) else dt.date.fromisoformat(str(value))


def test_there_are_bundled_documents() -> None:
    assert 12 <= len(DOCS) <= 30


@pytest.mark.parametrize("path", DOCS, ids=lambda p: p.stem)
def test_front_matter(path: Path) -> None:
    meta, body = front_matter(path)
    missing = [k for k in REQUIRED if k not in meta]
    assert not missing, f"{path.name}: missing {missing}"
    assert meta["id"] == path.stem
    assert re.fullmatch(r"\d{4}-\d{2}-\d{2}", str(meta["published"])), "published must be an ISO date"
    assert dt.date(2019, 1, 1) <= _published(meta) <= dt.date(2024, 12, 31)
    assert meta["language"] in {"ar", "en"}
    assert str(meta["publisher"]).strip() and str(meta["title"]).strip()
    if meta["url"] is None:
        assert "no URL" in str(meta.get("note", "")), "a document without a URL must say why in 'note'"
    else:
        assert re.match(r"https?://\S+$", str(meta["url"]))
    sentences = [s for s in re.split(r"[.!؟?]\s", body.strip() + " ") if s.strip()]
    assert 3 <= len(sentences) <= 8, f"{path.name}: {len(sentences)} sentences"
    script_ar = len(re.findall(r"[\u0600-\u06ff]", body)) > len(re.findall(r"[A-Za-z]", body))
    assert script_ar == (meta["language"] == "ar"), f"{path.name}: language does not match the text"


@pytest.mark.skipif(not CORPUS.exists(), reason="shared corpus not present")
@pytest.mark.parametrize("path", DOCS, ids=lambda p: p.stem)
def test_url_is_a_corpus_source(path: Path) -> None:
    meta, _ = front_matter(path)
    urls = {
        json.loads(line)["source_url"] for line in CORPUS.read_text(encoding="utf-8").splitlines() if line
    }
    assert meta["url"] is None or meta["url"] in urls


ARABIC_INDIC = str.maketrans("٠١٢٣٤٥٦٧٨٩", "0123456789")


def _figures(text: str) -> set[int]:
    """Numbers of three digits or more, separators ("1,018,529", "5،791", "1.018.529") removed."""
    text = text.translate(ARABIC_INDIC)
    for _ in range(3):
        text = re.sub(r"(?<=\d)[,،.](?=\d{3}\b)", "", text)
    return {int(n) for n in re.findall(r"\d{3,}", text)}


@pytest.mark.skipif(not CORPUS.exists(), reason="shared corpus not present")
@pytest.mark.parametrize("path", DOCS, ids=lambda p: p.stem)
def test_figures_are_the_published_ones(path: Path) -> None:
    """A restatement changes the words, never the figures: every number of three digits or more
    in the body is in the corpus text published at the document's URL."""
    meta, body = front_matter(path)
    if meta["url"] is None:
        pytest.skip("no URL: restates the seed article")
    texts = [
        item["text"]
        for item in map(json.loads, CORPUS.read_text(encoding="utf-8").splitlines())
        if item["source_url"] == meta["url"]
    ]
    published = set().union(*map(_figures, texts))
    assert _figures(body) <= published, f"{path.name}: {sorted(_figures(body) - published)} not in the source"


def test_dates_cover_enough_weeks_for_a_curve() -> None:
    metas = [front_matter(p)[0] for p in DOCS]
    dates = sorted({_published(m) for m in metas})
    assert len(dates) >= 8
    assert (dates[-1] - dates[0]).days >= 6 * 7
    weeks = {d.isocalendar()[:2] for d in dates}
    assert len(weeks) >= 6
    assert {m["language"] for m in metas} == {"ar", "en"}


def test_ids_are_unique() -> None:
    ids = [front_matter(p)[0]["id"] for p in DOCS]
    assert len(ids) == len(set(ids))
