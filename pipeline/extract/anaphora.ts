/**
 * Definite descriptions that point back at a place or organisation named before in the article: "the park" after
 * "the China–Belarus Industrial Park Great Stone", "the plant" after "Minsk Tractor Works"… Each becomes a short
 * mention of the entity last named with that head noun (lexicon anaphoric_heads), so a fact told of "the park" has the
 * park's country ("In 2024, 30 residents were accepted into the park").
 */
import type { EntityMention } from './gazetteer.ts';
import type { Reference } from './reference.ts';
import { matchesOf } from './reference.ts';

export interface AnaphorRules {
  /** "the park", "the new plant", "the Park": the head noun in group 1. */
  description: RegExp;
  /** Each place's or organisation's head nouns (from its name and variants), by id. */
  headsOf: Map<string, string[]>;
}

/** The head nouns every listed place and organisation can be called by ("park" for a name ending in "Park"). */
export function buildAnaphorRules(ref: Reference): AnaphorRules {
  const heads = ref.lexicon.anaphoric_heads.map((h) => h.toLowerCase());
  const headsOf = new Map<string, string[]>();
  for (const e of [...ref.places, ...ref.organisations]) {
    const found = new Set<string>();
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
      if (!antecedent || mentions.some((x) => x.start < e && s < x.end)) continue;
      out.push({ kind: antecedent.kind, id: antecedent.id, country: antecedent.country, form: 'short', start: s, end: e, subtype: antecedent.subtype });
    }
  }
  for (const x of mentions) for (const h of rules.headsOf.get(x.id) ?? []) last.set(h, x);
  return out;
}
