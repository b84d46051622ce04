"""Arabic extraction, as tables of real language (issue 3; rules in ../shared/CLAIMS.md).

Each table is one phenomenon: sentences written in the style of Syrian and UN reporting in
Arabic (Response Coordinators, Civil Defence, SOHR, SNHR, OCHA, wire copy), each with the
claims it holds, in order, and sentences that hold none. Only the fields a case states
are compared (see ``claim_cases``). Periods resolved against a publication date are in
``test_dates.py``; number reading on its own is in ``test_numbers.py``.
"""

from __future__ import annotations

import pytest
from claim_cases import C, case, check

DISP, RET, KILL, INJ, MISS, DET = "displaced", "returned", "killed", "injured", "missing", "detained"
FAM, IND = "families", "individuals"


def run(text: str, published: str | None, expected: list) -> None:
    check(text, "ar", published, expected)


# Tables are laid out by hand, one case a few lines: the formatter would hide them.
# fmt: off
# --- numbers: digit scripts --------------------------------------------------------------
DIGIT_SCRIPTS = [
    case("وثّق فريق منسقو استجابة سوريا نزوح ٣٤٥٦ عائلة من ريف إدلب الجنوبي.",
         C(DISP, FAM, "all", 3456), id="arabic-indic-digits"),
    case("ونزحت ۱۲۸۰ عائلة من بلدات جبل الزاوية باتجاه المخيمات الحدودية.",
         C(DISP, FAM, "all", 1280), id="persian-digits"),
    case("وارتفعت حصيلة ضحايا الزلزال في شمال غرب سوريا إلى ٢٢٧٤ قتيلاً و12400 مصاب.",
         C(KILL, IND, "all", 2274), C(INJ, IND, "all", 12400), id="both-scripts-in-one-sentence"),
    case("قُتل 14 مدنياً في قصف مدفعي على مدينة معرة النعمان.",
         C(KILL, IND, "civilians", 14), id="western-digits"),
]

# --- numbers: separators, thousands dot vs decimal dot -------------------------------------
SEPARATORS = [
    case("أدى التصعيد إلى نزوح 17,761 عائلة من مناطق ريف حلب الغربي.",
         C(DISP, FAM, "all", 17761), id="latin-comma"),
    case("وبلغ عدد النازحين منذ بداية الحملة 97،694 نسمة.",
         C(DISP, IND, "all", 97694), id="arabic-comma"),
    case("ونزحت ٨٬٢٣٠ عائلة من مدينة سراقب ومحيطها.",
         C(DISP, FAM, "all", 8230), id="arabic-thousands-separator"),
    case("وهُجّر 12 500 شخص من أحياء درعا البلد.",
         C(DISP, IND, "all", 12500), id="space-separator"),
    case("وارتفع عدد النازحين إلى 1.018.529 نسمة منذ مطلع تشرين الثاني.",
         C(DISP, IND, "all", 1018529), id="thousands-dots"),
    case("وأشار الفريق إلى نزوح 328.418 نسمة من المنطقة.",
         C(DISP, IND, "all", 328418), id="one-thousands-dot-before-unit"),
    case("ويبلغ عدد النازحين داخلياً في سوريا 6.8 مليون شخص، بحسب الأمم المتحدة.",
         C(DISP, IND, "all", 6_800_000, by="United Nations"), id="decimal-dot-before-million"),
]
SEPARATORS_NONE = [
    case("ضرب زلزال بقوة 7.8 درجات جنوب تركيا وشمال سوريا فجر الاثنين.", id="decimal-magnitude"),
    case("وسجلت محطة الرصد 1.018 ملم من الأمطار خلال يومين.", id="thousands-look-alike-rain"),
]

# --- numbers: parentheses ----------------------------------------------------------------
PARENTHESES = [
    case("وأعلنت الوزارة عودة ٢٬٣٥٠ أسرة نازحة (١١٬٧٤٠ فرداً) إلى مناطقها الأصلية.",
         C(RET, FAM, "all", 2350), C(RET, IND, "all", 11740), id="displaced-families-return-restated"),
    case("أسفرت الحملة عن نزوح 14186 عائلة (78113 نسمة) من ريف إدلب الشرقي.",
         C(DISP, FAM, "all", 14186), C(DISP, IND, "all", 78113), id="individuals-restated-in-parens"),
    case("ونزحت (2,147) عائلة من قرى سهل الغاب خلال يومين.",
         C(DISP, FAM, "all", 2147), id="figure-in-parens-before-unit"),
    case("ووثّق الفريق مقتل 125 مدنياً بينهم (40) طفلاً.",
         C(KILL, IND, "civilians", 125), C(KILL, IND, "children", 40, subset_of=0), id="subset-figure-in-parens"),
    case("ونزوح 3210 عائلة ( 17،655 نسمة ) من مدينة سراقب.",
         C(DISP, FAM, "all", 3210), C(DISP, IND, "all", 17655), id="parens-with-inner-spaces"),
]

# --- numbers: multipliers with digits -------------------------------------------------------
MULTIPLIERS = [
    case("وتجاوز عدد النازحين منذ مطلع كانون الأول 400 ألف نازح.",
         C(DISP, IND, "all", 400_000, qualifier="more_than"), id="400-alf"),
    case("وفرّ 1.5 مليون شخص من منازلهم في إدلب باتجاه الحدود التركية.",
         C(DISP, IND, "all", 1_500_000), id="1.5-million"),
    case("وعادت ٢,٥ ألف عائلة إلى بلداتها في ريف حلب الغربي.",
         C(RET, FAM, "all", 2500), id="arabic-indic-decimal-comma-alf"),
    case("وأُجبر 4 آلاف شخص على مغادرة منازلهم في مدينة الباب.",
         C(DISP, IND, "all", 4000), id="4-aalaf"),
]

# --- numbers: mixed digit/word forms -----------------------------------------------------
MIXED = [
    case("ونزح 11 ألفاً و137 شخصاً من المخيمات المحاذية لخطوط الاشتباك.",
         C(DISP, IND, "all", 11137), id="alfan-wa-digits"),
    case("وبلغ عدد النازحين 359 ألفا و418 نسمة بحسب الفريق.",
         C(DISP, IND, "all", 359418), id="alfa-wa-digits-no-tanween-mark"),
    case("ونزح أكثر من مليون و200 ألف مدني منذ بداية الحملة العسكرية.",
         C(DISP, IND, "civilians", 1_200_000, qualifier="more_than"), id="million-wa-200-alf"),
    case("وعاد 4 آلاف و311 شخصاً إلى قراهم في ريف إدلب الجنوبي.",
         C(RET, IND, "all", 4311), id="aalaf-wa-digits"),
]

# --- numbers: number words ----------------------------------------------------------------
NUMBER_WORDS = [
    case("أعلن الفريق أن ألفين وأربعمئة وسبعاً وثلاثين عائلة نزحت من قرى جبل الزاوية.",
         C(DISP, FAM, "all", 2437), id="accusative-unit-in-a-compound"),
    case("وقُتل ستاً من النساء في القصف.", C(KILL, IND, "women", 6), id="accusative-unit-alone"),
    case("وأفاد الفريق بنزوح ألف عائلة من بلدة كفرنبل.", C(DISP, FAM, "all", 1000), id="alf"),
    case("ونزحت ألفي عائلة من مدينة أريحا باتجاه الشمال.", C(DISP, FAM, "all", 2000), id="alfay"),
    case("وأصيب أكثر من ألفين شخص بجروح جراء الزلزال.",
         C(INJ, IND, "all", 2000, qualifier="more_than"), id="alfayn"),
    case("ووصل ثلاثة آلاف نازح إلى مخيمات أطمة.", C(DISP, IND, "all", 3000), id="thalathat-aalaf"),
    case("ونزح قرابة مليون شخص منذ مطلع كانون الأول.",
         C(DISP, IND, "all", 1_000_000, qualifier="approx"), id="million"),
    case("وتحدثت المفوضية عن عودة مليوني لاجئ سوري منذ عام 2017.",
         C(RET, IND, "all", 2_000_000), id="millionay"),
    case("ونزوح ربع مليون شخص خلال أسبوعين.", C(DISP, IND, "all", 250_000), id="rub-million"),
    case("وفرّ نصف مليون مدني من ريف إدلب الجنوبي.", C(DISP, IND, "civilians", 500_000), id="nisf-million"),
    case("ومقتل مئة مدني في أسبوع واحد.", C(KILL, IND, "civilians", 100), id="mia"),
    case("ونزحت مائة عائلة من قرية الحواش.", C(DISP, FAM, "all", 100), id="mia-old-spelling"),
    case("ونزوح مئتي عائلة من بلدة الهبيط.", C(DISP, FAM, "all", 200), id="miatay"),
    case("وقُتل ثلاثة أطفال بقصف صاروخي على بلدة حاس.", C(KILL, IND, "children", 3), id="thalatha-atfal"),
    case("وأصيب عشرة مدنيين بجروح متفاوتة.", C(INJ, IND, "civilians", 10), id="ashara-madaniyin"),
    case("وارتفعت الحصيلة إلى خمسة وعشرين مدنياً قتلوا في المجزرة.",
         C(KILL, IND, "civilians", 25), id="khamsa-wa-ishrin"),
    case("وقُتل سبعة عشر مدنياً في غارات على بلدة البارة.", C(KILL, IND, "civilians", 17), id="teen-number"),
    case("وقُتل اثنا عشر مدنياً وجرح عشرون آخرون.",
         C(KILL, IND, "civilians", 12), C(INJ, IND, "civilians", 20), id="ithna-ashar-and-ishrun-others"),
    case("ونزح أكثر من مليون ونصف المليون شخص منذ بداية الحرب.",
         C(DISP, IND, "all", 1_500_000, qualifier="more_than"), id="million-wa-nisf-al-million"),
]

