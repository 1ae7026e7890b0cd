/**
 * Words of a concern, as the pattern engine sees them: lower-case Unicode letter/digit tokens, English stop words
 * and filler ("please", "thank", "hi", the "xxxx" that redacted data leaves) out, each word cut to a light stem
 * so "lights", "lighting" and "lit"… at least "lights" and "light" count as one term, and bigrams of adjacent
 * kept words ("street light"). Each stem remembers its most frequent surface word, so labels read as citizens
 * wrote them rather than as stems.
 *
 * Example: "Please fix the street lights on Oak Lane, they're flickering!" ->
 *   stems [street, light, oak, lan, flicker], terms [street, light, oak, lan, flicker, "street light", "oak lan"]
 *   (no bigram across "on": only adjacent kept words pair up).
 */
import { STOP_WORDS } from './stop-words';

const TOKEN = /[\p{L}\p{N}]+/gu;
/** Emails, web addresses and bracketed placeholders of redacted text carry no theme: they are cut before tokenizing. */
const NOISE = /\S+@\S+|\bhttps?:\/\/\S+|\bwww\.\S+|\[[\p{L} ]{1,20}\]/gu;
/** Words that end like an inflection but are not one (parking is not park; morning is not morn). */
const KEEP_ENDING = new Set([
  'parking', 'building', 'morning', 'evening', 'ceiling', 'housing', 'thing', 'nothing', 'something', 'anything',
  'everything', 'spring', 'string', 'during', 'ring', 'king', 'wing', 'sing', 'bring', 'ping', 'zing', 'ceiling',
  'lightning', 'wedding', 'pudding', 'railing', 'siding', 'bed', 'red', 'shed', 'feed', 'need', 'speed', 'seed',
  'weed', 'bleed', 'breed', 'deed', 'greed', 'hundred', 'always', 'news', 'series', 'species', 'bus', 'gas', 'yes',
  'this', 'is', 'has', 'was', 'his', 'its', 'us', 'plus', 'lens', 'bias', 'atlas', 'canvas', 'alias', 'status',
  'focus', 'bonus', 'virus', 'campus', 'census', 'apply', 'reply', 'supply', 'only', 'early', 'daily', 'weekly',
  'monthly', 'holly', 'bully', 'jelly', 'belly', 'fly', 'ally', 'italy', 'july', 'assembly', 'family', 'lily',
]);
const VOWEL = /[aeiouy]/;

/** The light stem of a lower-case word: plural, -ing, -ed, -ly cut, a doubled end consonant undoubled, a final e dropped. */
export function stem(word: string): string {
  if (word.length <= 3 || KEEP_ENDING.has(word) || /\d/.test(word)) return word;
  let w = word;
  if (w.endsWith('ies') && w.length > 4) w = `${w.slice(0, -3)}y`;
  else if (/(?:ss|sh|ch|x|z)es$/.test(w)) w = w.slice(0, -2);
  else if (w.endsWith('s') && !/(?:ss|us|is)$/.test(w)) w = w.slice(0, -1);
  if (w.endsWith('ing') && VOWEL.test(w.slice(0, -3)) && w.length - 3 >= 3) w = w.slice(0, -3);
  else if (w.endsWith('ed') && !w.endsWith('eed') && VOWEL.test(w.slice(0, -2)) && w.length - 2 >= 3) w = w.slice(0, -2);
  else if (w.endsWith('ly') && w.length - 2 >= 4) w = w.slice(0, -2);
  if (w.length > 3 && w !== word && /([^aeiouslz])\1$/.test(w)) w = w.slice(0, -1);
  if (w.length > 3 && w.endsWith('e') && !w.endsWith('ee')) w = w.slice(0, -1);
  return w;
}

/** Whether a lower-case token is a stop word, filler or a redaction mark (xx, xxxx…): it never makes a theme. */
export function isStopWord(token: string): boolean {
  return STOP_WORDS.has(token) || /^x{2,}$/.test(token) || token.length < 2 || /^\d+$/.test(token);
}

