"""The place a figure is about, as written: the place phrase right after the figure
("633 في مناطق النظام", "killed in Idlib city"), else the nearest named place."""

from __future__ import annotations

from hum_stats.extract.document import Cand, Doc, Sentence


def place_phrase(doc: Doc, i: int, hi: int) -> int:
    """End of a place phrase starting at ``i`` ("ريف إدلب الجنوبي", "مناطق النظام",
    "the city of Ariha in Idlib province"), or ``i`` when none starts there."""
    j = i
    named = False
    while j < hi:
        nxt = doc.place_at(j)
        pw = doc.m(j, "place_word")
        if nxt is not None:
            named = True
            j = nxt
        elif pw is not None:
            j = pw[0]
        elif (
            j > i
            and doc.tokens[j].text in ("of", "the", "in", "و", "and")
            and j + 1 < hi
            and (doc.place_at(j + 1) is not None or doc.m(j + 1, "place_word") is not None)
        ):
            j += 1
        elif (
            j > i
            and doc.lex.code == "en"
            and doc.tokens[j].kind == "word"
            and doc.text_of(j, j + 1)[:1].isupper()
        ):
            named = True
            j += 1
        elif (
            j > i
            and doc.lex.code == "ar"
            and doc.tokens[j].kind == "word"
            and doc.m(j - 1, "place_noun")
            and not any(doc.m(j, cat) for cat in ("trigger", "noun", "report_verb", "attr_marker", "num"))
        ):
            named = True  # the name after "قرية"/"مخيم" ("قرية بليون", "مخيم مرام")
            j += 1
        else:
            break
    return j if (named or j - i >= 2) else i


def location_of(doc: Doc, c: Cand, sent: Sentence) -> str | None:
    """The place a figure is about, as written: the place phrase right after it ("633 في
    مناطق النظام", "killed in Idlib city"), else the nearest named place in its sentence."""
    hi = sent.end
    for k in range(c.end, min(hi, c.end + 6)):
        tok = doc.tokens[k]
        if tok.text in ("،", ",", "(", ")") or (k > c.end and doc.m(k, "num")) or tok.kind == "num":
            break
        starts = k
        if tok.text in ("في", "in", "at", "from", "داخل", "ب"):
            starts = k + 1
        elif doc.lex.code == "ar" and tok.kind == "word" and tok.text[:1] in ("ب", "ف") and len(tok.text) > 3:
            starts = k  # "بريف إدلب", "بقصف" (not a place: rejected below)
        else:
            continue
        end = place_phrase(doc, starts, hi)
        if end > starts:
            return doc.text_of(starts, end)
    best: tuple[int, int, int] | None = None
    for i, end in doc.named_places(sent):
        dist = i - c.end if i >= c.end else c.lstart - end
        if best is None or abs(dist) < best[0]:
            best = (abs(dist), i, end)
    if best is None:
        return None
    return doc.text_of(best[1], best[2])