# --- numbers: duals that carry a count --------------------------------------------------------
DUALS = [
    case("ووثّق المكتب اعتقال 22 شخصاً، بينهم قاصران.", C(DET, IND, "all", 22), C(DET, IND, "children", 2, subset_of=0),
         id="two-minors"),
    case("وفي جنين، استشهد فلسطينيان وأصيب 3 آخرون.", C(KILL, IND, "all", 2), C(INJ, IND, "all", 3),
         id="dual-of-a-nationality"),
    case("توفي طفلان سوريان اختناقاً.", C(KILL, IND, "children", 2), id="a-dual-adjective-agrees-with-its-noun"),
    case("وقُتل شخصان مدنيان.", C(KILL, IND, "civilians", 2), id="dual-person-and-dual-civilian-are-one-count"),
    case("وقُتل عاملان في منظمة الهلال الأحمر الكردي.", C(KILL, IND, "aid_workers", 2), id="two-workers-of-an-organisation"),
    case("وأصيب 37 مدنياً، بينهم شخصان من متطوعي الغرفة.", C(INJ, IND, "civilians", 37),
         C(INJ, IND, "aid_workers", 2, subset_of=0), id="dual-of-a-named-group"),
    case("وقُتل طفلان وأصيبت والدتهما بجروح في قصف على أريحا.", C(KILL, IND, "children", 2), id="tiflan"),
    case("وأدى القصف إلى مقتل طفلين في بلدة البارة.", C(KILL, IND, "children", 2), id="tiflayn"),
    case("وقُتل مدنيان بغارة جوية على سوق مدينة سرمين.", C(KILL, IND, "civilians", 2), id="madaniyan"),
    case("وأصيبت امرأتان بجروح جراء سقوط قذيفة على منزلهما.", C(INJ, IND, "women", 2), id="imraatan"),
    case("وتوفيت مواطنتان جراء انهيار منزلهما في جنديرس.", C(KILL, IND, "all", 2), id="muwatinatan"),
    case("وقُتل مقاتلان اثنان من الفصائل المسلحة.", C(KILL, IND, "combatants", 2), id="dual-then-two"),
    case("وأُصيب متطوعان اثنان من الدفاع المدني.", C(INJ, IND, "aid_workers", 2), id="dual-then-two-volunteers"),
    case("وقالت المنظمة إن ثلاثة أطفال قُتلوا وأُصيب طفلان آخران.",
         C(KILL, IND, "children", 3), C(INJ, IND, "children", 2), id="word-figure-closes-killed-then-injured"),
]
DUALS_NONE = [
    case("وقُتل طفل وأصيبت امرأة بجروح في قصف على قرية كنصفرة.", id="bare-singulars"),
    case("وأصيب شاب بطلق ناري على حاجز للنظام.", id="bare-singular-young-man"),
]

# --- units and groups --------------------------------------------------------------------
UNITS_GROUPS = [
    case("وبلغت حصيلة القتلى 112 شخصاً، بينهم 27 امرأة وطفلاً.", C(KILL, IND, "all", 112),
         C(KILL, IND, "all", 27, subset_of=0), id="a-woman-and-a-child-together-are-all"),
    case("وقال تجمع أحرار حوران إن مسلحين اغتالوا مدنيين اثنين من أبناء مدينة طفس.", C(KILL, IND, "civilians", 2),
         id="two-after-a-plural-noun"),
    case("وقال جهاز الدفاع المدني إن 3 من عناصره استشهدوا وأُصيب 5 آخرون.",
         C(KILL, IND, "aid_workers", 3), C(INJ, IND, "aid_workers", 5), id="members-of-an-aid-body"),
    case("وقالت قوات سوريا الديمقراطية إن 4 من عناصرها قُتلوا في الهجوم.", C(KILL, IND, "combatants", 4),
         id="members-of-an-armed-group"),
    case("وقالت الوزارة إن امرأة قُتلت، وأصيبت طفلة و3 أطفال آخرين.", C(INJ, IND, "children", 3),
         id="a-ta-marbuta-is-no-possessive"),
    case("وقُتل ثلاثة أشخاص من المدنيين.", C(KILL, IND, "civilians", 3), id="people-of-a-group"),
    case("وقُتل 5 أشخاص من عائلة واحدة.", C(KILL, IND, "all", 5), id="people-of-one-family"),
    case("ونزحت 320 أسرة من بلدة الهبيط.", C(DISP, FAM, "all", 320), id="usra-families"),
    case("ونزوح 8 عوائل من قرية معرة حرمة.", C(DISP, FAM, "all", 8), id="awail-families"),
    case("ونزحت سبع عائلات إلى مخيم قاح.", C(DISP, FAM, "all", 7), id="ailat-families"),
    case("ووصل 2500 مهجر من ريف دمشق إلى الشمال السوري.", C(DISP, IND, "all", 2500), id="muhajjar-individuals"),
    case("وقُتل 4 مسنين في قصف على دار للرعاية.", C(KILL, IND, "elderly", 4), id="elderly"),
    case("ومقتل 8 نساء في الغارة نفسها.", C(KILL, IND, "women", 8), id="women"),
    case("واعتقلت قوات النظام 45 مواطناً في مدينة داعل.", C(DET, IND, "all", 45), id="muwatin-all"),
    case("وقُتل 16 مقاتلاً من الفصائل في الاشتباكات.", C(KILL, IND, "combatants", 16), id="fighters"),
    case("ومقتل 9 جنود من قوات النظام بهجوم على محور كبانة.", C(KILL, IND, "combatants", 9), id="soldiers"),
    case("وقُتل 5 عناصر من قوات سوريا الديمقراطية.", C(KILL, IND, "combatants", 5), id="members"),
    case("وأصيب 4 مسعفين أثناء إسعاف الجرحى.", C(INJ, IND, "aid_workers", 4), id="medics"),
    case("وأصيب ثلاثة عناصر من الدفاع المدني خلال عمليات الإنقاذ.", C(INJ, IND, "aid_workers", 3),
         id="civil-defence-members-are-aid-workers"),
    case("وأُصيب 8 من متطوعي الدفاع المدني بقصف مزدوج.", C(INJ, IND, "aid_workers", 8),
         id="partitive-civil-defence-volunteers"),
    case("واعتقلت قوات الأمن 17 شاباً في مدينة نوى.", C(DET, IND, "men", 17), id="young-men"),
    case("وقُتل 3 متطوعين في الدفاع المدني السوري بغارة مزدوجة.",
         C(KILL, IND, "aid_workers", 3), id="civil-defence-volunteers"),
    case("وقُتل 9 عمال في انهيار منجم للفحم، وأصيب 4 موظفين آخرين.",
         C(KILL, IND, "all", 9), C(INJ, IND, "all", 4), id="workers-and-employees"),
    case("وغرق 5 صيادين قبالة سواحل بانياس.", C(KILL, IND, "all", 5), id="fishermen"),
    case("واعتقلت دورية أمنية 3 ناشطين و2 مدرسين في مدينة السويداء.",
         C(DET, IND, "all", 3), C(DET, IND, "all", 2), id="activists-and-teachers"),
    case("ولا يزال نحو 130 رهينة محتجزين في القطاع.", C(DET, IND, "all", 130, qualifier="approx"),
         id="hostages-are-held"),
    case("ويقبع أكثر من 9 آلاف أسير في السجون.", C(DET, IND, "all", 9000, qualifier="more_than"),
         id="prisoners-are-held"),
]

