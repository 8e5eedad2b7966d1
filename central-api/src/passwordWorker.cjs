'use strict';
// One piscina worker thread of the central API's password pool (passwords.ts): argon2id runs
// here so that the event loop that answers health checks and heartbeats never waits on a hash.
// Plain CommonJS on purpose: the same file is loaded from the source tree (tsx, vitest) and
// copied beside the esbuild bundle of main (dist/main), with no TypeScript loader in a worker.
// eslint-disable-next-line @typescript-eslint/no-require-imports -- a CommonJS worker, see above
const argon2 = require('argon2');
// eslint-disable-next-line @typescript-eslint/no-require-imports -- as above
const { readlinkSync } = require('node:fs');
// eslint-disable-next-line @typescript-eslint/no-require-imports -- as above
const { setPriority } = require('node:os');

// Hashes are background work next to the event loop: on a machine whose cores all hash, the loop
// thread would wait for CPU time like any other. Linux keeps a nice value per thread (and argon2's
// own lane threads inherit it), so this thread lowers its own; elsewhere it stays as it is.
try {
  const tid = Number(readlinkSync('/proc/thread-self').split('/').pop());
  if (Number.isInteger(tid) && tid > 0) setPriority(tid, 10);
} catch {
  // No /proc (not Linux), or not allowed: the same hashes at the same priority.
}

/** @param {{ op: 'hash', password: string, params: object } | { op: 'verify', digest: string, password: string }} task */
module.exports = async function passwordTask(task) {
  if (task.op === 'hash')
    return argon2.hash(task.password, { ...task.params, type: argon2.argon2id });
  return argon2.verify(task.digest, task.password);
};
