"""English: the words the engine needs, as plain data (same keys as ``ar.py``).

Entries are matched case-insensitively, token by token; the engine knows nothing of
English beyond this table.
"""

from __future__ import annotations

CODE = "en"

CLITIC_PREFIXES: tuple[str, ...] = ()
CLITIC_SUFFIXES: tuple[str, ...] = ()

# --- numbers -------------------------------------------------------------------------
NUMBER_WORDS: dict[str, int] = {
    "one": 1, "two": 2, "three": 3, "four": 4, "five": 5, "six": 6, "seven": 7, "eight": 8,
    "nine": 9, "ten": 10, "eleven": 11, "twelve": 12, "thirteen": 13, "fourteen": 14, "fifteen": 15,
    "sixteen": 16, "seventeen": 17, "eighteen": 18, "nineteen": 19, "twenty": 20, "thirty": 30,
    "forty": 40, "fifty": 50, "sixty": 60, "seventy": 70, "eighty": 80, "ninety": 90,
    "hundred": 100, "a dozen": 12, "dozen": 12, "a hundred": 100, "a thousand": 1000,
    "a million": 1_000_000, "half a million": 500_000, "a quarter of a million": 250_000,
    "a quarter million": 250_000, "quarter of a million": 250_000, "three quarters of a million": 750_000,
    "a couple of": 2,
}
NUMBER_WORDS_NEED_FOLLOWER: tuple[str, ...] = ()
TEEN_WORDS: tuple[str, ...] = ()
HUNDRED_WORDS = ("hundred",)
MULTIPLIERS: dict[str, int] = {
    "thousand": 1000, "thousands": 1000, "k": 1000,
    "million": 1_000_000, "millions": 1_000_000, "m": 1_000_000, "mn": 1_000_000, "mln": 1_000_000,
    "billion": 1_000_000_000, "bn": 1_000_000_000,
}
PLURAL_MULTIPLIERS = ("thousands", "millions", "hundreds")
FRACTIONS: dict[str, float] = {"half": 0.5, "quarter": 0.25}
VAGUE = ("thousands", "hundreds", "dozens", "tens", "scores", "millions", "several", "many", "some of",
         "a few", "few", "numerous", "countless", "most", "half of", "majority")
CONJUNCTIONS = ("and",)

# --- people ---------------------------------------------------------------------------
NOUNS: list[tuple[str, str, str, str | None]] = [
    ("family families household households", "families", "all", None),
    ("people person persons individual individuals resident residents inhabitants syrians "
     "palestinians israelis russians haitians citizens souls villagers locals protesters demonstrators migrants asylum+seekers "
     "passengers patients students journalists farmers worshippers members shepherds fishermen labourers "
     "laborers workers tourists pilgrims nationals foreigners iraqis afghans yemenis libyans ukrainians "
     "suspects somalis eritreans ethiopians kurds yazidis rohingya uyghurs lebanese sudanese congolese bedouin bedouins iranians jordanians egyptians lebanese+nationals "
     "sudanese+nationals adult adults personnel employees", "individuals", "all", None),
    ("civilian civilians teacher teachers", "individuals", "civilians", None),
    ("child children kid kids girl girls boy boys minor minors infant infants baby babies "
     "schoolchildren pupils", "individuals", "children", None),
    ("woman women mother mothers", "individuals", "women", None),
    ("man men", "individuals", "men", None),
    ("elderly older+people elderly+people the+elderly", "individuals", "elderly", None),
    ("fighter fighters soldier soldiers troops combatant combatants militant militants rebel rebels "
     "military+personnel servicemen officers gunmen insurgents jihadists jihadis extremists paramilitaries "
     "members+of+armed+groups militiamen militia+members members+of+government+forces "
     "members+of+the+security+forces members+of+the+armed+forces", "individuals", "combatants", None),
    ("aid+worker aid+workers humanitarian+worker humanitarian+workers volunteer "
     "volunteers rescuer rescuers rescue+workers medic medics paramedics health+workers medical+personnel "
     "medical+staff civil+defence+member civil+defence+members civil+defense+members civil+defence+volunteers civil+defence+volunteer civil+defense+volunteer civil+defense+volunteers "
     "doctors nurses first+responders medical+worker medical+workers health+worker staff staffers staff+members staff+member", "individuals",
     "aid_workers", None),
    ("idp idps displaced+people displaced+persons internally+displaced+people "
     "internally+displaced+persons evacuees", "individuals", "all", "displaced"),
    ("refugee refugees", "individuals", "all", "displaced"),
    ("returnee returnees", "individuals", "all", "returned"),
    ("death deaths dead fatalities fatality victims victim bodies toll death+toll", "individuals", "all", "killed"),
    ("injured injuries wounded injury", "individuals", "all", "injured"),
    ("detainees detainee prisoners arrests cases+of+arrest cases+of+detention cases+of+arbitrary+arrest "
     "arbitrary+arrests hostages hostage captives", "individuals", "all", "detained"),
    ("missing", "individuals", "all", "missing"),
    ("others other", "individuals", "all", None),
]
DUAL_NOUNS: list[tuple[str, str, str, str | None]] = []
GROUP_ADJECTIVES: dict[str, str] = {
    "civilian": "civilians", "child": "children", "children's": "children",
}
OTHERS = ("others", "other", "more", "another", "further", "additional", "a further", "an additional")
PARTITIVE = ("of",)

