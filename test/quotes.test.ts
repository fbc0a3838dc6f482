// Quotations followed across a small fictional story: a copy that alters, cuts, adds and unquotes,
// and an independent outlet that quotes the same speaker differently.
import assert from 'node:assert/strict';
import { spawnSync } from 'node:child_process';
import { readFileSync } from 'node:fs';
import { test } from 'node:test';
import { analyzePaths } from '../src/pipeline.ts';
import { renderHtml } from '../src/report/html.ts';
import { toJson } from '../src/report/json.ts';
import { renderTerminal } from '../src/report/terminal.ts';

const folder = new URL('fixtures/quotes/', import.meta.url).pathname;
const cli = new URL('../bin/newstrace.js', import.meta.url).pathname;

test('quotes across a story', async (t) => {
  const analysis = await analyzePaths([folder]);
  const json = toJson(analysis);
  const quote = new Map(json.quotes.map((q) => [q.id, q]));
  const variant = (speaker: string) => json.quoteVariants.find((v) => v.speaker === speaker);

  await t.test('should flag the copy’s changed words as an alteration in the derivation', () => {
    const v = variant('Tomas Brankovic');
    assert.equal(v?.kind, 'altered');
    assert.equal(v?.context, 'derivation');
    assert.equal(quote.get(v?.a as string)?.article, 'courier');
    assert.equal(quote.get(v?.b as string)?.article, 'quayside-digest');
    assert.deepEqual(
      v?.diff.filter(([op]) => op !== '=').map(([op, text]) => `${op}${text.trim()}`),
      ['-sound', '+noise', '-whole', '+entire', '+crashing'],
    );
  });

  await t.test('should call a quotation cut short truncated', () => {
    assert.equal(variant('Felix Adeyemi')?.kind, 'truncated');
  });

  await t.test(
    'should report a different wording between outlets as a discrepancy, and the kept one as identical',
    () => {
      const marsh = json.quoteVariants.filter((v) => v.speaker === 'Helena Marsh');
      assert.deepEqual(marsh.map((v) => [v.context, v.kind]).sort(), [
        ['derivation', 'identical'],
        ['independent', 'altered'],
      ]);
    },
  );

  await t.test('should report a quotation only the copy has as added by the copy', () => {
    const added = json.quoteSingles.filter((s) => s.addedByCopy);
    assert.deepEqual(
      added.map((s) => quote.get(s.quote)?.speaker),
      ['Ida Kersten'],
    );
  });

  await t.test('should report a quotation the copy gives as indirect speech', () => {
    const [indirect] = json.quoteIndirect;
    assert.equal(indirect?.article, 'quayside-digest');
    assert.equal(quote.get(indirect?.quote as string)?.speaker, 'Helena Marsh');
  });

  await t.test('should show each alteration as a word diff in the terminal and the HTML report', () => {
    const text = renderTerminal(analysis);
    assert.match(
      text,
      /altered in quayside-digest \(copy of courier\) — Tomas Brankovic: “We heard a \[-sound-\] \{\+noise\+\}/,
    );
    const html = renderHtml(analysis);
    assert.match(html, /<del>sound <\/del><ins>noise <\/ins>/);
  });

  await t.test('should print each article’s quotations as JSON from `newstrace quotes --json`', () => {
    const run = spawnSync(process.execPath, [cli, 'quotes', '--json', folder], { encoding: 'utf8' });
    assert.equal(run.status, 0, run.stderr);
    const out = JSON.parse(run.stdout) as {
      quotes: Array<{ article: string; text: string; start: number; end: number; parts: number[][] }>;
    };
    assert.equal(out.quotes.length, json.quotes.length);
    for (const q of out.quotes) {
      const file = readFileSync(`${folder}${q.article}.${q.article === 'courier' ? 'md' : 'txt'}`, 'utf8');
      const pieces = q.parts.map(([a, b]) => file.slice(a, b));
      assert.equal(pieces.join(' '), q.text);
    }
  });
});
