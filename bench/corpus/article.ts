// The shape of a news article as the benchmark corpus generator reads, rewrites and writes it.

/** A news article as the generator handles it: a headline and one string per paragraph. */
export interface Article {
  headline: string;
  paragraphs: string[];
}
