"""hum_stats: figures about displaced, killed and injured people, from text to series.

Public API (imported lazily so that ``hum-stats --help`` starts fast)::

    import hum_stats
    claims = hum_stats.extract(text, language="ar", published="2019-05-29")
    db = hum_stats.open("hum_stats.duckdb")
    db.claims(metric="displaced"); db.running_totals(freq="W")
"""

from __future__ import annotations

from typing import TYPE_CHECKING, Any

__version__ = "0.1.0"
__all__ = ["extract", "open", "Claim", "HumStatsError", "__version__"]

if TYPE_CHECKING:
    from hum_stats.claims import Claim
    from hum_stats.errors import HumStatsError
    from hum_stats.extract import extract
    from hum_stats.store import open


def __getattr__(name: str) -> Any:
    if name == "extract":
        from hum_stats.extract import extract

        return extract
    if name == "open":
        from hum_stats.store import open as open_

        return open_
    if name == "Claim":
        from hum_stats.claims import Claim

        return Claim
    if name == "HumStatsError":
        from hum_stats.errors import HumStatsError

        return HumStatsError
    raise AttributeError(name)
