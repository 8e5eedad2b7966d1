import { defaultSignInLimits } from '../central-api/src/signInLimits';

/** Room left under the limit for the delay between our click and the central API's clock. */
const MARGIN_ATTEMPTS = 2;
const WINDOW_MS = 61_000;

/**
 * The central API lets one terminal try 30 sign-ins a minute (a person cannot type faster; the
 * limit stays as it is in production). The benches that sign a user in through the kiosk's UI, all
 * on that kiosk's one terminal, ask here first and wait, outside the timed part, whenever one more
 * sign-in could pass the limit. No 61 s span ever holds more than limit − 2 of our clicks, so no
 * minute of the server's holds more than the limit even with up to a second between the two.
 */
export class SignInPacer {
  private readonly clicks: number[] = [];
  private waitedMs = 0;
  private readonly budget = defaultSignInLimits.perTerminalPerMinute - MARGIN_ATTEMPTS;

  async beforeSignIn(): Promise<void> {
    const now = Date.now();
    while (this.clicks.length > 0 && now - (this.clicks[0] ?? 0) >= WINDOW_MS) this.clicks.shift();
    if (this.clicks.length >= this.budget) {
      const wait = (this.clicks[this.clicks.length - this.budget] ?? now) + WINDOW_MS - now;
      this.waitedMs += wait;
      await new Promise((resolve) => setTimeout(resolve, wait));
    }
    this.clicks.push(Date.now());
  }

  /** Seconds spent waiting so far (printed, so a slower bench is explained). */
  get waitedSeconds(): number {
    return Math.round(this.waitedMs / 1000);
  }
}