# --- metrics, in any order and voice ------------------------------------------------------
METRICS_ORDER = [
    case("وقال المدير إن 375 عائلة تضم 1,812 فرداً غادرت مخيمي شاريا وخانكي عائدة إلى قضاء سنجار.",
         C(RET, FAM, "all", 375), C(RET, IND, "all", 1812), id="left-the-camps-returning"),
    case("ونزحت 500 عائلة من القرية، وعادت 200 عائلة إليها.", C(DISP, FAM, "all", 500), C(RET, FAM, "all", 200),
         id="a-return-of-another-figure"),
    case("وغادرت 520 عائلة المخيم باتجاه مناطقها الأصلية في دير الزور.", C(RET, FAM, "all", 520),
         id="left-for-their-areas-of-origin"),
    case("وسجّل المكتب 31 عملية ومحاولة اغتيال، أسفرت أيضاً عن إصابة 14 شخصاً بجروح.", C(INJ, IND, "all", 14),
         id="attempts-counted-before-a-result"),
    case("وأعلنت الوزارة إعادة 500 لاجئ إلى بلادهم.", C(RET, IND, "all", 500), id="return-of-refugees"),
    case("لقي 315 شخصاً على الأقل حتفهم وأصيب أكثر من 1600 آخرين جراء فيضانات مفاجئة.",
         C(KILL, IND, "all", 315, qualifier="at_least"), C(INJ, IND, "all", 1600, qualifier="more_than"),
         id="a-verb-pair-each-with-its-figure"),
    case("وقالت يونيسف إن أكثر من 3700 طفل قُتلوا وأكثر من 6500 آخرين أصيبوا في اليمن.",
         C(KILL, IND, "children", 3700, qualifier="more_than"), C(INJ, IND, "children", 6500, qualifier="more_than"),
         id="each-figure-with-the-verb-after-it"),
    case("وأعلنت الوزارة ارتفاع عدد الوفيات في المناطق الخاضعة لسيطرة الحكومة إلى 1347 والإصابات إلى 2295.",
         C(KILL, IND, "all", 1347), C(INJ, IND, "all", 2295), id="rose-to-pairs-joined-by-wa"),
    case("مقتل وإصابة 20 شخصاً في القصف.", id="killed-and-injured-together"),
    case("زلزال المغرب: أكثر من ألفي قتيل والبحث مستمر عن ناجين", C(KILL, IND, "all", 2000, qualifier="more_than"),
         id="the-dead-and-a-search-for-survivors"),
    case("وأعلن الأمن العام أن 3,450 سورياً غادروا خلال الـ24 ساعة الماضية إلى سورية.", C(RET, IND, "all", 3450),
         id="nationals-home-bound-past-a-window"),
    case("وتصدّرت محافظة درعا حصيلة الشهر بـ24 مدنياً، تلتها محافظة دير الزور بـ19 مدنياً.",
         C(KILL, IND, "civilians", 24), C(KILL, IND, "civilians", 19), id="toll-of-a-month"),
    case("وارتفعت حصيلة الزلزال إلى 2946 شخصاً.", C(KILL, IND, "all", 2946), id="toll-of-an-event"),
    case("وارتفعت حصيلة الجرحى إلى 300 شخص.", C(INJ, IND, "all", 300), id="toll-of-named-people"),
    case("وأضافت المجموعة أن ٣٠٧٦ لاجئاً فلسطينياً ما زالوا معتقلين في السجون السورية.", C(DET, IND, "all", 3076),
         id="refugees-still-detained"),
    case("فيما تجاوز عدد اللاجئين الفلسطينيين الذين قضوا منذ بداية الحرب ٤٢٠٠ لاجئ.",
         C(KILL, IND, "all", 4200, qualifier="more_than"), id="number-of-refugees-who-died"),
    case("وأجلت فرق الهلال الأحمر 23 مصاباً إلى مشفى المدينة.", C(INJ, IND, "all", 23), id="evacuated-wounded"),
    case("وبلغ عدد الوفيات في محافظة اللاذقية 591، وفي حماة 226، وفي طرطوس 14.",
         C(KILL, IND, "all", 591), C(KILL, IND, "all", 226), C(KILL, IND, "all", 14), id="the-next-places-of-a-breakdown"),
    case("وانطلقت قافلة عودة طوعية جديدة تقل 187 أسرة من مخيم شاريا.", C(RET, FAM, "all", 187),
         id="a-return-convoy-carrying-families"),
    case("ولفتت المنظمة إلى أن عدد النازحين تجاوز 6.3 مليون شخص، يعيش كثير منهم في مراكز إيواء مكتظة.",
         C(DISP, IND, "all", 6_300_000, qualifier="more_than"), id="where-they-live-after-a-comma"),
    case("ارتفع عدد قتلى الهجوم الذي شنّه مسلحون على حافلة تقل عمالاً في بادية السخنة إلى 14 شخصاً، "
         "في حين أصيب 9 آخرون.", C(KILL, IND, "all", 14), C(INJ, IND, "all", 9),
         id="rose-to-past-a-relative-clause"),
    case("وأكدت الوزارة أن 400 شخص ما زالوا في عداد المفقودين، بينما أعلن الدفاع المدني مقتل خمسة "
         "من متطوعيه، ليرتفع عدد شهدائه إلى 99.",
         C(MISS, IND, "all", 400), C(KILL, IND, "aid_workers", 5), C(KILL, IND, "all", 99),
         id="rose-to-stops-at-another-event"),
    case("وارتفع عدد النازحين من 5 آلاف إلى 6 آلاف شخص.", C(DISP, IND, "all", 5000), C(DISP, IND, "all", 6000),
         id="rose-from-to-is-no-range"),
    case("واعتقلت قوات الأمن 37 شخصاً من اللاجئين العائدين عند المعبر.", C(DET, IND, "all", 37),
         id="who-they-are-is-not-what-happened"),
    case("وأجلت فرق الدفاع المدني نحو 600 أسرة من المخيمات الغارقة.", C(DISP, FAM, "all", 600, qualifier="approx"),
         id="ajla-evacuation"),
    case("وبحسب الهلال الأحمر، غرق 40 مهاجراً قبالة السواحل.", C(KILL, IND, "all", 40, attributed=True),
         id="gharaqa-drowned"),
    case("ارتقى ٥١ شهيداً وأصيب ٧٥ آخرون في القصف.", C(KILL, IND, "all", 51), C(INJ, IND, "all", 75),
         id="martyrs-then-injured-others"),
    case("وقال الفريق إن 2300 عائلة نزحت من مدينة معرة النعمان خلال يومين.",
         C(DISP, FAM, "all", 2300), id="number-then-verb"),
    case("وبلغ عدد النازحين منذ بداية الشهر 48210.", C(DISP, IND, "all", 48210), id="count-of-the-displaced"),
    case("وهُجّر 900 شخص من بلدة كفرنبودة.", C(DISP, IND, "all", 900), id="passive-hujjir"),
    case("وفرار 1700 عائلة من ريف حلب الجنوبي.", C(DISP, FAM, "all", 1700), id="firar"),
    case("وعودة 1500 عائلة إلى منازلها في ريف حلب الغربي.", C(RET, FAM, "all", 1500), id="awda"),
    case("وعاد نحو 3 آلاف شخص إلى مدينة سراقب.", C(RET, IND, "all", 3000, qualifier="approx"), id="aada"),
    case("ووفاة 12 شخصاً غرقاً في نهر العاصي.", C(KILL, IND, "all", 12), id="wafat"),
    case("وتوفي 5 أشخاص بسبب البرد في المخيمات.", C(KILL, IND, "all", 5), id="tuwuffiya"),
    case("واستشهاد 7 مدنيين بقصف على بلدة معرشورين.", C(KILL, IND, "civilians", 7), id="istishhad"),
    case("وسقط 20 شهيداً في القصف.", C(KILL, IND, "all", 20), id="shahid"),
    case("وارتفع عدد القتلى إلى 87.", C(KILL, IND, "all", 87), id="qatla-count"),
    case("وراح ضحيتها 9 مدنيين.", C(KILL, IND, "civilians", 9), id="raha-dahiyataha"),
    case("وإصابة 23 شخصاً بجروح.", C(INJ, IND, "all", 23), id="isaba"),
    case("وأصيب 11 مدنياً في القصف.", C(INJ, IND, "civilians", 11), id="usiba"),
    case("وقُتل 6 أشخاص و40 جريحاً في التفجير.", C(KILL, IND, "all", 6), C(INJ, IND, "all", 40), id="jarih"),
    case("وارتفع عدد المصابين إلى 315.", C(INJ, IND, "all", 315), id="musab-count"),
    case("وفقدان 12 شخصاً تحت الأنقاض.", C(MISS, IND, "all", 12), id="fuqdan"),
    case("ولا يزال 30 شخصاً في عداد المفقودين.", C(MISS, IND, "all", 30), id="in-the-count-of-missing"),
    case("واعتقال 45 مدنياً خلال مداهمات.", C(DET, IND, "civilians", 45), id="itiqal"),
    case("ولقي 11 شخصاً حتفهم غرقاً قبالة السواحل اللبنانية.", C(KILL, IND, "all", 11), id="laqu-hatfahum"),
    case("وأودى القصف بحياة أربعة أطفال وامرأتين.",
         C(KILL, IND, "children", 4), C(KILL, IND, "women", 2), id="awda-bi-hayat-with-dual"),
    case("وتم توثيق 245 حالة وفاة و532 إصابة.",
         C(KILL, IND, "all", 245), C(INJ, IND, "all", 532), id="halat-wafat-and-isabat"),
    case("وانتشلت فرق الإنقاذ جثث 3 أطفال من تحت الأنقاض.", C(KILL, IND, "children", 3), id="bodies-recovered"),
    case("وقضى 3 أطفال بسبب البرد في مخيمات الشمال.", C(KILL, IND, "children", 3), id="qada"),
    case("وقُتل 3 أشخاص من عائلة واحدة في القصف.", C(KILL, IND, "all", 3), id="from-one-family"),
    case("ووثّقت الشبكة أن 1200 معتقل قضوا تحت التعذيب في السجون.", C(KILL, IND, "all", 1200),
         id="verb-after-noun-says-what-happened"),
    case("وعاد من لبنان قرابة 45 ألفاً منذ مطلع العام.", C(RET, IND, "all", 45_000, qualifier="approx"),
         id="bare-figure-after-verb"),
    case("لقي 9 أطفال حتفهم وأصيب 15 آخرون في انفجار لغم.",
         C(KILL, IND, "children", 9), C(INJ, IND, "children", 15), id="closing-hatf-then-injured-others"),
    case("وقالت الوزارة إن الوفيات في المحافظة تجاوزت 2040 حتى مساء الخميس.",
         C(KILL, IND, "all", 2040, qualifier="more_than"), id="year-like-count-after-exceeded"),
    case("وأعلنت الشرطة أن 6 من عناصرها قُتلوا في الكمين.", C(KILL, IND, "combatants", 6),
         id="noun-with-possessive-ending"),
    case("وقال الأهالي إن ثلاثة من أطفالهم قضوا في الحريق.", C(KILL, IND, "children", 3),
         id="their-children"),
    case("وأفادت الشبكة أن 9 أشخاص من العائدين اعتقلتهم قوات الأمن فور وصولهم، بينهم منشقان عن الجيش.",
         C(DET, IND, "all", 9), C(DET, IND, "combatants", 2, subset_of=0), id="who-they-are-then-their-verb"),
    case("وقال المرصد إن عدد الجرحى تجاوز الخمسين.", C(INJ, IND, "all", 50, qualifier="more_than", attributed=True),
         id="definite-tens-after-subject"),
    case("وقال المكتب إن مصير 2,611 إيزيدياً لا يزال مجهولاً.", C(MISS, IND, "all", 2611), id="yazidis-fate-unknown"),
    case("وأخلت فرق الدفاع المدني 20 عائلة من منازلها القريبة من الحريق.", C(DISP, FAM, "all", 20),
         id="evacuated-families"),
    case("وقُتلت أم و3 من أطفالها في الغارة.", C(KILL, IND, "children", 3), id="a-mother-and-three-children"),
    case("وقُتل 5 أفراد من قوات الأمن العام في الكمين.", C(KILL, IND, "combatants", 5), id="members-of-forces"),
    case("أصيب 31 شخصاً بجروح، ليرتفع عدد المدنيين الذين قتلهم القصف منذ مطلع شباط إلى 196 مدنياً، من بينهم 54 طفلاً.",
         C(INJ, IND, "all", 31), C(KILL, IND, "civilians", 196), C(KILL, IND, "children", 54, subset_of=1),
         id="the-civilians-whom-the-shelling-killed"),
    case("بلغ عدد الوفيات 1,162 مدنياً، فيما أصيب 2,400 آخرون تلقى معظمهم العلاج في مشافي عفرين.",
         C(KILL, IND, "civilians", 1162), C(INJ, IND, "civilians", 2400), id="the-wounded-are-treated"),
    case("ارتفع عدد الضحايا إلى 1,262 وفاة. وتوزعت الوفيات على النحو الآتي: 431 في حلب، و601 في اللاذقية.",
         C(KILL, IND, "all", 1262), C(KILL, IND, "all", 431, subset_of=0), C(KILL, IND, "all", 601, subset_of=0),
         id="as-follows-after-a-colon"),
    case("ارتفع عدد الضحايا إلى 1,262 وفاة و2,285 إصابة. وتوزعت الوفيات على النحو الآتي: 431 في حلب، و601 في اللاذقية.",
         C(KILL, IND, "all", 1262), C(INJ, IND, "all", 2285), C(KILL, IND, "all", 431, subset_of=0),
         C(KILL, IND, "all", 601, subset_of=0), id="as-follows-names-the-dead"),
    case("اعتقلت القوات 240 شخصاً من داخل المستشفى، بينهم 65 من أفراد الطواقم الطبية.",
         C(DET, IND, "all", 240), C(DET, IND, "aid_workers", 65, subset_of=0), id="members-of-medical-teams"),
    case("وأعلنت الخلية اعتقال ستة مشتبه بهم خلال عملية تفتيش.", C(DET, IND, "all", 6), id="suspects"),
    case("فيما لا يزال مهاجران اثنان في عداد المفقودين.", C(MISS, IND, "all", 2), id="two-migrants-missing"),
    case("وبلغ عدد النازحين 9,420 شخصاً موزعين على 48 مركزاً، بطاقة استيعابية تصل إلى 15 ألف شخص.",
         C(DISP, IND, "all", 9420), id="shelter-capacity"),
    case("ارتفعت حصيلة المجزرة في السوق الشعبي، أمس الإثنين، إلى ما لا يقل عن 39 مدنياً، بينهم ثمانية أطفال.",
         C(KILL, IND, "civilians", 39, qualifier="at_least"), C(KILL, IND, "children", 8, subset_of=0),
         id="toll-of-the-massacre"),
    case("وأكد المجلس أن 174 من أبناء المدينة لقوا حتفهم، بينهم 61 طفلاً.",
         C(KILL, IND, "all", 174), C(KILL, IND, "children", 61, subset_of=0), id="sons-of-the-town"),
    case("ارتفعت حصيلة القتلى جراء الاشتباكات في ريف دير الزور، منذ الأحد الماضي، إلى 54 شخصاً.",
         C(KILL, IND, "all", 54), id="toll-rose-to-across-commas"),
    case("وقال الفريق إن عدد النازحين العائدين إلى قراهم بلغ 11 ألفاً و137 عائلة.",
         C(RET, FAM, "all", 11137), id="displaced-who-returned"),
    case("وأشار الدفاع المدني إلى أن ثلاثة من متطوعيه أصيبوا بجروح.", C(INJ, IND, "aid_workers", 3),
         id="its-volunteers"),
    case("وعادت 1,840 عائلة إلى البلدة، من أصل نحو 9,500 عائلة كانت تقطنها قبل عام 2019.",
         C(RET, FAM, "all", 1840), id="out-of-a-former-population"),
    case("فيما قُتل خلال الفترة ذاتها 6 مدنيين بالغين وأصيب 23 آخرون.",
         C(KILL, IND, "civilians", 6), C(INJ, IND, "civilians", 23), id="later-verb-belongs-to-the-next-figure"),
    case("وبذلك يرتفع عدد من استشهدوا قرب مراكز التوزيع إلى أكثر من 100 شهيد.",
         C(KILL, IND, "all", 100, qualifier="more_than"), id="dead-near-distribution-centres"),
    case("لا تزال الجماعة تحتجز منذ يونيو الماضي 13 عاملاً إنسانياً.", C(DET, IND, "aid_workers", 13),
         id="still-holds-aid-workers"),
    case("ضبط الجهاز 312 مهاجراً غير نظامي خلال حملة أمنية، بينهم 245 رجلاً.",
         C(DET, IND, "all", 312), C(DET, IND, "men", 245, subset_of=0), id="seized-migrants"),
    case("شهيدان، و٩ جرحى بينهم عنصران من الدفاع المدني، في غارة على بعلبك.",
         C(KILL, IND, "all", 2), C(INJ, IND, "all", 9), C(INJ, IND, "aid_workers", 2, subset_of=1),
         id="dual-civil-defence-members"),
    case("وقالت السلطات إن نحو 60 ألف مستوطن نزحوا من المستوطنات الشمالية.",
         C(DISP, IND, "all", 60000, qualifier="approx"), id="settlers"),
    case("وأوضحت الشبكة أن من بين القتلى ٣١ شخصاً من أفراد أسرة واحدة.", C(KILL, IND, "all", 31),
         id="members-of-one-family"),
    case("غادرت قافلة العودة من عرسال، وأُعيد 40 شخصاً إلى سوريا بعد أن انقلب قارب كان يقل 154 مهاجراً.",
         C(RET, IND, "all", 40), id="boat-carrying-is-no-toll-but-returns-count"),
    case("غادرت دفعة جديدة تضم 187 عائلة عراقية (693 شخصاً) مخيم الهول باتجاه الأراضي العراقية.",
         C(RET, FAM, "all", 187), C(RET, IND, "all", 693), id="nationals-leave-for-their-country"),
    case("عبر أكثر من 40 ألف سوري من تركيا إلى الشمال السوري منذ 15 شباط.",
         C(RET, IND, "all", 40000, qualifier="more_than"), id="nationals-cross-into-their-country"),
    case("ونزح 500 سوري من لبنان إلى تركيا.", C(DISP, IND, "all", 500), id="nationals-flee-abroad"),
    case("وأسفرت المواجهات عن مقتل جندي واحد وإصابة 12 عنصراً من الطرفين.",
         C(KILL, IND, "combatants", 1), C(INJ, IND, "combatants", 12), id="one-follows-its-noun"),
    case("وأصيب في الهجوم ذاته مدنيان من سكان القرية.", C(INJ, IND, "civilians", 2),
         id="of-the-residents-is-who-they-are"),
    case("وأسفرت الهجمات عن مقتل 34 من العاملين في القطاع الصحي.", C(KILL, IND, "aid_workers", 34),
         id="health-workers"),
    case("وبلغ إجمالي العائلات العائدة منذ بداية العام 2364 عائلة، تضم 8970 فرداً.",
         C(RET, FAM, "all", 2364), C(RET, IND, "all", 8970), id="returning-families-feminine"),
    case("وارتفع عدد قتلى قوات النظام منذ مطلع العام إلى 163 قتيلاً.", C(KILL, IND, "combatants", 163),
         id="subject-says-whose-deaths"),
    case("ووثّق المرصد مقتل 58 عنصراً من قوات النظام، معظمهم في هجمات لخلايا التنظيم في عمق البادية "
         "الشرقية قرب حقول النفط، إضافة إلى 24 مقاتلاً من الفصائل.",
         C(KILL, IND, "combatants", 58), C(KILL, IND, "combatants", 24), id="next-list-item-shares-the-event"),
    case("نحو ألفي عائلة تعود إلى ريف إدلب الجنوبي", C(RET, FAM, "all", 2000, qualifier="approx"),
         id="headline-present-tense-return"),
    case("وأودت الألغام بحياة 37 طفلاً وأصابت 81 آخرين منذ مطلع العام.",
         C(KILL, IND, "children", 37), C(INJ, IND, "children", 81), id="wounded-verb-asabat"),
    case("وأوضحت الوكالة أن 152 من موظفيها قُتلوا منذ بدء الحرب.", C(KILL, IND, "aid_workers", 152),
         id="agency-staff-are-aid-workers"),
    case("وقُتل 3 موظفين أمميين في الغارة.", C(KILL, IND, "aid_workers", 3), id="un-staff"),
    case("وأفاد المعبر بأن 2,312 لاجئاً سورياً رُحّلوا قسراً خلال الشهر الماضي.", C(RET, IND, "all", 2312),
         id="refugees-deported-are-returned"),
    case("ورحّل الجيش خلال شهر نيسان ما لا يقل عن 450 لاجئاً سورياً.",
         C(RET, IND, "all", 450, qualifier="at_least"), id="refugees-deported-verb-before"),
    case("وأوضحت المفوضية أن أكثر من 5.5 مليون لاجئ سوري ما زالوا في دول الجوار.",
         C(DISP, IND, "all", 5_500_000, qualifier="more_than"), id="refugees-abroad-are-displaced"),
    case("وبلغ عدد النازحين 4000 عائلة، بينما عاد 200 عائلة إلى قراهم.",
         C(DISP, FAM, "all", 4000), C(RET, FAM, "all", 200), id="return-after-the-figure-is-the-next-figures"),
    case("وأعدم التنظيم 12 شخصاً في ريف دير الزور الشرقي.", C(KILL, IND, "all", 12), id="executed"),
    case("واغتيل ثلاثة عناصر من الفصائل بإطلاق نار في مدينة درعا.", C(KILL, IND, "combatants", 3),
         id="assassinated"),
    case("وفُقد أثر سبعة صيادين قبالة سواحل طرطوس.", C(MISS, IND, "all", 7), id="trace-lost"),
    case("وانقطع الاتصال بـ 14 مهاجراً كانوا على متن القارب.", C(MISS, IND, "all", 14), id="contact-lost"),
    case("وألقت قوات الأمن القبض على 15 شاباً في مدينة جبلة.", C(DET, IND, "men", 15), id="arrest-phrase"),
    case("وأوقفت الشرطة 6 أشخاص على خلفية الاحتجاجات.", C(DET, IND, "all", 6), id="stopped-held"),
]

