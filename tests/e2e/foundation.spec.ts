import { quickExitUrl } from '../../src/lib/site';
import { expect, locales, prefix, test } from './fixtures';

for (const locale of locales) {
  test(`home renders in ${locale} with the right lang`, async ({ page }) => {
    await page.goto(`${prefix(locale)}/`);
    await expect(page.locator('html')).toHaveAttribute('lang', locale);
    await expect(page.locator('h1')).toHaveCount(1);
    await expect(page.locator('link[rel="alternate"][hreflang="x-default"]')).toHaveCount(1);
    for (const other of locales) {
      await expect(page.locator(`link[rel="alternate"][hreflang="${other}"]`)).toHaveCount(1);
    }
  });
}

test('the language switcher lands on the same page in the other language', async ({ page }) => {
  await page.goto('/privacy/');
  await page.getByRole('navigation', { name: 'Taal' }).getByRole('link', { name: 'Українська' }).click();
  await expect(page).toHaveURL(/\/uk\/privacy\/$/);
  await expect(page.locator('html')).toHaveAttribute('lang', 'uk');
  await page.getByRole('navigation', { name: 'Мова' }).getByRole('link', { name: 'English' }).click();
  await expect(page).toHaveURL(/\/en\/privacy\/$/);
});

test('the quick exit is the first focusable element and leaves by click without a way back', async ({ page }) => {
  await page.goto('/');
  await page.goto('/en/about/');
  await page.keyboard.press('Tab');
  await expect(page.locator(':focus')).toHaveAttribute('href', quickExitUrl);
  await page.getByRole('link', { name: 'Emergency: Leave this site', exact: true }).click();
  await expect(page).toHaveURL(quickExitUrl);
  await page.goBack();
  await expect(page).not.toHaveURL(/\/en\/about\/$/);
});

test('pressing Shift three times leaves, Back does not return to the page', async ({ page }) => {
  await page.goto('/uk/');
  await page.keyboard.press('Shift');
  await expect(page.getByRole('status')).toHaveText('Натисніть Shift ще 2 рази, щоб залишити сайт');
  await page.keyboard.press('Shift');
  await expect(page.getByRole('status')).toHaveText('Натисніть Shift ще 1 раз, щоб залишити сайт');
  await page.keyboard.press('Shift');
  await expect(page).toHaveURL(quickExitUrl);
  await page.goBack();
  await expect(page).not.toHaveURL(/localhost:\d+\/uk\/$/);
});

test('another key between Shift presses resets the count', async ({ page }) => {
  await page.goto('/');
  await page.keyboard.press('Shift');
  await page.keyboard.press('Shift');
  await page.keyboard.press('a');
  await page.keyboard.press('Shift');
  await expect(page.getByRole('status')).toHaveText('Druk nog 2 keer op Shift om deze site te verlaten');
  await expect(page).toHaveURL(/localhost/);
});

test('without JavaScript the quick exit is a plain link', async ({ browser }) => {
  const context = await browser.newContext({ javaScriptEnabled: false });
  const page = await context.newPage();
  await page.route((url) => url.hostname !== 'localhost', (route) => route.fulfill({ body: 'stub' }));
  await page.goto('/');
  const exit = page.getByRole('link', { name: 'Noodknop: Snel weg' });
  await expect(exit).toHaveAttribute('href', quickExitUrl);
  await expect(exit).toHaveAttribute('rel', 'nofollow noreferrer');
  await context.close();
});

// Fonts: a page downloads the web-font files of its own script only; the switcher's «Українська» on a
// Dutch or English page is set in the system font.
for (const [path, loads, skips] of [
  ['/about/', 'latin', 'cyrillic'],
  ['/en/about/', 'latin', 'cyrillic'],
  ['/uk/about/', 'cyrillic', null],
] as const) {
  test(`${path} loads the ${loads} font file${skips ? ` and not the ${skips} one` : ''}`, async ({ page }) => {
    const fonts: string[] = [];
    page.on('request', (request) => {
      if (request.resourceType() === 'font') fonts.push(new URL(request.url()).pathname);
    });
    await page.goto(path);
    await page.evaluate(() => document.fonts.ready);
    expect(fonts.some((font) => font.includes(`-${loads}-wght`)), fonts.join(', ')).toBe(true);
    if (skips) expect(fonts.filter((font) => font.includes(skips)), fonts.join(', ')).toEqual([]);
  });
}
