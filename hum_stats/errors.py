"""Errors that say what went wrong and what to do about it."""

from __future__ import annotations


class HumStatsError(Exception):
    """Base of every error the library raises on purpose.

    The message is one line a user can act on; the CLI prints it and exits with ``exit_code``.
    """

    exit_code = 1


class InputError(HumStatsError):
    """A document or file could not be read: names the file/line and says how to fix it."""


class SchemaError(HumStatsError):
    """Data failed validation."""


class StoreError(HumStatsError):
    """The database could not be opened, upgraded or written."""
