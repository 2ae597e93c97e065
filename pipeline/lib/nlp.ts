/**
 * The NLP layer: wink-nlp with its English web model for sentences, tokens and the
 * numeric entity types (DATE, MONEY, CARDINAL, ORDINAL, PERCENT, DURATION). Chosen over compromise
 * after measuring both on our text (see README, "Choice of NLP library"): ~25x faster, exact token
 * offsets, and dates and money as entities.
 */
import winkNLP from 'wink-nlp';
import model from 'wink-eng-lite-web-model';

// Only the sentence splitter and the entity recogniser: the rules need no parts of speech or sentiment.
const nlp = winkNLP(model, ['sbd', 'ner']);
const its = nlp.its;

/** A numeric/date entity found by the model, UTF-16 offsets into the whole text. */
export interface NlpEntity {
  type: string;
  start: number;
  end: number;
  text: string;
}

export interface Sentence {
  start: number;
  end: number;
  entities: NlpEntity[];
}

/** Splits the block text[start, end) into sentences with tokens and entities, offsets into `text`. */
export function annotateBlock(text: string, start: number, end: number): Sentence[] {
  const doc = nlp.readDoc(text.slice(start, end));
  const values = doc.tokens().out(its.value) as string[];
  const spaces = doc.tokens().out(its.precedingSpaces) as string[];
  const tokenStart: number[] = new Array(values.length);
  const tokenEnd: number[] = new Array(values.length);
  let at = start;
  for (let i = 0; i < values.length; i++) {
    at += spaces[i].length;
    const found = text.startsWith(values[i], at) ? at : text.indexOf(values[i], at);
    if (found < 0 || found >= end) throw new Error(`tokeniser lost its place at offset ${at}`);
    tokenStart[i] = found;
    tokenEnd[i] = found + values[i].length;
    at = tokenEnd[i];
  }
  const sentences: Sentence[] = [];
  // Spans read for the whole collection at once (the same items in the same order as each() gives).
  for (const [first, last] of doc.sentences().out(its.span) as [number, number][]) {
    let from = tokenStart[first];
    let to = tokenEnd[last];
    while (from < to && /\s/.test(text[from])) from++;
    while (to > from && /\s/.test(text[to - 1])) to--;
    if (to <= from) continue;
    const previous = sentences[sentences.length - 1];
    // A full stop between two digits with no space is a decimal point the model took for a sentence end when a
    // currency's letters are glued to the number ("Br1.2 billion", "CNY1.5 billion"): the two pieces are one sentence.
    if (previous && previous.end === from && isDecimalPointAt(text, from - 1)) previous.end = to;
    else sentences.push({ start: from, end: to, entities: [] });
  }
  const entityTypes = doc.entities().out(its.type) as string[];
  (doc.entities().out(its.span) as [number, number][]).forEach(([first, last], k) => {
    const ent: NlpEntity = { type: entityTypes[k], start: tokenStart[first], end: tokenEnd[last], text: '' };
    ent.text = text.slice(ent.start, ent.end);
    const i = lastSentenceStartingBy(sentences, ent.start);
    if (ent.end <= sentences[i]?.end) sentences[i].entities.push(ent);
  });
  return sentences;
}

/** Whether text[at] is a full stop with a digit right before and right after it. */
function isDecimalPointAt(text: string, at: number): boolean {
  return text[at] === '.' && /\d/.test(text[at - 1] ?? '') && /\d/.test(text[at + 1] ?? '');
}

/** The index of the last sentence starting at or before `at` (0 when none does): a binary search, sentences being in text order. */
function lastSentenceStartingBy(sentences: Sentence[], at: number): number {
  let lo = 0;
  let hi = sentences.length - 1;
  while (lo < hi) {
    const mid = (lo + hi + 1) >> 1;
    if (sentences[mid].start > at) hi = mid - 1;
    else lo = mid;
  }
  return lo;
}

/** Bare library pass used by the benchmark: sentences and entities only. */
export function countSentencesAndEntities(text: string): { sentences: number; entities: number } {
  const doc = nlp.readDoc(text);
  return { sentences: doc.sentences().length(), entities: doc.entities().length() };
}
