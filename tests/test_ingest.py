"""Ingesting what analysts have: saved pages, feeds, dumps and notes, read offline, stored once, traceable.

The fixtures under tests/fixtures/ingest/ are articles written for these tests: Arabic pages in
UTF-8 and in Windows Arabic (cp1256), an English page, the same Arabic article saved from its
AMP page, an RSS and an Atom feed, a JSON-lines and a CSV dump (one line of which is the English
page reached through another URL), a JSON-lines export saved as .txt, and notes with front matter.
"""

from __future__ import annotations

import shutil
import socket
from pathlib import Path

import pytest
from conftest import fake_extract
from typer.testing import CliRunner

import hum_stats
import hum_stats.extract
from hum_stats.claims import Claim
from hum_stats.cli import app
from hum_stats.readers import Document, ReadFailure, read_documents
from hum_stats.readers.language import language_of
from hum_stats.readers.sniff import sniff
from hum_stats.readers.undated import yearless_date
from hum_stats.store import ids

FIXTURES = Path(__file__).parent / "fixtures" / "ingest"
runner = CliRunner()

#: file (under FIXTURES) -> (reader, published, url, language, encoding) of each document it holds
EXPECTED: dict[str, list[tuple[str, str, str, str, str]]] = {
    "pages/enab-hama-displacement.ar.html": [("html", "2019-05-21", "https://www.enabbaladi.net/archives/301122", "ar", "utf-8")],
    "pages/enab-hama-displacement.amp.html": [("html", "2019-05-21", "https://www.enabbaladi.net/archives/301122/amp", "ar", "utf-8")],
    "pages/ocha-northwest-syria.en.html": [("html", "2019-05-09", "https://reliefweb.int/report/syrian-arab-republic/north-west-syria-flash-update-3", "en", "utf-8")],
    "pages/snhr-aleppo-shelling.ar-cp1256.html": [("html", "2019-06-03", "https://www.example-rights.org/ar/2019/06/03/aleppo-west-shelling/", "ar", "cp1256")],
    "feeds/smart-news.ar.rss": [
        ("feed", "2019-05-25", "https://smartnews-agency.example/ar/news/2019/05/25/maarat-strikes", "ar", "utf-8"),
        ("feed", "2019-05-27", "https://smartnews-agency.example/ar/news/2019/05/27/returns-south-aleppo", "ar", "utf-8"),
    ],
    "feeds/ngo-updates.en.atom": [
        ("feed", "2019-06-05", "https://syria-relief.example/updates/41", "en", "utf-8"),
        ("feed", "2019-06-11", "https://syria-relief.example/updates/42", "en", "utf-8"),
    ],
    "dumps/scraper-2019-05.jsonl": [
        ("jsonl", "2019-05-09", "https://reliefweb.int/node/3101234?utm_source=twitter", "en", "utf-8"),
        ("jsonl", "2019-05-15", "https://syria-tv.example/news/2019/05/15/atmeh-camps", "ar", "utf-8"),
    ],
    "dumps/media-monitor-export.txt": [("jsonl", "2019-06-17", "https://wire.example/2019/06/17/jisr-market", "en", "utf-8")],
    "dumps/local-media-2019-06.csv": [
        ("csv", "2019-06-08", "https://halab-today.example/2019/06/08/khan-shaykhun", "ar", "utf-8"),
        ("csv", "2019-06-14", "https://news.example/2019/06/14/tal-rifaat", "en", "utf-8"),
    ],
    "notes/response-coordinators-statement.md": [("text", "2019-06-01", "https://www.facebook.com/ResponseCoordinators/posts/2019-06-01", "ar", "utf-8")],
    "notes/un-press-briefing.txt": [("text", "2019-05-24", "https://press.un.example/2019/db190524.doc.htm", "en", "utf-8")],
}  # fmt: skip
N_READ = sum(len(v) for v in EXPECTED.values())
#: the AMP page is the Arabic page again; the first JSON line is the English page again
N_ARTICLES = N_READ - 2


