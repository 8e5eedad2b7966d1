import { demo, expect, fillLogin, openLogin, test } from './support/fixtures';

const wrongCodes =
  'Un de vos codes n’est pas bon : identifiant, mot de passe ou code postal. Vérifiez vos codes, puis réessayez.';

test.describe('sign-in: every failure gets a clear French message, only a refused password is cleared', () => {
  for (const [label, values] of [
    ['a wrong password', { ...demo, motDePasse: 'PasLeBon-1' }],
    ['an unknown identifiant', { ...demo, identifiant: '9999999Z' }],
    ['a wrong postal code', { ...demo, codePostal: '13001' }],
  ] as const) {
    test(`${label} is refused without saying which code was wrong`, async ({ page, kiosk }) => {
      await openLogin(page, kiosk);
      await fillLogin(page, values);
      await page.getByRole('button', { name: 'Se connecter' }).tap();
      await expect(page.getByRole('alert')).toContainText(wrongCodes);
      await expect(page.getByLabel(/^Identifiant/)).toHaveValue(values.identifiant);
      await expect(page.getByLabel(/^Code postal/)).toHaveValue(values.codePostal);
      await expect(page.getByRole('heading', { level: 1 })).toHaveText(
        'Se connecter à mon espace personnel',
      );
      // The refused password is gone; typing again takes the old message away.
      await expect(page.getByLabel(/^Mot de passe/)).toHaveValue('');
      await page.getByLabel(/^Mot de passe/).pressSequentially('K');
      await expect(page.getByRole('alert')).toHaveCount(0);
    });
  }

  test('empty fields are named one by one and no request is sent', async ({ page, kiosk }) => {
    await openLogin(page, kiosk);
    let calls = 0;
    page.on('request', (request) => {
      if (request.url().includes('/rpc/auth.login')) calls += 1;
    });
    await page.getByLabel(/^Code postal/).fill('75');
    await page.getByRole('button', { name: 'Se connecter' }).tap();
    await expect(page.getByText('Écrivez votre identifiant.')).toBeVisible();
    await expect(page.getByText('Écrivez votre mot de passe.')).toBeVisible();
    await expect(page.getByText(/Écrivez un code postal de 5 chiffres/)).toBeVisible();
    await expect(page.getByLabel(/^Identifiant/)).toBeFocused();
    await expect(page.getByLabel(/^Code postal/)).toHaveValue('75');
    expect(calls).toBe(0);
    // What a screen reader says (CSS-generated text included): each message once, with its own
    // full stop and no second one added after it.
    const heard = await page.getByRole('main').ariaSnapshot();
    expect(heard).toMatch(/paragraph: Écrivez votre identifiant\.$/m);
    expect(heard).not.toMatch(/[.!?]\s*\.(?!\.)/);
  });
});

test.describe('with the central API down', () => {
  // Nothing listens on port 1 of the loopback: connections are refused at once.
  // Nothing answers there, so the code is never used: a configured API needs one to start.
  test.use({ kioskOptions: { apiUrl: 'http://127.0.0.1:1', enrolmentCode: 'UNUSED-CODE-0000' } });

  test('the user is told the service is unavailable and can call an adviser', async ({
    page,
    kiosk,
  }) => {
    await openLogin(page, kiosk);
    await fillLogin(page, demo);
    await page.getByRole('button', { name: 'Se connecter' }).tap();
    await expect(page.getByRole('alert')).toContainText('Le service ne répond pas pour le moment');
    await expect(page.getByLabel(/^Identifiant/)).toHaveValue(demo.identifiant);
    await expect(page.getByRole('button', { name: 'Appeler un conseiller' })).toBeVisible();
  });
});
