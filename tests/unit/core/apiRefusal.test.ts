import axios from 'axios';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { apiRefusal, mapRefusals } from '../../../main/core/account/apiRefusal';
import { toKioskError } from '../../../main/core/api/errors';
import { CentralApiRefusal } from '../../../main/core/api/refusal';
import { KioskError } from '../../../shared/contract';
import { startTestApi, type TestApi } from '../central-api/helpers';

// The central API's refusal travels as data (status + code) from the axios client to mapRefusals,
// never parsed back out of a message, and never across IPC.
describe('central API refusals inside main', () => {
  let api: TestApi;
  beforeAll(async () => {
    api = await startTestApi();
  });
  afterAll(() => api.dispose());

  /** What the client turns a real 4xx of the reference central API into. */
  async function refusedEnrolment(): Promise<KioskError> {
    try {
      await axios.post(`${api.url}/v1/terminals/enrol`, {
        enrolmentToken: 'not-the-token',
        label: 'borne-test',
      });
    } catch (error) {
      return toKioskError(error, 'enrolment');
    }
    throw new Error('the central API accepted a wrong enrolment token');
  }

  it('carries the HTTP status and the API code of a real refusal', async () => {
    const error = await refusedEnrolment();
    expect(error).toBeInstanceOf(CentralApiRefusal);
    expect(error.code).toBe('api_error');
    expect(apiRefusal(error)).toEqual({ status: 401, code: 'invalid_enrolment_token' });
  });

  it('sends only the contract fields across IPC', async () => {
    const info = (await refusedEnrolment()).toInfo();
    expect(Object.keys(info).sort()).toEqual(['code', 'message']);
    expect(info.code).toBe('api_error');
  });

  it('no longer reads a code out of message text, nor finds one in other errors', () => {
    const lookalike = new KioskError('api_error', 'x: central API answered 409 identifiant_taken');
    expect(apiRefusal(lookalike)).toBeUndefined();
    expect(apiRefusal(new CentralApiRefusal('x: answered 400', 400, undefined))).toBeUndefined();
    expect(apiRefusal(new Error('409 identifiant_taken'))).toBeUndefined();
  });

  it('maps a listed refusal to invalid_input on its field and rethrows the others as they came', async () => {
    const taken = new CentralApiRefusal('registration start: refused', 409, 'identifiant_taken');
    const refusals = { identifiant_taken: ['identifiant', 'account.errors.taken'] } as Record<
      string,
      [string, string]
    >;
    await expect(
      mapRefusals(() => Promise.reject(taken), refusals).catch((e: KioskError) => e.toInfo()),
    ).resolves.toEqual({
      code: 'invalid_input',
      message: 'refused: identifiant_taken',
      fields: { identifiant: 'account.errors.taken' },
    });
    const other = new CentralApiRefusal('x', 409, 'slot_unavailable');
    await expect(mapRefusals(() => Promise.reject(other), refusals)).rejects.toBe(other);
    await expect(mapRefusals(() => Promise.resolve(7), refusals)).resolves.toBe(7);
  });
});
