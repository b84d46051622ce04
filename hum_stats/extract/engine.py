"""The extraction engine: one engine, one data table per language.

normalise -> tokens -> numbers and dates -> the counted noun -> what happened (metric) ->
qualifier -> part of a total (subset) -> period -> attribution -> place -> claims.

This module reads the figures of each sentence (their nouns, events, qualifiers and parts);
``document`` holds the shared model, ``periods``, ``attribution``, ``location`` and ``parts``
the later steps.

Each step works on token indices of the normalised text; tokens keep offsets, which the
normaliser maps back to the original, so every claim carries ``text[start:end]``.
"""

from __future__ import annotations

from dataclasses import replace
from datetime import date

from hum_stats.claims import Claim
from hum_stats.extract.attribution import sentence_sources
from hum_stats.extract.dates import DateExpr
from hum_stats.extract.document import Cand, Doc, Head, Sentence, split_sentences
from hum_stats.extract.lexicon import Token, lexicon
from hum_stats.extract.location import location_of
from hum_stats.extract.numbers import NumExpr
from hum_stats.extract.parts import group_contains, link_parts
from hum_stats.extract.periods import Period, anchor_date, assign_period, find_periods, last_dated
from hum_stats.orgs import org_kinds

MAX_CLAIMS_PER_DOCUMENT = 5000
# Household size that a families/individuals pair may imply before it is called absurd.
HOUSEHOLD_RANGE = (1.5, 15.0)


# --------------------------------------------------------------------------------------
# the counted noun


def _noun_at(doc: Doc, i: int) -> Head | None:
    m = doc.m(i, "noun")
    if m is None:
        return None
    end, entry = m
    unit, group, metric, _ = entry.payload
    head = Head(i, end, unit, group, metric, others=doc.m(i, "others") is not None)
    head = _extend_head(doc, head)
    if head.metric is None and head.group in ("all", "combatants", "aid_workers"):
        head.group = _owner_group(doc, i, head.group) or head.group
    return head


# The people an organisation has, by the kind of organisation (sources/organisations.csv).
KIND_GROUPS = {"rescue": "aid_workers", "aid": "aid_workers", "un": "aid_workers", "ngo": "aid_workers",
               "armed_group": "combatants"}  # fmt: skip


def _owner_group(doc: Doc, i: int, group: str) -> str | None:
    """The members of the organisation named before ("قال الدفاع المدني إن 3 من عناصره",
    "UNRWA said 152 of its staff"): aid workers of an aid body, combatants of an armed group."""
    member = group != "all" or doc.m(i, "member_word") is not None
    word = doc.text_of(i, i + 1)  # as written: a possessive "ه", not a ta marbuta
    possessive = member and (
        (
            doc.is_tok(i - 1, "its", "their")
            or (doc.is_tok(i - 1, "own") and doc.is_tok(i - 2, "its", "their"))
        )
        if doc.lex.code == "en"
        else word.endswith(("ه", "ها", "هم", "هما"))
    )
    if not possessive:
        return None
    named = [m for m in doc.org_mentions() if max(0, i - 25) <= m[0] and m[1] <= i]
    if not named:
        return None
    return KIND_GROUPS.get(org_kinds().get(max(named)[2], ""))


def _glued_and_noun(doc: Doc, k: int) -> bool:
    """An Arabic people noun with "و" glued before it ("والإصابات"): the start of the next item."""
    m = doc.m(k, "noun")
    return (
        m is not None
        and doc.lex.code == "ar"
        and doc.tokens[k].text.startswith("و")
        and m[1].tokens[0] != doc.tokens[k].text
    )


def _extend_head(doc: Doc, head: Head) -> Head:
    """Merge a following noun or group adjective ("قتلى مدنيين", "injured people") and
    combined categories ("رجل ومن كبار السن", "women and children" -> all)."""
    comb = doc.m(head.start, "combined")
    if comb is not None:
        head.end = max(head.end, comb[0])
        head.group = "all"
        return head
    nxt = head.end
    body = _member_body(doc, head)
    if body is not None:
        head.group = body  # "29 members of the internal security forces", "أفراد من قوات الأمن"
        return head
    if head.group == "all" and head.metric is None and doc.m(nxt, "partitive") is not None:
        part = doc.m(nxt + 1, "noun")
        if part is not None and doc.m(nxt + 1, "others") is None:
            unit2, group2, _metric2, _ = part[1].payload
            if unit2 == head.unit and group2 != "all":
                head.group = str(group2)  # "شخصان من متطوعي الغرفة", "two people from the rescue teams"
                return head
    adj = doc.m(nxt, "adj")
    if adj is not None and head.group in ("all",):
        head.group = str(adj[1].payload)
        head.end = adj[0]
        return head
    if doc.lex.code == "en" and head.group == "all" and doc.is_tok(nxt, "among"):
        among = _noun_at(doc, nxt + 1 + doc.is_tok(nxt + 1, "the"))
        k = among.end + 1 if among is not None and doc.is_tok(among.end, "and") else None
        also = _noun_at(doc, k + (0 if _noun_at(doc, k) else 1)) if k is not None else None
        if (
            among is not None
            and among.group != "all"
            and among.metric is None
            and (
                k is None or (also is not None and also.group == among.group)
            )  # not "health workers and patients"
        ):
            head.group, head.end = among.group, among.end  # "1,302 dead among jihadists and allied rebels"
            return head
    n2 = doc.m(nxt, "noun")
    glued_and = (
        doc.lex.code == "ar"
        and nxt < len(doc.tokens)
        and doc.tokens[nxt].text.startswith("و")
        and n2 is not None
        and n2[1].tokens[0] != doc.tokens[nxt].text
    )
    if n2 is not None and doc.m(nxt, "others") is None and not glued_and:
        unit2, group2, metric2, _ = n2[1].payload
        if unit2 == head.unit and head.metric == "displaced" and metric2 == "returned":
            head.metric, head.end = metric2, n2[0]  # "النازحين العائدين": displaced people who came back
        elif unit2 == head.unit and (head.metric is None or metric2 is None):
            if head.group == "all" and group2 != "all":
                head.group = group2
            head.metric = head.metric or metric2
            head.end = n2[0]
        elif (
            doc.lex.code == "en"
            and head.unit == "individuals"
            and unit2 == "families"
            and head.group == "all"
        ):
            # "600 Rohingya families", "12,000 IDP families": the first noun describes the households
            head.unit, head.metric, head.end = unit2, head.metric or metric2, n2[0]
        elif doc.lex.code == "en" and head.unit == "families" and unit2 == "individuals":
            # "five family members": the last noun of a compound is what is counted
            head.unit, head.group, head.metric, head.end = unit2, group2, head.metric or metric2, n2[0]
    return head


def _member_body(doc: Doc, head: Head) -> str | None:
    """The group of "members of <body>": a body named within a few words after "of"/"من"; the
    head then runs to the end of the body's name."""
    if head.group != "all" or doc.m(head.start, "member_word") is None:
        return None
    if doc.lex.code == "en":
        b = doc.ends_here(head.start, "member_body", max(0, head.start - 3))
        if b is not None:
            return str(b[1].payload)  # "six SDF members", "two Red Crescent personnel"
    k = head.end
    if doc.m(k, "partitive") is None and not doc.is_tok(k, "في"):
        k -= 1  # "أفراد الطواقم الطبية": the body right after the word
    for j in range(k + 1, min(len(doc.tokens), k + 10)):
        if doc.tokens[j].text in ("،", ",", ".", ";", "؛") or doc.tokens[j].kind == "num":
            return None
        b = doc.m(j, "member_body")
        if b is not None:
            head.end = b[0]
            return str(b[1].payload)
    return None


def _is_plain_word(doc: Doc, i: int) -> bool:
    """An English modifier that may stand between a figure and its noun ("3 White Helmets volunteers")."""
    if doc.lex.code != "en" or i >= len(doc.tokens):
        return False
    tok = doc.tokens[i]
    if tok.kind != "word":
        return False
    for cat in (
        "noun",
        "nonpeople",
        "trigger",
        "num",
        "mult",
        "month",
        "conj",
        "partitive",
        "subset_before",
        "subset_after",
        "qual_after",
        "until",
        "since",
        "in",
        "continuation",
    ):
        if doc.m(i, cat) is not None:
            return False
    return True


def find_head(doc: Doc, num: NumExpr, hi: int) -> tuple[Head | None, str | None, bool]:
    """The noun a figure counts: ``(head, post_qualifier, post_subset)``; head None when
    the figure counts nothing we know, or a Head with unit '' for 'not people'."""
    j = num.end
    post_q: str | None = None
    post_subset = False
    if doc.is_tok(j, ")") and num.paren:
        j += 1
    if doc.is_tok(j, "-") and doc.m(j + 1, "qual_after") is not None:
        j += 1  # "2,000-plus"
    qa = doc.m(j, "qual_after")
    if qa is not None and doc.lex.code == "en" and qa[0] < hi:
        post_q = str(qa[1].payload)
        j = qa[0]
    sa = doc.m(j, "subset_after")
    if sa is not None:
        post_subset = True
        j = sa[0]
        while j < hi and doc.tokens[j].text in doc.t.AUXILIARIES:
            j += 1
    if num.value == 1 and doc.is_tok(j, "a", "an"):
        j += 1  # "one a civil defence volunteer", "one of them a child": what the one is
    # "Two 12-year-olds": an age used as a noun for children (or adults)
    if (
        doc.lex.code == "en"
        and j + 4 < hi + 1
        and j < len(doc.tokens)
        and doc.tokens[j].kind == "num"
        and doc.is_tok(j + 1, "-")
        and doc.is_tok(j + 2, "year")
        and doc.is_tok(j + 4, "olds", "old")
    ):
        age = int(doc.tokens[j].text) if doc.tokens[j].text.isdigit() else 99
        return Head(j, j + 5, "individuals", "children" if age < 18 else "all", None), post_q, post_subset
    # "ارتفع إلى 11 تعداد الشهداء", "rose to 11 the number of dead": the subject after the figure
    sm = doc.m(j + (1 if doc.is_tok(j, "the") else 0), "subject")  # "bringing to 505 the number of"
    if sm is not None and sm[0] < hi:
        p = sm[0]
        while p < hi and doc.tokens[p].text in ("the", "of"):
            p += 1
        head = _noun_at(doc, p)
        if head is not None and not head.others:
            return head, post_q, post_subset
    while j + 1 < hi and doc.lex.code == "en" and doc.is_tok(j + 1, "-") and _is_plain_word(doc, j):
        j += 2  # "pro-government", "Britain-based"
    for skip in range(4 if doc.lex.code == "en" else 3):
        k = j + skip
        if k >= hi:
            break
        if skip and doc.m(k, "nonpeople") is not None and doc.m(k - 1, "rel_past") is not None:
            break  # "up from 3,200 last week": a time, not what the figure counts
        if doc.m(k, "nonpeople") is not None or doc.is_tok(k, "%", "٪"):
            return Head(k, k + 1, "", "", None), post_q, post_subset
        if doc.lex.code == "en" and doc.m(k, "trigger") is not None and doc.m(k + 1, "nonpeople") is not None:
            return Head(k, k + 2, "", "", None), post_q, post_subset  # "140 displacement sites"
        if doc.is_tok(k, "other") and (_noun_at(doc, k + 1) is not None or _is_plain_word(doc, k + 1)):
            continue  # "four other UN staff", "two other children": "other" describes the noun
        if _glued_and_noun(doc, k):
            break  # "إلى 1347 والإصابات إلى 2295": the next item, not this figure's noun
        head = _noun_at(doc, k)
        if head is None and doc.m(k, "dual") is not None:
            d = doc.m(k, "dual")
            assert d is not None
            unit, group, metric, _ = d[1].payload
            head = _extend_head(doc, Head(k, d[0], unit, group, metric))
        if head is not None and doc.m(head.end, "nonpeople") is not None and doc.lex.code == "en":
            return Head(k, head.end + 1, "", "", None), post_q, post_subset  # "77 IDP sites"
        if head is not None:
            if skip and doc.lex.code == "en":
                adj = doc.m(k - 1, "adj")
                if adj is not None and head.group == "all":
                    head.group = str(adj[1].payload)
            # "Two 12-year-olds were among the dead"
            q = head.end
            while q < hi and doc.tokens[q].text in doc.t.AUXILIARIES:
                q += 1
            if doc.lex.code == "en" and doc.m(q, "subset_after") is not None:
                post_subset = True
            return head, post_q, post_subset
        # partitive: "16 من مسلحي العشائر", "two of the victims"
        part = doc.m(k, "partitive")
        if part is not None and skip == 0:
            p = part[0]
            definite = False
            while p < hi and doc.tokens[p].text in ("the", "those", "these", "them", "its", "their", "own"):
                p += 1
                definite = True
            if definite and doc.m(p, "trigger") is not None and doc.m(p, "noun") is None:
                # "500,000 of those displaced were children": part of a total, its group after
                q = doc.end_of(p, "trigger")
                while q < hi and doc.tokens[q].text in doc.t.AUXILIARIES:
                    q += 1
                later = _noun_at(doc, q)
                tr = doc.m(p, "trigger")
                assert tr is not None
                if later is not None and not later.others:
                    later.metric = later.metric or str(tr[1].payload)
                    return later, post_q, True
                # "640,000 of those displaced have returned": the people the event befell
                return (
                    Head(p, doc.end_of(p, "trigger"), "individuals", "all", str(tr[1].payload)),
                    post_q,
                    True,
                )
            if (
                doc.lex.code == "en"
                and p < hi
                and doc.tokens[p].kind == "num"
                and doc.is_tok(p - 1, "of", "the")
            ):
                # "28,000 of the 36,000 people who had been displaced": a part of the figure after
                q = p + 1
                while q < hi and doc.m(q, "mult") is not None:
                    q += 1
                base = _noun_at(doc, q)
                if base is None or base.others:
                    return None, post_q, post_subset
                group = base.group
                k2 = doc.end_of(base.end, "trigger") if doc.m(base.end, "trigger") is not None else base.end
                while k2 < hi and doc.tokens[k2].text in doc.t.AUXILIARIES:
                    k2 += 1
                later = _noun_at(doc, k2) if k2 > base.end else None
                if (
                    later is not None
                    and later.group != "all"
                    and later.unit == base.unit
                    and later.metric is None
                ):
                    group = later.group  # "20 of the 150 people killed were children"
                return Head(base.start, base.end, base.unit, group, None), post_q, True
            head = _noun_at(doc, p)
            drawn = False
            if head is not None and not head.others and definite and doc.lex.code == "en":
                # "20 of the dead were women": who they were, after the verb
                q = head.end
                while q < hi and doc.tokens[q].text in doc.t.AUXILIARIES:
                    q += 1
                later = _noun_past_adjective(doc, q) if q > head.end else None
                if (
                    later is not None
                    and later.metric is None
                    and later.group != "all"
                    and later.unit == head.unit
                ):
                    head.group, head.end, drawn = later.group, later.end, True
            if head is not None and not head.others:
                # "two of the victims", "ثلاثة من الضحايا": part of a total named before
                definite = definite or (doc.lex.code == "ar" and doc.tokens[p].text.startswith("ال"))
                return head, post_q, post_subset or (definite and (head.group == "all" or drawn))
            return None, post_q, post_subset
        if not _is_plain_word(doc, k) and not (
            doc.lex.code == "en"
            and doc.m(k, "trigger") is not None
            and doc.m(doc.end_of(k, "trigger"), "noun") is not None  # "2,760 newly displaced households"
        ):
            break
    return None, post_q, post_subset