/** The lower-case word tokens of a text, emails, web addresses and [placeholders] left out. */
export function tokenize(text: string): string[] {
  // Most texts hold none of the noise: skip the costly Unicode replace for them.
  const clean = /[@[]|http|www\./.test(text) ? text.replace(NOISE, ' ') : text;
  return clean.toLowerCase().match(TOKEN) ?? [];
}

/** Bigram keys pack two stem ids into one number: stem ids stay below this. */
const PAIR = 2 ** 21;

/**
 * Turns texts into term keys: a unigram's key is its stem's id, a bigram's is packed from its two stems' ids, so
 * no term string is built per concern (the 100,000-concern case spends its time here). Each token's stem is
 * cached; token counts give each stem's most frequent surface word at the end.
 */
export class Lexicon {
  private readonly tokenStem = new Map<string, number>();
  private readonly tokenCount = new Map<string, number>();
  private readonly stemIds = new Map<string, number>();
  private readonly stemList: string[] = [];
  private surfaces: Map<string, string> | null = null;

  /** The stem id of a token (cached), or -1 for a stop word. */
  stemIdOf(token: string): number {
    let id = this.tokenStem.get(token);
    if (id === undefined) {
      if (isStopWord(token)) id = -1;
      else {
        const s = stem(token);
        id = this.stemIds.get(s);
        if (id === undefined) {
          id = this.stemList.length;
          this.stemIds.set(s, id);
          this.stemList.push(s);
        }
      }
      this.tokenStem.set(token, id);
    }
    return id;
  }

  /**
   * The term keys of a text (or of runs of words, as wordRuns gives them): each kept stem's id, and for each pair
   * of adjacent kept stems a packed pair key. Stop words, `skip` (the concern's own personal words), the end of a
   * run and cut noise break the sequence, so no bigram spans them.
   */
  termKeys(text: string | readonly string[], skip?: ReadonlySet<string> | readonly string[]): number[] {
    const keys: number[] = [];
    for (const run of typeof text === 'string' ? [text] : text) {
      // An email, a link or a [placeholder] ends a run of words: no bigram joins the words either side of it.
      const parts = /[@[]|http|www\./.test(run) ? run.split(NOISE) : [run];
      for (const part of parts) this.addKeys(part, skip, keys);
    }
    this.surfaces = null;
    return keys;
  }

  private addKeys(text: string, skip: ReadonlySet<string> | readonly string[] | undefined, keys: number[]): void {
    let previous = -1;
    // A concern's own words are a handful: a list is searched faster than a set is built.
    const isSkipped = skip === undefined ? null : Array.isArray(skip) ? (t: string): boolean => skip.includes(t) : (t: string): boolean => (skip as ReadonlySet<string>).has(t);
    for (const token of text.toLowerCase().match(TOKEN) ?? []) {
      if (isSkipped?.(token)) {
        previous = -1;
        continue;
      }
      const id = this.stemIdOf(token);
      if (id >= 0) {
        this.tokenCount.set(token, (this.tokenCount.get(token) ?? 0) + 1);
        keys.push(id);
        if (previous >= 0 && previous !== id) keys.push(PAIR + previous * PAIR + id);
      }
      previous = id;
    }
  }

  /** The term a key stands for: a stem, or "stem stem". */
  termOfKey(key: number): string {
    if (key < PAIR) return this.stemList[key] ?? '';
    const pair = key - PAIR;
    return `${this.stemList[Math.floor(pair / PAIR)] ?? ''} ${this.stemList[pair % PAIR] ?? ''}`;
  }

  /** The most frequent surface word of a stem (the stem itself if never seen). */
  surfaceOf(stemmed: string): string {
    if (!this.surfaces) {
      const best = new Map<string, [string, number]>();
      for (const [token, count] of this.tokenCount) {
        const s = this.stemList[this.tokenStem.get(token) ?? -1];
        if (s === undefined) continue;
        const current = best.get(s);
        if (!current || count > current[1] || (count === current[1] && token < current[0])) best.set(s, [token, count]);
      }
      this.surfaces = new Map([...best].map(([s, [token]]) => [s, token]));
    }
    return this.surfaces.get(stemmed) ?? stemmed;
  }

  /** A term (a stem or "stem stem") in its most frequent surface words. */
  surfaceOfTerm(term: string): string {
    return term.split(' ').map((part) => this.surfaceOf(part)).join(' ');
  }
}

/** The lower-case words of personal strings (names, emails, phones, addresses), left out of a concern's terms. */
export function personalWords(personal: readonly string[]): Set<string> {
  const words = new Set<string>();
  for (const value of personal) for (const token of value.toLowerCase().match(TOKEN) ?? []) words.add(token);
  return words;
}
