"""One data table per language, read by the same engine (see ``hum_stats.extract.engine``).

Adding a language means adding a module with the keys of ``REQUIRED_KEYS`` and registering
it in ``TABLES``.
"""

from __future__ import annotations

from types import ModuleType

from hum_stats.extract.lang import ar, en

TABLES: dict[str, ModuleType] = {"ar": ar, "en": en}

REQUIRED_KEYS: tuple[str, ...] = (
    "CODE",
    "CLITIC_PREFIXES",
    "CLITIC_SUFFIXES",
    "NUMBER_WORDS",
    "NUMBER_WORDS_NEED_FOLLOWER",
    "TEEN_WORDS",
    "HUNDRED_WORDS",
    "MULTIPLIERS",
    "PLURAL_MULTIPLIERS",
    "FRACTIONS",
    "VAGUE",
    "CONJUNCTIONS",
    "NOUNS",
    "DUAL_NOUNS",
    "GROUP_ADJECTIVES",
    "OTHERS",
    "PARTITIVE",
    "NON_PEOPLE_NOUNS",
    "BLOCKERS",
    "AFFECTED_EXCEPT_AFTER",
    "METRIC_TRIGGERS",
    "SUBJECT_MARKERS",
    "LINK_VERBS",
    "QUALIFIERS_BEFORE",
    "QUALIFIERS_AFTER",
    "QUALIFYING_VERBS",
    "SUBSET_BEFORE",
    "SUBSET_AFTER",
    "AMONG",
    "BREAKDOWN_JOINERS",
    "RESTATEMENT",
    "COMBINED_GROUPS",
    "AGE_WORDS",
    "CURRENCY_SIGNS",
    "PERCENT_WORDS",
    "NATIONALITIES",
    "MEMBER_WORDS",
    "MEMBER_BODIES",
    "DESTINATION_MARKERS",
    "MONTHS",
    "DAY_ORDINALS",
    "ORDINALS",
    "RELATIVE_PAST",
    "RELATIVE_CURRENT",
    "YEAR_WORDS",
    "MONTH_WORDS",
    "PERIOD_SINCE",
    "PERIOD_START_WORDS",
    "PERIOD_END_WORDS",
    "PERIOD_UNTIL",
    "PERIOD_BETWEEN",
    "PERIOD_IN",
    "PERIOD_SAME",
    "WINDOWS",
    "ATTRIBUTION_MARKERS",
    "REPORTING_VERBS",
    "SOURCE_NOUNS",
    "PLACE_WORDS",
    "AUXILIARIES",
    "EVENT_NOUNS", "CONTINUING_VERBS", "LIST_JOINERS", "TOTAL_MARKERS", "WEEKDAYS",
    "WEEK_WORDS", "WEEK_ORDINALS", "NEW_EVENT", "EITHER_JOINERS", "CONTINUATION_WORDS",
    "RELATIVE_PRONOUNS", "RANGE_MARKERS", "NOT_NAMES",
    "COREFERENT_SOURCES", "ON_DATE",
    "PLACE_NOUNS", "ABBREVIATIONS",
    "LISTENER_VERBS", "COMPARISON_WORDS", "RESPONSIBLE_MARKERS", "INCLUDE_MARKERS", "ADDITION_WORDS", "AFTER_BARE_OBJECT",
)
