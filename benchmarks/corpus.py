"""A seeded generator of Arabic and English news documents, with the claims each one holds.

Documents read like the reporting hum_stats is for: a claim sentence or two about displaced,
killed or injured people among sentences whose numbers are *not* claims (dates, distances,
counts of villages, camps and schools, percentages, hours). Figures come in every format the
extractor must read: plain digits, thousands separators (``12,500``, ``12.500``, ``12٬500``),
Arabic-Indic digits (``١٢٥٠٠``), number words (``three``, ``ثلاثة``) and multipliers
(``1.2 million``, ``1.2 مليون``, ``12 ألف``); credited to an organisation, in a place, over a period.

Document ``i`` depends only on ``(seed, i)``: the first thousand documents of a million-document
corpus are the thousand-document corpus, and any slice can be generated on its own (so
partitions can be written in parallel and compared). Writing streams: one document in memory
at a time for JSON lines, one row group (``ROW_GROUP`` documents) for Parquet.

    python benchmarks/corpus.py -n 1000 -o /tmp/corpus.jsonl
    python benchmarks/corpus.py -n 1000000 -o /tmp/corpus --format parquet --parts 16

Each record: ``id, text, language, published, publisher, url`` (what ``hum-stats ingest``
reads) and ``claims``: the claims the text was built to hold, each ``{metric, unit, group,
value, qualifier, attributed_to}``.
"""

from __future__ import annotations

import argparse
import datetime as dt
import json
import random
import sys
from collections.abc import Iterator
from pathlib import Path
from typing import Any

#: Documents per Parquet row group (the most held in memory while writing).
ROW_GROUP = 10_000
DEFAULT_SEED = 2019
START_DAY = dt.date(2019, 5, 1)

ARABIC_INDIC = str.maketrans("0123456789", "٠١٢٣٤٥٦٧٨٩")

# ----------------------------------------------------------------------------- language data

PUBLISHERS = {
    "en": ["Reuters", "Syria Direct", "Enab Baladi English", "The New Humanitarian", "AP"],
    "ar": ["عنب بلدي", "بلدي نيوز", "تلفزيون سوريا", "الجزيرة نت", "سمارت"],
}
#: (name in the text, canonical organisation the claim is credited to)
ORGS = {
    "en": [
        ("the Response Coordinators", "Response Coordinators"),
        ("OCHA", "OCHA"),
        ("the Syrian Observatory for Human Rights", "SOHR"),
        ("the Syrian Network for Human Rights", "SNHR"),
        ("UNICEF", "UNICEF"),
        ("the White Helmets", "Syrian Civil Defence"),
    ],
    "ar": [
        ("فريق منسقو استجابة سوريا", "Response Coordinators"),
        ("مكتب الأمم المتحدة لتنسيق الشؤون الإنسانية", "OCHA"),
        ("المرصد السوري لحقوق الإنسان", "SOHR"),
        ("الشبكة السورية لحقوق الإنسان", "SNHR"),
        ("الدفاع المدني السوري", "Syrian Civil Defence"),
    ],
}
PLACES = {
    "en": [
        "Idlib",
        "northern Hama",
        "Aleppo countryside",
        "Maarat al-Numan",
        "Saraqeb",
        "Ariha",
        "Jisr al-Shughur",
    ],
    "ar": ["إدلب", "ريف حماة الشمالي", "ريف حلب الغربي", "معرة النعمان", "سراقب", "أريحا", "جسر الشغور"],
}
MONTHS = {
    "en": ["January", "February", "March", "April", "May", "June", "July", "August", "September",
           "October", "November", "December"],
    "ar": ["كانون الثاني", "شباط", "آذار", "نيسان", "أيار", "حزيران", "تموز", "آب", "أيلول",
           "تشرين الأول", "تشرين الثاني", "كانون الأول"],
}  # fmt: skip
WORDS = {
    "en": {
        2: "two",
        3: "three",
        4: "four",
        5: "five",
        6: "six",
        7: "seven",
        8: "eight",
        9: "nine",
        10: "ten",
    },
    "ar": {3: "ثلاثة", 4: "أربعة", 5: "خمسة", 6: "ستة", 7: "سبعة", 8: "ثمانية", 9: "تسعة", 10: "عشرة"},
}

