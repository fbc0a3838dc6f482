// Worker side of the encoder pool: encodes the texts it is sent with its own copy of the model.
import { parentPort } from 'node:worker_threads';
import { encodeSentences } from './sentence-encoder.ts';

parentPort?.on('message', async (texts: string[]) => {
  parentPort?.postMessage(await encodeSentences(texts));
});