@pytest.fixture(autouse=True)
def no_network(monkeypatch: pytest.MonkeyPatch) -> None:
    """Readers work offline: any attempt to open a connection fails the test."""

    def refuse(*args: object, **kwargs: object) -> None:
        raise AssertionError("a reader tried to use the network")

    monkeypatch.setattr(socket.socket, "connect", refuse)
    monkeypatch.setattr(socket, "create_connection", refuse)


def invoke(*args: str):
    return runner.invoke(app, list(args))


def write(path: Path, content: str | bytes) -> Path:
    path.parent.mkdir(parents=True, exist_ok=True)
    if isinstance(content, bytes):
        path.write_bytes(content)
    else:
        path.write_text(content, encoding="utf-8")
    return path


# -- readers ---------------------------------------------------------------------------------


@pytest.mark.parametrize("name", list(EXPECTED), ids=list(EXPECTED))
def test_each_fixture_is_read_with_its_date_url_language_and_encoding(name):
    docs = list(read_documents(FIXTURES / name))
    assert all(isinstance(d, Document) for d in docs), [str(d) for d in docs]
    assert [(d.reader, d.published, d.url, d.language, d.encoding) for d in docs] == EXPECTED[name]
    assert all(d.text.strip() and d.source_path == str(FIXTURES / name) for d in docs)


def test_a_saved_page_gives_the_article_not_the_menus():
    [doc] = read_documents(FIXTURES / "pages/enab-hama-displacement.ar.html")
    assert doc.title == "نزوح عشرات الآلاف من ريف حماة الشمالي مع استمرار القصف"
    assert doc.publisher == "عنب بلدي"
    assert "نزوح 48 ألف عائلة (أكثر من 300 ألف نسمة) منذ 26 من نيسان الماضي" in doc.text
    for boilerplate in ("الرئيسية", "Breaking", "اقرأ أيضًا", "جميع الحقوق محفوظة"):
        assert boilerplate not in doc.text


def test_an_arabic_page_in_cp1256_reads_as_arabic():
    [doc] = read_documents(FIXTURES / "pages/snhr-aleppo-shelling.ar-cp1256.html")
    assert doc.encoding == "cp1256"
    assert doc.text.startswith("وثّقت الشبكة السورية لحقوق الإنسان مقتل 14 مدنيًا")


def test_a_page_that_declares_windows_1256_is_read_in_it(tmp_path):
    page = (FIXTURES / "pages/snhr-aleppo-shelling.ar-cp1256.html").read_bytes()
    declared = page.replace(b"<head>", b'<head>\n<meta charset="windows-1256">', 1)
    [doc] = read_documents(write(tmp_path / "declared.html", declared))
    assert (doc.encoding, doc.text[:5]) == ("cp1256", "وثّقت")


def test_feed_entries_keep_the_outlets_local_date_and_headline():
    first, second = read_documents(FIXTURES / "feeds/smart-news.ar.rss")
    # 23:10 on 25 May in Damascus (+0300) is still 25 May, not the UTC date
    assert (first.published, first.publisher, first.id) == (
        "2019-05-25",
        "وكالة سمارت للأنباء",
        "smart-2019-05-25-0412",
    )
    assert first.title == "الدفاع المدني: مقتل ثمانية مدنيين بغارات على معرة النعمان"
    assert (
        first.text.splitlines()[1]
        == "وأوضح الدفاع المدني أن فرقه أخمدت حرائق في عدد من المحال التجارية وأسعفت الجرحى إلى مشافي المنطقة."
    )
    assert "<p>" not in second.text  # HTML of the description is turned into text


def test_a_feed_entry_with_only_a_headline_is_read_as_its_headline(tmp_path):
    feed = write(
        tmp_path / "headlines.rss",
        """<?xml version="1.0"?><rss version="2.0"><channel><title>Wire</title>
        <item><title>Shelling kills 9 civilians in Ariha</title><link>https://wire.example/1</link>
        <pubDate>Tue, 04 Jun 2019 08:00:00 GMT</pubDate></item></channel></rss>""",
    )
    [doc] = read_documents(feed)
    assert (doc.text, doc.title, doc.published) == ("Shelling kills 9 civilians in Ariha",) * 2 + (
        "2019-06-04",
    )


