"""English extraction, as tables of real language (issue 4; rules in ../shared/CLAIMS.md).

Sentences written in the style of OCHA flash updates, UNHCR and UNICEF statements and
wire copy (Reuters, AFP, AP), each with the claims it holds, in order, and sentences that
hold none. Only the fields a case states are compared (see ``claim_cases``). Periods
resolved against a publication date are in ``test_dates.py``.
"""

from __future__ import annotations

import pytest
from claim_cases import C, case, check

DISP, RET, KILL, INJ, MISS, DET = "displaced", "returned", "killed", "injured", "missing", "detained"
FAM, IND = "families", "individuals"


def run(text: str, published: str | None, expected: list) -> None:
    check(text, "en", published, expected)


# Tables are laid out by hand, one case a few lines: the formatter would hide them.
# fmt: off
# --- numbers ---------------------------------------------------------------------------------
NUMBERS = [
    case("The Response Coordinators group said 65,452 families had been displaced.",
         C(DISP, FAM, "all", 65452), id="comma-thousands"),
    case("Since the start of the offensive 65452 people have fled.", C(DISP, IND, "all", 65452), id="plain-digits"),
    case("Nearly 1,018,529 people have been displaced in north-west Syria.",
         C(DISP, IND, "all", 1018529, qualifier="approx"), id="two-commas"),
    case("About 1.2 million people have been displaced in Idlib since December.",
         C(DISP, IND, "all", 1_200_000, qualifier="approx"), id="1.2-million"),
    case("The fighting has displaced 1.5m people, the agency said.", C(DISP, IND, "all", 1_500_000), id="1.5m"),
    case("Some 3.7 million people have fled the country since 2011.",
         C(DISP, IND, "all", 3_700_000, qualifier="approx"), id="some-3.7-million"),
    case("Half a million children have been displaced since December, UNICEF said.",
         C(DISP, IND, "children", 500_000, by="UNICEF"), id="half-a-million"),
    case("A quarter of a million people fled their homes in two weeks.",
         C(DISP, IND, "all", 250_000), id="a-quarter-of-a-million"),
    case("Three children were killed when a shell hit their home in Ariha.",
         C(KILL, IND, "children", 3), id="word-three"),
    case("Twenty-five civilians were killed in the market attack.", C(KILL, IND, "civilians", 25), id="twenty-five"),
    case("Almost one million people — 60 per cent of them children — have been uprooted.",
         C(DISP, IND, "all", 1_000_000, qualifier="approx"), id="one-million-words"),
    case("The Idlib offensive has forced nearly a million people to flee.",
         C(DISP, IND, "all", 1_000_000, qualifier="approx"), id="a-million"),
    case("Over two million people fled their homes.",
         C(DISP, IND, "all", 2_000_000, qualifier="more_than"), id="two-million"),
    case("Two hundred families returned to Saraqib last month.", C(RET, FAM, "all", 200), id="two-hundred"),
    case("The team recorded the displacement of (2,147) families from Sahl al-Ghab.",
         C(DISP, FAM, "all", 2147), id="parenthesised-figure"),
    case("A total of 14,186 families (78,113 people) were displaced.",
         C(DISP, FAM, "all", 14186), C(DISP, IND, "all", 78113), id="restated-in-parens"),
    case("The earthquake killed 4,300 people and injured 7,600 others.",
         C(KILL, IND, "all", 4300), C(INJ, IND, "all", 7600), id="two-figures"),
    case("The region hosts an estimated 2.9 million IDPs, according to OCHA.",
         C(DISP, IND, "all", 2_900_000, qualifier="approx", by="OCHA"), id="decimal-million-idp-stock"),
]
NUMBERS_NONE = [
    case("Thousands of families fled the town overnight.", id="vague-thousands"),
    case("Tens of thousands of people have been displaced.", id="vague-tens-of-thousands"),
    case("Hundreds of civilians were wounded in the strikes.", id="vague-hundreds"),
    case("Dozens of people were killed in the bombing.", id="vague-dozens"),
    case("Many families are sleeping in the open.", id="vague-many"),
]

# --- units and groups ------------------------------------------------------------------------
UNITS_GROUPS = [
    case("UNRWA said 152 of its staff have been killed.", C(KILL, IND, "aid_workers", 152), id="staff-of-an-agency"),
    case("The SDF said 4 of its fighters were killed.", C(KILL, IND, "combatants", 4), id="fighters-of-an-armed-group"),
    case("Three Mali Red Cross volunteers have been killed this year.", C(KILL, IND, "aid_workers", 3),
         id="four-words-before-the-noun"),
    case("Four other UN staff detained by the group remain in custody.", C(DET, IND, "aid_workers", 4),
         id="other-before-the-noun"),
    case("Fourteen tribal fighters, six SDF members and three civilians were killed.",
         C(KILL, IND, "combatants", 14), C(KILL, IND, "combatants", 6), C(KILL, IND, "civilians", 3),
         id="body-before-members"),
    case("Two Red Crescent personnel were killed.", C(KILL, IND, "aid_workers", 2), id="body-before-personnel"),
    case("Seven UN personnel were injured.", C(INJ, IND, "aid_workers", 7), id="un-personnel"),
    case("Five family members were killed.", C(KILL, IND, "all", 5), id="family-members-are-people"),
    case("The strike killed two adults.", C(KILL, IND, "all", 2), id="adults"),
    case("At least 1,200 households were displaced from Maarat al-Numan.",
         C(DISP, FAM, "all", 1200, qualifier="at_least"), id="households"),
    case("Local authorities said 340 persons fled the fighting.", C(DISP, IND, "all", 340), id="persons"),
    case("Some 5,000 individuals have been displaced in Daraa al-Balad.",
         C(DISP, IND, "all", 5000, qualifier="approx"), id="individuals"),
    case("About 3,000 Afghans were deported from Iran last week.", C(RET, IND, "all", 3000, qualifier="approx"),
         id="nationality-plural"),
    case("The number of Iraqis repatriated from the camp rose to 10,000.", C(RET, IND, "all", 10000),
         id="nationality-plural-subject"),
    case("More than 900 residents fled the town.", C(DISP, IND, "all", 900, qualifier="more_than"), id="residents"),
    case("More than 900,000 IDPs are now sheltering near the border.",
         C(DISP, IND, "all", 900_000, qualifier="more_than"), id="idps"),
    case("Eleven women were killed in the attack.", C(KILL, IND, "women", 11), id="women"),
    case("Twelve soldiers were killed in the ambush.", C(KILL, IND, "combatants", 12), id="soldiers"),
    case("Sixteen fighters were killed in clashes near Kabani.", C(KILL, IND, "combatants", 16), id="fighters"),
    case("Three aid workers were killed in the strike.", C(KILL, IND, "aid_workers", 3), id="aid-workers"),
    case("Two rescuers were injured in a double-tap strike.", C(INJ, IND, "aid_workers", 2), id="rescuers"),
    case("Four medics were wounded while evacuating the injured.", C(INJ, IND, "aid_workers", 4), id="medics"),
    case("Five girls and two boys were among those injured in the strike on the school.",
         C(INJ, IND, "children", 5), C(INJ, IND, "children", 2), id="girls-and-boys-are-children"),
    case("Eight elderly people died of the cold in the camps.", C(KILL, IND, "elderly", 8), id="elderly"),
]

