// Generic sentences a compilation adds of its own between the passages it stitches together.

import type { Random } from './random.ts';

// No names, no numbers, nothing tied to one kind of event: any compilation may use any of them, so they
// say nothing a provenance engine could trace. Many of them, so two compilations seldom share two.
const fillerSentences: readonly string[] = [
  'Here is what we know so far.',
  'The picture is still emerging.',
  'Questions remain about what happens next.',
  'Not everyone sees it the same way.',
  'The reaction was swift.',
  'Reports from the scene paint a similar picture.',
  'Those closest to events offered another view.',
  'It is not the first time the issue has come up.',
  'What happens next is far from settled.',
  'Accounts of the day differ in the details.',
  'The wider context matters here.',
  'Others were more cautious.',
  'The story has drawn attention well beyond the area.',
  'Some of the details have yet to be confirmed.',
  'There was more to come later in the day.',
  'Much depends on the weeks ahead.',
  'The response has been mixed.',
  'Local reaction has been strong.',
  'Officials have been asked to say more.',
  'This is how the day unfolded.',
  'Elsewhere, the mood was different.',
  'For many residents, the news came as a surprise.',
  'The debate is likely to continue.',
  'Critics were quick to respond.',
  'Supporters welcomed the news.',
  'It remains unclear how long this will last.',
  'Further updates are expected.',
  'The full story is more complicated.',
  'Several questions are still unanswered.',
  'People nearby described what they saw.',
];

/**
 * `count` distinct filler sentences (at most as many as there are) in random order.
 * @example fillers(3, random) // ['The reaction was swift.', …]
 */
export function fillers(count: number, random: Random): string[] {
  return random.shuffle(fillerSentences).slice(0, count);
}
