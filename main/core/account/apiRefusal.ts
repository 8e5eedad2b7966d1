import { KioskError } from '../../../shared/contract';
import { CentralApiRefusal } from '../api/refusal';

/**
 * The central API's refusal (HTTP status + its error code) carried by the error the client or the
 * outbox threw, for the few refusals a screen explains in its own words.
 */
export function apiRefusal(error: unknown): { status: number; code: string } | undefined {
  if (!(error instanceof CentralApiRefusal) || error.apiCode === undefined) return undefined;
  return { status: error.status, code: error.apiCode };
}

/** Rethrows a refusal as invalid_input on one field (a catalogue key), else as it came. */
export async function mapRefusals<T>(
  work: () => Promise<T>,
  refusals: Record<string, [field: string, key: string]>,
): Promise<T> {
  try {
    return await work();
  } catch (error) {
    const refusal = apiRefusal(error);
    const mapped = refusal ? refusals[refusal.code] : undefined;
    if (mapped) {
      const [field, key] = mapped;
      throw new KioskError('invalid_input', `refused: ${refusal?.code ?? ''}`, { [field]: key });
    }
    throw error;
  }
}
