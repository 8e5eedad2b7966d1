import { describe, expect, it } from 'vitest';
import { kioskWindowArgs } from '../../../main/host/chromium';

describe('the browser-mode kiosk window', () => {
  it('runs Chromium in French whatever the machine language, so dates never read month first', () => {
    const args = kioskWindowArgs('http://localhost:5170/', '/tmp/profile');
    expect(args).toContain('--lang=fr');
    expect(args).toContain('--app=http://localhost:5170/');
    expect(args).toContain('--user-data-dir=/tmp/profile');
  });
});
