import { render, screen } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { describe, expect, it } from 'vitest';
import type { Profil } from '../../shared/contract';
import { KioskApiProvider } from '../../renderer/bridge';
import { ProfilScreen } from '../../renderer/features/profil';
import { FakeKioskApi } from './fakeKioskApi';

const profil: Profil = {
  adresse: {
    adresse: '12 rue Oberkampf',
    complement: '',
    codePostal: '75011',
    commune: { code: '75056', nom: 'Paris' },
  },
  telephone: '06 12 34 56 78',
  email: 'camille@example.fr',
  emailEnAttente: null,
  rib: null,
  ribEnCours: null,
  questionSecrete: null,
  enAttente: [],
};

function setup(api = new FakeKioskApi()) {
  api.respond('profil.get', { ok: true, value: profil });
  const user = userEvent.setup();
  render(
    <KioskApiProvider api={api}>
      <ProfilScreen />
    </KioskApiProvider>,
  );
  return { api, user };
}

describe('Mon profil', () => {
  it('moves house: code postal → commune chosen, the new sign-in code said, then queued', async () => {
    const api = new FakeKioskApi()
      .respond('communes.byPostalCode', {
        ok: true,
        value: {
          status: 'found',
          communes: [
            { code: '22067', nom: 'Grâces' },
            { code: '22070', nom: 'Guingamp' },
          ],
        },
      })
      .respond('profil.submit', {
        ok: true,
        value: {
          reference: 'PRF-20261105-ABCDEF',
          submittedAt: '2026-11-05T10:00:00Z',
          status: 'queued',
        },
      });
    const { user } = setup(api);
    await user.click(await screen.findByRole('button', { name: 'Modifier : Mon adresse' }));
    // The current address is there to edit, not typed again.
    const rue = screen.getByLabelText(/^Numéro et rue/);
    expect(rue).toHaveValue('12 rue Oberkampf');
    await user.clear(rue);
    await user.type(rue, '3 rue Notre-Dame');
    const code = screen.getByLabelText(/^Code postal/);
    await user.clear(code);
    await user.type(code, '22200');
    await user.click(screen.getByRole('button', { name: 'Vérifier ma modification' }));
    expect(await screen.findByText('Choisissez votre commune dans la liste.')).toBeVisible();
    await user.selectOptions(screen.getByLabelText(/^Commune/), '22070');
    await user.click(screen.getByRole('button', { name: 'Vérifier ma modification' }));

    await screen.findByRole('heading', { level: 1, name: 'Vérifiez avant d’envoyer' });
    expect(screen.getByText('22200 Guingamp')).toBeVisible();
    expect(screen.getByText(/utiliserez ensuite le code postal 22200/)).toBeVisible();
    expect(document.title).toBe('Vérifiez avant d’envoyer — Borne France Travail');
    // « Corriger » brings back everything typed, under the form's own title.
    await user.click(screen.getByRole('button', { name: 'Corriger' }));
    expect(screen.getByLabelText(/^Numéro et rue/)).toHaveValue('3 rue Notre-Dame');
    expect(document.title).toBe('Changer mon adresse — Borne France Travail');
    await user.click(screen.getByRole('button', { name: 'Vérifier ma modification' }));
    await user.click(await screen.findByRole('button', { name: 'Envoyer' }));

    await screen.findByRole('heading', { level: 1, name: 'Modification enregistrée' });
    expect(screen.getByText('Numéro de votre demande : PRF-20261105-ABCDEF')).toBeVisible();
    expect(api.calls.find((c) => c.method === 'profil.submit')?.input).toEqual({
      kind: 'adresse',
      data: {
        adresse: '3 rue Notre-Dame',
        complement: '',
        codePostal: '22200',
        commune: { code: '22070', nom: 'Guingamp' },
      },
    });
  });

  it('an e-mail the central API refuses comes back next to its field, as typed', async () => {
    const api = new FakeKioskApi().respond('profil.submit', {
      ok: false,
      error: {
        code: 'invalid_input',
        message: 'refused: email_unchanged',
        fields: { email: 'profil.errors.emailUnchanged' },
      },
    });
    const { user } = setup(api);
    await user.click(await screen.findByRole('button', { name: 'Modifier : Mon adresse e-mail' }));
    await user.type(screen.getByLabelText(/^Nouvelle adresse e-mail/), 'camille@example.fr');
    await user.type(screen.getByLabelText(/^Écrivez la même adresse/), 'camille@example.com');
    await user.click(screen.getByRole('button', { name: 'Vérifier ma modification' }));
    expect(await screen.findByText(/^Les deux adresses ne sont pas les mêmes/)).toBeVisible();
    const confirmation = screen.getByLabelText(/^Écrivez la même adresse/);
    await user.clear(confirmation);
    await user.type(confirmation, 'camille@example.fr');
    await user.click(screen.getByRole('button', { name: 'Vérifier ma modification' }));
    await user.click(await screen.findByRole('button', { name: 'Envoyer' }));
    expect(await screen.findByText('Cette adresse est déjà la vôtre.')).toBeVisible();
    expect(screen.getByLabelText(/^Nouvelle adresse e-mail/)).toHaveValue('camille@example.fr');
  });

  it('a wrong current password is said next to it; the new one is checked first', async () => {
    const api = new FakeKioskApi().respond('password.change', {
      ok: false,
      error: { code: 'invalid_credentials', message: 'current password' },
    });
    const { user } = setup(api);
    await user.click(await screen.findByRole('button', { name: 'Modifier : Mon mot de passe' }));
    await user.type(screen.getByLabelText(/^Mot de passe actuel/), 'Pas-le-bon-2026');
    await user.type(screen.getByLabelText(/^Nouveau mot de passe/), 'court');
    await user.click(screen.getByRole('button', { name: 'Changer mon mot de passe' }));
    expect(api.calls.some((c) => c.method === 'password.change')).toBe(false);
    const nouveau = screen.getByLabelText(/^Nouveau mot de passe/);
    await user.clear(nouveau);
    await user.type(nouveau, 'Bretagne-Nord-2026');
    await user.type(
      screen.getByLabelText(/^Écrivez le nouveau mot de passe/),
      'Bretagne-Nord-2026',
    );
    await user.click(screen.getByRole('button', { name: 'Changer mon mot de passe' }));
    expect(
      await screen.findByText(
        'Ce mot de passe n’est pas le bon. Écrivez votre mot de passe actuel.',
      ),
    ).toBeVisible();
    expect(api.calls.find((c) => c.method === 'password.change')?.input).toEqual({
      motDePasseActuel: 'Pas-le-bon-2026',
      nouveauMotDePasse: 'Bretagne-Nord-2026',
      confirmation: 'Bretagne-Nord-2026',
    });
  });
});
