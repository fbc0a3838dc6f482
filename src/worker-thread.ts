// Worker threads that run a TypeScript module of this package.
import { Worker } from 'node:worker_threads';

/**
 * Starts a worker running `module`. Node 20 does not pass the tsx loader hooks on to workers, so the
 * worker registers tsx itself before importing the module.
 */
export function startWorker(module: URL): Worker {
  const boot = `import('tsx/esm/api').then((m) => { m.register(); return import(${JSON.stringify(module.href)}); })`;
  return new Worker(boot, { eval: true });
}