DUMPS = [
    ("csv-columns", "monitor.csv", "body,date,link\n\"Some 300 families fled Kafr Nabl.\",29/05/2019,https://m.example/1\n",
     "text=body,published=date,url=link", ("Some 300 families fled Kafr Nabl.", "2019-05-29", "https://m.example/1")),
    ("tsv", "monitor.tsv", "content\tpublished\nSome 300 families fled Kafr Nabl.\t2019-05-29T10:00:00Z\n",
     "text=content", ("Some 300 families fled Kafr Nabl.", "2019-05-29", None)),
    ("jsonl-columns", "monitor.jsonl", '{"body": "Some 300 families fled Kafr Nabl.", "date": "Wed, 29 May 2019 10:00:00 +0300", "link": "https://m.example/1"}\n',
     "text=body,published=date,url=link", ("Some 300 families fled Kafr Nabl.", "2019-05-29", "https://m.example/1")),
]  # fmt: skip


@pytest.mark.parametrize(
    ("name", "content", "columns", "expected"), [d[1:] for d in DUMPS], ids=[d[0] for d in DUMPS]
)
def test_dump_columns_can_be_named(tmp_path, name, content, columns, expected):
    [doc] = read_documents(write(tmp_path / name, content), columns=columns)
    assert (doc.text, doc.published, doc.url) == expected


@pytest.mark.parametrize(
    ("spec", "message"),
    [
        ("body=text", "--columns: unknown field 'body'; use id, text, title, url, published, language, publisher (e.g. text=body)"),
        ("text=", "--columns: no column given for 'text'; write it as text=COLUMN"),
    ],
    ids=["unknown-field", "no-column"],
)  # fmt: skip
def test_a_bad_columns_option_says_how_to_write_it(tmp_path, spec, message):
    with pytest.raises(
        hum_stats.errors.InputError, match="^" + message.replace("(", r"\(").replace(")", r"\)") + "$"
    ):
        list(read_documents(tmp_path, columns=spec))


SNIFFED = [
    ("front-matter-in-html", "---\ntitle: x\n---\nbody", ".html", "text"),
    ("feed-saved-as-html", '<?xml version="1.0"?>\n<rss version="2.0">', ".html", "feed"),
    ("atom-saved-as-xml", '<feed xmlns="http://www.w3.org/2005/Atom">', ".xml", "feed"),
    ("page-saved-as-txt", "<!DOCTYPE html>\n<html lang='ar'>", ".txt", "html"),
    ("json-lines-in-txt", '{"id": "a", "text": "b"}\n', ".txt", "jsonl"),
    ("csv-header-in-txt", "id,published,text\n1,2019-05-01,x\n", ".txt", "csv"),
    ("plain-text", "Twenty families fled.", ".txt", "text"),
    ("unknown", "PK\x03\x04", ".docx", None),
]  # fmt: skip


@pytest.mark.parametrize(("head", "suffix", "reader"), [s[1:] for s in SNIFFED], ids=[s[0] for s in SNIFFED])
def test_the_content_chooses_the_reader(head, suffix, reader):
    assert sniff(head, suffix) == reader


LANGUAGES = [
    ("arabic-article-english-menus", "Home | News | English\nنزح أكثر من 400 ألف شخص من ريف إدلب الجنوبي منذ بداية الحملة", "ar"),
    ("english-report-arabic-names", "OCHA said 400,000 people fled southern Idlib (ريف إدلب) since April.", "en"),
    ("arabic-only", "قتل ستة مدنيين بقصف مدفعي", "ar"),
    ("english-only", "Six civilians were killed in shelling.", "en"),
]  # fmt: skip


@pytest.mark.parametrize(("text", "language"), [x[1:] for x in LANGUAGES], ids=[x[0] for x in LANGUAGES])
def test_the_language_is_detected_on_mixed_texts(text, language):
    assert language_of(text) == language