def _named_after_verb(doc: Doc, k: int, hi: int) -> str | None:
    """The group said of people after "were"/"was": "(the other 147 killed in August) were
    combatants"; none past a comma or another figure."""
    for j in range(k, min(hi, k + 6)):
        if doc.tokens[j].text in (",", "،") or _figure_between(doc, j, j + 1):
            return None
        if doc.is_tok(j, "were", "was"):
            n = _noun_past_adjective(doc, j + 1)
            return n.group if n is not None and n.metric is None and n.group != "all" else None
    return None


def _noun_past_adjective(doc: Doc, q: int) -> Head | None:
    """The noun at ``q``, or after one English modifier ("foreign fighters", "Syrian members of …")."""
    if _noun_at(doc, q) is None and _is_plain_word(doc, q):
        q += 1
    return _noun_at(doc, q)


def _verb_trigger(doc: Doc, c: Cand, triggers: Triggers) -> bool:
    """The trigger right after the counted people is a verb ("30 ألف معتقل قضوا"), not a noun,
    or a noun after a verb of being ("3076 لاجئاً ما زالوا معتقلين", "were still detained")."""
    for s, _e, _m in triggers.starting(c.end, c.end + 2):
        if doc.m(s, "noun") is None:
            return True
    k, being = c.end, False
    while k < len(doc.tokens):
        b = doc.m(k, "being")
        if b is not None:
            k, being = b[0], True
        elif doc.tokens[k].text in doc.t.AUXILIARIES:
            k += 1
        else:
            break
    return being and doc.m(k, "trigger") is not None


def _object_of_verb(doc: Doc, num: NumExpr, lo: int, hi: int) -> bool:
    """A figure with no noun right after an event verb ("displaced over 180,000",
    "عاد من تركيا زهاء 81 ألفاً"): the people it happened to."""
    if num.words and num.value < 10:
        return False
    q = _qualifier_before(doc, num, lo)
    left = q[1] if q is not None else num.start
    # Arabic may put a complement between the verb and its figure ("عاد من تركيا زهاء ...")
    reach = range(left, max(lo, left - 4), -1) if doc.lex.code == "ar" else (left,)
    verb = next(
        (v for k in reach if (v := doc.ends_here(k, "trigger", max(lo, k - 3))) is not None),
        None,
    )
    if verb is None or doc.m(verb[0], "noun") is not None:
        return False
    after = doc.tokens[num.end] if num.end < hi else None
    return (
        after is None
        or after.kind == "other"
        or doc.m(num.end, "after_object") is not None
        or (doc.lex.code == "en" and doc.m(num.end, "continuation") is not None)
    )


def _participle_ok(doc: Doc, num: NumExpr, lo: int) -> bool:
    """ "displaced and 15 killed": a bare figure before a participle counts people when it
    stands in a list after other figures."""
    p = num.start - 1
    return (p >= lo and doc.tokens[p].text in ("and", "و", ",", "،")) or (
        doc.lex.code == "ar" and doc.tokens[num.start].text.startswith("و")
    )


def _noun_before(doc: Doc, num: NumExpr, lo: int) -> Head | None:
    """Arabic number words after their noun: "مدني واحد", "أطفالها الستة"."""
    if num.paren and num.start - 2 >= lo:
        for s in range(max(lo, num.start - 5), num.start - 1):
            m = doc.m(s, "noun")
            if m is not None and m[0] == num.start - 1 and doc.m(s, "others") is None:
                h = _extend_head(doc, Head(s, m[0], *m[1].payload[:3]))
                comb = next(
                    (cs for cs in range(max(lo, s - 3), s + 1) if doc.end_of(cs, "combined") == m[0]),
                    None,
                )
                if comb is not None:
                    h.start, h.group = comb, "all"
                return h
    if doc.lex.code != "ar" or not num.words or num.value > 10 or num.start - 1 < lo:
        return None
    for s in range(max(lo, num.start - 3), num.start):
        m = doc.m(s, "noun")
        glued_and = (
            m is not None and doc.tokens[s].text.startswith("و") and m[1].tokens[0] != doc.tokens[s].text
        )
        if (
            s - 1 >= lo
            and not glued_and  # "ثلاثة أطفال وامرأة واحدة": the next item of a list
            and (doc.m(s - 1, "partitive") is not None or doc.m(s - 1, "noun") is not None)
        ):
            continue  # "3 أشخاص من عائلة واحدة", "من أفراد أسرة واحدة": one family they came from
        if m is not None and m[0] == num.start and doc.m(s, "others") is None:
            unit, group, metric, _ = m[1].payload
            return Head(s, m[0], unit, group, metric)
    return None


# --------------------------------------------------------------------------------------
# numbers that are not counts


def _is_date_number(doc: Doc, num: NumExpr, dates: list[DateExpr], lo: int, hi: int) -> bool:
    for d in dates:
        if d.start <= num.start < d.end:
            return True
    t = doc.tokens
    # "10-17 حزيران", "between 1 and 15 December": a day borrowing the next date's month
    j = num.end
    if j + 1 < hi and doc.is_tok(j, "-", "و", "and", "to", "حتى", "إلى"):
        for d in dates:
            if d.start == j + 1 and d.day is not None:
                return True
    if j < hi and t[j].kind == "word" and doc.lex.code == "ar" and t[j].text.startswith("و"):
        for d in dates:
            if d.start == j and d.day is not None:
                return True
    # years: 1900-2100 in digits with no people noun after
    if (
        not num.words
        and 1900 <= num.value <= 2100
        and "," not in t[num.start].text
        and "." not in t[num.start].text
        and (num.end >= hi or (doc.m(num.end, "noun") is None and doc.m(num.end, "dual") is None))
        and (_qualifier_before(doc, num, lo) or ("", 0))[0] not in ("more_than", "at_least")
    ):
        return True  # but "الوفيات تجاوزت 2030", "at least 2014" are counts
    # clock times "4:17"
    if doc.is_tok(num.end, ":") and num.end + 1 < hi and t[num.end + 1].kind == "num":
        return True
    return bool(doc.is_tok(num.start - 1, ":") and num.start - 2 >= lo and t[num.start - 2].kind == "num")


def _not_a_count(doc: Doc, num: NumExpr, lo: int, hi: int, in_dates: frozenset[int] = frozenset()) -> bool:
    t = doc.tokens
    prev = num.start - 1
    if prev >= lo and t[prev].kind == "word" and t[prev].end == t[num.start].start and t[prev].text.isascii():
        return True  # part of a name: "M23 rebels", "F-16" is a plane, "COVID19"
    if prev >= lo and doc.m(prev, "currency") is not None:
        return True
    if doc.is_tok(num.end, "st", "nd", "rd", "th") and t[num.end].start == t[num.end - 1].end:
        return True  # an ordinal: "the group's 142nd monthly toll"
    if num.end < hi and (doc.m(num.end, "percent") is not None or doc.m(num.end, "currency") is not None):
        return True
    # a ratio: "1 in 10 returnees", "seven out of 10", "واحد من كل 10" (not "5 in 2 attacks")
    if doc.is_tok(num.end, "in", "out") or (doc.is_tok(num.end, "من") and doc.is_tok(num.end + 1, "كل")):
        k = num.end + (2 if doc.is_tok(num.end + 1, "of", "كل") else 1)
        if _ratio_base(doc, k, hi, num.value):
            return True
    if prev - 1 >= lo and (
        doc.is_tok(prev, "in", "كل") or (doc.is_tok(prev, "of") and doc.is_tok(prev - 1, "out"))
    ):
        k = prev - (2 if doc.is_tok(prev, "of", "كل") else 1)
        first = _figure_value(doc, k) if k >= lo else None
        if first is not None and first < num.value and doc.m(num.end, "nonpeople") is None:
            return True
    if num.words and num.value == 1 and num.end < hi and doc.m(num.end, "relative_pronoun") is not None:
        return True  # "including one that hit the children's hospital": a pronoun
    if num.value == 1 and prev >= lo and doc.m(prev, "partitive") is not None:
        return True  # "five members of one family": the family they came from, no count of families
    share = doc.m(prev, "percent") if prev >= lo else None
    if share is not None and share[0] >= num.end:
        return True  # "في المئة": the hundred of a percentage
    # ordinals before the figure: "الساعة الحادية عشرة", "اليوم الـ16", "No. 9", "day 16"
    p = prev
    while p >= lo and t[p].text in ("ال", "-", "."):
        p -= 1
    if p >= lo and p not in in_dates and doc.m(p, "ordinal") is not None and not _link_covers(doc, p, lo):
        return True
    # "الدفعة الـ24 من العائلات", "اليوم الـ16": a definite figure right after a noun of things
    if (
        doc.lex.code == "ar"
        and doc.is_tok(prev, "ال")
        and prev - 1 >= lo
        and t[prev - 1].kind == "word"
        and t[prev - 1].text.startswith("ال")
        and doc.m(prev - 1, "noun") is None
        and doc.ends_here(prev, "qual_before", max(lo, prev - 4)) is None
        and doc.ends_here(prev, "link", max(lo, prev - 4)) is None
        and doc.m(prev - 1, "trigger") is None
        and doc.m(prev - 1, "subject") is None
    ):
        return True
    # ages: "aged 10", "من العمر 10", "12-year-olds", "under 15", "aged 10 or 12"
    for s in range(max(lo, num.start - 5), num.start):
        a = doc.m(s, "age")
        if a is None:
            continue
        if a[0] >= num.start - 1 or (
            num.start - a[0] <= 3
            and all(
                doc.tokens[k].kind == "num" or doc.is_tok(k, "or", "to", "and", "-", "أو", "و", "إلى")
                for k in range(a[0], num.start)
            )
        ):
            return True
    return bool(doc.is_tok(num.end, "-") and doc.is_tok(num.end + 1, "year", "years"))


def _figure_value(doc: Doc, k: int) -> int | None:
    """The value of a one-token figure (digits or a number word) at ``k``."""
    tok = doc.tokens[k]
    if tok.kind == "num":
        digits = tok.text.replace(",", "")
        return int(digits) if digits.isdigit() else None
    m = doc.m(k, "num")
    return int(m[1].payload) if m is not None and m[0] == k + 1 else None


