/** The fleet's rows: heartbeats in, commands out, the IT list. Counts and codes only. */
import { randomUUID } from 'node:crypto';
import type { PushableConfig } from '../../../shared/config/pushable';
import type { Db } from '../db/open';
import type { CommandKind } from '../routes/fleetSchemas';

export interface HeartbeatHealth {
  appVersion: string;
  visitActive: boolean;
  outbox?: { depth: number; oldestAgeSeconds?: number | null; needingAttention: number };
  uptimeSeconds?: number;
  devices?: { scanner: string; printer: string; camera: string };
  visitsToday?: number;
  lastErrorCode?: string | null;
  configVersion?: number;
  outOfService?: boolean;
}

/**
 * One UPDATE a heartbeat: what the terminal did not send keeps its last value. Written without
 * waiting for the disk (synchronous=NORMAL for this one statement, outside any transaction): a
 * heartbeat lost in a power cut is replaced by the next one a minute later, while an fsync each,
 * 5 ms on an ordinary disk, would take half the server's time at 83 heartbeats a second. The
 * next durable write syncs these pages too; every other write keeps synchronous=FULL.
 */
export function recordHeartbeat(db: Db, terminalId: string, body: HeartbeatHealth, at: Date): void {
  if (db.inTransaction) {
    writeHeartbeat(db, terminalId, body, at);
    return;
  }
  db.pragma('synchronous = NORMAL');
  try {
    writeHeartbeat(db, terminalId, body, at);
  } finally {
    db.pragma('synchronous = FULL');
  }
}

function writeHeartbeat(db: Db, terminalId: string, body: HeartbeatHealth, at: Date): void {
  db.prepare(
    `UPDATE terminals SET last_seen_at = ?, app_version = ?, visit_active = ?,
       outbox_depth = coalesce(?, outbox_depth),
       outbox_oldest_age_seconds = CASE WHEN ? THEN ? ELSE outbox_oldest_age_seconds END,
       outbox_needing_attention = coalesce(?, outbox_needing_attention),
       uptime_seconds = coalesce(?, uptime_seconds),
       scanner_state = coalesce(?, scanner_state), printer_state = coalesce(?, printer_state),
       camera_state = coalesce(?, camera_state), visits_today = coalesce(?, visits_today),
       last_error_code = CASE WHEN ? THEN ? ELSE last_error_code END,
       config_version = coalesce(?, config_version),
       out_of_service_reported = coalesce(?, out_of_service_reported)
     WHERE id = ?`,
  ).run(
    at.toISOString(),
    body.appVersion,
    body.visitActive ? 1 : 0,
    body.outbox?.depth ?? null,
    body.outbox ? 1 : 0,
    body.outbox?.oldestAgeSeconds ?? null,
    body.outbox?.needingAttention ?? null,
    body.uptimeSeconds ?? null,
    body.devices?.scanner ?? null,
    body.devices?.printer ?? null,
    body.devices?.camera ?? null,
    body.visitsToday ?? null,
    body.lastErrorCode === undefined ? 0 : 1,
    body.lastErrorCode ?? null,
    body.configVersion ?? null,
    body.outOfService === undefined ? null : body.outOfService ? 1 : 0,
    terminalId,
  );
}

export interface PendingCommand {
  id: string;
  kind: CommandKind;
  config?: PushableConfig;
  configVersion?: number;
}

interface CommandRow {
  id: string;
  kind: CommandKind;
  payload_json: string | null;
}

/** The terminal's commands not yet acknowledged, oldest first. */
export function pendingCommands(db: Db, terminalId: string): PendingCommand[] {
  const rows = db
    .prepare(
      `SELECT id, kind, payload_json FROM terminal_commands
       WHERE terminal_id = ? AND done_at IS NULL ORDER BY created_at, rowid`,
    )
    .all(terminalId) as CommandRow[];
  return rows.map((row) => ({
    id: row.id,
    kind: row.kind,
    ...(row.payload_json
      ? (JSON.parse(row.payload_json) as { config: PushableConfig; configVersion: number })
      : {}),
  }));
}

