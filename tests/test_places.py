"""The gazetteer (sources/gazetteer.csv) and place resolution (hum_stats.places).

Location strings are the ``location`` values of claims in ../shared/corpus/dev.jsonl, as the
outlets wrote them; expected codes are OCHA's (shared/gazetteer/syria_pcodes_adm1_adm2.csv).
"""

from __future__ import annotations

import csv
import re
from pathlib import Path

import pytest

from hum_stats.errors import InputError
from hum_stats.paths import bundled_source
from hum_stats.places import find_places, gazetteer, read_gazetteer, resolve

GAZETTEER = bundled_source("gazetteer.csv")
ROWS = list(csv.DictReader(GAZETTEER.open(encoding="utf-8")))
CODES = {r["pcode"] for r in ROWS if r["pcode"]}
OCHA = Path(__file__).resolve().parents[2] / "shared" / "gazetteer" / "syria_pcodes_adm1_adm2.csv"


def _row_id(row: dict[str, str]) -> str:
    return f"{row['admin_level']}-{row['pcode'] or row['name_en']}"


# ------------------------------------------------------------------ the table


@pytest.mark.parametrize("row", ROWS, ids=_row_id)
def test_row_code_format_and_parent(row: dict[str, str]) -> None:
    level = row["admin_level"]
    assert level in {"1", "2", "town"}
    if level == "1":
        assert re.fullmatch(r"SY\d{2}", row["pcode"])
        assert row["parent_pcode"] == "SYR"
    elif level == "2":
        assert re.fullmatch(r"SY\d{4}", row["pcode"])
        assert row["parent_pcode"] == row["pcode"][:4]
        assert row["parent_pcode"] in CODES
    else:
        assert row["pcode"] == "", "a town carries its district's code; never invent one"
        assert re.fullmatch(r"SY\d{4}", row["parent_pcode"]) and row["parent_pcode"] in CODES
        assert "carries its district's code" in row["note"]
    assert row["name_ar"], "every place has its Arabic name"


def test_codes_and_names_are_ochas() -> None:
    if not OCHA.exists():
        pytest.skip("shared/gazetteer not present")
    ocha = {r["P-Code"]: (r["Admin Level"], r["Name"]) for r in csv.DictReader(OCHA.open(encoding="utf-8"))}
    ours = {r["pcode"]: (r["admin_level"], r["name_en"]) for r in ROWS if r["pcode"]}
    assert ours == ocha  # 14 governorates + 62 districts, nothing added, nothing renamed
    assert sum(1 for lvl, _ in ours.values() if lvl == "1") == 14


def test_a_town_with_a_code_is_refused(tmp_path: Path) -> None:
    bad = tmp_path / "g.csv"
    bad.write_text(
        "pcode,admin_level,name_en,parent_pcode,aliases,source\n"
        "SY07,1,Idleb,SYR,,x\nSY0705,2,Ariha,SY07,,x\nSY070500,town,Ariha,SY0705,,x\n",
        encoding="utf-8",
    )
    with pytest.raises(InputError, match=r"g.csv:4: town 'Ariha' has pcode 'SY070500'"):
        read_gazetteer(bad)


def test_an_unknown_parent_is_refused(tmp_path: Path) -> None:
    bad = tmp_path / "g.csv"
    bad.write_text(
        "pcode,admin_level,name_en,parent_pcode,aliases,source\nSY07,1,Idleb,SYR,,x\n,town,Qah,SY0799,,x\n",
        encoding="utf-8",
    )
    with pytest.raises(InputError, match=r"g.csv:3: parent_pcode 'SY0799' of 'Qah' is not in the table"):
        read_gazetteer(bad)


# ------------------------------------------------------------------ resolving corpus locations