def _ratio_base(doc: Doc, k: int, hi: int, first: int) -> bool:
    """A larger figure at ``k`` that is no count of things: the base of "1 in 10"."""
    if k >= hi:
        return False
    base = _figure_value(doc, k)
    return base is not None and base > first and doc.m(k + 1, "nonpeople") is None


def _link_covers(doc: Doc, p: int, lo: int) -> bool:
    for s in range(max(lo, p - 2), p + 1):
        link = doc.m(s, "link")
        if link is not None and link[0] > p:
            return True
    return False


def _is_range(doc: Doc, num: NumExpr, nums_by_start: dict[int, NumExpr], lo: int) -> bool:
    """ "between 5,000 and 6,000", "ما بين 5 و6 آلاف", "5-6 آلاف", "بين 5000 إلى 6000": ranges
    are no claims ("ارتفع من 5 آلاف إلى 6 آلاف" is a change, and its second figure stands)."""

    def ranged(first: NumExpr, j: int) -> bool:
        if doc.is_tok(j, "-", "to"):
            return True
        b = doc.ends_here(first.start, "between", lo)
        if b is None:
            return False
        if doc.is_tok(j, "إلى", "حتى"):
            return not doc.is_tok(b[0], "من")
        return doc.is_tok(j, "and", "و", "or")

    if num.end + 1 in nums_by_start and ranged(num, num.end):
        return True
    # the second member of a range
    for s in range(max(lo, num.start - 8), num.start):
        other = nums_by_start.get(s)
        if other is not None and other.end + 1 == num.start and ranged(other, other.end):
            return True
    return False


# --------------------------------------------------------------------------------------
# the sentence


class Triggers(list[tuple[int, int, str]]):
    """The events named in a sentence, ``(start, end, metric)``, with look-ups by position."""

    def __init__(self, items: list[tuple[int, int, str]]) -> None:
        super().__init__(items)
        self._by_start: dict[int, list[tuple[int, int, str]]] = {}
        self._by_end: dict[int, list[tuple[int, int, str]]] = {}
        for tr in items:
            self._by_start.setdefault(tr[0], []).append(tr)
            self._by_end.setdefault(tr[1], []).append(tr)

    def starting(self, a: int, b: int) -> list[tuple[int, int, str]]:
        """Triggers starting at a token in ``[a, b]``, in text order."""
        return [tr for k in range(a, b + 1) for tr in self._by_start.get(k, ())]

    def ending(self, a: int, b: int) -> list[tuple[int, int, str]]:
        """Triggers ending at a token in ``[a, b]``, in text order."""
        return [tr for k in range(a, b + 1) for tr in self._by_end.get(k, ())]


def _triggers(doc: Doc, lo: int, hi: int) -> list[tuple[int, int, str]]:
    out: list[tuple[int, int, str]] = []
    # the death of a death sentence is no event: "sentenced to death", "حكم بالإعدام"
    sentenced: set[int] = set()
    for k in range(lo, hi):
        b = doc.m(k, "blocker")
        if b is not None and b[1].payload == "sentenced":
            sentenced.update(range(k, b[0]))
    i = lo
    while i < hi:
        if i in sentenced:
            i += 1
            continue
        m = doc.m(i, "trigger")
        thing = doc.m(i, "nonpeople") if m is not None else None
        if m is not None and thing is not None and thing[0] > m[0]:
            i = thing[0]  # "إعادة الإعمار" is rebuilding, not a return
        elif m is not None and m[0] <= hi:
            out.append((i, m[0], str(m[1].payload)))
            i = m[0]
        elif _toll_of_event(doc, i, hi):
            out.append((i, i + 2, "killed"))  # "حصيلة الزلزال", "حصيلة الشهر": the toll of an event
            i += 2
        else:
            i += 1
    # "killed or injured", "مقتل وجرح", "died or gone missing": two outcomes counted together are
    # no count of either
    for k in range(len(out) - 1):
        (s1, e1, m1), (s2, e2, m2) = out[k], out[k + 1]
        joined = (e1 + 1 == s2 and doc.m(e1, "either") is not None) or (
            e1 == s2 and doc.lex.code == "ar" and doc.tokens[s2].text.startswith("و")
        )
        event_like = doc.m(s1, "noun") is None or doc.m(s1, "event_noun") is not None
        # "لقي 14 طفلاً حتفهم وأصيب 22 آخرون", "ثلاثة أطفال قُتلوا وأُصيب طفلان": the first verb closes a count
        closes = _figure_between(doc, max(lo, s1 - 6), s1) and _opens_figure(doc, e2, hi)
        if (
            joined
            and event_like
            and not closes
            and {m1, m2} in ({"killed", "injured"}, {"killed", "missing"})
        ):
            out[k], out[k + 1] = (s1, e1, "casualties"), (s2, e2, "casualties")
    return out


def _toll_of_event(doc: Doc, i: int, hi: int) -> bool:
    """A toll noun before the name of an event or a time, not of people: "حصيلة الزلزال"."""
    if doc.m(i, "toll") is None or i + 1 >= hi or doc.tokens[i + 1].kind != "word":
        return False
    return not any(
        doc.m(i + 1, cat) is not None for cat in ("noun", "trigger", "num", "attr_marker", "report_verb")
    ) and doc.tokens[i + 1].text.startswith(("ال", "the"))


def _blocked(doc: Doc, c: Cand, lo: int, hi: int, left_lo: int) -> str | None:
    """A reason this figure is not one of ours (population, people in need, affected, feared)."""
    a = max(left_lo, c.lstart - 14)
    for s in range(a, c.lstart):
        m = doc.m(s, "blocker")
        if m is None or m[0] > c.lstart:
            continue
        kind = str(m[1].payload)
        if _figure_between(doc, m[0], c.lstart) and _commas(doc, m[0], c.lstart):
            continue  # "a pre-war population of 17,000, Russian shelling killed two men": another clause's figure
        if (
            kind == "hypothetical"
            and _commas(doc, m[0], c.lstart)
            and any(doc.m(k, "trigger") is not None for k in range(m[0], c.lstart))
        ):
            continue  # "31 عملية ومحاولة اغتيال، أسفرت أيضاً عن إصابة 14 شخصاً": the attempts are counted
        if kind == "household" and doc.lex.code == "ar" and not _of_glued(doc, c.num_start):
            continue  # "أم و3 أطفال" is a mother and three children; "أم لستة أطفال" a family's size
        if (kind in ("survived", "rate", "aboard", "household", "base") and s < c.lstart - 3) or (
            kind != "population" and s < c.lstart - 8
        ):
            continue  # rates only just before the figure ("يومياً نحو 300 عائلة")
        if (
            kind == "need"
            and c.head is not None
            and c.head.metric in ("killed", "injured", "missing", "detained")
        ):
            continue  # "قرب مراكز التوزيع ... إلى أكثر من 100 شهيد": the dead are in need of nothing
        if kind == "aboard" and c.head is not None and c.head.metric in ("displaced", "returned"):
            continue  # "قافلة العودة وعلى متنها 330 نازحاً": passengers named as displaced people
        if kind == "aboard" and any(
            (tr := doc.m(k, "trigger")) is not None
            and tr[1].payload in ("returned", "displaced")
            and tr[0] <= s
            for k in range(max(left_lo, s - 5), s)
        ):
            continue  # "قافلة عودة طوعية جديدة تقل 187 أسرة": a convoy of returns carries returnees
        if left_lo > lo and s <= left_lo + 3 and kind in ("affected", "need", "population"):
            continue  # "3.7 million people have been affected and 190,000 displaced": the first's verb
        if kind == "population" and c.head is not None and c.head.metric is not None:
            continue  # "يعيش في المخيمات مليون نازح": people already called displaced
        if kind == "affected" and s - 1 >= lo and doc.m(s - 1, "affected_ok") is not None:
            continue
        if kind == "affected" and c.head is not None and c.head.metric is not None and c.head.start > s:
            continue
        return kind
    e = _past_part_words(doc, c)
    for s in range(e, min(hi, e + 7)):
        if (
            doc.lex.code == "ar"
            and s < e + 3
            and doc.tokens[s].text == "قد"
            and s + 1 < hi
            and doc.tokens[s + 1].text[:1] in ("ي", "ت", "ن")
        ):
            return "hypothetical"  # "800 ألف شخص قد ينزحون": may flee
        m = doc.m(s, "blocker")
        if m is None:
            continue
        kind = str(m[1].payload)
        if kind == "population" and c.head is not None and c.head.metric is not None:
            continue
        if kind == "population" and s - 1 >= e and doc.m(s - 1, "partitive") is not None:
            continue  # "مدنيان من سكان القرية": who they are, not how many live there
        if kind == "need" and c.metric == "injured":
            continue  # "أصيب 2,400 آخرون تلقى معظمهم العلاج": the wounded are treated, not aided
        if (
            (kind == "rate" and s < e + 5 and not doc.is_tok(s - 1, "in", "within"))  # not "in a week"
            or (
                kind == "survived"
                and s < e + 4
                and not _number_between(doc, e, s)
                and not _commas(doc, e, s)
                and (c.head is None or c.head.metric != "killed")  # not "ألفي قتيل والبحث مستمر عن ناجين"
            )
            or (kind in ("population", "need") and s < e + 2 and not _commas(doc, e, s))
            # "16.7 مليون شخص داخل سوريا ما زالوا بحاجة": the need is their predicate
            or (
                kind == "need"
                and s < e + 5
                and not _commas(doc, e, s)
                and not _figure_between(doc, e, s)
                and not any(doc.m(k, "trigger") is not None for k in range(e, s))
            )
            or (
                kind == "hypothetical"
                and s < e + (5 if doc.lex.code == "en" else 3)
                and not _number_between(doc, e, s)
                and not _commas(doc, e, s)  # "..., including seven children, will be counted"
            )
            or (kind == "affected" and _affected_predicate(doc, e, s))
        ):
            return kind
    return None


def _home_bound(doc: Doc, c: Cand, hi: int) -> bool:
    """The counted people are nationals of a country their clause takes them to: "عبر 40 ألف
    سوري من تركيا إلى الشمال السوري", "900 Iraqi nationals left the camp for Iraq"."""
    assert c.head is not None
    if _bound_for_origin(doc, c, hi):
        return True
    country = None
    for k in range(c.num_end, min(hi, max(c.end, c.head.end) + 1)):
        nat = doc.m(k, "nationality")
        if nat is not None:
            country = nat[1].payload
            break
    if country is None:
        return False
    k, depth = max(c.end, c.head.end), 0
    while k < min(hi, c.end + 20):
        w = doc.m(k, "window")
        if w is not None:
            k = w[0]  # "غادروا خلال الـ24 ساعة الماضية إلى سورية": a time, not another figure
            continue
        text = doc.tokens[k].text
        depth += (text == "(") - (text == ")")
        if depth == 0 and (text in ("،", ",", ";", "؛") or doc.tokens[k].kind == "num"):
            return False
        dest = doc.m(k, "destination") if depth == 0 else None
        if dest is not None:
            return any(
                (nat := doc.m(j, "nationality")) is not None and nat[1].payload == country
                for j in range(dest[0], min(hi, dest[0] + 3))
            )
        k += 1
    return False


def _is_base(doc: Doc, c: Cand) -> bool:
    """The figure a part is drawn from: "(28,000) of the 36,000 people ..."."""
    return doc.is_tok(c.lstart - 1, "of") or (
        doc.is_tok(c.lstart - 1, "the") and doc.is_tok(c.lstart - 2, "of")
    )


def _bound_for_origin(doc: Doc, c: Cand, hi: int) -> bool:
    """ "غادرت 520 عائلة المخيم باتجاه مناطقها الأصلية", "left the camp for their areas of origin":
    people taken to where they came from are returning (not the base of a part: "28,000 of the
    36,000 people who had been displaced had gone back to their places of origin")."""
    if _is_base(doc, c):
        return False
    for k in range(max(c.end, c.num_end), min(hi, c.end + 12)):
        if doc.tokens[k].text in ("،", ",", ";", "؛"):
            return False
        dest = doc.m(k, "destination")
        if dest is not None:
            for j in range(dest[0], min(hi, dest[0] + 3)):
                tr = doc.m(j, "trigger")
                if tr is not None and tr[1].payload == "returned":
                    return True
    return False


def _of_glued(doc: Doc, i: int) -> bool:
    """The figure at ``i`` carries the preposition "ل" ("لستة", "لـ 6")."""
    return doc.tokens[i].text.startswith("ل") or doc.is_tok(i - 1, "ل")


