/**
 * Last step, release: replaces the whole published set in OUT with the one the stages built in the staging folder,
 * all at once. The new set is made next to OUT (same file system), then two renames swap it in:
 *   OUT → .OUT.old, .OUT.new-<pid> → OUT, then .OUT.old is removed.
 * A failure or kill before the renames leaves OUT untouched (a leftover .OUT.new-* is removed by the next run);
 * a kill between the two renames leaves the previous set in .OUT.old, and the next run publishes the new set.
 * A file of the new set that is byte-identical to the same file of the set in OUT is a hard link to that file
 * instead of a copy (after the swap the old set is removed, so the link is the file's only name): when one article
 * of thousands changed, most of the site's pages are, and linking them costs a fraction of copying them (2,040
 * articles: ≈ 0.2 s against 3–5 s of copying and removing on this machine's disk). Every other file is copied from
 * the staging folder, so the published set never shares a file with the staging folder (editing a published file in
 * place can never change what the next run publishes).
 * Usage: release.ts <staging-dir> <out-dir> <entry>...   (entries: top-level files or folders of the set)
 */
import { copyFileSync, cpSync, existsSync, linkSync, lstatSync, mkdirSync, readdirSync, readFileSync, renameSync, rmSync, statSync } from 'node:fs';
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

/** Whether two regular files have the same bytes (sizes first). */
function sameBytes(a: string, b: string): boolean {
  const sa = lstatSync(a, { throwIfNoEntry: false });
  const sb = lstatSync(b, { throwIfNoEntry: false });
  if (!sa?.isFile() || !sb?.isFile() || sa.size !== sb.size) return false;
  return readFileSync(a).equals(readFileSync(b));
}

/** Links `dest` to `existing`; false where the file system has no hard links (or no more for that file). */
function linked(existing: string, dest: string): boolean {
  try {
    linkSync(existing, dest);
    return true;
  } catch (error) {
    if (['EPERM', 'ENOTSUP', 'EOPNOTSUPP', 'EMLINK', 'ENOSYS'].includes((error as NodeJS.ErrnoException).code ?? '')) return false;
    throw error;
  }
}

/**
 * Puts `src` (a file or folder of the staging folder) at `dest`: a file that `previous` (the same path in the set now
 * in OUT) holds byte for byte is linked to it, any other file copied; temporary files of killed writers are left out.
 */
function placeEntry(src: string, dest: string, previous: string): void {
  const s = lstatSync(src);
  if (s.isDirectory()) {
    mkdirSync(dest);
    for (const name of readdirSync(src)) if (!isTempName(name)) placeEntry(join(src, name), join(dest, name), join(previous, name));
  } else if (s.isFile()) {
    if (!sameBytes(src, previous) || !linked(previous, dest)) copyFileSync(src, dest);
  } else cpSync(src, dest, { recursive: true }); // anything else (a symbolic link) as it is
}

/** Makes the set's entries from `staging` in a new folder beside `out`, then swaps it in. */
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
    for (const e of entries) placeEntry(join(staging, e), join(fresh, e), join(target, e));
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
