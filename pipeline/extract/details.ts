/** Category-specific fields of a candidate fact: who visited in what role, how many agreements, which amount, which project. */
import type { Reference } from './reference.ts';
import { firmUsualProvider, phraseRegex, venturesOf } from './reference.ts';
import type { Candidate, DetailsFn } from './events.ts';
import { withinClause, amountNearTrigger, segmentAround, firstLeast } from './spans.ts';
import { type AmountRules, type MoneyMention, parseCount, currencyAt } from './amounts.ts';
import type { DateMention } from './dates.ts';
import type { EntityMention } from './gazetteer.ts';
import { countQualifierBefore } from './qualifiers.ts';
import { ATTRIBUTION_BEFORE, buildFinanceRules, isPackageAmount, lenderOf, projectOf, sectorOf, statusOf } from './finance.ts';

/** The finance table's types (schemas/finance.schema.json); another subtype is filed under its category's general type. */
const FINANCE_TYPES = new Set(['currency_swap', 'loan', 'preferential_loan', 'credit_line', 'funding', 'aid', 'grant', 'investment', 'project', 'package']);

/** A receiving verb and up to three words right before a money trigger: "was at the airport to accept the cargo". */
const RECEIVED_BEFORE = /\b(?:accept|receiv|obtain)\w*\s+(?:[\p{L}-]+\s+){0,3}$/iu;

/**
 * Whether a receiving verb right before a money trigger ("… to accept the cargo") has for its subject the side read so
 * far as the provider: the country last named before the verb in the clause is not `recipient` (none named: the
 * subject is the provider's, as the rules read a clause's first country).
 */
function receivesFirst(text: string, clauseStart: number, triggerStart: number, mentions: { start: number; end: number; country?: string | null }[], recipient: string): boolean {
  const from = Math.max(clauseStart, triggerStart - 40);
  const verb = RECEIVED_BEFORE.exec(text.slice(from, triggerStart));
  if (!verb) return false;
  const verbAt = from + verb.index;
  return mentions.filter((m) => m.country && m.start >= clauseStart && m.end <= verbAt).at(-1)?.country !== recipient;
}

/**
 * The city a visit took place in when its clause names none: the one city of the destination the sentence names
 * ("Xi arrived in Belarus … talks in Minsk", "the visit to China … in Beijing"); none when it names none or several.
 */
function cityInDestination(text: string, mentions: readonly EntityMention[], destination: string | null | undefined): string | null {
  if (!destination) return null;
  let found: EntityMention | null = null;
  for (const m of mentions) {
    if (m.kind !== 'place' || m.subtype !== 'city' || m.form !== 'name' || m.country !== destination) continue;
    if (found && found.id !== m.id) return null;
    found ??= m;
  }
  return found ? text.slice(found.start, found.end) : null;
}

/** A signed document's singular nouns ("an agreement", "the Memorandum"). */
const SINGULAR_DOCUMENT = 'agreement|deal|contract|accord|memorandum|mou|treaty';
/** "an agreement", "a new cooperation memorandum", "a document": one document by its article. */
const ONE_DOCUMENT_NAMED = new RegExp(`\\b(an?)\\s+(?:[\\w-]+\\s+){0,3}?(?:${SINGULAR_DOCUMENT}|document)\\b`, 'i');
const SINGULAR_DOCUMENT_AT_START = new RegExp(`^(?:${SINGULAR_DOCUMENT})\\b`, 'i');
/** A trigger of agreements reached on an occasion, not signed ("the agreements reached during the visit"; triggers.json). */
const AGREEMENTS_REACHED = /^agreements?\s+(?:(?:that|which)\s+were\s+)?reached\b/i;

/** Whether the document noun a signing names is one document: a singular noun ("the Memorandum", "contract") that no
 * other document noun joins ("an agreement and two memoranda"). */
function isOneDocument(fromNoun: string, afterTrigger: string): boolean {
  const noun = SINGULAR_DOCUMENT_AT_START.exec(fromNoun);
  return noun !== null && !/^[^;.]{0,40}?\b(?:and|as well as|plus)\b[^;.]{0,40}?\b(?:agreements?|deals?|contracts?|accords?|memorand(?:a|um|ums)|mous?|documents?|treaty|treaties|protocols?)\b/i.test(fromNoun.slice(noun[0].length) + afterTrigger);
}