# (location as written in dev.jsonl, expected name, level, pcode, adm1 code)
CORPUS_LOCATIONS = [
    pytest.param("ريف إدلب الجنوبي والجنوبي الشرقي", "Idleb", 1, "SY07", "SY07", id="d008-countryside-ar"),
    pytest.param("ريفِ إدلبَ الجنوبي", "Idleb", 1, "SY07", "SY07", id="d027-tashkeel"),
    pytest.param("محافظة إدلب", "Idleb", 1, "SY07", "SY07", id="d007-governorate-ar"),
    pytest.param("أرياف محافظة إدلب", "Idleb", 1, "SY07", "SY07", id="d002-plural-countryside"),
    pytest.param("مدينة معرة النعمان", "Al Ma'ra", 2, "SY0702", "SY07", id="d032-maarat-seat"),
    pytest.param("قرية البارة", "Al-Bara", "town", "SY0705", "SY07", id="d003-bara-town"),
    pytest.param("قرية بليون", "Balyun", "town", "SY0705", "SY07", id="d003-balyun-town"),
    pytest.param("بلدة إحسم في ريف إدلب الجنوبي", "Ehsem", "town", "SY0705", "SY07", id="d022-ehsem"),
    pytest.param("ابلين", "Iblin", "town", "SY0705", "SY07", id="d021-iblin-bare-alef"),
    pytest.param("طريق بلدة “بداما” غرب إدلب", "Badama", "town", "SY0704", "SY07", id="d021-badama-quoted"),
    pytest.param(
        "مخيم للنازحين قرب قرية قاح شمال محافظة إدلب", "Qah", "town", "SY0703", "SY07", id="d032-qah"
    ),
    pytest.param("مدينة جنديرس في ريف عفرين", "Jandairis", "town", "SY0203", "SY02", id="d005-jandairis"),
    pytest.param("مدينة حارم", "Harim", 2, "SY0703", "SY07", id="d005-harim-seat"),
    pytest.param("مدينة سلقين", "Salqin", "town", "SY0703", "SY07", id="d005-salqin"),
    pytest.param("بلدة أرمناز", "Armanaz", "town", "SY0703", "SY07", id="d005-armanaz"),
    pytest.param(
        "مدينة الأتارب بريف حلب الغربي", "Atarib", "town", "SY0200", "SY02", id="d006-atarib-in-aleppo"
    ),
    pytest.param(
        "حارم وسرمدا وأطمة والدانا وترمانين شمال إدلب",
        "Harim",
        2,
        "SY0703",
        "SY07",
        id="d004-list-one-district",
    ),
    pytest.param("محافظة دير الزور", "Deir-ez-Zor", 1, "SY09", "SY09", id="d033-deir-ez-zor"),
    pytest.param("ريف دير الزور شرقي سورية", "Deir-ez-Zor", 1, "SY09", "SY09", id="d012-deir-countryside"),
    pytest.param("منطقة ذيبان", "Dhiban", "town", "SY0903", "SY09", id="d033-dhiban"),
    pytest.param("مدينة درعا ومحيطها", "Dar'a", 2, "SY1200", "SY12", id="d011-daraa-city-ar"),
    pytest.param("southern Idlib countryside", "Idleb", 1, "SY07", "SY07", id="brief-countryside-en"),
    pytest.param("Idlib city", "Idleb", 2, "SY0700", "SY07", id="d049-idlib-city"),
    pytest.param("the town of Binnish", "Binnish", "town", "SY0700", "SY07", id="d049-binnish"),
    pytest.param(
        "a shelter for displaced families in Maarat Misrin",
        "Maarat Misrin",
        "town",
        "SY0700",
        "SY07",
        id="d049-maarat-misrin",
    ),
    pytest.param(
        "a southeastern area of Idlib province", "Idleb", 1, "SY07", "SY07", id="d050-idlib-province"
    ),
    pytest.param(
        "a western region of neighbouring Aleppo province", "Aleppo", 1, "SY02", "SY02", id="d050-aleppo"
    ),
    pytest.param(
        "Mrdikh village in the eastern suburbs of Idlib governorate",
        "Idleb",
        1,
        "SY07",
        "SY07",
        id="d051-unknown-village-falls-back",
    ),
    pytest.param(
        "the rebel-held city of Ariha in Idlib province", "Ariha", 2, "SY0705", "SY07", id="d052-ariha-city"
    ),
    pytest.param("Damascus", "Damascus", 1, "SY01", "SY01", id="d052-damascus"),
    pytest.param("in and around Dar’a city", "Dar'a", 2, "SY1200", "SY12", id="d039-daraa-city-curly"),
    pytest.param("Dar’a Al-Balad", "Daraa al-Balad", "town", "SY1200", "SY12", id="d042-daraa-al-balad"),
    pytest.param("Syria's Idlib", "Idleb", 1, "SY07", "SY07", id="d050-possessive"),
]


