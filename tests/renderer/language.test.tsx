import { act, render, screen, within } from '@testing-library/react';
import { describe, expect, it } from 'vitest';
import { PrintedInFrench } from '../../renderer/features/language';
import { initI18n } from '../../renderer/i18n';
import { dateLocale } from '../../renderer/ui';
import { FakeKioskApi } from './fakeKioskApi';
import { renderApp, signIn } from './renderApp';

describe('interface language', () => {
  it('the welcome screen offers each language by its own name; Arabic mirrors the page, not the codes', async () => {
    const ctx = await renderApp();
    const choice = screen.getByRole('group', { name: 'Choisir la langue' });
    const names = within(choice)
      .getAllByRole('button')
      .map((b) => [b.textContent, b.getAttribute('lang')]);
    expect(names).toEqual([
      ['Français', 'fr'],
      ['English', 'en'],
      ['العربية', 'ar'],
    ]);
    await ctx.user.click(within(choice).getByRole('button', { name: 'العربية' }));
    // Choosing a language does not start the visit: the welcome screen is still there, in Arabic.
    expect(
      await screen.findByRole('heading', { level: 1, name: /مرحبًا بك في وكالة France Travail/ }),
    ).toBeVisible();
    expect(document.documentElement).toHaveAttribute('dir', 'rtl');
    expect(document.documentElement).toHaveAttribute('lang', 'ar');
    expect(within(choice).getByRole('button', { name: 'العربية' })).toHaveAttribute(
      'aria-pressed',
      'true',
    );

    await ctx.user.click(screen.getByRole('button', { name: 'ابدأ' }));
    await screen.findByRole('heading', { level: 1, name: 'الدخول إلى فضائي الشخصي' });
    // Codes are Latin and typed left to right, whatever the page's direction.
    expect(screen.getByLabelText(/^Identifiant/)).toHaveAttribute('dir', 'ltr');
    expect(screen.getByLabelText(/^كلمة السر/)).toHaveAttribute('dir', 'ltr');
    expect(screen.getByLabelText(/^الرمز البريدي/)).toHaveAttribute('dir', 'ltr');
  }, 15_000);

  it('the header changes the language on any screen, and the visit end brings French back', async () => {
    const ctx = await renderApp();
    await signIn(ctx);
    await ctx.user.click(screen.getByRole('button', { name: 'Langue : Français' }));
    await ctx.user.click(screen.getByRole('button', { name: 'English' }));
    expect(await screen.findByRole('button', { name: 'Call an adviser' })).toBeVisible();
    expect(screen.getByRole('button', { name: 'Language: English' })).toHaveAttribute(
      'aria-expanded',
      'false',
    );
    expect(document.documentElement).toHaveAttribute('lang', 'en');

    act(() => ctx.api.emit('visit.ended', { reason: 'idle' }));
    expect(await screen.findByRole('button', { name: 'Commencer' })).toBeVisible();
    expect(document.documentElement).toHaveAttribute('lang', 'fr');
    expect(document.documentElement).toHaveAttribute('dir', 'ltr');
  }, 15_000); // a sign-in and a dozen steps through user-event: room for a loaded CI machine

  it('outside French, the screens that print say that the documents stay in French', () => {
    const { rerender } = render(<PrintedInFrench />);
    expect(document.body.textContent).toBe('');
    act(() => void initI18n('ar'));
    rerender(<PrintedInFrench />);
    expect(screen.getByText('هذه الوثيقة مطبوعة باللغة الفرنسية.')).toBeVisible();
    act(() => void initI18n('en'));
    rerender(<PrintedInFrench />);
    expect(screen.getByText('This document is printed in French.')).toBeVisible();
  });

  it('dates in Arabic use Arabic month names and Western digits, day first', () => {
    const date = new Date(2026, 2, 14);
    const long = date.toLocaleDateString(dateLocale('ar'), { day: 'numeric', month: 'long' });
    expect(long).toBe('14 مارس');
    const short = date.toLocaleDateString(dateLocale('ar'), {
      day: '2-digit',
      month: '2-digit',
      year: 'numeric',
    });
    expect(short.replace(/\u200f/g, '')).toBe('14/03/2026');
  });

  it('a terminal set to Arabic opens in Arabic; code fields get the Latin keys of the keyboard', async () => {
    const api = new FakeKioskApi().respond('kiosk.settings', {
      ok: true,
      value: {
        mode: 'browser',
        locale: 'ar',
        idleWarningAfterSeconds: 120,
        idleCountdownSeconds: 30,
        maxVisitMinutes: 60,
        keyboard: 'always',
      },
    });
    const ctx = await renderApp(api, 'مرحبًا بك في وكالة France Travail (هيئة التشغيل الفرنسية)');
    expect(document.documentElement).toHaveAttribute('dir', 'rtl');
    await ctx.user.click(screen.getByRole('button', { name: 'ابدأ' }));
    await ctx.user.click(await screen.findByLabelText(/^Identifiant/));
    const keyboard = await screen.findByRole('region', { name: 'لوحة المفاتيح على الشاشة' });
    expect(within(keyboard).getAllByText('a', { exact: true }).length).toBeGreaterThan(0);
    expect(within(keyboard).queryByText('ض', { exact: true })).toBeNull();
  }, 15_000);
});
