// The exit codes of every newstrace command, documented in the README.
export const exitCodes = { ok: 0, inputFailed: 1, usage: 2, internal: 3 } as const;
