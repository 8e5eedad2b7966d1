/** The central API's actualisation bodies, from its OpenAPI document (see ../api/types.ts). */
import type { components } from '../../../shared/api';

export type CurrentActualisation = components['schemas']['ActualisationCurrent'];
export type ActualisationRequest = components['schemas']['ActualisationRequest'];
export type ActualisationCreated = components['schemas']['Actualisation'];
