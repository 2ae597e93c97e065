/** make changelog: events added, changed and removed by id between two events.csv files; one section per release. */
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { eventChanges, eventsById, releaseSection, withSection } from '../pipeline/tools/changelog.ts';

const header = 'event_id,category,date,summary\r\n';
const before = eventsById(`${header}ev-a,visit,2010,A visited\r\nev-b,trade,2011,Trade grew\r\nev-c,aid,2012,Aid\r\n`);
const after = eventsById(`${header}ev-a,visit,2010-05,A visited\r\nev-c,aid,2012,Aid\r\nev-d,loan,2013,"A loan, large"\r\n`);

test('events are added, changed (with the columns that changed) and removed by id', () => {
  const c = eventChanges(before, after);
  assert.deepEqual(c.added.map((r) => r.event_id), ['ev-d']);
  assert.deepEqual(c.removed.map((r) => r.event_id), ['ev-b']);
  assert.deepEqual(c.changed.map((x) => [x.row.event_id, x.columns]), [['ev-a', ['date']]]);
  assert.equal(eventChanges(before, before).changed.length, 0);
  assert.equal(eventsById('').size, 0, 'no previous table: every event is added');
});

test('a release section replaces an earlier one of the same release and goes first', () => {
  const c = eventChanges(before, after);
  const first = withSection('', '2011-01-01+aaaa', releaseSection('2011-01-01+aaaa', 'HEAD', c));
  const again = withSection(first, '2011-01-01+aaaa', releaseSection('2011-01-01+aaaa', 'HEAD', c));
  assert.equal(again, first, 'rerunning make changelog changes nothing');
  const next = withSection(first, '2012-01-01+bbbb', releaseSection('2012-01-01+bbbb', 'HEAD', eventChanges(after, after)));
  assert.ok(next.indexOf('## 2012-01-01+bbbb') < next.indexOf('## 2011-01-01+aaaa'));
  assert.match(first, /### Added \(1\)\n\n- `ev-d` loan, 2013: A loan, large/);
  assert.match(first, /### Removed \(1\)/);
  assert.match(first, /\(changed: date\)/);
});
