"""Extraction throughput beside a bare regex digit scan, on a realistic mix of news text.

The mix is the Arabic and English texts of ../shared/corpus/dev.jsonl and the bundled
sources/documents/*.md (front matter removed), each language repeated to about half of
``--size`` megabytes, so the combined mix is about ``--size`` MB of UTF-8. Both timings
run over the same documents in the same process, one call per document, best of
``--runs``; the ratio is extraction MB/s over scan MB/s (target: at least 0.25).

    python benchmarks/bench_extract.py            # ~2 MB, best of 3
    python benchmarks/bench_extract.py --size 0.5 --runs 1 --json
"""

from __future__ import annotations

import argparse
import json
import re
import sys
from itertools import zip_longest
from pathlib import Path

from _common import best_seconds

REPO = Path(__file__).resolve().parents[1]
DEV = REPO.parent / "shared" / "corpus" / "dev.jsonl"
DOCUMENTS = REPO / "sources" / "documents"
TARGET_RATIO = 0.25
DIGITS = re.compile(r"\d+")


def load_texts() -> dict[str, list[tuple[str, str | None]]]:
    """(text, published) per language, from the dev corpus and the bundled documents."""
    texts: dict[str, list[tuple[str, str | None]]] = {"ar": [], "en": []}
    if DEV.exists():
        for line in DEV.read_text(encoding="utf-8").splitlines():
            if line.strip():
                case = json.loads(line)
                if case.get("language") in texts:
                    texts[case["language"]].append((case["text"], case.get("published")))
    for path in sorted(DOCUMENTS.glob("*.md")):
        raw = path.read_text(encoding="utf-8")
        meta, body = {}, raw
        if raw.startswith("---\n"):
            head, _, body = raw[4:].partition("\n---\n")
            for row in head.splitlines():
                key, _, value = row.partition(":")
                meta[key.strip()] = value.strip().strip('"')
        if meta.get("language") in texts:
            texts[meta["language"]].append((body, meta.get("published") or None))
    return texts


def repeat_to(docs: list[tuple[str, str | None]], megabytes: float) -> list[tuple[str, str | None]]:
    """The documents, repeated in order until their UTF-8 size reaches ``megabytes``."""
    if not docs:
        return []
    out, size, i = [], 0, 0
    while size < megabytes * 1e6:
        doc = docs[i % len(docs)]
        out.append(doc)
        size += len(doc[0].encode("utf-8"))
        i += 1
    return out


def megabytes(docs: list[tuple[str, str | None]]) -> float:
    return sum(len(text.encode("utf-8")) for text, _ in docs) / 1e6


def measure(docs: list[tuple[str, str | None]], language: str | None, runs: int) -> dict[str, float]:
    from hum_stats.extract import extract

    def run_extract() -> int:
        return sum(len(extract(text, language=language, published=published)) for text, published in docs)

    def run_scan() -> int:
        return sum(len(DIGITS.findall(text)) for text, _ in docs)

    size = megabytes(docs)
    claims = run_extract()  # warm up (tables, regexes, organisation index) and count claims
    scan = best_seconds(run_scan, max(runs, 3))
    ext = best_seconds(run_extract, runs)
    return {
        "mb": round(size, 3),
        "documents": len(docs),
        "claims": claims,
        "extract_mb_s": round(size / ext, 3),
        "scan_mb_s": round(size / scan, 3),
        "ratio": round(scan / ext, 4),
    }


def main(argv: list[str] | None = None) -> int:
    ap = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter)
    ap.add_argument(
        "--size", type=float, default=2.0, help="megabytes of text in the combined mix (default 2)"
    )
    ap.add_argument("--runs", type=int, default=3, help="timed runs; the best is kept (default 3)")
    ap.add_argument("--json", action="store_true", help="print the figures as one JSON object")
    args = ap.parse_args(argv)

    texts = load_texts()
    per_language = {lang: repeat_to(docs, args.size / 2) for lang, docs in texts.items() if docs}
    if not per_language:
        print(
            "bench_extract: no texts found (../shared/corpus/dev.jsonl, sources/documents/)", file=sys.stderr
        )
        return 1
    mixes: dict[str, tuple[list[tuple[str, str | None]], str | None]] = {
        lang: (docs, lang) for lang, docs in per_language.items()
    }
    # combined: the languages interleaved, language detected per document as a caller would
    combined = [doc for group in zip_longest(*per_language.values()) for doc in group if doc is not None]
    mixes["combined"] = (combined, None)

    figures = {name: measure(docs, language, args.runs) for name, (docs, language) in mixes.items()}
    if args.json:
        print(json.dumps({"target_ratio": TARGET_RATIO, **figures}, indent=1))
        return 0
    scan_label = r"\d+ scan MB/s"
    print(
        f"{'mix':9s} {'MB':>6s} {'docs':>5s} {'claims':>7s} {'extract MB/s':>13s} {scan_label:>14s} {'ratio':>7s}"
    )
    for name, f in figures.items():
        mark = "ok" if f["ratio"] >= TARGET_RATIO else "BELOW TARGET"
        print(
            f"{name:9s} {f['mb']:6.2f} {f['documents']:5d} {f['claims']:7d} {f['extract_mb_s']:13.3f} "
            f"{f['scan_mb_s']:14.1f} {f['ratio']:7.4f}  {mark} (target >= {TARGET_RATIO})"
        )
    return 0


if __name__ == "__main__":
    sys.exit(main())
