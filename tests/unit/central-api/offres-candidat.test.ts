import { randomUUID } from 'node:crypto';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import {
  createOfferSearch,
  demoOfferNumbers,
  romeIndexFromFile,
  sendOfferAlerts,
  shippedPlaces,
} from '../../../central-api/src/index';
import { sampleCv } from '../cv/sample';
import { signedInDemo, startTestApi, type TestApi } from './helpers';

let api: TestApi;
let camille: Record<string, string>;
let karim: Record<string, string>;
let auth: Record<string, string>;
const KARIM = { identifiant: '7654321B', motDePasse: 'Soleil-Juin-8', codePostal: '22200' };

/** Offers by state and apply mode, from the seeded corpus. */
const numeroWhere = (where: string) =>
  api.query<{ numero: string }>(`SELECT numero FROM offres WHERE ${where} LIMIT 1`)[0]!.numero;

const post = (path: string, headers: Record<string, string>, body?: unknown) =>
  api.request('POST', path, { headers, ...(body === undefined ? {} : { body }) });

async function publishedCv(headers: Record<string, string>): Promise<string> {
  const cvId = randomUUID();
  expect(
    (await post('/v1/cvs', headers, { cvId, step: 'cible', content: sampleCv() })).status,
  ).toBe(200);
  expect((await post(`/v1/cvs/${cvId}/status`, headers, { status: 'published' })).status).toBe(200);
  return cvId;
}

const reference = () => `APP-20261205-${randomUUID().replace(/-/g, '').slice(0, 6).toUpperCase()}`;

beforeAll(async () => {
  api = await startTestApi({ demoOffers: 2000 });
  ({ user: camille, auth } = await signedInDemo(api, 'offres-candidat'));
  const reply = await api.signIn(auth, KARIM);
  karim = { ...auth, 'x-user-token': String(reply.json?.userToken) };
}, 60_000);
afterAll(() => api.dispose());

describe('Mon classeur d’offres', () => {
  it('saves, lists, removes, and lets a filled offer go, saying so once', async () => {
    const open = demoOfferNumbers.open;
    const other = numeroWhere(`status = 'published' AND numero != '${open}'`);
    expect((await post('/v1/me/classeur', camille, { numero: open })).status).toBe(200);
    expect((await post('/v1/me/classeur', camille, { numero: other })).status).toBe(200);
    // Saving again changes nothing.
    expect((await post('/v1/me/classeur', camille, { numero: open })).status).toBe(200);
    const list = await api.request('GET', '/v1/me/classeur', { headers: camille });
    expect((list.json!.offres as { numero: string }[]).map((o) => o.numero).sort()).toEqual(
      [open, other].sort(),
    );
    // Someone else's classeur is their own.
    const theirs = await api.request('GET', '/v1/me/classeur', { headers: karim });
    expect(theirs.json).toEqual({ offres: [], removed: [] });

    // The employer fills the offer: it leaves the classeur, said once.
    const db = api.openDb();
    db.prepare("UPDATE offres SET status = 'filled' WHERE numero = ?").run(other);
    db.close();
    const after = await api.request('GET', '/v1/me/classeur', { headers: camille });
    expect(after.json!.removed).toEqual([
      { numero: other, title: expect.any(String) as string, reason: 'filled' },
    ]);
    expect((after.json!.offres as unknown[]).length).toBe(1);
    const again = await api.request('GET', '/v1/me/classeur', { headers: camille });
    expect(again.json!.removed).toEqual([]);

    expect((await post(`/v1/me/classeur/${open}/delete`, camille)).status).toBe(200);
    const gone = await post(`/v1/me/classeur/${open}/delete`, camille);
    expect([gone.status, gone.json!.code]).toEqual([404, 'not_saved']);
  });

  it('refuses an offer that is filled, withdrawn or unknown, and a bad number, with a reason', async () => {
    const filled = await post('/v1/me/classeur', camille, { numero: demoOfferNumbers.filled });
    expect([filled.status, filled.json!.code]).toEqual([409, 'offer_filled']);
    const withdrawn = await post('/v1/me/classeur', camille, {
      numero: demoOfferNumbers.withdrawn,
    });
    expect([withdrawn.status, withdrawn.json!.code]).toEqual([409, 'offer_withdrawn']);
    const unknown = await post('/v1/me/classeur', camille, { numero: '000000A' });
    expect([unknown.status, unknown.json!.code]).toEqual([404, 'offer_not_found']);
    expect((await post('/v1/me/classeur', camille, { numero: '12' })).status).toBe(400);
    // Not signed in: the terminal's token alone is not enough.
    expect((await post('/v1/me/classeur', auth, { numero: demoOfferNumbers.open })).status).toBe(
      401,
    );
  });
});

