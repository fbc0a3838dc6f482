// The colour key of the comparison: methods of aligned passages, additions, omissions, word changes.

export function Legend() {
  return (
    <p className="legend">
      <span className="swatch verbatim">verbatim</span>
      <span className="swatch edited">edited</span>
      <span className="swatch paraphrased">paraphrased</span>
      <span className="swatch added">added by the copy</span>
      <span className="swatch omitted">left out by the copy</span>
      <ins>inserted words</ins>
      <del>removed words</del>
    </p>
  );
}
