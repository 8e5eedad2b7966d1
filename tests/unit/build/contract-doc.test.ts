import { readFileSync } from 'node:fs';
import { resolve } from 'node:path';
import { describe, expect, it } from 'vitest';
import { CONTRACT_DOC_PATH, generateContractDoc } from '../../../scripts/contractDoc';
import { events, methodNames } from '../../../shared/contract';

const committed = readFileSync(resolve(import.meta.dirname, '../../..', CONTRACT_DOC_PATH), 'utf8');

describe('docs/contract.md', () => {
  it('is the one the contract generates', async () => {
    expect(
      committed === (await generateContractDoc()),
      `${CONTRACT_DOC_PATH} out of date: run npm run contract-doc and commit the result`,
    ).toBe(true);
  });

  it('lists every method and event once', () => {
    for (const name of [...methodNames, ...Object.keys(events)]) {
      const rows = committed.split('\n').filter((line) => line.startsWith(`| \`${name}\` `));
      expect(rows, name).toHaveLength(1);
    }
  });
});