describe('e-mail alerts', () => {
  const criteria = { texte: 'boulanger', lieu: { kind: 'commune', code: '75056' }, rayonKm: 20 };

  it('creates, lists (renewing them for 3 months) and deletes, the refusals with reasons', async () => {
    const created = await post('/v1/me/alertes', camille, {
      nom: 'Boulanger à Paris',
      email: 'camille.martin@exemple.fr',
      criteria,
    });
    expect(created.status, created.text).toBe(201);
    const alert = created.json as { id: string; createdAt: string; expiresAt: string };
    const months = (Date.parse(alert.expiresAt) - Date.parse(alert.createdAt)) / 86_400_000;
    expect(months).toBeGreaterThanOrEqual(89);
    expect(months).toBeLessThanOrEqual(92);

    // Viewing renews: an alert near its end is active for 3 months again.
    const db = api.openDb();
    db.prepare("UPDATE offres_alertes SET expires_at = '2000-01-01T00:00:00.000Z'").run();
    db.close();
    const list = await api.request('GET', '/v1/me/alertes', { headers: camille });
    const [listed] = list.json!.alertes as { id: string; expiresAt: string; criteria: unknown }[];
    expect(listed!.id).toBe(alert.id);
    expect(listed!.criteria).toEqual(criteria);
    expect(Date.parse(listed!.expiresAt)).toBeGreaterThan(Date.now() + 80 * 86_400_000);

    const bad = [
      [{ nom: 'x', email: 'pas-une-adresse', criteria }, 400, undefined],
      [{ nom: 'x', email: 'a@b.fr', criteria: {} }, 400, 'criteria_required'],
      [
        { nom: 'x', email: 'a@b.fr', criteria: { lieu: { kind: 'commune', code: '99999' } } },
        400,
        'unknown_place',
      ],
      [{ nom: '', email: 'a@b.fr', criteria }, 400, undefined],
    ] as const;
    for (const [body, status, code] of bad) {
      const reply = await post('/v1/me/alertes', camille, body);
      expect(reply.status, reply.text).toBe(status);
      if (code) expect(reply.json!.code).toBe(code);
    }
    for (let i = 0; i < 4; i += 1)
      expect(
        (await post('/v1/me/alertes', camille, { nom: `n${i}`, email: 'a@b.fr', criteria })).status,
      ).toBe(201);
    const sixth = await post('/v1/me/alertes', camille, { nom: 'n5', email: 'a@b.fr', criteria });
    expect([sixth.status, sixth.json!.code]).toEqual([409, 'alert_limit_reached']);

    // Another person cannot delete it; its owner can.
    expect((await post(`/v1/me/alertes/${alert.id}/delete`, karim)).status).toBe(404);
    expect((await post(`/v1/me/alertes/${alert.id}/delete`, camille)).status).toBe(200);
  });

  it('mails the new offers matching an active alert once, and nothing to an expired one', async () => {
    const created = await post('/v1/me/alertes', karim, {
      nom: 'Électricien',
      email: 'karim@exemple.fr',
      criteria: { rome: 'F1602' },
    });
    expect(created.status).toBe(201);
    const { id } = created.json as { id: string };
    const db = api.openDb();
    const engine = createOfferSearch(db, romeIndexFromFile(), shippedPlaces);
    const mails = () =>
      db
        .prepare("SELECT user_id, body_json FROM outgoing_emails WHERE kind = 'offer_alert'")
        .all() as { body_json: string }[];
    const later = new Date(Date.now() + 60_000);
    // Nothing was published since the alert was made.
    expect(sendOfferAlerts(db, engine, later).find((m) => m.alertId === id)).toBeUndefined();
    // Two electrician offers are published now: they are mailed, once.
    const fresh = db
      .prepare("SELECT numero FROM offres WHERE rome = 'F1602' AND status = 'published' LIMIT 2")
      .pluck()
      .all() as string[];
    const newer = new Date(later.getTime() + 60_000);
    db.prepare(
      `UPDATE offres SET published_at = ? WHERE numero IN (${fresh.map(() => '?').join(',')})`,
    ).run(newer.toISOString(), ...fresh);
    const sent = sendOfferAlerts(db, engine, new Date(newer.getTime() + 60_000));
    expect(sent).toContainEqual({ alertId: id, offres: 2 });
    const body = JSON.parse(mails().at(-1)!.body_json) as {
      to: string;
      alerte: string;
      offres: { numero: string }[];
    };
    expect(body.to).toBe('karim@exemple.fr');
    expect(body.alerte).toBe('Électricien');
    expect(body.offres.map((o) => o.numero).sort()).toEqual([...fresh].sort());
    expect(JSON.stringify(body)).not.toMatch(/token|password|motDePasse/i);
    expect(sendOfferAlerts(db, engine, new Date(newer.getTime() + 120_000))).toEqual([]);
    // An alert nobody viewed for 3 months sends nothing.
    db.prepare(
      "UPDATE offres_alertes SET expires_at = '2000-01-01T00:00:00.000Z' WHERE id = ?",
    ).run(id);
    db.prepare('UPDATE offres SET published_at = ? WHERE numero = ?').run(
      new Date(newer.getTime() + 180_000).toISOString(),
      fresh[0],
    );
    expect(sendOfferAlerts(db, engine, new Date(newer.getTime() + 240_000))).toEqual([]);
    db.close();
  });
});