@pytest.mark.parametrize(("location", "name", "level", "pcode", "adm1"), CORPUS_LOCATIONS)
def test_resolve_corpus_location(location: str, name: str, level: object, pcode: str, adm1: str) -> None:
    place = resolve(location)
    assert place is not None
    assert (place.name, place.admin_level, place.pcode, place.adm1_pcode) == (name, level, pcode, adm1)
    if level == "town":
        assert place.adm2_pcode == pcode
        assert "carries its district's code" in place.note


@pytest.mark.parametrize(
    "location",
    [
        pytest.param("إدلب وريف حماة", id="seed-two-governorates"),
        pytest.param("Idlib, and its rural parts, and rural Aleppo", id="d038-two-governorates"),
        pytest.param("northwest Syria", id="d036-region-not-a-unit"),
        pytest.param("the Qarqour community", id="d044-unknown-place"),
        pytest.param("مراكز الإيواء", id="d018-shelters"),
    ],
)
def test_resolve_gives_none_when_no_single_unit(location: str) -> None:
    assert resolve(location) is None


# ------------------------------------------------------------------ normalisation


@pytest.mark.parametrize(
    ("written", "pcode"),
    [
        pytest.param("إدلب", "SY07", id="hamza-alef"),
        pytest.param("ادلب", "SY07", id="bare-alef"),
        pytest.param("بإدلب", "SY07", id="clitic-ba"),
        pytest.param("لإدلب", "SY07", id="clitic-lam"),
        pytest.param("وإدلبَ", "SY07", id="clitic-waw-and-fatha"),
        pytest.param("حماه", "SY05", id="ta-marbuta-as-ha"),
        pytest.param("بمعرة النعمان", "SY0702", id="clitic-on-first-word"),
        pytest.param("Jisr-Ash-Shugur", "SY0704", id="ocha-hyphens"),
        pytest.param("JISR AL-SHUGHUR", "SY0704", id="upper-case"),
        pytest.param("Ma'arrat an-Nu'man", "SY0702", id="apostrophes"),
        pytest.param("ريف دمشق", "SY03", id="longest-match-rural-damascus"),
    ],
)
def test_spelling_variants(written: str, pcode: str) -> None:
    place = resolve(written)
    assert place is not None and place.pcode == pcode


def test_find_places_spans_in_a_sentence() -> None:
    text = "وطال القصف كلًا من أريحا، كفرنبل، إبلين، البارة وجميعها مناطق تقع في الريف الجنوبي لإدلب"
    found = find_places(text)
    assert [text[s:e] for s, e, _ in found] == ["أريحا", "كفرنبل", "إبلين", "البارة", "لإدلب"]
    assert [p.name for _, _, p in found] == ["Ariha", "Kafr Nabl", "Iblin", "Al-Bara", "Idleb"]


def test_every_name_in_the_table_resolves_to_its_own_row() -> None:
    g = gazetteer()
    for entry in g.entries:
        for name in entry.names:
            place = resolve(name)
            assert place is not None, name
            if entry.admin_level == "town":
                assert (place.name, place.admin_level) == (entry.name_en, "town"), name
            elif place.pcode != entry.pcode:
                # a district sharing its name with its governorate ("Idleb") reads as the governorate
                assert place.admin_level == 1 and entry.parent_pcode == place.pcode, name
