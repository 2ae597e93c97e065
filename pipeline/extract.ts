/**
 * Stage 2, extract: build/…/ingest/<id>.json → build/…/extract/<id>.json.
 * Finds entity, date and amount mentions in each body sentence, then candidate facts with their roles,
 * using the rules and lexicons in sources/reference/ (see pipeline/extract/*).
 * Usage: extract.ts <ingested.json> <out.json>
 */
import { readJsonFile, writeJsonAtomic } from './lib/io.ts';
import { runStage } from './lib/errors.ts';
import { isDelegationId } from './lib/categories.ts';
import { ingestArticle, type IngestedArticle } from './ingest.ts';
import { basename, dirname } from 'node:path';
import { loadReference, referenceDir, earlierCueRegex, type Reference, type Lexicon } from './extract/reference.ts';
import { loadCandidateModel, plausibleCandidates, type CandidateModel, type FeatureContext } from './extract/plausibility.ts';
import { buildProposalRules, loadSentenceModel, proposedCandidates, type ProposalRules, type SentenceModel } from './extract/sentence-model.ts';
import { buildGazetteer, findMentions, type Gazetteer, type EntityMention } from './extract/gazetteer.ts';
import { findDates, isPageStamp, type DateMention, anaphoricDate, datesCompatible, daysBetween, isWithinDaysBefore, recurringDate } from './extract/dates.ts';
import { buildOrganisationRules, findTextOrganisations, type OrganisationRules, type TextOrganisation } from './extract/organisations.ts';
import { TemporalFrames, datelineOf } from './extract/frames.ts';
import { buildAmountRules, findMoney, findOrdinals, findPercents, type AmountRules, type MoneyMention, type NumberMention } from './extract/amounts.ts';
import { buildMaskRules } from './extract/clauses.ts';
import { buildEventRules, sentenceCandidates, type ArticleState, type Candidate, type EventRules, type SentenceFacts, type DetailsFn } from './extract/events.ts';
import { buildDetails } from './extract/details.ts';
import { buildNameRules, findTextPeople, withTextPeople, type NameRules, type TextPerson } from './extract/names.ts';
import { anaphorMentions, buildAnaphorRules, type AnaphorRules } from './extract/anaphora.ts';
import { sortInPlace } from './extract/spans.ts';

export interface ExtractedArticle {
  source: Omit<IngestedArticle, 'blocks' | 'sentences'>;
  focus: string[];
  entity_ids: string[];
  /** People recognised by their title and organisations by their kind in the text, not listed in the reference tables. */
  text_entities: TextEntity[];
  candidates: Candidate[];
}

/** A person or organisation found in the text, not in the tables: its id, name, country and the title or kind the text gives it. */
export interface TextEntity { id: string; name: string; type: 'person' | 'organisation'; country: string | null; role: string }

export interface Extractor {
  ref: Reference; gazetteer: Gazetteer; amounts: AmountRules; events: EventRules; details: DetailsFn; names: NameRules; organisations: OrganisationRules; anaphors: AnaphorRules;
  /** A photo caption's marker ("(R)", "[Photo/Xinhua]"): its sentence gives no fact. */
  caption: RegExp;
  /** Every currency's names and signs, lower-cased ("us$", "u.s. dollars"): a country written in one is not a mention of it. */
  currencyWords: string[];
  /** The candidate model (extract/plausibility.ts), or null to keep every candidate the rules find. */
  model: CandidateModel | null;
  /** The sentence model (extract/sentence-model.ts), or null to propose nothing where no trigger fired. */
  sentenceModel: SentenceModel | null;
  proposals: ProposalRules;
  /** A sentence that opens as told before the news ("Earlier, …", lexicon earlier_cues; not "Earlier on Monday", "Earlier today"): it gives no news day. */
  earlierLead: RegExp;
  /** The keywords of the joint-exercise triggers: a visit whose trigger names one tells an exercise (withoutOccurrencesToldAsVisits). */
  exerciseWords: string[];
}

/** Compiles the reference data and lexicons once; reuse it across articles. */
export function buildExtractor(): Extractor {
  const ref = loadReference();
  const amounts = buildAmountRules(ref.currencies, ref.lexicon);
  return { ref, gazetteer: buildGazetteer(ref), amounts, events: buildEventRules(ref, buildMaskRules(ref.lexicon)), details: buildDetails(ref, amounts), names: buildNameRules(ref.lexicon, ref.nameOrigins), organisations: buildOrganisationRules(ref.lexicon), anaphors: buildAnaphorRules(ref), caption: new RegExp(ref.lexicon.caption_marker, 'u'), currencyWords: ref.currencies.flatMap((c) => [...c.names, ...c.symbols]).map((w) => w.toLowerCase()), model: loadCandidateModel(referenceDir), sentenceModel: loadSentenceModel(referenceDir), proposals: buildProposalRules(ref), earlierLead: earlierCueRegex(ref.lexicon, true), exerciseWords: ref.triggers.filter((t) => t.subtype === 'joint_exercise').flatMap((t) => t.keywords ?? []) };
}

