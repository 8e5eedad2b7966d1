import axios, { type AxiosInstance, type AxiosRequestConfig } from 'axios';
import { createHash, randomUUID } from 'node:crypto';
import { KioskError, type Profile } from '../../../shared/contract';
import type { Logger } from '../logging';
import type {
  AssistRequestBody,
  AssistRequestCreated,
  AssistRequestStatus,
  EnrolBody,
  EnrolResponse,
  TerminalTokenBody,
  TerminalTokenResponse,
  HeartbeatBody,
  HeartbeatResponse,
  SessionCreated,
  SignInBody,
  TerminalCommandAck,
  TerminalCommandList,
  UploadState,
} from './types';
import type { DeliveryReply } from '../outbox/transport';
import {
  enrolmentCodeHash,
  memoryCredentialStore,
  type CredentialStore,
  type TerminalCredential,
} from './terminalCredential';
import { apiErrorCode, apiStatus, retryAfterSeconds, toKioskError } from './errors';

export interface CentralApiOptions {
  baseUrl: string;
  timeoutMs: number;
  /** A shared enrolment token (the embedded demo's): enrols a label not enrolled yet. */
  enrolmentToken?: string | undefined;
  /** IT's one-time code for this terminal: enrols or re-enrols it, once. */
  enrolmentCode?: string | undefined;
  terminalLabel: string;
  agencyCode?: string | undefined;
  /** Where the terminal's own credential is kept (kiosk.db, sealed); default: memory. */
  credentials?: CredentialStore;
  logger: Logger;
}

/**
 * The kiosk's only door to the central API. The terminal authenticates as itself: enrolled once
 * (IT's code, or the demo's shared token) it holds its own secret, which it exchanges for
 * short-lived access tokens, renewed on expiry. Users authenticate on top with a user token that
 * the caller keeps in memory. Every POST carries a fresh Idempotency-Key.
 */
export class CentralApiClient {
  private readonly http: AxiosInstance;
  private readonly credentials: CredentialStore;
  private terminal: { token: string; expiresAt: number } | undefined;
  private enrolling: Promise<string> | undefined;
  /** The config's code was refused while a credential was stored: not tried again this run. */
  private codeRefused = false;

  constructor(private readonly options: CentralApiOptions) {
    this.credentials = options.credentials ?? memoryCredentialStore();
    this.http = axios.create({
      baseURL: options.baseUrl,
      timeout: options.timeoutMs,
      headers: { 'Content-Type': 'application/json' },
      // Redirects would let a misconfigured proxy send credentials elsewhere.
      maxRedirects: 0,
    });
  }

  signIn(body: SignInBody): Promise<SessionCreated> {
    return this.asTerminal('sign-in', { method: 'POST', url: '/v1/sessions', data: body });
  }

  me(userToken: string): Promise<Profile> {
    return this.asTerminal('profile', {
      method: 'GET',
      url: '/v1/me',
      headers: { 'X-User-Token': userToken },
    });
  }

  async signOut(userToken: string): Promise<void> {
    await this.asTerminal('sign-out', {
      method: 'POST',
      url: '/v1/sessions/logout',
      headers: { 'X-User-Token': userToken },
    });
  }

  async employerSignOut(employerToken: string): Promise<void> {
    await this.asTerminal('employer sign-out', {
      method: 'POST',
      url: '/v1/employer-sessions/logout',
      headers: { 'X-Employer-Token': employerToken },
    });
  }

  /** An employer space's read (GET with X-Employer-Token). */
  getAsEmployer<T>(operation: string, path: string, employerToken: string): Promise<T> {
    return this.asTerminal(operation, {
      method: 'GET',
      url: path,
      headers: { 'X-Employer-Token': employerToken },
    });
  }

  requestAssist(body: AssistRequestBody): Promise<AssistRequestCreated> {
    return this.asTerminal('assist request', {
      method: 'POST',
      url: '/v1/assist-requests',
      data: body,
    });
  }

  assistStatus(requestId: string): Promise<AssistRequestStatus> {
    return this.asTerminal('assist status', {
      method: 'GET',
      url: `/v1/assist-requests/${encodeURIComponent(requestId)}`,
    });
  }

  async cancelAssist(requestId: string): Promise<void> {
    await this.asTerminal('assist cancel', {
      method: 'POST',
      url: `/v1/assist-requests/${encodeURIComponent(requestId)}/cancel`,
    });
  }

  /** A read open to any terminal, signed-in user or not (job offers). */
  getAsTerminal<T>(operation: string, path: string): Promise<T> {
    return this.asTerminal(operation, { method: 'GET', url: path });
  }

  /** A feature's read on behalf of the signed-in user (GET with X-User-Token). */
  getAsUser<T>(operation: string, path: string, userToken: string): Promise<T> {
    return this.asTerminal(operation, {
      method: 'GET',
      url: path,
      headers: { 'X-User-Token': userToken },
    });
  }