def _adjacent_blocker(doc: Doc, c: Cand, lo: int) -> bool:
    """A reason for no claim standing just before the figure ("UNHCR assisted 1.9 million")."""
    return any(
        doc.m(s, "blocker") is not None and doc.end_of(s, "blocker") >= c.lstart - 1
        for s in range(max(lo, c.lstart - 3), c.lstart)
    )


def _affected_predicate(doc: Doc, e: int, s: int) -> bool:
    """ "780,000 people were affected", "1000 شخص متضرر": the figure's own predicate (not "53
    people in affected areas")."""
    if doc.lex.code == "en":
        return s - 1 >= e and s < e + 4 and doc.tokens[s - 1].text in ("are", "were", "been", "is", "was")
    return s == e


def _qualifier_before(doc: Doc, num: NumExpr, lo: int) -> tuple[str, int] | None:
    i = num.start
    t = doc.tokens
    # fillers between a qualifier and its figure: "حوالي الـ 3950", "ما يقارب282.544"
    for gap in range(0, 3):
        j = i - gap
        if j <= lo and gap:
            break
        if gap and t[j].text not in ("ال", ":", "-", "(", "ب"):
            break
        q = doc.ends_here(j, "qual_before", lo)
        if q is not None:
            return str(q[1].payload), q[0]
    return None


def _qualifier_after(doc: Doc, c: Cand, hi: int, triggers: Triggers) -> str | None:
    points = [c.num_end, c.end]
    for _s, e, _m in triggers.starting(c.end, c.end + 2):
        points.append(e)
    for p in points:
        for q in (p, p + 1):
            if q >= hi:
                continue
            m = doc.m(q, "qual_after")
            if m is not None and not _opens_figure(doc, m[0], hi):
                return str(m[1].payload)  # (not "killed two men and injured at least 16")
    return None


def _subject_head(doc: Doc, num: NumExpr, lstart: int, lo: int, stop: int) -> Head | None:
    """ "بلغ عدد النازحين 65452", "the number of dead ... climbed to 4,500": a subject noun
    to the left, joined to the figure by a subject marker or a linking verb."""
    rose_to = doc.m(lstart - 1, "link") is not None and doc.is_tok(lstart - 1, "إلى", "to")
    a = max(lo, stop, lstart - (30 if rose_to else 18))  # "The death toll from … (SDF) … has risen to 71"
    crossed = False
    skip_to = len(doc.tokens)
    for s in range(lstart - 1, a - 1, -1):
        if s >= skip_to:
            continue
        if doc.is_tok(s, ")"):
            # "the number of internally displaced persons (IDPs) across Gaza is": a name in brackets
            op = next((k for k in range(s - 1, max(a, s - 5) - 1, -1) if doc.is_tok(k, "(")), None)
            if op is not None and not _figure_between(doc, op, s):
                skip_to = op
                continue
        tr = doc.m(s, "trigger") if crossed else None
        if tr is not None and doc.m(s, "noun") is None and _opens_figure(doc, tr[0], lstart):
            break  # "ارتقاء خمسة من عناصره، ليرتفع عدد شهدائه ... إلى 99": another event's figure
        if doc.tokens[s].text in ("،", ",", "(", ")") and not (
            doc.tokens[s - 1].kind == "num" and s + 1 < lstart and doc.tokens[s + 1].kind == "num"
        ):
            if rose_to:
                crossed = True
                continue  # "ارتفعت حصيلة القتلى ...، منذ الأحد الماضي، إلى 54 شخصاً"
            break  # (not the comma of a date: "since Oct. 8, 2023 rose to 1,873")
        head = _noun_at(doc, s)
        if head is None or head.others:
            continue
        if head.end > lstart:
            continue
        # group adjective or group noun just after ("الضحايا المدنيين")
        between = range(head.end, lstart)
        linked = (
            any(doc.m(k, "link") is not None for k in between)
            or head.end == lstart
            or (lstart < num.start and doc.m(lstart, "qual_verb") is not None)  # "الوفيات ... تجاوزت 2030"
        )
        marked = (
            doc.ends_here(s, "subject", max(lo, s - 3)) is not None
            or (s - 1 >= lo and doc.m(s - 1, "subject") is not None)
            or doc.m(s, "subject") is not None
            # "the number of UNRWA staff killed": a modifier between the marker and the noun
            or (_is_plain_word(doc, s - 1) and doc.ends_here(s - 1, "subject", max(lo, s - 4)) is not None)
        )
        if lstart - head.end > 10 and not marked:
            continue  # far from its figure, only "عدد"/"the number of" ties a noun to it
        if (linked or marked) and (head.metric is not None or marked):
            rel = doc.m(head.end, "relative_pronoun")
            what = doc.m(rel[0], "trigger") if rel is not None else None
            if what is not None and head.metric in (None, "displaced"):
                head.metric = str(what[1].payload)  # "عدد اللاجئين الذين قضوا": refugees who died
            if head.metric is None:
                # "عدد النازحين": the noun after the marker may be a trigger noun; "the number
                # of people killed": or a participle may follow it
                after = head.end + (1 if doc.m(head.end, "relative_pronoun") is not None else 0)
                tr = doc.m(s, "trigger") or doc.m(after, "trigger")
                head.metric = str(tr[1].payload) if tr is not None else None
            if head.metric is None:
                continue
            return head
    return None


def _anaphor_ok(doc: Doc, c: Cand, lo: int, earlier: list[Cand]) -> str | None:
    """Why a figure without a noun may take its meaning from a figure before it."""
    i = c.lstart
    t = doc.tokens
    for gap in range(0, 3):
        j = i - gap
        if gap and (j < lo or t[j].text not in (":", "،", ",", "(", "-")):
            break
        if doc.ends_here(j, "subset_before", lo) is not None:
            return "subset"
        if doc.ends_here(j, "breakdown", lo) is not None:
            return "breakdown"
        if doc.ends_here(j, "restate", lo) is not None:
            return "restate"
        if doc.ends_here(j, "comparison", lo) is not None:
            return "compare"  # "مقارنة بـ 38 ألفاً خلال العام الماضي"
        if doc.ends_here(j, "responsible", lo) is not None:
            return "subset"  # "كانت قوات النظام مسؤولة عن 81 حالة": its share of the toll before
    if doc.m(c.num_end, "subset_after") is not None:
        return "subset_after"
    if _pre_subset(doc, c, lo):
        return "subset"  # "Of the wounded, some 200 were in critical condition"
    if earlier and doc.is_tok(i - 1, ":") and earlier[-1].head is not None and earlier[-1].value > c.value:
        return "subset"  # "had killed 5,814 people across Syria, according to …: 4,191 in the north-west"
    if c.paren and _distributed(doc, c, lo) is not None:
        return "subset"  # "وتوزعت الوفيات على محافظات حلب (٣٧١) واللاذقية (٢٩٨)"
    p = i - 1
    while p >= lo and t[p].text in ("the", "ال"):
        p -= 1
    if p >= lo and doc.m(p, "others") is not None:
        return "breakdown"
    # "منهم 2226 في مناطق النظام ... و4521 في مناطق المعارضة": the next part of a breakdown
    if p >= lo and t[p].text in ("و", "and") and any(c2.subset for c2 in earlier):
        return "breakdown"
    if earlier and _next_place(doc, i, lo, earlier[-1]):
        return "breakdown"  # "بلغ عدد الوفيات في محافظة اللاذقية 591، وفي حماة 226"
    # "مسؤولة عن 81 حالة، وقوات سوريا الديمقراطية عن 72": the next party's share
    if earlier and (earlier[-1].subset or earlier[-1].breakdown) and p >= lo:
        for k in range(lo, earlier[-1].lstart):
            r = doc.m(k, "responsible")
            if r is not None and r[0] <= earlier[-1].lstart and t[r[0] - 1].text == t[p].text:
                return "breakdown"
    return None


def _next_place(doc: Doc, i: int, lo: int, before: Cand) -> bool:
    """The figure at ``i`` follows "وفي <place>"/"and in <place>", the figure before it followed
    "في"/"in" too: the next place of a breakdown by place."""
    k = i - 1
    while k >= lo and k > i - 6 and doc.place_at(k) is None and doc.m(k, "place_word") is None:
        k -= 1
    while k - 1 >= lo and (doc.place_at(k - 1) is not None or doc.m(k - 1, "place_word") is not None):
        k -= 1
    if k <= i - 6 or k - 1 < lo:
        return False
    joined = doc.is_tok(k - 1, "وفي") or (doc.is_tok(k - 1, "في", "in") and doc.is_tok(k - 2, "و", "and"))
    return joined and any(
        doc.is_tok(j, "في", "وفي", "in") for j in range(max(lo, before.lstart - 6), before.lstart)
    )


