"""Where bundled data lives, in a source checkout and in an installed wheel."""

from __future__ import annotations

from pathlib import Path

_PACKAGE = Path(__file__).resolve().parent


def bundled_source(name: str) -> Path:
    """Path of a file of ``sources/`` (copied into the wheel as ``hum_stats/_sources``)."""
    for candidate in (_PACKAGE / "_sources" / name, _PACKAGE.parent / "sources" / name):
        if candidate.exists():
            return candidate
    from hum_stats.errors import InputError

    raise InputError(f"bundled file sources/{name} not found; reinstall hum_stats or restore the file")
