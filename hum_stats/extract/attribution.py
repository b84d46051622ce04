"""Who a figure is credited to: an organisation of the registry (its canonical name), or
the source as written ("local health authorities"); generic sources ("الفريق", "the
report") stand for the organisation named before them."""

from __future__ import annotations

from hum_stats.extract.document import Doc, Sentence


def sentence_sources(
    doc: Doc, sent: Sentence, org_mentions: list[tuple[int, int, str]], previous: list[tuple[int, str]]
) -> list[tuple[int, str]]:
    """Sources the figures of a sentence may be credited to, with their token position: an
    organisation of the registry (canonical name), or the source as written ("local health
    authorities"). Each figure takes the nearest one."""
    lo, hi = sent.start, sent.end
    orgs = [o for o in org_mentions if lo <= o[0] < hi]
    verbs = [i for i in range(lo, hi) if doc.m(i, "report_verb") is not None]
    markers = [(i, doc.m(i, "attr_marker")) for i in range(lo, hi) if doc.m(i, "attr_marker") is not None]
    sources = [(i, doc.m(i, "source_noun")) for i in range(lo, hi) if doc.m(i, "source_noun") is not None]
    out: list[tuple[int, str]] = []

    def source_near(
        j: int, before: int, after: int, pronouns_after: bool = True, verb: bool = False
    ) -> tuple[int, str] | None:
        for s, _end, canon in orgs:
            if j - before - 8 <= s < j or j <= s <= j + after:
                if verb and s >= j and _listener(doc, j - 1, s):
                    continue  # "told Reuters", "لتلفزيون سوريا": who heard it, not who said it
                return s, canon
        for s, sm in sources:
            assert sm is not None
            if j - before <= s < j or j <= s <= j + after:
                if not pronouns_after and s >= j and doc.tokens[s].text in ("it", "they", "he", "she"):
                    continue
                if verb and s >= j and _listener(doc, j - 1, s):
                    continue
                name = _generic(doc, s, sm[0], org_mentions)
                if name:
                    return s, name
        return None

    # "بحسب فريق منسقو الاستجابة", "according to OCHA"
    for i, m in markers:
        assert m is not None
        found = source_near(m[0], 0, 4)
        if found is None and doc.lex.code == "en" and m[0] < hi:
            np = _capitalised_np(doc, m[0], hi)
            if np:
                found = (m[0], np)
        if found is not None:
            out.append((i, found[1]))
    # reporting verb with its subject: "أفاد المرصد ... بأن", "OCHA said", "X told Y"
    for v in verbs:
        found = source_near(v + 1, 9, 3, pronouns_after=False, verb=True)
        if found is None and doc.lex.code == "en":
            np = _capitalised_before(doc, v, lo)
            if np:
                found = (v, np)
        if found is not None:
            out.append((v, found[1]))
        elif previous and doc.m(v, "continuing_verb") is not None:
            # "وتابع أن ...": a verb with no subject goes on with the source just named
            out.append((v, previous[-1][1]))
    # "SNHR: on December 19, at least three civilians ..."
    for s_, end, canon in orgs:
        if doc.is_tok(end, ":"):
            out.append((s_, canon))
    return out


def _listener(doc: Doc, v: int, s: int) -> bool:
    """The name at ``s`` after the reporting verb at ``v`` is who was told ("told Reuters",
    "قال لتلفزيون سوريا")."""
    if doc.m(v, "listener_verb") is not None:
        return True
    tok = doc.tokens[s]
    if doc.lex.code != "ar" or s > v + 3 or not tok.text.startswith("ل") or tok.text.startswith("ال"):
        return False
    # "لتلفزيون سوريا" is "to" + a name; "لجنة التفاوض" is a name that begins with the letter
    src = doc.m(s, "source_noun")
    if src is not None and src[1].tokens[0] == tok.text:
        return False
    return not any(tok.text == phrase[0] for phrase, _c in doc.orgs.orgs.get(tok.text, ()))


def _institution(doc: Doc, s: int, e: int) -> int:
    """End of an institution's name after its head noun ("وزارة الهجرة والمهجرين العراقية",
    "الهلال الأحمر الليبي", "المجلس المحلي للمدينة"): the words up to a verb, a figure or a
    linking word."""
    stop = {"ان", "بان", "لان", "عن", "الي", "في", "على", "علي", "مع", "من", "انه", "انها", "ب", "منذ"}
    k = e
    while k < len(doc.tokens) and k < e + 4:
        tok = doc.tokens[k]
        if (
            tok.kind != "word"
            or tok.text in stop
            or (tok.text.startswith("ل") and not tok.text.startswith("ال"))
            or any(
                doc.m(k, cat) is not None
                for cat in ("report_verb", "trigger", "attr_marker", "num", "noun", "month")
            )
        ):
            break
        k += 1
    return k