/** The countries some sentences are about: the two mentioned most (ties go to the one named first), plus any mentioned nearly as often as the second. */
export function focusCountries(facts: SentenceFacts[]): string[] {
  const ranked = rankedCountries(facts);
  // "«BelGee» plant … opened in Belarus … The company Geely has opened a factory abroad": a text that names one country
  // and organisations of another is about the two.
  if (ranked.length === 1) return [ranked[0][0], ...rankedCountries(facts, true).map(([c]) => c).filter((c) => c !== ranked[0][0]).slice(0, 1)];
  if (ranked.length < 2) return ranked.map(([c]) => c);
  // "CDB provides … extension on $1.4 billion buyer's credit loan …" (an AidData record naming Belarus, the UK and Russia
  // once each, China only in its bank's name): a country named only by its organisations ranks by them.
  const named = new Set(ranked.map(([c]) => c));
  const byOrganisations = rankedCountries(facts, true).filter(([c, n]) => !named.has(c) && n > ranked[1][1]);
  if (byOrganisations.length) ranked.push(...byOrganisations), ranked.sort((a, b) => b[1] - a[1]);
  return ranked.filter(([, n], i) => i < 2 || n >= ranked[1][1] * 0.75).map(([c]) => c);
}

/** Countries by how many mentions name them (organisations aside, or only organisations), most first; equal counts keep the order of first mention. */
function rankedCountries(facts: SentenceFacts[], organisations = false): [string, number][] {
  const counts = new Map<string, number>();
  for (const f of facts) for (const m of f.mentions) if (m.country && (m.kind === 'organisation') === organisations) counts.set(m.country, (counts.get(m.country) ?? 0) + 1);
  return [...counts].sort((a, b) => b[1] - a[1]);
}

/**
 * The countries an article's headline names, split by the focus: `focus`, the focus countries it names in the focus's
 * order (with a focus of three or more, the two it names are the article's pair); `others`, those outside the focus:
 * Belarus in "China Says Premier Li Qiang To Visit Russia, Belarus This Week", about China and Russia. The headline
 * says what the article is about, so a fact between one of the others and a focus country is no third-country fact;
 * but they are not the article's pair: "the two sides", "bilateral trade" stay the focus's. (Counting mentions instead
 * let comparisons through: "China extended a loan to Serbia", named twice in an article on China and Belarus.)
 */
export function countriesInHeadline(title: string, gazetteer: Gazetteer, focus: string[]): { focus: string[]; others: string[] } {
  const named = new Set(findMentions(title, 0, title.length, gazetteer, new Set()).map((m) => m.country).filter((c): c is string => !!c));
  return { focus: focus.filter((c) => named.has(c)), others: [...named].filter((c) => !focus.includes(c)) };
}

/** Paragraphs with their own other country, at least, that make an article a round-up of reactions to its main country. */
const ROUNDUP_MIN_COUNTRIES = 4;

/**
 * The pair of each paragraph of a round-up of reactions to one country ("Senior officials in many countries have voiced
 * their support for the Chinese government …": a paragraph each for Russia, Belarus, Pakistan, Lebanon): when the
 * article's main country is named at least three times as often as any other, no other country stands out as its
 * pair, and at least four paragraphs name other countries, at least four of them, each such paragraph is about the
 * main country and the other country it names most (the first named on a tie). Empty for any other article.
 */
export function roundupFocus(facts: SentenceFacts[], factsOfBlock: Map<number, SentenceFacts[]>, focus: string[]): Map<number, string[]> {
  const items = new Map<number, string[]>();
  const ranked = rankedCountries(facts);
  // No pair stands out: the main country is named at least three times as often as the next, and the next at most
  // twice as often as the one after it.
  if (ranked.length < ROUNDUP_MIN_COUNTRIES + 1 || ranked[1][1] * 3 > ranked[0][1] || ranked[1][1] > ranked[2][1] * 2) return items;
  const main = ranked[0][0];
  const others = new Set<string>();
  for (const [block, own] of factsOfBlock) {
    const other = rankedCountries(own).find(([c]) => c !== main)?.[0];
    if (!other) continue;
    items.set(block, [main, other]);
    if (!focus.includes(other)) others.add(other);
  }
  return others.size >= ROUNDUP_MIN_COUNTRIES && items.size >= ROUNDUP_MIN_COUNTRIES ? items : new Map();
}

/**
 * The pair of each paragraph that turns from the article's pair to another partner of its main country ("While
 * meeting with Belarusian Foreign Minister Sergei Aleinik, Wang said …", in a report of a Chinese minister's talks
 * with his Russian, Belarusian, Kyrgyz and Uzbek counterparts): a paragraph naming the main country and one other
 * country only, not the article's second, and a person of that other, is about those two; so are the paragraphs right after it that name no
 * country at all ("In 2022, the two countries upgraded their relations …").
 */
export function paragraphPairs(blocks: { kind: string }[], factsOfBlock: Map<number, SentenceFacts[]>, focus: string[]): Map<number, string[]> {
  const pairs = new Map<number, string[]>();
  if (focus.length < 2) return pairs;
  let carried: string[] | null = null;
  blocks.forEach((b, i) => {
    const own = factsOfBlock.get(i);
    if (!own || b.kind === 'title') return;
    const named = new Set(own.flatMap((f) => f.mentions.filter((m) => m.country && m.kind !== 'organisation').map((m) => m.country!)));
    // An organisation of the article's second country keeps the paragraph the article's ("The contract with the CITIC
    // Group was signed in 2008. … potential investors including Russia's Eurocement").
    const firms = new Set(own.flatMap((f) => f.mentions.filter((m) => m.country && m.kind === 'organisation').map((m) => m.country!)));
    if (named.size === 0 && !firms.size) {
      if (carried) pairs.set(i, carried);
      return;
    }
    const other = [...named].find((c) => c !== focus[0]);
    // The other country is a party there, by a person of it ("Belarusian Foreign Minister Sergei Aleinik"), not a place
    // ("near the Polish border").
    const party = !!other && own.some((f) => f.mentions.some((m) => m.kind === 'person' && m.country === other));
    carried = named.size === 2 && named.has(focus[0]) && other && party && !focus.slice(0, 2).includes(other) && !firms.has(focus[1]) ? [focus[0], other] : null;
    if (carried) pairs.set(i, carried);
  });
  return pairs;
}

