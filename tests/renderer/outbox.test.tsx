import { render, screen } from '@testing-library/react';
import { describe, expect, it } from 'vitest';
import { KioskApiProvider } from '../../renderer/bridge';
import { OutboxStatus, SubmissionStatus } from '../../renderer/features/outbox';
import { FakeKioskApi } from './fakeKioskApi';

describe('SubmissionStatus', () => {
  it('says "Envoyé" when the central API acknowledged it', () => {
    render(<SubmissionStatus status="sent" />);
    expect(screen.getByText('Envoyé')).toBeVisible();
  });

  it('says it is saved and will be sent, and that there is nothing to redo', () => {
    render(<SubmissionStatus status="queued" detailed />);
    expect(screen.getByText('Enregistré, sera envoyé dès que possible')).toBeVisible();
    expect(screen.getByText(/vous n'avez rien à refaire/)).toBeVisible();
  });
});

describe('OutboxStatus (admin screen)', () => {
  it('shows depth, the oldest age and the items needing attention', async () => {
    const api = new FakeKioskApi().respond('outbox.status', {
      ok: true,
      value: { depth: 3, oldestAgeSeconds: 7500, needingAttention: 1 },
    });
    render(
      <KioskApiProvider api={api}>
        <OutboxStatus />
      </KioskApiProvider>,
    );
    expect(await screen.findByText('3 envois en attente')).toBeVisible();
    expect(screen.getByText('Le plus ancien attend depuis 2 h')).toBeVisible();
    expect(screen.getByText('1 envoi refusé à vérifier')).toBeVisible();
    expect(screen.getByRole('heading', { name: "File d'envoi" })).toBeVisible();
  });

  it('says when the queue is empty, and when the status cannot be read', async () => {
    const empty = new FakeKioskApi().respond('outbox.status', {
      ok: true,
      value: { depth: 0, oldestAgeSeconds: null, needingAttention: 0 },
    });
    const { unmount } = render(
      <KioskApiProvider api={empty}>
        <OutboxStatus />
      </KioskApiProvider>,
    );
    expect(await screen.findByText('Aucun envoi en attente')).toBeVisible();
    expect(screen.getByText('Aucun envoi refusé')).toBeVisible();
    unmount();
    const broken = new FakeKioskApi().fail('outbox.status', 'internal');
    render(
      <KioskApiProvider api={broken}>
        <OutboxStatus />
      </KioskApiProvider>,
    );
    expect(
      await screen.findByText("L'état de la file d'envoi n'est pas disponible."),
    ).toBeVisible();
  });
});
