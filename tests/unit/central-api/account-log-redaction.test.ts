import { describe, expect, it } from 'vitest';
import { startLoggedTestApi } from './helpers';

/** Registration and password paths with recognisable values: none may reach the logs. */
describe('central API: account paths log no personal data', () => {
  it('keeps identifiants, names, NIR, e-mails, phones, answers and passwords out of the logs', async () => {
    const { api, log } = await startLoggedTestApi();
    try {
      const { auth } = await api.enrol();
      const nirBody = '2900375118123';
      const nir = `${nirBody}${String(97 - (Number(nirBody) % 97)).padStart(2, '0')}`;
      const canaries = {
        identifiant: 'canaryIdent77',
        motDePasse: 'Canary-Secret-2026',
        reponseSecrete: 'Canaryville',
        nomNaissance: 'Canarynom',
        prenoms: 'Canaryprenom',
        email: 'canary.person@example.fr',
        telephone: '06 98 76 54 32',
        adresse: '99 rue du Canari',
      };
      await api.request('POST', '/v1/identifiants/availability', {
        headers: auth,
        body: { identifiant: canaries.identifiant },
      });
      const created = await api.request('POST', '/v1/registrations', {
        headers: auth,
        body: {
          identifiant: canaries.identifiant,
          motDePasse: canaries.motDePasse,
          codePostal: '75011',
          questionSecrete: 'villeNaissance',
          reponseSecrete: canaries.reponseSecrete,
        },
      });
      const headers = { ...auth, 'x-user-token': String(created.json?.draftToken) };
      const path = `/v1/registrations/${String(created.json?.reference)}/draft`;
      const identite = {
        civilite: 'F',
        nomNaissance: canaries.nomNaissance,
        nomUsage: '',
        prenoms: canaries.prenoms,
        sansNir: false,
        nir,
        dateNaissance: '1990-03-14',
        paysNaissance: 'FRANCE',
        communeNaissance: { code: '75056', nom: 'Paris' },
      };
      await api.request('POST', path, { headers, body: { section: 'identite', data: identite } });
      // Refused (wrong sex for the NIR): the 400 names the field, never the value.
      const refused = await api.request('POST', path, {
        headers,
        body: { section: 'identite', data: { ...identite, civilite: 'M' } },
      });
      expect(refused.status).toBe(400);
      expect(refused.text).not.toContain(nir);
      await api.request('POST', path, {
        headers,
        body: {
          section: 'coordonnees',
          data: {
            adresse: canaries.adresse,
            complement: '',
            codePostal: '75011',
            commune: { code: '75056', nom: 'Paris' },
            email: canaries.email,
            emailConfirmation: canaries.email,
            telephonePortable: canaries.telephone,
            telephoneFixe: '',
          },
        },
      });
      await api.request('POST', '/v1/registrations/resume', {
        headers: auth,
        body: { identifiant: canaries.identifiant, motDePasse: 'Canary-Wrong-2026' },
      });
      await api.request('POST', '/v1/password-resets', {
        headers: auth,
        body: { identifiant: canaries.identifiant, reponseSecrete: 'Canary-Wrong-Answer' },
      });
      const logs = log();
      expect(logs.length).toBeGreaterThan(0);
      for (const value of [...Object.values(canaries), nir, nir.slice(0, 13), 'Canary-Wrong']) {
        expect(logs, value).not.toContain(value);
      }
      expect(logs.toLowerCase()).not.toContain(canaries.identifiant.toLowerCase());
    } finally {
      await api.dispose();
    }
  });
});
