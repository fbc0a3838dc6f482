// Worker threads that run a TypeScript module of this package.
import { Worker } from 'node:worker_threads';

/**
 * Starts a worker running `module`. Node 20 does not pass the tsx loader hooks on to workers, so the
 * worker registers tsx itself before importing the module. tsx is resolved here, from this package:
 * an eval'd worker would resolve it from the working folder, where it is not when newstrace runs
 * elsewhere.
 */
export function startWorker(module: URL): Worker {
  const tsx = import.meta.resolve('tsx/esm/api');
  const boot = `import(${JSON.stringify(tsx)}).then((m) => { m.register(); return import(${JSON.stringify(module.href)}); })`;
  return new Worker(boot, { eval: true });
}
