"""Reading a file as text, with one clear message for each way that can fail.

Files are read whole, so a file over the size limit (50 MB unless told otherwise) is refused
before a byte of it is read; JSON-lines dumps are the exception: they stream line by line, and
the limit applies to each line. Text that is not UTF-8 is tried as Windows Arabic (cp1256), the
code page of many Arabic pages saved on Windows, and kept only when it then reads as Arabic.
"""

from __future__ import annotations

import re
from pathlib import Path

from hum_stats.errors import InputError

#: Files larger than this are refused unless a larger limit is given (``--max-size`` in MB).
MAX_BYTES = 50 * 1024 * 1024
#: The encodings tried, in order, when a file does not declare one.
FALLBACK_ENCODING = "cp1256"
#: Share of Arabic letters among all letters for a cp1256 reading to be believed.
ARABIC_SHARE = 0.3

_DECLARED = re.compile(
    rb"""(?:<meta[^>]+charset\s*=\s*["']?|<\?xml[^>]*encoding\s*=\s*["'])([A-Za-z0-9_.:-]+)""", re.I
)


def read_bytes(path: Path, max_bytes: int = MAX_BYTES) -> bytes:
    """The bytes of ``path``: refused when missing, too large, empty or binary."""
    read_size_checked(path, max_bytes)
    return _text_like(path, _read(path, None))


def read_size_checked(path: Path, max_bytes: int) -> int:
    """The size of ``path``; an InputError when it is missing or over ``max_bytes``."""
    try:
        size = path.stat().st_size
    except OSError as err:
        raise _unreadable(path, err) from None
    if size > max_bytes:
        raise InputError(
            f"{path}: file is {_size(size)}, over the {_size(max_bytes)} limit; "
            "split it into smaller files or raise the limit with --max-size"
        )
    return size


def read_head(path: Path, n: int = 65536) -> bytes:
    """The first ``n`` bytes of ``path``, refused like :func:`read_bytes` when missing, empty or
    binary, but with no size limit: for files that are read as a stream (JSON lines)."""
    return _text_like(path, _read(path, n))


def _read(path: Path, n: int | None) -> bytes:
    try:
        with path.open("rb") as fh:
            return fh.read() if n is None else fh.read(n)
    except OSError as err:
        raise _unreadable(path, err) from None


def _unreadable(path: Path, err: OSError) -> InputError:
    return InputError(f"{path}: cannot be read ({err.strerror}); check the path and its permissions")


def _text_like(path: Path, data: bytes) -> bytes:
    """``data`` unless it is empty or binary (a NUL byte among its first 8 KB)."""
    if not data.strip():
        raise InputError(f"{path}: file is empty; remove it or add the document's text")
    if b"\x00" in data[:8192]:
        raise InputError(
            f"{path}: looks like a binary file, not text; give a text, HTML, feed, JSON-lines or CSV file"
        )
    return data


def stream_encoding(head: bytes, path: Path) -> str:
    """The encoding to read a streamed file in, judged from its first bytes."""
    cut = head.rfind(b"\n") if len(head) >= 65536 else len(head)
    sample = head[: cut if cut > 0 else len(head)]
    try:
        sample.decode("utf-8-sig")
        return "utf-8-sig"
    except UnicodeDecodeError:
        pass
    return decode(sample, path)[1]


def _size(n: int) -> str:
    """
    >>> _size(60 * 1024 * 1024), _size(50 * 1024 * 1024), _size(1536)
    ('60 MB', '50 MB', '1.5 KB')
    """
    for unit, scale in (("MB", 1024 * 1024), ("KB", 1024)):
        if n >= scale / 10:
            return f"{n / scale:.1f}".removesuffix(".0") + f" {unit}"
    return f"{n} bytes"


def declared_encoding(data: bytes) -> str | None:
    """The charset an HTML page or XML file declares in its first 4 KB, if Python knows it.

    >>> declared_encoding(b'<html><head><meta charset="windows-1256">')
    'cp1256'
    """
    import codecs

    match = _DECLARED.search(data[:4096])
    if match is None:
        return None
    try:
        return codecs.lookup(match.group(1).decode("ascii")).name
    except LookupError:
        return None


def arabic_share(text: str) -> float:
    arabic = sum(1 for ch in text if "\u0600" <= ch <= "\u06ff")
    letters = sum(1 for ch in text if ch.isalpha())
    return arabic / letters if letters else 0.0


def decode(data: bytes, path: Path) -> tuple[str, str]:
    """``(text, encoding)``: the declared charset, else UTF-8, else Windows Arabic (cp1256)."""
    declared = declared_encoding(data)
    if declared is not None and declared not in ("utf-8", "ascii"):
        try:
            return data.decode(declared), declared
        except UnicodeDecodeError:
            pass  # the declaration is wrong: try the usual ones
    try:
        return data.decode("utf-8-sig"), "utf-8"
    except UnicodeDecodeError as err:
        first = err
    try:
        text = data.decode(FALLBACK_ENCODING)
    except UnicodeDecodeError:
        text = ""
    if arabic_share(text) >= ARABIC_SHARE:
        return text, FALLBACK_ENCODING
    line = data[: first.start].count(b"\n") + 1
    raise InputError(
        f"{path}:{line}: not valid UTF-8 (byte {data[first.start]:#04x} at offset {first.start}) "
        f"nor Windows Arabic ({FALLBACK_ENCODING}); re-save the file as UTF-8"
    )


def read_text(path: Path, max_bytes: int = MAX_BYTES) -> str:
    """The text of ``path`` (see :func:`decode`); an InputError names the file and what to do otherwise."""
    return read_text_and_encoding(path, max_bytes)[0]


def read_text_and_encoding(path: Path, max_bytes: int = MAX_BYTES) -> tuple[str, str]:
    return decode(read_bytes(path, max_bytes), path)
