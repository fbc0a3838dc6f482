// Tests for singleQuotesAsPrimary: British-style articles get “…” with ‘…’ inside; apostrophes and
// articles quoting in double marks are left alone.
import assert from 'node:assert/strict';
import { test } from 'node:test';
import { singleQuotesAsPrimary as swap } from './primary-quotes.ts';

test('singleQuotesAsPrimary', async (t) => {
  await t.test('should swap the marks of an article that quotes in single marks', () => {
    assert.equal(
      swap('‘We will strike,’ said Quill. ‘The pier is unsafe and “nobody listens”, as usual.’'),
      '“We will strike,” said Quill. “The pier is unsafe and ‘nobody listens’, as usual.”',
    );
  });

  await t.test('should keep the same length, so offsets stay true', () => {
    const text = '‘We will strike today,’ said Quill. ‘The pier is unsafe,’ she said. 😀';
    assert.equal(swap(text).length, text.length);
    assert.notEqual(swap(text), text);
  });

  await t.test('should leave apostrophes inside and at the end of words as they are', () => {
    assert.equal(
      swap(
        '‘The workers’ pay hasn’t risen since the ’90s,’ said Quill. ‘Rock ‘n’ roll is over, ‘cause nobody came.’',
      ),
      '“The workers’ pay hasn’t risen since the ’90s,” said Quill. “Rock ‘n’ roll is over, ‘cause nobody came.”',
    );
  });

  await t.test('should close at the first mark that touches punctuation, else the first after a word', () => {
    assert.equal(
      swap(
        '‘We will strike on Monday,’ said Quill. ‘The boatmen’ union will meet’ she said. ‘It is over,’ he added.',
      ),
      '“We will strike on Monday,” said Quill. “The boatmen” union will meet’ she said. “It is over,” he added.',
      'without punctuation, an apostrophe after a word and before a space cannot be told from a closing mark',
    );
    assert.equal(
      swap('‘We will strike on Monday,’ said Quill. ‘The boatmen’ union will meet,’ she said.'),
      '“We will strike on Monday,” said Quill. “The boatmen’ union will meet,” she said.',
    );
  });

  await t.test('should swap a quotation left open at the end of its paragraph', () => {
    assert.equal(
      swap('‘We waited for years,’ said Quill. ‘Every year they said “next budget”.\n‘Now it is too late.’'),
      '“We waited for years,” said Quill. “Every year they said ‘next budget’.\n“Now it is too late.”',
    );
  });

  await t.test('should leave an article that quotes in double marks as it is', () => {
    const text =
      '“We will strike,” said Quill, calling the plan ‘a waste of good money’. “Nobody listens,” she said.';
    assert.equal(swap(text), text);
  });

  await t.test('should not decide on one single quotation or on short ones (titles, scare quotes)', () => {
    const headline = 'Council ‘Turns Its Back’ On Fishermen\nThe council met on Monday.';
    assert.equal(swap(headline), headline);
    const scare = 'The ‘temporary’ closure of the ‘old pier’ went on.';
    assert.equal(swap(scare), scare);
  });
});