NON_PEOPLE_NOUNS = (
    "village villages town towns city cities community communities location locations site sites "
    "camp camps tent tents shelter shelters centre centres center centers school schools hospital "
    "hospitals facility facilities clinic clinics building buildings house houses home homes "
    "apartment apartments truck trucks lorries vehicle vehicles car cars convoy convoys airstrike "
    "airstrikes air strike strikes raid raids attack attacks shell shells bomb bombs barrel barrels "
    "rocket rockets missile missiles mine mines incident incidents violation violations grave graves "
    "hour hours day days week weeks month months year years minute minutes km kilometres kilometers "
    "kilometre kilometer miles mile metres meters dollars dollar usd euros euro percent per cent "
    "casualties casualty warrants "
    "pounds dinars dinar riyals rials dirhams shekels shillings francs "
    "percentage magnitude tonnes tons litres baskets kits meals points subdistricts sub-districts "
    "districts governorates provinces areas agencies organizations organisations partners times "
    "storey storeys floor floors am pm"
)
BLOCKERS: dict[str, tuple[str, ...]] = {
    "population": ("live", "lives", "living", "population", "populated", "home to", "inhabited", "in areas of return",
                   "a city of", "a town of", "a village of",
                   "reside", "resides", "residing", "population of", "total population"),
    "need": ("in need", "need", "needs", "needing", "to support", "to assist", "to help", "require", "requires", "depend", "depended",
             "depends", "dependent", "beneficiaries", "benefited", "benefit", "received aid",
             "received assistance", "receiving aid", "receive aid", "assisted", "served", "capacity",
             "accommodate", "aid to", "assistance to", "relying", "distributed", "distribution", "distributing",
             "provided", "providing", "delivered to", "lack", "lacking", "without access", "homes of",
             "houses of", "the homes of", "property of", "suffer from", "suffering from", "suffers from",
             "supply to", "supplies to", "water to", "electricity to", "power to", "services to",
             "malnourished", "malnutrition"),
    "affected": ("affected", "impacted"),
    "hypothetical": ("could", "may be", "may become", "will be", "are to be", "set to be", "would be", "feared", "fear", "fears", "risk", "at risk", "expected", "projected",
                     "projection", "might", "would", "likely", "unlikely", "expect", "expects", "anticipate", "anticipates", "threatened", "potential",
                     "potentially", "planning", "contingency", "scenario", "prepare", "preparing", "prevented", "foiled",
                     "thwarted"),
}
EVENT_NOUNS = ("deaths", "death", "injuries", "displacement", "killing", "killings", "toll")
BLOCKERS["survived"] = ("survived", "survivors", "were rescued", "rescued alive", "pulled out alive", "released",
                        "were released", "freed", "were freed", "stranded", "remained stranded", "trapped",
                        "dead or injured", "killed or injured", "killed or wounded", "dead or wounded",
                        "dead and injured", "killed and injured", "killed and wounded", "prisoner exchange", "prisoner swap", "exchanged for",
                        "in exchange for")
