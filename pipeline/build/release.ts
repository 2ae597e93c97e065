/**
 * Last step, release: replaces the whole published set in OUT with the one the stages built in the staging folder,
 * all at once. The new set is made next to OUT (same file system), then two renames swap it in:
 *   OUT → .OUT.old, .OUT.new-<pid> → OUT, then .OUT.old is removed.
 * A failure or kill before the renames leaves OUT untouched (a leftover .OUT.new-* is removed by the next run);
 * a kill between the two renames leaves the previous set in .OUT.old, and the next run publishes the new set.
 * The new set's files are hard links to the staging folder's (no data copied: with 2,040 articles the site alone is
 * ≈ 2,800 files, and copying them, then freeing the old ones, took 3–8 s on this machine's disk). That is safe
 * because no stage ever writes a staged file in place: every writer writes a new file and renames it over the old
 * one (lib/io.ts, the site's fresh folder), so a published file never changes after it was published. What could
 * change one is an edit in place of the published file itself, which would change the staged file with it: the
 * release keeps a record of the files it linked (inode, size, modification time, in --record=<file>), and a staged
 * file still shared with OUT that no longer matches its record was edited so: its staged entry (csv/, site/,
 * brief.pdf, ...) is removed, so that the next run builds it again, and the release stops with a message, OUT as it was.
 * Without --record, or where OUT is on another file system, a file byte-identical to the same file of the set now in
 * OUT is linked to that file, and any other file is copied.
 * Usage: release.ts [--record=<file>] <staging-dir> <out-dir> <entry>...   (entries: top-level files or folders of the set)
 */
import { copyFileSync, cpSync, existsSync, lstatSync, mkdirSync, readdirSync, readFileSync, renameSync, rmSync, statSync } from 'node:fs';
import { basename, dirname, join, resolve } from 'node:path';
import { PipelineError, runStage } from '../lib/errors.ts';
import { messages } from '../lib/messages.ts';
import { hardLinked, isTempName, writeJsonAtomic } from '../lib/io.ts';

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

/** A file the release linked from the staging folder, by its path in the set: inode, size, modification time (ms). */
type LinkRecord = { [path: string]: [number, number, number] };

interface Placing {
  /** The record of the last release (empty without --record: nothing is then linked from the staging folder). */
  last: LinkRecord | null;
  /** The record of this one. */
  next: LinkRecord;
  /** Published files edited in place since the last release (paths in the set). */
  edited: string[];
}

/** The record of the files the last release linked, or an empty one. */
function readRecord(file: string): LinkRecord {
  try {
    return JSON.parse(readFileSync(file, 'utf8')) as LinkRecord;
  } catch {
    return {};
  }
}

/** Puts one staged file at `dest`: the staged file itself (linked) where it can, else as placeEntry says. */
function placeFile(src: string, dest: string, previous: string, rel: string, placing: Placing): void {
  if (placing.last) {
    const s = lstatSync(src);
    const p = lstatSync(previous, { throwIfNoEntry: false });
    if (p && p.ino === s.ino && p.dev === s.dev) {
      const r = placing.last[rel];
      if (!r || r[0] !== s.ino || r[1] !== s.size || r[2] !== s.mtimeMs) {
        placing.edited.push(rel);
        return;
      }
    }
    if (hardLinked(src, dest)) {
      placing.next[rel] = [s.ino, s.size, s.mtimeMs];
      return;
    }
  }
  if (!sameBytes(src, previous) || !hardLinked(previous, dest)) copyFileSync(src, dest);
}

/**
 * Puts `src` (a file or folder of the staging folder) at `dest` (`previous`: the same path in the set now in OUT,
 * `rel`: the path in the set); temporary files of killed writers are left out.
 */
function placeEntry(src: string, dest: string, previous: string, rel: string, placing: Placing): void {
  const s = lstatSync(src);
  if (s.isDirectory()) {
    mkdirSync(dest);
    for (const name of readdirSync(src)) if (!isTempName(name)) placeEntry(join(src, name), join(dest, name), join(previous, name), `${rel}/${name}`, placing);
  } else if (s.isFile()) placeFile(src, dest, previous, rel, placing);
  else cpSync(src, dest, { recursive: true }); // anything else (a symbolic link) as it is
}

/** Makes the set's entries from `staging` in a new folder beside `out`, then swaps it in; `record`: see the top. */
export function releaseSet(staging: string, out: string, entries: string[], record?: string): void {
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
    const placing: Placing = { last: record ? readRecord(record) : null, next: {}, edited: [] };
    for (const e of entries) placeEntry(join(staging, e), join(fresh, e), join(target, e), e, placing);
    if (placing.edited.length) {
      // their staged copies changed with them: the stages that make them run again next time
      for (const e of topLevelEntries(placing.edited)) rmSync(join(staging, e), { recursive: true, force: true });
      throw new PipelineError(messages.publishedFileEdited(out, placing.edited));
    }
    // before the swap: a kill after it must not leave linked files without their record
    if (record) writeJsonAtomic(record, placing.next);
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
    const args = process.argv.slice(2);
    const record = args.find((a) => a.startsWith('--record='))?.slice('--record='.length);
    const [staging, out, ...paths] = args.filter((a) => !a.startsWith('--record='));
    releaseSet(staging, out, topLevelEntries(paths), record);
  });
}
