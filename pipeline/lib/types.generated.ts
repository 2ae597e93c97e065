/* Generated from schemas/*.schema.json by pipeline/tools/generate-types.ts: do not edit. */

/**
 * One row per fact a source states about the relationship. Merged duplicates keep their other mentions in mentions.csv.
 */
export interface EventsRow {
/**
 * Stable identifier: a hash of the source, category, subtype, date and key fields, so it survives re-runs.
 */
event_id: string
/**
 * The source article that states the fact (sources.source_id): for a fact several articles state, the first of them, except that a fact one article dates only by its year or month, joined to the one fact of that period another article dates more precisely, is quoted from the latter (its passage states the date); first_reported gives the earliest report, mentions.csv every passage.
 */
source_id: string
/**
 * What kind of fact this is.
 */
category: ("diplomatic_relations" | "visit" | "agreement" | "trade" | "finance" | "aid" | "investment" | "political_support" | "un_vote" | "cultural" | "technology" | "media")
/**
 * A finer kind within the category, e.g. official_visit, currency_swap, trade_partner_rank (see the trigger lexicon in sources/reference/triggers.json); unclassified: a fact the sentence model proposed where no trigger fired (pipeline/extract/sentence-model.ts).
 */
subtype: string
/**
 * When it happened, ISO 8601 at the precision the text gives: 2007, 2007-11 or 2007-11-05. Empty when the text gives no date. Kept as text, not a spreadsheet date, because 2007 and 2007-11 are not days.
 */
date: (string | null)
/**
 * The last day, month or year of a range the text states, at the precision of date: 'from 16 to 19 November 2016' is date 2016-11-16, end_date 2016-11-19; 'April–May 2015' is 2015-04 to 2015-05; '2016–2018' is 2016 to 2018. Empty when the text gives a single date. date is always the start.
 */
end_date: (string | null)
/**
 * How precise the date is.
 */
date_precision: ("year" | "month" | "day" | null)
/**
 * explicit: the date is written in the sentence; relative_to_publication: an expression such as 'this year' or 'last year' resolved against the source's publication date; inferred_from_context: taken from an earlier sentence or from the event it refers to; undated: the text gives no date.
 */
date_basis: ("explicit" | "relative_to_publication" | "inferred_from_context" | "undated")
/**
 * The date expression as written in the source, e.g. 'in February this year'.
 */
date_text: (string | null)
/**
 * annual: the text says the fact recurs every year ('an annual China Technology Day since 1998'), recorded once with date its first year when the text gives one; recurring: it recurs at a frequency the text does not state ('held for the tenth time'), date the occasion the text dates. Empty for a one-off fact.
 */
recurrence: ("annual" | "recurring" | null)
/**
 * The country that acts (visits, signs, provides, votes, reports), ISO 3166-1 alpha-3.
 */
actor_1: string
/**
 * The country acted upon or partnered with, ISO 3166-1 alpha-3.
 */
actor_2: (string | null)
/**
 * one_way: actor_1 acts on actor_2 (visits, finance, aid, investment, political support, UN votes); mutual: a two-way act (agreements, diplomatic steps, trade, exchanges), its actors in alphabetical order of their codes.
 */
direction: ("one_way" | "mutual")
/**
 * CAMEO event code (Conflict and Mediation Event Observations, v1.1b3), as text so leading zeros stay, e.g. '042' make a visit.
 */
cameo_code: string
/**
 * A one-line summary generated from the record's fields (not copied from the source).
 */
summary: string
/**
 * The source text that states the fact: exactly the characters of the source's .txt file from char_start to char_end.
 */
quote: string
/**
 * Offset of the quote's first character in the source .txt file, counted in Unicode code points from 0.
 */
char_start: number
/**
 * Offset just past the quote's last character (exclusive), in Unicode code points.
 */
char_end: number
/**
 * How many passages state this fact (their quotes are in mentions.csv).
 */
mention_count: number
/**
 * How many source articles state this fact (their passages are in mentions.csv).
 */
source_count: number
/**
 * The earliest publication date among the sources that state this fact (ISO 8601 at the precision known).
 */
first_reported: string
}

/**
 * Official and high-level visits: one row per visit (a visit 'in 1998 and 2000' is two rows).
 */