# --- metrics, in any order and voice ------------------------------------------------------------
METRICS = [
    case("UNHCR said around 1 million people displaced inside the country had also gone back to their homes.",
         C(RET, IND, "all", 1_000_000, qualifier="approx"), id="displaced-people-who-had-gone-back"),
    case("About 3,000 people displaced by the floods were living in schools.", C(DISP, IND, "all", 3000, qualifier="approx"),
         id="displaced-people-living-in-schools"),
    case("At least 520 Syrian families (2,650 individuals) left the camp for their areas of origin.",
         C(RET, FAM, "all", 520, qualifier="at_least"), C(RET, IND, "all", 2650, qualifier="at_least"),
         id="left-for-their-areas-of-origin"),
    case("Some 1,200 refugees remain detained in Libya.", C(DET, IND, "all", 1200, qualifier="approx"),
         id="refugees-remain-detained"),
    case("More than 9,000 Iraqis have been brought back from al-Hol since May 2021.",
         C(RET, IND, "all", 9000, qualifier="more_than"), id="brought-back"),
    case("Between 2011 and 2015, as many as 13,000 people, most of them civilians, were hanged in secret.",
         C(KILL, IND, "all", 13000, qualifier="approx"), id="hanged"),
    case("Two people, a woman and her son, suffered burns and were taken to hospital.", C(INJ, IND, "all", 2),
         id="suffered-burns"),
    case("The Directorate General of General Security said 330 displaced Syrians, from 98 families, returned to Syria.",
         C(RET, IND, "all", 330), C(RET, FAM, "all", 98), id="returned-after-an-inserted-phrase"),
    case("Key informants reported that 2,760 newly displaced households (approximately 14,900 individuals) arrived.",
         C(DISP, FAM, "all", 2760), C(DISP, IND, "all", 14900, qualifier="approx"), id="newly-displaced-households"),
    case("Red Cross volunteers evacuated 23 wounded people, among them seven children, to the regional hospital.",
         C(INJ, IND, "all", 23), C(INJ, IND, "children", 7, subset_of=0), id="evacuated-wounded"),
    case("The number of deaths in Aleppo province reached 431, and in Latakia 591.",
         C(KILL, IND, "all", 431), C(KILL, IND, "all", 591), id="the-next-place-of-a-breakdown"),
    case("At least 21 refugees who returned to Syria from Lebanon between January 2017 and June 2021 were "
         "arrested by Syrian security forces.", C(DET, IND, "all", 21, qualifier="at_least"),
         id="main-verb-after-a-long-relative-clause"),
    case("Approximately 28,000 of the 36,000 people who had been displaced from Daraa al-Balad had gone back "
         "to their places of origin.",
         C(RET, IND, "all", 28000, qualifier="approx", subset_of=1), C(DISP, IND, "all", 36000, subset_of=None),
         id="the-base-of-a-part-keeps-its-relative-clause"),
    case("Some 400 of the 1,200 families displaced last month have returned.",
         C(RET, FAM, "all", 400, qualifier="approx", subset_of=1), C(DISP, FAM, "all", 1200),
         id="a-part-of-the-figure-after-it-takes-the-next-verb"),
    case("At least 20 of the 150 people killed were children.",
         C(KILL, IND, "children", 20, qualifier="at_least", subset_of=1), C(KILL, IND, "all", 150),
         id="a-part-of-the-figure-after-it-named-after-the-verb"),
    case("Fighting around Sake displaces 135,000 in a week", C(DISP, IND, "all", 135000),
         id="headline-in-a-week-is-no-rate"),
    case("More than 53,000 people left the capital between 8 and 27 March.",
         C(DISP, IND, "all", 53000, qualifier="more_than"), id="left-the-capital"),
    case("In Vovchansk, where fewer than 200 residents remain out of a pre-war population of 17,000, "
         "Russian shelling killed two men on Thursday.", C(KILL, IND, "men", 2),
         id="a-population-of-another-clause"),
    case("Palestinians killed four Israelis, including three members of Israeli forces.",
         C(KILL, IND, "all", 4), C(KILL, IND, "combatants", 3, subset_of=0), id="israelis"),
    case("72 people were killed and 114 wounded, the ministry said, bringing the number of wounded since "
         "October 7 to 72,889.", C(KILL, IND, "all", 72), C(INJ, IND, "all", 114),
         C(INJ, IND, "all", 72889, since="2023-10-07"), published="2024-03-12",
         id="date-day-before-to-is-no-range"),
    case("The number of UNRWA staff killed in Gaza since the start of the war has risen to 152, the agency said "
         "on Monday.", C(KILL, IND, "aid_workers", 152, since=None), published="2024-01-16",
         id="number-of-modified-noun-risen-to"),
    case("Suwayda death toll passes 1,100 as truce largely holds", C(KILL, IND, "all", 1100, qualifier="more_than"),
         id="toll-passes"),
    case("The death toll from a week of fighting between the Syrian Democratic Forces (SDF) and tribal fighters "
         "in eastern Deir Ezzor has risen to 71, the monitor said.", C(KILL, IND, "all", 71),
         id="long-subject-with-a-bracket-rose-to"),
    case("Key figures - Deaths in north-west Syria: 4,525; injuries: 8,786 (local health authorities)",
         C(KILL, IND, "all", 4525), C(INJ, IND, "all", 8786), id="key-figures-with-colons"),
    case("Bombs hit Goma displacement camps, killing 35\nKINSHASA (Reuters) - At least 35 people were killed.",
         C(KILL, IND, "all", 35), C(KILL, IND, "all", 35, qualifier="at_least"), id="headline-ends-on-its-figure"),
    case("On 8 July alone, missile strikes killed 47 civilians and injured 190.",
         C(KILL, IND, "civilians", 47), C(INJ, IND, "civilians", 190), id="bare-object-of-the-second-verb"),
    case("SNHR documented the killing of 85 civilians, among them 21 children and one medical worker.",
         C(KILL, IND, "civilians", 85), C(KILL, IND, "children", 21, subset_of=0),
         C(KILL, IND, "aid_workers", 1, subset_of=0), id="one-medical-worker"),
    case("Also among the dead were 354 members of the government forces and 24 Sunni Bedouin.",
         C(KILL, IND, "combatants", 354), C(KILL, IND, "all", 24), id="bedouin"),
    case("Syria quake death toll rises above 2,500 as rescuers race against time",
         C(KILL, IND, "all", 2500, qualifier="more_than"), id="as-ends-the-figure"),
    case("Iraq repatriates 700 more from Syria's al-Hol camp", C(RET, IND, "all", 700), id="repatriates"),
    case("Rukban's last 42 families head home as the desert camp empties", C(RET, FAM, "all", 42),
         id="head-home"),
    case("Officials at the crossing said 1,730 people returned on Thursday alone.", C(RET, IND, "all", 1730),
         id="said-between-a-trigger-and-the-figure"),
    case("Of the 1,041,233 people displaced, 245,901 (42,312 families) have returned since the ceasefire.",
         C(DISP, IND, "all", 1041233), C(RET, IND, "all", 245901, subset_of=0), C(RET, FAM, "all", 42312),
         id="verb-after-a-bracketed-restatement"),
    case("Strikes have killed at least 44 people, including 29 members of the Kurdish-led internal security forces.",
         C(KILL, IND, "all", 44, qualifier="at_least"), C(KILL, IND, "combatants", 29, subset_of=0),
         id="members-of-forces"),
    case("The toll has risen to 28, among them nine children, in addition to four members of the Civil Defence.",
         C(KILL, IND, "all", 28), C(KILL, IND, "children", 9, subset_of=0), C(KILL, IND, "aid_workers", 4),
         id="members-of-civil-defence"),
    case("Air strikes killed 12 people, among them five members of one family.",
         C(KILL, IND, "all", 12), C(KILL, IND, "all", 5, subset_of=0), id="of-one-family"),
    case("The NDMA said 1,325 people, including 466 children, have died and 12,703 people have been injured since 14 June.",
         C(KILL, IND, "all", 1325), C(KILL, IND, "children", 466, subset_of=0), C(INJ, IND, "all", 12703),
         id="verb-after-the-figure-then-a-date"),
    case("The death toll since Oct. 8, 2023 rose to 1,873.", C(KILL, IND, "all", 1873, since="2023-10-08"),
         id="abbreviated-month-with-a-dot", published="2024-10-02"),
    case("A teenager was shot dead, bringing to 505 the number of Palestinians killed in the West Bank.",
         C(KILL, IND, "all", 505), id="bringing-to-figure-the-number-of"),
    case("Russian missile attack kills 38, injures 190 across Ukraine",
         C(KILL, IND, "all", 38), C(INJ, IND, "all", 190), id="headline-verbs"),
    case("UNHCR: Over 280,000 refugees back in Syria since the fall of the government",
         C(RET, IND, "all", 280000, qualifier="more_than"), id="back-in"),
    case("More than 82,000 Lebanese have fled across the border.", C(DISP, IND, "all", 82000, qualifier="more_than"),
         id="lebanese-as-a-noun"),
    case("Bangladesh moved 2.4 million people to cyclone shelters ahead of the storm.",
         C(DISP, IND, "all", 2_400_000), id="moved-to-shelters"),
    case("More than 270 individuals sustained injuries, 79 children among them.",
         C(INJ, IND, "all", 270, qualifier="more_than"), C(INJ, IND, "children", 79, subset_of=0),
         id="verb-before-a-comma-and-a-part"),
    case("More than 900 Iraqi nationals (about 240 households) left Al-Hol camp for Iraq in January.",
         C(RET, IND, "all", 900, qualifier="more_than"), C(RET, FAM, "all", 240, qualifier="approx"),
         id="nationals-leave-for-their-country"),
    case("Some 3,000 Syrians fled from Lebanon to Syria last week.", C(RET, IND, "all", 3000, qualifier="approx"),
         id="nationals-flee-home"),
    case("About 2,000 Syrians fled to Lebanon.", C(DISP, IND, "all", 2000, qualifier="approx"),
         id="nationals-flee-abroad"),
    case("The mission said 108 civilians were killed and 496 injured last month.",
         C(KILL, IND, "civilians", 108), C(INJ, IND, "civilians", 496), id="elided-participle-repeats-the-group"),
    case("Some 885,294 people who had been displaced have gone back to their areas of origin.",
         C(RET, IND, "all", 885294, qualifier="approx"), id="who-had-been-displaced-then-returned"),
    case("Fighting has forced more than 600 Rohingya families to flee into Bangladesh.",
         C(DISP, FAM, "all", 600, qualifier="more_than"), id="people-noun-before-families"),
    case("Some 12,000 IDP families returned to their villages.", C(RET, FAM, "all", 12000, qualifier="approx"),
         id="idp-families"),
    case("Gunmen shot dead five farmers near Daraa, and two shepherds went missing.",
         C(KILL, IND, "all", 5), C(MISS, IND, "all", 2), id="shot-dead-went-missing"),
    case("Militants assassinated three local council members in Tafas.", C(KILL, IND, "all", 3),
         id="assassinated"),
    case("Some 130 hostages remain in Gaza, officials said.", C(DET, IND, "all", 130, qualifier="approx"),
         id="hostages-are-held"),
    case("Security forces rounded up 40 men in the town overnight.", C(DET, IND, "men", 40), id="rounded-up"),
    case("At least 27 migrants were lost at sea off the Libyan coast.",
         C(MISS, IND, "all", 27, qualifier="at_least"), id="lost-at-sea"),
    case("The strikes caused 12 civilian deaths and 30 injuries.",
         C(KILL, IND, "civilians", 12), C(INJ, IND, "civilians", 30), id="injuries-beside-civilian-deaths"),
    case("At least 40 children were killed and 300 injuries were recorded.",
         C(KILL, IND, "children", 40, qualifier="at_least"), C(INJ, IND, "all", 300),
         id="injuries-beside-a-verb-keep-all"),
    case("Authorities forcibly evicted at least 4,700 residents from the settlement.",
         C(DISP, IND, "all", 4700, qualifier="at_least"), id="evicted"),
    case("At least 17 people, among them three children, have drowned.",
         C(KILL, IND, "all", 17, qualifier="at_least"), C(KILL, IND, "children", 3, subset_of=0), id="drowned"),
    case("India evacuated more than 650,000 from coastal areas.", C(DISP, IND, "all", 650000, qualifier="more_than"),
         id="object-of-verb-without-noun"),
    case("Some 547,000 people are affected by the floods, of whom 370,000 have been displaced.",
         C(DISP, IND, "all", 370000, subset_of=None), id="affected-total-holds-no-parts"),
    case("The offensive has uprooted 948,000 people since December.", C(DISP, IND, "all", 948000), id="uprooted-active"),
    case("Some 948,000 people have been uprooted since December.",
         C(DISP, IND, "all", 948000, qualifier="approx"), id="uprooted-passive"),
    case("Shelling on Tuesday forced 2,500 families to flee.", C(DISP, FAM, "all", 2500), id="forced-to-flee-active"),
    case("About 2,500 families were forced to flee their homes.",
         C(DISP, FAM, "all", 2500, qualifier="approx"), id="were-forced-to-flee"),
    case("An estimated 30,000 people fled Deir ez-Zor city.",
         C(DISP, IND, "all", 30000, qualifier="approx"), id="fled"),
    case("The fighting escalated, displacing 3,000 families.", C(DISP, FAM, "all", 3000), id="displacing"),
    case("About 73,000 people have returned to their homes.",
         C(RET, IND, "all", 73000, qualifier="approx"), id="returned"),
    case("The return of 2,000 families to Daraa al-Balad began on Sunday.", C(RET, FAM, "all", 2000), id="return-of"),
    case("At least 20 people died after the building collapsed.",
         C(KILL, IND, "all", 20, qualifier="at_least"), id="died"),
    case("The strikes left 11 dead and 40 wounded.", C(KILL, IND, "all", 11), C(INJ, IND, "all", 40), id="dead-and-wounded"),
    case("The earthquake caused more than 4,500 deaths in north-west Syria.",
         C(KILL, IND, "all", 4500, qualifier="more_than"), id="deaths"),
    case("The death toll rose to 87 on Wednesday.", C(KILL, IND, "all", 87), id="death-toll-rose-to"),
    case("The death toll in Syria rose above 5,900.", C(KILL, IND, "all", 5900, qualifier="more_than"),
         id="death-toll-rose-above"),
    case("The quake killed 5,900 people in Syria, raising the toll across both countries above 50,000.",
         C(KILL, IND, "all", 5900), C(KILL, IND, "all", 50000, qualifier="more_than"), id="raising-the-toll-above"),
    case("The toll climbed to 53 dead and 303 injured.",
         C(KILL, IND, "all", 53), C(INJ, IND, "all", 303), id="toll-climbed-dead-and-injured"),
    case("Clashes left 13 fighters dead.", C(KILL, IND, "combatants", 13), id="left-fighters-dead"),
    case("Fourteen civilians lost their lives in the bombardment.", C(KILL, IND, "civilians", 14), id="lost-their-lives"),
    case("A car bomb killed 19 people, including 8 children, in Azaz.",
         C(KILL, IND, "all", 19), C(KILL, IND, "children", 8, subset_of=0), id="killed-active"),
    case("At least 26 people were wounded, the monitor said.",
         C(INJ, IND, "all", 26, qualifier="at_least"), id="wounded"),
    case("Thirty people remain missing under the rubble.", C(MISS, IND, "all", 30), id="missing"),
    case("Government forces arrested 45 civilians in raids on Tafas.", C(DET, IND, "civilians", 45), id="arrested"),
    case("SNHR documented the detention of 187 people in March.",
         C(DET, IND, "all", 187, by="SNHR"), id="detention"),
]

