/**
 * A large made-up corpus for the site: N facts over a few sources whose texts are built sentence by sentence,
 * so every quote is the text at its code-point offsets. The first source opens with markup and astral
 * characters (offsets must count code points, and markup must show as text); every seventh fact has a
 * second mention that overlaps its first. Deterministic: the same N gives the same records.
 */
import type { RecordsFile, Row } from '../../pipeline/lib/records.ts';

export const hostileText = '<script>window.__injected = true</script> 𝔘𝔫𝔦𝔠𝔬𝔡𝔢 & <b>markup</b>\n\n';
const categories = ['visit', 'agreement', 'trade', 'finance', 'aid', 'cultural', 'media', 'un_vote', 'political_support', 'technology'];
const pairs: [string, string | null][] = [['CHN', 'BLR'], ['BLR', 'CHN'], ['CHN', null], ['BLR', 'RUS']];
const bases = ['explicit', 'relative_to_publication', 'inferred_from_context', 'undated'];

export interface SyntheticCorpus {
  records: RecordsFile;
  texts: Map<string, string>;
}

/** The records of `n` made-up facts over `sourceCount` sources, reusing the dataset and entities of `base`. */
export function syntheticCorpus(base: RecordsFile, n: number, sourceCount = 20): SyntheticCorpus {
  const parts: string[][] = Array.from({ length: sourceCount }, (_, s) => [s === 0 ? hostileText : '']);
  const lengths = parts.map((p) => Array.from(p[0]).length);
  const events: Row[] = [];
  const mentions: Row[] = [];
  for (let i = 0; i < n; i++) {
    const s = i % sourceCount;
    const sourceId = `synthetic-${String(s).padStart(2, '0')}`;
    const basis = bases[i % bases.length];
    const year = basis === 'undated' ? null : 1990 + (i % 31);
    const [actor1, actor2] = pairs[i % pairs.length];
    const sentence = `Fact ${i}: the partners recorded item number ${i} in ${year ?? 'an unknown year'}, with “quotes” and <tags>.`;
    const start = lengths[s];
    const end = start + Array.from(sentence).length;
    parts[s].push(sentence, i % 5 === 4 ? '\n\n' : ' ');
    lengths[s] = end + (i % 5 === 4 ? 2 : 1);
    const id = `ev-syn${String(i).padStart(6, '0')}`;
    events.push({
      event_id: id, source_id: sourceId, category: categories[i % categories.length], subtype: 'synthetic', date: year === null ? null : String(year),
      date_precision: year === null ? null : 'year', date_basis: basis, date_text: year === null ? null : `in ${year}`, actor_1: actor1, actor_2: actor2,
      cameo_code: null, summary: `Synthetic fact ${i} <b>not bold</b> (${year ?? 'undated'}).`, quote: sentence, char_start: start, char_end: end, mention_count: i % 7 === 0 ? 2 : 1,
    });
    mentions.push({ mention_id: `${id}-1`, event_id: id, source_id: sourceId, is_primary: true, quote: sentence, char_start: start, char_end: end });
    if (i % 7 === 0) {
      const inner = Array.from(sentence).slice(0, 12).join('');
      mentions.push({ mention_id: `${id}-2`, event_id: id, source_id: sourceId, is_primary: false, quote: inner, char_start: start, char_end: start + 12 });
    }
  }
  const texts = new Map(parts.map((p, s) => [`synthetic-${String(s).padStart(2, '0')}`, p.join('')]));
  const sources: Row[] = [...texts].map(([id, text]) => ({
    source_id: id, path: `synthetic/${id}.txt`, title: `Synthetic article ${id} <i>${id}</i>`, author: null, publisher: `Outlet ${Number(id.slice(-2)) % 4}`,
    published: '2021-06', url: null, language: 'en', sha256: '0'.repeat(64), characters: Array.from(text).length,
  }));
  return {
    records: { ...base, tables: { ...base.tables, events, mentions, sources, visits: [], agreements: [], finance: [], indicators: [] } },
    texts,
  };
}