def test_the_language_option_overrides_what_documents_say(tmp_path):
    docs = list(read_documents(FIXTURES / "dumps/local-media-2019-06.csv", language="en"))
    assert [d.language for d in docs] == ["en", "en"]


UNDATED = [
    ("arabic-day-month", "نزح 500 شخص منذ 29 من نيسان الماضي", "29 من نيسان"),
    ("arabic-month-relative", "منذ مطلع شباط الماضي قتل 40 مدنيًا", "شباط الماضي"),
    ("arabic-last-week", "عادت 1200 عائلة خلال الأسبوع الماضي", "الأسبوع الماضي"),
    ("english-day-month", "Since 26 April, 300 families fled.", "26 April"),
    ("english-yesterday", "Shelling yesterday killed 12 civilians.", "yesterday"),
    ("full-date-arabic", "منذ 29 نيسان 2019 نزح 500 شخص", None),
    ("full-date-english", "Between 29 April 2019 and 9 May 2019, 150,000 people fled.", None),
    ("no-date", "Twelve health facilities were hit.", None),
]  # fmt: skip


@pytest.mark.parametrize(("text", "found"), [u[1:] for u in UNDATED], ids=[u[0] for u in UNDATED])
def test_year_less_dates_and_relative_periods_are_noticed(text, found):
    assert yearless_date(text) == found


# -- bad input -------------------------------------------------------------------------------

TRUNCATED = (
    "<!DOCTYPE html>\n<html><head><title>Idlib</title></head><body><article><p>Some 3,000 families fled the"
)
BAD_INPUT = [
    ("binary", "scan.txt", b"%PDF-1.4\n\x00\x01\x02\x00binary", "{p}: looks like a binary file, not text; give a text, HTML, feed, JSON-lines or CSV file"),
    ("invalid-utf8", "latin.txt", "Rapport: 300 familles déplacées".encode("latin-1"), "{p}:1: not valid UTF-8 (byte 0xe9 at offset 23) nor Windows Arabic (cp1256); re-save the file as UTF-8"),
    ("empty", "empty.html", b"\n\n", "{p}: file is empty; remove it or add the document's text"),
    ("truncated-html", "cut.html", TRUNCATED, "{p}: the page is cut short (no closing </body> or </html>); save the whole page again"),
    ("feed-not-xml", "feed.xml", "Service Unavailable: the feed server is down, try again later.", "{p}: not an RSS or Atom feed (<unknown>:2:0: syntax error); save the feed's XML again"),
    ("csv-without-text", "dump.csv", "headline,date,link\nShelling in Ariha,2019-06-01,https://x.example\n", "{p}: no 'text' column (the columns are headline, date, link); name the text column with --columns text=COLUMN"),
    ("page-without-article", "index.html", "<html><head><title>Index</title></head><body><nav><a href='/'>Home</a></nav></body></html>", "{p}: no article text found in the page; save the article itself, not an index or login page"),
]  # fmt: skip


@pytest.mark.parametrize(
    ("name", "content", "message"), [b[1:] for b in BAD_INPUT], ids=[b[0] for b in BAD_INPUT]
)
def test_bad_input_gives_one_line_naming_the_file_and_what_to_do(tmp_path, name, content, message):
    path = write(tmp_path / name, content)
    items = list(read_documents(path))
    assert [str(i) for i in items] == [message.format(p=path)]
    assert all(isinstance(i, ReadFailure) for i in items)


def test_a_file_over_the_size_limit_is_refused_before_it_is_read(tmp_path):
    huge = tmp_path / "archive.html"
    with huge.open("wb") as f:  # sparse: 60 MB on paper, nothing on disk
        f.truncate(60 * 1024 * 1024)
    [failure] = read_documents(huge)
    assert failure.message == (
        f"{huge}: file is 60 MB, over the 50 MB limit; split it into smaller files or raise the limit with --max-size"
    )
    small = write(tmp_path / "note.txt", "Twenty families fled. " * 100)
    [refused] = read_documents(small, max_bytes=1024)
    assert refused.message.startswith(f"{small}: file is 2.1 KB, over the 1 KB limit;")


# -- ingest ----------------------------------------------------------------------------------


