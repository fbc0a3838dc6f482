import assert from 'node:assert/strict';
import { test } from 'node:test';
import { fileContentType } from './post-sources.ts';

test('should send a dropped file with its own type, else one by its extension', () => {
  assert.equal(fileContentType({ name: 'ferry.html', type: 'text/html' }), 'text/html');
  assert.equal(fileContentType({ name: 'ferry.md', type: '' }), 'text/markdown');
  assert.equal(fileContentType({ name: 'FERRY.HTM', type: '' }), 'text/html');
  assert.equal(fileContentType({ name: 'ferry', type: '' }), 'text/plain');
});
