"""Reading a file as text, with one clear message for each way that can fail."""

from __future__ import annotations

from pathlib import Path

from hum_stats.errors import InputError


def read_text(path: Path) -> str:
    """The UTF-8 text of ``path``; an InputError names the file and what to do otherwise."""
    try:
        data = path.read_bytes()
    except OSError as err:
        raise InputError(
            f"{path}: cannot be read ({err.strerror}); check the path and its permissions"
        ) from None
    if not data.strip():
        raise InputError(f"{path}: file is empty; remove it or add the document's text")
    if b"\x00" in data[:8192]:
        raise InputError(f"{path}: looks like a binary file, not text; give a UTF-8 .txt, .md or .jsonl file")
    try:
        text = data.decode("utf-8-sig")
    except UnicodeDecodeError as err:
        line = data[: err.start].count(b"\n") + 1
        raise InputError(
            f"{path}:{line}: not valid UTF-8 (byte {data[err.start]:#04x} at offset {err.start}); "
            "re-save the file as UTF-8"
        ) from None
    return text