export interface VisitsRow {
/**
 * The visit's row in events.csv.
 */
event_id: string
/**
 * When the visit took place (ISO 8601 at the precision given; see events.date_precision).
 */
date: (string | null)
/**
 * Who visited: the person's name (the reference name from sources/reference/people.json, else as the text gives it), or the text's words for a delegation ('delegation from Guangdong').
 */
visitor: (string | null)
/**
 * The visitor's entities.entity_id: a person (or organisation) of the reference tables or found in the text (entities.origin); empty for a delegation known only by where it is from.
 */
visitor_id: (string | null)
/**
 * The visitor's role as the source gives it at the time of the visit, e.g. 'Premier', 'Vice-Chairman of the Chinese Communist Party'.
 */
visitor_role: (string | null)
/**
 * The visitor's country, ISO 3166-1 alpha-3.
 */
from_country: string
/**
 * The host country, ISO 3166-1 alpha-3.
 */
to_country: string
/**
 * The city visited, when the source names it.
 */
city: (string | null)
/**
 * Length of the visit in days, when stated ('a two-day visit' is 2).
 */
duration_days: (number | null)
/**
 * Number of people in the delegation, when stated.
 */
delegation_size: (number | null)
/**
 * Who the delegation was made of, as the source puts it.
 */
delegation: (string | null)
}

/**
 * Agreements signed: one row per signing occasion, with the number of agreements and their stated value.
 */
export interface AgreementsRow {
/**
 * The agreement's row in events.csv.
 */
event_id: string
/**
 * When the agreements were signed (ISO 8601 at the precision given).
 */
date: (string | null)
/**
 * How many agreements were signed, when stated.
 */
count: (number | null)
/**
 * How count is meant when the text does not give it exactly: at_least ('at least 16 documents'), more_than ('more than 20 agreements', 'over 30'), at_most ('up to 10'), about ('some 30', 'nearly 40'). Empty when the count is exact. Do not add counts that have one as if exact.
 */
count_qualifier: ("at_least" | "more_than" | "at_most" | "about" | null)
/**
 * What the agreements cover, as the source puts it.
 */
description: (string | null)
/**
 * Stated total value in the original currency, as a plain number (3.4 billion is 3400000000).
 */
value: (number | null)
/**
 * Currency of value, ISO 4217.
 */
currency: (string | null)
/**
 * value converted to US dollars at usd_rate, rounded to whole dollars; empty when there is no value, no date, or no rate for its currency in its year in sources/reference/exchange-rates.json (the value is then published in its own currency only).
 */
value_usd: (number | null)
/**
 * The rate used for value_usd: currency units per US dollar, the year's annual average, and where it comes from (sources/reference/exchange-rates.json).
 */
usd_rate: (string | null)
/**
 * Who signed, by reference name, separated by '; '.
 */
signatories: (string | null)
}

/**
 * Money offered or provided: currency swaps, loans, credit lines, aid, grants, investments and the projects they fund.
 */
