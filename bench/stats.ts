export interface Stats {
  median: number;
  p95: number;
  min: number;
  max: number;
}

export function stats(samples: number[]): Stats {
  const sorted = [...samples].sort((a, b) => a - b);
  const at = (q: number) =>
    sorted[Math.min(sorted.length - 1, Math.ceil(q * sorted.length) - 1)] ?? NaN;
  return { median: at(0.5), p95: at(0.95), min: sorted[0] ?? NaN, max: sorted.at(-1) ?? NaN };
}

export function formatRow(label: string, value: Stats | null): string {
  const cells = value
    ? [value.median, value.p95, value.min, value.max].map((n) => n.toFixed(1).padStart(8))
    : ['median', 'p95', 'min', 'max'].map((h) => h.padStart(8));
  return `${label.padEnd(44)}${cells.join('')}`;
}
