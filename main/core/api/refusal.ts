import { KioskError } from '../../../shared/contract';

/**
 * A 4xx refusal from the central API, still the contract's 'api_error' for the renderer, carrying
 * the HTTP status and the API's own code as data for main-side callers (mapRefusals). Only
 * KioskError.toInfo() crosses IPC/RPC, so these fields never leave main.
 */
export class CentralApiRefusal extends KioskError {
  constructor(
    message: string,
    readonly status: number,
    readonly apiCode: string | undefined,
  ) {
    super('api_error', message);
  }
}
