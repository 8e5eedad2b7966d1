import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { signedInDemo, startTestApi, type TestApi } from './helpers';

/** The kiosk shows "À venir" and "Passés" as the central API says, by the API's clock. */
describe('central API: appointments', () => {
  let api: TestApi;
  let clock = new Date('2026-11-05T10:00:00Z');
  beforeAll(async () => {
    api = await startTestApi({ now: () => clock });
  });
  afterAll(() => api.dispose());

  it('says which appointments are still to come, by its own clock', async () => {
    const list = async () =>
      (
        await api.request('GET', '/v1/appointments', {
          headers: (await signedInDemo(api, 'appointments')).user,
        })
      ).json as {
        appointments: { at: string; upcoming: boolean }[];
      };
    const seeded = (await list()).appointments;
    expect(seeded.length).toBeGreaterThan(0);
    for (const a of seeded) expect(a.upcoming).toBe(Date.parse(a.at) >= clock.getTime());
    expect(seeded.some((a) => a.upcoming)).toBe(true);

    // A year later every seeded appointment is past, whatever the caller's clock says.
    clock = new Date('2027-11-05T10:00:00Z');
    const later = (await list()).appointments;
    expect(later.map((a) => a.upcoming)).toEqual(later.map(() => false));
  });
});