  /**
   * A feature's write on behalf of a user. `credentials` are the headers that prove who the user is
   * (X-User-Token during the visit; the outbox sends a submission grant once the user has gone).
   * `idempotencyKey` is fixed by the caller when the request may be repeated (the outbox's key).
   */
  postAs<T>(
    operation: string,
    path: string,
    body: unknown,
    credentials: Record<string, string>,
    idempotencyKey?: string,
  ): Promise<T> {
    return this.asTerminal(
      operation,
      { method: 'POST', url: path, data: body, headers: credentials },
      idempotencyKey,
    );
  }

  /**
   * The outbox's POST: the raw outcome (status, code, Retry-After) instead of a KioskError, so the
   * outbox can tell a final refusal from a transient one. Throws only when there is no answer.
   */
  async deliver(
    path: string,
    body: unknown,
    credentials: Record<string, string>,
    idempotencyKey: string,
  ): Promise<DeliveryReply> {
    try {
      const data = await this.sendAsTerminal<unknown>(
        { method: 'POST', url: path, data: body, headers: credentials },
        idempotencyKey,
      );
      return { ok: true, data };
    } catch (error) {
      const status = apiStatus(error);
      if (status === undefined) throw error;
      return {
        ok: false,
        status,
        code: apiErrorCode(error),
        retryAfterSeconds: retryAfterSeconds(error),
      };
    }
  }

  /**
   * Sends `bytes` as upload `uploadId` (an id the caller chooses and keeps, e.g. a UUID stored with
   * an outbox item), in chunks of at most 256 KiB each with its sha256. Resumable: it first asks
   * which chunks the server already has and sends only the missing ones, so calling it again after
   * a failure (or a restart) with the same id and bytes picks up where it stopped. Resolves once the
   * server has checked the whole file's sha256; the upload id then goes in the JSON body of the
   * submission (e.g. `{ uploadId, ... }` to /v1/documents). `credentials`: as for postAs.
   */
  async uploadAttachment(
    uploadId: string,
    bytes: Uint8Array,
    credentials: Record<string, string>,
  ): Promise<void> {
    const sha256 = createHash('sha256').update(bytes).digest('hex');
    const path = `/v1/uploads/${encodeURIComponent(uploadId)}`;
    const upload = await this.asTerminal<UploadState>('upload', {
      method: 'PUT',
      url: path,
      data: { size: bytes.length, sha256 },
      headers: credentials,
    });
    if (!upload.complete) {
      const have = new Set(upload.received);
      for (let index = 0; index < upload.chunkCount; index++) {
        if (have.has(index)) continue;
        const chunk = bytes.subarray(index * upload.chunkSize, (index + 1) * upload.chunkSize);
        await this.asTerminal('upload chunk', {
          method: 'PUT',
          url: `${path}/chunks/${index}`,
          data: Buffer.from(chunk.buffer, chunk.byteOffset, chunk.byteLength),
          headers: {
            ...credentials,
            'Content-Type': 'application/octet-stream',
            'X-Chunk-Sha256': createHash('sha256').update(chunk).digest('hex'),
          },
        });
      }
      await this.asTerminal('upload complete', {
        method: 'POST',
        url: `${path}/complete`,
        headers: credentials,
      });
    }
  }

  heartbeat(body: HeartbeatBody): Promise<HeartbeatResponse> {
    return this.asTerminal('heartbeat', {
      method: 'POST',
      url: '/v1/terminals/heartbeat',
      data: body,
    });
  }

  /** `Bearer <token>` with a live terminal token (enrolling first if needed): the updater's feed. */
  async authorization(): Promise<string> {
    try {
      return `Bearer ${await this.terminalToken()}`;
    } catch (error) {
      throw toKioskError(error, 'enrolment');
    }
  }

  /**
   * The terminal's remote commands: answered at once when some are pending, else held by the
   * central API up to `waitSeconds` (a long poll), so that one open request brings a command
   * within a second without polling every few seconds.
   */
  waitCommands(
    waitSeconds: number,
    known: readonly string[],
    signal?: AbortSignal,
  ): Promise<TerminalCommandList> {
    return this.asTerminal('commands', {
      method: 'GET',
      url: '/v1/terminals/commands',
      params: known.length > 0 ? { waitSeconds, known: known.join(',') } : { waitSeconds },
      timeout: this.options.timeoutMs + waitSeconds * 1000,
      signal,
    });
  }

  async ackCommand(commandId: string, body: TerminalCommandAck): Promise<void> {
    await this.asTerminal('command ack', {
      method: 'POST',
      url: `/v1/terminals/commands/${encodeURIComponent(commandId)}/ack`,
      data: body,
    });
  }

  /** Whatever fails comes out as a KioskError naming the operation. */
  private async asTerminal<T>(
    operation: string,
    request: AxiosRequestConfig,
    idempotencyKey?: string,
  ): Promise<T> {
    try {
      return await this.sendAsTerminal<T>(request, idempotencyKey);
    } catch (error) {
      throw toKioskError(error, operation);
    }
  }

