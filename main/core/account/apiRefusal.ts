import { KioskError } from '../../../shared/contract';

/**
 * The central API's refusal code inside a KioskError from the client ("<operation>: central API
 * answered 409 identifiant_taken"), for the few refusals a screen explains in its own words.
 */
export function apiRefusal(error: unknown): { status: number; code: string } | undefined {
  if (!(error instanceof KioskError) || error.code !== 'api_error') return undefined;
  const match = /answered (\d{3}) ([a-z_]+)$/.exec(error.message);
  return match ? { status: Number(match[1]), code: match[2] ?? '' } : undefined;
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
