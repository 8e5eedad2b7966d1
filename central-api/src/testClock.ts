/**
 * TEST AND TRAINING ONLY. `KIOSK_API_NOW=2026-11-05T10:00:00Z` starts the reference central API's
 * clock at that instant (it then runs at normal speed), so a test or a training room can be inside
 * or outside the actualisation window on any day. Read only where the reference server is started
 * (its CLI and the kiosk's embedded start); a real central API has its own clock.
 */
export function clockFromEnv(env: NodeJS.ProcessEnv = process.env): { now?: () => Date } {
  const value = env.KIOSK_API_NOW;
  if (!value) return {};
  const start = Date.parse(value);
  if (Number.isNaN(start)) throw new Error('KIOSK_API_NOW is not a date-time (ISO 8601)');
  const offset = start - Date.now();
  return { now: () => new Date(Date.now() + offset) };
}
