import { render, screen, within } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { describe, expect, it, vi } from 'vitest';
import type { ScanStatus, ScannedPage } from '../../shared/contract/documents';
import { ScanStep, type ScanControls } from '../../renderer/features/scan';

const page = (id: string): ScannedPage => ({
  id,
  rotation: 0,
  preview: 'data:image/jpeg;base64,/9j/',
});

/** The scan controls as the screen sees them after `pages` pages, every action recorded. */
function controls(pages: ScannedPage[], state: ScanStatus['state'] = 'done') {
  const status: ScanStatus = { state, source: 'flatbed', page: 0, percent: 100, pages };
  return {
    status,
    running: false,
    errorKey: null,
    start: vi.fn(),
    cancel: vi.fn(),
    setPages: vi.fn(),
    rotate: vi.fn(),
    remove: vi.fn(),
    move: vi.fn(),
    discard: vi.fn(),
  } satisfies ScanControls;
}

describe('scan step', () => {
  it('asks for the first page, then names the next one and offers another page', () => {
    const { rerender } = render(<ScanStep scan={controls([])} onFinish={() => {}} />);
    expect(screen.getByText(/^Posez la première page/)).toBeVisible();
    expect(screen.getByRole('button', { name: 'Scanner une page' })).toBeVisible();

    rerender(<ScanStep scan={controls([page('a')])} onFinish={() => {}} />);
    expect(screen.queryByText(/première page/)).not.toBeInTheDocument();
    expect(
      screen.getByText(/^Posez la page 2 sur la vitre, le texte contre la vitre\./),
    ).toBeVisible();
    expect(screen.getByRole('button', { name: 'Scanner une autre page' })).toBeVisible();
  });

  it('shows the problem instead of the instruction when the scanner is missing', () => {
    const scan = controls([], 'failed');
    render(
      <ScanStep
        scan={{ ...scan, status: { ...scan.status, problem: 'no_scanner' } }}
        onFinish={() => {}}
      />,
    );
    expect(screen.getByText(/Le scanner ne marche pas sur cette borne/)).toBeVisible();
    expect(screen.queryByText(/^Posez/)).not.toBeInTheDocument();
  });

  it('says pages were kept after a cancel only when there are some', () => {
    const { rerender } = render(<ScanStep scan={controls([], 'cancelled')} onFinish={() => {}} />);
    expect(screen.getByText('Le scanner est arrêté.', { exact: true })).toBeVisible();
    rerender(<ScanStep scan={controls([page('a')], 'cancelled')} onFinish={() => {}} />);
    expect(
      screen.getByText('Le scanner est arrêté. Les pages déjà scannées sont gardées.'),
    ).toBeVisible();
  });

  it('shows each page action as a word; moving past either end does nothing', async () => {
    const user = userEvent.setup();
    const scan = controls([page('a'), page('b')]);
    render(<ScanStep scan={scan} onFinish={() => {}} />);
    const first = within(screen.getByRole('group', { name: 'Actions pour la page 1' }));
    expect(first.getAllByRole('button').map((b) => b.textContent)).toEqual([
      'Tourner',
      'Avancer',
      'Reculer',
      'Supprimer',
    ]);
    // The accessible name starts with the word shown and says which page.
    expect(first.getByRole('button', { name: 'Reculer la page 1' })).toBeVisible();

    await user.click(first.getByRole('button', { name: /^Avancer/ }));
    expect(scan.move).not.toHaveBeenCalled();
    expect(first.getByRole('button', { name: /^Avancer/ })).toHaveAttribute(
      'aria-disabled',
      'true',
    );
    await user.click(first.getByRole('button', { name: /^Reculer/ }));
    expect(scan.move).toHaveBeenCalledWith(scan.status.pages[0], 1);
    const second = within(screen.getByRole('group', { name: 'Actions pour la page 2' }));
    await user.click(second.getByRole('button', { name: /^Reculer/ }));
    expect(scan.move).toHaveBeenCalledTimes(1);
  });
});
