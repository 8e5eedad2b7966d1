/** The origin of a URL, or undefined when it is not a URL (about:blank, garbage, null frame). */
export function originOf(url: string | undefined | null): string | undefined {
  if (!url) return undefined;
  try {
    const { origin } = new URL(url);
    // Opaque origins (data:, about:) serialise as the string 'null': never equal to ours.
    return origin === 'null' ? undefined : origin;
  } catch {
    return undefined;
  }
}

/** Whether `url` is on the kiosk's own origin (scheme, host and port all equal). */
export function isSameOrigin(url: string | undefined | null, origin: string): boolean {
  const actual = originOf(url);
  return actual !== undefined && actual === originOf(origin);
}