# people carried by a boat or a bus are no toll of their own ("a boat carrying 154 migrants capsized")
BLOCKERS["aboard"] = ("carrying", "was carrying", "were carrying", "packed with", "crammed with")
# the size of one family, not a count of victims ("a mother of six")
BLOCKERS["household"] = ("mother of", "father of", "mother-of", "father-of", "parents of")
# a sentence passed is no death ("84 people had been sentenced to death")
BLOCKERS["sentenced"] = ("sentenced to death", "death sentence", "death sentences", "on death row",
                         "sentenced to death by")
# an average, not a count ("the average household size is five people")
BLOCKERS["average"] = ("average", "on average", "an average of", "median")
# the base a part is taken from ("1,830 families returned, out of roughly 6,000 families")
BLOCKERS["base"] = ("out of",)
# the people a report's authors spoke to are its sample, not a count ("interviews with 29 people")
BLOCKERS["sample"] = ("interviews with", "interviewed", "surveyed", "a survey of", "survey of", "testimonies of",
                      "testimonies from", "focus groups with", "spoke to", "spoke with")
BLOCKERS["rate"] = ("per day", "a day", "every day", "each day", "daily", "per week", "a week", "per hour",
                    "per square kilometre", "per square kilometer", "per square mile", "per km2",
                     "per month", "an hour")
AFFECTED_EXCEPT_AFTER: tuple[str, ...] = ()

# --- what happened ---------------------------------------------------------------------
METRIC_TRIGGERS: dict[str, tuple[str, ...]] = {
    "displaced": (
        "displaced", "displacing", "displacement", "displace", "displaces", "fled", "flee", "fleeing",
        "flees", "forced to flee", "forced from", "forced out", "uprooted", "driven from", "driven out",
        "driven", "from their homes", "left their homes", "leave their homes", "fled their homes",
        "left the capital", "left the city", "left the town", "left the area", "left the region",
        "evacuated", "on the move", "newly displaced", "displaced by", "exodus", "to shelters",
        "to cyclone shelters", "to evacuation centres", "to evacuation centers", "to safer areas",
        "have fled", "had fled", "escaped", "staying in shelters", "sheltering", "were forced",
        "been forced", "relocated", "sought refuge", "sought shelter", "taken refuge", "took refuge",
        "taking refuge", "crossed into", "crossed the border", "forced to leave", "forced", "evicted",
        "evicting", "eviction", "evictions", "evict", "expelled", "relocating", "arrived", "have arrived",
        "crossed", "crossing", "evacuate", "evacuating", "evacuation of", "take shelter", "taking shelter",
        "took shelter", "housed", "being housed", "in evacuation centres", "in evacuation centers",
        "in collective shelters", "in relief camps", "in shelters",
    ),
    "returned": (
        "returned", "return", "returning", "returns", "gone back", "went back", "go back", "going back",
        "came back", "come back", "back in", "made their way back", "back to their", "back home", "returnees", "crossed back",
        "repatriated", "repatriation", "repatriates", "repatriating", "head home", "heading home", "headed home",
        "went home", "go home", "going home", "return of", "returned home", "deported", "deportation", "deportees",
        "brought back", "been brought back", "areas of origin", "places of origin", "home areas", "villages of origin",
    ),
    "killed": (
        "killed", "killing", "kills", "kill", "died", "die", "dies", "dead", "deaths", "death", "death toll",
        "toll", "lost their lives", "lost his life", "lost her life", "lives lost", "perished", "fatalities",
        "passed away", "slain", "massacred", "were killed", "claimed the lives", "claiming the lives", "drowned",
        "drowning", "burned to death", "crushed", "buried alive",
        "lives of", "among the dead", "bodies", "victims", "murdered", "executed", "assassinated", "shot dead",
        "gunned down", "hanged", "were hanged",
    ),
    "injured": (
        "injured", "injuring", "injures", "wounds", "injuries", "injury", "wounded", "wounding", "hurt", "sustained injuries",
        "were hurt", "maimed", "suffered burns", "suffered injuries", "sustained burns",
    ),
    "missing": ("missing", "unaccounted for", "disappeared", "remain missing", "are missing", "went missing", "gone missing",
                "lost at sea", "forcibly disappeared", "whereabouts unknown"),
    "detained": ("detained", "arrested", "detaining", "arresting", "abducted", "kidnapped", "detention",
                 "arrests", "taken into custody", "arrest", "arrest of", "abduction", "abduction of",
                 "taken hostage", "held hostage", "taken captive", "held captive", "rounded up", "jailed",
                 "imprisoned"),
}
SUBJECT_MARKERS = ("number of", "toll", "death toll", "total", "tally", "count", "figure", "numbers of")
LINK_VERBS = (":", "passes", "tops", "exceeds", "surpasses", "nears", "reached", "rose", "risen", "climbed", "climb", "stood", "stands", "is", "was", "were",
              "to", "at", "hit", "exceeded", "surpassed", "passed", "topped", "rises", "reaches", "reach")