def test_ingesting_the_fixture_folder_stores_each_article_once_and_a_second_run_adds_nothing(tmp_path):
    db = str(tmp_path / "ingest.duckdb")
    first = invoke("ingest", str(FIXTURES), "--db", db)
    second = invoke("ingest", str(FIXTURES), "--db", db)
    assert (first.exit_code, second.exit_code) == (0, 0), first.output + second.output
    assert first.stdout.startswith(
        f"{N_READ} document(s) read: {N_ARTICLES} new, 2 already stored, 0 failed;"
    )
    assert second.stdout.startswith(
        f"{N_READ} document(s) read: 0 new, {N_READ} already stored, 0 failed; 0 claim(s)"
    )
    cp1256 = FIXTURES / "pages/snhr-aleppo-shelling.ar-cp1256.html"
    assert first.stderr == f"Note: {cp1256}: not UTF-8; read as cp1256\n"
    with hum_stats.open(db, read_only=True) as store:
        docs = store.documents()
        sources = store.con.execute(
            "SELECT source, reader, encoding FROM document_sources ORDER BY source"
        ).fetchall()
    assert len(docs) == N_ARTICLES
    assert docs["published"].notna().all() and docs["url"].notna().all()
    urls = {url for found in docs["urls"] for url in found}
    assert urls == {e[2] for expected in EXPECTED.values() for e in expected}
    both = docs.loc[docs["urls"].map(len) == 2, "urls"].map(sorted).tolist()
    assert sorted(both) == [
        ["https://reliefweb.int/node/3101234?utm_source=twitter", "https://reliefweb.int/report/syrian-arab-republic/north-west-syria-flash-update-3"],
        ["https://www.enabbaladi.net/archives/301122", "https://www.enabbaladi.net/archives/301122/amp"],
    ]  # fmt: skip
    # every file the documents came from, with its reader and encoding
    assert sorted({(Path(s).relative_to(FIXTURES).as_posix(), r, e) for s, r, e in sources}) == sorted(
        {(name, e[0], e[4]) for name, expected in EXPECTED.items() for e in expected}
    )


def test_a_batch_with_bad_files_reports_each_on_one_line_ingests_the_rest_and_exits_1(tmp_path):
    folder = tmp_path / "mixed"
    shutil.copytree(FIXTURES, folder)
    bad = {name: write(folder / "bad" / name, content) for _, name, content, _ in BAD_INPUT}
    result = invoke("ingest", str(folder), "--db", str(tmp_path / "mixed.duckdb"))
    assert result.exit_code == 1
    errors = [line for line in result.stderr.splitlines() if line.startswith("Error: ")]
    assert sorted(errors) == sorted(f"Error: {m.format(p=bad[n])}" for _, n, _, m in BAD_INPUT)
    assert result.stdout.startswith(
        f"{N_READ} document(s) read: {N_ARTICLES} new, 2 already stored, {len(BAD_INPUT)} failed;"
    )


def test_options_reach_the_readers_from_the_command_line(tmp_path, fake_extractor):
    dump = write(tmp_path / "monitor.csv", 'body,date\n"In Saraqib 40 families were displaced.",2019-06-02\n')
    result = invoke(
        "ingest",
        str(dump),
        "--db",
        str(tmp_path / "o.duckdb"),
        "--columns",
        "text=body,published=date",
        "--language",
        "en",
    )
    assert result.exit_code == 0, result.output
    assert (
        result.stdout
        == "1 document(s) read: 1 new, 0 already stored, 0 failed; 1 claim(s) extracted, 0 sent to review\n"
    )
    refused = invoke("ingest", str(dump), "--db", str(tmp_path / "o.duckdb"), "--max-size", "0.00001")
    assert (refused.exit_code, refused.stderr) == (
        1,
        f"Error: {dump}: file is 62 bytes, over the 10 bytes limit; split it into smaller files or raise the limit with --max-size\n",
    )
    bad = invoke("ingest", str(dump), "--db", str(tmp_path / "o.duckdb"), "--language", "fr")
    assert (
        bad.stderr == "Error: --language: language 'fr' is not supported; use one of ar, en or leave it out\n"
    )