# --- subsets -------------------------------------------------------------------------------
SUBSETS = [
    case("The earthquakes had killed 5,814 people across Syria, according to official sources: 4,191 in the "
         "north-west and 1,623 in government-held areas.",
         C(KILL, IND, "all", 5814), C(KILL, IND, "all", 4191, subset_of=0), C(KILL, IND, "all", 1623, subset_of=0),
         id="a-toll-then-a-colon-list"),
    case("The Syria Civil Defence said the toll had risen to 1,280, among them four of its own volunteers.",
         C(KILL, IND, "all", 1280), C(KILL, IND, "aid_workers", 4, subset_of=0), id="its-own-volunteers"),
    case("The ministry said 812 people had died. The deaths were spread across Aleppo (371), Latakia (298) and Hama (123).",
         C(KILL, IND, "all", 812), C(KILL, IND, "all", 371, subset_of=0), C(KILL, IND, "all", 298, subset_of=0),
         C(KILL, IND, "all", 123, subset_of=0), id="a-toll-spread-over-provinces"),
    case("The toll has risen to 92, SOHR said. The monitor said 61 of the dead were Syrian members of Iran-backed "
         "groups, 27 were foreign fighters and four were members of Lebanon's Hezbollah.",
         C(KILL, IND, "all", 92), C(KILL, IND, "combatants", 61, subset_of=0), C(KILL, IND, "combatants", 27, subset_of=0),
         C(KILL, IND, "combatants", 4, subset_of=0), id="of-the-dead-were-then-n-were"),
    case("ACLED records 196 reported fatalities. Of these fatalities, 71 were recorded in Deir ez-Zor, and 27 in the "
         "northwest.", C(KILL, IND, "all", 196), C(KILL, IND, "all", 71, subset_of=0), C(KILL, IND, "all", 27, subset_of=0),
         id="of-these-fatalities"),
    case("SNHR documented the killing of 87 civilians in March, including 14 children and two people who died under "
         "torture in detention.",
         C(KILL, IND, "civilians", 87), C(KILL, IND, "children", 14, subset_of=0), C(KILL, IND, "all", 2, subset_of=0),
         id="who-died-in-detention"),
    case("The hospital received 454 wounded patients between 10 and 18 May, 56 of whom died of their injuries.",
         C(INJ, IND, "all", 454), C(KILL, IND, "all", 56, subset_of=0), id="of-whom-died"),
    case("Pagers exploded across Lebanon, killing at least nine people and wounding nearly 2,800 others. Of the "
         "wounded, some 200 were in critical condition.",
         C(KILL, IND, "all", 9), C(INJ, IND, "all", 2800), C(INJ, IND, "all", 200, qualifier="approx", subset_of=1),
         id="of-the-wounded-some"),
    case("The cumulative number of internally displaced persons (IDPs) across Gaza is about 1.5 million, of whom "
         "nearly 717,000 are sheltering in UNRWA facilities.",
         C(DISP, IND, "all", 1_500_000, qualifier="approx"), C(DISP, IND, "all", 717000, subset_of=0),
         id="number-of-a-noun-with-its-abbreviation"),
    case("SNHR documented the killing of 238 people in August, 91 of them civilians. The other 147 killed in August "
         "were combatants.",
         C(KILL, IND, "all", 238), C(KILL, IND, "civilians", 91, subset_of=0),
         C(KILL, IND, "combatants", 147, subset_of=0), id="the-other-killed-were-combatants"),
    case("The ministry reported that 1,974 people had been killed and 9,384 injured, including 127 children and 261 "
         "women among those killed.",
         C(KILL, IND, "all", 1974), C(INJ, IND, "all", 9384), C(KILL, IND, "children", 127, subset_of=0),
         C(KILL, IND, "women", 261, subset_of=0), id="among-those-killed-after-the-list"),
    case("Islamic State fighters killed 18 pro-government militiamen in an ambush, the Syrian Observatory for Human "
         "Rights said. Four jihadists also died in the clashes, the Britain-based monitor said.",
         C(KILL, IND, "combatants", 18, by="SOHR"), C(KILL, IND, "combatants", 4, subset_of=None, by="SOHR"),
         id="also-died-is-no-part-of-the-toll-before"),
    case("The Houthi-run health ministry revised down the death toll from an air strike on a detention centre in "
         "Saada, northern Yemen, to 70, after initially reporting 82 dead.",
         C(KILL, IND, "all", 70), C(KILL, IND, "all", 82), id="toll-past-a-detention-centre-and-a-comma"),
    case("Approximately 28,000 of the 36,000 people who had been displaced had gone back to their places of "
         "origin. That figure covers the estimated 1,400 IDPs who had been staying in shelters in Daraa al-Mahatta, "
         "as well as 2,000 residents of the camps.",
         C(RET, IND, "all", 28000, subset_of=1), C(DISP, IND, "all", 36000),
         C(RET, IND, "all", 1400, subset_of=0), C(RET, IND, "all", 2000, subset_of=0),
         id="that-figure-covers"),
    case("SOHR said 1,311 people had been killed since Thursday, among them 830 civilians. The toll includes 231 "
         "members of the security forces.",
         C(KILL, IND, "all", 1311), C(KILL, IND, "civilians", 830, subset_of=0),
         C(KILL, IND, "combatants", 231, subset_of=0), id="the-toll-includes-a-part-of-the-total"),
    case("At least 5,601 people were killed in 2024, and a further 2,212 were injured. The toll includes at least "
         "207 people killed in a massacre in Wharf Jeremie.",
         C(KILL, IND, "all", 5601), C(INJ, IND, "all", 2212), C(KILL, IND, "all", 207, subset_of=0),
         id="the-toll-is-of-the-dead"),
    case("SNHR documented the killing of 140 civilians in August. Syrian regime forces were responsible for 64 "
         "of them, the SDF for 12, and HTS for 5.",
         C(KILL, IND, "civilians", 140), C(KILL, IND, "civilians", 64, subset_of=0),
         C(KILL, IND, "civilians", 12, subset_of=0), C(KILL, IND, "civilians", 5, subset_of=0),
         id="shares-of-the-parties-responsible"),
    case("The strike, which injured at least 16 people, including seven children, will be investigated.",
         C(INJ, IND, "all", 16, qualifier="at_least"), C(INJ, IND, "children", 7, subset_of=0),
         id="a-future-after-a-comma-is-no-hypothesis"),
    case("Another 23 were wounded, four of them children and one a civil defence volunteer.",
         C(INJ, IND, "all", 23), C(INJ, IND, "children", 4, subset_of=0), C(INJ, IND, "aid_workers", 1, subset_of=0),
         id="one-a-volunteer"),
    case("Some 1,830 families have returned to Kafranbel, out of roughly 6,000 families who lived in the town before 2019.",
         C(RET, FAM, "all", 1830, qualifier="approx"), id="out-of-a-former-population"),
    case("Some 1.96 million Syrians have returned, including nearly 560,000 refugees from neighbouring "
         "countries and about 1.4 million people who had been internally displaced.",
         C(RET, IND, "all", 1_960_000), C(RET, IND, "all", 560000, subset_of=0),
         C(RET, IND, "all", 1_400_000, subset_of=0), id="who-they-were-inside-a-return-total"),
    case("WHO verified 101 deaths and 139 injuries. \"Sixty-two of those killed were health workers,\" a doctor said.",
         C(KILL, IND, "all", 101), C(INJ, IND, "all", 139), C(KILL, IND, "aid_workers", 62, subset_of=0),
         id="of-those-killed-is-a-part-of-the-dead"),
    case("WHO counted 226 deaths and 199 injuries. Of those killed, 156 were health workers.",
         C(KILL, IND, "all", 226), C(INJ, IND, "all", 199), C(KILL, IND, "aid_workers", 156, subset_of=0),
         id="of-those-killed-comma"),
    case("The report said 1,634 people had been injured. Of the dead, 386 were children and 207 women.",
         C(INJ, IND, "all", 1634), C(KILL, IND, "children", 386), C(KILL, IND, "women", 207),
         id="of-the-dead-with-no-toll-in-reach"),
    case("Some 1.1 million people have been displaced. Of these, about 35,000 are staying in collective centres.",
         C(DISP, IND, "all", 1_100_000), C(DISP, IND, "all", 35000, subset_of=0), id="of-these-comma"),
    case("About 1.1 million people were displaced. Since 8 December, some 640,000 of those displaced have returned.",
         C(DISP, IND, "all", 1_100_000), C(RET, IND, "all", 640000, subset_of=0), id="of-those-displaced-returned"),
    case("At least 165 people were killed. Witnesses said at least 20 of the dead were women.",
         C(KILL, IND, "all", 165), C(KILL, IND, "women", 20, subset_of=0, qualifier="at_least"),
         id="of-the-dead-were-women"),
    case("Police arrested 43 people in Daraa, and 11 of them were later released.", C(DET, IND, "all", 43),
         id="part-later-released"),
    case("At least 230 people have been killed in Gaza. Among the dead are 152 UNRWA staff members.",
         C(KILL, IND, "all", 230, qualifier="at_least"), C(KILL, IND, "aid_workers", 152, subset_of=0),
         id="among-the-dead-are-staff"),
    case("More than 400 people were killed, among them nine staff members of an aid group.",
         C(KILL, IND, "all", 400, qualifier="more_than"), C(KILL, IND, "aid_workers", 9, subset_of=0),
         id="staff-of-an-aid-group"),
    case("Some 6.3 million refugees from Ukraine are recorded globally.",
         C(DISP, IND, "all", 6_300_000, qualifier="approx"), id="refugees-abroad-are-displaced"),
    case("Some 2,000 refugees returned from Lebanon last week.", C(RET, IND, "all", 2000, qualifier="approx"),
         id="refugees-who-return"),
    case("Eight civilians were killed, among them a mother and 5 children.",
         C(KILL, IND, "civilians", 8), C(KILL, IND, "children", 5, subset_of=0), id="part-after-one-person"),
    case("About 120 families arrived in the camps, compared with 80 the previous week.",
         C(DISP, FAM, "all", 120, qualifier="approx"), C(DISP, FAM, "all", 80), id="compared-with-a-week-before"),
    case("The number of people in collective shelters fell to 36,500, down from a peak of 150,000 in February.",
         C(DISP, IND, "all", 36500), C(DISP, IND, "all", 150000), id="down-from-a-peak"),
    case("Forces killed at least 82 civilians, 11 women and 13 children among them, in four districts.",
         C(KILL, IND, "civilians", 82, qualifier="at_least"), C(KILL, IND, "women", 11, subset_of=0),
         C(KILL, IND, "children", 13, subset_of=0), id="total-before-a-list-among-them"),
    case("Some 900,000 people have fled. He said 500,000 of those displaced were children.",
         C(DISP, IND, "all", 900000), C(DISP, IND, "children", 500000, subset_of=0), id="of-those-displaced-were-children"),
    case("The strikes killed 568 civilians, including 162 children.",
         C(KILL, IND, "civilians", 568), C(KILL, IND, "children", 162, subset_of=0), id="including"),
    case("Some 2,000 people were displaced, of whom 1,100 were children.",
         C(DISP, IND, "all", 2000, qualifier="approx"), C(DISP, IND, "children", 1100, subset_of=0), id="of-whom"),
    case("Nine civilians were killed, among them four children.",
         C(KILL, IND, "civilians", 9), C(KILL, IND, "children", 4, subset_of=0), id="among-them"),
    case("At least 53 people were killed, including 11 women and 15 children.",
         C(KILL, IND, "all", 53, qualifier="at_least"), C(KILL, IND, "women", 11, subset_of=0),
         C(KILL, IND, "children", 15, subset_of=0), id="breakdown"),
    case("Eight people were killed, including five civilians, two of whom were children.",
         C(KILL, IND, "all", 8), C(KILL, IND, "civilians", 5, subset_of=0), C(KILL, IND, "children", 2, subset_of=1),
         id="nested"),
    case("Five civilians were killed in Ariha; separately, three children were killed in Sarmin.",
         C(KILL, IND, "civilians", 5), C(KILL, IND, "children", 3, subset_of=None), id="separate-event-no-subset"),
    case("The figure of 568 civilians killed includes 162 children.",
         C(KILL, IND, "civilians", 568), C(KILL, IND, "children", 162, subset_of=0), id="includes"),
    case("Of the 36,000 people displaced, 28,000 have returned.",
         C(DISP, IND, "all", 36000), C(RET, IND, "all", 28000, subset_of=0), id="x-of-the-y-displaced"),
]