# --- subsets --------------------------------------------------------------------------------
SUBSETS = [
    case("ووثّق المرصد مقتل ٤١٢ شخصاً، من بينهم ١٣٩ مدنياً. أما بقية الحصيلة فهي ٢٧٣ من العسكريين والمسلحين.",
         C(KILL, IND, "all", 412), C(KILL, IND, "civilians", 139, subset_of=0),
         C(KILL, IND, "combatants", 273, subset_of=0), id="the-rest-of-the-toll"),
    case("وارتفعت حصيلة ضحايا الزلزال إلى 812 قتيلاً. وتوزعت الوفيات على محافظات حلب (٣٧١) واللاذقية (٢٩٨) وحماة (١٢٣).",
         C(KILL, IND, "all", 812), C(KILL, IND, "all", 371, subset_of=0), C(KILL, IND, "all", 298, subset_of=0),
         C(KILL, IND, "all", 123, subset_of=0), id="a-toll-spread-over-provinces"),
    case("وقُتل تسعة مدنيين، بينهم ثلاثة أطفال وامرأة واحدة.",
         C(KILL, IND, "civilians", 9), C(KILL, IND, "children", 3, subset_of=0), C(KILL, IND, "women", 1, subset_of=0),
         id="one-after-its-noun-in-a-list"),
    case("درنة.. 11300 قتيل وأكثر من 30 ألف نازح", C(KILL, IND, "all", 11300),
         C(DISP, IND, "all", 30000, qualifier="more_than"), id="a-headline-pair-of-tolls"),
    case("وأسفرت الهجمات عن مقتل 48 شخصاً، بينهم 29 من عناصر قوات سوريا الديمقراطية و11 مدنياً، فيما أُصيب 58 آخرون.",
         C(KILL, IND, "all", 48), C(KILL, IND, "combatants", 29, subset_of=0), C(KILL, IND, "civilians", 11, subset_of=0),
         C(INJ, IND, "all", 58), id="a-list-goes-on-past-the-name-of-a-body"),
    case("وأعلنت وزارة الصحة مقتل 558 شخصاً، في حصيلة غير نهائية. وقال الوزير إن بين الشهداء أيضاً أربعة مسعفين.",
         C(KILL, IND, "all", 558), C(KILL, IND, "aid_workers", 4, subset_of=0), id="among-the-dead-also"),
    case("وارتفعت حصيلة قتلى الاشتباكات إلى 71 قتيلاً. وأوضح المرصد أن الحصيلة تشمل 25 عنصراً من قسد "
         "و37 من مقاتلي العشائر، إضافة إلى 9 مدنيين بينهم طفلان.",
         C(KILL, IND, "all", 71), C(KILL, IND, "combatants", 25, subset_of=0), C(KILL, IND, "combatants", 37, subset_of=0),
         C(KILL, IND, "civilians", 9, subset_of=0), C(KILL, IND, "children", 2, subset_of=3),
         id="the-toll-includes"),
    case("وتسببت الألغام بسقوط 1,003 ضحايا في سوريا، قُتل منهم 396 شخصاً، بينهم 124 طفلاً، وأصيب 607 آخرون.",
         C(KILL, IND, "all", 396, subset_of=None), C(KILL, IND, "children", 124, subset_of=0), C(INJ, IND, "all", 607),
         id="victims-split-into-killed-and-injured-are-no-toll-of-the-dead"),
    case("وارتفعت حصيلة الوفيات إلى عشرة أشخاص، بينهم أربعة أطفال، فيما أُصيب ستة آخرون.",
         C(KILL, IND, "all", 10), C(KILL, IND, "children", 4, subset_of=0), C(INJ, IND, "all", 6),
         id="a-part-and-the-injured-adding-up-is-no-split"),
    case("ووثّقت الشبكة 217 حالة اعتقال تعسفي في آب. وكانت قوات النظام مسؤولة عن 81 حالة، وقوات سوريا "
         "الديمقراطية عن 72، وهيئة تحرير الشام عن 27.",
         C(DET, IND, "all", 217), C(DET, IND, "all", 81, subset_of=0), C(DET, IND, "all", 72, subset_of=0),
         C(DET, IND, "all", 27, subset_of=0), id="shares-of-the-parties-responsible"),
    case("وارتفعت حصيلة المواجهات إلى 96 قتيلاً، هم 25 مدنياً بينهم 6 أطفال، و45 من مقاتلي العشائر، "
         "و26 من عناصر «قسد».",
         C(KILL, IND, "all", 96), C(KILL, IND, "civilians", 25, subset_of=0), C(KILL, IND, "children", 6, subset_of=1),
         C(KILL, IND, "combatants", 45, subset_of=0), C(KILL, IND, "combatants", 26, subset_of=0),
         id="fighters-after-a-civilians-breakdown-are-beside-them"),
    case("وقالت وزارة الصحة إن 70 شخصاً قُتلوا خلال اليومين الماضيين. وأعلن الدفاع المدني مقتل اثنين من "
         "متطوعيه، ليرتفع إجمالي قتلاه إلى 99.",
         C(KILL, IND, "all", 70, subset_of=None), C(KILL, IND, "aid_workers", 2, subset_of=2), C(KILL, IND, "all", 99),
         id="a-later-total-of-another-source-holds-none-of-ours"),
    case("قُتل 96 مدنياً، منهم 19 مدنياً بينهم 6 أطفال قُتلوا بالقصف، و7 مدنيين قضوا تحت التعذيب.",
         C(KILL, IND, "civilians", 96), C(KILL, IND, "civilians", 19, subset_of=0),
         C(KILL, IND, "children", 6, subset_of=1), C(KILL, IND, "civilians", 7, subset_of=0),
         id="next-item-beside-a-part-of-its-own-kind"),
    case("نزح أكثر من 280 ألف شخص، بينهم أكثر من 100 ألف طفل. وأوضح المكتب أن قرابة 32 ألفاً من هؤلاء لجؤوا إلى مراكز الإيواء.",
         C(DISP, IND, "all", 280000), C(DISP, IND, "children", 100000, subset_of=0),
         C(DISP, IND, "all", 32000, subset_of=0), id="of-these-in-a-new-sentence-is-of-the-total"),
    case("وعثرت الجهات المختصة على 93 مقبرة جماعية، جرى فتح 53 منها حتى الآن.", id="of-them-after-graves"),
    case("قُتل 11 مدنياً وأُصيب 30 آخرون. وأضاف المراسل أن من بين المصابين 9 أطفال وامرأتين.",
         C(KILL, IND, "civilians", 11), C(INJ, IND, "civilians", 30), C(INJ, IND, "children", 9, subset_of=1),
         C(INJ, IND, "women", 2, subset_of=1), id="among-the-injured"),
    case("أوقف الجيش أكثر من 450 سورياً. وأوضح المركز أن بين الموقوفين 27 قاصراً.",
         C(DET, IND, "all", 450, qualifier="more_than"), C(DET, IND, "children", 27, subset_of=0),
         id="among-the-detained"),
    case("قُتل ستة مدنيين وثلاثة عناصر. ومن بين المدنيين رجلان قُتلا برصاص مجهولين.",
         C(KILL, IND, "civilians", 6), C(KILL, IND, "combatants", 3), C(KILL, IND, "men", 2, subset_of=0),
         id="among-the-civilians"),
    case("وانخفض عدد النازحين في مراكز الإيواء إلى 36 ألفاً بعد أن كان 150 ألفاً في العاشر من شباط.",
         C(DISP, IND, "all", 36000), C(DISP, IND, "all", 150000), id="down-from-what-it-was"),
    case("واعتقلت قوات الأمن 37 شخصاً، بينهم أربع نساء. ولا يزال مصير اثنين منهم مجهولاً.",
         C(DET, IND, "all", 37), C(DET, IND, "women", 4, subset_of=0), C(MISS, IND, "all", 2, subset_of=0),
         id="minhum-is-not-the-women"),
    case("وبلغت الحصيلة ستة قتلى، بينهم طفلان، وتسعة جرحى.",
         C(KILL, IND, "all", 6), C(KILL, IND, "children", 2, subset_of=0), C(INJ, IND, "all", 9, subset_of=None),
         id="injured-noun-ends-the-list"),
    case("بلغ عدد الضحايا منذ الزلزال 6747، منهم 2226 في مناطق النظام، و4521 في مناطق المعارضة.",
         C(KILL, IND, "all", 6747), C(KILL, IND, "all", 2226, subset_of=0), C(KILL, IND, "all", 4521, subset_of=0),
         id="breakdown-joined-by-wa"),
    case("أعلنت الوزارة أن عدد ضحايا الزلزال في مناطق شمال غربي سوريا منذ فجر الاثنين ارتفع إلى 3100.",
         C(KILL, IND, "all", 3100), id="subject-far-from-its-figure"),
    case("ومقتل 312 مدنياً بينهم 97 طفلاً و51 امرأة.",
         C(KILL, IND, "civilians", 312), C(KILL, IND, "children", 97, subset_of=0),
         C(KILL, IND, "women", 51, subset_of=0), id="baynahum-breakdown"),
    case("وأصيب 45 شخصاً منهم 12 طفلاً.",
         C(INJ, IND, "all", 45), C(INJ, IND, "children", 12, subset_of=0), id="minhum"),
    case("ونزوح 3200 شخص من بينهم 1700 طفل.",
         C(DISP, IND, "all", 3200), C(DISP, IND, "children", 1700, subset_of=0), id="min-baynahum"),
    case("ونزح 22 ألفاً و400 شخص، بينهم أكثر من 11 ألف طفل ونحو 6 آلاف امرأة.",
         C(DISP, IND, "all", 22400), C(DISP, IND, "children", 11000, qualifier="more_than", subset_of=0),
         C(DISP, IND, "women", 6000, qualifier="approx", subset_of=0), id="breakdown-with-qualifiers"),
    case("وقُتل 19 مدنياً، ثمانية منهم أطفال.",
         C(KILL, IND, "civilians", 19), C(KILL, IND, "children", 8, subset_of=0), id="minhum-after-figure"),
    case("قُتل 40 شخصاً، بينهم 12 عنصراً من الجيش و7 مسلحين من الفصائل المحلية و5 مدنيين.",
         C(KILL, IND, "all", 40), C(KILL, IND, "combatants", 12, subset_of=0),
         C(KILL, IND, "combatants", 7, subset_of=0), C(KILL, IND, "civilians", 5, subset_of=0),
         id="parts-named-with-their-ranks"),
    case("ارتفعت حصيلة القتلى إلى 60 شخصاً، بينهم 30 مدنياً، منهم 9 أطفال قضوا تحت الأنقاض، "
         "إضافة إلى 14 عنصراً من قوات الأمن.",
         C(KILL, IND, "all", 60), C(KILL, IND, "civilians", 30, subset_of=0),
         C(KILL, IND, "children", 9, subset_of=1), C(KILL, IND, "combatants", 14, subset_of=0),
         id="list-resumes-after-a-nested-part"),
    case("وقُتل 4 مدنيين في القصف. ويقدّر عدد سكان البلدة بنحو 20 ألفاً، بينهم 6 آلاف مسجلين لدى البلدية.",
         C(KILL, IND, "civilians", 4), id="part-of-a-population-is-no-claim"),
    case("واعتقلت قوات الأمن 12 شاباً في حملة دهم. وقال ذووهم إن اثنين من المعتقلين أُفرج عنهما مساءً.",
         C(DET, IND, "men", 12), id="part-released-is-no-longer-detained"),
    case("ووثّقت الشبكة 90 حالة اعتقال خلال الشهر، تحوّل 40 منها إلى حالات اختفاء قسري.",
         C(DET, IND, "all", 90), C(MISS, IND, "all", 40, subset_of=0), id="minha-after-cases"),
    case("قُتل 8 مدنيين في القصف، بينهم امرأة مع أطفالها الخمسة.",
         C(KILL, IND, "civilians", 8), C(KILL, IND, "children", 5, subset_of=0), id="part-after-one-person-ma"),
    case("وقُتل أربعة مدنيين هم امرأة وثلاثة من أطفالها.",
         C(KILL, IND, "civilians", 4), C(KILL, IND, "children", 3, subset_of=0), id="part-after-one-person-wa"),
    case("نزح 40 ألف شخص من المدينة خلال أسبوع. ويضم النازحون أكثر من 20 ألف طفل، ونحو 10 آلاف امرأة، "
         "علاوة على 5 آلاف شخص آخرين.",
         C(DISP, IND, "all", 40000), C(DISP, IND, "children", 20000, qualifier="more_than", subset_of=0),
         C(DISP, IND, "women", 10000, qualifier="approx", subset_of=0), C(DISP, IND, "all", 5000, subset_of=0),
         id="the-rest-of-a-list-of-parts-in-the-next-sentence"),
    case("وقُتل 5 مدنيين في أريحا، وفي حادثة منفصلة قُتل 3 أطفال في سرمين.",
         C(KILL, IND, "civilians", 5), C(KILL, IND, "children", 3, subset_of=None), id="separate-event-no-subset"),
]