/**
 * The day a news report is about: the first day the text gives within ten days before publication ("on Thursday",
 * "on Jan 20", a dateline), else the publication date itself when it is a day. Undated events reported as done take it.
 */
export function newsDateOf(facts: SentenceFacts[], published: string, text?: string, earlierLead?: RegExp): Candidate['date'] {
  let stamp: Candidate['date'] = null;
  for (const f of facts) {
    // "Earlier, the ministry reported that the Minister would attend a conference on 14-19 August": a sentence told
    // as before the news dates no news.
    if (text && earlierLead?.test(text.slice(f.start, f.end))) continue;
    // " date 2021-07-16 China stands ready …" heading a page is its stamp: the news is the lead's "on Thursday" (the stamp
    // stands in when the text gives no other day).
    const d = f.dates.find((x) => {
      if (x.precision !== 'day' || !x.value || !isWithinDaysBefore(x.value, published, 10)) return false;
      if (!text || !isPageStamp(text, x)) return true;
      stamp ??= { text: x.text, value: x.value, precision: 'day', basis: 'inferred_from_context' };
      return false;
    });
    // "2020-04-17 22:10" on a line of its own is the page's time stamp, not the day the news is about (tested only
    // for a sentence with such a day: most have none).
    if (!d || (text && isStampLine(text.slice(f.start, f.end), f.dates.map((x) => x.text)))) continue;
    return { text: d.text, value: d.value, precision: 'day', basis: 'inferred_from_context' };
  }
  if (stamp) return stamp;
  if (/^\d{4}-\d{2}-\d{2}$/.test(published)) return { text: published, value: published, precision: 'day', basis: 'relative_to_publication' };
  return null;
}

/** Whether a sentence is only dates and clock times (a page's time stamp): nothing but its dates, digits and punctuation. */
export function isStampLine(sentence: string, dates: string[]): boolean {
  let rest = sentence;
  for (const d of dates) rest = rest.replace(d, ' ');
  return dates.length > 0 && !/\p{L}/u.test(rest.replace(/\b(?:[ap]\.?m\.?|UTC|GMT|MSK)\b/giu, ''));
}

/**
 * A headline states the news of the report's day in the present tense ("China sets 20 bln yuan currency swap with
 * Belarus"): an undated fact there is dated by the news day, so that it is one fact with the lead's; without a news
 * day it cannot be placed and is left to the body.
 */
export function headlineCandidates(found: Candidate[], newsDate: Candidate['date']): Candidate[] {
  return found.flatMap((c) => {
    if (c.date?.value) return [c];
    return newsDate ? [{ ...c, date: { ...newsDate, basis: 'inferred_from_context' as const } }] : [];
  });
}

/**
 * "A Chinese delegation arrived", "Chinese defense minister visits Belarus": an unnamed visitor is the named one whose
 * visit in the same direction the article dates compatibly, so the two passages are one visit (updates in place).
 */
export function unifyUnnamedVisitors(candidates: Candidate[]): void {
  const named = candidates.filter((c) => c.category === 'visit' && c.date?.value && typeof c.details.visitor_id === 'string' && !isDelegationId(c.details.visitor_id));
  for (const c of candidates) {
    if (c.category !== 'visit' || !c.date?.value || !isDelegationId(c.details.visitor_id)) continue;
    const same = named.find((n) => n.actor_1 === c.actor_1 && n.actor_2 === c.actor_2 && datesCompatible(n.date!.value!, c.date!.value!));
    if (same) c.details = { ...c.details, visitor_id: same.details.visitor_id };
  }
}

/**
 * "Xi arrived in Minsk on Sunday …; on Monday he attended the opening of a forum": one stay, told on two days. A visit
 * by the same visitor between the same countries dated within the stay the article gave first (its stated duration,
 * else six days after its start) takes that stay's start date, so the two passages are one visit (updates in place).
 */
export function visitsAsOneStay(candidates: Candidate[]): void {
  const visits = candidates.filter((c) => c.category === 'visit' && c.date?.value?.length === 10 && typeof c.details.visitor_id === 'string')
    .sort((a, b) => a.date!.value!.localeCompare(b.date!.value!));
  for (const [i, c] of visits.entries()) {
    const stay = visits.slice(0, i).find((v) => v.details.visitor_id === c.details.visitor_id && v.actor_1 === c.actor_1 && v.actor_2 === c.actor_2);
    // "a … delegation visited Minsk from July 6 to 8" after troops at the July 3 parade: a visit with a stated span of
    // its own is a stay of its own.
    if (!stay || stay.date!.value === c.date!.value || (c.date!.endValue && !stay.date!.endValue)) continue;
    const days = daysBetween(stay.date!.value!, c.date!.value!);
    if (days > 0 && days < Math.max(Number(stay.details.duration_days ?? 0), 7)) c.date = { ...stay.date!, basis: 'inferred_from_context' };
  }
}

