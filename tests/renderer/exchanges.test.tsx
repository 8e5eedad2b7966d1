import { render, screen, within } from '@testing-library/react';
import { describe, expect, it } from 'vitest';
import { KioskApiProvider } from '../../renderer/bridge';
import { ExchangesScreen } from '../../renderer/features/exchanges';
import { FakeKioskApi } from './fakeKioskApi';

const future = new Date(Date.now() + 6 * 86_400_000).toISOString();

function api() {
  return new FakeKioskApi()
    .respond('exchanges.overview', {
      ok: true,
      value: {
        letters: [{ id: 'l1', title: 'Convocation à un entretien', sentAt: future, pages: 1 }],
        appointments: [
          {
            id: 'a1',
            at: future,
            durationMinutes: 30,
            subject: 'Entretien de suivi',
            place: 'Agence France Travail',
            withWhom: 'Sophie Laurent, conseillère',
            mode: 'agence',
            upcoming: true,
          },
          {
            // Later than the terminal's clock but past by the central API's: the API's word holds.
            id: 'a2',
            at: future,
            durationMinutes: 45,
            subject: 'Atelier CV',
            place: 'Agence France Travail',
            withWhom: 'Sophie Laurent, conseillère',
            mode: 'visio',
            upcoming: false,
          },
        ],
        adviser: {
          name: 'Sophie Laurent',
          agency: 'Agence France Travail Guingamp',
          address: '2 place de la Démonstration',
          postalCode: '22200',
          town: 'Guingamp',
          phone: '3949',
          hours: 'Du lundi au vendredi',
        },
      },
    })
    .respond('documents.list', {
      ok: true,
      value: {
        documents: [
          {
            id: 'd1',
            reference: 'DOC-20261105-AB12CD',
            type: 'bulletin_salaire',
            month: '2026-10',
            pages: 2,
            status: 'refuse',
            reason: 'Document illisible',
            sentAt: future,
          },
        ],
      },
    });
}

describe('Mes échanges', () => {
  it('shows each exchange as a card with its date in words, status and the adviser’s town', async () => {
    render(
      <KioskApiProvider api={api()}>
        <ExchangesScreen />
      </KioskApiProvider>,
    );
    const letters = await screen.findByRole('region', { name: 'Mes courriers' });
    const letter = within(letters).getByRole('listitem');
    expect(letter).toHaveTextContent(/Convocation à un entretien\s*Reçu le \d+ \p{L}+ \d{4}/u);
    expect(within(letter).getByRole('button', { name: /^Lire/ })).toBeVisible();

    const documents = screen.getByRole('region', { name: 'Mes documents envoyés' });
    const sent = within(documents).getByRole('listitem');
    expect(sent).toHaveTextContent('Bulletin de salaire');
    expect(sent).toHaveTextContent('Mois : octobre 2026');
    expect(within(sent).getByText('Refusé')).toBeVisible();
    expect(sent).toHaveTextContent('Motif : Document illisible');

    const appointments = screen.getByRole('region', { name: 'Mes rendez-vous' });
    const [upcoming, past] = within(appointments).getAllByRole('list');
    const next = within(upcoming!).getByRole('listitem');
    expect(next).toHaveTextContent('Entretien de suivi');
    expect(next).toHaveTextContent('30 minutes');
    expect(within(next).getByText('En agence')).toBeVisible();
    expect(within(past!).getByRole('listitem')).toHaveTextContent('Atelier CV');

    const adviser = screen.getByRole('region', { name: 'Mon conseiller' });
    const address = within(adviser).getByText('Adresse').nextElementSibling;
    expect(address).toHaveTextContent(/^2 place de la Démonstration\s*22200 Guingamp$/);
  });
});