# --- qualifiers ------------------------------------------------------------------------
QUALIFIERS_BEFORE: dict[str, tuple[str, ...]] = {
    "approx": ("about", "around", "nearly", "almost", "some", "an estimated", "estimated", "approximately",
               "roughly", "close to", "around some", "approx", "approx.", "circa", "as many as",
               "the estimated", "nearly some", "an approximate", "est.", "just under", "just over",
               "upward of", "more or less"),
    "more_than": ("more than", "over", "upwards of", "in excess of", "exceeding", "exceeded", "above", "past",
                  "beyond", "well over", "more then"),
    "at_least": ("at least", "a minimum of", "no fewer than", "no less than", "not less than"),
    "up_to": ("up to", "as much as", "a maximum of"),
}
QUALIFIERS_AFTER: dict[str, tuple[str, ...]] = {
    "at_least": ("at least", "at minimum", "or more", "at a minimum"),
    "approx": ("approximately", "or so", "roughly"),
    "more_than": ("plus",),
}
# Words that may follow a figure with no noun after an event verb ("displaced over 180,000
# from their homes"): the figure counts the people the verb happened to.
AFTER_BARE_OBJECT = ("from", "in", "more", "others", "and", "across", "to", "since", "into", "as")
QUALIFYING_VERBS: dict[str, tuple[str, ...]] = {
    "approx": ("neared", "approached", "nearing"),
    "more_than": ("exceeded", "surpassed", "topped", "passed", "passes", "tops", "exceeds", "surpasses", "crossed"),
}

# --- parts of a total --------------------------------------------------------------------
SUBSET_BEFORE = ("as follows", "including", "among them", "of whom", "of them", "of these", "of those", "among whom", "among which",
                 "include", "includes", "included", "among those", "such as")
# "among" before the people a part is drawn from: "Among the dead are 152 staff members"
AMONG = ("among", "of")  # "Of the dead, 386 were children"
SUBSET_AFTER = ("among them", "of them", "of whom", "were among", "among the dead", "among the victims",
                "among those")
BREAKDOWN_JOINERS = ("while", "whereas")
RESTATEMENT = ("with a total of", "totalling", "totaling", "comprising", "or", "i.e.", "that is",
               "from about", "from")

COMBINED_GROUPS = ("men and elderly", "men and the elderly", "women and children", "children and women",
                   "women, children and elderly", "men and older people")
AGE_WORDS = ("aged", "age", "ages", "age of", "year-old", "years old", "under the age of", "under", "born in",
             "youngest of them is", "youngest of them was", "the youngest is", "the youngest was", "oldest of them is",
             "oldest of them was", "the oldest is", "the oldest was")
