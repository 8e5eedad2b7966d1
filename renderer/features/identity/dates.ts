/** "14/03/1990" (what the user types) → "1990-03-14" (what the schemas check); anything else as is. */
export function toIsoDate(display: string): string {
  const m = /^\s*(\d{1,2})\/(\d{1,2})\/(\d{4})\s*$/.exec(display);
  return m ? `${m[3]}-${m[2]?.padStart(2, '0')}-${m[1]?.padStart(2, '0')}` : display;
}

/** "1990-03-14" → "14/03/1990", to show a saved date back in the field. */
export function toDisplayDate(iso: string): string {
  const m = /^(\d{4})-(\d{2})-(\d{2})$/.exec(iso);
  return m ? `${m[3]}/${m[2]}/${m[1]}` : iso;
}