#: Claim sentences: (template, metric, unit, group, size). ``{n}`` is the figure, ``{org}``,
#: ``{place}``, ``{since}`` are filled in; ``size`` picks the magnitude of the figure.
CLAIM_TEMPLATES: dict[str, list[tuple[str, str, str, str, str]]] = {
    "en": [
        ("{n} people have been displaced from {place} since {since}, according to {org}.",
         "displaced", "individuals", "all", "large"),
        ("{org} said {n} families had fled {place} since {since}.", "displaced", "families", "all", "large"),
        ("At least {n} civilians were killed in {place}, {org} said.", "killed", "individuals", "civilians", "small"),
        ("{n} children were among those killed in air strikes on {place}, according to {org}.",
         "killed", "individuals", "children", "small"),
        ("{org} said {n} people were injured in shelling on {place}.", "injured", "individuals", "all", "small"),
    ],
    "ar": [
        ("وأفاد {org} بنزوح {n} نسمة من {place} منذ {since}.", "displaced", "individuals", "all", "large"),
        ("ونزحت {n} عائلة من {place} منذ {since}، بحسب {org}.", "displaced", "families", "all", "large"),
        ("ووثق {org} مقتل {n} مدنيًا في {place}.", "killed", "individuals", "civilians", "small"),
        ("وقال {org} إن {n} طفلًا قتلوا في القصف على {place}.", "killed", "individuals", "children", "small"),
        ("وأصيب {n} شخصًا بجروح في قصف على {place}، بحسب {org}.", "injured", "individuals", "all", "small"),
    ],
}  # fmt: skip

#: Sentences whose numbers are not claims about people: {k} small counts, {km} distances,
#: {pct} percentages, {day}/{month}/{year} dates, {hours}.
DISTRACTORS: dict[str, list[str]] = {
    "en": [
        "The strikes hit {k} villages and {k2} camps on {day} {month} {year}.",
        "The town lies {km} kilometres south of the Turkish border.",
        "About {pct} per cent of the camps are over capacity, the report said.",
        "Aid convoys carrying {k} trucks crossed at Bab al-Hawa in the past {hours} hours.",
        "{k} schools and {k2} hospitals have been put out of service since {month} {year}.",
        "The report, published on {day} {month} {year}, covers {k} sub-districts.",
        "Prices of bread rose by {pct} per cent in {year}.",
    ],
    "ar": [
        "واستهدف القصف {k} قرى و{k2} مخيمات في {day} {month} {year}.",
        "وتقع البلدة على بعد {km} كيلومترًا جنوب الحدود التركية.",
        "وتجاوزت نسبة الإشغال في المخيمات {pct} بالمئة، بحسب التقرير.",
        "ودخلت {k} شاحنة مساعدات عبر معبر باب الهوى خلال {hours} ساعة الماضية.",
        "وخرجت {k} مدارس و{k2} مشافٍ عن الخدمة منذ {month} {year}.",
        "وصدر التقرير في {day} {month} {year} ويغطي {k} نواحٍ.",
        "وارتفعت أسعار الخبز بنسبة {pct} بالمئة خلال عام {year}.",
    ],
}

# ----------------------------------------------------------------------------- number formats


def _group(value: int, sep: str) -> str:
    return f"{value:,}".replace(",", sep)


def render_number(value: int, language: str, rng: random.Random) -> tuple[str, int]:
    """A way of writing ``value`` (possibly rounded to fit a multiplier): (text, value it reads as)."""
    words = WORDS[language]
    if value in words and rng.random() < 0.5:
        return words[value], value
    style = rng.random()
    if value >= 1_000_000 and style < 0.5:
        value = round(value / 100_000) * 100_000
        m = f"{value / 1_000_000:g}"
        return (f"{m} million", value) if language == "en" else (f"{m} مليون", value)
    if value >= 10_000 and style < 0.25 and language == "ar":
        value = round(value / 1000) * 1000
        return f"{value // 1000} ألف", value
    if value >= 1000 and style < 0.55:
        sep = "," if language == "en" else rng.choice([",", ".", "٬"])
        text = _group(value, sep)
    else:
        text = str(value)
    if language == "ar" and rng.random() < 0.3:
        text = text.translate(ARABIC_INDIC)
    return text, value


def _figure(size: str, rng: random.Random) -> int:
    if size == "large":
        return int(10 ** rng.uniform(3, 6.3))
    return rng.choice([rng.randint(2, 10), rng.randint(11, 99), rng.randint(100, 2500)])


# ----------------------------------------------------------------------------- documents