/** The function that fills a candidate's category-specific fields (and splits "a hospital and a cement factory"). */
export function buildDetails(ref: Reference, amounts: AmountRules): DetailsFn {
  const lex = ref.lexicon;
  const roleAlt = phraseRegex(lex.role_titles, 'u').source;
  const roleBefore = new RegExp(`(?:(?:\\p{Lu}{2,}|\\p{Lu}\\p{Ll}+(?:ian|ese|an|ish|ic|i))\\s+){0,2}${roleAlt}\\s+$`, 'u');
  const roleAfter = new RegExp(`^[^;]{0,60}?\\bas\\s+(?:the\\s+)?(${roleAlt}(?:\\s+of\\s+(?:the\\s+)?(?:\\p{Lu}[\\p{L}-]*\\s*)+)?)`, 'u');
  const delegation = lex.delegation_patterns.map((p) => new RegExp(p, 'iu'));
  const duration = lex.duration_patterns.map((p) => new RegExp(p, 'iu'));
  const countWord = Object.keys(lex.number_words).map((w) => w.replace(/ /g, '\\s+')).join('|');
  // Not an amount: "a $400 million investment agreement", "an EUR 260 million loan agreement" count no documents.
  const agreementCount = new RegExp(`(?<![\\p{L}\\p{N}.,]|[$€£¥]\\s?|\\b(?:EUR|USD|US\\$|RMB|CNY|BYN|BYR|RUB)\\s?)(\\d+|${countWord})\\s+(?:(?!(?:million|billion|trillion|thousand|mln|bn|yuan|dollars?|euros?|roubles?|rubles?|per\\s*cent|percent)\\b)[\\w-]+\\s+){0,3}?(?:agreements?|deals?|contracts?|accords?|memorand(?:a|um|ums)|mous?|documents|treaties)\\b`, 'iu');
  const agreementNoun = /\b(?:agreements?|deals?|contracts?|accords?|memorand(?:a|um|ums)|mous?|documents|treaty|treaties)\b/iu;
  const personById = new Map(ref.people.map((p) => [p.id, p]));
  // Joint ventures (organisations.json investor): a fact of one has its actors from the tables (events.ts hitCandidates).
  const ventures = venturesOf(ref);
  const fin = buildFinanceRules(ref);

  const num = (s: string | undefined) => (s ? parseCount(s, amounts) : null);
  const currencyOf = (m: MoneyMention | undefined, c: Candidate) => (m ? currencyAt(m, c.date?.value, amounts) : null);
  const cleanRole = (s: string) => s.replace(/\s*\([^)]*\)\s*$/, '').replace(/\s+/g, ' ').trim();

  /** The visitor's role: a title written before the name, or "as <title> of <body>" after it, or the reference role at that date. */
  function roleOf(c: Candidate, text: string, clauseStart: number): string | null {
    const vs = c.details.visitor_start as number;
    const ve = c.details.visitor_end as number;
    const before = text.slice(Math.max(clauseStart, vs - 60), vs).match(roleBefore);
    if (before) return cleanRole(before[0]);
    const after = text.slice(ve, c.quote[1]).match(roleAfter);
    if (after) return cleanRole(after[1]);
    const person = personById.get(c.details.visitor_id as string);
    const at = c.date?.value;
    const role = at && person?.roles.find((r) => (!r.from || r.from.slice(0, at.length) <= at) && (!r.to || at <= r.to.slice(0, at.length) || r.to.startsWith(at)));
    return role ? role.role : null;
  }

  return (c, { text, clause, facts, trigger, mentions, state }) => {
    const clauseText = text.slice(clause.start, clause.end);
    // "swap agreements totaling 1.3 trillion yuan with 15 countries …, including … Belarus": one of a group, whose total
    // is no sum of the pair's (events.ts counterpartOf); a mark for this function only.
    const grouped = c.details.group_member === true;
    if (grouped) delete c.details.group_member;
    const people = mentions.filter((m) => m.kind === 'person');
    // (No closures made per candidate: tsx keeps function names, so each costs a property definition.)
    const money = withinClause(facts.money, clause);
    const after = money.filter((m) => m.start >= trigger.start);
    switch (c.category) {
      case 'visit': {
        const person = personById.get(c.details.visitor_id as string);
        const d = firstMatch(clauseText, delegation);
        const dur = firstMatch(clauseText, duration);
        Object.assign(c.details, {
          visitor: person?.name ?? state.textPeople?.get(c.details.visitor_id as string)?.name ?? text.slice(c.details.visitor_start as number, c.details.visitor_end as number).replace(/\s+/g, ' ').trim(),
          visitor_role: roleOf(c, text, clause.start),
          city: c.details.city_mention ?? cityInDestination(text, facts.mentions, c.actor_2) ?? null,
          duration_days: dur?.groups?.week ? 7 : num(dur?.groups?.n) ?? c.date?.days ?? null,
          delegation_size: num(d?.groups?.n),
          delegation: d?.groups?.who?.trim() || null,
        });
        return [c];
      }
      case 'agreement': {
        const [segmentStart] = segmentAround(text, clause, trigger.start, trigger.end);
        const signers = people.filter((m) => m.start >= segmentStart && m.end <= trigger.start);
        const named = (signers.length ? signers : people).map((m) => m.id);
        const ids = named.length ? named : /\b(?:the two leaders|both leaders|the leaders|both men|the two presidents|the two premiers)\b/i.test(clauseText) ? state.prevPeople : [];
        const names = [...new Set(ids.map((id) => personById.get(id)?.name ?? state.textPeople?.get(id)?.name ?? id))];
        const triggerText = text.slice(trigger.start, trigger.end);
        const reached = AGREEMENTS_REACHED.test(triggerText);
        const countMatch = triggerText.match(agreementCount) ?? triggerText.match(ONE_DOCUMENT_NAMED);
        const nounAt = text.slice(trigger.start, trigger.end).search(agreementNoun);
        const lead = text.slice(trigger.start, trigger.start + nounAt);
        // What comes after the count ("more than 20 intergovernmental agreements": "intergovernmental"), else after the verb.
        const afterCount = countMatch && countMatch.index! < lead.length ? lead.slice(countMatch.index! + countMatch[1].length).replace(/^\s*dozens?\b/i, '') : null;
        const descr = (afterCount ?? lead.replace(/^\s*\S+\s*/, '')).replace(/^\s*(?:\d+|a raft of|a series of|a number of|several|numerous|a package of|an?|the)\s+/i, '').trim();
        const value = grouped ? undefined : after[0] ?? money[0];
        const stated = /^an?$/i.test(countMatch?.[1] ?? '') ? 1 : num(countMatch?.[1]);
        // "four dozen agreements": 48.
        const counted = stated !== null && /^\s+dozen\b/i.test(triggerText.slice(countMatch!.index! + countMatch![1].length)) ? stated * 12 : stated;
        // "signed the Memorandum of Cooperation", "the relevant agreement was signed": one document, though no "a" says so.
        const count = counted ?? (!grouped && nounAt >= 0 && isOneDocument(triggerText.slice(nounAt), text.slice(trigger.end, clause.end)) ? 1 : null);
        Object.assign(c.details, {
          count,
          // "more than 20 agreements", "at least 16 documents": the count is a bound, not exact.
          count_qualifier: count !== null && countMatch ? countQualifierBefore(text, trigger.start + countMatch.index!, lex) : null,
          description: [descr, text.slice(trigger.start + nounAt, trigger.end)].filter(Boolean).join(' ') || null,
          value: value?.amount ?? null, currency: currencyOf(value, c),
          // "the agreements reached during the visit of Alexander Lukashenko": reached, and no one named signed them.
          signatories: names.length && !reached ? names : null,
          ...(reached ? { reached: true } : {}),
        });
        return [c];
      }
      case 'finance': case 'aid': case 'investment': {
        // A growth is no sum: "investments increased 2.5 times and amounted to $443 million" gives the sum to the level's fact.
        const nearest = grouped || c.subtype === 'investment_growth' ? undefined : amountNearTrigger(text, clause, trigger, money);
        // A package's value is not a component's: "a $500m package including a loan" gives the loan no amount, and the package a row of its own.
        const packaged = nearest && isPackageAmount(text, clause, trigger, nearest) ? nearest : undefined;
        const amount = packaged ? undefined : nearest;
        // "a $1bn credit line from the China Development Bank": the lender named after "from" provides.
        // Not a source's: "(according to information from the Belarusian Ministry of Finance)"; nor another noun's past a
        // comma ("donated by … Chinese-funded enterprises …, as well as some charitable donations from Belarusian enterprises").
        const lender = mentions.find((m) => m.start >= trigger.start && /\bfrom\s+(?:the\s+)?$/i.test(text.slice(Math.max(clause.start, m.start - 10), m.start))
          && !/[,;(]/.test(text.slice(trigger.end, m.start)) && !ATTRIBUTION_BEFORE.test(text.slice(Math.max(clause.start, m.start - 60), m.start)));
        // A bank of one of the two countries named in the sentence lends: "Belarus and Chinese Exim Bank signed … to provide credit".
        const bank = facts.mentions.find((m) => m.kind === 'organisation' && /\bbank\b/i.test(text.slice(m.start, m.end)) && m.country && state.focus.includes(m.country));
        // Where the category's provider between the two is firm (triggers.json usual_provider_firm), a bank of the other
        // side named somewhere in the sentence is as often the borrower ("$1 billion of loans to two banks"): it turns nothing.
        const firm = firmUsualProvider(ref, c.category, c.subtype, [c.actor_1, c.actor_2]);
        // A joint venture's fact (its agent a venture: events.ts hitCandidates) turns for no word around it: its investor provides.
        const ofVenture = ventures.has(String(c.details.agent_id));
        const turnsTo = (country: string) => !ofVenture && (!firm || country === firm);
        if (!lender && bank?.country && bank.country !== c.actor_1 && c.actor_2 === bank.country && turnsTo(bank.country)) [c.actor_1, c.actor_2] = [c.actor_2, c.actor_1];
        if (lender?.country && lender.country !== c.actor_1 && state.focus.includes(lender.country) && !ofVenture) {
          c.actor_2 = state.focus.includes(c.actor_1) ? c.actor_1 : c.actor_2;
          c.actor_1 = lender.country;
        }
        // The lender or provider organisation (finance.ts); a lender of the other party's country makes that country the provider.
        const org = lenderOf(text, clause, trigger, [c.actor_1, c.actor_2], fin);
        if (org?.country && org.country !== c.actor_1 && (org.country === c.actor_2 || state.focus.includes(org.country)) && turnsTo(org.country)) [c.actor_1, c.actor_2] = [org.country, c.actor_1];
        // The giver is not the receiver: "Its Finance Ministry disbursed a loan to Minsk" when "its" was resolved to Minsk's country.
        // Not past an "and" that goes on with another object ("loans … to banks in Belarus and locked in … shipments of potash to China").
        const receiver = mentions.find((m) => m.start >= trigger.start && m.country && /\b(?:to|for)\s+(?:the\s+)?$/i.test(text.slice(Math.max(clause.start, m.start - 8), m.start)) && !/\band\b|;/i.test(text.slice(trigger.end, m.start)));
        if (receiver?.country === c.actor_1 && c.actor_2 && c.actor_2 !== c.actor_1 && !ofVenture) [c.actor_1, c.actor_2] = [c.actor_2, c.actor_1];
        // "Belarus' ambassador was at the airport to accept the cargo": the subject receives.
        // Only when the one named last before the verb, its subject, is the provider so far: "the Belarusian side
        // received a loan", already read as Belarus receiving, stays so; "Belarus expects to receive from China a loan"
        // has Belarus before the verb and China after it.
        else if (c.actor_2 && c.actor_2 !== c.actor_1 && !ofVenture && receivesFirst(text, clause.start, trigger.start, mentions, c.actor_2)) [c.actor_1, c.actor_2] = [c.actor_2, c.actor_1];
        const sentenceCountries = facts.mentions.filter((m) => m.country && m.kind !== 'person' && m.start >= trigger.start && m.country !== c.actor_1 && m.form !== 'adjective').map((m) => m.country!);
        const recipients = c.subtype === 'currency_swap' && sentenceCountries.length && !grouped ? [...new Set(sentenceCountries)] : c.actor_2 ? [c.actor_2] : [];
        const type = c.category === 'investment' ? 'investment' : FINANCE_TYPES.has(c.subtype) ? c.subtype : c.category === 'aid' ? 'aid' : 'funding';
        const project = c.subtype === 'project' ? null : projectOf(text, clause, trigger, fin);
        const base = {
          // The project a loan is for is named_project, not project: project keys the fact (merge.ts keyDetail), and two
          // mentions of one loan naming its plant differently are still one loan. tables.ts publishes either as project.
          type, amount: amount?.amount ?? null, currency: currencyOf(amount, c), provider: c.actor_1, recipients, project: null as string | null, named_project: project,
          lender: org?.name ?? null, lender_id: org?.id ?? null, sector: sectorOf(text, clause, trigger, project, type, fin), status: statusOf(text, clause, trigger, fin),
        };
        if (c.subtype === 'project') {
          const tail = text.slice(trigger.end, clause.end).split(/[,;(]|\s(?:in|to|for|at|by|with)\s/)[0];
          const items = tail.split(/\s+and\s+|,\s*/).map((s) => s.replace(/^\s*(?:an?|the)\s+/i, '').trim()).filter((s) => s.length > 2);
          return items.map((item) => ({ ...c, details: { ...c.details, ...base, type: 'project', project: item, sector: sectorOf(text, clause, trigger, item, 'project', fin) } }));
        }
        Object.assign(c.details, base);
        if (!packaged) return [c];
        const pkg: Candidate = { ...c, subtype: 'package', details: { ...c.details, ...base, type: 'package', amount: packaged.amount, currency: currencyOf(packaged, c), project: null, named_project: null, sector: null } };
        return [pkg, c];
      }
      case 'trade': {
        if (c.subtype === 'trade_partner_rank') {
          // The ordinal the trigger holds ("2nd in the import" after "11th in its export"), else the nearest before it.
          const ordinals = withinClause(facts.ordinals, clause);
          const ordinal = ordinals.find((o) => o.start >= trigger.start && o.end <= trigger.end) ?? ordinals.find((o) => o.start >= trigger.start - 30);
          const possessor = mentions.find((m) => m.start > trigger.start && /^(?:’s|'s|’|')/.test(text.slice(m.end, m.end + 2)));
          const subject = possessor?.country ?? c.actor_2 ?? null;
          const partner = subject === c.actor_1 ? c.actor_2 : c.actor_1;
          Object.assign(c.details, { indicator: 'trade_partner_rank', value: ordinal?.value ?? null, unit: 'rank', subject_country: subject, partner_country: partner });
        } else if (c.subtype === 'trade_growth' || c.subtype === 'export_growth' || c.subtype === 'import_growth') {
          // The percentage of the trigger's own stretch: "exports rose by 3%, while imports fell by 2%" gives each its own.
          // With none there, one after it ("rose, reaching $2 billion, up 10%"), never one another stretch gives its own
          // figure ("trade surged 47.6% …, while imports from Belarus … declined"; "exports also rose, while imports grew by 12%").
          const pcts = withinClause(facts.percents, clause);
          const [from, to] = segmentAround(text, clause, trigger.start, trigger.end);
          const own = pcts.filter((p) => p.start >= from && p.end <= to);
          const pct = firstLeast(own.length ? own : pcts.filter((p) => p.start >= trigger.start && !isOtherFiguresSum(text, clause, trigger, p)), (a, b) => Math.abs(a.start - trigger.start) - Math.abs(b.start - trigger.start));
          const fall = /\b(?:fell|declined|dropped|shrank|contracted|slipped|dipped|plunged|decreased|down)\b/i.test(text.slice(trigger.start, trigger.end));
          const bilateral = c.subtype === 'trade_growth';
          const partner = mentions.find((x) => x.start > trigger.start && x.country !== c.actor_1)?.country ?? c.actor_2;
          // "up 3.4 times", "an 11-time increase", "grew 12-fold": a multiple, when no percentage is given.
          const multiple = pct ? null : multipleIn(text.slice(trigger.start, trigger.end), lex.number_words, lex.multiple_verbs);
          Object.assign(c.details, {
            indicator: c.subtype, value: pct ? (fall ? -pct.value : pct.value) : multiple, unit: pct || multiple === null ? 'percent' : 'times',
            subject_country: bilateral ? state.focus[0] : c.actor_1, partner_country: (bilateral ? state.focus[1] : partner) ?? null,
          });
          // "exports to China increased by 4% (about $680 million)", "has increased by 17 percent to reach $3.5 billion":
          // the sum in brackets right after the growth, or the one it rose to, is the flow it reached, a figure of its own.
          const level = pct && own.includes(pct) ? money.find((m) => (LEVEL_IN_BRACKETS.test(text.slice(pct.end, m.start)) && /^\s*\)/.test(text.slice(m.end, m.end + 3))) || LEVEL_REACHED.test(text.slice(pct.end, m.start))) : undefined;
          if (level) return [c, { ...c, subtype: LEVEL_OF_GROWTH[c.subtype], details: { ...c.details, indicator: LEVEL_OF_GROWTH[c.subtype], value: level.amount, unit: currencyOf(level, c) } }];
        } else if (c.subtype === 'exports' || c.subtype === 'imports' || c.subtype === 'trade_volume') {
          // Not a sum an earlier stretch gives a trade figure of its own ("China's trade surplus … surged to $4.77 billion in
          // 2024, driven by strong Chinese exports of vehicles": the sum is the surplus's, not the exports').
          const sums = money.filter((m) => !isOtherFiguresSum(text, clause, trigger, m));
          const stretch = ownStretch(text, clause, trigger, sums);
          const m = figureReached(text, stretch);
          const partner = c.subtype === 'trade_volume' ? state.focus[1] ?? null : mentions.find((x) => x.start > trigger.start && x.country !== c.actor_1)?.country ?? c.actor_2 ?? null;
          Object.assign(c.details, { indicator: c.subtype, value: m?.amount ?? null, unit: currencyOf(m, c), subject_country: c.subtype === 'trade_volume' ? state.focus[0] : c.actor_1, partner_country: partner });
          // "grew from $34 million in 1992 to over $2.5 billion in 2010", "reached $8.1 million, up from $3.9 million
          // worth of goods delivered in 2017": the dated figure a change starts from is the same flow in its own year.
          const bases = m ? baseFigures(text, [...stretch, ...money.filter((b) => b.start > m.end && !stretch.includes(b) && UP_FROM_AFTER.test(text.slice(m.end, b.start)))], m, withinClause(facts.dates, clause), c.date?.value ?? null) : [];
          return [c, ...bases.map(([b, date]) => ({ ...c, date, details: { ...c.details, value: b.amount, unit: currencyOf(b, { ...c, date }) } }))];
        }
        return [c];
      }
      default:
        return [c];
    }
  };
}

