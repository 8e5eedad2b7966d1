/**
 * Types of the central API, generated from its OpenAPI document (openapi.json → openapi.d.ts by
 * `npm run openapi`). Pure types: safe to import from main, renderer and the reference server.
 */
import type { components, operations, paths } from './openapi';

export type { components, operations, paths };

type Schemas = components['schemas'];

export type ApiErrorBody = Schemas['Error'];
export type ApiHealth = Schemas['Health'];
export type ApiEnrolRequest = Schemas['EnrolRequest'];
export type ApiEnrolResponse = Schemas['EnrolResponse'];
export type ApiHeartbeatRequest = Schemas['HeartbeatRequest'];
export type ApiHeartbeatResponse = Schemas['HeartbeatResponse'];
export type ApiSignInRequest = Schemas['SignInRequest'];
export type ApiSessionCreated = Schemas['SessionCreated'];
export type ApiProfile = Schemas['Profile'];
export type ApiAssistRequest = Schemas['AssistRequest'];
export type ApiAssistRequestCreated = Schemas['AssistRequestCreated'];

/** Error codes the reference server answers with (the `code` of an ApiErrorBody). */
export const apiErrorCodes = [
  'invalid_request',
  'unsupported_media_type',
  'payload_too_large',
  'headers_too_large',
  'request_timeout',
  'not_found',
  'invalid_enrolment_token',
  'invalid_terminal_token',
  'invalid_user_token',
  'invalid_credentials',
  'idempotency_request_in_flight',
  'idempotency_key_reused',
  'internal_error',
] as const;
export type ApiErrorCode = (typeof apiErrorCodes)[number];

/** Headers of the protocol that are not in a schema body. */
export const apiHeaders = {
  idempotencyKey: 'Idempotency-Key',
  idempotentReplayed: 'Idempotent-Replayed',
  userToken: 'X-User-Token',
} as const;
