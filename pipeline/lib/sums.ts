/** Words for the finance rows that charts and the brief leave out of their sums (schemas/finance.schema.json sum_safe_reason). */
import type { Row } from './records.ts';

/** Why rows with an amount were left out of the sums, in words: "1 total shared with other countries, 3 running totals". */
export function leftOutReasons(finance: Row[]): string {
  const words: Record<string, [string, string]> = {
    multi_country_total: ['total shared with other countries', 'totals shared with other countries'],
    package_total: ['package total whose parts are listed', 'package totals whose parts are listed'],
    repeated_statement: ['repeated statement of the same money', 'repeated statements of the same money'],
    cumulative_total: ['running total, total of many projects or ceiling', 'running totals, totals of many projects or ceilings'],
    undated: ['undated amount', 'undated amounts'],
  };
  const counts = new Map<string, number>();
  for (const f of finance) if (f.sum_safe !== true && f.amount !== null && f.sum_safe_reason && words[String(f.sum_safe_reason)]) counts.set(String(f.sum_safe_reason), (counts.get(String(f.sum_safe_reason)) ?? 0) + 1);
  return Object.keys(words).filter((k) => counts.has(k)).map((k) => `${counts.get(k)} ${words[k][counts.get(k) === 1 ? 0 : 1]}`).join(', ');
}
