import { createHash, randomUUID } from 'node:crypto';
import { PDFDocument } from 'pdf-lib';
import { afterAll, beforeAll, beforeEach, describe, expect, it } from 'vitest';
import { demoAccount, startTestApi, type TestApi } from './helpers';

// Each attack an independent test of the API found, reproduced, and refused.
const karim = { identifiant: '7654321B', motDePasse: 'Soleil-Juin-8', codePostal: '22200' };
const HOUR = 3600_000;
const sha = (bytes: Uint8Array) => createHash('sha256').update(bytes).digest('hex');

describe('central API abuse limits', () => {
  let api: TestApi;
  let clock = Date.parse('2026-11-05T10:00:00Z');
  let terminals = 0;
  /** A fresh terminal each time, so one test's per-terminal window does not spill into another. */
  const terminal = async () => (await api.enrol(`abuse-${(terminals += 1)}`)).auth;
  beforeAll(async () => {
    api = await startTestApi({ now: () => new Date(clock) });
  });
  afterAll(() => api.dispose());

  it('locks the secret-question reset after 5 wrong answers: the right one is refused, the password kept', async () => {
    const auth = await terminal();
    const reset = (reponseSecrete: string) =>
      api.request('POST', '/v1/password-resets', {
        headers: auth,
        body: { identifiant: karim.identifiant, reponseSecrete },
      });
    for (let i = 0; i < 4; i += 1) expect((await reset(`Brest-${i}`)).status).toBe(401);
    const fifth = await reset('Brest-4');
    expect(fifth.status).toBe(429);
    expect(fifth.json?.code).toBe('account_locked');
    const right = await reset('Guingamp');
    expect(right.status).toBe(429);
    expect(Number(right.headers.get('retry-after'))).toBeGreaterThan(0);
    expect(api.query("SELECT 1 FROM outgoing_emails WHERE kind = 'temporary_password'")).toEqual(
      [],
    );
    // Karim still signs in with his own password: the attacker locked the reset, not him.
    expect((await api.signIn(auth, karim)).status).toBe(201);
    clock += 16 * 60_000;
  });

  it('counts wrong passwords at draft resume with sign-in’s: the NIR and address stay behind the lock', async () => {
    const auth = await terminal();
    const codes = {
      identifiant: 'resumelock',
      motDePasse: 'Cinema-Paris-1946',
      codePostal: '75020',
      questionSecrete: 'villeNaissance',
      reponseSecrete: 'Palerme',
    };
    expect(
      (await api.request('POST', '/v1/registrations', { headers: auth, body: codes })).status,
    ).toBe(201);
    const resume = (motDePasse: string, headers = auth) =>
      api.request('POST', '/v1/registrations/resume', {
        headers,
        body: { identifiant: codes.identifiant, motDePasse },
      });
    for (let i = 0; i < 3; i += 1) expect((await resume(`Mauvais-${i}-2026`)).status).toBe(401);
    // Sign-in and resume share one count: two more failures at sign-in lock the resume too.
    const signIn = (motDePasse: string) =>
      api.signIn(auth, { identifiant: codes.identifiant, motDePasse, codePostal: '75020' });
    expect((await signIn('Mauvais-3-2026')).status).toBe(401);
    expect((await signIn('Mauvais-4-2026')).json?.code).toBe('account_locked');
    const right = await resume(codes.motDePasse);
    expect(right.status).toBe(429);
    expect(right.text).not.toContain('draft');
    clock += 16 * 60_000;
    // The lock over (and the terminal's 15-minute token renewed), the draft opens.
    expect((await resume(codes.motDePasse, await terminal())).status).toBe(200);
  });

  it('holds every guarded attempt of one terminal to 30 a minute, whatever the identifiant', async () => {
    const auth = await terminal();
    const statuses: number[] = [];
    for (let i = 0; i < 31; i += 1) {
      const path = i % 2 === 0 ? '/v1/registrations/resume' : '/v1/password-resets';
      const body =
        i % 2 === 0
          ? { identifiant: `spray${i}`, motDePasse: 'Devine-Moi-2026' }
          : { identifiant: `spray${i}`, reponseSecrete: 'Paris' };
      statuses.push((await api.request('POST', path, { headers: auth, body })).status);
    }
    expect(statuses.slice(0, 30).every((status) => status === 401)).toBe(true);
    expect(statuses[30]).toBe(429);
    clock += 61_000;
  });

  it('throttles identifiant availability and secret-question lookups per terminal', async () => {
    const auth = await terminal();
    const available = (identifiant: string) =>
      api.request('POST', '/v1/identifiants/availability', {
        headers: auth,
        body: { identifiant },
      });
    for (let i = 0; i < 20; i += 1) expect((await available(`walker${i}`)).status).toBe(200);
    const walked = await available('walker20');
    expect(walked.status).toBe(429);
    expect(walked.json?.code).toBe('rate_limited');
    const question = (identifiant: string) =>
      api.request('POST', '/v1/password-resets/question', { headers: auth, body: { identifiant } });
    for (let i = 0; i < 10; i += 1) expect((await question(`${1000000 + i}Z`)).status).toBe(200);
    expect((await question('1000010Z')).status).toBe(429);
    clock += 61_000;
    expect((await available('walker21')).status).toBe(200);
  });

  describe('signed in', () => {
    let user: Record<string, string>;
    let grant: Record<string, string>;
    /** Signs in anew: the clock jumps below outlive the terminal's and the user's tokens. */
    async function signIn(): Promise<void> {
      const auth = await terminal();
      const session = await api.signIn(auth, demoAccount);
      user = { ...auth, 'x-user-token': String(session.json?.userToken) };
      grant = { ...auth, 'x-submission-grant': String(session.json?.submissionGrant) };
    }
    beforeEach(signIn);

    const open = (size: number, id = randomUUID()) =>
      api.request('PUT', `/v1/uploads/${id}`, {
        headers: user,
        body: { size, sha256: sha(Buffer.alloc(size)) },
      });

    it('caps open uploads per user (count and bytes) and collects them after 72 h', async () => {
      for (let i = 0; i < 10; i += 1) expect((await open(1000)).status).toBe(200);
      const eleventh = await open(1000);
      expect(eleventh.status).toBe(429);
      expect(eleventh.json?.code).toBe('too_many_uploads');
      clock += 73 * HOUR;
      await signIn();
      // The ten abandoned ones are gone; bytes are capped too: 3 × 20 MB, not a fourth.
      for (let i = 0; i < 3; i += 1) expect((await open(20 * 1024 * 1024)).status).toBe(200);
      expect((await open(20 * 1024 * 1024)).json?.code).toBe('too_many_uploads');
      expect(api.query<{ n: number }>('SELECT count(*) AS n FROM uploads')[0]?.n).toBe(3);
      clock += 73 * HOUR;
    });

    /** A completed upload of `bytes`, ready to be named by a document. */
    async function uploaded(bytes: Buffer): Promise<string> {
      const id = randomUUID();
      expect(
        (
          await api.request('PUT', `/v1/uploads/${id}`, {
            headers: user,
            body: { size: bytes.length, sha256: sha(bytes) },
          })
        ).status,
      ).toBe(200);
      await api.request('PUT', `/v1/uploads/${id}/chunks/0`, {
        headers: { ...user, 'x-chunk-sha256': sha(bytes) },
        body: bytes,
        contentType: 'application/octet-stream',
      });
      const done = await api.request('POST', `/v1/uploads/${id}/complete`, { headers: user });
      expect(done.json?.complete).toBe(true);
      return id;
    }
    const sendDocument = (uploadId: string, pages: number) =>
      api.request('POST', '/v1/documents', {
        headers: user,
        body: {
          uploadId,
          type: 'attestation_employeur',
          pages,
          reference: `DOC-20261105-${randomUUID().slice(0, 6).toUpperCase()}`,
        },
      });

    it('parses the PDF and counts its pages itself: a "%PDF-" header alone is refused', async () => {
      const fake = await uploaded(Buffer.from(`%PDF-1.7\n${'not a pdf '.repeat(50)}`));
      const refused = await sendDocument(fake, 1);
      expect(refused.status).toBe(400);
      expect(refused.json?.code).toBe('not_a_pdf');
      const doc = await PDFDocument.create();
      doc.addPage();
      doc.addPage();
      const real = Buffer.from(await doc.save());
      const claimed = await sendDocument(await uploaded(real), 40);
      expect(claimed.json?.code).toBe('pages_mismatch');
      const sent = await sendDocument(await uploaded(real), 2);
      expect(sent.status).toBe(201);
      const [stored] = api.query<{ pages: number }>(
        'SELECT pages FROM documents WHERE id = ?',
        sent.json?.documentId,
      );
      expect(stored?.pages).toBe(2);
    });

    it('lets the submission grant submit, but neither delete nor e-mail a CV anywhere', async () => {
      const cvId = randomUUID();
      const { emptyCv } = await import('../../../shared/domain/cv');
      const content = { ...emptyCv(), title: 'Serveuse' };
      content.contact = { email: 'camille.cv@exemple.fr', telephone: '' };
      const saved = await api.request('POST', '/v1/cvs', {
        headers: grant,
        body: { cvId, step: 'informations', content },
      });
      expect(saved.status).toBe(200);
      const viaGrant = (path: string, body?: object) =>
        api.request('POST', `/v1/cvs/${cvId}/${path}`, { headers: grant, body });
      expect((await viaGrant('delete')).json?.code).toBe('invalid_user_token');
      expect((await viaGrant('email', { email: 'camille.cv@exemple.fr' })).status).toBe(401);
      // Signed in, the person may e-mail it, but only to an address on file.
      const asUser = (email: string) =>
        api.request('POST', `/v1/cvs/${cvId}/email`, { headers: user, body: { email } });
      expect((await asUser('attaquant@exemple.fr')).json?.code).toBe('email_not_on_file');
      expect((await asUser('Camille.CV@exemple.fr')).status).toBe(202);
      expect(api.query('SELECT id FROM cvs WHERE id = ?', cvId)).toHaveLength(1);
    });
  });
});