export interface FinanceRow {
/**
 * The fact's row in events.csv.
 */
event_id: string
/**
 * When it was offered or agreed (ISO 8601 at the precision given).
 */
date: (string | null)
/**
 * What kind of money or project; package: a total made of several parts (a loan, a grant…) whose own amounts the text may or may not state.
 */
type: ("currency_swap" | "loan" | "preferential_loan" | "credit_line" | "funding" | "aid" | "grant" | "investment" | "project" | "package")
/**
 * Stated amount in the original currency, as a plain number (65 billion is 65000000000); empty when the source gives none.
 */
amount: (number | null)
/**
 * Currency of amount, ISO 4217 (RMB is CNY).
 */
currency: (string | null)
/**
 * amount converted to US dollars at usd_rate, rounded to whole dollars; empty when there is no amount, no date, or no rate for its currency in its year in sources/reference/exchange-rates.json (the amount is then published in its own currency only).
 */
amount_usd: (number | null)
/**
 * The rate used for amount_usd: currency units per US dollar, the year's annual average, and where it comes from.
 */
usd_rate: (string | null)
/**
 * The country that offers or provides, ISO 3166-1 alpha-3.
 */
provider: string
/**
 * The organisation that lends or provides, when the text names it (a bank, fund, ministry or company): the reference name from sources/reference/organisations.json, else the name as written (found by its head noun: Bank, Fund, Corporation…). Empty when the text names only a country. provider stays the country.
 */
lender: (string | null)
/**
 * The lender's entity id in entities.csv: the reference id (org:china-exim-bank), or org: and the slug of the name as written for an organisation the reference tables lack (the same name gives the same id in every article).
 */
lender_id: (string | null)
/**
 * Countries that receive or take part, ISO 3166-1 alpha-3, separated by '; '.
 */
recipients: (string | null)
/**
 * The project the money is for, as the source names it ("reconstruction of the road M-5/E271 Minsk-Gomel"); empty when the text names none ("many investment projects" is not a name).
 */
project: (string | null)
/**
 * The sector of the project, or of the purpose the sentence states, from the lexicon in sources/reference/finance.json: energy, transport, industry, housing (also hotels and services), agriculture, telecoms, monetary (currency swaps, budget and reserve support), health (also humanitarian and disaster aid), education. Empty when unstated.
 */
sector: ("energy" | "transport" | "industry" | "housing" | "agriculture" | "telecoms" | "monetary" | "health" | "education" | null)
/**
 * The status as the sentence states it, from the cue nearest the trigger (sources/reference/finance.json): offered (offered, promised, pledged, announced), agreed, signed (signed, concluded), approved (approved, ratified, decided to), disbursed (disbursed, received, allocated, provided, handed over, donated), delayed (delayed, postponed, suspended), cancelled (cancelled, scrapped, withdrawn). delayed and cancelled win over other cues. A cue after a negation, a forecast or 'to' states nothing. Empty when the text states none.
 */
status: ("offered" | "agreed" | "signed" | "approved" | "disbursed" | "delayed" | "cancelled" | null)
/**
 * The event_id of the package total (in this table) this row is a part of: same provider and recipients, same year, named in the same or the next two sentences, or amounts adding up to the total.
 */
part_of: (string | null)
/**
 * true when amount_usd may be added to other sum-safe rows without counting money twice. false (reason in sum_safe_reason) for a row with no USD amount, a total shared by several recipient countries, a package total whose parts with amounts are rows of their own, a repeated statement of money already in another row, a running total of earlier money ('in the past', 'so far', 'to date'), and a row with no date. Charts and findings add up only sum-safe rows.
 */
sum_safe: boolean
/**
 * Why sum_safe is false: no_usd_amount (no amount, no date to convert it at, or no rate for its currency in its year); multi_country_total (shared with other recipients); package_total (its parts with amounts are rows, see part_of); repeated_statement (the same amount, provider and recipients as another row of the same source or year, which is kept); cumulative_total (a running total of earlier money, a total of many projects, or a ceiling such as 'up to $30bn'); undated (the text gives no date for it, so it cannot be placed in a year, and such a figure is most often a total of money stated elsewhere). Empty when sum_safe is true.
 */
sum_safe_reason: ("no_usd_amount" | "multi_country_total" | "package_total" | "repeated_statement" | "cumulative_total" | "undated" | null)
}

/**
 * Figures about trade and the economic relationship: ranks, volumes and growth rates.
 */
export interface IndicatorsRow {
/**
 * The fact's row in events.csv.
 */
event_id: string
/**
 * What is measured.
 */
indicator: ("trade_partner_rank" | "trade_volume" | "trade_growth" | "exports" | "imports" | "export_growth" | "import_growth")
/**
 * The figure as a plain number (a rank, a percentage, a multiple, or an amount in unit).
 */
value: number
/**
 * rank (1 is first), percent, times (a multiple: 3.4 is "up 3.4 times"), or an ISO 4217 currency code.
 */
unit: string
/**
 * The period the figure refers to: an ISO 8601 date at the precision given (2024: the year), or an interval start/end for a figure of several months or years (2025-01/2025-04: January to April 2025, the events row's date and end_date).
 */
period: (string | null)
/**
 * The country whose figure it is (for a rank: whose partners are ranked), ISO 3166-1 alpha-3.
 */
subject_country: string
/**
 * The partner country the figure is about, ISO 3166-1 alpha-3.
 */
partner_country: (string | null)
}

/**
 * Countries, people, organisations and places the articles name: from the reference data in sources/reference/, and people and organisations found in the text that the tables lack (origin).
 */
export interface EntitiesRow {
/**
 * Identifier: the ISO 3166-1 alpha-3 code for a country, otherwise type:slug, e.g. person:xi-jinping.
 */
entity_id: string
/**
 * Reference name.
 */
name: string
/**
 * What kind of entity.
 */
type: ("country" | "person" | "organisation" | "place")
/**
 * The country it belongs to, ISO 3166-1 alpha-3.
 */
country: (string | null)
/**
 * Other names and spellings recognised in the text, separated by '; '.
 */
aliases: (string | null)
/**
 * Where the entity comes from: 'reference' for the tables in sources/reference/ (checked names, countries and roles); 'text' for a person known by the title before the name or an organisation by the noun of its kind ('Belarusian defense contractor BelOMO Holding') that the tables lack, its id made from its name and its country from the words around it, unchecked.
 */
origin: ("reference" | "text")
}

