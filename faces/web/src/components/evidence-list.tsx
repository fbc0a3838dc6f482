// The evidence of a derivation: its measures first, then each reason for its direction, strongest
// first; a reason against the direction chosen starts with "against:".

export function EvidenceList({ evidence }: { evidence: string[] }) {
  if (evidence.length === 0) return null;
  const seen = new Map<string, number>();
  return (
    <ul className="evidence">
      {evidence.map((line) => {
        // Two identical lines are possible; the count keeps their keys apart.
        const n = (seen.get(line) ?? 0) + 1;
        seen.set(line, n);
        return (
          <li key={`${line}\u0000${n}`} className={line.startsWith('against:') ? 'against' : undefined}>
            {line}
          </li>
        );
      })}
    </ul>
  );
}
