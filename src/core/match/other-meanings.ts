/**
 * When a page says a short name or acronym means something else: spelt out as another body, put in
 * quotation marks to be talked about, told apart from the listed firm in so many words, or part of
 * a person's user name.
 */

const isQuote = (c: number): boolean => c === 34 || c === 39 || c === 0x201c || c === 0x201d || c === 0x2018 || c === 0x2019 || c === 0x201e || c === 0xab;

/**
 * A term in quotation marks, not in brackets, is being talked about: '"SDP" in a council paper
 * usually means…'. Not where the sentence says the firm is written so: 'knitwear listed as "FMT"',
 * 'suppliers just write "FGV" in the column'.
 */
export function quotedTerm(text: string, start: number, end: number): boolean {
  return isQuote(text.charCodeAt(start - 1)) && isQuote(text.charCodeAt(end))
    && text.charCodeAt(start - 2) !== 40 && text.charCodeAt(start - 2) !== 0xff08
    && !WRITTEN_AS.test(text.slice(Math.max(0, start - 16), start - 1));
}
/** The name talked about as a word ("The name Xinjiang Nonferrous, once an alias, was removed"), not a mention of a firm. */
export function namedAsWord(text: string, start: number): boolean {
  return NAME_AS_WORD.test(text.slice(Math.max(0, start - 12), start));
}
const NAME_AS_WORD = /\bthe (?:name|word|term)\s+$/i;