def process_sentence(doc: Doc, sent: Sentence, prev: list[Cand]) -> list[Cand]:
    lo, hi = sent.start, sent.end
    t = doc.tokens
    nums_local, _vague, dates_local = doc.scan(sent)
    nums = [NumExpr(n.start + lo, n.end + lo, n.value, n.words) for n in nums_local]
    for n in nums:
        q = _qualifier_before(doc, n, lo)
        n.paren = doc.is_tok((q[1] if q is not None else n.start) - 1, "(")  # "(about 240 households)"
    dates = [replace(d, start=d.start + lo, end=d.end + lo) for d in dates_local]
    in_dates = frozenset(k for d in dates for k in range(d.start, d.end))
    # "since October 7 to 72,889": the day of a date is no end of a range
    counts_by_start = {n.start: n for n in nums if n.start not in in_dates}
    triggers = _triggers(doc, lo, hi)
    cands: list[Cand] = []
    claimed_heads: set[int] = set()
    range_ends: set[int] = set()
    things: set[int] = set()  # figures that count things, not people
    for k, num in enumerate(nums):
        q = _qualifier_before(doc, num, lo)
        left = q[1] if q is not None else num.start
        if doc.ends_here(left, "range_marker", max(lo, left - 4)) is not None and k + 1 < len(nums):
            range_ends.update((num.start, nums[k + 1].start))
    for num in nums:
        if num.start in range_ends:
            continue
        if num.words and num.value == 2 and num.start > lo and doc.m(num.start - 1, "dual") is not None:
            continue  # "مقاتلان اثنان": the dual counts them, the number only repeats it
        if (
            _is_date_number(doc, num, dates, lo, hi)
            or _not_a_count(doc, num, lo, hi, in_dates)
            or _is_range(doc, num, counts_by_start, lo)
        ):
            continue
        head, post_q, post_subset = find_head(doc, num, hi)
        if doc.lex.code == "ar" and num.words and num.value in (1, 2) and num.end == num.start + 1:
            # one and two are adjectives that follow their noun ("مقتل جندي واحد وإصابة 12",
            # "اغتالوا مدنيين اثنين من أبناء طفس"), where three to ten stand before it
            nb = _noun_before(doc, num, lo)
            if nb is not None and nb.end == num.start:
                head = nb
        if head is not None and head.unit == "":
            things.add(num.start)
            continue  # counts villages, tents, hours...
        if head is None:
            head = _noun_before(doc, num, lo)
            if head is None and num.words and t[num.start].text.startswith("ال"):
                q0 = _qualifier_before(doc, num, lo)
                if (
                    _subject_head(doc, num, q0[1] if q0 else num.start, lo, cands[-1].end if cands else lo)
                    is None
                ):
                    continue  # "الاثنين" is Monday; "عدد الجرحى تجاوز السبعين" is seventy
        v = num.end
        if doc.is_tok(v, "("):  # "245,901 (42,312 families) have returned": the verb after the bracket
            close = next((k for k in range(v + 1, min(hi, v + 8)) if doc.tokens[k].text == ")"), None)
            if close is not None:
                v = close + 1
        if doc.lex.code == "en" and v < hi and doc.m(v, "relative_pronoun") is not None:
            v += 1  # "the 86,000 who had fled there"
        while (
            v < hi
            and doc.lex.code == "en"
            and t[v].text
            in ("were", "was", "are", "have", "had", "been", "others", "still", "now", "already")
        ):
            v += 1
        joined = _participle_ok(doc, num, lo)
        if (
            head is None
            and v < hi
            and doc.m(v, "trigger") is not None
            and doc.m(v, "noun") is None
            and (joined or doc.lex.code == "en")
        ):
            tr = doc.m(v, "trigger")
            assert tr is not None
            # "two aid workers were killed and three were wounded": the same people
            prev_head = cands[-1].head if joined and cands and cands[-1].head is not None else None
            unit, group = (prev_head.unit, prev_head.group) if prev_head else ("individuals", "all")
            if prev_head is None:
                group = _named_after_verb(doc, tr[0], hi) or group  # "The other 147 killed were combatants"
            head = Head(num.end, num.end, unit, group, str(tr[1].payload))
        if (
            head is None
            and doc.lex.code == "en"
            and doc.is_tok(num.end, "were", "was")
            and cands
            and cands[-1].subset
        ):
            named = _named_after_verb(doc, num.end, hi)
            if named is not None:
                # "61 of the dead were members of Iran-backed groups, 27 were foreign fighters"
                head = Head(num.end, num.end, "individuals", named, None)
        if head is None and _object_of_verb(doc, num, lo, hi):
            # "displaced over 180,000, HRW said", "injuring some 1,500 more"
            head = Head(num.end, num.end, "individuals", "all", None)
        q = _qualifier_before(doc, num, lo)
        lstart = q[1] if q is not None else num.start
        if head is not None and head.start < head.end <= num.start == lstart:
            lstart = head.start  # "وامرأة واحدة": the figure starts at its noun
        c = Cand(num.start, num.end, num.value, head, sent.index, lstart, paren=num.paren)
        if q is not None:
            c.qualifier, c.qual_before = q[0], True
        if post_q is not None and q is None:
            c.qualifier = post_q
        if post_subset:
            c.subset = True
        if head is None:
            why = _anaphor_ok(doc, c, lo, cands)
            before_it = [n.start for n in nums if n.end <= num.start]
            if why in ("subset", "subset_after") and before_it and max(before_it) in things:
                continue  # "عثرت على 93 مقبرة، جرى فتح 53 منها": a part of things
            if why is not None:
                c.anaphoric = True
                c.breakdown = why == "breakdown"
                if why in ("subset", "subset_after"):
                    c.subset = True
            else:
                stop = cands[-1].end if cands else lo
                sh = _subject_head(doc, num, lstart, lo, stop)
                if sh is None:
                    continue
                c.head = Head(sh.start, sh.start, sh.unit, sh.group, sh.metric)  # noun lies to the left
        if c.head is not None:
            claimed_heads.add(c.head.start)
        cands.append(c)
    # duals with no figure before them: "طفلان", "امرأتين"
    for i in range(lo, hi):
        d = doc.m(i, "dual")
        if d is None or i in claimed_heads:
            continue
        if any(c.num_start <= i < c.end for c in cands):
            continue
        unit, group, metric, count = d[1].payload
        head = Head(i, d[0], unit, group, metric, count=count)
        end = d[0]
        two = doc.m(end, "num")
        adj = doc.m(end, "dual")
        if two is not None and int(two[1].payload) == 2:
            head.end = two[0]
        elif adj is not None and not doc.tokens[end].text.startswith("و"):
            # "طفلان سوريان", "شخصان مدنيان": a dual adjective agrees with the dual noun
            unit2, group2, metric2, _ = adj[1].payload
            if head.group == "all":
                head.group = group2
            head.metric = head.metric or metric2
            head.end = adj[0]
        else:
            head = _extend_head(doc, head)  # "شخصان من متطوعي الغرفة"
        c = Cand(i, i, 2, head, sent.index, i)
        q = _qualifier_before(doc, NumExpr(i, d[0], 2, True), lo)
        if q is not None:
            c.qualifier, c.qual_before, c.lstart = q[0], True, q[1]
        cands.append(c)
    cands.sort(key=lambda c: c.lstart)
    for k, c in enumerate(cands):
        a = max(lo, cands[k - 1].end if k else lo, c.lstart - 8)
        c.total = any(doc.m(i, "total") is not None for i in range(a, c.lstart)) or any(
            doc.m(i, "total") is not None for i in range(c.end, min(hi, c.end + 3))
        )
    if doc.lex.code == "en":
        # "two aid workers were killed and three were wounded": "killed" is the verb of the first
        ends: set[int] = set()
        for k, c in enumerate(cands[1:], start=1):
            ends.add(cands[k - 1].end)
            c.taken = frozenset(
                s for s, _e, _m in triggers if s < c.lstart and any(s - d in ends for d in range(4))
            )
    else:
        # "3700 طفل قُتلوا وأكثر من 6500 آخرين أصيبوا": a verb right after the people before is theirs
        ends = set()
        for k, c in enumerate(cands[1:], start=1):
            ends.add(cands[k - 1].end)
            c.taken = frozenset(
                s
                for s, _e, _m in triggers
                if s < c.lstart and s in ends and doc.m(s, "noun") is None and not t[s].text.startswith("و")
            )
    in_heads = {k for c in cands if c.head is not None for k in range(c.head.start, c.head.end)}
    vague_edges = {a + lo for a, _b in _vague}, {b + lo for _a, b in _vague}
    triggers = Triggers(
        [
            tr
            for tr in triggers
            if tr[0] not in in_heads and tr[1] not in vague_edges[0] and tr[0] not in vague_edges[1]
        ]
    )
    _resolve_sentence(doc, sent, cands, triggers, prev, (nums, dates))
    kept = [c for c in cands if c.metric is not None]
    for a_, b_ in zip(kept, kept[1:], strict=False):
        if _joined(doc, a_, b_):
            b_.joined_to = a_
    return kept


def _resolve_sentence(
    doc: Doc,
    sent: Sentence,
    cands: list[Cand],
    triggers: Triggers,
    prev: list[Cand],
    scanned: tuple[list[NumExpr], list[DateExpr]],
) -> None:
    lo, hi = sent.start, sent.end
    nums, dates = scanned
    # subsets, lists, parentheses and anaphora
    for k, c in enumerate(cands):
        before = cands[:k]
        last = before[-1] if before else (prev[-1] if prev else None)
        pre_marker = _pre_subset(doc, c, lo)
        if pre_marker and last is not None:
            c.subset = True
        c.among = _among(doc, c, lo)
        if c.among is None and c.head is None and c.paren:
            c.among = _distributed(doc, c, lo)
            if c.among is not None:
                # the parts of a total spread over places: the first total of that metric named
                totals = [p for p in prev if not p.subset and p.metric == c.among] + [
                    p
                    for p in before
                    if not p.subset and p.head is not None and p.head.metric in (None, c.among)
                ]  # (the metrics of this sentence's figures are not known yet)
                c.parent = totals[0] if totals else None
        if c.among is not None and last is not None:
            c.subset = True
        marker = _included(doc, c, lo) if c.among is None else None
        if marker is not None:
            toll = any(doc.m(k, "toll") is not None for k in range(*marker))
            total = _referred_total(before or prev, "killed" if toll else None)
            if total is not None:
                c.subset, c.parent, c.among = True, total, total.metric or ""
        if c.paren and before and _paren_follows(doc, before[-1], c):
            p = before[-1]
            if c.head is None or c.head.unit != p.head_unit():  # type: ignore[attr-defined]
                c.restates = p
            elif c.head.group != p.head.group if p.head else False:
                c.subset = True
            else:
                c.restates = p
            if c.head is None and c.value < p.value:
                c.subset = True
                c.restates = None
        elif (
            doc.ends_here(c.lstart, "restate", max(lo, c.lstart - 4)) is not None
            and before
            and (c.head is None or (before[-1].head and c.head.unit != before[-1].head.unit))
        ):
            c.restates = before[-1]
        # list continuation: "بينهم 33 طفلا و25 امرأة", "including 23 children and 13 women"
        if (
            not c.subset
            and before
            and before[-1].subset
            and (
                _joined(doc, before[-1], c)
                or _joined_past_origin(doc, before[-1], c)
                # "That figure covers 1,400 IDPs who had been staying in shelters ..., as well as 2,000"
                or (before[-1].among is not None and doc.ends_here(c.lstart, "list_joiner", lo) is not None)
            )
            and c.head is not None
            and not c.head.others
            and c.head.metric is None
            and not _adjacent_trigger(doc, c, triggers)
        ):
            c.subset = True
            c.sibling = before[-1]
            if before[-1].among is not None and before[-1].parent is not None:
                c.among = before[-1].among  # the list of parts a "that figure covers" opened goes on
        elif (
            not c.subset
            and before
            and before[-1].subset
            and _resumes_list(doc, before[-1], c)
            and c.head is not None
            and not c.head.others
            and c.head.metric is None
            and c.head.group != "all"
            and not _adjacent_trigger(doc, c, triggers)
        ):
            c.subset = True  # "منهم 21 مدنياً أُعدموا ميدانياً، و18 من مقاتلي العشائر": the list goes on
        # post-posed "among them" after a list: mark the whole list
        if c.subset and doc.m(c.end, "subset_after") is not None and doc.lex.code == "en":
            j = k - 1
            while j >= 0 and _joined(doc, cands[j], cands[j + 1]) and not cands[j].subset:
                if _total_of_list(cands[j], cands[j + 1 : k + 1]):
                    break  # "82 civilians, 11 women and 13 children among them": 82 is their total
                cands[j].subset = True
                cands[j + 1].sibling = cands[j]
                j -= 1
        if doc.lex.code == "ar" and doc.m(c.num_end, "subset_after") is not None:
            c.subset = True
    if doc.lex.code == "en":
        for k, c in enumerate(cands[1:], start=1):
            p = cands[k - 1]
            if (
                doc.is_tok(p.lstart - 2, "of")
                and doc.is_tok(p.lstart - 1, "the")
                and c.value < p.value
                and any(doc.tokens[x].text == "," for x in range(p.end, c.lstart))
            ):
                c.subset, c.parent = True, p
    for k, c in enumerate(cands):
        before = cands[:k]
        if c.subset and c.parent is None:
            base = _base_after(doc, c)
            if base is not None:
                c.parent = next((b for b in cands if b.num_start == base and b is not c), None)
            elif c.sibling is not None and c.sibling.parent is not None and c.sibling.parent is not c:
                c.parent = c.sibling.parent
            elif c.sibling is not None and c.sibling.among:
                c.among = c.sibling.among  # the list of a part whose total is out of reach
            else:
                want = (
                    _adjacent_trigger(doc, c, triggers)
                    or _predicate_trigger(doc, c, triggers, hi)
                    or c.among
                    or (c.head.metric if c.head is not None else None)  # "62 of those killed were ..."
                    or _named_before_marker(doc, c, lo)
                    or None
                )
                pool = [b for b in before if b is not c.sibling]
                c.parent = _find_parent(c, pool, prev, want, not_women=_masculine_anaphor(doc, c))
            up = c.parent
            if (
                up is not None
                and c.head is not None
                and up.head is not None
                and (
                    c.head.group == up.head.group != "all"
                    or (c.head.group != "all" and not group_contains(up.head.group, c.head.group))
                )
                and _after_joiner(doc, c)
                and not _pre_subset(doc, c, lo)
            ):
                # "19 مدنياً بينهم 6 أطفال …، و7 مدنيين", "25 مدنياً بينهم 6 أطفال، و45 من مقاتلي
                # العشائر": an item beside the 19 (or 25), not among them
                c.parent = up.parent
            if c.parent is None:
                c.subset = False
        if c.restates is not None and c.head is None:
            c.head = c.restates.head
        if c.anaphoric and c.head is None:
            if c.parent is None and not before and _uncounted_total(doc, c, nums, dates, lo, hi):
                continue  # "عدد اللاجئين 1.5 مليون، بينهم 805 آلاف": parts of a figure that is no claim
            src = c.parent or (before[-1] if before else (prev[-1] if prev else None))
            if src is None or src.head is None:
                continue
            c.head = Head(c.num_start, c.num_start, src.head.unit, src.head.group, src.metric)
            if not c.subset and c.breakdown and src is not None:
                # a sibling: "633 منهم ... مقابل 715": same parent as the figure before
                par = src.parent
                while par is not None and par.value < c.value:
                    par = par.parent
                if par is not None:
                    c.parent, c.subset = par, True
                    c.head.metric = par.metric
        # the metric: a restatement ("(425438 نسمة)") says what its figure says
        if c.restates is not None and c.restates.metric is None:
            c.metric = None
            continue
        if (
            c.restates is not None
            and c.restates.metric is not None
            # "عودة 2350 أسرة نازحة (11740 فرداً)": a word before the bracket describes the first figure
            and (c.paren or not _adjacent_trigger(doc, c, triggers))
        ):
            c.metric = c.restates.metric
        else:
            c.metric = _metric(doc, c, triggers, lo, hi)
        if c.metric is None and before and before[-1].metric and c.head is not None and _after_joiner(doc, c):
            # "مقتل 58 عنصراً …، إضافة إلى 24 مقاتلاً": the next item of a list shares its event
            c.metric = before[-1].metric
        # "the return of 38,300 refugees and 223,600 IDPs": one event over a list of people
        if (
            before
            and not c.subset
            and not before[-1].subset
            and _joined(doc, before[-1], c)
            and before[-1].metric == "returned"
            and c.metric == "displaced"
            and c.head is not None
            and c.head.metric == "displaced"
            and _adjacent_trigger(doc, before[-1], triggers) == "returned"
            and not _adjacent_trigger(doc, c, triggers)
            and not _predicate_trigger(doc, c, triggers, hi)
        ):
            c.metric = "returned"
        # "وأصيب 75 آخرين": the same people as the figure just before, unless a part intervenes (after
        # "بينهم 6 أطفال" the development gold keeps "all")
        if (
            c.head is not None
            and c.head.others
            and c.metric is not None
            and before
            and not before[-1].subset
            and before[-1].head is not None
            and c.lstart - before[-1].end <= 8
        ):
            c.head.group = before[-1].head.group
        elif (
            c.head is not None
            and (
                c.head.metric is not None or c.head.start == c.head.end
            )  # "killed 47 civilians and injured 190"
            and c.head.group == "all"
            and not c.subset
        ):
            # "eight civilian deaths … as well as six injuries", "108 civilians were killed and 496
            # injured": the second toll of the same attacks counts the same people
            top = next((b for b in reversed(before) if not b.subset), None)
            told_by_verb = top is not None and top.head is not None and top.head.metric is None
            # after a toll told by its verb, only an elided participle ("and 496 injured") repeats its people
            elided = c.head.start == c.head.end or doc.tokens[c.head.start].text.endswith("ed")
            tolls = (
                {top.head.metric or top.metric, c.head.metric or c.metric}
                if top is not None and top.head is not None and (elided or not told_by_verb)
                else set()
            )
            if (
                top is not None
                and top.head is not None
                and tolls == {"killed", "injured"}
                and top.head.group != "all"
                and top.head.start > top.num_start  # the noun follows its figure, as here
                and c.lstart - top.end <= 20
                and (
                    _after_joiner(doc, c)
                    or (c.head.start == c.head.end and _verb_after_joiner(doc, c.lstart - 1))
                )
            ):
                c.head.group = top.head.group
        if c.subset and c.parent is not None:
            if (
                c.head is not None
                and c.head.start == c.head.end == c.num_end  # a bare participle after the figure
                and c.head.metric is not None
                and c.head.group == "all"
                and c.parent.head is not None
            ):
                c.head.group = c.parent.head.group  # "23 of its staff, including seven detained": staff too
            own = (
                _adjacent_trigger(doc, c, triggers)
                or _predicate_trigger(doc, c, triggers, hi)
                or (c.head.metric if c.head is not None else None)
                or c.among
            )
            if own == "displaced" and c.parent.metric == "returned":
                own = "returned"  # "returned, including 560,000 refugees and 1.4 million who had been displaced"
            c.metric = own or c.parent.metric
            if c.head is not None and c.parent.head is not None and c.head.unit != c.parent.head.unit:
                c.subset = False
                c.restates = c.parent
                c.parent = None
        if c.restates is not None and c.metric is None:
            c.metric = c.restates.metric
        if (
            c.metric in (None, "displaced")
            and c.head is not None
            and c.head.metric in (None, "displaced")
            and not c.subset
            and _home_bound(doc, c, hi)
        ):
            c.metric = "returned"  # "غادرت 187 عائلة عراقية المخيم باتجاه الأراضي العراقية"
        if c.metric == "casualties":
            c.metric = None
        if c.metric is None:
            continue
        why = _blocked(doc, c, lo, hi, before[-1].end if before else lo)
        if why is not None and c.subset and c.parent is not None and c.parent.metric:
            # a part keeps its total's meaning unless its own verb says otherwise ("assisted 1.9 million of
            # them", "اثنين من المعتقلين أفرج عنهما")
            why = why if why in ("survived", "hypothetical") or _adjacent_blocker(doc, c, lo) else None
        if why is not None:
            c.metric = None
            continue
        if (
            c.restates is not None
            and not c.qual_before
            and c.restates.qualifier != "exact"
            and c.qualifier == "exact"
        ):
            c.qualifier = c.restates.qualifier
        if c.qualifier == "exact":
            qa = _qualifier_after(doc, c, hi, triggers)
            if qa is not None:
                c.qualifier = qa
        if c.qualifier == "exact":
            c.qualifier = _qualifying_verb(doc, c, before, lo) or "exact"
        # "at least 7,600 injured people and 4,300 deaths": a shared qualifier
        if (
            c.qualifier == "exact"
            and before
            and before[-1].qual_before
            and not c.subset
            and not before[-1].subset
            and (_joined(doc, before[-1], c) or _parallel_verbs(doc, before[-1], c))
            and before[-1].metric is not None
        ):
            c.qualifier = before[-1].qualifier
    _among_after_list(doc, cands, prev)


