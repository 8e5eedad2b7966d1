// The PostgreSQL connection behind the synchronous Db (postgresDb.ts): the main thread posts one
// request, sleeps on a shared flag, and reads the answer from its port once the flag is set. One
// connection per Db, so BEGIN … COMMIT issued by the main thread run on the same session.
// Plain CommonJS, as passwordWorker.cjs: loaded from the source tree and beside the bundle alike.
'use strict';
// eslint-disable-next-line @typescript-eslint/no-require-imports -- a CommonJS worker, see above
const { parentPort, workerData } = require('node:worker_threads');
// eslint-disable-next-line @typescript-eslint/no-require-imports -- as above
const { Client, types } = require('pg');

// SQLite's answers, kept: integers (COUNT, SUM, BIGINT columns) as numbers, booleans as 1/0.
types.setTypeParser(20, (v) => Number(v));
types.setTypeParser(1700, (v) => Number(v));
types.setTypeParser(16, (v) => (v === 't' ? 1 : 0));

const flag = new Int32Array(workerData.flag);
const port = workerData.port;
const client = new Client({ connectionString: workerData.url, application_name: 'central-api' });
const ready = (async () => {
  await client.connect();
  if (workerData.schema) {
    await client.query(`CREATE SCHEMA IF NOT EXISTS "${workerData.schema}"`);
    await client.query(`SET search_path TO "${workerData.schema}"`);
  }
})();

const asBuffer = (v) =>
  v instanceof Uint8Array && !Buffer.isBuffer(v)
    ? Buffer.from(v.buffer, v.byteOffset, v.byteLength)
    : v;

function answer(seq, message) {
  port.postMessage({ seq, ...message });
  Atomics.store(flag, 0, 1);
  Atomics.notify(flag, 0);
}

parentPort.on('message', async (request) => {
  try {
    await ready;
    if (request.op === 'close') {
      await client.end();
      answer(request.seq, { ok: true });
      return;
    }
    const result = await client.query({
      text: request.text,
      values: request.values ? request.values.map(asBuffer) : undefined,
      rowMode: request.rowMode,
    });
    const last = Array.isArray(result) ? result[result.length - 1] : result;
    answer(request.seq, { ok: true, rows: last.rows ?? [], rowCount: last.rowCount ?? 0 });
  } catch (error) {
    answer(request.seq, {
      ok: false,
      error: {
        message: error.message,
        code: error.code,
        detail: error.detail,
        constraint: error.constraint,
      },
    });
  }
});
