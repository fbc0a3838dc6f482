// Tests for quoteStyle: which guillemet opens, and whether „ makes “ a closing mark.
import assert from 'node:assert/strict';
import { test } from 'node:test';
import { plainQuoteStyle, quoteStyle } from './quote-style.ts';

test('quoteStyle', async (t) => {
  await t.test('should read an article without guillemets or low marks in the plain style', () => {
    assert.deepEqual(quoteStyle('“Fares rise,” said Quill. ‘Late’ again.'), plainQuoteStyle);
  });

  await t.test('should let « open when it comes first (French style)', () => {
    assert.equal(quoteStyle('Il a dit : « Oui ». Puis « non ».').guillemetOpens, '«');
  });

  await t.test('should let » open when it comes first (German and Danish style)', () => {
    const style = quoteStyle('Er sagte: »Ja«. Dann »nein«.');
    assert.equal(style.guillemetOpens, '»');
    assert.equal(
      style.singleGuillemetOpens,
      '›',
      'single guillemets follow the doubles without a sign of their own',
    );
  });

  await t.test('should read single guillemets by their own first mark when they have one', () => {
    assert.equal(quoteStyle('»Er sagte ‹nein›.«').singleGuillemetOpens, '‹');
  });

  await t.test('should read “ as closing once the article opens a quotation with „', () => {
    assert.equal(quoteStyle('„Ja“, sagte er.').lowOpens, true);
    assert.equal(quoteStyle('“Yes,” he said.').lowOpens, false);
  });
});
