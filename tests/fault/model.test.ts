import fc from 'fast-check';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { DurableOutbox } from '../../main/core/outbox/durableOutbox';
import type { KioskDb } from '../../main/core/db/kioskDb';
import type { ChaosAction } from './support/chaosProxy';
import {
  TEST_PATH,
  canaryContent,
  eventually,
  startHarness,
  type Harness,
} from './support/harness';

/**
 * A randomised model test: sequences of submit / fail / down / reconnect / restart against the
 * real central API. The model is the set of submissions committed locally; whatever happens, once
 * the network is back, each of them is on the server exactly once and the outbox is empty.
 */
type Step =
  | { t: 'submit'; owner: number }
  | { t: 'fail'; action: ChaosAction; times: number }
  | { t: 'down' }
  | { t: 'up' }
  | { t: 'restart' }
  | { t: 'wait'; ms: number };

const failure = fc.constantFrom<ChaosAction>(
  { do: 'reply', status: 500, body: '{}' },
  { do: 'reply', status: 503, body: '{}' },
  { do: 'reply', status: 200, body: '"not an object"' },
  { do: 'drop' },
  { do: 'commit-then-drop' },
  { do: 'commit-then-reply', status: 201, body: '{"id":' },
  { do: 'truncate' },
);

const step: fc.Arbitrary<Step> = fc.oneof(
  { weight: 4, arbitrary: fc.record({ t: fc.constant('submit' as const), owner: fc.nat(2) }) },
  {
    weight: 2,
    arbitrary: fc.record({
      t: fc.constant('fail' as const),
      action: failure,
      times: fc.integer({ min: 1, max: 4 }),
    }),
  },
  { weight: 1, arbitrary: fc.constant({ t: 'down' as const }) },
  { weight: 1, arbitrary: fc.constant({ t: 'up' as const }) },
  { weight: 1, arbitrary: fc.constant({ t: 'restart' as const }) },
  {
    weight: 1,
    arbitrary: fc.record({ t: fc.constant('wait' as const), ms: fc.integer({ min: 0, max: 40 }) }),
  },
);

let h: Harness;
beforeAll(async () => {
  h = await startHarness();
});
afterAll(() => h.dispose());

describe('outbox model: submit / fail / restart / reconnect', () => {
  it('delivers every committed submission exactly once', async () => {
    let run = 0;
    await fc.assert(
      fc.asyncProperty(fc.array(step, { minLength: 1, maxLength: 14 }), async (steps) => {
        run += 1;
        let isDown = false;
        let failuresLeft = 0;
        let failAction: ChaosAction = { do: 'pass' };
        h.proxy.plan = () => (failuresLeft-- > 0 ? failAction : { do: 'pass' });
        let current: { outbox: DurableOutbox; db: KioskDb } = h.openOutbox({ firstAttemptMs: 50 });
        let n = 0;
        for (const s of steps) {
          if (s.t === 'submit') {
            const reference = `model-${run}-${n++}`;
            current.outbox.enqueue(
              `owner-${s.owner}`,
              {
                kind: 'test-submission',
                path: TEST_PATH,
                body: { reference, content: canaryContent(reference) },
              },
              { 'X-Submission-Grant': h.visit.submissionGrant },
            );
            h.submitted.push(reference);
            current.outbox.kick();
          } else if (s.t === 'fail') {
            failAction = s.action;
            failuresLeft = s.times;
          } else if (s.t === 'down' && !isDown) {
            await h.proxy.down();
            isDown = true;
          } else if (s.t === 'up' && isDown) {
            await h.proxy.up();
            isDown = false;
          } else if (s.t === 'restart') {
            await current.outbox.close();
            current.db.close();
            current = h.openOutbox({ firstAttemptMs: 50 });
          } else if (s.t === 'wait') {
            await new Promise((r) => setTimeout(r, s.ms));
          }
        }
        if (isDown) await h.proxy.up();
        failuresLeft = 0;
        current.outbox.kick();
        await eventually(() => current.outbox.status().depth === 0, 15_000);
        await current.outbox.idle();
        expect(current.outbox.status().needingAttention).toBe(0);
        await current.outbox.close();
        current.db.close();
        h.assertInvariant();
      }),
      { numRuns: 25 },
    );
  });
});
