// How every command reports the problems with its inputs, and the exit code they lead to.
import type { Diagnostic } from '../../src/errors.ts';
import { exitCodes } from './exit-codes.ts';

/** Writes each diagnostic on one line of stderr: severity, message, code. */
export function writeDiagnostics(diagnostics: Diagnostic[]): void {
  for (const d of diagnostics) process.stderr.write(`${d.severity}: ${d.message} [${d.code}]\n`);
}

/** 1 when any input failed, else 0 (warnings do not fail a run). */
export function exitCodeFor(diagnostics: Diagnostic[]): number {
  return diagnostics.some((d) => d.severity === 'error') ? exitCodes.inputFailed : exitCodes.ok;
}