def test_the_document_id_is_the_hash_of_the_normalised_text_as_before():
    # the ids of existing databases stay valid: NFC, whitespace collapsed, sha256
    assert ids.doc_id("  نزوح\u00a0 65452\n\nعائلة ") == ids.doc_id("نزوح 65452 عائلة")
    assert (
        ids.doc_id("نزوح 65452 عائلة") == "023cff35f3af4a67d62197a7c5b8b79a5b59bfd7cbcabc36b55303b42b32b730"
    )
    assert ids.doc_id("e\u0301") == ids.doc_id("\u00e9")


UNDATED_DOCS = [
    ("undated-with-yearless-date", Document("a", "Since 26 April, 300 families were displaced."), 1),
    ("dated", Document("b", "Since 26 April, 300 families were displaced.", published="2019-05-01"), 0),
    ("undated-without-dates", Document("c", "In Ariha 30 families were displaced."), 0),
]  # fmt: skip


@pytest.mark.parametrize(("doc", "items"), [u[1:] for u in UNDATED_DOCS], ids=[u[0] for u in UNDATED_DOCS])
def test_review_says_when_year_less_dates_cannot_be_resolved_for_want_of_a_date(
    db, fake_extractor, doc, items
):
    report = db.ingest_documents([doc])
    review = db.review_items()
    review = review.loc[review["reason"] == "unknown_publication_date"]
    assert (report.undated, len(review)) == (items, items)
    assert ("undated document(s) with year-less dates in review" in str(report)) == bool(items)
    if items:
        assert review["kind"].tolist() == ["document"]
        assert (
            review["detail"]
            .iloc[0]
            .startswith(
                "year-less dates or relative periods (first: '26 April') could not be resolved because the publication date is unknown"
            )
        )
        db.ingest_documents([doc])
        assert (db.review_items()["reason"] == "unknown_publication_date").sum() == 1  # not again


# -- reextract -------------------------------------------------------------------------------

TEXT = "Overnight 40 families were displaced and 12 civilians were killed, 3 children among them."


def newer_extract(text: str, language: str | None = None, published: str | None = None) -> list[Claim]:
    """A 'newer extractor': reads the civilians as people (another group), 40 as 41, and no children."""
    out = []
    for c in fake_extract(text):
        if c.group == "children":
            continue
        if c.group == "civilians":
            c = Claim(c.metric, c.unit, "all", c.value, start=c.start, end=c.end, quote=c.quote)
        elif c.value == 40:
            c = Claim(c.metric, c.unit, c.group, 41, start=c.start, end=c.end, quote=c.quote)
        out.append(c)
    return out


def test_reextract_replaces_machine_claims_keeps_decisions_and_reports_what_changed(db, monkeypatch):
    monkeypatch.setattr(hum_stats.extract, "extract", fake_extract)
    db.ingest_documents([Document("d", TEXT, published="2019-06-01")])
    killed = db.claims(metric="killed", group="civilians")["claim_id"].iloc[0]
    db.decide(killed, "correct", value=13, who="analyst", why="the later report says 13")
    unchanged = db.reextract()
    assert (unchanged.added, unchanged.removed, unchanged.changed, unchanged.unchanged) == (0, 0, 0, 3)
    monkeypatch.setattr(hum_stats.extract, "extract", newer_extract)
    report = db.reextract()
    assert (report.documents, report.added, report.removed, report.changed, report.unchanged) == (
        1,
        0,
        1,
        2,
        0,
    )
    assert report.decisions_carried == 1
    served = db.claims().set_index("metric")
    assert (served.loc["killed", "group"], served.loc["killed", "value"], served.loc["killed", "status"]) == (
        "all",
        13,
        "corrected",
    )
    assert served.loc["displaced", "value"] == 41
    assert str(report) == (
        "1 document(s) extracted again by extractor 1.0.0: 0 claim(s) added, 1 removed, 2 changed, 0 unchanged; "
        "1 decision(s) carried to re-read claims, 0 failed"
    )
    assert db.counts()["documents"] == 1


