"""Readers: front matter, JSON lines, folders; one clear line per bad file, the others still read."""

from __future__ import annotations

from pathlib import Path

import pytest

from hum_stats.readers import Document, ReadFailure, read_documents

FRONT_MATTER = """---
id: enab-2019-05-29
title: Turkey and Russia talk about a ceasefire
published: 2019-05-29
url: https://www.enabbaladi.net/archives/302587
publisher: Enab Baladi
language: ar
note: restated from the seed article
---
ما أدى إلى نزوح 65452 عائلة (425438 نسمة)
"""


def write(path: Path, content: str | bytes) -> Path:
    path.parent.mkdir(parents=True, exist_ok=True)
    if isinstance(content, bytes):
        path.write_bytes(content)
    else:
        path.write_text(content, encoding="utf-8")
    return path


def test_front_matter_gives_the_provenance(tmp_path):
    path = write(tmp_path / "a.md", FRONT_MATTER)
    [doc] = read_documents(path)
    assert doc == Document(
        id="enab-2019-05-29", text="ما أدى إلى نزوح 65452 عائلة (425438 نسمة)",
        title="Turkey and Russia talk about a ceasefire", language="ar", published="2019-05-29",
        url="https://www.enabbaladi.net/archives/302587", publisher="Enab Baladi",
        source_path=str(path), reader="text", encoding="utf-8",
    )  # fmt: skip


def test_a_text_without_front_matter_is_named_after_its_file_and_its_language_detected(tmp_path):
    [doc] = read_documents(write(tmp_path / "note.txt", "20 families were displaced.\n"))
    assert (doc.id, doc.text, doc.published, doc.language) == (
        "note",
        "20 families were displaced.",
        None,
        "en",
    )


def test_jsonl_reads_the_documents_extract_reads(tmp_path):
    path = write(
        tmp_path / "docs.jsonl",
        '{"id": "h1", "text": "one", "language": "ar", "published": "2019-05-29"}\n\n'
        '{"id": 2, "text": "two", "url": "https://x.example", "publisher": "OCHA", "title": "T"}\n',
    )
    docs = list(read_documents(path))
    assert [(d.id, d.text, d.language, d.published, d.url, d.publisher) for d in docs] == [
        ("h1", "one", "ar", "2019-05-29", None, None),
        ("2", "two", "en", None, "https://x.example", "OCHA"),
    ]


def test_folders_are_read_recursively_in_order_and_other_files_skipped(tmp_path):
    write(tmp_path / "b" / "two.md", "second")
    write(tmp_path / "a.txt", "first")
    write(tmp_path / "b" / "c" / "three.jsonl", '{"id": "x", "text": "third"}\n')
    write(tmp_path / "picture.png", b"\x89PNG\r\n")
    write(tmp_path / ".hidden" / "skip.md", "hidden")
    # sorted by path: a.txt, b/c/three.jsonl, b/two.md
    assert [d.text for d in read_documents(tmp_path)] == ["first", "third", "second"]


BAD_FILES = [
    ("empty", "e.md", b"  \n", "{p}: file is empty; remove it or add the document's text"),
    ("binary", "b.txt", b"\x89PNG\r\n\x1a\n\x00\x00\x00", "{p}: looks like a binary file, not text; give a text, HTML, feed, JSON-lines or CSV file"),
    ("not-utf8-nor-arabic", "l.txt", "line one\ncafé crème".encode("latin-1"), "{p}:2: not valid UTF-8 (byte 0xe9 at offset 12) nor Windows Arabic (cp1256); re-save the file as UTF-8"),
    ("unclosed-front-matter", "u.md", "---\ntitle: x\nbody", "{p}: front matter opened with '---' on line 1 is never closed; add a '---' line after it"),
    ("bad-published", "d.md", "---\npublished: 29/05/2019\n---\ntext", "{p}: published '29/05/2019' is not a date; write it as YYYY-MM-DD"),
    ("bad-language", "g.md", "---\nlanguage: fr\n---\ntext", "{p}: language 'fr' is not supported; use one of ar, en or leave it out"),
    ("no-body", "n.md", "---\ntitle: x\n---\n\n", "{p}: no text after the front matter; add the document's text"),
    ("bad-json-line", "j.jsonl", '{"id": "1", "text": "ok"}\n{"id": 2, text}\n', "{p}:2: not valid JSON (Expecting property name enclosed in double quotes at column 11); write one JSON object per line"),
    ("json-without-text", "t.jsonl", '{"id": "1"}\n', "{p}:1: 'text' is missing or empty; give each document its text (or name its field with --columns text=FIELD)"),
    ("unknown-suffix", "x.docx", b"PK", "{p}: unknown file type '.docx'; give a .atom, .csv, .htm, .html, .jsonl, .markdown, .md, .ndjson, .rss, .tsv, .txt, .xhtml, .xml file"),
]  # fmt: skip


@pytest.mark.parametrize(
    ("name", "content", "message"), [b[1:] for b in BAD_FILES], ids=[b[0] for b in BAD_FILES]
)
def test_bad_input_gives_one_line_naming_the_file(tmp_path, name, content, message):
    path = write(tmp_path / name, content)
    failures = [d for d in read_documents(path) if isinstance(d, ReadFailure)]
    assert [f.message for f in failures] == [message.format(p=path)]


def test_a_bad_file_does_not_stop_the_others(tmp_path):
    write(tmp_path / "a.md", b"")
    write(tmp_path / "b.md", "fine")
    write(tmp_path / "c.jsonl", 'oops\n{"id": "c", "text": "also fine"}\n')
    items = list(read_documents(tmp_path))
    assert [d.text for d in items if isinstance(d, Document)] == ["fine", "also fine"]
    assert [(Path(f.source).name, f.line) for f in items if isinstance(f, ReadFailure)] == [
        ("a.md", None),
        ("c.jsonl", 1),
    ]


def test_a_missing_path_is_a_failure_not_a_crash(tmp_path):
    [failure] = read_documents(tmp_path / "nowhere")
    assert failure.message == f"{tmp_path / 'nowhere'}: no such file or folder; check the path"