/**
 * "Mr. Andrey Andreev … Visited Our University" over a body that says "On May 15th, … visited our university": a
 * headline dates its fact by the report's day unless its own words date it, but the body's fact of the same kind between
 * the same countries, dated up to two months before that day (and none on that day), is the news it announces; the headline takes the body's
 * date, so that the two passages are one fact (updates in place).
 */
export function headlinesAsTheirNews(candidates: Candidate[], facts: { block: number; dates: { value: string | null }[] }[], kinds: string[]): void {
  const titled = (c: Candidate) => kinds[facts[c.sentence]?.block] === 'title';
  const body = candidates.filter((c) => !titled(c) && c.date?.value?.length === 10);
  for (const c of candidates) {
    if (!titled(c) || c.date?.value?.length !== 10 || facts[c.sentence].dates.some((d) => d.value)) continue;
    const same = body.filter((b) => b.category === c.category && pairKey(b) === pairKey(c))
      .map((b) => ({ b, days: daysBetween(b.date!.value!, c.date!.value!) }));
    // Not when the body tells the same fact on the report's day too; up to two months back ("Delegation … visited BIT",
    // a university page of 10 July on a visit "On the morning of May 31").
    const news = same.some(({ days }) => days === 0) ? undefined : same.filter(({ days }) => days > 0 && days <= 62).sort((x, y) => x.days - y.days)[0];
    if (news) c.date = { ...news.b.date!, basis: 'inferred_from_context' };
  }
}

/** The two countries of a candidate in either order, as a key: facts between the same two compare equal. */
const pairKey = (c: Candidate) => [c.actor_1, c.actor_2].sort().join();

/**
 * "Mogilev Meat Packing Plant has sent the first batch of beef to China" (the lead, undated) over "The first batch of
 * frozen meat was shipped to China on 27 January": an undated fact in a report's lead is the news its body dates, when
 * the body dates a fact of the same kind (category and subtype) between the same countries on one day only, up to two
 * months before the page (updates in place).
 */
export function leadsAsTheirNews(candidates: Candidate[], isTitled: (c: Candidate) => boolean, published: string): void {
  // The lead: the body's first sentence with a fact (a time stamp or a byline before it states none).
  const leadSentence = Math.min(...candidates.filter((c) => !isTitled(c)).map((c) => c.sentence));
  for (const c of candidates) {
    if (c.sentence !== leadSentence || c.date?.value) continue;
    const same = candidates.filter((b) => b.sentence > leadSentence && b.date?.value && b.category === c.category && b.subtype === c.subtype && pairKey(b) === pairKey(c));
    // The news: a day up to two months before the page (not "in 2021-2022, a total of about 5m doses have been sent", background).
    const day = same[0]?.date?.value;
    const days = day?.length === 10 && published.length === 10 ? daysBetween(day, published) : -1;
    if (same.length && same.every((b) => b.date!.value === day) && days >= 0 && days <= 62) c.date = { ...same[0].date!, basis: 'inferred_from_context' };
  }
}

/**
 * "IN WITNESS WHEREOF, the undersigned … have signed this Protocol. DONE … at Beijing this 17th day of January 1995": a
 * treaty's witness clause is the signing its closing formula dates, in the sentences right after (updates in place).
 */
export function witnessClausesAsTheirDone(candidates: Candidate[], text: string, facts: { start: number; end: number }[]): void {
  for (const c of candidates) {
    if (c.category !== 'agreement' || c.date?.value || !WITNESS_CLAUSE.test(text.slice(facts[c.sentence].start, facts[c.sentence].end))) continue;
    const done = candidates.find((d) => d.category === 'agreement' && d.date?.value && d.sentence > c.sentence && d.sentence <= c.sentence + 2);
    if (done) c.date = { ...done.date!, basis: 'inferred_from_context' };
  }
}
const WITNESS_CLAUSE = /^\W*in\s+witness\s+where(?:of|to)\b/i;

/**
 * Talks and meetings held during a visit the article states are part of that visit, not facts of their own (the
 * annotation guideline: an optional extra at most): a talks candidate between the visit's two countries, dated on a
 * day of the visit (its stated duration, else three days), is dropped.
 */
export function withoutTalksDuringVisits(candidates: Candidate[]): Candidate[] {
  const visits = candidates.filter((c) => c.category === 'visit' && c.date?.value?.length === 10);
  if (!visits.length) return candidates;
  const during = (c: Candidate) => visits.some((v) => {
    const pair = pairKey(v) === pairKey(c);
    const days = daysBetween(v.date!.value!, c.date!.value!);
    return pair && days >= 0 && days < Math.max(Number(v.details.duration_days ?? 0), 3);
  });
  return candidates.filter((c) => !(c.category === 'diplomatic_relations' && c.subtype === 'talks' && c.date?.value?.length === 10 && during(c)));
}

/**
 * "… the joint communique that the governments of Belarus and China signed in Minsk on 22 August. The document was
 * signed by Prime Minister … Golovchenko and Premier … Li Qiang": a signing told of "the document" (or "this document")
 * is the signed paper told before, when a fact of a signing between the same two, of a compatible date, comes earlier
 * in the article; it is dropped. With none before ("The document was signed … during the visit … in January 2017",
 * after its entry into force that November), it is the signing's own fact.
 */