def _among_after_list(doc: Doc, cands: list[Cand], prev: list[Cand]) -> None:
    """ "..., including 127 children and 261 women among those killed": the people named after
    the list say what befell all its items, and which total they are part of."""
    for k, c in enumerate(cands):
        if c.metric is None or not c.subset or doc.m(c.end, "among") is None:
            continue
        items = [c]
        j = k - 1
        while j >= 0 and cands[j].subset and _joined(doc, cands[j], items[-1]):
            items.append(cands[j])
            j -= 1
        for item in items:
            item.metric = c.metric
            if item.parent is not None and item.parent.metric != c.metric:
                pool = [b for b in cands[: j + 1] if b not in items]
                item.parent = _find_parent(item, pool, prev, c.metric) or item.parent


def _parallel_verbs(doc: Doc, a: Cand, b: Cand) -> bool:
    """ "at least 58 civilians have been killed and 213 injured": two figures, each with its
    own participle, the second verb's auxiliary left out; they share the qualifier."""
    verbs = 0
    k = a.end
    while k < b.lstart - 1:
        tr = doc.m(k, "trigger")
        if tr is not None and tr[0] <= b.lstart - 1:
            verbs, k = verbs + 1, tr[0]
        elif doc.tokens[k].text in doc.t.AUXILIARIES:
            k += 1
        else:
            return False
    return verbs == 1 and doc.m(b.lstart - 1, "conj") is not None and doc.m(b.num_end, "trigger") is not None


def _base_after(doc: Doc, c: Cand) -> int | None:
    """Start of the figure a part is drawn from when it follows at once ("28,000 of the 36,000")."""
    k = c.num_end
    if not doc.is_tok(k, "of"):
        return None
    k += 1 + doc.is_tok(k + 1, "the")
    return k if k < len(doc.tokens) and doc.tokens[k].kind == "num" else None


def _masculine_anaphor(doc: Doc, c: Cand) -> bool:
    """ "اثنين منهم" refers back to men or mixed people; "اثنتين منهن" to women."""
    if doc.lex.code != "ar":
        return False
    near = {doc.tokens[k].text for k in range(max(0, c.lstart - 2), min(len(doc.tokens), c.num_end + 2))}
    return bool(near & {"منهم", "بينهم", "ضمنهم"})


def _total_of_list(head: Cand, items: list[Cand]) -> bool:
    """``head`` is the total of the figures after it: a wider group, and at least their sum."""
    if head.head is None or any(i.head is None for i in items):
        return False
    wider = all(
        group_contains(head.head.group, i.head.group) and i.head.group != head.head.group  # type: ignore[union-attr]
        for i in items
    )
    return wider and head.value >= sum(i.value for i in items)


def _pre_subset(doc: Doc, c: Cand, lo: int) -> bool:
    i = c.lstart
    for gap in range(0, 3):
        j = i - gap
        if gap and (
            j < lo or doc.tokens[j].text not in (":", "،", ",", "(", "-", "—", "are", "were", "is", "of")
        ):
            break
        if doc.ends_here(j, "subset_before", lo) is not None:
            return True
    if _part_after_one_person(doc, min(i, c.head.start) if c.head is not None else i, lo):
        return True
    # "Of the displaced, about 60,000 are sheltering in schools"
    k = i - 1
    if (
        k - 3 >= lo
        and doc.tokens[k].text == ","
        and (doc.m(k - 1, "trigger") is not None or doc.m(k - 1, "noun") is not None)
    ):
        return doc.is_tok(k - 2, "the", "those", "these") and doc.is_tok(k - 3, "of") and k - 3 == lo
    return False


def _named_before_marker(doc: Doc, c: Cand, lo: int) -> str | None:
    """ "توزعت الوفيات على النحو الآتي: 431 في حلب": the people the parts are drawn from, named
    just before the marker that opens the list, say what happened to them."""
    i = c.lstart
    if doc.is_tok(i - 1, ":", "،", ","):
        i -= 1
    m = doc.ends_here(i, "subset_before", lo)
    if m is None:
        return None
    for k in range(m[0] - 1, max(lo, m[0] - 4) - 1, -1):
        named = _metric_named_at(doc, k)
        if named is not None:
            return named
    return None


def _metric_named_at(doc: Doc, k: int) -> str | None:
    """What befell the people named at ``k``: a noun that says it ("الوفيات"), or an event word."""
    noun = doc.m(k, "noun")
    if noun is not None and noun[1].payload[2] is not None:
        return str(noun[1].payload[2])
    tr = doc.m(k, "trigger")
    return str(tr[1].payload) if tr is not None else None


def _distributed(doc: Doc, c: Cand, lo: int) -> str | None:
    """The metric of the people a distribution verb before the figure spreads over places
    ("توزعت الوفيات على ..."), or None."""
    for k in range(max(lo, c.lstart - 30), c.lstart):
        d = doc.m(k, "distribution")
        if d is None:
            continue
        for j in range(max(lo, k - 3), min(c.lstart, d[0] + 3)):
            named = _metric_named_at(doc, j) if j not in range(k, d[0]) else None
            if named is not None:
                return named
    return None


def _among(doc: Doc, c: Cand, lo: int) -> str | None:
    """ "من بين المصابين 9 أطفال", "Among the dead are 152 staff members": the figure is a part of
    the people named just before it. Returns what happened to them ("" when the noun says nothing)."""
    k = c.lstart - 1
    while k >= lo and (
        doc.tokens[k].text in ("are", "were", "is", "was", "هم", ":", "،", ",")
        or doc.m(k, "addition") is not None
    ):
        k -= 1  # "بين الشهداء أيضاً أربعة مسعفين", "Among the dead were also 3 medics"
    if k < lo:
        return None
    word = doc.m(k, "noun") or doc.m(k, "trigger")
    if word is None or word[0] != k + 1:
        return None
    definite = doc.tokens[k].text.startswith("ال") or doc.is_tok(k - 1, "the", "those", "these")
    a = k - 1 if doc.is_tok(k - 1, "the", "those", "these") else k
    if not definite or doc.ends_here(a, "among", max(lo, a - 3)) is None:
        return None
    return _metric_named_at(doc, k) or ""


def _included(doc: Doc, c: Cand, lo: int) -> tuple[int, int] | None:
    """ "That figure covers the estimated 1,400 IDPs", "الحصيلة تشمل 25 عنصراً": the figure is a part
    of the figure named before. Returns the marker's token span."""
    k = c.lstart
    while k > lo and doc.is_tok(k - 1, "the", "an", "estimated", "some"):
        k -= 1
    m = doc.ends_here(k, "include", max(lo, k - 5))
    return (m[0], k) if m is not None else None


def _referred_total(pool: list[Cand], metric: str | None) -> Cand | None:
    """The figure "that figure"/"the toll" refers to: the latest total named (a toll: of the dead),
    not a part of one nor the base another figure is drawn from ("28,000 of the 36,000")."""
    bases = {id(c.parent) for c in pool if c.parent is not None and c.parent.num_start > c.num_start}
    named = [c for c in pool if c.metric is not None and id(c) not in bases]
    totals = [c for c in named if not c.subset] or named
    if metric is not None:
        totals = [c for c in totals if c.metric == metric] or totals
    return totals[-1] if totals else None


def _part_after_one_person(doc: Doc, i: int, lo: int) -> bool:
    """A part listed after one person, who is no figure: "بينهم أم مع أطفالها الستة",
    "هم امرأة وستة من أطفالها", "among them a mother and 5 children"."""
    t = doc.tokens
    joined = doc.is_tok(i - 1, "مع", "و", "and", "with") or (
        doc.lex.code == "ar" and t[i].text.startswith("و")
    )
    if not joined:
        return False
    end = i - 1 if doc.is_tok(i - 1, "مع", "و", "and", "with") else i
    person = end - 1
    if person - 1 < lo or t[person].kind != "word" or doc.m(person, "trigger") is not None:
        return False  # one word for the person: "أم", "امرأة", "رجل"
    first = person - 1 if doc.is_tok(person - 1, "a", "an", "one") else person
    return doc.ends_here(first, "subset_before", lo) is not None


def _paren_follows(doc: Doc, p: Cand, c: Cand) -> bool:
    gap = c.num_start - p.end
    if gap < 1 or gap > 4:
        return False
    return any(doc.tokens[k].text == "(" for k in range(p.end, c.num_start))


