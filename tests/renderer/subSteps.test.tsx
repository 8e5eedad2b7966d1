import { act, render, screen } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { useState } from 'react';
import { describe, expect, it, vi } from 'vitest';
import type { ScannedPage } from '../../shared/contract/documents';
import { KioskApiProvider } from '../../renderer/bridge';
import { CameraStep } from '../../renderer/features/camera';
import type { CameraState } from '../../renderer/features/camera/useCamera';
import { DocumentsScreen } from '../../renderer/features/documents';
import { PdfViewer } from '../../renderer/features/pdfViewer';
import { RegistrationScreen } from '../../renderer/features/registration';
import { useKioskStore } from '../../renderer/store';
import { useDocumentTitle } from '../../renderer/ui';
import { FakeKioskApi } from './fakeKioskApi';
import { renderApp, signIn } from './renderApp';

/*
 * Each sub-step inside a screen (scan → pages → details → sent, camera, a letter opened, each
 * registration step, each actualisation question and its review) takes the focus on its heading
 * and names itself in the page title: what a screen reader says when the view changes.
 */

const camera = vi.hoisted(() => ({ state: { kind: 'live' } }));
vi.mock('../../renderer/features/camera/useCamera', () => ({
  useCamera: () => ({
    videoRef: { current: null },
    state: camera.state as CameraState,
    corners: null,
    errorKey: null,
    capture: () => {},
    retake: () => {},
    restart: () => {},
  }),
}));
// pdf.js draws nothing in jsdom: the viewer's heading is what is checked here.
vi.mock('../../renderer/features/pdfViewer/loadPdfjs', () => ({
  loadPdfjs: () => new Promise(() => {}),
}));

const suffix = ' — Borne France Travail';
const page: ScannedPage = { id: 'a', rotation: 0, preview: 'data:image/jpeg;base64,/9j/' };

function headingHasFocus(name: string | RegExp, level = 2) {
  const heading = screen.getByRole('heading', { level, name });
  expect(heading).toHaveFocus();
}

// Whole flows take more than the default 5 s on a loaded machine.
describe(
  'sub-steps: focus on their heading and a page title naming them',
  { timeout: 30_000 },
  () => {
    it('documents: pages, details, sent', async () => {
      const user = userEvent.setup();
      const api = new FakeKioskApi()
        .respond('documents.scanStatus', {
          ok: true,
          value: { state: 'done', source: 'flatbed', page: 0, percent: 100, pages: [page] },
        })
        .respond('documents.send', {
          ok: true,
          value: { reference: 'DOC-1', status: 'sent', pages: 1 },
        });
      render(
        <KioskApiProvider api={api}>
          <DocumentsScreen />
        </KioskApiProvider>,
      );
      // The screen has just appeared: its h1 keeps the focus, the page title names the step.
      expect(screen.getByRole('heading', { level: 1, name: 'Envoyer un document' })).toHaveFocus();
      expect(document.title).toBe(`Vos pages — Envoyer un document${suffix}`);

      await user.click(await screen.findByRole('button', { name: 'J’ai fini de scanner' }));
      headingHasFocus('Quel document envoyez-vous ?');
      expect(document.title).toBe(`Quel document envoyez-vous ? — Envoyer un document${suffix}`);

      await user.click(screen.getByRole('button', { name: 'Revenir aux pages' }));
      headingHasFocus('Vos pages');
      expect(document.title).toBe(`Vos pages — Envoyer un document${suffix}`);

      await user.click(screen.getByRole('button', { name: 'J’ai fini de scanner' }));
      await user.click(screen.getByRole('radio', { name: 'Pièce d’identité' }));
      await user.click(screen.getByRole('button', { name: 'Envoyer le document' }));
      await screen.findByRole('heading', { level: 2, name: 'Document envoyé' });
      expect(document.title).toBe(`Document envoyé — Envoyer un document${suffix}`);
    });

    it('camera: the live picture, then the page taken', () => {
      function Camera() {
        useDocumentTitle(`Envoyer un document${suffix}`);
        return <CameraStep onKeep={() => {}} onCancel={() => {}} />;
      }
      camera.state = { kind: 'live' };
      const { rerender } = render(<Camera />);
      headingHasFocus('Prendre le document en photo');
      expect(document.title).toBe(`Prendre le document en photo — Envoyer un document${suffix}`);
      camera.state = { kind: 'review', page, found: true, pages: [page] } as CameraState;
      rerender(<Camera />);
      const review = screen.getByRole('heading', { level: 2 });
      expect(review).not.toHaveTextContent('Prendre le document en photo');
      expect(review).toHaveFocus();
      expect(document.title).toBe(`${review.textContent ?? ''} — Envoyer un document${suffix}`);
    });

    it('a letter opened in the viewer, and closed again', async () => {
      const user = userEvent.setup();
      function Letters() {
        useDocumentTitle(`Mes échanges${suffix}`);
        const [open, setOpen] = useState(false);
        return open ? (
          <PdfViewer title="Convocation" data={new Uint8Array(4)} onClose={() => setOpen(false)} />
        ) : (
          <button onClick={() => setOpen(true)}>Lire</button>
        );
      }
      render(<Letters />);
      await user.click(screen.getByRole('button', { name: 'Lire' }));
      headingHasFocus('Convocation', 3);
      expect(document.title).toBe(`Convocation — Mes échanges${suffix}`);
      await user.click(screen.getByRole('button', { name: 'Fermer le courrier' }));
      expect(document.title).toBe(`Mes échanges${suffix}`);
    });

    it('registration: each step of the stepper', () => {
      render(
        <KioskApiProvider api={new FakeKioskApi()}>
          <RegistrationScreen />
        </KioskApiProvider>,
      );
      expect(screen.getByRole('heading', { level: 1 })).toHaveFocus();
      expect(document.title).toMatch(/^Mes codes d'accès — Inscription — /);
      // The person taps « Continuer »: the focus leaves the h1 for the button.
      act(() => screen.getByRole('heading', { level: 1 }).blur());
      act(() => useKioskStore.getState().registrationStep('identite'));
      headingHasFocus(/^Mon état civil/);
      expect(document.title).toBe(`Mon état civil — Inscription${suffix}`);
      act(() => useKioskStore.getState().registrationStep('coordonnees'));
      headingHasFocus(/^Mes coordonnées/);
      expect(document.title).toBe(`Mes coordonnées — Inscription${suffix}`);
    });

    it('actualisation: each question and the review', async () => {
      const ctx = await renderApp();
      await signIn(ctx);
      await ctx.user.click(screen.getByRole('button', { name: /^M'actualiser/ }));
      await ctx.user.click(
        await screen.findByRole('button', { name: 'Commencer mon actualisation' }),
      );
      const questions: string[] = [];
      for (let i = 0; i < 8; i += 1) {
        const question = await screen.findByRole('heading', { level: 1 });
        expect(question).toHaveFocus();
        const name = question.textContent ?? '';
        expect(document.title).toBe(`${name} — Actualisation${suffix}`);
        questions.push(name);
        await ctx.user.click(screen.getByRole('radio', { name: i === 7 ? 'Oui' : 'Non' }));
        await ctx.user.click(screen.getByRole('button', { name: 'Continuer' }));
      }
      expect(new Set(questions).size).toBe(8);
      const review = await screen.findByRole('heading', { level: 1, name: /^Vérifiez/ });
      expect(review).toHaveFocus();
      expect(document.title).toBe(`${review.textContent ?? ''} — Actualisation${suffix}`);
    });
  },
);