def document(i: int, seed: int = DEFAULT_SEED) -> dict[str, Any]:
    """Document number ``i`` of the corpus of ``seed``, with the claims it holds."""
    rng = random.Random(f"{seed}:{i}")
    language = "ar" if rng.random() < 0.5 else "en"
    published = START_DAY + dt.timedelta(days=rng.randrange(365))
    months = MONTHS[language]
    sentences: list[str] = []
    claims: list[dict[str, Any]] = []
    for _ in range(rng.choice((1, 1, 2, 2, 3))):
        template, metric, unit, group, size = rng.choice(CLAIM_TEMPLATES[language])
        org_text, org = rng.choice(ORGS[language])
        start = published - dt.timedelta(days=rng.randrange(20, 200))
        since = f"{start.day} {months[start.month - 1]} {start.year}"
        text, value = render_number(_figure(size, rng), language, rng)
        sentences.append(
            template.format(n=text, org=org_text, place=rng.choice(PLACES[language]), since=since)
        )
        claims.append(
            {
                "metric": metric,
                "unit": unit,
                "group": group,
                "value": value,
                "qualifier": "at_least" if template.startswith("At least") else "exact",
                "attributed_to": org,
            }
        )
    # most numbers in a report are not claims: three to seven sentences of other numbers
    for _ in range(rng.randint(3, 7)):
        fill = {
            "k": rng.randint(3, 40),
            "k2": rng.randint(2, 12),
            "km": rng.randint(5, 120),
            "pct": rng.randint(5, 95),
            "hours": rng.choice((24, 48, 72)),
            "day": rng.randint(1, 28),
            "month": rng.choice(months),
            "year": rng.choice((2018, 2019, 2020)),
        }
        line = rng.choice(DISTRACTORS[language]).format(**fill)
        if language == "ar" and rng.random() < 0.3:
            line = line.translate(ARABIC_INDIC)
        sentences.insert(rng.randint(0, len(sentences)), line)
    paragraphs, current = [], []
    for sentence in sentences:
        current.append(sentence)
        if rng.random() < 0.35:
            paragraphs.append(" ".join(current))
            current = []
    if current:
        paragraphs.append(" ".join(current))
    publisher = rng.choice(PUBLISHERS[language])
    return {
        "id": f"gen-{seed}-{i:08d}",
        "text": "\n\n".join(paragraphs),
        "language": language,
        "published": published.isoformat(),
        "publisher": publisher,
        "url": f"https://example.org/{language}/{seed}/{i}",
        "claims": claims,
    }


def documents(n: int, seed: int = DEFAULT_SEED, start: int = 0) -> Iterator[dict[str, Any]]:
    """Documents ``start`` .. ``start + n - 1``, one at a time."""
    for i in range(start, start + n):
        yield document(i, seed)


# ----------------------------------------------------------------------------- writing


def _parquet_schema() -> Any:
    import pyarrow as pa

    claim = pa.struct(
        [
            ("metric", pa.string()),
            ("unit", pa.string()),
            ("group", pa.string()),
            ("value", pa.int64()),
            ("qualifier", pa.string()),
            ("attributed_to", pa.string()),
        ]
    )
    return pa.schema(
        [
            ("id", pa.string()),
            ("text", pa.string()),
            ("language", pa.string()),
            ("published", pa.string()),
            ("publisher", pa.string()),
            ("url", pa.string()),
            ("claims", pa.list_(claim)),
        ]
    )


def write_jsonl(path: Path, n: int, seed: int = DEFAULT_SEED, start: int = 0) -> Path:
    with path.open("w", encoding="utf-8") as fh:
        for doc in documents(n, seed, start):
            fh.write(json.dumps(doc, ensure_ascii=False))
            fh.write("\n")
    return path


def write_parquet(path: Path, n: int, seed: int = DEFAULT_SEED, start: int = 0) -> Path:
    import pyarrow as pa
    import pyarrow.parquet as pq

    schema = _parquet_schema()
    with pq.ParquetWriter(path, schema, compression="zstd") as writer:
        batch: list[dict[str, Any]] = []
        for doc in documents(n, seed, start):
            batch.append(doc)
            if len(batch) >= ROW_GROUP:
                writer.write_table(pa.Table.from_pylist(batch, schema=schema))
                batch = []
        if batch:
            writer.write_table(pa.Table.from_pylist(batch, schema=schema))
    return path


def write(
    out: str | Path, n: int, fmt: str = "jsonl", parts: int = 1, seed: int = DEFAULT_SEED
) -> list[Path]:
    """Write ``n`` documents to ``out``: one file, or ``parts`` files ``part-00000.<fmt>`` ... in
    the folder ``out`` (a partitioned document set, as ``hum-stats extract --engine dask`` reads)."""
    writer = write_jsonl if fmt == "jsonl" else write_parquet
    suffix = "jsonl" if fmt == "jsonl" else "parquet"
    out = Path(out)
    if parts <= 1:
        out.parent.mkdir(parents=True, exist_ok=True)
        return [writer(out, n, seed)]
    out.mkdir(parents=True, exist_ok=True)
    written, start = [], 0
    for p in range(parts):
        count = n // parts + (1 if p < n % parts else 0)
        written.append(writer(out / f"part-{p:05d}.{suffix}", count, seed, start))
        start += count
    return written


def main(argv: list[str] | None = None) -> int:
    ap = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter)
    ap.add_argument("-n", "--documents", type=int, default=1000, help="how many documents (default 1000)")
    ap.add_argument("-o", "--out", required=True, help="output file, or folder with --parts > 1")
    ap.add_argument("--format", choices=("jsonl", "parquet"), default="jsonl")
    ap.add_argument("--parts", type=int, default=1, help="write a folder of this many files")
    ap.add_argument("--seed", type=int, default=DEFAULT_SEED)
    args = ap.parse_args(argv)
    paths = write(args.out, args.documents, args.format, args.parts, args.seed)
    size = sum(p.stat().st_size for p in paths)
    print(f"{args.documents} documents in {len(paths)} file(s), {size / 1e6:.1f} MB: {args.out}")
    return 0


if __name__ == "__main__":
    sys.exit(main())
