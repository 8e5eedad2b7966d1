import { landscape } from '../fixtures/screenProfiles';
import { expect, openLogin, test } from './support/fixtures';
import { checkLayout } from './support/layoutRules';

// The layout rules must catch what once squeezed every screen into a 200 px column: a stylesheet
// of a scanned page's thumbnail giving the page frame's class `width: 13rem`. The rule is injected
// through the CSSOM (the CSP forbids inline styles, not script-made rules).
test('the layout rules report the old class collision and a cramped target', async ({
  page,
  kiosk,
}) => {
  await page.setViewportSize(landscape.viewport);
  await openLogin(page, kiosk);
  await expect(page.getByRole('heading', { level: 1 })).toBeVisible();
  expect(await page.evaluate(checkLayout, {})).toEqual([]);

  await page.evaluate(() => {
    const sheet = document.styleSheets[0]!;
    sheet.insertRule('.kiosk-page { width: 13rem }', sheet.cssRules.length);
  });
  const squeezed = await page.evaluate(checkLayout, {});
  expect(squeezed).toContainEqual(expect.stringMatching(/^the main content is \d+ px wide/));
  expect(squeezed).toContainEqual(expect.stringMatching(/^the word «\w+» is broken in h1/));

  await page.evaluate(() => {
    const sheet = document.styleSheets[0]!;
    sheet.deleteRule(sheet.cssRules.length - 1);
    sheet.insertRule(
      'main .fr-btn { min-height: 0 !important; height: 30px !important; padding-block: 0 !important }',
      sheet.cssRules.length,
    );
    // Two big enough keys 4 px apart, as a digit pad without its gap would be.
    const row = document.createElement('div');
    for (const label of ['7', '8']) {
      const key = document.createElement('button');
      key.textContent = label;
      key.style.cssText = 'width: 60px; height: 60px; margin-right: 4px';
      row.append(key);
    }
    document.querySelector('main')!.append(row);
  });
  const cramped = await page.evaluate(checkLayout, {});
  expect(cramped).toContainEqual(
    expect.stringMatching(/^target button\S* «Se connecter» is \d+×30 px/),
  );
  expect(cramped).toContain('button «7» and button «8» are 4 px apart (at least 8)');
});
