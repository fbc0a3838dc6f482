// What bench/peers.ts needs of a tool it compares: one entry per tool, newstrace's own run included.
import type { Corpus } from '../corpus/generate.ts';
import type { FoundPair } from './score.ts';

/** One timed run of a tool: the pairs it reported, each with a similarity from 0 to 1. */
export interface PeerRun {
  /** Wall-clock seconds of the tool's own work: reading the files to reporting pairs. */
  seconds: number;
  pairs: FoundPair[];
}

/** A tool compared on the same corpus. */
export interface Peer {
  name: string;
  /** The settings, in a few words, for the table. */
  settings: string;
  /** Pairs scoring at least this (0–1) count as found: the tool's own default where it has one. */
  threshold: number;
  /** Why the tool cannot run here on `articles` articles (not installed, too slow), or undefined. */
  unavailable?(articles: number): string | undefined;
  /**
   * Runs the tool on `<folder>/<id>.txt` for each of `ids` (headline line, then one paragraph a line);
   * `corpus` has the same articles with their publication times, for a tool that wants them.
   */
  run(folder: string, ids: string[], corpus: Corpus): Promise<PeerRun>;
}
