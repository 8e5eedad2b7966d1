import { speechUtterances } from '../fixtures/kiosk';
import { expectScreen } from './support/screen';
import { expect, openLogin, test } from './support/fixtures';

// The on-screen keyboard as on a touch terminal: in speech mode its keys say themselves.
test.use({ kioskOptions: { keyboard: 'auto' } });

test('« Écouter » reads the sign-in screen aloud; the speech mode reads each field touched', async ({
  page,
  kiosk,
}) => {
  await openLogin(page, kiosk);
  await page.getByLabel(/^Identifiant/).fill('1234567A');
  await page.getByLabel(/^Mot de passe/).fill('Kiosque2026!');
  await page.getByRole('button', { name: 'Écouter' }).tap();

  // Said in pieces that end at a sentence, one after the other: together they are the screen.
  const heard = () => speechUtterances(kiosk.dataDir).join(' ');
  await expect.poll(heard).toContain('Boutons :');
  const screen = heard();
  expect(screen).toMatch(/^Se connecter à mon espace personnel\. Remplissez les 3 cases\./);
  expect(screen).toContain('Identifiant : 1234567A.');
  expect(screen).toContain('Mot de passe : 12 caractères saisis.');
  expect(screen).not.toContain('Kiosque2026');
  expect(screen).toContain('Code postal : vide.');

  await page.getByRole('button', { name: 'Lecture vocale' }).tap();
  await expect(page.getByRole('group', { name: 'Réglages de la voix' })).toBeVisible();
  await page.getByLabel(/^Code postal/).tap();
  await expect
    .poll(() => speechUtterances(kiosk.dataDir).at(-1))
    .toMatch(/^Code postal : vide\. Le code postal de l’adresse où vous habitez/);

  // Each key touched says itself; « Relire » spells what the field holds.
  const keyboard = page.getByRole('region', { name: 'Clavier à l’écran' });
  const lastSaid = (n: number) => () => speechUtterances(kiosk.dataDir).slice(-n);
  await keyboard.getByRole('button', { name: '7', exact: true }).tap();
  await keyboard.getByRole('button', { name: 'Relire' }).tap();
  await expect.poll(lastSaid(3)).toEqual(['7', 'Relire', '7']);
  // A tactile keypad: Down reaches the keys, each said as it is reached, Enter types it.
  await page.keyboard.press('ArrowDown');
  await page.keyboard.press('ArrowRight');
  await page.keyboard.press('Enter');
  await expect(page.getByLabel(/^Code postal/)).toHaveValue('72');
  await expect.poll(lastSaid(3)).toEqual(['1', '2', '2']);
  await page.getByLabel(/^Identifiant/).tap();
  await keyboard.getByRole('button', { name: 'Majuscule' }).tap();
  await keyboard.getByRole('button', { name: 'É', exact: true }).tap();
  await keyboard.getByRole('button', { name: '@', exact: true }).tap();
  await keyboard.getByRole('button', { name: 'Relire' }).tap();
  await expect
    .poll(lastSaid(5))
    .toEqual([
      'Majuscule activée',
      'e accent aigu majuscule',
      'arobase',
      'Relire',
      '1, 2, 3, 4, 5, 6, 7, a majuscule, e accent aigu majuscule, arobase',
    ]);
  // With the speech settings open the header is a row taller, and the keyboard is docked: on the
  // 1280×1024 screen the sign-in button is reached by scrolling (the voice says each field as the
  // focus moves down to it).
  await expectScreen(page, 'login', 'speech mode', { mainActionMayScroll: true });
});