/**
 * The sums in the trigger's own comma-delimited stretch, when it has any, else all the clause's: "turnover … amounted to
 * $808.1 million, exports - $419.4 million, imports - $388.7 million" gives each figure its own sum.
 */
function ownStretch<T extends { start: number; end: number }>(text: string, clause: { start: number; end: number }, trigger: { start: number; end: number }, money: T[]): T[] {
  if (money.length < 2) return money;
  const [from, to] = segmentAround(text, clause, trigger.start, trigger.end);
  const own = money.filter((m) => m.start >= from && m.end <= to);
  return own.length ? own : money;
}

/**
 * The figure a change reaches: "grew from $34 million in 1992 to over $2.5 billion in 2010" gives $2.5 billion, the
 * dated figure the sentence ends on; any other sentence its first amount.
 */
function figureReached<T extends { start: number }>(text: string, money: T[]): T | undefined {
  if (money.length < 2 || !/\bfrom\s+(?:(?:about|around|some|just|only|nearly|almost|over|more than)\s+)?$/i.test(text.slice(Math.max(0, money[0].start - 20), money[0].start))) return money[0];
  const reached = money.find((m) => /\bto\s+(?:(?:over|more than|about|around|nearly|almost|some|approximately|roughly)\s+)?$/i.test(text.slice(Math.max(0, m.start - 20), m.start)));
  // Only a figure the text dates is the fact's ("… to $3 billion" with no year of its own leaves the first figure's).
  return reached && /^(?:[^.;]|\.(?=\d)){0,25}?\bin\s+(?:1[89]|20)\d\d\b/.test(text.slice(reached.start, reached.start + 45)) ? reached : money[0];
}

