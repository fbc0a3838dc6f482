// Who reported a shared fact first: among a story's independent reports (originals and reports of
// their own, not copies), the one that published a fact before every other report stating it.
import type { Quote } from '../quotes/types.ts';
import type { RepresentedArticle } from '../represent/types.ts';
import type { Counterparts } from './counterparts.ts';
import { entry } from './map-entry.ts';
import type { FirstReport } from './types.ts';

/**
 * For each report, the facts it published first: its sentences aligned with another report's, its
 * quotations another report carries, and its sentences stating a rare name or number another report
 * states too, each with the reports sharing it. A fact counts when every report sharing it has a
 * publication time and this one's is the earliest; without times nobody is first.
 */
export function firstReports(
  reports: RepresentedArticle[],
  shared: Counterparts,
  quotes: Quote[],
  carriers: Map<string, Set<string>>,
): Map<string, FirstReport[]> {
  const ids = new Set(reports.map((r) => r.id));
  const time = new Map(reports.map((r) => [r.id, Date.parse(r.meta.published ?? '')]));
  const anchorsOf = new Map(reports.map((r) => [r.id, new Set(r.features.flatMap((f) => f.anchors))]));
  const out = new Map<string, FirstReport[]>();
  for (const report of reports) {
    const facts = new Map<number, Set<string>>();
    const note = (sentence: number, others: Iterable<string>) => {
      for (const other of others) {
        if (other !== report.id && ids.has(other)) entry(facts, sentence, () => new Set<string>()).add(other);
      }
    };
    for (const [sentence, others] of shared.get(report.id) ?? []) note(sentence, others);
    for (const q of quotes)
      if (q.article === report.id && !q.fragment) note(q.sentence, carriers.get(q.id) ?? []);
    const seen = new Set<string>();
    report.features.forEach((f, sentence) => {
      if (report.sentences[sentence]?.heading) return;
      for (const anchor of f.anchors) {
        if (seen.has(anchor)) continue;
        seen.add(anchor);
        note(
          sentence,
          reports.filter((r) => anchorsOf.get(r.id)?.has(anchor)).map((r) => r.id),
        );
      }
    });
    const mine = time.get(report.id) as number;
    const first = [...facts]
      .filter(([, others]) => [...others].every((o) => mine < (time.get(o) as number)))
      .sort(([a], [b]) => a - b)
      .map(([sentence, others]) => ({ sentence, alsoIn: [...others].sort() }));
    out.set(report.id, first);
  }
  return out;
}