def test_reextract_from_the_command_line_lists_the_changes(tmp_path, monkeypatch):
    monkeypatch.setattr(hum_stats.extract, "extract", fake_extract)
    db = str(tmp_path / "r.duckdb")
    with hum_stats.open(db) as store:
        store.ingest_documents([Document("d", TEXT, published="2019-06-01")])
    monkeypatch.setattr(hum_stats.extract, "extract", newer_extract)
    result = invoke("reextract", "--db", db, "--changes")
    assert result.exit_code == 0, result.output
    key = ids.doc_id(TEXT)[:12]
    start = TEXT.index("40")
    lines = result.stdout.splitlines()
    assert (
        f"{key} {start}-{start + len('40 families were displaced')}: displaced families all 40 -> displaced families all 41"
        in lines
    )
    assert any(line.endswith(": removed killed individuals children 3") for line in lines)
    assert lines[-1].startswith(
        "1 document(s) extracted again by extractor 1.0.0: 0 claim(s) added, 1 removed, 2 changed"
    )


def test_a_database_from_before_document_sources_gets_them_from_its_documents(tmp_path, fake_extractor):
    path = tmp_path / "old.duckdb"
    with hum_stats.open(path) as db:
        db.ingest_paths([FIXTURES / "notes"])
        db.con.execute("DROP TABLE document_sources")
        db.con.execute("DROP TABLE failures")  # made by migration 5
        db.con.execute("DELETE FROM schema_version WHERE version >= 4")
    with hum_stats.open(path) as db:  # migration 4 runs again on what is stored
        rows = db.con.execute(
            "SELECT source, reader, source_id FROM document_sources ORDER BY source"
        ).fetchall()
    assert rows == [
        (str(FIXTURES / "notes/response-coordinators-statement.md"), "text", "rcs-2019-06-01"),
        (str(FIXTURES / "notes/un-press-briefing.txt"), "text", "un-press-briefing"),
    ]


def test_a_json_lines_dump_streams_with_a_limit_per_document(tmp_path):
    """JSON lines are read line by line: the size limit applies to each document, not the file."""
    dump = tmp_path / "dump.jsonl"
    line = '{"id": "a%d", "text": "Twenty families fled the shelling.", "language": "en"}\n'
    dump.write_text("".join(line % i for i in range(3)) + '{"id": "big", "text": "%s"}\n' % ("x" * 3000), "utf-8")
    items = list(read_documents(dump, max_bytes=2048))
    assert [i.id for i in items if isinstance(i, Document)] == ["a0", "a1", "a2"]
    [failure] = [i for i in items if isinstance(i, ReadFailure)]
    assert str(failure) == f"{dump}:4: document of 3,026 characters is over the limit of 2,048; split it or raise the limit with --max-size"


def test_a_large_json_lines_dump_is_read_in_bounded_memory(tmp_path):
    """60 MB of JSON lines, over the whole-file limit, read with memory far below its size."""
    import subprocess
    import sys

    dump = tmp_path / "big.jsonl"
    row = ('{"id": "d%d", "language": "ar", "published": "2020-01-07", '
           '"text": "' + "أحصى فريق منسقو الاستجابة نزوح 359 ألف شخص في المنطقة. " * 20 + '"}\n')
    with dump.open("w", encoding="utf-8") as fh:
        i = 0
        while fh.tell() < 60 * 1024 * 1024:
            fh.write(row % i)
            i += 1
    script = (
        "import sys, tracemalloc; tracemalloc.start();"
        "from hum_stats.readers import read_documents, Document;"
        "n = sum(1 for d in read_documents(sys.argv[1]) if isinstance(d, Document));"
        "print(n, tracemalloc.get_traced_memory()[1])"
    )
    out = subprocess.run([sys.executable, "-c", script, str(dump)], capture_output=True, text=True, check=True)
    n, peak = map(int, out.stdout.split())
    assert n == i
    assert peak < 20 * 1024 * 1024, f"peak {peak / 1e6:.0f} MB while reading a 60 MB dump"
