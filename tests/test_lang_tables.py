"""Every language table in ``hum_stats.extract.lang.TABLES`` has the same shape.

A table defines exactly the keys of ``REQUIRED_KEYS`` (no more public names), names only
metrics, units, groups and qualifiers of the vocabulary in ``hum_stats/claims.py``, and
holds no empty phrase and no entry twice within one key.
"""

from __future__ import annotations
import __future__

import ast
import inspect
from collections import Counter
from types import ModuleType
from typing import Any

import pytest

from hum_stats.claims import GROUPS, METRICS, QUALIFIERS, UNITS
from hum_stats.extract.lang import REQUIRED_KEYS, TABLES

LANGS = sorted(TABLES)
# keys whose entries are (forms, unit, group, metric-or-None) rows
NOUN_ROWS = ("NOUNS", "DUAL_NOUNS")
# dicts whose keys are qualifiers / metrics
BY_QUALIFIER = ("QUALIFIERS_BEFORE", "QUALIFIERS_AFTER", "QUALIFYING_VERBS")
BY_METRIC = ("METRIC_TRIGGERS",)


def _public(table: ModuleType) -> set[str]:
    return {
        name
        for name, value in vars(table).items()
        if not name.startswith("_")
        and not isinstance(value, ModuleType | __future__._Feature)  # imports, not table keys
    }


def _forms(spec: str) -> list[str]:
    """The forms of a space-separated list; '+' joins the words of one phrase."""
    return [form.replace("+", " ") for form in spec.split()]


def _entries(key: str, value: Any) -> list[str]:
    """The phrases a key holds, in order (dict keys, tuple items, noun forms)."""
    if key == "CODE":
        return [value]
    if key in NOUN_ROWS:
        return [form for row in value for form in _forms(row[0])]
    if isinstance(value, str):
        return _forms(value)
    if isinstance(value, dict):
        phrases = list(value)
        for sub in value.values():
            if isinstance(sub, tuple | list):
                phrases.extend(sub)
        return phrases
    return list(value)


def _literal_dict_keys(table: ModuleType, key: str) -> list[Any]:
    """Keys of a dict written as a literal in the module source (a repeated key is silently lost at import)."""
    tree = ast.parse(inspect.getsource(table))
    for node in tree.body:
        target = node.targets[0] if isinstance(node, ast.Assign) else getattr(node, "target", None)
        value = getattr(node, "value", None)
        if isinstance(target, ast.Name) and target.id == key and isinstance(value, ast.Dict):
            return [ast.literal_eval(k) for k in value.keys if k is not None]
    return []


def _fold(table: ModuleType, phrase: str) -> str:
    return phrase.casefold() if table.CODE == "en" else phrase


@pytest.mark.parametrize("lang", LANGS)
def test_table_defines_exactly_the_required_keys(lang):
    table = TABLES[lang]
    public = _public(table)
    assert not set(REQUIRED_KEYS) - public, f"{lang}: missing keys"
    assert not public - set(REQUIRED_KEYS), f"{lang}: keys the engine does not know"
    assert len(REQUIRED_KEYS) == len(set(REQUIRED_KEYS)), "REQUIRED_KEYS names a key twice"


@pytest.mark.parametrize("lang", LANGS)
def test_code_is_the_registered_language(lang):
    assert lang == TABLES[lang].CODE


@pytest.mark.parametrize("lang", LANGS)
def test_noun_rows_use_the_vocabulary(lang):
    table = TABLES[lang]
    for key in NOUN_ROWS:
        for row in getattr(table, key):
            forms, unit, group, metric = row
            assert unit in UNITS, f"{lang}.{key} {forms!r}: unit {unit!r}"
            assert group in GROUPS, f"{lang}.{key} {forms!r}: group {group!r}"
            assert metric is None or metric in METRICS, f"{lang}.{key} {forms!r}: metric {metric!r}"


@pytest.mark.parametrize("lang", LANGS)
def test_groups_metrics_and_qualifiers_named_in_dicts_use_the_vocabulary(lang):
    table = TABLES[lang]
    assert set(table.GROUP_ADJECTIVES.values()) <= set(GROUPS)
    for key in BY_METRIC:
        assert set(getattr(table, key)) <= set(METRICS), key
    for key in BY_QUALIFIER:
        assert set(getattr(table, key)) <= set(QUALIFIERS), key


@pytest.mark.parametrize("lang", LANGS)
def test_every_metric_has_triggers(lang):
    assert set(TABLES[lang].METRIC_TRIGGERS) == set(METRICS)


@pytest.mark.parametrize("lang", LANGS)
def test_months_and_windows_are_sane(lang):
    table = TABLES[lang]
    assert set(table.MONTHS.values()) == set(range(1, 13))
    assert all(1 <= day <= 31 for day in table.DAY_ORDINALS.values())
    assert all(isinstance(days, int) and days > 0 for days in table.WINDOWS.values())


@pytest.mark.parametrize("lang, key", [(lang, key) for lang in LANGS for key in REQUIRED_KEYS])
def test_no_empty_phrase(lang, key):
    table = TABLES[lang]
    for phrase in _entries(key, getattr(table, key)):
        assert isinstance(phrase, str), f"{lang}.{key}: {phrase!r} is not a string"
        assert phrase.strip(), f"{lang}.{key}: empty phrase"
        assert phrase == phrase.strip(), f"{lang}.{key}: {phrase!r} has outer spaces"


def _phrases_as_written(table: ModuleType, key: str) -> list[str]:
    """The key's phrases, with a dict's keys read from the source (where a repeat is still visible)."""
    value = getattr(table, key)
    phrases = _entries(key, value)
    if isinstance(value, dict):
        written = _literal_dict_keys(table, key)
        if written:
            phrases = (
                [p for p in phrases if p not in value]
                + written
                + [
                    k
                    for k in value
                    if k not in written  # keys added after the literal (TABLE["x"] = ...)
                ]
            )
    return [_fold(table, p) for p in phrases]


def _duplicate_params():
    params = []
    for lang in LANGS:
        for key in REQUIRED_KEYS:
            params.append(pytest.param(lang, key, id=f"{lang}-{key}"))
    return params


@pytest.mark.parametrize("lang, key", _duplicate_params())
def test_no_duplicate_entries_within_a_key(lang, key):
    phrases = _phrases_as_written(TABLES[lang], key)
    twice = sorted(p for p, n in Counter(phrases).items() if n > 1)
    assert not twice, f"{lang}.{key} lists {twice} more than once"


def test_every_table_key_reaches_the_engine():
    """A key that the compiler does not read would be knowledge the engine never sees."""
    from hum_stats.extract import lexicon

    read_by_compiler = set(lexicon.PHRASES) | set(lexicon.PHRASE_PAYLOADS) | set(lexicon.PAYLOAD_PHRASES)
    read_elsewhere = {
        "CODE", "CLITIC_PREFIXES", "CLITIC_SUFFIXES", "NOUNS", "DUAL_NOUNS", "NON_PEOPLE_NOUNS",
        "NUMBER_WORDS_NEED_FOLLOWER", "TEEN_WORDS", "HUNDRED_WORDS", "PLURAL_MULTIPLIERS", "AUXILIARIES",
        "NOT_NAMES", "ABBREVIATIONS",
    }
    assert set(REQUIRED_KEYS) - read_by_compiler - read_elsewhere == set()