def _joined(doc: Doc, a: Cand, b: Cand) -> bool:
    """``b`` follows ``a`` in a list: only "و"/"and"/commas between them (or "و" glued), past
    the name of the body ``a``'s people belong to ("29 من عناصر قوات سوريا الديمقراطية و11 مدنياً")."""
    a_end = next((e for s, e, _ in doc.org_mentions() if s <= a.end < e <= b.lstart), a.end)
    between = doc.tokens[a_end : b.lstart]
    for i in range(a_end, b.lstart):
        j = doc.m(i, "list_joiner")
        if (
            j is not None
            and j[0] == b.lstart
            and all(t.text in ("،", ",", "و", "and") for t in doc.tokens[a_end:i])
        ):
            return True
    if len(between) > 3:
        return False
    ok = {"و", "and", "،", ",", "-", "(", ")", "—", "as", "well"}
    if all(tok.text in ok for tok in between):
        return True
    return bool(doc.lex.code == "ar" and not between and doc.tokens[b.lstart].text.startswith("و"))


def _after_joiner(doc: Doc, c: Cand) -> bool:
    """The figure opens an item of a list: after "و"/"and" or "as well as", "إضافة إلى"."""
    i = c.lstart
    if doc.ends_here(i, "list_joiner", max(0, i - 4)) is not None:
        return True
    return doc.is_tok(i - 1, "و", "and") or (doc.lex.code == "ar" and doc.tokens[i].text.startswith("و"))


def _verb_after_joiner(doc: Doc, v: int) -> bool:
    """The verb at ``v`` opens a new item: "and injured 190", "وأصيب 190"."""
    return doc.m(v, "trigger") is not None and (
        doc.is_tok(v - 1, "و", "and") or (doc.lex.code == "ar" and doc.tokens[v].text.startswith("و"))
    )


def _joined_past_origin(doc: Doc, a: Cand, b: Cand) -> bool:
    """``b`` follows ``a`` past a short phrase saying whose ranks ``a`` came from:
    "25 عنصراً من قسد و19 مسلحاً", "12 members of the SDF and 9 civilians"."""
    between = range(a.end, b.lstart)
    if not 2 <= len(between) <= 5 or (doc.m(a.end, "partitive") is None and not doc.is_tok(a.end, "from")):
        return False  # ("560,000 refugees from neighbouring countries and 1.4 million ...")
    joiner = doc.tokens[b.lstart - 1].text in ("و", "and") or (
        doc.lex.code == "ar" and doc.tokens[b.lstart].text.startswith("و")
    )
    inner = [doc.tokens[k] for k in between if doc.tokens[k].text not in ("و", "and")]
    return joiner and all(t.kind != "num" and t.text not in ("،", ",", ".", "؛", ";") for t in inner)


def _resumes_list(doc: Doc, a: Cand, b: Cand) -> bool:
    """``b`` takes up a list of parts again after a short clause about ``a``:
    "منهم 21 مدنياً أُعدموا ميدانياً، و18 من مقاتلي العشائر", "..., as well as 93 soldiers"."""
    between = range(a.end, b.lstart)
    if not 2 <= len(between) <= 9 or any(doc.tokens[k].kind == "num" for k in between):
        return False
    if any(doc.tokens[k].text in (".", "؛", ";", ":") for k in between):
        return False
    for i in range(max(a.end, b.lstart - 4), b.lstart):
        j = doc.m(i, "list_joiner")
        if j is not None and j[0] == b.lstart and i > a.end and doc.tokens[i - 1].text in ("،", ","):
            return True
    glued = doc.lex.code == "ar" and doc.tokens[b.lstart].text.startswith("و")
    if glued:
        return doc.tokens[b.lstart - 1].text in ("،", ",")
    return doc.tokens[b.lstart - 1].text in ("و", "and") and doc.tokens[b.lstart - 2].text in ("،", ",")


def _adjacent_trigger(doc: Doc, c: Cand, triggers: Triggers) -> str | None:
    """The event named just before the figure ("مقتل 568", "killed at least 20"), the
    closest one when two stand near ("مقتل طفل وإصابة ثلاثة آخرين")."""
    best: tuple[int, str] | None = None
    for s, e, m in triggers.ending(c.lstart - 2, c.lstart):
        if (
            c.lstart - 2 <= e <= c.lstart
            and s < c.lstart
            and (doc.m(s, "noun") is None or doc.m(s, "event_noun") is not None)
            and s not in c.taken
            and not any(doc.tokens[k].text in ("،", ",") for k in range(e, c.lstart))
            and not any(
                doc.m(k, "report_verb") is not None for k in range(e, c.lstart)
            )  # "crossing said 1,730"
            and (best is None or e > best[0])
        ):
            best = (e, m)
    return best[1] if best else None


def _predicate_trigger(doc: Doc, c: Cand, triggers: Triggers, hi: int) -> str | None:
    """A verb right after the counted people: "19 مدنياً لقوا حتفهم", "303 others injured",
    "640,000 of those displaced have returned"."""
    end = _past_part_words(doc, c)
    if _base_after(doc, c) is not None:
        # "400 of the 1,200 families displaced last month have returned": the first verb is the
        # base's, the next one the part's
        after = [(s, m) for s, _e, m in triggers.starting(end, end + 12) if not _commas(doc, end, s)]
        if len(after) >= 2:
            return after[1][1]
    if doc.lex.code == "en" and doc.m(end, "relative_pronoun") is not None:
        # "885,294 people who had been displaced have gone back": the main verb after the clause
        inner = [(s, e, m) for s, e, m in triggers.starting(end, end + 4) if s <= end + 3]
        if inner and _is_base(doc, c):
            return inner[0][2]  # "28,000 of the 36,000 people who had been displaced had gone back"
        if inner:
            _s0, e0, _m0 = inner[0]
            for s, _e, m in triggers.starting(e0, e0 + 4):
                # the main verb right after the clause, with its auxiliaries only ("who had been
                # displaced have gone back"; not "who died under torture in detention")
                if all(doc.tokens[k].text in doc.t.AUXILIARIES for k in range(e0, s)):
                    return m
            # "21 refugees who returned to Syria ... between 2017 and 2021 were arrested": a
            # passive main verb after a longer clause
            for s, _e, m in triggers.starting(e0, e0 + 20):
                if doc.tokens[s - 1].text in doc.t.AUXILIARIES and not _commas(doc, e0, s):
                    return m
    for s, e, m in triggers.starting(end, end + 3):
        if (
            end <= s <= end + 3
            and not _number_between(doc, end, s)
            and not any(doc.tokens[k].text in ("،", ",", "(", ")") for k in range(end, s))
            and not _who_they_are(doc, end, s)
        ):
            if _opens_figure(doc, e, hi) and (s > end or doc.tokens[s].text.startswith("و")):
                return None  # the verb comes before the next figure: it is that figure's
            if (
                doc.lex.code == "en"
                and s == end
                and doc.tokens[s].text not in doc.t.AUXILIARIES
                and not _is_base(doc, c)
            ):
                # "1 million people displaced inside the country had also gone back": the participle
                # says who they are, the verb after its auxiliary what befell them
                for s2, _e2, m2 in triggers.starting(e, e + 8):
                    k = s2 - 1
                    while k >= e and doc.m(k, "addition") is not None:
                        k -= 1
                    if (
                        k >= e
                        and doc.tokens[k].text in doc.t.AUXILIARIES
                        and not _commas(doc, e, s2)
                        and not _figure_between(doc, e, s2)
                    ):
                        return m2
            return m  # (right after the people, a verb is theirs: "3700 طفل قُتلوا وأكثر من 6500 ...")
    return None


def _verb_after_insert(doc: Doc, c: Cand) -> str | None:
    """The verb of the counted people after an inserted phrase between commas ("330 displaced
    Syrians, from 98 families, returned to Syria")."""
    k = c.end
    if not doc.is_tok(k, ",", "،"):
        return None
    close = next((j for j in range(k + 1, min(len(doc.tokens), k + 8)) if doc.is_tok(j, ",", "،")), None)
    if close is None:
        return None
    v = close + 1
    while v < len(doc.tokens) and doc.tokens[v].text in doc.t.AUXILIARIES:
        v += 1
    tr = doc.m(v, "trigger")
    return str(tr[1].payload) if tr is not None and doc.m(v, "noun") is None else None


def _past_part_words(doc: Doc, c: Cand) -> int:
    """End of the figure with the words that make it a part ("منهم", "of those displaced")."""
    end = c.end
    sa = doc.m(c.num_end, "subset_after")
    if sa is not None and sa[0] > end:
        end = sa[0]
        tr = doc.m(end, "trigger") or doc.m(end, "noun")
        # "of those displaced", "من هؤلاء النازحين": who they are; "of whom died": what happened
        described = (doc.lex.code == "en" and doc.is_tok(end - 1, "those", "these", "the")) or (
            end < len(doc.tokens) and doc.tokens[end].text.startswith("ال")
        )
        if tr is not None and described and doc.m(end, "others") is None:
            end = tr[0]  # "of those displaced", "من هؤلاء النازحين": who they are
    return end


def _uncounted_total(doc: Doc, c: Cand, nums: list[NumExpr], dates: list[DateExpr], lo: int, hi: int) -> bool:
    """A larger figure earlier in the sentence that is no claim (a population, people in need)."""
    return any(
        n.end <= c.lstart and n.value >= c.value and not _is_date_number(doc, n, dates, lo, hi) for n in nums
    )


def _who_they_are(doc: Doc, end: int, s: int) -> bool:
    """The event word at ``s`` is a noun after "من"/"of" that says who the people are:
    "37 شخصاً من اللاجئين العائدين", "13 شخصاً من المرحّلين", "12 of the displaced"."""
    if not any(doc.m(k, "partitive") is not None for k in range(end, s)):
        return False
    definite = doc.tokens[s].text.startswith("ال") or doc.is_tok(s - 1, "the")
    return doc.m(s, "noun") is not None or definite


def _find_parent(
    c: Cand, before: list[Cand], prev: list[Cand], want: str | None = None, not_women: bool = False
) -> Cand | None:
    pool = list(reversed(before))
    if not before and prev:
        pool = list(reversed(prev))
        if c.head is None:
            # "وأوضح المكتب أن قرابة 32 ألفاً من هؤلاء ...": a part named only by "of them" in a
            # new sentence is drawn from the total, not from a part listed after it
            pool = [p for p in pool if not p.subset] + [p for p in pool if p.subset]
    if not_women:
        pool = [p for p in pool if p.head is None or p.head.group != "women"]
    if want is not None:
        same = [p for p in pool if p.metric in (None, want)]
        if not same and c.among:
            return None  # "Of the dead, 386 were children": no toll of the dead in reach
        pool = same or pool
    for p in pool:
        if p.head is None or p is c or p.metric is None:
            continue  # a figure that is no claim (people affected, a population) holds no parts
        if p.value < c.value:
            continue
        if c.head is not None and c.head.group != "all" and not group_contains(p.head.group, c.head.group):
            continue
        if c.head is not None and c.head.group == "all" and p.subset and p.head.group != "all":
            continue
        return p
    return None


def _metric(doc: Doc, c: Cand, triggers: Triggers, lo: int, hi: int) -> str | None:
    m = _metric_of(doc, c, triggers, lo, hi)
    if m == "displaced" and not _is_base(doc, c) and _returning_after(doc, c, triggers, hi):
        return "returned"  # "375 عائلة ... غادرت مخيمي شاريا وخانكي عائدة إلى قضاء سنجار"
    return m


def _returning_after(doc: Doc, c: Cand, triggers: Triggers, hi: int) -> bool:
    """A return participle later in the figure's clause, after the verb of leaving, says the
    leaving was a return (not the figure's own verb: "3.8 مليون شخص آخرين عبروا الحدود")."""
    left = False
    for s, e, m in triggers.starting(c.end, min(hi, c.end + 14)):
        if _commas(doc, c.end, s):
            return False
        left = left or m == "displaced"
        if (
            left
            and m == "returned"
            and not doc.tokens[s].text.startswith(("و", "and"))
            and not _opens_figure(doc, e, hi)
        ):
            return True
    return False


