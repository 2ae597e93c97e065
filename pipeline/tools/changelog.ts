/**
 * Writes the release's section of CHANGELOG.md: the events added, changed and removed by id, comparing the
 * events.csv committed before (git show <ref>:output/csv/events.csv, saved to a file by `make changelog`) with the
 * one a fresh build made. Run by `make changelog`, never by `make all`: the pipeline never reads its own outputs.
 * Usage: changelog.ts <previous events.csv> <new events.csv> <new datapackage.json> <CHANGELOG.md>
 */
import { existsSync, readFileSync } from 'node:fs';
import { parse } from 'csv-parse/sync';
import { readJsonFile, writeFileAtomic } from '../lib/io.ts';
import { PipelineError, runStage } from '../lib/errors.ts';
import { messages } from '../lib/messages.ts';

type CsvRow = Record<string, string>;

export interface EventChanges {
  added: CsvRow[];
  removed: CsvRow[];
  /** Events in both, with the columns whose value differs. */
  changed: { row: CsvRow; columns: string[] }[];
  before: number;
  after: number;
}

/** Rows of an events.csv text, keyed by event_id (an empty text is an empty table: the first release). */
export function eventsById(csv: string): Map<string, CsvRow> {
  if (csv.trim() === '') return new Map();
  const rows = parse(csv, { columns: true, bom: true, skip_empty_lines: true }) as CsvRow[];
  return new Map(rows.map((r) => [r.event_id, r]));
}

/** What changed from one events table to the next, each list in event_id order. */
export function eventChanges(before: Map<string, CsvRow>, after: Map<string, CsvRow>): EventChanges {
  const ids = [...new Set([...before.keys(), ...after.keys()])].sort();
  const changes: EventChanges = { added: [], removed: [], changed: [], before: before.size, after: after.size };
  for (const id of ids) {
    const [old, now] = [before.get(id), after.get(id)];
    if (!old) changes.added.push(now!);
    else if (!now) changes.removed.push(old);
    else {
      const columns = [...new Set([...Object.keys(old), ...Object.keys(now)])].filter((c) => old[c] !== now[c]);
      if (columns.length) changes.changed.push({ row: now, columns });
    }
  }
  return changes;
}

const line = (r: CsvRow) => `- \`${r.event_id}\` ${r.category}, ${r.date || 'undated'}: ${r.summary}`;

/** The release's section of the changelog, as Markdown. */
export function releaseSection(release: string, since: string, c: EventChanges): string {
  const parts = [
    `## ${release}`,
    '',
    `Compared with \`${since}\`: ${c.before} events before, ${c.after} now; ${c.added.length} added, ${c.changed.length} changed, ${c.removed.length} removed.`,
  ];
  if (c.added.length) parts.push('', `### Added (${c.added.length})`, '', ...c.added.map(line));
  if (c.changed.length) parts.push('', `### Changed (${c.changed.length})`, '', ...c.changed.map(({ row, columns }) => `${line(row)} (changed: ${columns.join(', ')})`));
  if (c.removed.length) parts.push('', `### Removed (${c.removed.length})`, '', ...c.removed.map(line));
  return parts.join('\n') + '\n';
}

const header = '# Changelog\n\nOne section per release of the dataset (newest first), written by `make changelog`: the events added, changed and removed, by `event_id`, compared with the `output/csv/events.csv` committed before. A release is named by the latest publication date of its sources and a hash of its rows.\n';

/** The changelog with the release's section put first, replacing an earlier section of the same release. */
export function withSection(changelog: string, release: string, section: string): string {
  const sections = changelog.split(/^(?=## )/m).slice(1).filter((s) => !s.startsWith(`## ${release}\n`));
  return [header, section, ...sections].join('\n').replace(/\n{3,}/g, '\n\n');
}

if (import.meta.url === `file://${process.argv[1]}`) {
  await runStage('changelog', () => {
    const [previous, current, datapackage, out, since = 'HEAD'] = process.argv.slice(2);
    if (!previous || !current || !datapackage || !out) throw new PipelineError(messages.changelogUsage());
    if (!existsSync(current)) throw new PipelineError(messages.fileMissing(current, 'events table of a fresh build: run make all'));
    const release = String(readJsonFile<{ version: string }>(datapackage, 'data package').version);
    const changes = eventChanges(eventsById(existsSync(previous) ? readFileSync(previous, 'utf8') : ''), eventsById(readFileSync(current, 'utf8')));
    const old = existsSync(out) ? readFileSync(out, 'utf8') : '';
    const none = changes.added.length + changes.changed.length + changes.removed.length === 0;
    if (none && old.includes(`## ${release}\n`)) {
      // already released and committed: keep the section that says what this release changed
      process.stdout.write(`changelog ${release}: no change since ${since}; CHANGELOG.md kept\n`);
      return;
    }
    writeFileAtomic(out, withSection(old, release, releaseSection(release, `${since}:${current}`, changes)));
    process.stdout.write(`changelog ${release}: ${changes.added.length} added, ${changes.changed.length} changed, ${changes.removed.length} removed\n`);
  });
}
