import assert from 'node:assert/strict';
import { test } from 'node:test';
import { findBoilerplate } from './boilerplate.ts';

const body = [
  'The Lowmoor ferry pier closed on Friday after the storm cracked two of its pylons, the harbour board said.',
  'Divers will inspect the pylons next week before the board decides whether the pier can reopen.',
  'The ferry to Carrow will sail from the north quay until then, the operator said.',
];

test('findBoilerplate', async (t) => {
  await t.test('should find subscription and newsletter prompts at the end of a lone article', () => {
    const found = findBoilerplate([
      {
        id: 'a',
        paragraphs: [
          ...body,
          'Discover more from Lowmoor Ledger',
          'Subscribe to get the latest posts sent to your email.',
        ],
      },
    ]);
    assert.deepEqual([...(found.get('a') ?? [])], [3, 4]);
  });

  await t.test('should find a line a publisher repeats at the edge of its articles', () => {
    const tag = 'Lowmoor Ledger is an independent local newspaper owned by its readers.';
    const found = findBoilerplate([
      { id: 'a', publisher: 'Lowmoor Ledger', paragraphs: [...body, tag] },
      {
        id: 'b',
        publisher: 'Lowmoor Ledger',
        paragraphs: ['The library will close on Mondays from June.', 'The council cut its budget.', tag],
      },
    ]);
    assert.deepEqual([...(found.get('a') ?? [])], [3]);
    assert.deepEqual([...(found.get('b') ?? [])], [2]);
  });

  await t.test('should not take a copy’s shared paragraphs for boilerplate (other publisher)', () => {
    const found = findBoilerplate([
      { id: 'original', publisher: 'Lowmoor Ledger', paragraphs: body },
      { id: 'copy', publisher: 'Harbour Digest', paragraphs: body },
      { id: 'copy2', paragraphs: body },
    ]);
    for (const id of ['original', 'copy', 'copy2']) assert.equal(found.get(id)?.size, 0);
  });

  await t.test('should leave long paragraphs and paragraphs in the middle alone', () => {
    const middle = [...body, ...body, 'Subscribe to our newsletter for more.', ...body, ...body];
    const found = findBoilerplate([{ id: 'a', paragraphs: middle }]);
    assert.equal(found.get('a')?.size, 0);
  });
});
