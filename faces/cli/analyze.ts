// `newstrace analyze`: flags → analyzePaths → a report on stdout or in files → exit code.
import { readFileSync, writeFileSync } from 'node:fs';
import { analyzePaths } from '../../src/pipeline.ts';
import { renderHtml } from '../../src/report/html.ts';
import { toJson } from '../../src/report/json.ts';
import { renderTerminal } from '../../src/report/terminal.ts';
import { exitCodeFor, writeDiagnostics } from './diagnostics.ts';
import { progressBar } from './progress.ts';

export interface AnalyzeFlags {
  json?: boolean;
  out?: string;
  html?: string;
  semantic: 'glove' | 'use';
  window?: number;
  charset?: string;
  progress: boolean;
}

/** Runs the analysis and writes the requested reports; returns the exit code. */
export async function runAnalyze(paths: string[], flags: AnalyzeFlags): Promise<number> {
  const bar = progressBar(flags.progress);
  const analysis = await analyzePaths(paths, {
    semantic: flags.semantic,
    ...(flags.window ? { candidates: { windowDays: flags.window } } : {}),
    onProgress: bar.onProgress,
    stdin: () => readFileSync(0),
    ...(flags.charset ? { charset: flags.charset } : {}),
  });
  bar.stop();
  const json = flags.json || flags.out ? `${JSON.stringify(toJson(analysis), null, 2)}\n` : undefined;
  if (json && flags.out) writeFileSync(flags.out, json);
  else if (json) process.stdout.write(json);
  if (flags.html) writeFileSync(flags.html, renderHtml(analysis));
  if (!flags.json) {
    const text = renderTerminal(analysis, { color: process.stdout.isTTY, width: process.stdout.columns });
    process.stdout.write(text);
  } else {
    // The JSON owns stdout; problems still reach the user on stderr.
    writeDiagnostics(analysis.diagnostics);
  }
  return exitCodeFor(analysis.diagnostics);
}