CURRENCY_SIGNS = ("$", "€", "£", "us$", "usd", "dollars", "euros")
# People of a country and the country itself, by country: nationals who go to their own
# country are returning ("900 Iraqi nationals left Al-Hol camp for Iraq").
NATIONALITIES: dict[str, str] = {
    **dict.fromkeys(("syrian", "syrians", "syria"), "SY"),
    **dict.fromkeys(("iraqi", "iraqis", "iraq"), "IQ"),
    **dict.fromkeys(("lebanese", "lebanon"), "LB"),
    **dict.fromkeys(("afghan", "afghans", "afghanistan"), "AF"),
    **dict.fromkeys(("sudanese", "sudan"), "SD"),
    **dict.fromkeys(("south sudanese", "south sudan"), "SS"),
    **dict.fromkeys(("yemeni", "yemenis", "yemen"), "YE"),
    **dict.fromkeys(("palestinian", "palestinians", "palestine"), "PS"),
    **dict.fromkeys(("ukrainian", "ukrainians", "ukraine"), "UA"),
    **dict.fromkeys(("somali", "somalis", "somalia"), "SO"),
    **dict.fromkeys(("ethiopian", "ethiopians", "ethiopia"), "ET"),
    **dict.fromkeys(("eritrean", "eritreans", "eritrea"), "ER"),
    **dict.fromkeys(("congolese", "congo", "drc"), "CD"),
    **dict.fromkeys(("venezuelan", "venezuelans", "venezuela"), "VE"),
    **dict.fromkeys(("rohingya", "myanmar", "burmese"), "MM"),
}
# Members of a body take its group: "29 members of the Kurdish-led internal security forces" are
# combatants, "four members of the White Helmets" aid workers.
MEMBER_WORDS = ("members", "member", "personnel", "employees")
MEMBER_BODIES: dict[str, str] = {
    **dict.fromkeys(("forces", "force", "army", "militia", "militias", "police", "brigade", "brigades",
                     "battalion", "guard", "sdf", "hts", "isis", "isil", "islamic state", "hezbollah",
                     "rsf", "armed group", "armed groups", "rebels", "backed groups", "backed militias",
                     "militant groups", "jihadist groups", "militias", "hezbollah", "hamas"), "combatants"),
    **dict.fromkeys(("white helmets", "civil defence", "civil defense", "red crescent", "red cross", "icrc",
                     "msf", "unrwa", "un", "u.n.", "united nations", "unicef", "wfp", "unhcr", "medical teams", "rescue teams", "aid group", "aid groups",
                     "humanitarian organisation", "humanitarian organization"), "aid_workers"),
}
# Words before where people went ("left the camp for Iraq").
DESTINATION_MARKERS = ("to", "for", "into", "towards", "toward", "back to", "bound for", "heading to")
# A share, not a count: "30 per cent of families".
PERCENT_WORDS = ("%", "per cent", "percent", "pct", "percentage points")

# Little words that may stand between a figure and its noun ("of whom 40 were children").
AUXILIARIES = ("were", "was", "are", "is", "been", "being", "have", "has", "had", "who", "reportedly",
               "newly", "also", "all", "still", "now", "then", "further", "more", "additional", "other")

LIST_JOINERS = ("as well as", "in addition to", "plus", "along with")
TOTAL_MARKERS = ("total", "in total", "overall", "in all", "altogether", "combined", "nationwide", "bringing")

# --- dates -------------------------------------------------------------------------------
MONTHS: dict[str, int] = {
    "january": 1, "jan": 1, "february": 2, "feb": 2, "march": 3, "mar": 3, "april": 4, "apr": 4,
    "may": 5, "june": 6, "jun": 6, "july": 7, "jul": 7, "august": 8, "aug": 8, "september": 9,
    "sept": 9, "sep": 9, "october": 10, "oct": 10, "november": 11, "nov": 11, "december": 12, "dec": 12,
}
DAY_ORDINALS: dict[str, int] = {
    "first": 1, "start": 1, "beginning": 1, "outset": 1,
}
ORDINALS = ("first", "second", "third", "fourth", "fifth", "sixth", "seventh", "eighth", "ninth", "tenth",
            "no.", "no", "number", "resolution", "article", "phase", "day", "m4", "m5")
