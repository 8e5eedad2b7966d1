/**
 * Types of the central API, generated from its OpenAPI document (openapi.json → openapi.d.ts by
 * `npm run openapi`). Pure types: safe to import from main, renderer and the reference server.
 */
import type { components, operations, paths } from './openapi';

export type { components, operations, paths };