# --- qualifiers -------------------------------------------------------------------------------
QUALIFIERS = [
    case("At least 58 civilians have been killed and 213 injured since fighting escalated in El Fasher.",
         C(KILL, IND, "civilians", 58, qualifier="at_least"), C(INJ, IND, "civilians", 213, qualifier="at_least"),
         id="shared-by-parallel-verbs"),
    case("At least 11 civilians were killed and 56 people were injured.",
         C(KILL, IND, "civilians", 11, qualifier="at_least"), C(INJ, IND, "all", 56, qualifier="exact"),
         id="not-shared-by-a-whole-clause"),
    case("The strike killed two men and injured at least 16 people.",
         C(KILL, IND, "men", 2, qualifier="exact"), C(INJ, IND, "all", 16, qualifier="at_least"),
         id="the-next-figures-qualifier-is-not-ours"),
    case("About 700 families fled.", C(DISP, FAM, "all", 700, qualifier="approx"), id="about"),
    case("Around 12,000 people were displaced.", C(DISP, IND, "all", 12000, qualifier="approx"), id="around"),
    case("Nearly 50,000 people fled.", C(DISP, IND, "all", 50000, qualifier="approx"), id="nearly"),
    case("Almost 15,000 women have been displaced.", C(DISP, IND, "women", 15000, qualifier="approx"), id="almost"),
    case("Approximately 9,000 people returned.", C(RET, IND, "all", 9000, qualifier="approx"), id="approximately"),
    case("An estimated 68,000 people were displaced.", C(DISP, IND, "all", 68000, qualifier="approx"), id="an-estimated"),
    case("More than 800,000 people have fled.", C(DISP, IND, "all", 800000, qualifier="more_than"), id="more-than"),
    case("Over 1,400 families were displaced.", C(DISP, FAM, "all", 1400, qualifier="more_than"), id="over"),
    case("At least 70 people were killed.", C(KILL, IND, "all", 70, qualifier="at_least"), id="at-least"),
    case("Forty people or more were injured.", C(INJ, IND, "all", 40, qualifier="at_least"), id="or-more"),
    case("Up to 80,000 people have been displaced.", C(DISP, IND, "all", 80000, qualifier="up_to"), id="up-to"),
    case("A total of 640 families were displaced.", C(DISP, FAM, "all", 640, qualifier="exact"), id="exact"),
    case("After more than 108 hours under the rubble, rescuers said 221 people had died.",
         C(KILL, IND, "all", 221, qualifier="exact"), id="qualifier-of-hours-does-not-carry"),
]

