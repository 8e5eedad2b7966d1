import type { components } from '../../../shared/api/openapi';

/** The signed-in staff member, as GET /v1/staff/me gives it. */
export type StaffMe = components['schemas']['StaffMe'];
export type StaffRole = StaffMe['role'];
