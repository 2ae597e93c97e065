/**
 * Definite descriptions that point back at a place or organisation named before in the article: "the park" after
 * "the China–Belarus Industrial Park Great Stone", "the plant" after "Minsk Tractor Works"… Each becomes a short
 * mention of the entity last named with that head noun (lexicon anaphoric_heads), so a fact told of "the park" has the
 * park's country ("In 2024, 30 residents were accepted into the park").
 */
import type { EntityMention } from './gazetteer.ts';
import type { Reference } from './reference.ts';
import { matchesOf, venturesOf } from './reference.ts';

export interface AnaphorRules {
  /** "the park", "the new plant", "the Park": the head noun in group 1. */
  description: RegExp;
  /** Each place's or organisation's head nouns (from its name and variants), by id. */
  headsOf: Map<string, string[]>;
}

/**
 * "there" as a place ("Now there are 44 residents there", "He held talks there"), not the "there" of "there are", "there
 * is", "there will be": it stands for the place named last, in the sentence before or earlier in the same one.
 */
const LOCATIVE_THERE = /\bthere\b(?!\s+(?:is|are|was|were|has|have|had|will|would|could|can|may|might|must|should|shall|seems?|seemed|appears?|appeared|remains?|remained|exists?|existed|used|being|been|be|isn['’]t|aren['’]t|wasn['’]t|weren['’]t)\b|['’]s\b)/gi;
/** A name right after a description: a capital letter or an opening quotation mark after a space. */
const NAME_NEXT = /^\s["“«']?\p{Lu}/u;
/** The key under which the last place named is kept (no head noun has a space). */
const LAST_PLACE = ' place';
/** How far before "there" the place it stands for may be named: about two sentences. */
const THERE_REACH = 300;

/** The head nouns every listed place and organisation can be called by ("park" for a name ending in "Park"). */
export function buildAnaphorRules(ref: Reference): AnaphorRules {
  const heads = ref.lexicon.anaphoric_heads.map((h) => h.toLowerCase());
  const headsOf = new Map<string, string[]>();
  // A joint venture ("BelGee") is "the company", "the plant" too, though its name has no such word (lexicon venture_heads).
  const ventureHeads = (ref.lexicon.venture_heads ?? []).map((h) => h.toLowerCase()).filter((h) => heads.includes(h));
  const ventures = venturesOf(ref);
  for (const e of [...ref.places, ...ref.organisations]) {
    const found = new Set<string>(ventures.has(e.id) ? ventureHeads : []);
    for (const n of [e.name, ...e.variants]) for (const w of n.toLowerCase().split(/[^\p{L}]+/u)) if (heads.includes(w)) found.add(w);
    if (found.size) headsOf.set(e.id, [...found]);
  }
  return { description: new RegExp(String.raw`\bthe\s+(?:(?:new|industrial|joint|first)\s+)?(${heads.join('|')})\b(?!\s+(?:of|in)\b)`, 'gi'), headsOf };
}

/**
 * Mentions for the definite descriptions of text[start, end) that name nothing themselves, resolved against `last`
 * (head noun → the mention last named with it, updated here with this sentence's own mentions).
 */
export function anaphorMentions(text: string, start: number, end: number, mentions: EntityMention[], rules: AnaphorRules, last: Map<string, EntityMention>): EntityMention[] {
  const out: EntityMention[] = [];
  if (last.size) {
    for (const m of matchesOf(rules.description, text.slice(start, end))) {
      const s = start + m.index!;
      const e = s + m[0].length;
      const antecedent = last.get(m[1].toLowerCase());
      // Not a description that a name follows: "the company Geely", "the plant «Amkodor»" name their own.
      if (!antecedent || mentions.some((x) => x.start < e && s < x.end) || NAME_NEXT.test(text.slice(e, e + 3))) continue;
      out.push({ kind: antecedent.kind, id: antecedent.id, country: antecedent.country, form: 'short', start: s, end: e, subtype: antecedent.subtype });
    }
    const place = last.get(LAST_PLACE);
    if (place) {
      for (const m of matchesOf(LOCATIVE_THERE, text.slice(start, end))) {
        const s = start + m.index!;
        if (s - place.end > THERE_REACH) break;
        out.push({ kind: place.kind, id: place.id, country: place.country, form: 'short', start: s, end: s + m[0].length, subtype: place.subtype });
      }
    }
  }
  for (const x of mentions) {
    for (const h of rules.headsOf.get(x.id) ?? []) last.set(h, x);
    if (x.kind === 'place' && x.country) last.set(LAST_PLACE, x);
  }
  return out;
}
