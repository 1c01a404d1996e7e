/**
 * Words that do not identify a company on their own: everyday English, generic business words,
 * places, and brand-like words many unrelated firms use. A name made only of these ("Top Glove",
 * "East Hope", "Giant") needs context before it is reported, and typo tolerance never turns one of
 * these into a listed name ("Romania" is not a misspelt "Romana"). Compile time only.
 */

const ENGLISH =
  'a about above across after again against all almost alone along also always am among an and another any are area ' +
  'around as ask at away back bad be because been before being below best better between big black blue body book both ' +
  'bring brown but buy by call came can care carry case center centre central change child city clear close cold come ' +
  'common could country course cover cross cut dark day deal deep did different do does done door down draw dry during each ' +
  'early earth east easy eat eight end enough even ever every eye face fact fall family far farm fast feel few field fill ' +
  'final find fine fire first fish five food foot for form four free friend from front full game gave general get giant ' +
  'give glass go gold golden good got great green ground group grow had half hand hard has have he head hear heart heavy ' +
  'help her here high him his hold home hope horse hot hour house how idea if in inner into is island it its just keep ' +
  'kind king know land large last late lead left less let life light like line list little live long look lot love low made ' +
  'main make man many map mark may me mean men might mile mind more morning most mother mountain move much must my name ' +
  'near need never new next night no north not now number of off often old on once one only open or order other our out ' +
  'over own page paper part pass people pick picks place plan plant play point power press put quick rain ran reach read ' +
  'ready real red rest right river road rock room round rule run said same saw say school sea second see seem self set ' +
  'seven several shall she ship short should show side silver simple since six size small smart snow so some song soon ' +
  'sound south special spring square stand star start state stay step still stone stop story street strong such summer ' +
  'sun super sure table take talk tell ten than that the their them then there these they thing think this those though ' +
  'three through time to together too top total toward town tree true try turn two under union unit until up upon us use ' +
  'very voice walk want warm was watch water way we well went were west western what when where which while white who ' +
  'whole why will wind winter with without wood word work world would write year yellow yes yet you young your camel ' +
  'oasis eagle lion tiger dragon phoenix crown royal premier prime ace alpha delta omega apex summit pioneer victory ' +
  'liberty eternal harmony peace sunshine rainbow diamond pearl jade crystal orient oriental pacific atlantic asia asian ' +
  'europe european america american africa global universal united national international continental modern classic ' +
  'select selected choice quality standard supreme superior perfect excellent first rich fortune lucky happy bright century hero vast superman batman spider ' +
  'brightness shine star stars sky ocean valley everest hill hills lake bay coast harbour harbor port ' +
  // Compounds the dictionary list lacks, which a listed name's words joined would make ("Needle Craft").
  'needlecraft';

const BUSINESS =
  'company companies corporation corp co ltd limited inc group groups holding holdings industry industries industrial ' +
  'international trade trading business enterprise enterprises development developments technology technologies tech ' +
  'science sciences manufacturing manufacture manufacturer factory factories works plant mill mills products product ' +
  'goods materials material resources energy power new solar silicon chemical chemicals textile textiles garment garments ' +
  'apparel fashion cotton linen wool fiber fibre yarn spinning dyeing printing food foods agriculture agricultural ' +
  'logistics shipping freight forwarding forwarders agency agencies warehousing warehouse storage supply chain import export imports exports investment management services securities insurance ' +
  'couriers courier haulage removals cleaning cleaners catering caterers packaging hardware care homes hotel hotels events ' +
  'consultancy consulting recruitment ' +
  'service electronics electronic digital information network systems system equipment machinery machine machines ' +
  'mining metals metal steel iron copper aluminium aluminum gold zinc magnesium rare earth coal electricity electric glove gloves rubber medical ' +
  'health healthcare bio biotech biotechnology pharmaceutical pharma ingredients nutrition foods agro farm farms ' +
  'plantation plantations oil palm sugar salt tea coffee seafood fishing ocean marine shoes shoe footwear leather hair ' +
  'fruit fruits vegetable vegetables supplies supplier suppliers ' +
  'accessories auto parts tire tires tyre tyres bicycle bicycles car cars motor motors construction engineering real ' +
  'estate property properties park branch station office center bureau administration county city province region ' +
  'autonomous economic commercial general public private joint venture partners partnership associates association assoc housing ' +
  'cooperative union federation foundation trust capital finance financial bank credit investment ventures solutions ' +
  'brands brand world home green blue eco clean safe safety protective select smart top best premium pro plus max ' +
  'mega ultra super carpet carpets rug rugs prison prisons camp mine mines fields works fittings';