# --- attribution --------------------------------------------------------------------------------
ATTRIBUTION = [
    case("The Directorate General of General Security said 330 Syrians returned.",
         C(RET, IND, "all", 330, by="Directorate General of General Security"), id="a-directorate-with-its-name"),
    case("The Ministry of Public Health reported that 1,974 people had been killed.",
         C(KILL, IND, "all", 1974, by="Ministry of Public Health"), id="a-ministry-with-its-name"),
    case("Pagers exploded, killing nine people, Lebanon's health minister said.",
         C(KILL, IND, "all", 9, by="Lebanon's health minister"), id="a-possessor-before-the-source"),
    case("Twenty-three people were killed, the Syrian Observatory for Human Rights said. They included three "
         "civilians, the Britain-based monitor said.",
         C(KILL, IND, "all", 23, by="SOHR"), C(KILL, IND, "civilians", 3, by="SOHR"),
         id="a-definite-description-of-the-monitor-named-before"),
    case("U.N. aid chief Mark Lowcock said 900,000 people had fled since December.",
         C(DISP, IND, "all", 900000, by="United Nations"), id="u-n-with-full-stops"),
    case("According to OCHA, 4,500 people died. Local partners say 1,000 died in Jandairis alone.",
         C(KILL, IND, "all", 4500, by="OCHA"), C(KILL, IND, "all", 1000, by="Local partners"),
         id="partners-are-not-the-organisation-named-before"),
    case("OCHA issued an update on Friday. The report said 1,000 people fled.",
         C(DISP, IND, "all", 1000, by="OCHA"), id="the-report-stands-for-ocha"),
    case("Some 948,000 people have been displaced since 1 December, according to OCHA.",
         C(DISP, IND, "all", 948000, by="OCHA"), id="according-to-ocha"),
    case("About 800,000 people have fled since December, the UN said.",
         C(DISP, IND, "all", 800000, by="United Nations"), id="the-un-said"),
    case("The Response Coordinators group reported that 1,611 families were displaced.",
         C(DISP, FAM, "all", 1611, by="Response Coordinators"), id="response-coordinators-reported"),
    case("UNHCR estimates that 34,000 refugees returned from Turkey.",
         C(RET, IND, "all", 34000, by="UNHCR"), id="unhcr-estimates"),
    case("The Syrian Observatory for Human Rights said 12 civilians were killed.",
         C(KILL, IND, "civilians", 12, by="SOHR"), id="sohr-said"),
    case("The White Helmets said 221 people had died in Jandaris.",
         C(KILL, IND, "all", 221, by="Syrian Civil Defence"), id="white-helmets"),
    case("According to the International Organization for Migration, 45,000 people have been displaced.",
         C(DISP, IND, "all", 45000, by="IOM"), id="according-to-iom-before"),
    case("The World Health Organization reported 12 deaths from cholera.",
         C(KILL, IND, "all", 12, by="WHO"), id="who-reported"),
    case("The Syrian Civil Defence said its teams had pulled 3 bodies from the rubble.",
         C(KILL, IND, "all", 3, by="Syrian Civil Defence"), id="civil-defence-bodies"),
    case("The Syria Response Coordinators team said 5,220 families fled western Aleppo.",
         C(DISP, FAM, "all", 5220, by="Response Coordinators"), id="same-registry-as-arabic"),
    case("About 300 families fled Kafranbel on Sunday.", C(DISP, FAM, "all", 300, attributed=False), id="no-source"),
]

