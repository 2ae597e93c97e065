/**
 * Extraction quality: the records are scored against hand annotations (test/fixtures/annotations/)
 * of the seed article and of test articles the extraction rules were not written from
 * (test/fixtures/articles/). Prints a P/R/F1 table, lists misses and false positives, and asserts
 * thresholds, exact quotes, and that forecasts, third-country facts and page furniture yield nothing.
 * A development set (test/fixtures/heldout/) was written blind after the rules were first tuned and
 * scored once as held out (P 0.67, R 0.24); its misses then guided general fixes, so it is now a
 * regression guard like the others. Only a set the rules were never tuned on gives honest figures.
 */
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { spawnSync } from 'node:child_process';
import { copyFileSync, existsSync, mkdtempSync, readdirSync, readFileSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { loadRecords, recordsPath } from './helpers.ts';
import { overallScore, passageProblems, quoteProblems, readAnnotations, scoreArticle, scoreTable, type Annotation, type ArticleScore, type ScoredTables } from './lib/score.ts';
import type { Row } from '../pipeline/lib/records.ts';

const ANNOTATIONS = 'test/fixtures/annotations';
const TEST_ARTICLES = 'test/fixtures/articles';
const SEED_ARTICLES = 'sources/articles';
const HELDOUT_ARTICLES = 'test/fixtures/heldout/articles';
const HELDOUT_ANNOTATIONS = 'test/fixtures/heldout/annotations';
/**
 * Set B: written blind by someone who never saw the rules; <id>.txt + <id>.json under articles/, <id>.json under
 * annotations/. Scored once held out (P 0.77, R 0.26), then its misses guided general fixes (P 0.93, R 0.74).
 */
const HELDOUT_B = 'test/fixtures/heldout-b';
/** The fixtures' dataset metadata: sources/dataset.json without its pair, for articles about China and other countries. */
const FIXTURE_DATASET = 'test/fixtures/dataset.json';
const HELDOUT_B_ARTICLES = join(HELDOUT_B, 'articles');
const HELDOUT_B_ANNOTATIONS = join(HELDOUT_B, 'annotations');
/** Set B: floors just under the figures after the fixes, as a regression guard. */
const HELDOUT_B_MIN = { precision: 0.85, recall: 0.65 };

/**
 * The real corpus (texts in sources/articles, annotations in test/fixtures/corpus/batch-N/): public texts about China–Belarus relations, annotated blind by
 * people who never saw the rules, released batch by batch after each was scored once on first contact (its
 * FIRST-CONTACT.txt). Each batch is then a regression guard: floors a little under the figures after the fixes.
 */
const CORPUS = 'test/fixtures/corpus';
const CORPUS_MIN: Record<string, { precision: number; recall: number }> = {
  // Batch 1 lost one point of precision to the sentence model's proposals (two references back to agreements), while
  // the corpus as a whole gained: the floor follows.
  'batch-1': { precision: 0.75, recall: 0.5 },
  'batch-2': { precision: 0.8, recall: 0.45 },
  'batch-3': { precision: 0.55, recall: 0.5 },
  'batch-4': { precision: 0.4, recall: 0.18 },
  'batch-5': { precision: 0.5, recall: 0.38 },
  // Batch 6 was scored on first contact with the final rules of this round and has not been tuned on: its floor is
  // just under that first-contact figure (P 0.60, R 0.23).
  'batch-6': { precision: 0.55, recall: 0.2 },
  'batch-7': { precision: 0.6, recall: 0.35 },
  'batch-8': { precision: 0.5, recall: 0.4 },
  'batch-9': { precision: 0.55, recall: 0.4 },
  'batch-10': { precision: 0.4, recall: 0.25 },
  'batch-11': { precision: 0.5, recall: 0.28 },
  'batch-12': { precision: 0.4, recall: 0.25 },
  'batch-13': { precision: 0.5, recall: 0.28 },
  'batch-14': { precision: 0.45, recall: 0.4 },
  // Scored on first contact with the learned models of this round (FIRST-CONTACT.txt: P 0.50 / 0.44, R 0.32 / 0.18).
  'batch-15': { precision: 0.5, recall: 0.3 },
  'batch-16': { precision: 0.45, recall: 0.2 },
  // Scored on first contact with the round's final rules and models (FIRST-CONTACT.txt: P 0.42 / 0.31, R 0.33 / 0.18).
  'batch-17': { precision: 0.6, recall: 0.4 },
  'batch-18': { precision: 0.4, recall: 0.15 },
  // Scored on first contact with this round's rules and models (08fd32d; FIRST-CONTACT.txt: P 0.65 / 0.67, R 0.43 / 0.18),
  // then used for a few general fixes and to train the models: the floor sits under today's figure.
  'batch-19': { precision: 0.7, recall: 0.45 },
  'batch-20': { precision: 0.55, recall: 0.2 },
  // Scored on first contact with the round's final rules (a313c83; FIRST-CONTACT.txt: P 0.63 / 0.57, R 0.25 / 0.31), then
  // added to the models' training (no rule was changed for them).
  'batch-21': { precision: 0.65, recall: 0.3 },
  'batch-22': { precision: 0.5, recall: 0.3 },
  // Scored on first contact with the round's final commit (6bb108a; FIRST-CONTACT.txt: P 0.42, R 0.24), then added to
  // the models' training.
  'batch-23': { precision: 0.65, recall: 0.3 },
  // Sealed, scored at the session start (dba9541: P 0.39 / 0.40, R 0.24 / 0.19) and once on first contact with this
  // round's first fixes (e325054; FIRST-CONTACT.txt: the same figures), then used for general fixes and the models' training.
  'batch-24': { precision: 0.55, recall: 0.4 },
  'batch-25': { precision: 0.45, recall: 0.28 },
  // Sealed, scored once on first contact with this round's final rules and models (a01add39; FIRST-CONTACT.txt: P 0.60 /
  // 0.33, R 0.29 / 0.11; the session-start rules dba9541: P 0.64 / 0.31, R 0.29 / 0.15); in the dataset, not in the models' training.
  'batch-26': { precision: 0.55, recall: 0.25 },
  'batch-27': { precision: 0.3, recall: 0.1 },
  // Sealed, scored at the session start (d146e45e: P 0.56 / 0.63 / 0.64, R 0.16 / 0.33 / 0.37; batch 30 on 8 of its 9
  // texts, the ninth hung that build) and once on first contact with this round's rules before any change they suggested
  // (cedbb181; FIRST-CONTACT.txt: P 0.60 / 0.63 / 0.67, R 0.19 / 0.33 / 0.38), then used for general fixes; not in the
  // models' training.
  'batch-28': { precision: 0.55, recall: 0.15 },
  'batch-29': { precision: 0.7, recall: 0.35 },
  'batch-30': { precision: 0.75, recall: 0.5 },
  // Sealed, scored once on first contact with this round's final rules (c4c36d63; FIRST-CONTACT.txt: P 0.71 / 0.55, R 0.25 /
  // 0.30; the session-start rules d146e45e: P 0.57 / 0.50, R 0.20 / 0.25); in the dataset, not in the models' training.
  'batch-31': { precision: 0.65, recall: 0.2 },
  'batch-32': { precision: 0.5, recall: 0.25 },
  // Sealed, scored at the session start (4f94efa5: P 0.27 / 0.56, R 0.17 / 0.34) and once on first contact with this
  // round's final rules and retrained models (a7455f5a; FIRST-CONTACT.txt: P 0.34 / 0.61, R 0.22 / 0.38); then one general
  // fix they showed (a half year, "H1 2019", "the first half of 2019", is a date): batch 33 P 0.66, R 0.41. In the
  // dataset, not in the models' training.
  'batch-33': { precision: 0.6, recall: 0.35 },
  'batch-34': { precision: 0.55, recall: 0.35 },
  // Collected and annotated blind late this round, sealed, scored at the round's start (4f94efa5: P 0.71 / 0.50, R 0.32 /
  // 0.28) and once on first contact with the round's final rules (b54ab99f; FIRST-CONTACT.txt: P 0.72 / 0.55, R 0.34 /
  // 0.32); nothing changed for them. In the dataset, not in the models' training.
  'batch-35': { precision: 0.65, recall: 0.3 },
  'batch-36': { precision: 0.5, recall: 0.28 },
  // Collected and annotated blind at the start of the next round, sealed, scored once on first contact with the round's
  // starting rules (8d7f4c15; FIRST-CONTACT.txt: P 0.61 / 0.75, R 0.37 / 0.54), then used for general fixes (P 0.81 /
  // 0.87, R 0.57 / 0.67). In the dataset, not in the models' training.
  'batch-37': { precision: 0.75, recall: 0.5 },
  'batch-38': { precision: 0.8, recall: 0.6 },
  // Collected and annotated blind at the start of the round with 37–38, sealed, scored at the round's start (8d7f4c15:
  // P 0.38 / 0.50, R 0.15 / 0.19) and once on first contact with the round's final rules and retrained models (8bfd98e3;
  // FIRST-CONTACT.txt: P 0.44 / 0.50, R 0.17 / 0.19); four general fixes they then showed lifted them to P 0.50 / 0.57,
  // R 0.23 / 0.25. In the dataset, not in the models' training. At 0.43 since the models were retrained on 54–55 (one
  // false fact more: 9 true, 12 false).
  'batch-39': { precision: 0.4, recall: 0.2 },
  'batch-40': { precision: 0.5, recall: 0.2 },
  // Collected and annotated blind at the start of the next round (with 43–44, which stayed sealed), scored on the
  // round's starting rules (0f7b3e4b; FIRST-CONTACT.txt: P 0.44 / 0.81, R 0.20 / 0.31), then used for general fixes
  // (P 0.53 / 0.86, R 0.23 / 0.43).
  'batch-41': { precision: 0.45, recall: 0.2 },
  'batch-42': { precision: 0.7, recall: 0.4 },
  // Collected and annotated blind with 41–42 and sealed until scored once on the round's final rules and retrained
  // models (46992f4e; FIRST-CONTACT.txt: P 0.68 / 0.45, R 0.34 / 0.28; the starting rules, 0f7b3e4b: P 0.65 / 0.43,
  // R 0.34 / 0.25). In the models' training since the round after.
  'batch-43': { precision: 0.6, recall: 0.3 },
  'batch-44': { precision: 0.4, recall: 0.25 },
  // Collected and annotated blind at the start of the next round, with 45–46 (sealed). At the round's start (6069d3e0)
  // batch 47 did not build (a visit with no country visited stopped normalise); first contact on the fix of that alone
  // (cec12039) and, for 48, on 6069d3e0 (FIRST-CONTACT.txt: P 0.69 / 0.50, R 0.24 / 0.19), then used for general fixes
  // and in the models' training.
  'batch-47': { precision: 0.7, recall: 0.35 },
  'batch-48': { precision: 0.75, recall: 0.3 },
  // Sealed until scored once on the round's final rules and retrained models (FIRST-CONTACT.txt); not in the models'
  // training.
  'batch-45': { precision: 0.6, recall: 0.4 },
  'batch-46': { precision: 0.45, recall: 0.15 },
  // Scored once at the round's start, before any change they suggested (611399b9; FIRST-CONTACT.txt: P 0.69 / 0.40,
  // R 0.28 / 0.26), then used for general fixes and in the models' training.
  'batch-49': { precision: 0.7, recall: 0.35 },
  'batch-52': { precision: 0.45, recall: 0.35 },
  // Sealed until scored once on the round's final rules and retrained models (b8e3b6cd; FIRST-CONTACT.txt: P 0.62 / 0.55,
  // R 0.28 / 0.22; the round's start: P 0.54 / 0.58, R 0.24 / 0.26); not in the models' training.
  'batch-50': { precision: 0.55, recall: 0.25 },
  'batch-51': { precision: 0.5, recall: 0.2 },
  // Collected and annotated blind at the start of the next round (2026-12-01); 54 and 55 scored once then (e05ae71c,
  // FIRST-CONTACT.txt: P 0.57 / 0.62, R 0.36 / 0.38) and used for general fixes and in the models' training; 53 and 56
  // sealed until scored once on that round's rules and retrained models (127c8929: P 0.50 / 0.61, R 0.29 / 0.42), not
  // in the models' training.
  'batch-53': { precision: 0.42, recall: 0.25 },
  'batch-54': { precision: 0.55, recall: 0.35 },
  'batch-55': { precision: 0.6, recall: 0.4 },
  'batch-56': { precision: 0.55, recall: 0.35 },
  // The same day's second collection: 57 and 59 scored once at 6ae11258 (P 0.60 / 0.50, R 0.36 / 0.24), then used for
  // fixes and in the models' training; 58 and 60 sealed until scored once on the final rules and models of the round
  // (FIRST-CONTACT.txt), not in the models' training.
  'batch-57': { precision: 0.6, recall: 0.4 },
  'batch-58': { precision: 0.5, recall: 0.3 },
  'batch-59': { precision: 0.6, recall: 0.3 },
  'batch-60': { precision: 0.7, recall: 0.4 },
  'batch-62': { precision: 0.7, recall: 0.5 },
  'batch-63': { precision: 0.7, recall: 0.4 },
  'batch-66': { precision: 0.55, recall: 0.45 },
  'batch-68': { precision: 0.55, recall: 0.35 },
  // The next round's collection: 70 and 72 scored once at a4fdce57 (P 0.50 / 0.61, R 0.29 / 0.44), then used for fixes
  // and in the models' training.
  'batch-70': { precision: 0.6, recall: 0.4 },
  'batch-72': { precision: 0.7, recall: 0.55 },
  // Sealed until scored once on the round's final rules and retrained models (62c236ab; FIRST-CONTACT.txt).
  'batch-61': { precision: 0.4, recall: 0.15 },
  'batch-64': { precision: 0.5, recall: 0.2 },
  'batch-65': { precision: 0.5, recall: 0.25 },
  'batch-67': { precision: 0.45, recall: 0.25 },
  // Sealed until scored once on the next round's final rules and retrained models (ad0374af; FIRST-CONTACT.txt).
  'batch-69': { precision: 0.6, recall: 0.35 },
  'batch-71': { precision: 0.6, recall: 0.3 },
  // The next round's collection: 73 and 74 scored once at 78146861 (P 0.38 / 0.40, R 0.14 / 0.13), then used for fixes
  // and in the models' training.
  'batch-73': { precision: 0.65, recall: 0.4 },
  'batch-74': { precision: 0.65, recall: 0.35 },
  // Sealed until scored once on the round's final rules and retrained models (77095344; FIRST-CONTACT.txt).
  'batch-75': { precision: 0.5, recall: 0.1 },
  'batch-76': { precision: 0.4, recall: 0.2 },
  // The next round's collection: 78 and 79 scored once at b582d0c4 (P 0.50 / 0.63, R 0.22 / 0.43), then used for fixes
  // and in the models' training.
  'batch-78': { precision: 0.7, recall: 0.3 },
  'batch-79': { precision: 0.65, recall: 0.5 },
  // Sealed until scored once on the round's final rules and retrained models (a8dad54e; FIRST-CONTACT.txt: the same
  // figures as at the round's start, b582d0c4).
  'batch-77': { precision: 0.7, recall: 0.35 },
  'batch-80': { precision: 0.45, recall: 0.25 },
  // The next round's collection: 82 and 83 scored once at 28a83c2a (P 0.60 / 0.71, R 0.44 / 0.40), then used for fixes
  // and in the models' training.
  'batch-82': { precision: 0.6, recall: 0.35 },
  'batch-83': { precision: 0.65, recall: 0.45 },
  // Sealed until scored once on the round's final rules and retrained models (ec028b11; FIRST-CONTACT.txt: P 0.75 /
  // 0.83, R 0.43 / 0.43, against P 0.79, R 0.41 together at the round's start, 28a83c2a).
  'batch-81': { precision: 0.65, recall: 0.35 },
  'batch-84': { precision: 0.7, recall: 0.35 },
  // Collected and annotated blind at the start of round 24, with 85–87 (sealed); scored once on the round's starting
  // rules (5cdcef7a; FIRST-CONTACT.txt: P 0.67 / 0.88, R 0.11 / 0.35), then opened and used for general fixes and in the
  // models' training (P 1.00 / 1.00, R 0.37 / 0.45).
  'batch-88': { precision: 0.85, recall: 0.3 },
  'batch-89': { precision: 0.85, recall: 0.4 },
  // Sealed until scored once on the round's final rules and retrained models (a73c8af3; FIRST-CONTACT.txt: P 0.33 / 0.64
  // / 0.64, R 0.20 / 0.32 / 0.20, the same totals as the round's starting rules); not in the models' training.
  'batch-85': { precision: 0.3, recall: 0.15 },
  'batch-86': { precision: 0.55, recall: 0.25 },
  'batch-87': { precision: 0.55, recall: 0.15 },
  // Collected and annotated blind at the start of round 25, with 90–92 (sealed); scored once on the round's starting
  // rules (b13e38ef; FIRST-CONTACT.txt: P 0.63 / 0.67, R 0.26 / 0.40), then opened and used for general fixes and in
  // the models' training (P 0.73 / 0.86, R 0.42 / 0.60).
  'batch-93': { precision: 0.65, recall: 0.35 },
  'batch-94': { precision: 0.75, recall: 0.5 },
  // Sealed until scored once on the round's final rules and retrained models (cbd8586d; FIRST-CONTACT.txt: P 0.83 / 0.69
  // / 0.67, R 0.38 / 0.41 / 0.29; together 18 true, 7 false, 31 missed, against 17, 7, 32 for the round's starting
  // rules); in the models' training since round 26.
  'batch-90': { precision: 0.7, recall: 0.4 },
  'batch-91': { precision: 0.8, recall: 0.45 },
  'batch-92': { precision: 0.9, recall: 0.5 },
  // Collected at the start of round 26, each text read blind by two readers (the key their consensus); sealed until
  // scored once on the round's first-part rules and models (476b0e94; FIRST-CONTACT.txt: P 0.73 / 0.67 / 0.85, R 0.53 /
  // 0.38 / 0.55, the same as the round's starting rules), then opened, used for general fixes and in the models'
  // training (P 0.69 / 0.80 / 0.89, R 0.60 / 0.75 / 0.85).
  'batch-95': { precision: 0.6, recall: 0.5 },
  'batch-96': { precision: 0.7, recall: 0.6 },
  'batch-97': { precision: 0.8, recall: 0.7 },
  // Collected at the start of round 27, each text read blind by two readers (the key their consensus); scored once on the
  // commit the round started from (1adcfde1; FIRST-CONTACT.txt: P 0.43 / 0.47 / 0.75 / 0.69, R 0.26 / 0.27 / 0.46 /
  // 0.42), then opened, used for general fixes and in the models' training (P 0.85 / 0.80 / 0.89 / 0.80, R 0.48 / 0.46 /
  // 0.62 / 0.62).
  'batch-98': { precision: 0.75, recall: 0.4 },
  'batch-99': { precision: 0.7, recall: 0.4 },
  'batch-100': { precision: 0.8, recall: 0.55 },
  'batch-101': { precision: 0.7, recall: 0.55 },
  // Collected at the start of round 28, each text read blind by two readers (the key their consensus); scored once on the
  // commit current when they were sealed (9d8945e2; FIRST-CONTACT.txt: P 0.67 / 0.65 / 0.57, R 0.62 / 0.42 / 0.42),
  // then opened, used for general fixes and in the models' training (P 0.91 / 0.95 / 0.92, R 0.77 / 0.69 / 0.58).
  'batch-102': { precision: 0.8, recall: 0.65 },
  'batch-103': { precision: 0.85, recall: 0.6 },
  'batch-104': { precision: 0.8, recall: 0.5 },
  // Collected after round 28's commit, each text read blind by two readers (the key their consensus); scored once on that
  // commit (359e2fa0; FIRST-CONTACT.txt: P 0.87 / 0.92 / 0.58, R 0.57 / 0.63 / 0.64), then opened, used for general
  // fixes and in the models' training (P 0.78 / 0.88 / 0.73, R 0.61 / 0.74 / 0.73).
  'batch-105': { precision: 0.7, recall: 0.5 },
  'batch-106': { precision: 0.8, recall: 0.6 },
  'batch-107': { precision: 0.6, recall: 0.6 },
  // Collected at the start of round 29, each text read blind by two readers (the key their consensus); scored once on the
  // commit current when they were sealed (5d190a78; FIRST-CONTACT.txt: P 0.63 / 0.80 / 0.67, R 0.26 / 0.73 / 0.57),
  // then opened, used for general fixes and in the models' training (P 0.92 / 0.82 / 0.92, R 0.58 / 0.82 / 0.79).
  'batch-108': { precision: 0.8, recall: 0.5 },
  'batch-109': { precision: 0.7, recall: 0.7 },
  'batch-110': { precision: 0.8, recall: 0.7 },
  // Collected while round 29's fixes were made, each text read blind by two readers (the key their consensus); scored once
  // on round 29's commit (3b159f8a; FIRST-CONTACT.txt: P 0.67 / 0.57 / 0.80, R 0.33 / 0.47 / 0.28), then opened and
  // used for general fixes (P 0.71 / 0.69 / 0.82, R 0.42 / 0.53 / 0.31; the models were not retrained on them).
  'batch-111': { precision: 0.6, recall: 0.35 },
  'batch-112': { precision: 0.6, recall: 0.45 },
  'batch-113': { precision: 0.7, recall: 0.25 },
  // Collected in round 30 after its first fixes, each text read blind by two readers (the key their consensus); scored once
  // on round 30's first commit (c0a11060; FIRST-CONTACT.txt: P 0.60 / 0.67 / 0.82, R 0.40 / 0.29 / 0.56), then opened and
  // used for general fixes (P 0.78 / 0.86 / 0.92, R 0.47 / 0.43 / 0.69; the models were not retrained on them).
  'batch-114': { precision: 0.7, recall: 0.4 },
  'batch-115': { precision: 0.75, recall: 0.35 },
  'batch-116': { precision: 0.85, recall: 0.6 },
  // Collected in round 31 after its first fixes, each text read blind by two readers (the key their consensus); scored once
  // on round 31's first commit (9bc5abc4; FIRST-CONTACT.txt: P 0.57 / 1.00 / 1.00, R 0.29 / 0.17 / 0.50), then opened and
  // used for general fixes (P 0.78 / 1.00 / 1.00, R 0.50 / 0.33 / 0.50; the models were not retrained on them).
  'batch-117': { precision: 0.7, recall: 0.45 },
  'batch-118': { precision: 0.9, recall: 0.3 },
  // 119 at 0.8: round 32 reads "Belarusians can visit the only island in China … without a visa" as the visa-free rule in
  // force in the publication year; the readers dated it by the report's day (a date disagreement, one false positive).
  'batch-119': { precision: 0.8, recall: 0.45 },
  // Collected in round 32 after its first fixes, each text read blind by two readers (the key their consensus); scored once
  // on round 32's first commit (2658ae72; FIRST-CONTACT.txt: P 0.73 / 1.00 / 0.63, R 0.42 / 0.50 / 0.28), then opened and
  // used for general fixes (P 0.84 / 1.00 / 1.00, R 0.62 / 0.50 / 0.56; the models were not retrained on them).
  'batch-120': { precision: 0.75, recall: 0.55 },
  'batch-121': { precision: 0.9, recall: 0.45 },
  'batch-122': { precision: 0.9, recall: 0.5 },
  // Collected in round 32 while its second commit was tested, read blind by two readers; scored once on that commit
  // (4c2fae5a; FIRST-CONTACT.txt: P 0.70 / 0.78 / 0.67, R 0.54 / 0.47 / 0.60), then opened and used for general fixes
  // (P 0.78 / 0.78 / 0.80, R 0.54 / 0.47 / 0.80; the models were not retrained on them).
  'batch-123': { precision: 0.7, recall: 0.5 },
  'batch-124': { precision: 0.7, recall: 0.4 },
  'batch-125': { precision: 0.7, recall: 0.7 },
  // Collected in round 33 (third countries' outlets and multilateral settings; firms and trade press; people-to-people
  // ties), read blind by two readers; scored once on the round's first commit (fe91c134; FIRST-CONTACT.txt: P 0.60 /
  // 0.50 / 0.67, R 0.25 / 0.20 / 0.25), then opened and used for general fixes (P 1.00 / 0.83 / 1.00, R 0.50 / 0.50 /
  // 0.50; the models were not retrained on them).
  'batch-126': { precision: 0.9, recall: 0.45 },
  'batch-127': { precision: 0.75, recall: 0.45 },
  'batch-128': { precision: 0.9, recall: 0.45 },
  // Collected in round 33 while its second commit was tested (official documents and legal texts; money pages; spoken
  // words on the record), read blind by two readers; scored once on that commit (671542ee; FIRST-CONTACT.txt: P 0.88 /
  // 0.29 / 0.42, R 0.47 / 0.20 / 0.25), then opened and used for general fixes (the models were not retrained on them).
  'batch-129': { precision: 0.9, recall: 0.45 },
  'batch-130': { precision: 0.75, recall: 0.45 },
  'batch-131': { precision: 0.75, recall: 0.5 },
  // Collected at the start of round 34 (people and profiles; the words of an event rather than its topic; the edges of
  // time, 1992-2010 and 2025-2026), read blind by two readers; scored once on the round's first commit (f6286689, the
  // rules and models of 8c24ec94; FIRST-CONTACT.txt: P 0.90 / 0.45 / 0.75, R 0.38 / 0.31 / 0.21), then opened and used
  // for general fixes (P 1.00 / 0.73 / 0.80, R 0.42 / 0.69 / 0.29; the models were not retrained on them).
  'batch-132': { precision: 0.9, recall: 0.35 },
  'batch-133': { precision: 0.65, recall: 0.6 },
  'batch-134': { precision: 0.7, recall: 0.25 },
  // Collected at the start of round 35 (places below the capitals; the sectors the news covers least; the middle years
  // and small outlets), read blind by two readers; scored once on 40fdf5a7, the commit current when they were sealed
  // (FIRST-CONTACT.txt: P 0.33 / 0.73 / 0.60, R 0.07 / 0.50 / 0.40), then opened and used for general fixes
  // (P 0.75 / 0.73 / 0.64, R 0.40 / 0.50 / 0.47; the models were not retrained on them).
  'batch-135': { precision: 0.7, recall: 0.35 },
  'batch-136': { precision: 0.7, recall: 0.45 },
  'batch-137': { precision: 0.6, recall: 0.45 },
  // Collected in round 35 after its first commit (firms' and parks' own pages; neighbours' news agencies in English;
  // institutions that are neither governments nor firms), read blind by two readers; scored once on that commit
  // (FIRST-CONTACT.txt: P 0.63 / 0.82 / 1.00, R 0.31 / 0.64 / 0.50), then opened and used for general fixes
  // (P 0.67 / 0.91 / 1.00, R 0.38 / 0.71 / 0.50; the models were not retrained on them).
  'batch-138': { precision: 0.6, recall: 0.3 },
  'batch-139': { precision: 0.85, recall: 0.6 },
  'batch-140': { precision: 0.9, recall: 0.45 },
  // Collected in round 36 (security and defence; numbers pages and fact sheets; digests, blogs and pages written for
  // readers), read blind by two readers; scored once on round 36's first commit (FIRST-CONTACT.txt: P 0.40 / 0.67 /
  // 1.00, R 0.17 / 0.22 / 0.13), then opened and used for general fixes (P 0.67 / 0.83 / 1.00, R 0.35 / 0.28 / 0.19;
  // the models were not retrained on them).
  'batch-141': { precision: 0.6, recall: 0.3 },
  'batch-142': { precision: 0.8, recall: 0.25 },
  'batch-143': { precision: 0.9, recall: 0.15 },
  // Collected in round 37 (facts in passing on pages about something larger; transcripts and the official word as
  // spoken; international and Western press), read blind by two readers; scored once on round 37's first commit
  // (FIRST-CONTACT.txt: P 0.73 / 0.88 / 0.56, R 0.47 / 0.50 / 0.38), then opened and used for general fixes (P 0.73 /
  // 0.89 / 0.75, R 0.47 / 0.57 / 0.46; the models were not retrained on them).
  'batch-144': { precision: 0.7, recall: 0.45 },
  'batch-145': { precision: 0.85, recall: 0.55 },
  // Round 39: "swap agreements … with 15 countries and regions, including … Belarus" is now the pair's fact too, as an
  // agreement (the longest trigger), where the key has finance: a false and a missed fact (P 0.67).
  'batch-146': { precision: 0.65, recall: 0.45 },
  // Collected in round 38 (Asian and other non-Western press; things that stalled, failed or were disputed; short
  // items), read blind by two readers; scored once on round 37's last commit, 15392744 (FIRST-CONTACT.txt: P 0.88 /
  // 0.60 / 0.82, R 0.35 / 0.35 / 0.35), then opened and used for general fixes (P 0.85 / 0.70 / 0.87, R 0.55 / 0.41 /
  // 0.50; the models were not retrained on them).
  'batch-147': { precision: 0.8, recall: 0.5 },
  'batch-148': { precision: 0.65, recall: 0.4 },
  'batch-149': { precision: 0.8, recall: 0.45 },
  // Collected in round 39 (votes, support and the multilateral stage; Belarus as one of many; promises, targets and
  // what came of them), read blind by two readers; scored once on round 38's last commit, df5dd6af (FIRST-CONTACT.txt:
  // P 0.57 / 0.70 / 1.00, R 0.36 / 0.35 / 0.36), then opened and used for general fixes (P 0.57 / 0.81 / 1.00, R 0.36 /
  // 0.65 / 0.55; the models were not retrained on them).
  'batch-150': { precision: 0.55, recall: 0.35 },
  'batch-151': { precision: 0.8, recall: 0.6 },
  'batch-152': { precision: 0.95, recall: 0.5 },
  // Collected in round 40 (transport, logistics and connectivity; health, humanitarian help, emergencies and the
  // environment; travel, sport, youth and people-to-people ties), read blind by two readers; scored once on round 39's
  // last commit, 2071b8b8 (FIRST-CONTACT.txt: P 0.71 / 0.43 / 0.71, R 0.56 / 0.30 / 0.29), then opened and used for
  // general fixes (P 0.86 / 0.64 / 0.91, R 0.67 / 0.45 / 0.59; the models were not retrained on them).
  'batch-153': { precision: 0.85, recall: 0.65 },
  'batch-154': { precision: 0.6, recall: 0.45 },
  'batch-155': { precision: 0.9, recall: 0.55 },
  // Collected in round 41 (farms, food and raw materials; science, technology, space and learning; branches of the state
  // other than the foreign ministry and the presidents), read blind by two readers; scored once on round 40's last
  // commit, 67b8ca35 (FIRST-CONTACT.txt: P 0.20 / 0.67 / 0.44, R 0.33 / 0.15 / 0.19), then opened and used for general
  // fixes (P 0.50 / 0.83 / 0.75, R 0.67 / 0.38 / 0.43; the models were not retrained on them).
  'batch-156': { precision: 0.4, recall: 0.65 },
  'batch-157': { precision: 0.8, recall: 0.35 },
  'batch-158': { precision: 0.7, recall: 0.4 },
  // Collected in round 42 (security, defence and law; media, arts, books and memory; provinces, regions and cities, and
  // third countries' views), read blind by two readers; scored once on round 41's last commit, 7fb3019a
  // (FIRST-CONTACT.txt: P 0.00 / 1.00 / 1.00, R 0.00 / 0.19 / 0.36), then opened and used for general fixes (P 0.67 /
  // 1.00 / 1.00, R 0.15 / 0.31 / 0.43; the models were not retrained on them).
  'batch-159': { precision: 0.6, recall: 0.15 },
  'batch-160': { precision: 0.95, recall: 0.3 },
  'batch-161': { precision: 0.95, recall: 0.4 },
  // Collected in round 43 (industry and companies; people and society; the early years and the long view), read blind by
  // two readers; scored once on round 42's last commit, 4595212b (FIRST-CONTACT.txt: P 0.43 / 1.00 / 0.50, R 0.30 / 0.40
  // / 0.19), then opened and used for general fixes (P 0.43 / 1.00 / 0.78, R 0.30 / 0.50 / 0.33; the models were not
  // retrained on them).
  'batch-162': { precision: 0.4, recall: 0.3 },
  // 163: round 54's park residents read "120 residents from 15 countries have already been registered" as China's
  // (P 1.00 -> 0.83); the annotations count such figures of many countries as China's investment four times and leave
  // them out three, so the rule keeps them.
  'batch-163': { precision: 0.8, recall: 0.5 },
  'batch-164': { precision: 0.75, recall: 0.3 },
  // Collected in round 44 (money and finance; official voices of both sides; the latest years, 2024–2026), read blind by
  // two readers; scored once on round 43's last commit, a9effe64 (FIRST-CONTACT.txt: P 0.40 / 0.92 / 0.89, R 0.17 / 0.61
  // / 0.42), then opened and used for general fixes (P 0.40 / 0.92 / 0.89, R 0.17 / 0.67 / 0.42; the models were not
  // retrained on them).
  'batch-165': { precision: 0.4, recall: 0.15 },
  'batch-166': { precision: 0.9, recall: 0.65 },
  'batch-167': { precision: 0.85, recall: 0.4 },
  // Collected in round 45 (health, sport, aid and emergencies; transport, logistics and infrastructure; the view from
  // outside), read blind by two readers; scored once on round 44's last commit, 1f591e0a (FIRST-CONTACT.txt: P 0.57 /
  // 1.00 / 0.60, R 0.27 / 0.14 / 0.30), then opened and used for general fixes (P 0.57 / 1.00 / 0.83, R 0.27 / 0.14 /
  // 0.50; the models were not retrained on them).
  'batch-168': { precision: 0.55, recall: 0.25 },
  'batch-169': { precision: 0.95, recall: 0.1 },
  'batch-170': { precision: 0.8, recall: 0.45 },
  // Collected in round 46 (people-to-people and civil society; the two countries' state media across 2005–2026; the
  // middle years, 2013–2019), read blind by two readers; scored once on round 45's commit, 091507d0 (FIRST-CONTACT.txt:
  // P 0.73 / 0.25 / 0.67, R 0.62 / 0.20 / 0.38), then opened and used for general fixes (P 0.73 / 0.50 / 0.94, R 0.62 /
  // 0.20 / 0.50; the models were not retrained on them).
  'batch-171': { precision: 0.7, recall: 0.6 },
  'batch-172': { precision: 0.45, recall: 0.2 },
  'batch-173': { precision: 0.9, recall: 0.45 },
  // Collected in round 47 (multilateral settings; voices in the first person; the years 2020–2023), read blind by two
  // readers; scored once on round 46's last commit, 07c69ffd (FIRST-CONTACT.txt: P 0.70 / 0.69 / 0.63, R 0.39 / 0.44 /
  // 0.29), then opened and used for general fixes (P 0.83 / 0.86 / 0.75, R 0.56 / 0.48 / 0.35; the models were not
  // retrained on them).
  'batch-174': { precision: 0.8, recall: 0.55 },
  'batch-175': { precision: 0.85, recall: 0.45 },
  'batch-176': { precision: 0.75, recall: 0.35 },
  // Collected in round 48 (trade in practice; outlets of other regions of the world; documents and records), read blind
  // by two readers; scored once on round 47's commit, a2c07db7 (FIRST-CONTACT.txt: P 0.90 / 0.64 / 0.40, R 0.59 / 0.30 /
  // 0.18), then opened and used for general fixes (P 0.96 / 0.75 / 0.83, R 0.75 / 0.39 / 0.45; the models were not
  // retrained on them).
  'batch-177': { precision: 0.95, recall: 0.75 },
  'batch-178': { precision: 0.75, recall: 0.35 },
  'batch-179': { precision: 0.8, recall: 0.45 },
  // Collected in round 49 (overviews and round-ups; commentary, opinion and explainers; energy, environment, building
  // and the city), read blind by two readers; scored once on round 48's fix commit, b14c17e2 (FIRST-CONTACT.txt:
  // P 0.88 / 0.40 / 0.89, R 0.33 / 0.14 / 0.38), then opened and used for general fixes (P 0.91 / 0.50 / 0.91, R 0.48 /
  // 0.14 / 0.48; the models were not retrained on them).
  'batch-180': { precision: 0.9, recall: 0.45 },
  'batch-181': { precision: 0.5, recall: 0.1 },
  'batch-182': { precision: 0.9, recall: 0.45 },
  // Collected in round 50 (company releases and wires; sanctions, courts and watchdogs; travel and practical guides),
  // read blind by two readers; scored once on round 49's commit, fad6731c (FIRST-CONTACT.txt: P 0.44 / 0.80 / 0.40,
  // R 0.22 / 0.50 / 0.33), then opened and used for general fixes (P 0.80 / 1.00 / 1.00, R 0.44 / 0.50 / 0.67; the
  // models were not retrained on them).
  'batch-183': { precision: 0.75, recall: 0.4 },
  'batch-184': { precision: 0.95, recall: 0.5 },
  'batch-185': { precision: 0.95, recall: 0.65 },
  // Collected in round 51 (security, defence and law enforcement; farming, food and health; regions, towns and young
  // people) and round 52 (science, technology and innovation; transport, logistics and connectivity; history,
  // anniversaries and people), read blind by two readers; both scored once on round 50's fix commit, e8eb1a1e
  // (FIRST-CONTACT.txt: P 0.55 / 0.63 / 0.50 / 0.75 / 1.00 / 0.80, R 0.30 / 0.25 / 0.29 / 0.35 / 0.30 / 0.31), then
  // opened and used for general fixes (rounds 51-53: P 0.64 / 0.92 / 0.60 / 0.80 / 1.00 / 0.83, R 0.45 / 0.60 / 0.43 /
  // 0.47 / 0.50 / 0.38; the models were not retrained on them).
  'batch-186': { precision: 0.6, recall: 0.4 },
  'batch-187': { precision: 0.9, recall: 0.55 },
  'batch-188': { precision: 0.55, recall: 0.4 },
  'batch-189': { precision: 0.75, recall: 0.45 },
  'batch-190': { precision: 0.95, recall: 0.45 },
  'batch-191': { precision: 0.8, recall: 0.35 },
  // Collected in round 53 (the early years, 1992-2013; parliaments, parties and public bodies; the latest news and the
  // round-ups), read blind by two readers; scored once on round 52's last commit, adfda253 (FIRST-CONTACT.txt:
  // P 0.71 / 1.00 / 0.75, R 0.31 / 0.27 / 0.20), then opened and used for general fixes (P 0.83 / 1.00 / 0.75,
  // R 0.31 / 0.36 / 0.20; the models were not retrained on them).
  'batch-192': { precision: 0.8, recall: 0.3 },
  'batch-193': { precision: 0.95, recall: 0.35 },
  'batch-194': { precision: 0.7, recall: 0.2 },
  // Collected in round 54 (kinds of page the corpus had few of: reports and papers; databases, directories and
  // reference pages; wire releases, blogs and personal pages), read blind by two readers; scored once on round 53's fix
  // commit (FIRST-CONTACT.txt: P 1.00 / 0.90 / 0.75, R 0.26 / 0.45 / 0.13), then opened and used for general fixes
  // (P 1.00 / 0.90 / 0.80, R 0.42 / 0.45 / 0.17; the models were not retrained on them).
  'batch-195': { precision: 0.95, recall: 0.4 },
  'batch-196': { precision: 0.85, recall: 0.4 },
  'batch-197': { precision: 0.75, recall: 0.15 },
  // Collected in round 58 (sectors of the economy; people-to-people ties; state, security and technology), read blind by
  // two readers; scored once on round 58's commit, 65df9655 (FIRST-CONTACT.txt: P 0.38 / 1.00 / 1.00, R 0.15 / 0.23 /
  // 0.50); opened in round 59 (a host's welcome, a caption's pair, events held before, a body visited; after the fixes
  // P 0.38 / 1.00 / 1.00, R 0.15 / 0.38 / 0.67; the models were not retrained on them).
  'batch-198': { precision: 0.35, recall: 0.1 },
  'batch-199': { precision: 0.95, recall: 0.35 },
  'batch-200': { precision: 0.95, recall: 0.6 },
  // Collected in round 60 (regions and food; industry, money and science; diplomacy, security and people), read blind by
  // two readers; scored once on round 59's last commit, e5fa6e6c (FIRST-CONTACT.txt: P 0.50 / 1.00 / 0.73, R 0.31 /
  // 0.65 / 0.40); opened in round 61 (a subordinate clause's subject, joining an initiative, groups of countries; after
  // the fixes P 0.56 / 1.00 / 0.73, R 0.31 / 0.70 / 0.40; the models were not retrained on them).
  'batch-201': { precision: 0.5, recall: 0.3 },
  'batch-202': { precision: 0.95, recall: 0.65 },
  'batch-203': { precision: 0.7, recall: 0.35 },
  // Collected in round 62 by outlet (Chinese; Belarusian; neither country's), read blind by two readers; scored once on
  // round 61's review mend, 2831036b (FIRST-CONTACT.txt: P 0.80 / 0.78 / 0.60, R 0.36 / 0.35 / 0.25); opened in the same
  // round (a surname in capitals, a forum named by a hyphenated pair, students "studying at", a gift "to … from"; after
  // the fixes P 0.82 / 0.78 / 0.69, R 0.41 / 0.35 / 0.38; the models were not retrained on them).
  'batch-204': { precision: 0.8, recall: 0.4 },
  'batch-205': { precision: 0.75, recall: 0.3 },
  'batch-206': { precision: 0.65, recall: 0.35 },
  // Collected in round 63 by named people and by named things, places and events (207-208), then by other spellings,
  // third countries' outlets, and sectors and small places (209-211); each read blind by two readers; all scored once on
  // round 62's review mend, 53f79c6c (FIRST-CONTACT.txt: P 0.86 / 0.50, R 0.23 / 0.20; P 0.60 / 0.83 / 0.60,
  // R 0.15 / 0.42 / 0.20), 209-211 also on the tree with the fixes from 1-208 (the same figures); opened in the same
  // round (after the fixes P 0.91 / 0.57, R 0.38 / 0.32; P 0.67 / 0.83 / 0.60, R 0.20 / 0.42 / 0.20).
  'batch-207': { precision: 0.85, recall: 0.35 },
  'batch-208': { precision: 0.55, recall: 0.3 },
  'batch-209': { precision: 0.6, recall: 0.15 },
  'batch-210': { precision: 0.8, recall: 0.4 },
  'batch-211': { precision: 0.55, recall: 0.15 },
  // Collected in round 64 by institutions (parliaments, parties, defence ministries), by regional ties (provinces and
  // towns) and by the least-held years and topics; each read blind by two readers; scored once on round 63's review
  // mend, c57a0f6c (FIRST-CONTACT.txt: P 0.67 / 0.69, R 0.20 / 0.56; 214's build failed on an amount in pounds, and with
  // only that mended P 0.75, R 0.35); opened in the same round (after the fixes P 0.86 / 0.69 / 0.77, R 0.30 / 0.56 /
  // 0.38; the models were not retrained on them).
  'batch-212': { precision: 0.8, recall: 0.25 },
  'batch-213': { precision: 0.65, recall: 0.5 },
  'batch-214': { precision: 0.7, recall: 0.35 },
};

/** A batch's articles: copies of its annotated texts from sources/articles (the dataset) in a folder of their own to build from. */
function batchArticles(ids: string[]): string {
  const dir = mkdtempSync(join(tmpdir(), 'corpus-batch-'));
  process.on('exit', () => rmSync(dir, { recursive: true, force: true }));
  for (const id of ids) for (const ext of ['txt', 'json']) copyFileSync(join(SEED_ARTICLES, `${id}.${ext}`), join(dir, `${id}.${ext}`));
  return dir;
}

/** Thresholds: [precision, recall] on the seed article and, micro-averaged, on each set of test articles. */
// Issue 8's bar for the first article and the test articles written for the rules (P ≥ 0.95, R ≥ 0.97): a rule change
// that loses one of their facts fails here (a tighter Confucius Institute rule once dropped "Minsk has a Confucius
// Institute" unnoticed under a 0.9 floor).
const SEED_MIN = { precision: 0.95, recall: 0.97 };
const TEST_ARTICLES_MIN = { precision: 0.95, recall: 0.97 };
/** The development set: first measured held out at P 0.67 / R 0.24, now a regression guard. */
const HELDOUT_MIN = { precision: 0.85, recall: 0.8 };

/** The ids of the articles (<id>.txt) in a folder. */
const articleIdsIn = (dir: string) => readdirSync(dir).filter((f) => f.endsWith('.txt')).map((f) => f.slice(0, -4)).sort();

const annotations: Annotation[] = readAnnotations(ANNOTATIONS);

/** The folder holding an annotated article: the test articles, or the real sources for the seed. */
function articleDir(id: string): string {
  return existsSync(join(TEST_ARTICLES, `${id}.txt`)) ? TEST_ARTICLES : SEED_ARTICLES;
}

const textOf = (id: string) => readFileSync(join(articleDir(id), `${id}.txt`), 'utf8');
const testArticleIds = articleIdsIn(TEST_ARTICLES);

/** A set of annotated articles: their annotations and how to read an article's text. */
interface Corpus {
  annotations: Annotation[];
  textOf: (id: string) => string;
}
const annotatedCorpus: Corpus = { annotations, textOf };

const heldoutCorpus: Corpus = {
  annotations: readAnnotations(HELDOUT_ANNOTATIONS),
  textOf: (id) => readFileSync(join(HELDOUT_ARTICLES, `${id}.txt`), 'utf8'),
};
const heldoutArticleIds = articleIdsIn(HELDOUT_ARTICLES);

const heldoutBCorpus: Corpus = {
  annotations: readAnnotations(HELDOUT_B_ANNOTATIONS),
  textOf: (id) => readFileSync(join(HELDOUT_B_ARTICLES, `${id}.txt`), 'utf8'),
};
const heldoutBArticleIds = articleIdsIn(HELDOUT_B_ARTICLES);

// ---------------------------------------------------------------- the scorer itself, on tiny inputs

test('scorer: a match, a miss and a false positive', () => {
  const text = 'China and Belarus. In 2009 China lent Belarus $1bn. Belarus joined a forum in 2010. Both sides talked.';
  const annotation: Annotation = {
    source_id: 's',
    facts: [
      { category: 'finance', date: '2009', actor_1: 'CHN', actor_2: 'BLR', evidence: 'China lent Belarus $1bn', details: { amount: 1e9, currency: 'USD' } },
      { category: 'trade', date: '2010', actor_1: 'BLR', actor_2: 'CHN', evidence: 'Belarus joined a forum in 2010' },
    ],
    not_facts: [],
  };
  const at = (s: string) => ({ char_start: text.indexOf(s), char_end: text.indexOf(s) + s.length, quote: s });
  const tables: ScoredTables = {
    events: [
      { event_id: 'ev-1', source_id: 's', category: 'finance', subtype: 'loan', date: '2009', actor_1: 'CHN', actor_2: 'BLR', ...at('In 2009 China lent Belarus $1bn.') },
      { event_id: 'ev-2', source_id: 's', category: 'media', subtype: 'report', date: null, actor_1: 'CHN', actor_2: 'BLR', ...at('Both sides talked.') },
      { event_id: 'ev-3', source_id: 's', category: 'trade', subtype: 'fair', date: '2011', actor_1: 'BLR', actor_2: 'CHN', ...at('Belarus joined a forum in 2010.') },
      { event_id: 'ev-other', source_id: 'other', category: 'trade', subtype: 'x', date: '2010', actor_1: 'BLR', actor_2: 'CHN', ...at('Belarus joined a forum in 2010') },
    ],
    finance: [{ event_id: 'ev-1', amount: 1e9, currency: 'EUR' }],
  };
  const s = scoreArticle(text, annotation, tables);
  assert.deepEqual([s.tp, s.fp, s.fn], [1, 2, 1], 'the other source’s event must not count');
  assert.deepEqual(s.matches, [{ fact: 0, event_id: 'ev-1' }]);
  assert.equal(s.precision, 1 / 3);
  assert.equal(s.recall, 0.5);
  assert.equal(s.f1, 0.4);
  assert.match(s.misses[0], /forum.*nearest: ev-3 date 2011 ≠ 2010/);
  assert.match(s.falsePositives.join('\n'), /ev-2[^]*ev-3/);
  assert.equal(s.detailAccuracy, 0.5);
  assert.match(s.detailMismatches[0], /currency/);
});

test('scorer: dates, actors, visit direction, optional facts, one-to-one and not_facts', () => {
  const text = '😀 Hu visited Minsk in 1998 and 2000. He is expected to visit again next year. Belarus backed China.';
  const visitEvidence = 'Hu visited Minsk in 1998 and 2000';
  const annotation: Annotation = {
    source_id: 's',
    facts: [
      { category: 'visit', date: '1998', actor_1: 'CHN', actor_2: 'BLR', evidence: visitEvidence },
      { category: 'visit', date: '2000', actor_1: 'CHN', actor_2: 'BLR', evidence: visitEvidence },
      { category: 'political_support', date: null, actor_1: 'BLR', actor_2: 'CHN', evidence: 'Belarus backed China', optional: true },
    ],
    not_facts: ['He is expected to visit again next year.'],
  };
  // Offsets in code points: the emoji is one code point but two UTF-16 units.
  const cp = (s: string) => Array.from(text.slice(0, text.indexOf(s))).length;
  const at = (s: string) => ({ char_start: cp(s), char_end: cp(s) + s.length, quote: s });
  const ev = (id: string, date: string | null, quote: string, extra: Row = {}): Row => ({ event_id: id, source_id: 's', category: 'visit', subtype: 'v', date, actor_1: 'CHN', actor_2: 'BLR', ...at(quote), ...extra });
  const tables: ScoredTables = {
    events: [
      ev('ev-a', '1998', visitEvidence),
      ev('ev-b', '1998', visitEvidence), // a duplicate: only one event may take the 1998 fact
      ev('ev-c', '2000', visitEvidence),
      ev('ev-d', '2000', 'He is expected to visit again next year.'),
      ev('ev-e', '1998', 'Hu visited Minsk'), // right passage, but the visits row says the wrong direction
      { ...ev('ev-f', null, 'Belarus backed China'), category: 'political_support', actor_1: 'BLR', actor_2: 'CHN' },
    ],
    visits: [{ event_id: 'ev-e', from_country: 'BLR', to_country: 'CHN' }],
  };
  const s = scoreArticle(text, annotation, tables);
  assert.deepEqual(s.matches.map((m) => m.event_id), ['ev-a', 'ev-c', 'ev-f']);
  assert.deepEqual([s.tp, s.fp, s.fn], [2, 3, 0], 'the optional match counts neither way');
  assert.equal(s.notFactViolations.length, 1);
  assert.match(s.notFactViolations[0], /ev-d/);
  assert.deepEqual(quoteProblems(text, tables.events), []);
  assert.equal(quoteProblems(text, [{ ...tables.events[0], char_start: text.indexOf(visitEvidence) }]).length, 1, 'UTF-16 offsets are not code points');
});

test('scorer: a record quoted from another source matches an article that gives a year or month of its date', () => {
  const text = 'In 2023 Belarus and China signed agreements worth $3.5 billion.';
  const quote = 'Belarus and China signed agreements worth $3.5 billion';
  const annotation: Annotation = { source_id: 's', facts: [{ category: 'agreement', date: '2023', actor_1: 'CHN', actor_2: 'BLR', evidence: quote }], not_facts: [] };
  const start = text.indexOf(quote);
  const event = (source_id: string, date: string): Row => ({ event_id: 'ev-1', source_id, category: 'agreement', subtype: 'signed', date, actor_1: 'BLR', actor_2: 'CHN', quote: 'x', char_start: 0, char_end: 1 });
  const mentions = [{ mention_id: 'm-1', event_id: 'ev-1', source_id: 's', quote, char_start: start, char_end: start + quote.length }];
  // joined with another report's 2 March 2023: the day is this article's year made precise
  assert.deepEqual([scoreArticle(text, annotation, { events: [event('other', '2023-03-02')], mentions }).tp], [1]);
  // the article's own record must give the article's date; another year is another fact
  assert.deepEqual([scoreArticle(text, annotation, { events: [{ ...event('s', '2023-03-02'), ...mentions[0] }] }).tp], [0]);
  assert.deepEqual([scoreArticle(text, annotation, { events: [event('other', '2024-03-02')], mentions }).tp], [0]);
});

test('scorer: overall scores are micro-averaged and the table lists every article', () => {
  const base = { misses: [], falsePositives: [], detailMismatches: [], notFactViolations: [], matches: [], detailFields: 0, detailAgreed: 0, precision: 0, recall: 0, f1: 0, detailAccuracy: 1 };
  const scores: ArticleScore[] = [
    { ...base, source_id: 'a', tp: 9, fp: 1, fn: 0 },
    { ...base, source_id: 'b', tp: 1, fp: 1, fn: 8 },
  ];
  const total = overallScore(scores);
  assert.equal(total.precision, 10 / 12);
  assert.equal(total.recall, 10 / 18);
  const table = scoreTable(scores);
  assert.match(table, /^article/);
  assert.match(table, /\ba\b[^\n]*\n[^\n]*\bb\b[^\n]*\noverall/);
});

// ---------------------------------------------------------------- the annotations

test('every test article has metadata and an annotation, and every annotation an article', () => {
  for (const id of testArticleIds) {
    const meta = JSON.parse(readFileSync(join(TEST_ARTICLES, `${id}.json`), 'utf8'));
    assert.match(meta.published, /^\d{4}-\d{2}(-\d{2})?$/, `${id}.json: published`);
    assert.match(meta.note, /synthetic/, `${id}.json: the note must say the article is synthetic`);
    assert.ok(annotations.some((a) => a.source_id === id), `${id} has no annotation in ${ANNOTATIONS}`);
  }
  assert.ok(testArticleIds.length >= 4);
  for (const a of annotations) assert.ok(existsSync(join(articleDir(a.source_id), `${a.source_id}.txt`)), `annotation ${a.source_id} has no article`);
});

test('annotation evidence and not_facts are exact text of the article, each found once', () => {
  for (const a of annotations) assert.deepEqual(passageProblems(textOf(a.source_id), a), []);
});

test('annotated facts use the schema’s categories, ISO dates and country codes', () => {
  const schema = JSON.parse(readFileSync('schemas/events.schema.json', 'utf8'));
  const categories: string[] = schema.properties.category.enum;
  const date = new RegExp(schema.properties.date.pattern);
  for (const a of annotations) {
    for (const f of a.facts) {
      const where = `${a.source_id}: ${JSON.stringify(f.evidence)}`;
      for (const c of [f.category, ...(f.also_categories ?? [])]) assert.ok(categories.includes(c), `${where}: category ${c}`);
      for (const d of [f.date, ...(f.also_dates ?? [])]) assert.ok(d === null || date.test(d), `${where}: date ${d}`);
      for (const c of [f.actor_1, f.actor_2]) assert.ok(c === null || /^[A-Z]{3}$/.test(c), `${where}: actor ${c}`);
    }
  }
});

// ---------------------------------------------------------------- the extraction, scored

/** Scores, prints and checks records against the annotations of the given articles. */
async function checkArticles(t: import('node:test').TestContext, tables: ScoredTables, ids: string[], min: { precision: number; recall: number }, corpus: Corpus = annotatedCorpus, strictNotFacts = true): Promise<void> {
  const { annotations, textOf } = corpus;
  const scores = ids.map((id) => scoreArticle(textOf(id), annotations.find((a) => a.source_id === id)!, tables));
  console.log(`\n${scoreTable(scores)}`);
  for (const s of scores) {
    for (const m of s.misses) console.log(`  miss   ${s.source_id}: ${m}`);
    for (const m of s.falsePositives) console.log(`  extra  ${s.source_id}: ${m}`);
    for (const m of s.detailMismatches) console.log(`  detail ${s.source_id}: ${m}`);
  }
  const total = overallScore(scores);
  await t.test(`precision ≥ ${min.precision}`, () => assert.ok(total.precision >= min.precision, `precision ${total.precision.toFixed(2)}`));
  await t.test(`recall ≥ ${min.recall}`, () => assert.ok(total.recall >= min.recall, `recall ${total.recall.toFixed(2)}`));
  const violations = scores.flatMap((s) => s.notFactViolations);
  // On the real corpus a not_facts passage that yields an event is a false positive, already counted in precision.
  if (strictNotFacts) await t.test('not_facts passages yield no event', () => assert.deepEqual(violations, []));
  else for (const v of violations) console.log(`  notfact ${v}`);
  await t.test('every quote is the text at [char_start, char_end) in code points', () => {
    for (const id of ids) {
      const own = (rows: Row[] | undefined) => (rows ?? []).filter((r) => r.source_id === id);
      assert.deepEqual(quoteProblems(textOf(id), [...own(tables.events), ...own(tables.mentions)]), []);
    }
  });
}

// Built on its own, as every other set is: in the published records its facts may be merged with other sources'.
test('seed article: the pipeline run on the first article alone, against its annotation', async (t) => {
  const ids = annotations.map((a) => a.source_id).filter((id) => articleDir(id) === SEED_ARTICLES);
  await checkArticles(t, loadRecords(buildRecords(t, batchArticles(ids))).tables, ids, SEED_MIN);
});

/** Runs the pipeline up to records.json on a folder of articles, in a temporary build removed after the test; returns its path. */
function buildRecords(t: import('node:test').TestContext, sources: string, dataset = 'sources/dataset.json'): string {
  const tmp = mkdtempSync(join(tmpdir(), 'quality-'));
  t.after(() => rmSync(tmp, { recursive: true, force: true }));
  const records = join(tmp, 'build', 'records.json');
  // -o: never reinstall packages from a test (the install target runs npm ci in the shared tree).
  const run = spawnSync('make', ['--no-print-directory', '-o', 'node_modules/.installed', records, `SOURCES=${sources}`, `OUT=${join(tmp, 'out')}`, `BUILD=${join(tmp, 'build')}`, `DATASET_META=${dataset}`], { encoding: 'utf8' });
  assert.equal(run.status, 0, `make failed:\n${run.stdout}\n${run.stderr}`);
  return records;
}

test('test articles: the pipeline run on test/fixtures/articles', async (t) => {
  // The written-for-rules articles are about China and several countries (Serbia, Kazakhstan, Hungary): their own dataset, no pair.
  const records = buildRecords(t, TEST_ARTICLES, FIXTURE_DATASET);
  await checkArticles(t, loadRecords(records).tables, testArticleIds, TEST_ARTICLES_MIN);
});

// ---------------------------------------------------------------- further sets written blind

/** The shape checks and the scored pipeline run for one folder of blind-written articles. */
function testArticleSet(name: string, articlesDir: string, corpus: Corpus, ids: string[], min: { precision: number; recall: number }, note: RegExp | null = /synthetic held-out/, dataset = FIXTURE_DATASET): void {
  test(`${name}: each has metadata and an annotation whose passages are exact text of it`, () => {
    const schema = JSON.parse(readFileSync('schemas/events.schema.json', 'utf8'));
    const categories: string[] = schema.properties.category.enum;
    const date = new RegExp(schema.properties.date.pattern);
    assert.ok(ids.length >= 3);
    assert.deepEqual(corpus.annotations.map((a) => a.source_id).sort(), ids, 'one annotation per article');
    for (const id of ids) {
      const meta = JSON.parse(readFileSync(join(articlesDir, `${id}.json`), 'utf8'));
      assert.match(meta.published, /^\d{4}(-\d{2}(-\d{2})?)?$/, `${id}.json: published`);
      if (note) assert.match(meta.note ?? '', note, `${id}.json: the note must say what the article is`);
    }
    for (const a of corpus.annotations) {
      assert.deepEqual(passageProblems(corpus.textOf(a.source_id), a), []);
      for (const f of a.facts) {
        const where = `${a.source_id}: ${JSON.stringify(f.evidence)}`;
        for (const c of [f.category, ...(f.also_categories ?? [])]) assert.ok(categories.includes(c), `${where}: category ${c}`);
        for (const d of [f.date, ...(f.also_dates ?? [])]) assert.ok(d === null || date.test(d), `${where}: date ${d}`);
        for (const c of [f.actor_1, f.actor_2]) assert.ok(c === null || /^[A-Z]{3}$/.test(c), `${where}: actor ${c}`);
      }
    }
  });

  test(`${name}: the pipeline run on ${articlesDir}`, async (t) => {
    const records = buildRecords(t, articlesDir, dataset);
    await checkArticles(t, loadRecords(records).tables, ids, min, corpus, note !== null);
  });
}

testArticleSet('development articles', HELDOUT_ARTICLES, heldoutCorpus, heldoutArticleIds, HELDOUT_MIN);
testArticleSet('set B articles', HELDOUT_B_ARTICLES, heldoutBCorpus, heldoutBArticleIds, HELDOUT_B_MIN);

for (const batch of existsSync(CORPUS) ? readdirSync(CORPUS).filter((d) => /^batch-\d+$/.test(d)).sort() : []) {
  const annotations = readAnnotations(join(CORPUS, batch, 'annotations'));
  const ids = annotations.map((a) => a.source_id).sort();
  const corpus: Corpus = { annotations, textOf: (id) => readFileSync(join(SEED_ARTICLES, `${id}.txt`), 'utf8') };
  testArticleSet(`corpus ${batch}`, batchArticles(ids), corpus, ids, CORPUS_MIN[batch] ?? { precision: 0, recall: 0 }, null, 'sources/dataset.json');
}
