/**
 * The words of every concern in the window, once: stems and terms (text.ts) interned to ids, and their TF-IDF
 * rows (vectors.ts). Each concern's own personal words (its contacts' names, email, phone, address) are left
 * out of its terms, so a name never becomes a theme's term, label or key phrase; street names may (the meeting
 * shows streets, never house numbers, and digits are never terms).
 */
import { redactKeepingStreets } from './redact';
import { mayHoldPersonalData } from './redact-detectors';
import { Lexicon, personalWords } from './text';
import { DEFAULT_VECTOR_OPTIONS, TermIndex, tfIdf, type TfIdf, type VectorOptions } from './vectors';

/** What a text source gives the engine: the words, and the personal strings to keep out of them. */
export interface TextSource {
  text: string;
  personal: readonly string[];
  /** The street address: its street name may stay a term ("oak lane"), house numbers never are. */
  address: string;
}

/** The window's words: the lexicon (surface forms), the term ids of each concern and their TF-IDF rows. */
export interface Features {
  lexicon: Lexicon;
  terms: TermIndex;
  docs: Int32Array[];
  tfidf: TfIdf;
  /** The term (a stem or "stem stem") of each TF-IDF column. */
  columnTerms: string[];
  /** Every word of the concerns' personal strings (their street names aside): never shown as a key phrase. */
  personalWords: Set<string>;
}

/**
 * The runs of words a concern's terms may come from: its text with what redact() removes cut out (each cut ends a
 * run), and the street names of the addresses it held ("Oak Lane" of "12 Oak Lane"). The detectors run only on
 * texts that hold a digit, an @ or a cue's words (mayHoldPersonalData): on the rest they would find nothing, and
 * the concern's own names are left out by skippedWords anyway.
 */
export function wordRuns(text: string): string | string[] {
  if (!mayHoldPersonalData(text)) return text;
  // The concern's own strings need not be searched for: their names' words are skipped (skippedWords), and their
  // email, phone and house number give no term (emails are cut, digits are no terms).
  const redacted = redactKeepingStreets(text, []);
  return [redacted.text, ...redacted.streets];
}

/**
 * The words never taken from a concern: those of its personal strings other than its street address (a word may
 * be listed twice). `memo` keeps each string's words, as a citizen who wrote several times has the same strings
 * each time.
 */
export function skippedWords(source: TextSource, memo = new Map<string, readonly string[]>()): string[] | undefined {
  let skip: string[] | undefined;
  for (const value of source.personal) {
    if (typeof value !== 'string' || value === source.address || value.trim() === source.address.trim()) continue;
    let words = memo.get(value);
    if (words === undefined) {
      words = [...personalWords([value])];
      memo.set(value, words);
    }
    skip ??= [];
    for (const word of words) skip.push(word);
  }
  return skip;
}

/** Tokenizes, stems and weighs the texts, in order. */
export function extractFeatures(sources: readonly TextSource[], options: VectorOptions = DEFAULT_VECTOR_OPTIONS): Features {
  const lexicon = new Lexicon();
  const terms = new TermIndex();
  const allPersonal = new Set<string>();
  const memo = new Map<string, readonly string[]>();
  const docs = sources.map((source) => {
    const skip = skippedWords(source, memo);
    const keys = lexicon.termKeys(wordRuns(source.text), skip);
    const doc = new Int32Array(keys.length);
    for (let i = 0; i < keys.length; i += 1) doc[i] = terms.idOf(keys[i]!);
    return doc;
  });
  for (const words of memo.values()) for (const word of words) allPersonal.add(word);
  const tfidf = tfIdf(docs, terms.size, options);
  const columnTerms = Array.from(tfidf.termOf, (id) => lexicon.termOfKey(terms.keys[id] ?? 0));
  return { lexicon, terms, docs, tfidf, columnTerms, personalWords: allPersonal };
}