# --- not claims ----------------------------------------------------------------------------------
NOT_CLAIMS = [
    case("Population density in Rafah exceeded 12,000 people per square kilometre.", id="density"),
    case("The report, the group's 142nd monthly toll, says at least 60 attacks hit vital facilities.", id="an-ordinal"),
    case("Water supply to about 300,000 people in the area has been cut.", id="water-supply-to"),
    case("The army said it had prevented 112 Syrians from crossing the border illegally.", id="prevented-crossing"),
    case("The report draws on interviews with 29 people, including lawyers and relatives of detained children.",
         id="interviews-with"),
    case("The interior ministry said 14 arrest warrants had been issued.", id="arrest-warrants"),
    case("The youngest of them is 13, the office said.", id="age-of-the-youngest"),
    case("Houthi forces were responsible for 19 casualties and government forces for six.", id="casualties-are-no-count-of-ours"),
    case("The resolution was backed by 14 of its 15 members.", id="members-of-a-council-are-no-part"),
    case("Some 300 families a week arrive in the camps.", id="a-week-is-a-rate"),
    case("Some 2.2 million children suffer from acute malnutrition.", id="suffering-malnutrition"),
    case("More than 2,250 migrants died or went missing on the route this year.", id="died-or-missing"),
    case("The government paid the families of each victim 10 million dinars.", id="money-in-dinars"),
    case("Missile strikes hit Kyiv, including one that struck a children's hospital.", id="one-that-is-a-pronoun"),
    case("The average household size among returnees is five people.", id="average-household"),
    case("\"We have nothing left,\" said Esperance, 34, a mother of six who fled Kitshanga.", id="mother-of-six"),
    case("Amnesty said 84 people had been sentenced to death by military tribunals.", id="sentenced-to-death"),
    case("The agency is seeking $310 million to support up to 1 million returnees.", id="aid-target"),
    case("He said the number of dead was likely to exceed 3,000.", id="likely-to-exceed"),
    case("More than 1 in 10 returnees told IOM they planned to leave again.", id="ratio-one-in-ten"),
    case("Seven out of 10 displaced families live in tents.", id="ratio-out-of"),
    case("The camp is one of more than 140 displacement sites in Kachin.", id="displacement-sites"),
    case("A boat carrying 154 Ethiopians capsized off the coast.", id="boat-carrying"),
    case("Aid agencies expect up to 650,000 people to return north in the coming weeks.", id="expected-returns"),
    case("About 30 per cent of the displaced families received fuel.", id="per-cent-in-words"),
    case("The deal would see 50 hostages freed in exchange for 150 prisoners.", id="exchange-deal"),
    case("The prisoner swap covered 248 detainees on each side.", id="prisoner-swap"),
    case("\"Children aged 10 or 12 are walking for hours,\" a spokesperson said.", id="ages-joined-by-or"),
    case("The camp now holds 77 IDP sites along the river.", id="people-noun-before-a-thing"),
    case("Police released 40 detainees on Monday.", id="released-detainees-no-claim"),
    case("Some 3.7 million people have been affected by the monsoon.", id="affected-is-no-displacement"),
    case("The ceasefire was signed in Moscow on 5 March 2020.", id="date"),
    case("The war has raged since 2011.", id="year"),
    case("In 2019, the campaign escalated sharply.", id="year-in"),
    case("The earthquake struck at 4:17 am local time.", id="time"),
    case("The town lies 15 km south of Idlib city.", id="distance"),
    case("The UN released $30 million for the displaced.", id="money"),
    case("Some 26 per cent of the displaced are women.", id="percentage"),
    case("Women and children make up 80% of those displaced.", id="percent-sign"),
    case("A boy aged 10 was killed by a stray bullet.", id="age-aged"),
    case("A 7-year-old girl was injured in the shelling.", id="age-year-old"),
    case("On the third day of the offensive, shelling intensified.", id="ordinal"),
    case("Security Council resolution 2254 calls for a ceasefire.", id="resolution-number"),
    case("Government forces captured 19 villages in southern Idlib.", id="villages"),
    case("Russian jets carried out 36 airstrikes on Idlib province.", id="airstrikes"),
    case("Six hospitals were put out of service.", id="hospitals"),
    case("Twelve schools were damaged in the strikes.", id="schools"),
    case("A convoy of 52 trucks crossed Bab al-Hawa.", id="trucks"),
    case("Idlib is home to some 4 million people.", id="population"),
    case("More than 4.1 million people in north-west Syria need humanitarian assistance.", id="people-in-need"),
    case("The appeal aims to reach 1.2 million people with food aid.", id="aid-target"),
    case("Over 190,000 people received cash assistance.", id="beneficiaries"),
    case("The camp can host 5,000 people.", id="camp-capacity"),
    case("A further 250,000 people could be displaced if the fighting continues.", id="could-be-displaced"),
    case("The UN fears that up to 400,000 more people may flee.", id="feared"),
    case("Displacement is projected to reach one million by the end of March.", id="projected"),
    case("Between 5,000 and 6,000 families remain in Daraa al-Balad.", id="range"),
    case("His wife and seven children survived the quake.", id="family-size"),
    case("Nearly 2,000 people were reportedly killed or injured.", id="killed-or-injured-is-no-one-metric"),
]

