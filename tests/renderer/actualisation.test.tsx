import { screen, within } from '@testing-library/react';
import { describe, expect, it } from 'vitest';
import type { Declaration } from '../../shared/contract';
import { useKioskStore } from '../../renderer/store';
import { noActivityAnswers } from '../fixtures/actualisation';
import { FakeKioskApi, openWindowStatus } from './fakeKioskApi';
import { renderApp, signIn } from './renderApp';

type Ctx = Awaited<ReturnType<typeof renderApp>>;

const tile = () => screen.getByRole('button', { name: /^M'actualiser/ });

async function start(ctx: Ctx) {
  await ctx.user.click(tile());
  await ctx.user.click(await screen.findByRole('button', { name: 'Commencer mon actualisation' }));
  await screen.findByRole('heading', { level: 1, name: 'Êtes-vous en formation ?' });
}

async function answerAll(ctx: Ctx) {
  for (let i = 0; i < 8; i += 1) {
    await ctx.user.click(screen.getByRole('radio', { name: i === 7 ? 'Oui' : 'Non' }));
    await ctx.user.click(screen.getByRole('button', { name: 'Continuer' }));
  }
  await screen.findByRole('heading', { level: 1, name: /Vérifiez votre déclaration d’octobre/ });
}

const queued = (answers: Declaration['answers']): Declaration => ({
  reference: 'ACT-202610-7K4Q2M',
  period: '2026-10',
  answers,
  submittedAt: '2026-11-05T10:00:00.000Z',
  status: 'queued',
});

// Whole flows (eight questions) take more than the default 5 s on a loaded machine.
describe('actualisation', { timeout: 20_000 }, () => {
  it('the tile says what is to be done, from the status main gives', async () => {
    const ctx = await renderApp();
    await signIn(ctx);
    expect(tile()).toHaveTextContent('À faire');
    expect(tile()).toHaveTextContent(
      'Dites à France Travail ce que vous avez fait en octobre 2026. Vous avez jusqu’au dimanche 15 novembre 2026 inclus.',
    );
    expect(tile()).not.toHaveAttribute('aria-disabled');
  });

  it('shows "Pas maintenant" and "Faite le …" when that is the case', async () => {
    const closed = new FakeKioskApi().respond('actualisation.status', {
      ok: true,
      value: {
        ...openWindowStatus,
        period: '2026-11',
        open: false,
        opensAt: '2026-11-27T23:00:00.000Z',
      },
    });
    let ctx = await renderApp(closed);
    await signIn(ctx);
    expect(tile()).toHaveTextContent('Pas maintenant');
    expect(tile()).toHaveTextContent('à partir du samedi 28 novembre 2026');
    ctx.view.unmount();
    useKioskStore.setState({ actualisationStatus: null, screen: 'welcome', phase: 'welcome' });

    const done = new FakeKioskApi().respond('actualisation.status', {
      ok: true,
      value: {
        ...openWindowStatus,
        declaration: { ...queued(noActivityAnswers()), status: 'sent' },
      },
    });
    ctx = await renderApp(done);
    await signIn(ctx);
    expect(tile()).toHaveTextContent('Faite le jeudi 5 novembre 2026');
  });

  it('Oui/Non is a radio group the arrow keys drive; an unanswered question says so', async () => {
    const ctx = await renderApp();
    await signIn(ctx);
    await start(ctx);
    const group = screen.getByRole('radiogroup', { name: 'Êtes-vous en formation ?' });
    await ctx.user.click(screen.getByRole('button', { name: 'Continuer' }));
    expect(screen.getByText('Choisissez « Oui » ou « Non ».')).toBeVisible();
    expect(group).toHaveAttribute('aria-invalid', 'true');
    const [oui, non] = within(group).getAllByRole('radio');
    oui!.focus();
    await ctx.user.keyboard('{ArrowRight}');
    expect(non).toHaveAttribute('aria-checked', 'true');
    expect(non).toHaveFocus();
    await ctx.user.keyboard('{ArrowLeft}');
    expect(oui).toHaveAttribute('aria-checked', 'true');
  });

  it('"Terminer" halfway keeps nothing of the answers', async () => {
    const ctx = await renderApp();
    await signIn(ctx);
    await start(ctx);
    await ctx.user.click(screen.getByRole('radio', { name: 'Oui' }));
    expect(useKioskStore.getState().actualisationDraft.yesNo).toEqual({ formation: true });
    await ctx.user.click(screen.getByRole('button', { name: 'Terminer' }));
    // Asked first, saying what would be lost; the safe choice keeps everything.
    const ask = await screen.findByRole('alertdialog', { name: 'Terminer votre visite ?' });
    expect(ask).toHaveTextContent(
      "Votre déclaration n'est pas envoyée. Si vous terminez, elle ne sera pas gardée.",
    );
    await ctx.user.click(within(ask).getByRole('button', { name: 'Continuer ma visite' }));
    expect(screen.queryByRole('alertdialog')).not.toBeInTheDocument();
    expect(screen.getByRole('radio', { name: 'Oui' })).toHaveAttribute('aria-checked', 'true');
    await ctx.user.click(screen.getByRole('button', { name: 'Terminer' }));
    await ctx.user.click(await screen.findByRole('button', { name: 'Terminer quand même' }));
    await screen.findByRole('button', { name: 'Commencer' });
    const state = useKioskStore.getState();
    expect(state.actualisationDraft.yesNo).toEqual({});
    expect(state.actualisationStatus).toBeNull();
    expect(state.actualisationStep).toBe('intro');
  });

  it('not sent: says nothing is saved and keeps the answers; a queued receipt says "sera envoyé"', async () => {
    let attempts = 0;
    const api = new FakeKioskApi().respond('actualisation.submit', ({ answers }) => {
      attempts += 1;
      return attempts === 1
        ? { ok: false, error: { code: 'api_unreachable', message: 'scripted' } }
        : { ok: true, value: queued(answers) };
    });
    const ctx = await renderApp(api);
    await signIn(ctx);
    await start(ctx);
    await answerAll(ctx);
    await ctx.user.click(screen.getByRole('button', { name: 'Valider ma déclaration' }));
    expect(await screen.findByRole('alert')).toHaveTextContent(
      'Votre déclaration n’est pas envoyée. Le service ne répond pas',
    );
    expect(screen.getAllByRole('button', { name: /^Modifier la réponse/ })).toHaveLength(8);
    await ctx.user.click(screen.getByRole('button', { name: 'Réessayer' }));
    await screen.findByRole('heading', { level: 1, name: 'Votre actualisation est enregistrée' });
    // Saved for later sending is a success: said as such, with nothing left to do but keep it.
    expect(screen.getByRole('alert')).toHaveTextContent(
      'La borne l’enverra dès que possible, même après votre départ. Vous n’avez plus rien à faire.',
    );
    expect(screen.getByRole('alert')).toHaveClass('fr-alert--success');
    expect(
      screen.getByText('État : Enregistrée sur la borne, sera envoyée dès que possible'),
    ).toBeVisible();
    expect(screen.getByText('Référence : ACT-202610-7K4Q2M')).toBeVisible();
    expect(api.callsTo('actualisation.submit')).toHaveLength(2);
    expect(useKioskStore.getState().actualisationDraft.yesNo).toEqual({});
  });
});

describe('actualisation messages', () => {
  it('every catalogue key the shared rules can produce exists in French and English', async () => {
    const { catalogues } = await import('../../renderer/i18n');
    const { answersProblems, parseEmployeurs } = await import('../../shared/domain/actualisation');
    const october = { year: 2026, month: 10 };
    const keys = new Set<string>(['actualisation.chooseAnswer']);
    const collect = (problems: Record<string, string>) =>
      Object.values(problems).forEach((k) => keys.add(k));
    for (const drafts of [
      [],
      [{ nom: '', heures: '', brut: '' }],
      [{ nom: 'x'.repeat(101), heures: '7,5', brut: '-1' }],
      [{ nom: 'A', heures: '-2', brut: '1,234' }],
      [{ nom: 'A', heures: '745', brut: '200000' }],
    ]) {
      const result = parseEmployeurs(drafts, october);
      if (!result.ok) collect(result.problems);
    }
    const base = noActivityAnswers();
    for (const dates of [
      { debut: '', fin: '' },
      { debut: '2026-02-30', fin: '2026-11-01' },
      { debut: '2026-10-20', fin: '2026-10-10' },
    ]) {
      collect(answersProblems({ ...base, arretMaladie: true, arretMaladieDates: dates }, october));
    }
    collect(answersProblems({ ...base, arretMaladieDates: { debut: '', fin: '' } }, october));
    collect(
      answersProblems({ ...base, employeurs: [{ nom: 'A', heures: 1, brutCentimes: 1 }] }, october),
    );
    expect(keys.size).toBeGreaterThanOrEqual(18);
    const lookup = (catalogue: object, key: string) =>
      key
        .split('.')
        .reduce<unknown>((node, part) => (node as Record<string, unknown>)?.[part], catalogue);
    for (const key of keys) {
      expect(typeof lookup(catalogues.fr, key), `fr ${key}`).toBe('string');
      expect(typeof lookup(catalogues.en, key), `en ${key}`).toBe('string');
    }
  });
});
