"""Opening the DuckDB file: one writer at a time, a bounded wait for it, a backup before a migration.

DuckDB lets one process at a time open a database file for writing (and no other process may
read it meanwhile): the second gets ``IOException: Could not set lock on file ...``. hum_stats
relies on that lock rather than a lock file of its own (a lock file can outlive a killed process;
DuckDB's operating-system lock cannot), and waits for it: :func:`connect` retries for
``lock_timeout`` seconds (``hum-stats --lock-timeout SECONDS COMMAND``, or the ``HUM_STATS_LOCK_TIMEOUT`` environment
variable; :data:`DEFAULT_LOCK_TIMEOUT` otherwise), then raises a :class:`StoreError` that names
the file and the process holding it and says what to do.
"""

from __future__ import annotations

import datetime as dt
import os
import re
import shutil
import time
from pathlib import Path
from typing import TYPE_CHECKING

from hum_stats.errors import StoreError

if TYPE_CHECKING:
    import duckdb

#: Seconds to wait for another process to release the database before giving up.
DEFAULT_LOCK_TIMEOUT = 10.0
LOCK_TIMEOUT_ENV = "HUM_STATS_LOCK_TIMEOUT"
#: Set by ``hum-stats --lock-timeout SECONDS`` for the command it runs.
CLI_LOCK_TIMEOUT: float | None = None
#: Seconds between two attempts to open a locked database.
RETRY_EVERY = 0.2

_HOLDER = re.compile(r"Conflicting lock is held in (?P<program>.*?) \(PID (?P<pid>\d+)\)")


def lock_timeout(given: float | None = None) -> float:
    """``given``, else ``hum-stats --lock-timeout``, else ``$HUM_STATS_LOCK_TIMEOUT``, else
    :data:`DEFAULT_LOCK_TIMEOUT` (seconds)."""
    if given is None:
        given = CLI_LOCK_TIMEOUT
    if given is not None:
        return max(0.0, float(given))
    raw = os.environ.get(LOCK_TIMEOUT_ENV)
    if raw is None or not raw.strip():
        return DEFAULT_LOCK_TIMEOUT
    try:
        return max(0.0, float(raw))
    except ValueError:
        raise StoreError(
            f"{LOCK_TIMEOUT_ENV}={raw!r} is not a number of seconds; set it to e.g. 30 or unset it"
        ) from None


def is_lock_error(err: BaseException) -> bool:
    return "could not set lock" in str(err).lower()


def connect(name: str, read_only: bool = False, timeout: float | None = None) -> duckdb.DuckDBPyConnection:
    """A connection to ``name``, waiting up to ``timeout`` seconds for another process's lock."""
    import duckdb

    wait = lock_timeout(timeout)
    deadline = time.monotonic() + wait
    while True:
        try:
            return duckdb.connect(name, read_only=read_only)
        except duckdb.Error as err:
            if not is_lock_error(err):
                raise StoreError(
                    f"{name}: cannot open as a DuckDB database ({str(err).splitlines()[0]}); "
                    "check it is a hum_stats database"
                ) from err
            if time.monotonic() >= deadline:
                raise StoreError(_locked_message(name, str(err), wait)) from err
            time.sleep(RETRY_EVERY)


def _locked_message(name: str, error: str, waited: float) -> str:
    found = _HOLDER.search(error)
    holder = f"process {found['pid']} ({Path(found['program']).name})" if found else "another process"
    return (
        f"{name}: database is locked by {holder} (DuckDB's lock on the file; one process at a time "
        f"may use it); waited {waited:g} s. Wait for that process (an ingest?) to finish and try "
        f"again, or wait longer with --lock-timeout SECONDS or {LOCK_TIMEOUT_ENV}"
    )


def backup_path(path: Path, version: int, now: dt.datetime | None = None) -> Path:
    """``hum_stats.duckdb.bak-v3-20240101T120000`` beside ``path`` (numbered if taken).

    >>> backup_path(Path("db/h.duckdb"), 3, dt.datetime(2024, 1, 2, 3, 4, 5)).name
    'h.duckdb.bak-v3-20240102T030405'
    """
    stamp = (now or dt.datetime.now()).strftime("%Y%m%dT%H%M%S")
    target = path.with_name(f"{path.name}.bak-v{version}-{stamp}")
    n = 1
    while target.exists():
        target = path.with_name(f"{path.name}.bak-v{version}-{stamp}-{n}")
        n += 1
    return target


def backup(con: duckdb.DuckDBPyConnection, name: str, version: int) -> tuple[duckdb.DuckDBPyConnection, Path]:
    """Copy the database file before a migration; returns a fresh connection and the copy's path.

    The connection is checkpointed and closed first so that the copy holds everything
    (no write-ahead log left beside it); the caller keeps the lock only between the close and
    the reopen, which another process may take: then :func:`connect` waits as usual.
    """
    path = Path(name)
    target = backup_path(path, version)
    con.execute("CHECKPOINT")
    con.close()
    try:
        shutil.copy2(path, target)
    except OSError as err:
        raise StoreError(
            f"{path}: could not copy the database to {target} before upgrading its schema "
            f"({err.strerror}); free some disk space or check the folder's permissions"
        ) from None
    return connect(name), target