# --- qualifiers ----------------------------------------------------------------------------
QUALIFIERS = [
    case("ونزوح نحو 1200 عائلة.", C(DISP, FAM, "all", 1200, qualifier="approx"), id="nahwa"),
    case("ونزح حوالي 9 آلاف شخص.", C(DISP, IND, "all", 9000, qualifier="approx"), id="hawali"),
    case("وعاد قرابة 700 شخص إلى قراهم.", C(RET, IND, "all", 700, qualifier="approx"), id="qurabat"),
    case("ونزوح ما يقارب 282 ألف مدني.", C(DISP, IND, "civilians", 282000, qualifier="approx"), id="ma-yuqarib"),
    case("ونزح زهاء 50 ألف شخص.", C(DISP, IND, "all", 50000, qualifier="approx"), id="zuhaa"),
    case("ونزوح أكثر من 1611 عائلة.", C(DISP, FAM, "all", 1611, qualifier="more_than"), id="akthar-min"),
    case("ومقتل ما يزيد عن 513 شخصاً.", C(KILL, IND, "all", 513, qualifier="more_than"), id="ma-yazid-an"),
    case("ونزوح ما يزيد على 7 آلاف عائلة.", C(DISP, FAM, "all", 7000, qualifier="more_than"), id="ma-yazid-ala"),
    case("ونزح ما يربو على 900 ألف شخص.", C(DISP, IND, "all", 900000, qualifier="more_than"), id="ma-yarbu-ala"),
    case("ومقتل ما لا يقل عن 53 مدنياً.", C(KILL, IND, "civilians", 53, qualifier="at_least"), id="ma-la-yaqillu-an"),
    case("ومقتل 70 شخصاً على الأقل.", C(KILL, IND, "all", 70, qualifier="at_least"), id="ala-al-aqall-after"),
    case("ونزوح ما يصل إلى 80 ألف شخص.", C(DISP, IND, "all", 80000, qualifier="up_to"), id="ma-yasil-ila"),
    case("ونزح حتى 700 ألف شخص وفق أعلى التقديرات.", C(DISP, IND, "all", 700000, qualifier="up_to"), id="hatta"),
    case("ونزح حتى الآن 700 ألف شخص.", C(DISP, IND, "all", 700000, qualifier="exact"), id="hatta-al-aan-is-not-up-to"),
    case("ونزوح 640 عائلة من بلدة الدير الشرقي.", C(DISP, FAM, "all", 640, qualifier="exact"), id="no-qualifier"),
    case("ونزوح أكثر من 14186 عائلة (78113 نسمة).",
         C(DISP, FAM, "all", 14186, qualifier="more_than"), C(DISP, IND, "all", 78113, qualifier="more_than"),
         id="qualifier-carries-into-parens"),
    case("ونزحت نحو 30 ألف عائلة أي ما يقارب 180 ألف نسمة.",
         C(DISP, FAM, "all", 30000, qualifier="approx"), C(DISP, IND, "all", 180000, qualifier="approx"),
         id="restated-with-ay-ma-yuqarib"),
    case("واستمر القصف أكثر من 108 ساعة وأسفر عن مقتل 221 شخصاً.",
         C(KILL, IND, "all", 221, qualifier="exact"), id="qualifier-of-hours-does-not-carry"),
]