  /** Sends a request with the terminal's token; on an expired or revoked one, enrols again once. */
  private async sendAsTerminal<T>(request: AxiosRequestConfig, fixedKey?: string): Promise<T> {
    const send = async (token: string): Promise<T> => {
      const headers: Record<string, string> = {
        ...(request.headers as Record<string, string>),
        Authorization: `Bearer ${token}`,
      };
      if (request.method === 'POST') headers['Idempotency-Key'] = idempotencyKey;
      const response = await this.http.request<T>({ ...request, headers });
      return response.data;
    };
    // Fixed before the first try so that a retry after re-enrolment is recognised as the same request.
    const idempotencyKey = fixedKey ?? randomUUID();
    try {
      return await send(await this.terminalToken());
    } catch (error) {
      if (apiStatus(error) !== 401 || apiErrorCode(error) !== 'invalid_terminal_token') throw error;
      this.terminal = undefined;
      return send(await this.terminalToken());
    }
  }

  private async terminalToken(): Promise<string> {
    if (this.terminal && this.terminal.expiresAt > Date.now() + 30_000) return this.terminal.token;
    this.enrolling ??= this.authenticate().finally(() => {
      this.enrolling = undefined;
    });
    return this.enrolling;
  }

  /** Resolves once no enrolment is under way (the kiosk closes its database after). */
  async idle(): Promise<void> {
    await this.enrolling?.catch(() => undefined);
  }

  /**
   * A new code in the config first (IT re-enrolled this terminal), then the stored credential,
   * then the shared token for a terminal never enrolled. A credential the central API refuses
   * (replaced by a re-enrolment) is forgotten.
   */
  private async authenticate(): Promise<string> {
    const { enrolmentCode, enrolmentToken, logger } = this.options;
    const stored = this.credentials.load();
    const codeHash = enrolmentCode ? enrolmentCodeHash(enrolmentCode) : undefined;
    if (enrolmentCode && codeHash !== stored?.codeHash && !this.codeRefused) {
      try {
        return await this.enrol({ enrolmentCode }, codeHash);
      } catch (error) {
        if (!stored || apiErrorCode(error) !== 'invalid_enrolment_code') throw error;
        this.codeRefused = true;
      }
    }
    if (stored) {
      try {
        return await this.exchange(stored);
      } catch (error) {
        if (apiErrorCode(error) !== 'invalid_terminal_credential') throw error;
        logger.error('terminal.credential_refused');
        this.credentials.clear();
      }
    }
    if (enrolmentToken) return this.enrol({ enrolmentToken });
    throw new KioskError(
      'api_error',
      'terminal not enrolled: ask IT for an enrolment code and set terminal.enrolmentCode in the config',
    );
  }

  private keepToken(accessToken: string, expiresInSeconds: number): string {
    this.terminal = { token: accessToken, expiresAt: Date.now() + expiresInSeconds * 1000 };
    return accessToken;
  }

  private async exchange(credential: TerminalCredential): Promise<string> {
    const body: TerminalTokenBody = {
      terminalId: credential.terminalId,
      terminalSecret: credential.secret,
    };
    const { data } = await this.http.post<TerminalTokenResponse>('/v1/terminals/token', body, {
      headers: { 'Idempotency-Key': randomUUID() },
    });
    return this.keepToken(data.accessToken, data.expiresInSeconds);
  }

  private async enrol(
    secret: { enrolmentToken: string } | { enrolmentCode: string },
    codeHash?: string,
  ): Promise<string> {
    const { logger } = this.options;
    const body: EnrolBody = {
      ...secret,
      label: this.options.terminalLabel,
      ...(this.options.agencyCode ? { agencyCode: this.options.agencyCode } : {}),
    };
    try {
      const { data } = await this.http.post<EnrolResponse>('/v1/terminals/enrol', body, {
        headers: { 'Idempotency-Key': randomUUID() },
      });
      this.credentials.save({ terminalId: data.terminalId, secret: data.terminalSecret, codeHash });
      logger.info('terminal.enrolled', { with: codeHash ? 'code' : 'token' });
      return this.keepToken(data.accessToken, data.expiresInSeconds);
    } catch (error) {
      const code = apiErrorCode(error);
      const refusal = code ? ENROLMENT_REFUSALS[code] : undefined;
      if (!refusal) throw toKioskError(error, 'enrolment');
      logger.error('terminal.enrolment_refused', { code });
      throw new KioskError('api_error', refusal);
    }
  }
}

/** What the admin reads in the log and the console when enrolment is refused. */
const ENROLMENT_REFUSALS: Record<string, string> = {
  invalid_enrolment_token: 'enrolment token refused: check terminal.enrolmentToken in the config',
  invalid_enrolment_code:
    'enrolment code refused (unknown, used, expired or for another label): ask IT for a new one for terminal.enrolmentCode',
  terminal_already_enrolled:
    'this terminal label is already enrolled: ask IT for an enrolment code and set terminal.enrolmentCode',
};
