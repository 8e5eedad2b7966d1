import type { FastifyReply, FastifyRequest } from 'fastify';
import type { Db } from '../db/open';
import { ApiError } from '../errors';
import { sha256Hex } from '../tokens';

export type StaffRole = 'conseiller' | 'responsable' | 'it';
export const staffRoles: readonly StaffRole[] = ['conseiller', 'responsable', 'it'];

export interface StaffPrincipal {
  staffId: number;
  identifiant: string;
  nom: string;
  role: StaffRole;
  /** The agency the person works in; null for IT staff, who see every agency. */
  agencyCode: string | null;
}

/** The console's session cookie: HttpOnly (no script reads it), SameSite=Strict, whole origin. */
export const STAFF_COOKIE = 'ft_staff';
/** A working day: a console left open overnight asks for the password again. */
export const STAFF_SESSION_TTL_SECONDS = 8 * 3600;

const TOKEN = /^[A-Za-z0-9_-]{16,200}$/;

/** The raw session token from the Cookie header, or undefined when absent or malformed. */
export function staffSessionToken(request: FastifyRequest): string | undefined {
  const header = request.headers.cookie;
  if (typeof header !== 'string') return undefined;
  for (const part of header.split(';')) {
    const eq = part.indexOf('=');
    if (eq < 0 || part.slice(0, eq).trim() !== STAFF_COOKIE) continue;
    const value = part.slice(eq + 1).trim();
    return TOKEN.test(value) ? value : undefined;
  }
  return undefined;
}

/** Set-Cookie for a new session; Secure whenever the console is reached over HTTPS. */
export function setStaffCookie(reply: FastifyReply, token: string, secure: boolean): void {
  reply.header(
    'set-cookie',
    `${STAFF_COOKIE}=${token}; Path=/; HttpOnly; SameSite=Strict; Max-Age=${STAFF_SESSION_TTL_SECONDS}${secure ? '; Secure' : ''}`,
  );
}

export function clearStaffCookie(reply: FastifyReply): void {
  reply.header('set-cookie', `${STAFF_COOKIE}=; Path=/; HttpOnly; SameSite=Strict; Max-Age=0`);
}

export const staffAuthRequired = (): ApiError =>
  new ApiError(401, 'staff_auth_required', 'Sign in to the staff console first');

interface PrincipalRow {
  id: number;
  identifiant: string;
  nom: string;
  role: StaffRole;
  agency_code: string | null;
}

/**
 * A staff member's session from the `ft_staff` cookie: live (not revoked, not expired), and, when
 * `roles` is given, of one of those roles. 401 staff_auth_required, 403 staff_role_forbidden.
 */
export function authenticateStaff(
  db: Db,
  request: FastifyRequest,
  at: Date,
  roles?: readonly StaffRole[],
): StaffPrincipal {
  const token = staffSessionToken(request);
  if (!token) throw staffAuthRequired();
  const row = db
    .prepare(
      `SELECT a.id, a.identifiant, a.nom, a.role, a.agency_code
       FROM staff_sessions s JOIN staff_accounts a ON a.id = s.staff_id
       WHERE s.token_hash = ? AND s.revoked_at IS NULL AND s.expires_at > ?`,
    )
    .get(sha256Hex(token), at.toISOString()) as PrincipalRow | undefined;
  if (!row) throw staffAuthRequired();
  if (roles && !roles.includes(row.role))
    throw new ApiError(403, 'staff_role_forbidden', 'This role may not do this');
  return {
    staffId: row.id,
    identifiant: row.identifiant,
    nom: row.nom,
    role: row.role,
    agencyCode: row.agency_code,
  };
}

/** IT sees every agency; a conseiller or a responsable only their own. */
export function canSeeAgency(staff: StaffPrincipal, agencyCode: string | null): boolean {
  return staff.role === 'it' || (staff.agencyCode !== null && staff.agencyCode === agencyCode);
}

/** The idempotency scope of a signed-in staff member's POSTs (keys never collide across people). */
export const staffScope = (staff: StaffPrincipal): string => `staff:${staff.staffId}`;