export function withoutDocumentsToldBefore(candidates: Candidate[], text: string): Candidate[] {
  const told = (c: Candidate) => DOCUMENT_ANAPHOR.test(text.slice(Math.max(0, c.trigger[0] - 14), c.trigger[0] + 30));
  return candidates.filter((c) => !(c.category === 'agreement' && c.date?.value && told(c) && candidates.some((e) => e.sentence < c.sentence && e.date?.value
    && pairKey(e) === pairKey(c) && datesCompatible(e.date.value, c.date!.value!)
    && SIGNED_PAPER.test(text.slice(e.quote[0], e.quote[1])))));
}
/** "the document" or "this document" opening a signing's trigger ("The document was signed"). */
const DOCUMENT_ANAPHOR = /\b(?:the|this)\s+document\s+(?:was|has\s+been|had\s+been)\b/i;
/** A passage telling of a signed paper. */
const SIGNED_PAPER = /\b(?:sign(?:ed|ing|s)?|inked|agreements?|memorand(?:a|um|ums)|declarations?|communiqu[eé]s?|statements?|treat(?:y|ies)|contracts?|protocols?|accords?)\b/i;

/**
 * "China, Belarus begin joint anti-terrorism exercises" (a headline: no place, so the pair's exercise) and "China and
 * Belarus began joint anti-terrorism exercises Monday in Brest" (placed in one of the two: the other's forces' visit
 * there, the same trigger read as a visit): one occurrence, told once without its place. The unplaced reading goes
 * when a visit read from the same trigger between the same two countries is dated compatibly.
 */
export function withoutOccurrencesToldAsVisits(candidates: Candidate[], text = '', exerciseWords: string[] = []): Candidate[] {
  const dated = candidates.filter((c) => c.category === 'visit' && c.date?.value);
  if (!dated.length) return candidates;
  const placed = dated.filter((c) => c.rule?.includes('<'));
  // "China and Belarus began joint military exercises near Poland on Monday. … China and Belarus commenced joint military
  // exercises on Monday, in close proximity to …" read once as the pair's exercise and once, placed, as a visit: the
  // same exercise (a visit whose trigger names one, lexicon of the joint-exercise triggers' keywords).
  const exerciseVisits = dated.filter((v) => exerciseWords.some((w) => text.slice(v.trigger[0], v.trigger[1]).toLowerCase().includes(w)));
  return candidates.filter((c) => !(c.category !== 'visit' && c.rule && c.date?.value
    && (placed.some((v) => v.rule!.slice(v.rule!.indexOf('<') + 1) === c.rule && pairKey(v) === pairKey(c) && datesCompatible(v.date!.value!, c.date!.value!))
      || (c.subtype === 'joint_exercise' && exerciseVisits.some((v) => pairKey(v) === pairKey(c) && datesCompatible(v.date!.value!, c.date!.value!))))));
}

/**
 * "On August 10, 2018, an agreement on a 30-day mutual visa waiver regime between Belarus and China enters into force":
 * a visa-free regime told in a sentence that gives an agreement between the same two is that agreement's content, not a
 * fact of its own; the regime's reading goes.
 */
export function withoutRegimesOfAgreements(candidates: Candidate[]): Candidate[] {
  const agreed = new Set(candidates.filter((c) => c.category === 'agreement').map((c) => `${c.sentence} ${pairKey(c)}`));
  if (!agreed.size) return candidates;
  return candidates.filter((c) => !(c.category === 'cultural' && c.subtype === 'visa_free' && agreed.has(`${c.sentence} ${pairKey(c)}`)));
}

/**
 * "A loan agreement for USD 340 million was also signed": an agreement that is a loan (lexicon loan_document_pattern, on
 * its trigger and the words just before it), in a sentence that gives a finance fact, is that fact, not a second one.
 */
export function withoutLoanAgreements(candidates: Candidate[], text: string, loanDocument: RegExp): Candidate[] {
  const financed = new Set(candidates.filter((c) => c.category === 'finance').map((c) => c.sentence));
  if (!financed.size) return candidates;
  const loanAgreements = new Set(candidates.filter((c) => c.category === 'agreement' && financed.has(c.sentence) && loanDocument.test(text.slice(Math.max(0, c.trigger[0] - 25), c.trigger[1])) && singleDocument(text, c)));
  // "signed a US$30mn loan agreement": the loan inside the agreement's own words is the fact, signed when the agreement
  // is (an undated loan takes the signing's date); the agreement is that loan told as a document.
  const within = (a: Candidate, c: Candidate) => a.sentence === c.sentence && a.trigger[0] <= c.trigger[0] && c.trigger[1] <= a.trigger[1];
  return candidates.filter((c) => !loanAgreements.has(c)).map((c) => {
    const signed = c.category === 'finance' && !c.date?.value ? [...loanAgreements].find((a) => a.date?.value && within(a, c)) : undefined;
    return signed ? { ...c, date: signed.date } : c;
  });
}

/** Whether an agreement's words, up to the next comma or the quote's end, name one document ("a loan agreement for …"), not a list ("a credit agreement and an agreement on economic cooperation"). */
function singleDocument(text: string, c: Candidate): boolean {
  const from = Math.max(c.quote[0], c.trigger[0] - 25);
  const comma = text.indexOf(',', c.trigger[1]);
  const to = comma >= 0 && comma < c.quote[1] ? comma : c.quote[1];
  return (text.slice(from, to).match(/\b(?:agreements?|contracts?|memorand\w*|deals?|protocols?)\b/gi) ?? []).length <= 1;
}

