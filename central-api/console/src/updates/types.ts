import type { components } from '../../../../shared/api/openapi';

/** What GET /v1/staff/updates answers: releases, the rollout, versions in service, agencies. */
export type UpdatesOverview = components['schemas']['UpdatesOverview'];
export type Release = components['schemas']['Release'];
export type RolloutRequest = components['schemas']['RolloutRequest'];