/** Kinds that replace each other's pending command: only the last word counts. */
const supersedes: Record<CommandKind, readonly CommandKind[]> = {
  end_visit: [],
  relaunch: ['relaunch'],
  out_of_service: ['out_of_service', 'in_service'],
  in_service: ['out_of_service', 'in_service'],
  config: ['config'],
};

export function queueCommand(
  db: Db,
  entry: {
    terminalId: string;
    kind: CommandKind;
    staffId: number | null;
    at: Date;
    config?: PushableConfig;
  },
): { commandId: string; configVersion?: number } {
  const { terminalId, kind, at } = entry;
  const id = randomUUID();
  let configVersion: number | undefined;
  db.transaction(() => {
    const replaced = supersedes[kind];
    if (replaced.length > 0) {
      db.prepare(
        `UPDATE terminal_commands SET done_at = ?, outcome = 'superseded'
         WHERE terminal_id = ? AND done_at IS NULL AND kind IN (${replaced.map(() => '?').join(',')})`,
      ).run(at.toISOString(), terminalId, ...replaced);
    }
    let payload: string | null = null;
    if (kind === 'config') {
      const row = db
        .prepare(
          `UPDATE terminals SET config_version_requested = config_version_requested + 1,
           config_json = ? WHERE id = ? RETURNING config_version_requested AS version`,
        )
        .get(JSON.stringify(entry.config ?? {}), terminalId) as { version: number };
      configVersion = row.version;
      payload = JSON.stringify({ config: entry.config ?? {}, configVersion });
    }
    if (kind === 'out_of_service' || kind === 'in_service') {
      db.prepare('UPDATE terminals SET out_of_service = ? WHERE id = ?').run(
        kind === 'out_of_service' ? 1 : 0,
        terminalId,
      );
    }
    db.prepare(
      `INSERT INTO terminal_commands (id, terminal_id, kind, payload_json, staff_id, created_at)
       VALUES (?, ?, ?, ?, ?, ?)`,
    ).run(id, terminalId, kind, payload, entry.staffId, at.toISOString());
  })();
  return { commandId: id, configVersion };
}

/**
 * The terminal says it carried a command out (or could not). What it changed is written at once
 * so the console need not wait for the next heartbeat. False: no such pending command.
 */
export function ackCommand(
  db: Db,
  terminalId: string,
  commandId: string,
  outcome: 'done' | 'failed',
  errorCode: string | undefined,
  at: Date,
): boolean {
  return db.transaction(() => {
    const row = db
      .prepare(
        `UPDATE terminal_commands SET done_at = ?, outcome = ?
         WHERE id = ? AND terminal_id = ? AND done_at IS NULL RETURNING kind, payload_json`,
      )
      .get(
        at.toISOString(),
        outcome === 'done' ? 'done' : `failed:${errorCode ?? 'unknown'}`,
        commandId,
        terminalId,
      ) as { kind: CommandKind; payload_json: string | null } | undefined;
    if (!row) return false;
    if (outcome !== 'done') {
      if (errorCode) {
        db.prepare('UPDATE terminals SET last_error_code = ? WHERE id = ?').run(
          errorCode,
          terminalId,
        );
      }
      return true;
    }
    if (row.kind === 'config' && row.payload_json) {
      const { configVersion } = JSON.parse(row.payload_json) as { configVersion: number };
      db.prepare('UPDATE terminals SET config_version = ? WHERE id = ?').run(
        configVersion,
        terminalId,
      );
    }
    if (row.kind === 'out_of_service' || row.kind === 'in_service') {
      db.prepare('UPDATE terminals SET out_of_service_reported = ? WHERE id = ?').run(
        row.kind === 'out_of_service' ? 1 : 0,
        terminalId,
      );
    }
    return true;
  })();
}