const PLACES =
  'china chinese xinjiang uyghur uighur hebei henan hubei hunan jiangsu zhejiang anhui fujian guangdong guangxi shandong ' +
  'shanxi shaanxi sichuan szechuan yunnan guizhou gansu qinghai ningxia tibet jilin liaoning heilongjiang jiangxi hainan ' +
  'tianjin beijing shanghai chongqing mongolia baotou zhuhai hefei nanjing changzhou hangzhou ningbo dalian qingdao jinan ' +
  'aksu kashgar kashi turpan hami shihezi changji hetian hotan yili urumqi karamay korla baoding dongguan guangzhou ' +
  'shenzhen wuxi suzhou taiyuan zhangzhou xiamen wuhan changsha chengdu kunming xian lanzhou harbin shenyang tangshan ' +
  'rizhao weifang jining heze donghai lianyungang binzhou nanyang zhengzhou huizhou foshan jiaxing shanshan lop hong kong taiwan taipei macau ' +
  'malaysia malaysian kuala lumpur selangor penang klang ipoh singapore indonesia thailand vietnam india nepal pakistan ' +
  'bangladesh japan korea mexico brazil serbia zrenjanin mauritius dominican republic romania kingston congo ' +
  'zimbabwe malawi turkmenistan somalia jordan vanuatu fiji germany france britain england london america canada ' +
  'australia africa europe russia turkey egypt peru chile argentina colombia spain italy poland';

/** Pinyin syllables and brand words that many unrelated firms and people use. */
const BRANDLIKE =
  'linglong meixin haolin hengfa jinma tianshan wang zhang chen yang huang zhao zhou xiao long feng ming hong jian ' +
  'guan tian hui xing jing ying ling dong nan bei zhong hua xin jin';

const words = (text: string): string[] => text.split(/\s+/).filter(Boolean);

/** Everyday, business and brand-like words: never distinctive, never the target of a typo. */
export const GENERIC_WORDS: ReadonlySet<string> = new Set(words(`${ENGLISH} ${BUSINESS} ${BRANDLIKE}`));

/** Generic words and places: a name made only of these needs context. */
export const COMMON_WORDS: ReadonlySet<string> = new Set([...GENERIC_WORDS, ...words(PLACES)]);

/**
 * Words that say what a firm does rather than who it is ("Logistics", "Textile", "Industry"): a
 * listed one-word name followed by one of these is another firm ("Brightway Logistics"), and
 * dropping them from the end of a name gives its short name ("Hoshine" for "Hoshine Silicon Industry").
 */
export const DESCRIPTOR_WORDS: ReadonlySet<string> = new Set(
  words(`${BUSINESS} semiconductor semiconductors microelectronics electronic optoelectronics nonferrous`),
);

/** Places: a leading one is dropped for a short name only after the full name ("Pantum" after "Zhuhai Pantum Electronics"). */
export const PLACE_WORDS: ReadonlySet<string> = new Set(words(PLACES));

/** Xinjiang's places as Mandarin and Uyghur spellings give them ("Hotan" for "Hetian"): the Mandarin first. */
export const PLACE_SPELLINGS: readonly (readonly string[])[] = [['hetian', 'hotan'], ['akesu', 'aksu'], ['kashi', 'kashgar'], ['luopu', 'lop']];

