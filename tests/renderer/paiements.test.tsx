import { render, screen, within } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { describe, expect, it } from 'vitest';
import type { PaymentsOverview } from '../../shared/contract/paiements';
import { KioskApiProvider } from '../../renderer/bridge';
import { AttestationsScreen, PaiementsScreen } from '../../renderer/features/paiements';
import { FakeKioskApi } from './fakeKioskApi';
import { renderApp, signIn } from './renderApp';

const suspended: PaymentsOverview = {
  registeredOn: '2026-05-09',
  rights: {
    allocation: 'ARE',
    status: 'suspended',
    suspensionReason: 'documentMissing',
    suspendedOn: '2026-10-21',
    dailyGrossCentimes: 3260,
    dailyNetCentimes: 3064,
    openedOn: '2026-06-01',
    endsOn: '2027-04-30',
    daysTotal: 274,
    daysRemaining: 152,
  },
  nextPayment: null,
  payments: [
    {
      id: 'p1',
      period: '2026-09',
      paidOn: '2026-10-02',
      allocation: 'ARE',
      days: 30,
      grossCentimes: 97800,
      deductionsCentimes: 5880,
      netCentimes: 91920,
    },
  ],
  paidToLast4: '7730',
};

const mount = (ui: React.ReactElement, api: FakeKioskApi) =>
  render(<KioskApiProvider api={api}>{ui}</KioskApiProvider>);
/** Intl puts no-break spaces in amounts and dates: compare text with plain spaces. */
const plain = (text: string | null | undefined) => (text ?? '').replace(/[\u00a0\u202f]/g, ' ');

describe('Mes paiements', () => {
  it('says why payments stopped and what to do, and each amount in words', async () => {
    const api = new FakeKioskApi().respond('paiements.overview', { ok: true, value: suspended });
    mount(<PaiementsScreen />, api);
    const alert = await screen.findByRole('alert');
    expect(alert).toHaveTextContent('Paiements arrêtés pour le moment');
    expect(alert).toHaveTextContent('un document demandé n’est pas arrivé');
    expect(alert).toHaveTextContent('envoyez ce document avec « Envoyer un document »');
    const history = screen.getByRole('region', { name: 'Mes derniers paiements' });
    expect(plain(history.textContent)).toContain(
      'Pour septembre 2026, 30 jours payés : 978,00 € brut, moins 58,80 € de retenues. Vous avez reçu 919,20 € le 2 octobre 2026.',
    );
    expect(history).toHaveTextContent('finit par 7730');
    const row = within(screen.getByRole('table')).getByRole('row', { name: /septembre 2026/ });
    expect(plain(row.textContent)).toContain('919,20 €');
    const words = screen.getByRole('region', { name: 'Les mots de cette page' });
    expect(words).toHaveTextContent('Net : l’argent qui arrive sur votre compte en banque.');
    expect(screen.getByRole('region', { name: 'Mon prochain paiement' })).toHaveTextContent(
      'Aucun paiement n’est prévu',
    );
  });
});

describe('attestations', () => {
  it('an end month before the start is said next to the field, the choice kept, nothing asked', async () => {
    const user = userEvent.setup();
    const api = new FakeKioskApi()
      .respond('paiements.overview', { ok: true, value: suspended })
      .fail('attestations.issue', 'invalid_input', { _: 'paiements.errors.noRights' });
    mount(<AttestationsScreen />, api);
    await user.click(await screen.findByRole('button', { name: 'Voir l’attestation' }));
    expect(await screen.findByText('Choisissez une attestation.')).toBeVisible();

    await user.click(screen.getByRole('radio', { name: /Attestation de paiement/ }));
    await user.selectOptions(screen.getByLabelText(/Du mois de/), '2026-09');
    await user.click(screen.getByRole('button', { name: 'Voir l’attestation' }));
    expect(await screen.findByText('Choisissez le dernier mois.')).toBeVisible();
    expect(screen.getByLabelText(/Du mois de/)).toHaveValue('2026-09');
    expect(api.callsTo('attestations.issue')).toEqual([]);

    await user.click(screen.getByRole('radio', { name: /Attestation de droits/ }));
    await user.click(screen.getByRole('button', { name: 'Voir l’attestation' }));
    expect(
      await screen.findByText(/Cette attestation n’existe donc pas pour vous/),
    ).toBeInTheDocument();
    expect(api.callsTo('attestations.issue')).toEqual([{ kind: 'droits' }]);
  });
});

describe('dashboard: what matters first', () => {
  it('the tiles say the next payment, the unread letters, the appointment and the deadline', async () => {
    const api = new FakeKioskApi()
      .respond('documents.list', { ok: true, value: { documents: [] } })
      .respond('paiements.summary', {
        ok: true,
        value: {
          nextPayment: { state: 'scheduled', period: '2026-11', date: '2026-12-03' },
          rightsStatus: 'open',
          unreadLetters: 2,
          nextAppointmentAt: '2026-12-11T09:00:00.000Z',
        },
      });
    const ctx = await renderApp(api);
    await signIn(ctx);
    const tile = (name: RegExp) => screen.getByRole('button', { name });
    expect(await screen.findByText('Prochain paiement le 3 décembre 2026')).toBeVisible();
    expect(tile(/Mes paiements/)).toHaveTextContent('Prochain paiement le 3 décembre 2026');
    expect(tile(/Mes échanges/)).toHaveTextContent('2 courriers non lus');
    expect(tile(/Mes échanges/)).toHaveTextContent(/Rendez-vous le .*11 décembre 2026/);
    expect(tile(/M'actualiser/)).toHaveTextContent(/À faire d’ici le \d+ \p{L}+/u);
  });
});