/**
 * The source articles the facts come from.
 */
export interface SourcesRow {
/**
 * The article's file name without extension.
 */
source_id: string
/**
 * The article's .txt file, relative to the repository root when it lies inside it, else its file name alone (an absolute path would publish the layout of someone's disk).
 */
path: string
/**
 * Title, from the metadata file.
 */
title: string
/**
 * Author, from the metadata file.
 */
author: (string | null)
/**
 * Publisher, from the metadata file.
 */
publisher: (string | null)
/**
 * Publication date (ISO 8601 at the precision known); relative dates in the text resolve against it.
 */
published: string
/**
 * Where the article can be found.
 */
url: (string | null)
/**
 * When the text was retrieved from url (ISO 8601), from the metadata file; empty when not recorded.
 */
retrieved: (string | null)
/**
 * Language of the text (BCP 47).
 */
language: (string | null)
/**
 * The terms the text is kept under (its licence, or the publisher's copyright and why it is kept), from the metadata file.
 */
terms: (string | null)
/**
 * SHA-256 of the .txt file's bytes, to check a copy is the one used.
 */
sha256: string
/**
 * Length of the .txt file in Unicode code points.
 */
characters: number
}

/**
 * Every passage that states a fact, including the one quoted in events.csv; a fact stated twice has two rows.
 */
export interface MentionsRow {
/**
 * event_id and the mention's number, e.g. ev-0123456789ab-2.
 */
mention_id: string
/**
 * The fact mentioned (events.event_id).
 */
event_id: string
/**
 * The source the passage is in.
 */
source_id: string
/**
 * true for the mention quoted in events.csv.
 */
is_primary: boolean
/**
 * The passage, exactly as in the source .txt file from char_start to char_end.
 */
quote: string
/**
 * Offset of the passage's first character, in Unicode code points from 0.
 */
char_start: number
/**
 * Offset just past the passage's last character (exclusive), in Unicode code points.
 */
char_end: number
}

/**
 * Where sources disagree about the same event (a visit dated a day apart, a different amount for the same project): one row per source's value, with the passage that states it. The event keeps the value of its first source.
 */
export interface ConflictsRow {
/**
 * event_id, the field and the value's number, e.g. ev-0123456789ab-date-2.
 */
conflict_id: string
/**
 * The event the sources disagree about (events.event_id).
 */
event_id: string
/**
 * What they disagree on: the date, a finance amount or an agreement value.
 */
field: ("date" | "amount" | "value")
/**
 * This source's value, as published elsewhere in the tables (an ISO date or a plain number).
 */
value: string
/**
 * true for the value the event and its detail row carry (the first source's).
 */
is_published_value: boolean
/**
 * The source that states this value.
 */
source_id: string
/**
 * The passage stating this value, exactly as in the source .txt file from char_start to char_end.
 */
quote: string
/**
 * Offset of the passage's first character, in Unicode code points from 0.
 */
char_start: number
/**
 * Offset just past the passage's last character (exclusive), in Unicode code points.
 */
char_end: number
}

/**
 * The <id>.json sidecar that sits beside each article's <id>.txt in the sources folder.
 */
export interface ArticleMetadata {
/**
 * The article's title: visible text, at most 32,767 characters (a spreadsheet cell).
 */
title: string
/**
 * Publication date, ISO 8601: 2011, 2011-03 or 2011-03-26; a real calendar date between 1900 and 2100 (pipeline/ingest/dates.ts checks the day exists).
 */
published: string
author?: string
publisher?: string
/**
 * The article's web address: http or https only (it becomes a link in the workbook).
 */
url?: string
/**
 * When the text was retrieved from url, ISO 8601: 2026-11-30.
 */
retrieved?: string
/**
 * The terms the text is kept under: its licence, or the publisher's copyright and why it is kept.
 */
terms?: string
language?: string
/**
 * What kind of text it is. In a report (news, official-release, interview, business) a stated position with no date of its own is dated by the report's day; in analysis it is a standing position.
 */
genre?: ("news" | "official-release" | "interview" | "business" | "analysis" | "feature" | "chronology" | "culture-education")
[k: string]: unknown
}