def _metric_of(doc: Doc, c: Cand, triggers: Triggers, lo: int, hi: int) -> str | None:
    adj = _adjacent_trigger(doc, c, triggers)
    evacuated = any(doc.m(k, "evacuation") is not None for k in range(max(lo, c.lstart - 3), c.lstart))
    if adj == "displaced" and c.head is not None and evacuated:
        # "evacuated 23 wounded people", "أجلت 23 مصاباً": a medical evacuation of the wounded
        if c.head.metric in ("injured", "killed"):
            return c.head.metric
        for _s, _e, m in triggers.starting(c.num_end, c.head.start):
            if m in ("injured", "killed"):
                return m
    if adj is not None:
        return adj
    pred = _predicate_trigger(doc, c, triggers, hi)
    if c.head is not None:
        # "10 displaced families": the word between the figure and its noun, unless the verb
        # after says they came back ("1.2 million displaced Syrians have returned", "330 displaced
        # Syrians, from 98 families, returned")
        for _s, _e, m in triggers.starting(c.num_end, c.head.start - 1):
            return "returned" if pred == "returned" or _verb_after_insert(doc, c) == "returned" else m
    if pred is not None and not (
        c.head is not None
        and c.head.metric is not None
        and pred != c.head.metric
        and not (c.head.metric == "displaced" and pred == "returned")
        and not _verb_trigger(doc, c, triggers)
    ):
        return pred
    if c.head is not None and c.head.metric is not None:
        if c.head.group == "all":
            # "ارتفع عدد قتلى قوات النظام ... إلى 163 قتيلاً": the subject says whose deaths
            sh = _subject_head(doc, NumExpr(c.num_start, c.num_end, c.value, False), c.lstart, lo, lo)
            if (
                sh is not None
                and sh.group != "all"
                and sh.unit == c.head.unit
                and sh.metric in (None, c.head.metric)
            ):
                c.head.group = sh.group
            if (
                sh is not None
                and c.head.metric == "displaced"
                and sh.metric not in (None, "displaced")
                and doc.m(sh.end, "relative_pronoun") is not None
            ):
                return sh.metric  # "عدد اللاجئين الذين قضوا ... 4200 لاجئ": refugees, and what befell them
        return _status_or_return(doc, c, triggers, c.head.metric)
    # "وصل إجمالي النازحين ... إلى 10 آلاف و145 شخصاً": the subject joined to the figure
    sh = _subject_head(doc, NumExpr(c.num_start, c.num_end, c.value, False), c.lstart, lo, lo)
    if sh is not None and sh.metric is not None:
        if c.head is not None and c.head.group == "all" and sh.unit == c.head.unit:
            c.head.group = sh.group  # "الضحايا المدنيين ... 300 ألف شخص"
        return _status_or_return(doc, c, triggers, sh.metric)
    return _nearest_event(doc, c, triggers)


def _status_or_return(doc: Doc, c: Cand, triggers: Triggers, metric: str) -> str:
    """A noun of displaced people (refugees, IDPs) says who they are; a return told in the same
    clause says what happened to them ("رحّل خلال نيسان 450 لاجئاً", "the refugees who came back")."""
    if metric != "displaced":
        return metric
    for _s, e, m in triggers.ending(c.lstart - 12, c.lstart):
        if m == "returned" and not _commas(doc, e, c.lstart) and not _number_between(doc, e, c.lstart):
            return "returned"
    return metric


def _nearest_event(doc: Doc, c: Cand, triggers: Triggers) -> str | None:
    """The nearest event in the sentence; crossing a comma costs."""
    end = c.end
    best: tuple[int, str, int] | None = None
    for s, e, m in triggers.starting(c.lstart - 40, end + 26):
        if s >= end and _who_they_are(doc, end, s):
            continue  # "37 شخصاً من اللاجئين العائدين": who they are, not what happened to them
        if e <= c.lstart:
            dist = c.lstart - e + 2 * _commas(doc, e, c.lstart)
        elif s >= end:
            if _opens_figure(doc, e, len(doc.tokens)):
                continue  # "قُتل 6 مدنيين وأصيب 23 آخرون": the later verb is the next figure's
            dist = s - end + 2 * _commas(doc, end, s)
        else:
            continue
        if dist <= 25 and (best is None or dist < best[0]):
            best = (dist, m, s)
    if best is None:
        return None
    if c.head is not None and c.head.group == "all":
        # "الضحايا المدنيين ... 300 ألف شخص": the event noun says whose deaths
        h = _noun_at(doc, best[2])
        if h is not None and h.group != "all" and h.unit == c.head.unit:
            c.head.group = h.group
    return best[1]


def _commas(doc: Doc, a: int, b: int) -> int:
    return sum(1 for k in range(a, b) if doc.tokens[k].text in ("،", ","))


def _number_between(doc: Doc, a: int, b: int) -> bool:
    return any(doc.tokens[k].kind == "num" for k in range(a, b))


def _opens_figure(doc: Doc, e: int, hi: int) -> bool:
    """A figure starts at ``e``, after its qualifier if any ("وأصيب 23", "وأصيب أكثر من 90",
    "killed more than 20"); a date further on ("since 14 June") is none."""
    for gap in range(3):
        k = e + gap
        if k >= hi:
            return False
        if _figure_between(doc, k, k + 1):
            return True
        q = doc.m(k, "qual_before")
        if q is not None:
            return q[0] < hi and _figure_between(doc, q[0], q[0] + 1)
        if doc.tokens[k].text not in ("ال", "the", "some", "about"):
            return False
    return False


def _figure_between(doc: Doc, a: int, b: int) -> bool:
    """A figure in digits, in words ("ثلاثة") or as a dual ("طفلان") in ``[a, b)``."""
    return any(
        doc.tokens[k].kind == "num" or doc.m(k, "num") is not None or doc.m(k, "dual") is not None
        for k in range(a, b)
    )


def _qualifying_verb(doc: Doc, c: Cand, before: list[Cand], lo: int) -> str | None:
    start = max(lo, before[-1].end if before else lo, c.lstart - 10)
    for s in range(start, c.lstart):
        m = doc.m(s, "qual_verb")
        if m is not None:
            return str(m[1].payload)
    return None


def extract_document(text: str, language: str, published: date | None) -> list[Claim]:
    lex = lexicon(language)
    doc = Doc(text, lex, published)
    sentences = split_sentences(doc)

    all_cands: list[Cand] = []
    org_mentions = doc.org_mentions()
    last_sources: list[tuple[int, str]] = []
    prev: list[Cand] = []
    last_period: Period | None = None
    event = 0
    for sent in sentences:
        if any(doc.m(i, "new_event") is not None for i in range(sent.start, min(sent.end, sent.start + 4))):
            event += 1
        if not _has_candidate(doc, sent):
            last_sources = sentence_sources(doc, sent, org_mentions, last_sources) or last_sources
            continue
        cands = process_sentence(doc, sent, prev)
        sources = sentence_sources(doc, sent, org_mentions, last_sources)
        last_sources = sources or last_sources
        # without a publication date, an explicit date in the sentence or next to it
        # places year-less dates ("ديسمبر الماضي" beside "ديسمبر 2019")
        k = sent.index
        anchor = None if published is not None else anchor_date(doc, sentences[max(0, k - 1) : k + 2])
        periods = find_periods(doc, sent, anchor, last_period) if cands else []
        last_period = last_dated(periods, last_period)
        for c in cands:
            c.event = event
            c.addition = any(
                doc.m(k, "addition") is not None
                for k in range(max(sent.start, c.lstart - 3), min(sent.end, c.end + 3))
            )
            if sources:
                c.attributed = min(sources, key=lambda src: abs(src[0] - c.lstart))[1]
            assign_period(c, periods)
            if published is not None and c.until is not None and c.until > published:
                c.until = published  # "خلال شباط 2020" in a report of 26 February: as of publication
            if published is not None and c.since is not None and c.since > published:
                c.since = None  # a start after publication is a misread date, not a period
            c.location = location_of(doc, c, sent)
        all_cands.extend(cands[: MAX_CLAIMS_PER_DOCUMENT - len(all_cands)])
        prev = cands if cands else prev
        if len(all_cands) >= MAX_CLAIMS_PER_DOCUMENT:
            break  # no report holds more figures: what follows is no reporting
    _casualty_totals(all_cands)
    link_parts(all_cands)
    for c in all_cands:
        # a restatement in another unit covers the same period: "1.018.529 نسمة، أي بمعدل
        # (178.689) عائلة، في المدة الممتدة بين تشرين الثاني 2019 و27 شباط 2020"
        # (a start date after the pair outweighs a window before them)
        r = c.restates
        if r is None or r.metric != c.metric or r.since is not None or r.until is not None:
            continue
        if c.since is not None or r.window is None:
            r.since, r.until, r.window = c.since, c.until, c.window
    for c in all_cands:
        p = c.parent or c.restates
        if p is not None:
            c.attributed = c.attributed or p.attributed
            if c.since is None and c.until is None and c.window is None and p.metric == c.metric:
                c.since, c.until, c.window = p.since, p.until, p.window
            c.location = c.location or p.location
    _plausibility(all_cands)
    return _to_claims(doc, all_cands)


def _has_candidate(doc: Doc, sent: Sentence) -> bool:
    """Cheap test before the full work: a figure (digits, number words, duals) and a word
    about people or what happened to them both stand in the sentence."""
    figures = doc.lex.starts("num", "mult", "dual", "frac")
    people = doc.lex.starts("noun", "dual", "trigger", "subject", "others", "subset_before", "subset_after")
    has_figure = has_people = False
    for tok in doc.tokens[sent.start : sent.end]:
        if tok.kind == "num":
            has_figure = True
        elif tok.kind == "word":
            v = tok.variants
            if not has_figure and (v & figures or _glued_number_word(doc, tok)):
                has_figure = True
            if not has_people and v & people:
                has_people = True
        if has_figure and has_people:
            return True
    return False


def _glued_number_word(doc: Doc, tok: Token) -> bool:
    """ "وثلاثة" is a number word with "و" glued on (its variants hold the bare word)."""
    return (
        doc.lex.code == "ar"
        and tok.text.startswith("و")
        and bool({tok.text[1:]} & doc.lex.starts("num", "mult"))
    )


def _plausibility(cands: list[Cand]) -> None:
    """A families figure beside an individuals figure must imply a believable household
    size. "55664 ألف عائلة (328418 نسمة)" reads 55,664,000 families: a slip of the
    writer's; the figure is read without the multiplier and flagged for review."""
    for c in cands:
        other = c.restates
        if other is None or c.head is None or other.head is None or c.head.unit == other.head.unit:
            continue
        fam, ind = (c, other) if c.head.unit == "families" else (other, c)
        if fam.value == 0:
            continue
        ratio = ind.value / fam.value
        if HOUSEHOLD_RANGE[0] <= ratio <= HOUSEHOLD_RANGE[1]:
            continue
        for scale in (1000, 1_000_000):
            if (
                fam.value % scale == 0
                and HOUSEHOLD_RANGE[0] <= ind.value / (fam.value // scale) <= HOUSEHOLD_RANGE[1]
            ):
                fam.flags.append(
                    f"household_size: {fam.value} families for {ind.value} people is absurd; "
                    f"read as {fam.value // scale}"
                )
                fam.value //= scale
                break
        else:
            fam.flags.append(
                f"household_size: {ind.value} people in {fam.value} families "
                f"({ratio:.2f} per family) is outside {HOUSEHOLD_RANGE}"
            )


def _casualty_totals(cands: list[Cand]) -> None:
    """A toll of "victims" split into the killed and the injured is no count of the dead:
    "1,003 ضحايا، قُتل منهم 396 شخصاً ... وأصيب 607 آخرون" (396 + 607 = 1,003)."""
    for t in cands:
        if t.metric != "killed" or t.parent is not None:
            continue
        dead = [
            c
            for c in cands
            if c.parent is t
            and c.metric == "killed"
            and c.head is not None
            and t.head is not None
            and c.head.group == t.head.group  # the killed of the same people, not "بينهم أربعة أطفال"
        ]
        hurt = [c for c in cands if c.sent == t.sent and c.metric == "injured" and c.parent is None]
        if any(d.value + h.value == t.value for d in dead for h in hurt):
            t.metric = None
            for d in dead:
                d.parent, d.subset = None, False


def _to_claims(doc: Doc, cands: list[Cand]) -> list[Claim]:
    cands = [c for c in cands if c.metric is not None and c.head is not None]
    cands.sort(key=lambda c: (c.num_start, c.start))
    seen: set[tuple[int, int]] = set()
    kept: list[Cand] = []
    for c in cands:
        key = (c.num_start, c.num_end)
        if key in seen:
            continue
        seen.add(key)
        kept.append(c)
    index = {id(c): k for k, c in enumerate(kept)}
    out: list[Claim] = []
    for c in kept:
        a = min(c.num_start, c.start)
        b = max(c.num_end, c.end)
        s, e = doc.orig_span(a, b)
        parent = index.get(id(c.parent)) if c.parent is not None else None
        assert c.head is not None and c.metric is not None
        claim = Claim(
            metric=c.metric,
            unit=c.head.unit,
            group=c.head.group,
            value=c.value,
            qualifier=c.qualifier,
            since=c.since.isoformat() if c.since else None,
            until=c.until.isoformat() if c.until else None,
            attributed_to=c.attributed,
            location=c.location,
            subset_of=parent,
            start=s,
            end=e,
            quote=doc.norm.original[s:e],
            window_days=c.window,
        )
        if c.flags:
            claim.extra["flags"] = list(c.flags)
        out.append(claim)
    return out
