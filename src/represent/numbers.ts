// Canonical forms of the numbers a sentence states, so "three" and "3" or "1,200" and "1200" match.

const cardinals: Record<string, number> = {
  one: 1,
  two: 2,
  three: 3,
  four: 4,
  five: 5,
  six: 6,
  seven: 7,
  eight: 8,
  nine: 9,
  ten: 10,
  eleven: 11,
  twelve: 12,
  thirteen: 13,
  fourteen: 14,
  fifteen: 15,
  sixteen: 16,
  seventeen: 17,
  eighteen: 18,
  nineteen: 19,
  twenty: 20,
  thirty: 30,
  forty: 40,
  fifty: 50,
  sixty: 60,
  seventy: 70,
  eighty: 80,
  ninety: 90,
  hundred: 100,
  dozen: 12,
};

/**
 * The numbers in one token: digit runs (`10-yard` → `10`, `$2.5` → `2.5`, `1,200` → `1200`) or a
 * cardinal word (`three` → `3`). Years and times are numbers too (`2025`, `10`).
 */
export function numbersIn(token: string): string[] {
  const lower = token.toLowerCase();
  const digits = lower.match(/\d+(?:[.,]\d+)*/g);
  if (digits) return digits.map((d) => String(Number(d.replace(/,(?=\d{3}\b)/g, ''))));
  const word = cardinals[lower];
  return word === undefined ? [] : [String(word)];
}
