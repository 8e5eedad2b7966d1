/** The grey levels below which the shares `ps` of the pixels lie (one histogram for all). */
export function greyPercentiles(grey: Uint8Array, ps: readonly number[]): number[] {
  const histogram = new Uint32Array(256);
  for (const v of grey) histogram[v]! += 1;
  return ps.map((p) => {
    const target = grey.length * p;
    let seen = 0;
    for (let v = 0; v < 256; v++) {
      seen += histogram[v]!;
      if (seen >= target) return v;
    }
    return 255;
  });
}

/**
 * Levels from a greyscale thumbnail's histogram: the paper (a high percentile) is pushed to white
 * and the ink (a low percentile) to black. Returns the `linear(a, b)` that does it.
 */
export function levelsFromHistogram(grey: Uint8Array): { a: number; b: number } {
  const [black, paper] = greyPercentiles(grey, [0.01, 0.9]) as [number, number];
  // Paper is most of a page: its level is well above the median of a text page.
  const white = Math.max(paper - 8, black + 32);
  const a = 255 / (white - black);
  return { a, b: -black * a };
}
