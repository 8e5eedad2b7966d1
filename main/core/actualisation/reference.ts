import { randomInt } from 'node:crypto';
import {
  REFERENCE_ALPHABET,
  formatPeriod,
  type Period,
} from '../../../shared/domain/actualisation';

/** ACT-202611-7K4Q2M: readable over the phone, made here so a queued declaration has it already. */
export function newReference(period: Period): string {
  let code = '';
  for (let i = 0; i < 6; i += 1) code += REFERENCE_ALPHABET[randomInt(REFERENCE_ALPHABET.length)];
  return `ACT-${formatPeriod(period).replace('-', '')}-${code}`;
}