/** Between a growth's percentage and the sum it reached, in brackets: " (about ", " (". */
const LEVEL_IN_BRACKETS = /^\s*\(\s*(?:(?:about|around|some|nearly|almost|over|more than|approximately|roughly|up to|to)\s+)?$/i;
/**
 * Whether a figure in a comma stretch other than the trigger's is that stretch's own: its words name trade or a flow
 * ("… to $4.77 billion in 2024, driven by strong Chinese exports of vehicles"; "exports also rose, while imports from
 * China grew by 12%"), not a stretch of the figure alone ("reached $5 billion, up 10%").
 */
function isOtherFiguresSum(text: string, clause: { start: number; end: number }, trigger: { start: number; end: number }, m: { start: number; end: number }): boolean {
  const [from, to] = segmentAround(text, clause, m.start, m.end);
  return (to <= trigger.start || from >= trigger.end) && TRADE_FIGURE_WORD.test(text.slice(from, to));
}
const TRADE_FIGURE_WORD = /\b(?:trade|turnover|surplus|deficit|balance|exports?|imports?)\b/i;

/** Between a growth's percentage and the sum it rose or fell to: " to ", ", to reach about ", " and reached ". */
const LEVEL_REACHED = /^,?\s*(?:to(?:\s+(?:reach|hit|total|stand at))?|and (?:reached|hit|totall?ed|amounted to|stood at))\s+(?:(?:about|around|some|nearly|almost|over|more than|approximately|roughly)\s+)?$/i;
/** The flow a growth is of. */
const LEVEL_OF_GROWTH: Record<string, string> = { export_growth: 'exports', import_growth: 'imports', trade_growth: 'trade_volume' };

/** From a figure reported to the one it rose from, in the next comma's stretch: " in 2018, up from ", ", rising from ". */
const UP_FROM_AFTER = /^(?:\s+in\s+[^,;$]{1,25})?,\s*(?:(?:up|down|rising|increasing|growing|falling|declining|having (?:grown|risen|fallen))\s+)?from\s+(?:(?:about|around|some|just|only|nearly|almost|over|more than|less than|under)\s+)?$/i;

/** "from " and a qualifier before a sum: where a change starts ("grew from about $34 million"). */
const FROM_BEFORE = /\bfrom\s+(?:(?:about|around|some|just|only|nearly|almost|over|more than|less than|under)\s+)?$/i;

/**
 * The sums of a trade figure's stretch, other than the figure it reports, that a change starts from ("from $34 million
 * in 1992"), each with the date written right after it (up to 40 characters on, no other sum, comma or "to" between)
 * when that date's year is before the fact's own: a figure of the same flow for that earlier period.
 */
function baseFigures<T extends { start: number; end: number }>(text: string, stretch: T[], reported: T, dates: DateMention[], own: string | null): [T, Omit<DateMention, 'start' | 'end'>][] {
  const out: [T, Omit<DateMention, 'start' | 'end'>][] = [];
  for (const b of stretch) {
    if (b === reported || !FROM_BEFORE.test(text.slice(Math.max(0, b.start - 25), b.start))) continue;
    const date = dates.find((d) => d.start >= b.end && d.start - b.end <= 40 && d.value && (!own || d.value.slice(0, 4) < own.slice(0, 4)) && !/[,;$€¥]|\bto\b/.test(text.slice(b.end, d.start)) && !stretch.some((o) => o.start > b.end && o.start < d.start));
    if (date) {
      const { start: _s, end: _e, ...rest } = date;
      out.push([b, rest]);
    }
  }
  return out;
}

/** The match of the first of `patterns` that matches `s` (each tried in turn, the rest not), or undefined. */
function firstMatch(s: string, patterns: RegExp[]): RegExpMatchArray | undefined {
  for (const re of patterns) {
    const m = s.match(re);
    if (m) return m;
  }
  return undefined;
}

/** The multiple a phrase states ("3.4 times", "11-time", "12-fold", "two times", "doubled"), or null. */
export function multipleIn(phrase: string, numberWords: Record<string, number>, verbs: Record<string, number> = {}): number | null {
  const m = /(\d+(?:\.\d+)?|[a-z]+)[- ]?(?:times?|fold)\b/i.exec(phrase);
  if (!m) return phrase.toLowerCase().split(/[^a-z]+/).map((w) => verbs[w]).find((n) => n !== undefined) ?? null;
  const n = /^\d/.test(m[1]) ? Number(m[1]) : numberWords[m[1].toLowerCase()];
  return typeof n === 'number' && n > 1 ? n : null;
}