describe('applications', () => {
  it('applies once with a published CV; the CV is kept as sent; listed with the offer', async () => {
    const cvId = await publishedCv(camille);
    const numero = demoOfferNumbers.open;
    const ref = reference();
    const body = { reference: ref, numero, cvId, message: 'Disponible tout de suite.' };
    const sent = await post('/v1/me/candidatures', camille, body);
    expect(sent.status, sent.text).toBe(201);
    expect(sent.json).toMatchObject({
      reference: ref,
      numero,
      title: expect.any(String) as string,
    });
    // A redelivery of the same reference answers the recorded application.
    const redelivered = await post('/v1/me/candidatures', camille, body);
    expect([redelivered.status, redelivered.json!.sentAt]).toEqual([201, sent.json!.sentAt]);
    // Twice to one offer: a clear refusal.
    const twice = await post('/v1/me/candidatures', camille, { ...body, reference: reference() });
    expect([twice.status, twice.json!.code]).toEqual([409, 'already_applied']);

    const [row] = api.query<{ cv_snapshot: string; message: string }>(
      'SELECT cv_snapshot, message FROM candidatures WHERE reference = ?',
      ref,
    );
    expect(JSON.parse(row!.cv_snapshot)).toMatchObject({ title: sampleCv().title });
    expect(row!.message).toBe('Disponible tout de suite.');

    const list = await api.request('GET', '/v1/me/candidatures', { headers: camille });
    expect(list.json!.candidatures).toEqual([
      expect.objectContaining({ reference: ref, numero, status: 'envoyee' }),
    ]);
    expect((await api.request('GET', '/v1/me/candidatures', { headers: karim })).json).toEqual({
      candidatures: [],
    });
  });

  it('refuses a filled offer, an offer not open online, a CV of someone else or unpublished', async () => {
    const cvId = await publishedCv(karim);
    const apply = (numero: string, id = cvId, headers = karim) =>
      post('/v1/me/candidatures', headers, { reference: reference(), numero, cvId: id });
    const filled = await apply(demoOfferNumbers.filled);
    expect([filled.status, filled.json!.code]).toEqual([409, 'offer_filled']);
    const withdrawn = await apply(demoOfferNumbers.withdrawn);
    expect([withdrawn.status, withdrawn.json!.code]).toEqual([409, 'offer_withdrawn']);
    const byEmail = await apply(numeroWhere("status = 'published' AND apply_mode = 'email'"));
    expect([byEmail.status, byEmail.json!.code]).toEqual([409, 'apply_not_online']);
    const online = numeroWhere(
      `status = 'published' AND apply_mode = 'online' AND numero != '${demoOfferNumbers.open}'`,
    );
    const theirs = await apply(online, cvId, camille);
    expect([theirs.status, theirs.json!.code]).toEqual([404, 'cv_not_found']);
    const draftId = randomUUID();
    expect(
      (
        await post('/v1/cvs', karim, {
          cvId: draftId,
          step: 'cible',
          content: { ...sampleCv(), target: { ...sampleCv().target, appellation: null } },
        })
      ).status,
    ).toBe(200);
    const draft = await apply(online, draftId);
    expect([draft.status, draft.json!.code]).toEqual([409, 'cv_not_published']);
    const unknown = await apply('000000A');
    expect([unknown.status, unknown.json!.code]).toEqual([404, 'offer_not_found']);
    const tooLong = await post('/v1/me/candidatures', karim, {
      reference: reference(),
      numero: online,
      cvId,
      message: 'x'.repeat(501),
    });
    expect(tooLong.status).toBe(400);
    expect((await apply(online)).status).toBe(201);
  });
});
