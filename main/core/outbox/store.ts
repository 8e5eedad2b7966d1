import type { KioskDb } from '../db/kioskDb';

export type ItemState = 'queued' | 'sending' | 'needs_attention';

export interface ItemRow {
  seq: number;
  id: string;
  idempotency_key: string;
  owner_scope: string;
  kind: string;
  state: ItemState;
  attempts: number;
  next_attempt_at: number;
  created_at: number;
  last_status: number | null;
}

export interface NewItem {
  id: string;
  idempotencyKey: string;
  ownerScope: string;
  kind: string;
  createdAt: number;
  wrappedKey: Buffer;
  sealed: Buffer;
  chunks: Buffer[];
}

export interface SealedPayload {
  wrappedKey: Buffer;
  sealed: Buffer;
  chunks: Buffer[];
}

export interface OutboxStats {
  depth: number;
  oldestCreatedAt: number | null;
  needingAttention: number;
}

/** SQL for the outbox tables; every multi-row change is one transaction. */
export function createOutboxStore(db: KioskDb) {
  const s = {
    insertItem: db.prepare(
      `INSERT INTO outbox_items (id, idempotency_key, owner_scope, kind, state, next_attempt_at, created_at)
       VALUES (?, ?, ?, ?, 'queued', ?, ?)`,
    ),
    insertPayload: db.prepare(
      'INSERT INTO outbox_payloads (item_id, wrapped_key, sealed) VALUES (?, ?, ?)',
    ),
    insertChunk: db.prepare('INSERT INTO outbox_chunks (item_id, idx, sealed) VALUES (?, ?, ?)'),
    head: db.prepare(
      `SELECT * FROM outbox_items WHERE owner_scope = ? AND state != 'needs_attention'
       ORDER BY seq LIMIT 1`,
    ),
    owners: db.prepare(
      `SELECT owner_scope, min(seq) AS first FROM outbox_items WHERE state != 'needs_attention'
       GROUP BY owner_scope ORDER BY first`,
    ),
    get: db.prepare('SELECT * FROM outbox_items WHERE id = ?'),
    payload: db.prepare('SELECT wrapped_key, sealed FROM outbox_payloads WHERE item_id = ?'),
    chunks: db.prepare('SELECT sealed FROM outbox_chunks WHERE item_id = ? ORDER BY idx'),
    setState: db.prepare('UPDATE outbox_items SET state = ? WHERE id = ?'),
    reschedule: db.prepare(
      `UPDATE outbox_items SET state = 'queued', attempts = attempts + 1, next_attempt_at = ?,
       last_status = ? WHERE id = ?`,
    ),
    attention: db.prepare(
      `UPDATE outbox_items SET state = 'needs_attention', attempts = attempts + 1, last_status = ?
       WHERE id = ?`,
    ),
    deleteChunks: db.prepare('DELETE FROM outbox_chunks WHERE item_id = ?'),
    deletePayload: db.prepare('DELETE FROM outbox_payloads WHERE item_id = ?'),
    deleteItem: db.prepare('DELETE FROM outbox_items WHERE id = ?'),
    receipt: db.prepare(
      `INSERT OR REPLACE INTO outbox_receipts (idempotency_key, kind, server_id, sealed_sha256, acknowledged_at)
       VALUES (?, ?, ?, ?, ?)`,
    ),
    resetSending: db.prepare(`UPDATE outbox_items SET state = 'queued' WHERE state = 'sending'`),
    purgeReceipts: db.prepare('DELETE FROM outbox_receipts WHERE acknowledged_at < ?'),
    stats: db.prepare(
      `SELECT
         sum(CASE WHEN state != 'needs_attention' THEN 1 ELSE 0 END) AS depth,
         min(CASE WHEN state != 'needs_attention' THEN created_at END) AS oldest,
         sum(CASE WHEN state = 'needs_attention' THEN 1 ELSE 0 END) AS attention
       FROM outbox_items`,
    ),
  };

  const removeItem = (id: string) => {
    s.deleteChunks.run(id);
    s.deletePayload.run(id);
    s.deleteItem.run(id);
  };

  return {
    insert: db.transaction((item: NewItem) => {
      s.insertItem.run(
        item.id,
        item.idempotencyKey,
        item.ownerScope,
        item.kind,
        item.createdAt,
        item.createdAt,
      );
      s.insertPayload.run(item.id, item.wrappedKey, item.sealed);
      item.chunks.forEach((chunk, i) => s.insertChunk.run(item.id, i, chunk));
    }),
    /** The owner's oldest item still to deliver: delivery is strictly in order per owner. */
    head: (owner: string) => s.head.get(owner) as ItemRow | undefined,
    owners: () => (s.owners.all() as Array<{ owner_scope: string }>).map((r) => r.owner_scope),
    get: (id: string) => s.get.get(id) as ItemRow | undefined,
    payload(id: string): SealedPayload | undefined {
      const row = s.payload.get(id) as { wrapped_key: Buffer; sealed: Buffer } | undefined;
      if (!row) return undefined;
      const chunks = (s.chunks.all(id) as Array<{ sealed: Buffer }>).map((r) => r.sealed);
      return { wrappedKey: row.wrapped_key, sealed: row.sealed, chunks };
    },
    markSending: (id: string) => void s.setState.run('sending', id),
    reschedule: (id: string, nextAttemptAt: number, lastStatus: number | null) =>
      void s.reschedule.run(nextAttemptAt, lastStatus, id),
    markAttention: (id: string, lastStatus: number | null) => void s.attention.run(lastStatus, id),
    /** Payload, chunks (hence the data key) and item go together; the receipt stays. */
    acknowledge: db.transaction(
      (item: ItemRow, receipt: { serverId: string | null; sealedSha256: string; at: number }) => {
        removeItem(item.id);
        s.receipt.run(
          item.idempotency_key,
          item.kind,
          receipt.serverId,
          receipt.sealedSha256,
          receipt.at,
        );
      },
    ),
    /** A submission refused while its user is still there: the user corrects it, nothing is kept. */
    discard: db.transaction((id: string) => removeItem(id)),
    /** After a crash, an item caught mid-send is simply sent again (same key: applied once). */
    resetSending: () => s.resetSending.run().changes,
    checkpoint: () => db.pragma('wal_checkpoint(TRUNCATE)'),
    /** Receipts are for support questions ("was it sent?"); they are not kept forever. */
    purgeReceipts: (before: number) => s.purgeReceipts.run(before).changes,
    stats(): OutboxStats {
      const row = s.stats.get() as {
        depth: number | null;
        oldest: number | null;
        attention: number | null;
      };
      return {
        depth: row.depth ?? 0,
        oldestCreatedAt: row.oldest,
        needingAttention: row.attention ?? 0,
      };
    },
    nextWake(): number | undefined {
      const row = db
        .prepare(`SELECT min(next_attempt_at) AS at FROM outbox_items WHERE state = 'queued'`)
        .get() as { at: number | null };
      return row.at ?? undefined;
    },
  };
}

export type OutboxStore = ReturnType<typeof createOutboxStore>;