def _generic(doc: Doc, s: int, e: int, org_mentions: list[tuple[int, int, str]]) -> str | None:
    """A generic source ("الفريق", "the report"): the organisation last named, else as written."""
    text = doc.text_of(s, e)
    pronoun = doc.tokens[s].text in doc.t.NOT_NAMES
    # "الفريق", "the report" stand for the organisation named before; "local partners",
    # "witnesses", "مصادر طبية" are sources of their own
    modified = (
        s - 1 >= 0
        and doc.lex.code == "en"
        and doc.tokens[s - 1].kind == "word"
        and doc.tokens[s - 1].text not in ("the", "a", "an", "its", "their")
    )
    if modified and doc.m(s, "coreferent") is not None:
        # "the Britain-based monitor", "the UK-based war monitor": a definite description of the
        # organisation named before, not a source of its own
        k = s - 1
        while (
            k > s - 6
            and k >= 0
            and (doc.tokens[k].kind == "word" or doc.is_tok(k, "-"))
            and not doc.is_tok(k, "the", "a", "an")
        ):
            k -= 1
        modified = not doc.is_tok(k, "the")
    if doc.m(s, "coreferent") is not None and not modified:
        last = None
        for pos, _end, canon in org_mentions:
            if pos < s:
                last = canon
        if last is not None:
            return last
    if pronoun:
        return None  # "it said" with no organisation named before
    if doc.lex.code == "ar" and doc.m(s, "coreferent") is None:
        text = doc.text_of(s, _institution(doc, s, e))  # "وزارة الصحة اللبنانية"
    if doc.lex.code == "en" and doc.text_of(s, s + 1)[:1].isupper():
        # "the Ministry of Public Health", "the Office for Humanitarian Affairs": the whole name
        k = e
        while _capitalised(doc, k) or (doc.is_tok(k, "of", "for", "and") and _capitalised(doc, k + 1)):
            k += 1
        text = doc.text_of(s, k)
    if modified:
        # "local partners", "medical sources": keep the words that say which
        a = s
        while (
            a - 1 >= 0
            and s - a < 2
            and doc.tokens[a - 1].kind == "word"
            and not any(
                doc.m(a - 1, cat) is not None
                for cat in ("report_verb", "attr_marker", "subset_before", "trigger")
            )
            and doc.tokens[a - 1].text not in ("the", "a", "an", "its", "their", "according", "to", "by")
        ):
            a -= 1
        if doc.is_tok(a, "s") and doc.is_tok(a - 1, "'") and a - 2 >= 0 and doc.tokens[a - 2].kind == "word":
            a -= 2  # "Lebanon's health minister": the possessor too
        text = doc.text_of(a, e)
    return text or None


def _capitalised(doc: Doc, j: int) -> bool:
    return j < len(doc.tokens) and doc.tokens[j].kind == "word" and doc.text_of(j, j + 1)[:1].isupper()


def _capitalised_np(doc: Doc, j: int, hi: int) -> str | None:
    if j < hi and doc.tokens[j].text == "the":
        j += 1  # "according to the Shelter Cluster"
    out_end = j
    k = j
    while k < hi and k < j + 8:
        tok = doc.tokens[k]
        orig = doc.text_of(k, k + 1)
        if tok.kind == "word" and orig[:1].isupper():
            out_end = k + 1
        elif tok.text in ("the", "of", "for", "and", "'", "s", "(", ")") and out_end > j:
            pass
        else:
            break
        k += 1
    if out_end > j:
        return doc.text_of(j, out_end)
    return None


def _capitalised_before(doc: Doc, v: int, lo: int) -> str | None:
    """ "Hallaj said", "Save the Children (StC) said": a capitalised name just before a
    reporting verb; not a place ("north-west Syria had recorded"), not the people counted,
    not the patient of a passive ("2,350 IDPs were registered")."""
    k = v - 1
    while k >= lo and doc.tokens[k].text in ("has", "have", "had", "also"):
        k -= 1
    if k >= lo and doc.tokens[k].text in ("was", "were", "been", "be", "is", "are"):
        return None
    if k - 2 >= lo and doc.tokens[k].text == ")" and doc.tokens[k - 2].text == "(":
        k -= 3  # "the Disaster and Emergency Management Authority (AFAD) said"
    end = k + 1
    while k >= lo and k >= end - 5:
        orig = doc.text_of(k, k + 1)
        if doc.tokens[k].kind == "word" and orig[:1].isupper() and doc.m(k, "month") is None:
            k -= 1
            continue
        break
    start = k + 1
    while start < end and doc.tokens[start].text in (
        "a",
        "an",
        "the",
        "some",
        "about",
        "this",
        "that",
        "on",
        "in",
    ):
        start += 1
    if start >= end or any(doc.m(x, "noun") is not None for x in range(start, end)):
        return None
    if doc.place_at(start) is not None:
        return None
    if k >= lo and (doc.m(k, "place_word") is not None or doc.tokens[k].text == "-"):
        return None
    if end - start == 1 and doc.tokens[start].text in doc.t.NOT_NAMES:
        return None
    return doc.text_of(start, end)