# --- attribution ---------------------------------------------------------------------------
ATTRIBUTION = [
    case("وقُتل 5 مدنيين، بحسب الشبكة السورية لحقوق الإنسان.", C(KILL, IND, "civilians", 5, location=None),
         id="no-place-inside-an-organisations-name"),
    case("وقالت قسد في حصيلة نهائية إن 121 من عناصرها قُتلوا.", C(KILL, IND, "combatants", 121, by="SDF"),
         id="arabic-acronym-reports"),
    case("قُتل 25 عنصراً من قسد في الهجوم.", C(KILL, IND, "combatants", 25, attributed=False),
         id="arabic-acronym-of-the-dead-is-no-source"),
    case("ووثّق مكتب الإعلام في المدينة اعتقال 25 شخصاً خلال الأسبوع.", C(DET, IND, "all", 25, by="مكتب الإعلام"),
         id="an-office-as-written"),
    case("قال برنامج الأغذية العالمي إنه قدّم مساعدات غذائية في المنطقة. "
         "وأوضح البرنامج أن الفيضانات أدت إلى تشريد 12 ألف شخص.",
         C(DISP, IND, "all", 12_000, by="WFP"), id="the-programme-named-before"),
    case("أعلنت الأممالمتحدة أن 500 ألف شخص نزحوا من المنطقة.", C(DISP, IND, "all", 500_000, by="United Nations"),
         id="two-word-name-typed-without-its-space"),
    case("ونزحت 1400 عائلة من ريف إدلب، بحسب فريق منسقو استجابة سوريا.",
         C(DISP, FAM, "all", 1400, by="Response Coordinators"), id="bihasab-response-coordinators"),
    case("وقُتل 12 مدنياً حسب المرصد السوري لحقوق الإنسان.",
         C(KILL, IND, "civilians", 12, by="SOHR"), id="hasab-sohr"),
    case("وانتشال جثث 221 شخصاً وفق الدفاع المدني السوري.",
         C(KILL, IND, "all", 221, by="Syrian Civil Defence"), id="wifq-civil-defence"),
    case("ونزح 38 ألف شخص وفقًا لمكتب الأمم المتحدة لتنسيق الشؤون الإنسانية (أوتشا).",
         C(DISP, IND, "all", 38000, by="OCHA"), id="wifqan-li-ocha"),
    case("وعاد 34 ألف لاجئ، بحسب ما أفادت المفوضية السامية للأمم المتحدة لشؤون اللاجئين.",
         C(RET, IND, "all", 34000, by="UNHCR"), id="bihasab-ma-afadat-unhcr"),
    case("وقالت منظمة الأمم المتحدة للطفولة (يونيسف) إن 7 أطفال قُتلوا في إدلب.",
         C(KILL, IND, "children", 7, by="UNICEF"), id="qalat-unicef"),
    case("وأعلنت منظمة الصحة العالمية وفاة 12 شخصاً بالكوليرا.",
         C(KILL, IND, "all", 12, by="WHO"), id="aalanat-who"),
    case("ووثّقت الشبكة السورية لحقوق الإنسان مقتل 97 مدنياً في آذار.",
         C(KILL, IND, "civilians", 97, by="SNHR"), id="wath-thaqat-snhr"),
    case("وذكرت المنظمة الدولية للهجرة أن 45 ألف شخص نزحوا من المنطقة.",
         C(DISP, IND, "all", 45000, by="IOM"), id="dhakarat-iom"),
    case("ووثّق فريق منسقو استجابة سوريا نزوح 5220 عائلة من ريف حلب الغربي.",
         C(DISP, FAM, "all", 5220, by="Response Coordinators"), id="organisation-is-subject"),
    case("ونزحت 300 عائلة من بلدة كفرنبل.", C(DISP, FAM, "all", 300, attributed=False), id="no-source"),
    case("وبلغت حصيلة الزلزال 2166 وفاة في مناطق المعارضة، وفق الدفاع المدني.",
         C(KILL, IND, "all", 2166, by="Syrian Civil Defence"), id="wifq-short-alias"),
    case("وبلغت أعداد العائدين إلى منازلهم 1.2 مليون شخص بحسب المنظمة الدولية للهجرة.",
         C(RET, IND, "all", 1_200_000, by="IOM"), id="bihasab-iom"),
    case("وفرّ أكثر من 800 ألف شخص من منازلهم منذ كانون الأول، وفقاً للأمم المتحدة.",
         C(DISP, IND, "all", 800_000, qualifier="more_than", by="United Nations"), id="wifqan-lil-umam"),
    case("وبلغ عدد المهجرين قسرياً من درعا 2400 شخص، وفق ما أعلنته لجنة التفاوض.",
         C(DISP, IND, "all", 2400, attributed=True), id="wifq-ma-aalanathu-unregistered-body"),
]

