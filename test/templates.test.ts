// Templated reports (results, earnings) share their wording but not their names and numbers:
// they are not copies of each other.
import assert from 'node:assert/strict';
import { test } from 'node:test';
import { analyze } from '../src/pipeline.ts';

const template = (home: string, away: string, score: string, scorer: string, coach: string, crowd: string) =>
  [
    `${home} beat ${away} in the county league`,
    `${home} beat ${away} ${score} at home on Saturday, lifting the club to third place in the county league table.`,
    `${scorer} scored twice in the second half after a goalless first period in which both sides struggled on a heavy pitch.`,
    `A crowd of ${crowd} watched the match, the largest attendance of the season so far.`,
    `“We were patient and the goals came,” said ${coach}, the ${home} manager, after the final whistle.`,
    `${away} stay in the bottom half of the table and host their neighbours next weekend.`,
    `The league resumes after the winter break, with ${home} due to play four matches in twelve days.`,
  ].join('\n');

test('should not call two reports from one template derived', async () => {
  const raw = [
    {
      id: 'rovers',
      path: 'rovers.txt',
      meta: {},
      text: template('Lindenfield Rovers', 'Calder Town', '3-1', 'Ossian Marr', 'Petra Vell', '2,310'),
    },
    {
      id: 'united',
      path: 'united.txt',
      meta: {},
      text: template('Marrow United', 'Ashby Athletic', '2-0', 'Tomas Quill', 'Jana Orrey', '1,845'),
    },
  ];
  const result = await analyze(raw);
  assert.deepEqual(result.provenance.derivations, []);
});

test('should still call a copy that keeps the names and numbers derived', async () => {
  const text = template('Lindenfield Rovers', 'Calder Town', '3-1', 'Ossian Marr', 'Petra Vell', '2,310');
  const raw = [
    { id: 'rovers', path: 'rovers.txt', meta: {}, text },
    {
      id: 'rovers-copy',
      path: 'copy.txt',
      meta: {},
      text: text.replace('at home on Saturday', 'on Saturday at their ground'),
    },
  ];
  const result = await analyze(raw);
  assert.equal(result.provenance.derivations.length, 1);
});
