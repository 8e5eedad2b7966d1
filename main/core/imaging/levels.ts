/**
 * Levels from a greyscale thumbnail's histogram: the paper (a high percentile) is pushed to white
 * and the ink (a low percentile) to black. Returns the `linear(a, b)` that does it.
 */
export function levelsFromHistogram(grey: Uint8Array): { a: number; b: number } {
  const histogram = new Uint32Array(256);
  for (const v of grey) histogram[v]! += 1;
  const percentile = (p: number): number => {
    const target = grey.length * p;
    let seen = 0;
    for (let v = 0; v < 256; v++) {
      seen += histogram[v]!;
      if (seen >= target) return v;
    }
    return 255;
  };
  const black = percentile(0.01);
  // Paper is most of a page: its level is well above the median of a text page.
  const white = Math.max(percentile(0.9) - 8, black + 32);
  const a = 255 / (white - black);
  return { a, b: -black * a };
}
