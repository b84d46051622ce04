"""Find number expressions in a token list: digits, number words, multipliers, duals.

Handles ``65452``, ``65,452``, ``1.018.529`` (thousands dots), ``6.8 مليون`` (decimal),
``٢,٥ ألف``, ``4 آلاف و311``, ``مليون و200 ألف``, ``ثمانية آلاف ومئة وأربعة وعشرين``,
``ربع مليون``, ``half a million``, ``twenty-five``, ``(73) thousands``. Vague quantities
("آلاف" alone, "thousands", "عشرات") are reported as vague, never as a value.
"""

from __future__ import annotations

import re
from dataclasses import dataclass

from hum_stats.extract.lexicon import Lexicon, Token

MAX_VALUE = 10**12  # larger figures are no count of people
_SEP_RE = re.compile(r"[.,،٬٫ ]")


@dataclass(slots=True)
class NumExpr:
    start: int  # token indices [start, end)
    end: int
    value: int
    words: bool  # written (partly) in words
    paren: bool = False  # the figure stands inside parentheses


def digits_value(s: str, before_multiplier: bool) -> float | None:
    """Value of a digit group such as ``1.018.529``, ``65,452``, ``6.8`` or ``2,5``.

    >>> digits_value("1.018.529", False), digits_value("328.418", False)
    (1018529, 328418)
    >>> digits_value("6.8", True), digits_value("٢,٥".translate({0x0662: "2", 0x0665: "5"}), True)
    (6.8, 2.5)
    >>> digits_value("7.8", False)
    7.8
    """
    seps = _SEP_RE.findall(s)
    if not seps:
        return int(s) if len(s) <= 15 else None
    groups = _SEP_RE.split(s)
    if any(not g for g in groups):
        return None
    if "٫" in seps:
        if len(seps) != 1:
            return None
        return float(f"{groups[0]}.{groups[1]}")
    thousands = len(groups[0]) <= 3 and all(len(g) == 3 for g in groups[1:])
    if thousands and len(groups) == 2 and seps[0] == "." and before_multiplier:
        thousands = False  # "2.500 مليون" reads 2.5 million
    if thousands:
        if len(set(seps)) != 1:
            return None
        joined = "".join(groups)
        return int(joined) if len(joined) <= 15 else None
    if len(seps) == 1 and seps[0] in ".,،" and len(groups[0]) <= 15 and len(groups[1]) <= 6:
        return float(f"{groups[0]}.{groups[1]}")
    return None


def _cat(lex: Lexicon, tokens: list[Token], i: int, category: str) -> tuple[int, object] | None:
    """Longest phrase of ``category`` at ``i``: ``(end, payload)``."""
    m = lex.matches_at(tokens, i, category)
    if not m:
        return None
    end, entry = m[0]
    return end, entry.payload


def _strip_conj(lex: Lexicon, tok: Token) -> bool:
    """The token starts with a joining conjunction ("و" glued to Arabic words)."""
    return lex.code == "ar" and tok.kind == "word" and tok.text.startswith("و") and len(tok.text) > 2


def find_numbers(lex: Lexicon, tokens: list[Token]) -> tuple[list[NumExpr], list[tuple[int, int]]]:
    """Number expressions, and the spans of vague quantities (token index ranges)."""
    out: list[NumExpr] = []
    vague: list[tuple[int, int]] = []
    i, n = 0, len(tokens)
    starts = lex.starts("num", "mult", "frac", "vague")
    while i < n:
        tok = tokens[i]
        if tok.kind != "num" and not (tok.variants & starts) and not _strip_conj(lex, tok):
            i += 1
            continue
        expr = _parse_number(lex, tokens, i)
        if expr is not None:
            out.append(expr)
            i = expr.end
            continue
        v = _cat(lex, tokens, i, "vague")
        if v is not None:
            vague.append((i, v[0]))
            i = v[0]
            continue
        i += 1
    return out, vague