RELATIVE_PAST = ("last", "past", "previous")
RELATIVE_CURRENT = ("this", "current")
YEAR_WORDS = ("year",)
MONTH_WORDS = ("month",)
PERIOD_SINCE = ("since", "starting from", "beginning on", "starting on")
PERIOD_START_WORDS = ("start", "beginning", "outset", "early", "began", "begin", "started")
PERIOD_END_WORDS = ("end", "late", "mid", "middle")
PERIOD_UNTIL = ("until", "till", "to", "through", "as of", "up to", "by", "as at", "ending")
PERIOD_BETWEEN = ("between", "from")
PERIOD_IN = ("in", "during", "over", "throughout")
# The period named before, again: "during the same period", "in the same month".
PERIOD_SAME = ("the same period", "the same month", "the same year", "the same time period", "the same timeframe",
               "the same time frame", "that same period", "that period", "the same span")
WINDOWS: dict[str, int] = {
    "past 24 hours": 1, "last 24 hours": 1, "previous 24 hours": 1, "24 hours": 1, "past day": 1,
    "past 48 hours": 2, "last 48 hours": 2, "past two days": 2, "last two days": 2, "past 72 hours": 3,
    "past three days": 3, "past week": 7, "last week": 7, "previous week": 7, "past seven days": 7,
    "last seven days": 7, "past two weeks": 14, "last two weeks": 14, "past fortnight": 14, "past month": 30,
    "past 30 days": 30, "last 30 days": 30,
}

WEEKDAYS: dict[str, int] = {"monday": 0, "tuesday": 1, "wednesday": 2, "thursday": 3, "friday": 4,
                            "saturday": 5, "sunday": 6}
WEEK_WORDS = ("week",)
WEEK_ORDINALS: dict[str, int] = {"first": 1, "second": 2, "third": 3, "fourth": 4, "last": -1, "final": -1}
NEW_EVENT = ("separately", "in a separate incident", "in another incident", "elsewhere", "meanwhile",
             "in a separate attack", "in other news")
EITHER_JOINERS = ("or", "and", "and/or")

# --- attribution -------------------------------------------------------------------------
ATTRIBUTION_MARKERS = ("according to", "as reported by", "cited by", "quoted by", "in a statement",
                       "in a report", "per", "figures from", "data from", "statement by", "report by")
REPORTING_VERBS = ("said", "says", "say", "reported", "reports", "report", "told", "stated", "states",
                   "estimated", "estimates", "estimate", "recorded", "records", "counted", "documented",
                   "registered", "confirmed", "announced", "noted", "found", "attributed", "tracked",
                   "added", "indicated", "showed", "show", "shows", "tallied", "verified", "put the",
                   "warned", "explained", "revealed", "claimed", "published", "issued")
SOURCE_NOUNS = ("team", "group", "monitor", "observatory", "report", "statement", "agency", "office",
                "ministry", "authorities", "officials", "official", "sources", "partners", "witnesses",
                "director", "spokesperson", "spokesman", "spokeswoman", "organization", "organisation",
                "network", "coordinators", "workers", "the un", "un", "u.n.", "united nations",
                "rescuers", "data", "figures", "update", "source", "activists", "doctors", "medics",
                "it", "they", "he", "she", "the agency", "the group", "the team", "health authorities",
                "local authorities", "local sources", "reports", "agencies", "aid agencies", "ngos",
                "rights groups", "humanitarian agencies", "medical sources", "hospital officials", "media",
                "state media", "state television", "news agency", "television", "ministry of health",
                "government", "the government", "civil protection", "disaster management agency", "police", "minister",
                "chief", "governor", "mayor", "commissioner", "head", "civil defence", "civil defense", "cluster",
                "army", "military", "directorate", "health directorate", "department", "council",
                "commission", "committee", "coalition", "hospital", "hospitals", "relief workers", "rescuer",
                "medic", "doctor", "nurse", "witness", "resident", "residents", "activist", "survivor",
                "fire brigade", "firefighters", "fire service", "coastguard", "coast guard", "rescue services",
                "emergency services", "authority", "institute")

