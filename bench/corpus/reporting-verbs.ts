// Lists the reporting verbs of news text with the variants a rewriter swaps in for them.

/** Reporting verbs and the variants a rewriter swaps in: "said" → "told reporters". */
export const reportingVariants: Record<string, string[]> = {
  said: ['stated', 'told reporters', 'noted', 'explained'],
  says: ['states', 'notes', 'explains'],
  told: ['informed'],
};