def _segment(lex: Lexicon, tokens: list[Token], i: int, first: bool) -> tuple[int, float, int, bool] | None:
    """One segment: ``(end, value, place, words)``; place is the smallest unit it fixes."""
    n = len(tokens)
    t = tokens[i]
    if t.kind == "num":
        # "(73) thousands": skip a closing parenthesis before a multiplier
        j = i + 1
        if j + 1 < n and tokens[j].text == ")" and _cat(lex, tokens, j + 1, "mult"):
            j += 1
        mult = _cat(lex, tokens, j, "mult") if j < n else None
        if mult is not None and len(tokens[j].text) <= 2 and tokens[j].start != t.end:
            mult = None  # "m", "k", "bn" only glued to the digits ("1.5m")
        val = digits_value(t.text, mult is not None)
        if val is None:
            return None
        if mult is not None:
            mv = int(mult[1])  # type: ignore[call-overload]
            total = val * mv
            # "4 آلاف و311": the place is the multiplier
            return mult[0], total, mv, False
        if isinstance(val, float) and not val.is_integer():
            return None
        return i + 1, val, 1, False
    # fraction + multiplier: "ربع مليون", "half a million" (phrases are in NUMBER_WORDS)
    frac = _cat(lex, tokens, i, "frac")
    if frac is not None and frac[0] < n:
        mult = _cat(lex, tokens, frac[0], "mult")
        if mult is not None and tokens[frac[0]].text not in lex.table.PLURAL_MULTIPLIERS:
            mv = int(mult[1])  # type: ignore[call-overload]
            return mult[0], float(frac[1]) * mv, mv, True  # type: ignore[arg-type]
    num = _cat(lex, tokens, i, "num")
    if num is not None and not _plain_number_word(lex, tokens[i]):
        num = None  # "بالمئة" is "per cent", not a hundred
    if num is not None:
        end, val = num[0], int(num[1])  # type: ignore[call-overload]
        word = tokens[i].text
        need = {tokens_norm for tokens_norm in lex.table.NUMBER_WORDS_NEED_FOLLOWER}
        # teens: "سبعة عشر", "أحد عشر"
        if end < n and _is_teen(lex, tokens[end]) and val < 10:
            val, end = val + 10, end + 1
        elif word in _norm_all(need) and val < 10:
            return None
        place = _place(val)
        # "ثلاث مئة", "two hundred"
        if end < n and val < 10 and _is_hundred(lex, tokens[end]):
            val, end, place = val * 100, end + 1, 100
        # English "twenty-five"
        if (
            lex.code == "en"
            and val in (20, 30, 40, 50, 60, 70, 80, 90)
            and end + 1 < n
            and tokens[end].text == "-"
        ):
            unit = _cat(lex, tokens, end + 1, "num")
            if unit is not None and int(unit[1]) < 10:  # type: ignore[call-overload]
                val, end, place = val + int(unit[1]), unit[0], 1  # type: ignore[call-overload]
        mult = _cat(lex, tokens, end, "mult") if end < n else None
        if mult is not None and len(tokens[end].text) > 2:
            mv = int(mult[1])  # type: ignore[call-overload]
            return mult[0], val * mv, mv, True
        return end, float(val), place, True
    mult = _cat(lex, tokens, i, "mult")
    plural = _norm_all(set(lex.table.PLURAL_MULTIPLIERS))
    # the bare word, not "الآلاف" with its article
    exact = any(
        e.category == "mult" and e.tokens == (tokens[i].text,) for e in lex.index.get(tokens[i].text, ())
    )
    if mult is not None and not (tokens[i].variants & plural) and len(tokens[i].text) > 2 and exact:
        mv = int(mult[1])  # type: ignore[call-overload]
        # "ألف شخص" = 1000; "مئة ألف" handled above; "a thousand"/"a million" are phrases
        if lex.code == "en":
            return None  # a bare "million" in English needs a number or "a"
        return mult[0], float(mv), mv, True
    return None


_NORM_CACHE: dict[frozenset[str], frozenset[str]] = {}


def _norm_all(words: set[str]) -> frozenset[str]:
    key = frozenset(words)
    got = _NORM_CACHE.get(key)
    if got is None:
        from hum_stats.extract.normalise import normalise

        got = frozenset(normalise(w).text for w in words)
        _NORM_CACHE[key] = got
    return got


def _plain_number_word(lex: Lexicon, tok: Token) -> bool:
    """A number word may carry "و", "ب", "ل" or "ال" before it ("بخمسة مدنيين"), not "بال"
    ("بالمئة" is per cent), and the accusative alef after it ("ألفين وأربعمئة وسبعاً وثلاثين")."""
    if lex.code != "ar" or tok.kind != "word":
        return True
    text = tok.text
    for stem in (text, text[:-1]) if text.endswith("ا") else (text,):
        for prefix in ("وال", "ال", "وب", "ول", "و", "ب", "ل", ""):
            if stem.startswith(prefix) and any(
                e.category == "num" for e in lex.index.get(stem[len(prefix) :], ())
            ):
                return True
    return False


def _is_teen(lex: Lexicon, tok: Token) -> bool:
    return bool(tok.variants & _norm_all(set(lex.table.TEEN_WORDS)))


