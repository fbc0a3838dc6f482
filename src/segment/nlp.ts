// The one wink-nlp instance the pipeline shares (loading the model costs ~100 ms).

import model from 'wink-eng-lite-web-model';
import winkNLP from 'wink-nlp';

let instance: ReturnType<typeof winkNLP> | undefined;

/** wink-nlp with the English lite model: sentences, tokens, POS, lemmas and stems. */
export function nlp(): ReturnType<typeof winkNLP> {
  instance ??= winkNLP(model, ['sbd', 'pos']);
  return instance;
}