/** Words before a quoted term saying the firm is written so, or a bracket defining it ('(the "XPCC", …'). */
const WRITTEN_AS = /(?:\b(?:as|writes?|written|wrote|called|labell?ed|marked|stamped|printed|reads?)|[(（]\s*the)\s*$/i;

/** A month opening the bracket is a date ("FGV (Sept 2020)"), not another expansion. */
const MONTH = /^(?:January|February|March|April|May|June|July|August|September|October|November|December|Jan|Feb|Mar|Apr|Jun|Jul|Aug|Sep|Sept|Oct|Nov|Dec)$/;

/**
 * An acronym followed by another expansion in brackets means something else: "SDP (Social Democratic
 * Party)". Not its own: "XPCC (Xinjiang Production & Construction Corps)" (`own`, the firm's words).
 */
export function definedAsOther(text: string, end: number, own: (word: string) => boolean = () => false): boolean {
  const m = /^\s*[(（]\s*([A-Z][a-z]+)/.exec(text.slice(end, end + 40));
  return m !== null && !/^(Bursa|Klse|Sgx|Hkex|Nyse|Nasdaq|Formerly|Now|Malaysia)$/.test(m[1]!) && !MONTH.test(m[1]!) && !own(m[1]!);
}

/** An acronym in a sentence about party politics ("the SDP amendment", "Cllr Bashir (Leader, SDP Group)"): a party's, not a firm's. */
export function politicalSense(text: string, start: number, end: number): boolean {
  const { from, to } = sentenceAround(text, start, end);
  return POLITICAL.test(text.slice(from, to));
}
const POLITICAL = /\b(?:party|parties|amendment|Cllr|councillors?|manifesto|voted|election|coalition|Labour|Conservatives?|Tory|Tories|Lib Dems?|Liberal Democrats?|this House)\b/;

/** The sentence around [start, end): from after the last stop or line break before it to the next one. */
function sentenceAround(text: string, start: number, end: number): { from: number; to: number } {
  const stop = (c: number): boolean => c === 46 || c === 33 || c === 63 || c === 10;
  let from = start;
  for (;;) {
    while (from > 0 && start - from < 300 && !stop(text.charCodeAt(from - 1))) from--;
    const before = from > 1 && text.charCodeAt(from - 1) === 10 ? captionTimeBefore(text, from - 1) : -1;
    if (before < 0 || start - before >= 300) break;
    from = before;
  }
  let to = end;
  for (;;) {
    while (to < text.length && to - end < 300 && !stop(text.charCodeAt(to))) to++;
    const after = text.charCodeAt(to) === 10 ? captionTimeAfter(text, to) : -1;
    if (after < 0 || after - end >= 300) break;
    to = after;
  }
  return { from, to };
}

/**
 * A caption file's sentence goes on past its timestamp lines ("we'll use the SDP⏎2:29⏎that's our
 * supplier diligence pack"): after the newline at `at`, a line holding only a time, then the next
 * line's start; else -1.
 */
function captionTimeAfter(text: string, at: number): number {
  const m = CAPTION_TIME.exec(text.slice(at + 1, at + 40));
  return m ? at + 1 + m[0].length : -1;
}

/** The same, backwards: before the newline at `at`, a line holding only a time, then the previous line's end; else -1. */
function captionTimeBefore(text: string, at: number): number {
  const m = CAPTION_TIME_BEFORE.exec(text.slice(Math.max(0, at - 40), at));
  return m ? at - m[0].length : -1;
}
/** A line holding only a time: "2:29", "[00:03:42]", "01:02:03.500". */
const TIME_LINE = String.raw`[ \t]*\[?\d{1,2}:\d{2}(?::\d{2})?(?:[.,]\d+)?\]?[ \t]*`;
const CAPTION_TIME = new RegExp(`^${TIME_LINE}\n`);
const CAPTION_TIME_BEFORE = new RegExp(`\n${TIME_LINE}$`);

/** Words saying a thing is not a firm ("not to this supplier", "nothing to do with the Hotan factory"). */
const NOT_THE_FIRM = new RegExp(
  String.raw`\b(?:not (?:to |the |a |an |that |this |any |our )?(?:[\p{L}-]+ ){0,2}(?:supplier|firm|company|manufacturer|maker|factory|mill|business|entity|producer|miner|smelter|refinery|plant|grower|planter|exporter)s?\b` +
    String.raw`|nothing to do with|unrelated to|no (?:[\p{L}-]+ )?(?:link|connection|relation(?:ship)?) (?:to|with)\b)`,
  'iu',
);

/**
 * A name in quotation marks in a sentence that says it is not the firm: 'the colour "Camel" refers
 * to the trim and not to this supplier', '"Taida" is a trail-shoe style, nothing to do with the
 * factory', 'Is "Meike" the same firm as the module maker? Answer: no.' Writers quote a word to
 * talk about it; unquoted, the same words ("Supermax is not our supplier") still name the firm.
 */
export function toldApart(text: string, start: number, end: number): boolean {
  if (!isQuote(text.charCodeAt(start - 1))) return false;
  const { from, to } = sentenceAround(text, start, end);
  const sentence = text.slice(from, to);
  if (NOT_THE_FIRM.test(sentence)) return true;
  return text.charAt(to) === '?' && /\bsame (?:firm|company|supplier|manufacturer|business|entity)\b/i.test(sentence)
    && /^\?\s*(?:[\p{L}]+:\s*)?no\b/iu.test(text.slice(to, to + 30));
}

/**
 * "Zijin is also the name of a district", "Huafu is also our carton supplier name", '"Bayi" alone is
 * also a district name', "Meijia is a popular brand name": the word names something else too.
 */
export function namesakeSaid(text: string, end: number): boolean {
  // Sticky at the name's end: no copy of the text for the names (nearly all) that no "is also" follows.
  NAMESAKE_SAID.lastIndex = end;
  return NAMESAKE_SAID.test(text);
}
const NAMESAKE_SAID = new RegExp(
  String.raw`\W{0,2}(?:\s+alone|\s+on its own)?\s+(?:is|was|are)\s+(?:also\s+(?:the\s+name\s+of|(?:[\p{L}-]+\s+){0,4}?(?:name|surname|word|place|town|city|district|county|brand|river)\b)` +
    // "Meijia is a popular brand name", without "also".
    String.raw`|(?:a|an)\s+(?:[\p{L}-]+\s+){0,2}?(?:brand|place|district|family|given|first|common|trade)\s+(?:name|word)\b)`,
  'iuy',
);

/** Part of a user name ("meixin.chen", "@meixin", "nails_by_mei_xin"): a person, not the firm. */
export function inHandle(text: string, start: number, end: number): boolean {
  const before = text.charAt(start - 1), after = text.charAt(end);
  return before === '@' || (/[._]/.test(after) && /\p{L}/u.test(text.charAt(end + 1))) || (/[._]/.test(before) && /\p{L}/u.test(text.charAt(start - 2)));
}

/**
 * "(Da Wang & Hsu, 2021)", "Da Wang et al. (2021)", "Da Wang; Chen, Lihua (2021)": an author cited by
 * year, not the firm or vessel; 'co-authors' when others are named with it, 'year' when a year alone
 * follows ("Da Wang (2021)"), which is also how a list dates each firm's order ("orders against Top
 * Glove (2020), Smart Glove (2021)").
 */
export function citedAuthor(text: string, end: number): 'co-authors' | 'year' | null {
  CITED_AUTHOR.lastIndex = end;
  const m = CITED_AUTHOR.exec(text);
  return m === null ? null : m[1] === undefined ? 'year' : 'co-authors';
}
const CITED_AUTHOR = /(\s*&\s*\p{Lu}[\p{L}'’-]+|\s+et al\.?|(?:\s*[;,&]\s*\p{Lu}[\p{L}'’-]+,\s*\p{Lu}[\p{L}'’.-]*)+)?,?\s*\(?(?:19|20)\d\d[a-z]?\b/uy;

const CONNECTORS = new Set(['and', 'of', 'for', 'the', '&']);

/**
 * An acronym the same sentence spells out as other words: 'FMT … is the Facilities Management Team
 * review', 'Facilities Management and Transport … abbreviate that to FMT'. Not when the words are
 * the firm's own (`own`): "Xinjiang Production and Construction Corps (XPCC)".
 */
export function spelledOutAsOther(text: string, start: number, end: number, own: (word: string) => boolean): boolean {
  const letters = text.slice(start, end).replace(/[^\p{Lu}]/gu, '');
  if (letters.length < 2) return false;
  if (spelledOutBeside(text, start, end, letters, own)) return true;
  const { from, to } = sentenceAround(text, start, end);
  // Or spelt out beside another of its mentions in the sentence: 'YTY also appears as a cost-centre code ("YTY = year to year")'.
  // Searched in the sentence alone: in a long text, the next one may be megabytes on.
  const written = text.slice(start, end);
  const sentence = text.slice(from, to);
  for (let k = sentence.indexOf(written); k >= 0; k = sentence.indexOf(written, k + 1)) {
    if (from + k !== start && spelledOutBeside(text, from + k, from + k + written.length, letters, own)) return true;
  }
  // Most sentences hold no capitalised word beginning with the acronym's first letter: no words split
  // for a capitalised spelling.
  const initial = letters.charAt(0);
  let any = false;
  for (let k = sentence.indexOf(initial); k >= 0 && !any; k = sentence.indexOf(initial, k + 1)) {
    any = (k === 0 || !/[\p{L}\p{N}]/u.test(sentence.charAt(k - 1))) && /\p{Ll}/u.test(sentence.charAt(k + 1));
  }
  if (!any && letters.length < 3) return false;
  // Words one space apart, in runs: a comma or bracket ends a run.
  const words: Array<{ word: string; joined: boolean }> = [];
  let last = -1;
  for (const m of sentence.matchAll(/[\p{L}][\p{L}'’-]*|&/gu)) {
    const at = from + m.index;
    words.push({ word: m[0], joined: last >= 0 && /^\s+$/.test(text.slice(last, at)) });
    last = at + m[0].length;
  }
  if (letters.length >= 3 && spelledInLowerCase(words, letters, own)) return true;
  if (!any) return false;
  const titled = (w: string): boolean => /^\p{Lu}\p{Ll}/u.test(w);
  for (let i = 0; i < words.length; i++) {
    if (!titled(words[i]!.word)) continue;
    let initials = '';
    let others = false;
    for (let j = i; j < words.length && (j === i || words[j]!.joined) && initials.length < letters.length; j++) {
      const w = words[j]!.word;
      if (titled(w)) {
        initials += w.charAt(0);
        if (!own(w)) others = true;
      } else if (!CONNECTORS.has(w.toLowerCase())) break;
    }
    if (initials === letters && others) return true;
  }
  return false;
}

/**
 * Lower-case words spelling the acronym right beside it: "supplier development programme (SDP)",
 * '"SDP" = supplier development plan', "SDP (supplier development plan)". Further away, lower-case
 * words spell out anything, so only these places count.
 */
/**
 * In lower case, only a noun phrase after a determiner or "for", each word of three letters or more
 * giving a letter: "the whole SDP to write up, the supplier development plan", "use FMT for
 * facilities management team".
 */
function spelledInLowerCase(words: ReadonlyArray<{ word: string; joined: boolean }>, letters: string, own: (word: string) => boolean): boolean {
  const n = letters.length;
  for (let i = 1; i + n <= words.length; i++) {
    if (!DETERMINERS.has(words[i - 1]!.word.toLowerCase()) || !words[i]!.joined) continue;
    const run = words.slice(i, i + n);
    if (run.every((w, j) => (j === 0 || w.joined) && w.word.length >= 3 && /^\p{Ll}+$/u.test(w.word) && w.word.charAt(0).toUpperCase() === letters.charAt(j))
      && !run.every((w) => own(w.word))) return true;
  }
  return false;
}
const DETERMINERS = new Set(['the', 'a', 'an', 'our', 'their', 'its', 'your', 'for']);

function spelledOutBeside(text: string, start: number, end: number, letters: string, own: (word: string) => boolean): boolean {
  // Looked at before any regular expression runs: an opening bracket just before, or a sign or word just after.
  let k = start - 1;
  while (k >= 0 && k > start - 4 && /[\s"“']/.test(text.charAt(k))) k--;
  const bracketBefore = text.charAt(k) === '(' || text.charAt(k) === '（';
  const next = /^["”']?\s*([=:(（[msi])/i.exec(text.slice(end, end + 6)) ?? SAID_TO_MEAN.exec(text.slice(end, end + 80));
  if (!bracketBefore && !next) return false;
  const n = letters.length;
  const [beforeRe, afterRe] = besideExpressions(n);
  const before = bracketBefore ? beforeRe.exec(text.slice(Math.max(0, start - 120), start)) : null;
  const after = next ? afterRe.exec(text.slice(end, end + 120)) : null;
  for (const m of [before, after]) {
    if (!m) continue;
    const words = m[1]!.split(/\s+/).filter((w) => !CONNECTORS.has(w.toLowerCase()));
    // The run's last n words for text before the acronym, its first n after it.
    const pick = m === before ? words.slice(-n) : words.slice(0, n);
    if (pick.map((w) => w.charAt(0).toUpperCase()).join('') === letters && !pick.every(own)) return true;
  }
  return false;
}

/**
 * A page saying what an acronym means to it, a few words on in the same sentence: '"WRP" in our
 * spreadsheets means "weekly reorder plan"', '"FMT" also stands for the facilities management team'.
 */
const SAID_TO_MEAN = /^["”']?\s+(?:[\p{L}'’-]+\s+){0,4}?(?:also\s+)?(?:means|stands\s+for|is\s+short\s+for|refers\s+to)/iu;

/** The expressions for runs of n words before an acronym's bracket and after it, built once per n. */
const besideByLength = new Map<number, [RegExp, RegExp]>();
function besideExpressions(n: number): [RegExp, RegExp] {
  let pair = besideByLength.get(n);
  if (!pair) {
    // A single letter may carry its full stop: "JWD = J. W. Dunmore".
    const word = String.raw`[\p{L}](?:[\p{L}'’-]*|\.)`;
    const run = String.raw`(${word}(?:\s+(?:and|of|for|the|&)?\s*${word}){${n - 1},${n + 1}})`;
    pair = [
      new RegExp(String.raw`${run}\s*[(（]\s*["“']?$`, 'u'),
      new RegExp(String.raw`^["”']?(?:\s*(?:=|:|[(（[])|${SAID_TO_MEAN.source.slice(1)})\s*["“']?(?:the\s+|our\s+|a\s+)?${run}`, 'iu'),
    ];
    besideByLength.set(n, pair);
  }
  return pair;
}

