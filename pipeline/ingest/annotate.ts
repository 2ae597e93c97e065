/**
 * Sentences and entities of a whole article, read by the NLP model in pieces so that its memory does not grow with
 * the article: a 10 MB text read at once held ≈ 450 MB of the model's token tables at its peak, for a result (the
 * sentences) of a tenth of that.
 *
 * The pieces give exactly the sentences one reading of the whole text gives. Each piece ends at a line break; its
 * last sentences (those near its end, which may run on into the next piece) are dropped and the next piece starts at
 * the first of them. The sentences both pieces read (the next piece's first, against the ones the previous piece read
 * well before its end) must be the same, boundaries and entities alike; where they are not (or a piece holds a single
 * long sentence) the whole text is read at once, as before.
 */
import { annotateBlock, type Sentence } from '../lib/nlp.ts';

/** UTF-16 units the model reads at once: an article up to this length is read whole. */
export const NLP_PIECE = 500_000;
/** Sentences that start within this many units of a piece's end are read again at the start of the next piece. */
export const PIECE_OVERLAP = 5_000;

/** The first line break at or after `at`, plus one (the end of a piece), or the end of the text. */
function pieceEnd(text: string, at: number): number {
  if (at >= text.length) return text.length;
  const nl = text.indexOf('\n', at);
  return nl < 0 ? text.length : nl + 1;
}

/** Whether two sentences have the same boundaries and the same entities. */
function sameSentence(a: Sentence, b: Sentence): boolean {
  if (a.start !== b.start || a.end !== b.end || a.entities.length !== b.entities.length) return false;
  return a.entities.every((e, i) => {
    const f = b.entities[i];
    return e.type === f.type && e.start === f.start && e.end === f.end && e.text === f.text;
  });
}

/** The sentences of `text` with their entities (offsets into `text`), as annotateBlock(text, 0, text.length) gives them. */
export function annotateText(text: string, piece = NLP_PIECE, overlap = PIECE_OVERLAP): Sentence[] {
  return (text.length > piece && annotateInPieces(text, piece, overlap)) || annotateBlock(text, 0, text.length);
}

/** The sentences of `text` read a piece at a time, or null where two pieces did not read their shared sentences the same way. */
export function annotateInPieces(text: string, piece: number, overlap: number): Sentence[] | null {
  const out: Sentence[] = [];
  let from = 0;
  let toConfirm: Sentence[] = [];
  for (;;) {
    const to = pieceEnd(text, from + piece);
    const found = annotateBlock(text, from, to);
    if (!toConfirm.every((s, i) => found[i] && sameSentence(s, found[i]))) return null;
    if (to === text.length) return out.concat(found);
    // Keep the sentences that end well before the piece's end; the next piece starts at the first one not kept, and
    // must read the sentences between there and the safe end as this piece did.
    const safeEnd = to - overlap / 2;
    let cut = found.length - 1;
    while (cut > 0 && !(found[cut].start <= to - overlap && found[cut].end <= safeEnd)) cut--;
    if (cut < 1) return null;
    for (let i = 0; i < cut; i++) out.push(found[i]);
    toConfirm = found.slice(cut).filter((s) => s.end <= safeEnd);
    from = found[cut].start;
  }
}