CONTINUING_VERBS = ("added", "continued", "noted", "explained", "stressed")

CONTINUATION_WORDS = ("of", "the", "and", "in", "to", "a", "an", "at", "by", "from", "with", "than", "some",
                      "about", "around", "least", "since", "including", "for", "on", "nearly", "over", "as",
                      "while", "after", "when", "amid", "despite", "but", "before", "because", "where")

RELATIVE_PRONOUNS = ("who", "that", "which", "whom")

RANGE_MARKERS = ("ranging from", "ranges from", "ranged from", "varying from", "range from", "anywhere from",
                 "somewhere between")

# Capitalised words that are never the name of a source ("Who said ...", "It said ...").
NOT_NAMES = ("who", "what", "it", "they", "he", "she", "we", "this", "that", "these", "those", "there",
             "i", "you", "but", "and", "however", "meanwhile", "earlier", "later", "today", "yesterday")

COREFERENT_SOURCES = ("team", "the team", "group", "the group", "monitor", "observatory", "report", "statement",
                      "agency", "the agency", "office", "ministry", "organization", "organisation", "network",
                      "update", "it", "they", "he", "she", "the report", "data", "figures")

ON_DATE = ("on", "early on", "late on", "overnight on")

# A full stop after these ends no sentence ("U.N. aid chief", "No. 9", "Dr. Smith").
ABBREVIATIONS = ("no", "nos", "mr", "mrs", "ms", "dr", "st", "gen", "lt", "col", "sgt", "prof", "rev", "gov", "sen",
                 "rep", "jan", "feb", "aug", "sept", "oct", "nov", "dec", "approx", "est", "vs", "etc", "inc", "co")

# Reporting verbs whose object is the listener ("told Reuters"): the source stands before them.
LISTENER_VERBS = ("told", "tells", "informed", "briefed")

COMPARISON_WORDS = ("compared with", "compared to", "up from", "down from", "against", "from a peak of",
                    "down from a peak of", "from a high of", "down from a high of", "up from a low of")

# A total spread over places or groups: "The deaths were spread across Aleppo (371) and Latakia (298)".
DISTRIBUTION_VERBS = ("spread across", "spread over", "distributed across", "distributed among", "broken down by",
                      "broken down as", "split between", "split among")
# The toll of an event or a time ("the earthquake toll"): of the dead ("toll" is a trigger itself).
TOLL_NOUNS = ("toll", "tally")
# Verbs of evacuation: of the wounded, a medical evacuation ("evacuated 23 wounded people").
EVACUATION_VERBS = ("evacuated", "evacuate", "evacuating", "evacuation of", "airlifted", "medically evacuated")
# Verbs of still being: a state noun after them says what befell the people ("remain detained").
BEING_VERBS = ("remain", "remained", "remains", "are still", "were still", "are now", "have become", "became")
# Words that tell a figure as more people besides those counted before ("Four jihadists also died").
ADDITION_WORDS = ("also", "as well", "too", "in addition", "additionally")
# "That figure covers the estimated 1,400 IDPs ...": parts of the figure named before
INCLUDE_MARKERS = ("that figure covers", "that figure includes", "the figure covers", "the figure includes",
                   "this figure covers", "this figure includes", "that number includes", "this number includes",
                   "the toll includes", "the death toll includes", "the total includes", "the tally includes",
                   "the rest of the toll were", "the rest of the dead were", "the remainder of the toll were")
# "regime forces were responsible for 114 of them, the SDF for 12": the share of a toll each party caused
RESPONSIBLE_MARKERS = ("responsible for", "accountable for")

# --- places ------------------------------------------------------------------------------
PLACE_NOUNS = ("village", "town", "city", "camp", "district", "neighbourhood", "neighborhood", "community")
PLACE_WORDS = ("province", "governorate", "countryside", "city", "town", "village", "district",
               "sub-district", "region", "area", "areas", "camp", "camps", "neighbourhood", "neighborhood",
               "northern", "southern", "eastern", "western", "north", "south", "east", "west",
               "north-west", "northwest", "north-western", "northwestern", "rural", "suburbs")
