// One line of the evaluation table.

export interface EvalRow {
  measurement: string;
  data: string;
  setting: string;
  /** The figure, or a note when the measurement was skipped. */
  value: number | string;
  /** The figure the project aims at, when it has one (higher is better). */
  target?: number;
}

/** A row that says what was not measured and why. */
export function skipped(measurement: string, data: string, reason: string): EvalRow {
  return { measurement, data, setting: '', value: `skipped: ${reason}` };
}