# --- not claims -----------------------------------------------------------------------------
NOT_CLAIMS = [
    case("وأضافت أن الكثافة السكانية في مدينة رفح تجاوزت ١٢ ألف شخص في الكيلومتر المربع الواحد.", id="density"),
    case("فيما يعمل أكثر من 3 آلاف متطوع على مدار 24 ساعة في ظروف جوية قاسية.", id="people-at-work"),
    case("وأوضح البلاغ أن برنامج إعادة الإعمار، الذي تبلغ كلفته 120 مليار درهم، يشمل 4.2 مليون نسمة.",
         id="rebuilding-is-no-return"),
    case("وتوقعت المفوضية أن يرتفع عدد الفارين إلى الخارج إلى مليون شخص بحلول تشرين الأول.", id="expected-to-rise"),
    case("واستند التقرير إلى مقابلات مع 29 شخصاً من ذوي المعتقلين.", id="interviews-with"),
    case("وأوضح أن أصغرهم يبلغ 13 عاماً.", id="age-of-the-youngest"),
    case("وغادر أكثر من 600 مصاب المشافي بعد تلقيهم العلاج.", id="discharged-wounded"),
    case("ويعاني 2.2 مليون طفل من سوء التغذية الحاد.", id="suffering-malnutrition"),
    case("وتوقعت منظمات إنسانية أن يؤدي أي تصعيد إلى نزوح ما يصل إلى 400 ألف شخص.", id="expected-past-tense"),
    case("وأعلنت الحكومة الحداد ثلاثة أيام، ومنحت ذوي كل ضحية 10 ملايين دينار.", id="money-in-dinars"),
    case("وصرفت السلطات 5 آلاف جنيه لكل مصاب.", id="money-in-pounds"),
    case("وحذّر المكتب من أن أعداد النازحين قد تصل إلى 300 ألف شخص إذا استمرت المعارك.", id="may-reach"),
    case("وأُفرج لاحقاً عن 11 منهم بعد دفع ذويهم مبالغ مالية.", id="released-later"),
    case("ونزح بين 5000 إلى 6000 شخص من المدينة.", id="range-between-ila"),
    case("وقال مدير الموانئ إن 20 شخصاً نجوا من الغرق.", id="survivors-no-claim"),
    case("وأشار التقرير إلى أن 28 من المعتقلين أُفرج عنهم.", id="released-no-claim"),
    case("سقط 15 شخصاً بين قتيل وجريح في الانفجار.", id="dead-and-injured-together-no-claim"),
    case("وحذرت المنظمة من أن الهجوم قد يدفع ما يصل إلى 700 ألف شخص إلى النزوح.", id="qad-projection-no-claim"),
    case("ونزح ما بين 3 و5 آلاف عائلة من المدينة.", id="range-in-number-words-no-claim"),
    case("ووقّع اتفاق وقف إطلاق النار في 5 آذار 2020 في موسكو.", id="date"),
    case("ومنذ عام 2011 والسوريون يدفعون ثمن الحرب.", id="year"),
    case("وبدأ القصف عند الساعة الحادية عشرة ليلاً واستمر حتى الساعة 3 فجراً.", id="hours"),
    case("واستمر القصف 48 ساعة متواصلة على مدينة أريحا.", id="duration"),
    case("وتقع البلدة على بعد 15 كيلومتراً جنوب مدينة إدلب.", id="distance"),
    case("وخصصت الأمم المتحدة 25 مليون دولار لدعم النازحين في الشمال السوري.", id="money"),
    case("وتشكل النساء والأطفال 80 بالمئة من النازحين في المخيمات.", id="percentage-words"),
    case("وقال الفريق إن 64% من المخيمات تعاني من نقص المياه.", id="percentage-sign"),
    case("وقُتل طفل يبلغ من العمر 10 سنوات بقصف على بلدة معرة مصرين.", id="age"),
    case("وسيطرت قوات النظام على 14 قرية وبلدة في ريف إدلب الجنوبي.", id="villages"),
    case("وتضرر 41 مخيماً جراء العاصفة المطرية.", id="camps"),
    case("واحترقت 22 خيمة في مخيم أطمة.", id="tents"),
    case("وشنت الطائرات الروسية 36 غارة جوية على ريف إدلب.", id="air-raids"),
    case("واندلع 12 حريقاً في مخيمات النازحين.", id="fires"),
    case("وألقى الطيران المروحي 18 برميلاً متفجراً على بلدة كفرنبودة.", id="barrel-bombs"),
    case("وانهار 479 مبنى بشكل كامل جراء الزلزال.", id="buildings"),
    case("ودخلت 52 شاحنة محملة بالمساعدات عبر معبر باب الهوى.", id="trucks"),
    case("ويقطن في محافظة إدلب نحو 4 ملايين نسمة.", id="population-total"),
    case("ويحتاج 4.1 مليون شخص إلى المساعدات الإنسانية في شمال غرب سوريا.", id="people-in-need"),
    case("واستفاد 12 ألف شخص من توزيع السلال الغذائية.", id="beneficiaries"),
    case("ووصلت المساعدات إلى 3500 عائلة نازحة في مخيمات دير حسان.", id="aid-reached-displaced-families"),
    case("وأعربت الأمم المتحدة عن قلقها من نزوح 250 ألف شخص إضافي إذا استمر التصعيد.", id="feared"),
    case("ومن المتوقع أن ينزح 400 ألف شخص في حال توسع العمليات العسكرية.", id="projected"),
    case("ونزحت آلاف العائلات من جبل الزاوية.", id="vague-thousands"),
    case("وقُتل العشرات وأصيب المئات في القصف.", id="vague-tens-hundreds"),
    case("ونزوح عشرات الآلاف من المدنيين باتجاه الحدود.", id="vague-tens-of-thousands"),
    case("وتراوح عدد العائلات النازحة بين 5000 و6000 عائلة.", id="range"),
    case("وفي اليوم الثالث من الحملة اشتد القصف.", id="ordinal"),
    case("ويبلغ عدد سكان المنطقة منزوعة السلاح 315630 نسمة.", id="population-in-nasama"),
    case("وتتسع المخيمات الجديدة لـ 5000 شخص.", id="camp-capacity"),
    case("وحذّر الفريق من أن استمرار القصف قد يؤدي إلى نزوح أكثر من 200 ألف مدني.", id="warned-could-lead-to"),
    case("وتوزعت الحصيلة على 40 بلدة وقرية.", id="towns"),
    case("ونزح سكان 86 قرية بشكل كامل.", id="residents-of-villages"),
    case("وتقدّر الأمم المتحدة أن 2.8 مليون شخص يعيشون في مخيمات النزوح.", id="living-in-camps"),
    case("وقال مدير المخيم إن عمره 45 عاماً وإن لديه 6 أطفال.", id="age-and-family-size"),
    case("ونزحت 50 عائلة في اليوم الواحد.", id="rate-per-day"),
    case("وتستقبل المخيمات يومياً نحو 300 عائلة نازحة.", id="rate-daily"),
    case("ووزّعت المنظمة 4000 سلة غذائية على 4000 عائلة نازحة.", id="distribution-to-displaced-families"),
    case("وأنقذ خفر السواحل ثلاثة مهاجرين من الغرق.", id="rescued-from-drowning"),
    case("وقالت أم لستة أطفال نزحت من كفرنبل إن الوضع مأساوي.", id="mother-of-six"),
    case("وتتوقع المفوضية عودة ما يصل إلى مليون لاجئ خلال النصف الأول من العام.", id="expected-returns"),
    case("وتستعد 12 عائلة أخرى للرحيل إذا استمرت الاعتداءات.", id="families-preparing-to-leave"),
    case("وتتوقع المفوضية أن يعود قرابة 100 ألف منهم إلى لبنان قبل نهاية العام.", id="expected-part"),
    case("وقال إن خفر السواحل تمكن من إنقاذ 25 شخصاً نُقلوا إلى المستشفى.", id="managed-to-rescue"),
    case("وأحبطت الوحدات محاولات تسلل نحو 1,200 شخص عند الحدود.", id="foiled-crossings"),
    case("وأوضحت المنظمة أن متوسط حجم الأسرة العائدة يبلغ خمسة أفراد.", id="average-family-size"),
    case("ووصلت الدفعة الـ24 من العائلات العائدة إلى الموصل.", id="ordinal-batch"),
    case("وأوضح الدفاع المدني، الذي يضم نحو 3 آلاف متطوع، أن فرقه استجابت للحريق.", id="members-of-an-organisation"),
    case("وخرجت محطة الغاز التي تغذي نحو 800 ألف نسمة عن الخدمة.", id="people-a-station-serves"),
    case("وتعمل المفوضية على تقديم مساعدات نقدية لنحو 150 ألف لاجئ في مصر.", id="cash-aid-to-refugees"),
    case("وقالت المفوضية إن 16.7 مليون شخص داخل سوريا ما زالوا بحاجة إلى مساعدات.", id="still-in-need"),
    case("وأصدرت المحكمة حكماً بالإعدام على 5 أشخاص بتهمة القتل.", id="sentenced-to-death"),
    case("وقال إن واحداً من كل 10 عائدين يفكر بالرحيل مجدداً.", id="ratio-one-in-every-ten"),
    case("وانقلب قارب كان يقل 154 مهاجراً قبالة السواحل.", id="boat-carrying-migrants"),
    case("وباتت البلدة تضم 46 تجمعاً للنازحين.", id="gatherings-of-displaced-people"),
    case("ولم يحصل سوى 30 في المئة من العائلات النازحة على المازوت.", id="per-cent-in-words"),
    case("ونزح 40 بالمئة من السكان.", id="per-cent-glued"),
    case("وأنقذت فرق الدفاع المدني 35 شخصاً من تحت الأنقاض.", id="rescued-from-rubble"),
    case("وتشمل صفقة تبادل الأسرى 150 أسيراً.", id="prisoner-exchange"),
    case("وأصيب طفل بتبادل لإطلاق النار في ذيبان.", id="exchange-of-fire-bare-singular"),
]

