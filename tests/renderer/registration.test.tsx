import { act, render, screen, within } from '@testing-library/react';
import { describe, expect, it } from 'vitest';
import { useKioskStore, type RegistrationStep } from '../../renderer/store';
import { emptyRegistration } from '../../renderer/store/accountSlice';
import { SentStep } from '../../renderer/features/documents/SentStep';
import { FakeKioskApi } from './fakeKioskApi';
import { goToLogin, renderApp, signIn } from './renderApp';

const next = { name: 'Enregistrer et continuer' };

/** The registration opened at `step`, after the access codes (code postal 22200) were chosen. */
async function openAt(step: RegistrationStep, api = new FakeKioskApi()) {
  const ctx = await renderApp(api);
  await goToLogin(ctx);
  act(() => {
    const store = useKioskStore.getState();
    store.setRegistrationValues('codes', { ...emptyRegistration.codes, codePostal: '22200' });
    store.registrationOpened('INS-ABCDEFGH');
    store.registrationStep(step);
    store.goTo('registration');
  });
  return ctx;
}

describe('registration details', () => {
  it('pre-selects no answer to « Avez-vous déjà été inscrit » and asks for one beside it', async () => {
    const ctx = await openAt('situation');
    const group = screen.getByRole('group', { name: /Avez-vous déjà été inscrit/ });
    within(group)
      .getAllByRole('radio')
      .forEach((radio) => expect(radio).not.toBeChecked());
    await ctx.user.click(screen.getByRole('button', next));
    expect(await within(group).findByText(/Dites si vous avez déjà été inscrit/)).toBeVisible();
    expect(ctx.api.callsTo('registration.saveSection')).toEqual([]);
    await ctx.user.click(within(group).getByLabelText('Non'));
    expect(within(group).getByLabelText('Non')).toBeChecked();
    expect(useKioskStore.getState().registration.values.situation.dejaInscrit).toBe(false);
  });

  it('does not ask the code postal again at the address: its communes are offered at once', async () => {
    const api = new FakeKioskApi().respond('communes.byPostalCode', {
      ok: true,
      value: {
        status: 'found',
        communes: [
          { code: '22070', nom: 'Guingamp' },
          { code: '22161', nom: 'Pabu' },
        ],
      },
    });
    await openAt('coordonnees', api);
    expect(screen.queryByLabelText(/^Code postal/)).not.toBeInTheDocument();
    expect(screen.getByText(/Code postal : 22200 \(celui indiqué avec vos codes/)).toBeVisible();
    const commune = await screen.findByLabelText(/^Commune/);
    expect(within(commune).getByRole('option', { name: 'Guingamp' })).toBeInTheDocument();
    expect(api.callsTo('communes.byPostalCode')).toEqual([{ codePostal: '22200' }]);
  });

  it('labels the commune of birth and the country of birth each under its own name', async () => {
    await openAt('codes');
    act(() => {
      const store = useKioskStore.getState();
      store.setRegistrationValues('identite', {
        ...emptyRegistration.identite,
        civilite: 'F',
        nomNaissance: 'Moreau',
        prenoms: 'Lucie',
        dateNaissance: '1990-03-14',
        sansNir: true,
        communeNaissance: { code: '35238', nom: 'Rennes' },
      });
      store.registrationStep('review');
    });
    const row = (label: string) => screen.getByText(label, { exact: true }).closest('div, tr');
    expect(row('Commune de naissance')).toHaveTextContent('Rennes');
    expect(row('Pays de naissance')).toHaveTextContent('FRANCE');
    expect(row('Pays de naissance')).not.toHaveTextContent('Rennes');
  });
});

describe('provisional codes (a sent registration not yet validated)', () => {
  it('opens a space with one message, the appointment and its address, and only what is allowed', async () => {
    const api = new FakeKioskApi()
      .respond('auth.login', {
        ok: true,
        value: {
          profile: { prenom: 'Camille', nom: 'Martin' },
          mustChangePassword: false,
          access: 'provisional',
        },
      })
      .respond('registration.mine', {
        ok: true,
        value: {
          reference: 'INS-ABCDEFGH',
          appointment: {
            startsAt: '2026-12-08T08:30:00.000Z',
            agence: 'Agence France Travail Guingamp',
            adresse: '8 rue de la Trinité, 22200 Guingamp',
          },
        },
      })
      .respond('registration.printReceipt', { ok: true, value: { printed: true } });
    const ctx = await renderApp(api);
    await signIn(ctx);
    expect(screen.getByRole('alert')).toHaveTextContent(
      /Vos codes marchent jusqu’à votre rendez-vous du mardi 8 décembre 2026 à 09:30/,
    );
    expect(screen.getByText(/8 rue de la Trinité, 22200 Guingamp/)).toBeVisible();
    const tiles = within(screen.getByRole('list')).getAllByRole('button');
    expect(tiles.map((tile) => tile.querySelector('.kiosk-tile__title')?.textContent)).toEqual([
      'Imprimer mon récépissé',
      'Envoyer un document',
      'Mes CV',
    ]);
    expect(screen.queryByText("M'actualiser")).not.toBeInTheDocument();
    await ctx.user.click(tiles[0]!);
    expect(await screen.findByText(/Votre récépissé est imprimé/)).toBeVisible();
  });

  it('does not offer « Mes échanges » after a document is sent with provisional codes', () => {
    const noop = () => undefined;
    const { unmount } = render(
      <SentStep reference="DOC-1" status="sent" onAnother={noop} onDashboard={noop} />,
    );
    expect(screen.queryByRole('button', { name: 'Voir mes échanges' })).not.toBeInTheDocument();
    expect(
      screen.queryByText(/suivre son traitement dans « Mes échanges »/),
    ).not.toBeInTheDocument();
    unmount();
    render(
      <SentStep
        reference="DOC-1"
        status="sent"
        onAnother={noop}
        onDashboard={noop}
        onExchanges={noop}
      />,
    );
    expect(screen.getByRole('button', { name: 'Voir mes échanges' })).toBeVisible();
  });
});
