/**
 * Last step, release: replaces the whole published set in OUT with the one the stages built in the staging folder,
 * all at once. The new set is copied next to OUT (same file system), then two renames swap it in:
 *   OUT → .OUT.old, .OUT.new-<pid> → OUT, then .OUT.old is removed.
 * A failure or kill before the renames leaves OUT untouched (a leftover .OUT.new-* is removed by the next run);
 * a kill between the two renames leaves the previous set in .OUT.old, and the next run publishes the new set.
 * Usage: release.ts <staging-dir> <out-dir> <entry>...   (entries: top-level files or folders of the set)
 */
import { cpSync, existsSync, mkdirSync, readdirSync, renameSync, rmSync, statSync } from 'node:fs';
import { basename, dirname, join, resolve } from 'node:path';
import { PipelineError, runStage } from '../lib/errors.ts';
import { messages } from '../lib/messages.ts';
import { isTempName } from '../lib/io.ts';

/** The top-level entries of the set: "csv/events.csv" and "csv/sources.csv" are both "csv". */
export function topLevelEntries(paths: string[]): string[] {
  return [...new Set(paths.map((p) => p.split('/')[0]))].sort();
}

/** Throws when OUT cannot or must not be replaced: not a folder, read-only, or holding files we did not write. */
export function checkOut(out: string): void {
  if (!existsSync(out)) return;
  const s = statSync(out);
  if (!s.isDirectory()) throw new PipelineError(messages.outNotAFolder(out));
  if ((s.mode & 0o222) === 0) throw new PipelineError(messages.outReadOnly(out));
  const entries = readdirSync(out);
  if (entries.length && !entries.includes('datapackage.json')) throw new PipelineError(messages.outNotOurs(out));
}

/** Copies the set's entries from `staging` into a new folder beside `out`, then swaps it in. */
export function releaseSet(staging: string, out: string, entries: string[]): void {
  const target = resolve(out);
  const parent = dirname(target);
  const name = basename(target);
  const old = join(parent, `.${name}.old`);
  if (!existsSync(target) && existsSync(old)) renameSync(old, target); // a previous run was stopped between its two renames
  checkOut(target);
  const fresh = join(parent, `.${name}.new-${process.pid}`);
  try {
    mkdirSync(parent, { recursive: true });
    for (const f of readdirSync(parent)) if (f.startsWith(`.${name}.new-`)) rmSync(join(parent, f), { recursive: true, force: true });
    mkdirSync(fresh);
    // A writer killed mid-file leaves its temporary file in the staging folder: it is never part of the set.
    for (const e of entries) cpSync(join(staging, e), join(fresh, e), { recursive: true, filter: (src) => !isTempName(basename(src)) });
    rmSync(old, { recursive: true, force: true });
    if (existsSync(target)) renameSync(target, old);
    renameSync(fresh, target);
  } catch (error) {
    rmSync(fresh, { recursive: true, force: true });
    const e = error as NodeJS.ErrnoException;
    if (!e.code) throw error;
    if (!existsSync(target) && existsSync(old)) renameSync(old, target);
    throw new PipelineError(messages.publishFailed(out, `${e.code}: ${e.message}`));
  }
  rmSync(old, { recursive: true, force: true });
}

if (import.meta.url === `file://${process.argv[1]}`) {
  await runStage('release', () => {
    const [staging, out, ...paths] = process.argv.slice(2);
    releaseSet(staging, out, topLevelEntries(paths));
  });
}