# --- text hygiene: diacritics, tatweel, spelling variants, format characters ---------------------
HYGIENE = [
    case("قُتِلَ ثَلاثَةُ أَطْفالٍ في القصف.", C(KILL, IND, "children", 3), id="full-diacritics"),
    case("ومقتل 23 مدنيًّا.", C(KILL, IND, "civilians", 23), id="tanween-and-shadda"),
    case("ونــزوح 1200 عائلـــة من البلدة.", C(DISP, FAM, "all", 1200), id="tatweel"),
    case("واكثر من 500 عائلة نزحت من المنطقة.", C(DISP, FAM, "all", 500, qualifier="more_than"), id="alef-without-hamza"),
    case("ونزوح 4 الاف شخص.", C(DISP, IND, "all", 4000), id="aalaf-without-madda"),
    case("واصيب 7 اشخاص بجروح.", C(INJ, IND, "all", 7), id="usiba-without-hamza"),
    case("ونزوح 300 عائله.", C(DISP, FAM, "all", 300), id="ha-for-ta-marbuta"),
    case("ونزوح \u200f1500\u200f عائلة.", C(DISP, FAM, "all", 1500), id="rlm-around-digits"),
    case("ونزوح \u200e2750\u200e عائلة.", C(DISP, FAM, "all", 2750), id="lrm-around-digits"),
    case("ونزوح 1650\u00a0عائلة.", C(DISP, FAM, "all", 1650), id="nbsp"),
    case("ونزوح \u061c3400 عائلة.", C(DISP, FAM, "all", 3400), id="arabic-letter-mark"),
    case("ونزوح 2100 عائلة\u200c من البلدة.", C(DISP, FAM, "all", 2100), id="zwnj-after-word"),
    case("وأسفر القصف عن مقتل 12 مدنياً بينهم\n6 أطفال في أريحا.",
         C(KILL, IND, "civilians", 12), C(KILL, IND, "children", 6, subset_of=0), id="wrapped-line-after-beinahum"),
    case("ونزحت أكثر من 300\nعائلة من البلدة.", C(DISP, FAM, "all", 300, qualifier="more_than"),
         id="wrapped-line-after-figure"),
    case("قصف على 12 قرية\nنزوح 500 عائلة من المنطقة", C(DISP, FAM, "all", 500), id="line-break-ends-a-headline"),
    case("وتتراوح أعداد القتلى بين 5 و10 أشخاص في كل بلدة.", id="range-tatarawah-no-claim"),
    case("والحصيلة في البلدات تبدأ من 40 قتيلاً وتنتهي عند 3 قتلى.", id="range-tabda-min-no-claim"),
    case("وبلغ عدد الأشخاص الذين نزحوا من المدينة 12 ألفاً.", C(DISP, IND, "all", 12000),
         id="number-of-persons-who-fled"),
]

# --- plausibility --------------------------------------------------------------------------
PLAUSIBILITY = [
    case("ونزوح 55664 ألف عائلة (328418 نسمة) منذ مطلع تشرين الثاني.",
         C(DISP, FAM, "all", 55664), C(DISP, IND, "all", 328418), id="absurd-families-per-person"),
    case("ونزوح 12340 ألف عائلة (71572 نسمة) من ريف حلب.",
         C(DISP, FAM, "all", 12340), C(DISP, IND, "all", 71572), id="absurd-ratio-again"),
    case("ونزوح 55 ألف عائلة (328 ألف نسمة).",
         C(DISP, FAM, "all", 55000), C(DISP, IND, "all", 328000), id="plausible-alf-kept"),
]


# fmt: on


@pytest.mark.parametrize("text, published, expected", DIGIT_SCRIPTS)
def test_digit_scripts(text, published, expected):
    run(text, published, expected)


@pytest.mark.parametrize("text, published, expected", SEPARATORS + SEPARATORS_NONE)
def test_separators(text, published, expected):
    run(text, published, expected)


@pytest.mark.parametrize("text, published, expected", PARENTHESES)
def test_parentheses(text, published, expected):
    run(text, published, expected)


@pytest.mark.parametrize("text, published, expected", MULTIPLIERS)
def test_multipliers(text, published, expected):
    run(text, published, expected)


@pytest.mark.parametrize("text, published, expected", MIXED)
def test_mixed_forms(text, published, expected):
    run(text, published, expected)


@pytest.mark.parametrize("text, published, expected", NUMBER_WORDS)
def test_number_words(text, published, expected):
    run(text, published, expected)


@pytest.mark.parametrize("text, published, expected", DUALS + DUALS_NONE)
def test_duals(text, published, expected):
    run(text, published, expected)


@pytest.mark.parametrize("text, published, expected", UNITS_GROUPS)
def test_units_and_groups(text, published, expected):
    run(text, published, expected)


@pytest.mark.parametrize("text, published, expected", METRICS_ORDER)
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


@pytest.mark.parametrize("text, published, expected", PLAUSIBILITY)
def test_plausibility(text, published, expected):
    run(text, published, expected)


@pytest.mark.parametrize(
    "text",
    [
        pytest.param("ونزوح 55664 ألف عائلة (328418 نسمة) منذ مطلع تشرين الثاني.", id="55664-alf"),
        pytest.param("ونزوح 12340 ألف عائلة (71572 نسمة) من ريف حلب.", id="12340-alf"),
    ],
)
def test_no_family_count_in_the_tens_of_millions(text):
    """Whatever else happens, '55664 ألف عائلة' beside 328418 persons is never 55 million families."""
    from hum_stats.extract import extract

    assert not [c for c in extract(text, language="ar") if c.unit == "families" and c.value >= 10_000_000]
