"""Parts of totals across sentences: the 9 killed in a village within the 19 of the
province, from the same source; figures summed by a later total ("ليصل إجمالي الضحايا")."""

from __future__ import annotations

from hum_stats.extract.document import Cand


def link_parts(cands: list[Cand]) -> None:
    """Parts of a total given in another sentence: the 9 of a village within the 19 of a
    province, from the same source; or figures summed by a later total ("ليصل إجمالي
    الضحايا إلى سبعة"). A part never exceeds its total, nor do parts together."""
    narrower = {
        "all": {"civilians", "children", "women", "men", "elderly", "combatants", "aid_workers"},
        "civilians": {"children", "women", "men", "elderly", "civilians"},
    }
    used: dict[int, int] = {}

    def fits(p: Cand, c: Cand, forward: bool, listed: bool = False) -> bool:
        if p is c or p.head is None or c.head is None or p.metric != c.metric:
            return False
        if p.parent is not None and not (p.head.group == c.head.group != "all"):
            return False  # a part may only hold parts of its own group (6 of the 27 children)
        if p.head.unit != c.head.unit or p.value <= c.value or abs(p.sent - c.sent) > 2:
            return False
        if p.sent == c.sent and not p.total:
            return False
        if p.event != c.event:
            return False
        # a total's own group only for a total, or for the rest of a list whose first item is a part
        same_all = (p.total or listed) and p.head.group == c.head.group
        ok = (
            c.head.group in narrower.get(p.head.group, set())
            or same_all
            or (p.head.group == c.head.group and p.head.group != "all")
        )
        if not ok:
            return False
        if not forward and c.addition and c.among is None:
            return False  # "Four jihadists also died": more people, not some of those before
        if (
            c.attributed is not None
            and p.attributed != c.attributed
            and (not forward or p.attributed is not None)
        ):
            return False  # a later total from another source sums other figures
        return used.get(id(p), 0) + c.value <= p.value

    # figures of the two sentences before (and, for totals, after): never the whole document
    first_of: dict[int, int] = {}
    totals_in: dict[int, list[int]] = {}
    for k, c in enumerate(cands):
        first_of.setdefault(c.sent, k)
        if c.total:
            totals_in.setdefault(c.sent, []).append(k)
    for k, c in enumerate(cands):
        if c.parent is not None or c.restates is not None or c.head is None or c.metric is None:
            continue
        lo_k = min((first_of[s] for s in range(c.sent - 2, c.sent + 1) if s in first_of), default=k)
        # earlier sentences, and the totals of its own sentence ("ليصل إجمالي ...")
        pool = list(range(lo_k, first_of[c.sent])) + [i for i in totals_in.get(c.sent, ()) if i < k]
        earlier = [(i, cands[i]) for i in pool if fits(cands[i], c, False)]
        # the same source first, then a named organisation, then the same group, then the nearest
        best = max(
            earlier,
            key=lambda ip: (
                c.attributed is not None and ip[1].attributed == c.attributed,
                ip[1].attributed in registry_names(),
                ip[1].head is not None and c.head is not None and ip[1].head.group == c.head.group,
                ip[0],
            ),
            default=None,
        )
        choice = best[1] if best is not None else None
        if choice is None:
            later = (cands[i] for s in range(c.sent, c.sent + 3) for i in totals_in.get(s, ()) if i > k)
            choice = next((p for p in later if fits(p, c, True)), None)
        if choice is not None:
            used[id(choice)] = used.get(id(choice), 0) + c.value
            c.parent, c.subset, c.doc_linked = choice, True, True
            # the rest of its list are parts of the same total
            for d in cands[k + 1 :]:
                if (
                    d.sibling is None
                    and d.sent == c.sent
                    and d.parent is None
                    and d.restates is None
                    and d.metric == c.metric
                    and d.joined_to is c
                    and fits(choice, d, False, listed=True)
                ):
                    used[id(choice)] += d.value
                    d.parent, d.subset, d.doc_linked = choice, True, True
                    c = d


_GROUP_PARTS = {
    "all": set(("all", "civilians", "children", "women", "men", "elderly", "combatants", "aid_workers")),
    "civilians": {"civilians", "children", "women", "men", "elderly", "aid_workers"},
}


def group_contains(parent: str, child: str) -> bool:
    return child in _GROUP_PARTS.get(parent, {parent})


def registry_names() -> frozenset[str]:
    from hum_stats.orgs import registry

    return frozenset(o.canonical for o in registry())