/** Whether a country mention begins a currency's longer sign or name in the table ("US$", "U.S. dollars"); `words` lower-cased. */
function isPartOfCurrency(text: string, m: EntityMention, words: string[]): boolean {
  const length = m.end - m.start;
  // A mention starting with an ASCII character can only begin the words starting with that character lower-cased
  // (lower-casing maps ASCII to ASCII, one for one): only those are compared.
  const c = text.charCodeAt(m.start);
  const candidates = c < 128 ? wordsByAsciiStart(words)[c >= 65 && c <= 90 ? c + 32 : c] ?? [] : words;
  return candidates.some((w) => w.length > length && text.slice(m.start, m.start + w.length).toLowerCase() === w && !(/\p{L}$/u.test(w) && /\p{L}/u.test(text.charAt(m.start + w.length))));
}

/** The gazetteer's mention that is the whole of a dateline's place, looked up as a name would be in running text ("MINSK" as "Minsk"). */
function wholePlaceMention(place: string, gazetteer: Gazetteer): EntityMention | undefined {
  const name = place.toLowerCase().replace(/(^|[\s'’-])(\p{L})/gu, (_m, sep: string, c: string) => sep + c.toUpperCase());
  return findMentions(name, 0, name.length, gazetteer, new Set()).find((m) => m.country && m.start === 0 && m.end === name.length);
}

/** The country of a dateline's place ("DUSHANBE" → TJK, "MINSK" → BLR). */
export function placeCountry(place: string, gazetteer: Gazetteer): string | null {
  return wholePlaceMention(place, gazetteer)?.country ?? null;
}

/** Whether a dateline's place is a country's own name ("China", "BELARUS"), not a place in it (a capital as its metonym is a place). */
function isCountryName(place: string, gazetteer: Gazetteer): boolean {
  const m = wholePlaceMention(place, gazetteer);
  return !!m && m.kind === 'country' && m.form !== 'metonym';
}

/**
 * A sentence's facts whose amounts, percentages and ordinals are found when a rule first asks (most sentences never
 * do). A class, so the three getters are made once on its prototype, not three closures and accessors per sentence.
 */
class LazyAmounts implements SentenceFacts {
  index: number; start: number; end: number; block: number; mentions: EntityMention[]; dates: DateMention[];
  #money?: MoneyMention[];
  #percents?: NumberMention[];
  #ordinals?: NumberMention[];
  readonly #text: string;
  readonly #rules: AmountRules;
  constructor(text: string, rules: AmountRules, index: number, start: number, end: number, block: number, mentions: EntityMention[], dates: DateMention[]) {
    this.index = index; this.start = start; this.end = end; this.block = block; this.mentions = mentions; this.dates = dates;
    this.#text = text;
    this.#rules = rules;
  }
  get money(): MoneyMention[] { return (this.#money ??= findMoney(this.#text, this.start, this.end, this.#rules)); }
  get percents(): NumberMention[] { return (this.#percents ??= findPercents(this.#text, this.start, this.end, this.#rules)); }
  get ordinals(): NumberMention[] { return (this.#ordinals ??= findOrdinals(this.#text, this.start, this.end, this.#rules)); }
}

const asciiStarts = new WeakMap<string[], (string[] | undefined)[]>();
/** Lower-cased words grouped by their first character when it is ASCII (index: its code), made once per list. */
function wordsByAsciiStart(words: string[]): (string[] | undefined)[] {
  let byStart = asciiStarts.get(words);
  if (!byStart) {
    byStart = [];
    for (const w of words) if (w.charCodeAt(0) < 128) (byStart[w.charCodeAt(0)] ??= []).push(w);
    asciiStarts.set(words, byStart);
  }
  return byStart;
}

/**
 * All candidate facts of one ingested article that the candidate model finds plausible. `beforeModel`, when given,
 * receives every candidate the rules found and what their features are read from (for training the model).
 */
export function extractArticle(article: IngestedArticle, x: Extractor, explain?: (line: string) => void, beforeModel?: (candidates: Candidate[], ctx: FeatureContext) => void): ExtractedArticle {
  const { text } = article;
  const seenPeople = new Set<string>();
  const textPeople = new Map<string, TextPerson>();
  const textOrganisations = new Map<string, TextOrganisation>();
  const surnames = new Map<string, string>();
  const lastNamed = new Map<string, EntityMention>();
  const mentionsOf = (start: number, end: number) => {
    // "US$500m", "810 million U.S. dollars": a country written as part of a currency's sign or name is not a mention of it.
    const listed = findMentions(text, start, end, x.gazetteer, seenPeople).filter((m) => !(m.kind === 'country' && isPartOfCurrency(text, m, x.currencyWords)));
    const people = withTextPeople(listed, findTextPeople(text, start, end, listed, x.names, textPeople, surnames));
    // "Belarusian defense contractor BelOMO Holding", "Green Cycle Energy, a Shenzhen-based company": organisations by kind.
    const organisations = findTextOrganisations(text, start, end, people, x.organisations, textOrganisations);
    // A place inside an organisation's name ("Morotack (Tianjin) Technology") is part of the name, not a mention of its own.
    const named = organisations.length ? withTextPeople(people.filter((m) => !organisations.some((o) => o.start <= m.start && m.end <= o.end)), organisations) : people;
    // "the park", "the plant": the place or organisation last named with that head noun.
    const pointed = anaphorMentions(text, start, end, named, x.anaphors, lastNamed);
    return pointed.length ? sortInPlace([...named, ...pointed], (a, b) => a.start - b.start) : named;
  };
  const frames = new TemporalFrames(article);
  let lastDate: string | null = null;
  let dateline: { block: number; published: string } | null = null;
  const datelineCountry = new Map<number, string>(); // "DUSHANBE, July 16 (Xinhua) --": where the block's news was filed
  const facts: SentenceFacts[] = article.sentences.map((s, index) => {
    const opensBlock = index === 0 || article.sentences[index - 1].block !== s.block;
    let line = datelineOf(text, s, article.meta.published, x.ref.lexicon, opensBlock);
    if (line?.published) dateline = { block: s.block, published: line.published };
    let lineCountry = line ? placeCountry(line.place, x.gazetteer) : null;
    // A place and a dash alone is a dateline only when the place is a city the gazetteer knows, not a country's name.
    if (line?.dashOnly && (!lineCountry || isCountryName(line.place, x.gazetteer))) line = null, lineCountry = null;
    if (lineCountry) datelineCountry.set(s.block, lineCountry);
    // "MINSK, March 22 (BelTA) –": the news is of that day; "on Friday" counts from it, not from the page's date.
    const published = dateline?.block === s.block ? dateline.published : article.meta.published;
    // (No closure per sentence: tsx keeps function names, so each named closure made costs a property definition.)
    let own = findDates(text, s.entities, published, x.ref.lexicon, s, frames.yearFor(s, index) ?? undefined);
    // The sentence's own opening year ("In 2015, … on 8–9 October") frames its other dates too.
    const opening = frames.openingYear(s, own);
    if (opening && own.some((d) => d.basis !== 'explicit' && d.value)) own = findDates(text, s.entities, published, x.ref.lexicon, s, opening ?? undefined);
    // The dateline's date dates the sentence only when the sentence gives none of its own.
    if (line && own.some((d) => d.start >= line.end && d.value)) own = own.filter((d) => d.start >= line.end);
    const dates = own.map((d) => {
      if (d.value) return d;
      // "The day before a delegation visited China" with no day before it in the text: counted from the report's day.
      const resolved = anaphoricDate(d.text, lastDate, x.ref.lexicon) ?? (/\bday\b/i.test(d.text) && /^\d{4}-\d{2}-\d{2}$/.test(published) ? anaphoricDate(d.text, published, x.ref.lexicon) : null);
      return resolved ? { ...d, ...resolved } : d;
    });
    frames.noteOpening(s, index, dates, article.meta.published);
    const dated = dates.filter((d) => d.value);
    if (dated.length) lastDate = dated[dated.length - 1].value;
    // The dateline itself states no fact: the sentence starts after it.
    const start = line ? line.end : s.start;
    return new LazyAmounts(text, x.amounts, index, start, s.end, s.block, mentionsOf(start, s.end), dates);
  });
  const focus = focusCountries(facts);
  const { others: alsoNamed, focus: headlineFocus } = countriesInHeadline(String(article.meta.title ?? ''), x.gazetteer, focus);
  // An item of a round-up ("LOAN – Russia's Finance Ministry transferred ...") is about its own countries.
  const rubric = new RegExp(x.ref.lexicon.item_rubric, 'u');
  const itemFocus = new Map<number, string[]>();
  const factsOfBlock = new Map<number, SentenceFacts[]>(); // grouped once, not a pass over every sentence per block
  for (const f of facts) {
    if (!factsOfBlock.has(f.block)) factsOfBlock.set(f.block, []);
    factsOfBlock.get(f.block)!.push(f);
  }
  article.blocks.forEach((b, i) => {
    const own = focusCountries(factsOfBlock.get(i) ?? []);
    if (rubric.test(text.slice(b.start, b.end)) && own.length >= 2) itemFocus.set(i, own.slice(0, 2));
  });
  const roundup = roundupFocus(facts, factsOfBlock, focus);
  for (const [block, pair] of roundup) if (!itemFocus.has(block)) itemFocus.set(block, pair);
  for (const [block, pair] of paragraphPairs(article.blocks, factsOfBlock, focus)) if (!itemFocus.has(block)) itemFocus.set(block, pair);
  const isReport = x.ref.lexicon.report_genres.includes(String(article.meta.genre ?? ''));
  const recallsPast = x.ref.lexicon.recall_genres.includes(String(article.meta.genre ?? ''));
  const state: ArticleState = { newsDate: newsDateOf(facts, article.meta.published, text, x.earlierLead), published: article.meta.published, focus, prevSubject: null, history: [], prevEvents: [], blockEvents: [], prevBlock: -1, prevPeople: [], recentPeople: [], visits: [], frame: null, lastDate: null, newsEvents: [], prevLenders: [], isReport, recallsPast, moneyPairs: new Map(), textPeople, datelineCountry, alsoNamed, headlineFocus, leadSentence: facts.find((f) => article.blocks[f.block]?.kind !== 'title')?.index, sentences: facts };
  if (explain) explain(`focus countries: ${focus.join(', ') || '–'}; news day: ${state.newsDate?.value ?? '–'}`);
  const candidates = facts.flatMap((f) => {
    state.focus = itemFocus.get(f.block) ?? focus;
    // A photo caption repeats a fact of the text, dated loosely: it gives none of its own.
    if (x.caption.test(text.slice(f.start, f.end))) {
      if (explain) explain(`\n[${f.index}] block ${f.block}: a photo caption, skipped`);
      return [];
    }
    if (explain) state.trace = [];
    const found = sentenceCandidates(text, f, state, x.events, x.details);
    const headed = article.blocks[f.block]?.kind === 'title' ? headlineCandidates(found, state.newsDate) : found;
    const dated = headed.map((c) => withRecurrence(c, text, x.ref.lexicon));
    if (explain) explainSentence(text, f, dated, state.trace ?? [], explain);
    return dated;
  });
  unifyUnnamedVisitors(candidates);
  visitsAsOneStay(candidates);
  headlinesAsTheirNews(candidates, facts, article.blocks.map((b) => b.kind));
  witnessClausesAsTheirDone(candidates, text, facts);
  if (isReport) leadsAsTheirNews(candidates, (c) => article.blocks[facts[c.sentence]?.block]?.kind === 'title', article.meta.published);
  const ruled = withoutRegimesOfAgreements(withoutLoanAgreements(withoutTalksDuringVisits(withoutOccurrencesToldAsVisits(candidates, text, x.exerciseWords)), text, x.events.loanDocument));
  const ctx: FeatureContext = { text, facts, blockKinds: article.blocks.map((b) => b.kind), genre: String(article.meta.genre ?? ''), published: article.meta.published, focus, blockFocus: roundup.size ? roundup : undefined, candidates: ruled, isReport, newsDate: state.newsDate };
  beforeModel?.(ruled, ctx);
  const say = explain && ((line: string) => explain(`\n${line}`));
  const proposed = proposedCandidates(ctx, ruled, x.sentenceModel, x.proposals, say);
  // After the proposals: a sentence whose signing is the document told before proposes nothing of its own.
  const kept = withoutDocumentsToldBefore([...plausibleCandidates(ruled, ctx, x.model, say), ...proposed], text).sort((a, b) => a.sentence - b.sentence);
  const { blocks: _b, sentences: _s, ...source } = article;
  const ids = new Set<string>();
  for (const f of facts) for (const m of f.mentions) if (m.subtype !== 'text') ids.add(m.id);
  const entity_ids = [...ids].sort();
  const text_entities: TextEntity[] = [
    ...[...textPeople.values()].map((p) => ({ id: p.id, name: p.name, type: 'person' as const, country: p.country, role: p.role })),
    ...[...textOrganisations.values()].map((o) => ({ id: o.id, name: o.name, type: 'organisation' as const, country: o.country, role: o.kind })),
  ].sort((a, b) => a.id.localeCompare(b.id));
  return { source, focus, entity_ids, text_entities, candidates: kept };
}

/** A candidate whose clause says it recurs, dated from its first year and marked (dates.ts recurringDate); others unchanged. */
function withRecurrence(c: Candidate, text: string, lex: Lexicon): Candidate {
  const date = recurringDate(text.slice(c.quote[0], c.quote[1]), c.category, c.date, lex);
  return date ? { ...c, date } : c;
}

/** What each pass found in one sentence and which candidates were kept or dropped, for extract --explain. */
function explainSentence(text: string, f: SentenceFacts, kept: Candidate[], trace: string[], say: (line: string) => void): void {
  const clip = (s: string, n = 160) => (s.length > n ? `${s.slice(0, n - 1)}…` : s).replace(/\s+/g, ' ');
  say(`\n[${f.index}] block ${f.block}: ${clip(text.slice(f.start, f.end))}`);
  if (f.mentions.length) say(`  mentions: ${f.mentions.map((m) => `${text.slice(m.start, m.end)}=${m.kind}:${m.id}${m.country ? `(${m.country})` : ''}${m.subtype === 'text' ? ' [from its title]' : ''}`).join('; ')}`);
  if (f.dates.length) say(`  dates:    ${f.dates.map((d) => `"${d.text}"=${d.value ?? 'vague'} ${d.basis}${d.days ? ` ${d.days} days` : ''}`).join('; ')}`);
  if (f.money.length) say(`  money:    ${f.money.map((m) => `${m.text}=${m.amount} ${m.currencies.join('/')}`).join('; ')}`);
  for (const c of kept) say(`  kept     ${c.rule ?? c.category}: ${c.actor_1}→${c.actor_2 ?? '–'} ${c.date?.value ?? 'undated'}${c.date?.endValue ? `..${c.date.endValue}` : ''}${c.date?.recurrence ? ` ${c.date.recurrence}` : ''} (${c.date?.basis ?? 'undated'}) trigger "${text.slice(c.trigger[0], c.trigger[1])}"`);
  for (const t of trace) say(`  ${t}`);
}

if (import.meta.url === `file://${process.argv[1]}`) {
  await runStage('extract', () => {
    const args = process.argv.slice(2);
    if (args[0] === '--explain') {
      // extract.ts --explain <dir>/<id>.txt: ingest the article in memory and say, sentence by sentence, what was found.
      const txt = args[1] ?? '';
      const article = ingestArticle(dirname(txt), basename(txt).replace(/\.(txt|json)$/, ''));
      extractArticle(article, buildExtractor(), (line) => console.log(line));
      return;
    }
    const [input, out] = args;
    writeJsonAtomic(out, extractArticle(readJsonFile<IngestedArticle>(input, 'ingested article'), buildExtractor()));
  });
}