# --- text hygiene ------------------------------------------------------------------------------------
HYGIENE = [
    case("Some 1,200\u00a0families were displaced.", C(DISP, FAM, "all", 1200, qualifier="approx"), id="nbsp"),
    case("Some \u200e1,200\u200e families were displaced.", C(DISP, FAM, "all", 1200), id="lrm"),
    case("At least 12 civilians \u2014 including seven children \u2014 were killed.",
         C(KILL, IND, "civilians", 12, qualifier="at_least"), C(KILL, IND, "children", 7, subset_of=0), id="em-dashes"),
    case("More Than 270 People Injured In Idlib Shelling", C(INJ, IND, "all", 270, qualifier="more_than"),
         id="title-case-headline"),
    case("\u201cWe counted 35 bodies,\u201d a rescuer told Reuters.", C(KILL, IND, "all", 35, attributed=True),
         id="curly-quotes"),
    case("Shelling on the market killed 14 civilians, including\nfive children, the monitor said.",
         C(KILL, IND, "civilians", 14), C(KILL, IND, "children", 5, subset_of=0), id="wrapped-line-after-including"),
    case("Floods have displaced some\n4,000 people in the north.", C(DISP, IND, "all", 4000, qualifier="approx"),
         id="wrapped-line-before-figure"),
    case("Aid reached 40 villages\n\n120 families fled the fighting.", C(DISP, FAM, "all", 120),
         id="paragraph-break-stays-a-break"),
    case("The number of people killed in the quake has risen to more than 5,800.",
         C(KILL, IND, "all", 5800, qualifier="more_than"), id="number-of-people-killed-risen-to"),
    case("The number of people who fled the city reached 12,000.", C(DISP, IND, "all", 12000),
         id="number-of-people-who-fled"),
    case("Death tolls in the villages ranged from 3 to 12 people.", id="range-ranged-from-no-claim"),
]


# fmt: on


@pytest.mark.parametrize("text, published, expected", NUMBERS + NUMBERS_NONE)
def test_numbers(text, published, expected):
    run(text, published, expected)


@pytest.mark.parametrize("text, published, expected", UNITS_GROUPS)
def test_units_and_groups(text, published, expected):
    run(text, published, expected)


@pytest.mark.parametrize("text, published, expected", METRICS)
def test_metrics(text, published, expected):
    run(text, published, expected)


@pytest.mark.parametrize("text, published, expected", SUBSETS)
def test_subsets(text, published, expected):
    run(text, published, expected)


@pytest.mark.parametrize("text, published, expected", QUALIFIERS)
def test_qualifiers(text, published, expected):
    run(text, published, expected)


@pytest.mark.parametrize("text, published, expected", ATTRIBUTION)
def test_attribution(text, published, expected):
    run(text, published, expected)


@pytest.mark.parametrize("text, published, expected", NOT_CLAIMS)
def test_not_claims(text, published, expected):
    assert expected == []
    run(text, published, expected)


@pytest.mark.parametrize("text, published, expected", HYGIENE)
def test_text_hygiene(text, published, expected):
    run(text, published, expected)