def _is_hundred(lex: Lexicon, tok: Token) -> bool:
    return tok.text in _norm_all(set(lex.table.HUNDRED_WORDS))


def _place(val: int) -> int:
    """The largest power of ten that divides ``val`` (2000 -> 1000, 25 -> 1)."""
    place = 1
    while val and val % (place * 10) == 0 and place < 10**9:
        place *= 10
    return place


def _parse_number(lex: Lexicon, tokens: list[Token], i: int) -> NumExpr | None:
    seg = _segment(lex, tokens, i, True)
    if seg is None:
        return None
    end, total, place, words = seg
    last = total
    n = len(tokens)
    conj = _norm_all(set(lex.table.CONJUNCTIONS))
    tens = (20, 30, 40, 50, 60, 70, 80, 90)
    # continue over "و"/"and": "4 آلاف و311", "مليون و200 ألف", "ومئة وأربعة وعشرين"
    while end < n:
        j = end
        half = _half_at(lex, tokens, j, conj)
        if half is not None:
            # "مليون ونصف", "مليون ونصف المليون", "two and a half million"
            mult = _cat(lex, tokens, half, "mult") if half < n else None
            if (
                place < 100
                and mult is not None
                and not (tokens[half].variants & _norm_all(set(lex.table.PLURAL_MULTIPLIERS)))
            ):
                total = (total + 0.5) * int(mult[1])  # type: ignore[call-overload]
                end = mult[0]
                words = True
                break
            if place >= 100:
                total += place / 2
                end = half
                break
        if tokens[j].text in conj and j + 1 < n:
            seg2 = _segment(lex, tokens, j + 1, False)
        elif _strip_conj(lex, tokens[j]):
            seg2 = _segment_glued(lex, tokens, j)
        else:
            break
        if seg2 is None:
            break
        end2, val2, place2, words2 = seg2
        descending = val2 < place
        units_then_tens = lex.code == "ar" and 0 < last < 10 and val2 in tens
        # "two hundred and fifty thousand", "ثلاثمئة وخمسين ألفا": the multiplier covers both
        bare2 = val2 / place2 if place2 else val2
        scaled = (
            place2 >= 1000
            and total < 1000
            and place < 1000
            and (bare2 < place or (lex.code == "ar" and 0 < last < 10 and bare2 in tens))
        )
        if not (descending or units_then_tens or scaled):
            break
        if scaled:
            total = total * place2 + val2
            place = place2
            last = val2
            words = words or words2
            end = end2
            continue
        total += val2
        last = val2
        place = min(place, place2) if descending else place
        words = words or words2
        end = end2
    if total != int(total) or total > MAX_VALUE or total < 0:
        return None
    return NumExpr(i, end, int(total), words)


def _half_at(lex: Lexicon, tokens: list[Token], j: int, conj: frozenset[str]) -> int | None:
    """End of "ونصف [المليون]" / "and a half" at ``j``, or None."""
    n = len(tokens)
    k = j
    if tokens[k].text in conj and k + 1 < n:
        k += 1
        if tokens[k].text == "a" and k + 1 < n:
            k += 1
    elif lex.code == "ar" and tokens[k].text.startswith("و"):
        if tokens[k].text[1:] != "نصف":
            return None
        k += 1
        if k < n and _cat(lex, tokens, k, "mult") is not None and tokens[k].text.startswith("ال"):
            k += 1
        return k
    else:
        return None
    frac = _cat(lex, tokens, k, "frac")
    if frac is None or float(frac[1]) != 0.5:  # type: ignore[arg-type]
        return None
    k = frac[0]
    if k < n and _cat(lex, tokens, k, "mult") is not None and tokens[k].text.startswith("ال"):
        k += 1
    return k


def _segment_glued(lex: Lexicon, tokens: list[Token], j: int) -> tuple[int, float, int, bool] | None:
    """A segment whose first token carries a glued "و" ("وأربعة", "ومئة", "وعشرين")."""
    tok = tokens[j]
    bare = tok.text[1:]
    forms = (bare, bare[:-1]) if bare.endswith("ا") else (bare,)  # "وسبعاً": the accusative alef
    for category in ("num", "mult"):
        for entries in (lex.index.get(form, ()) for form in forms):
            for e in entries:
                if e.category == category and len(e.tokens) == 1:
                    fake = Token(bare, tok.start + 1, tok.end, "word", frozenset(forms))
                    seg = _segment(lex, [*tokens[:j], fake, *tokens[j + 1 :]], j, False)
                    return seg
    return None
