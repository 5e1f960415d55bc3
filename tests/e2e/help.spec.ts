import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { helpLines, telHref, visibleNumber } from '../../src/lib/help/lines';
import { unlinkedHelpNumbers } from '../../src/lib/help/unlinked';
import { distDir } from './site';
import { expect, expectNoAxeViolations, locales, prefix, test } from './fixtures';
import type { Page } from '@playwright/test';

/** The phone the issue was tried on; the header is at most this tall (`exit` keeps it so). */
const phone = { width: 375, height: 740 };
const headerLimit = 140;

/**
 * The bottom of an element as it would be with a header of at most 140 px: if the header is taller on
 * this build, the difference is taken off, so the check measures this page's own layout.
 */
async function bottomInFirstScreen(page: Page, selector: string): Promise<number> {
  return page.locator(selector).evaluate((el, limit) => {
    const header = document.querySelector('body > header');
    const excess = Math.max(0, (header?.getBoundingClientRect().bottom ?? 0) - limit);
    const box = el.getBoundingClientRect();
    return box.top >= 0 ? box.bottom - excess : Number.POSITIVE_INFINITY;
  }, headerLimit);
}

test('every help number in the text of a built page is a tel: link that dials it', () => {
  const files = readdirSync(distDir, { recursive: true, encoding: 'utf8' }).filter((f) => f.endsWith('.html'));
  expect(files.length).toBeGreaterThan(100);
  const problems = files.flatMap((file) => unlinkedHelpNumbers(readFileSync(join(distDir, file), 'utf8')).map((n) => `${file}: ${n}`));
  expect(problems).toEqual([]);
});

for (const locale of locales) {
  test(`the help page in ${locale} puts 112 first and offers every line as a tel: link`, async ({ page }) => {
    const response = await page.goto(`${prefix(locale)}/help/`);
    expect(response?.status()).toBe(200);
    await expect(page.locator('html')).toHaveAttribute('lang', locale);
    await expect(page.locator('h1')).toHaveCount(1);
    const tel = page.locator('main a[href^="tel:"]');
    await expect(tel.first()).toHaveAttribute('href', 'tel:112');
    await expect(tel.first()).toHaveText('112');
    for (const line of helpLines) {
      const link = page.locator(`main a[href="${telHref(line.number)}"]`).first();
      expect(await link.textContent(), line.id).toBe(visibleNumber(line.number));
    }
    const sizes = await tel.evaluateAll((links) => links.map((a) => parseFloat(getComputedStyle(a).fontSize)));
    expect(Math.max(...sizes.slice(1))).toBeLessThan(sizes[0]);
    for (const id of ['work', 'control', 'child', 'anonymous']) await expect(page.locator(`#situation-${id} a[href^="tel:"]`).first()).toBeVisible();
  });

  // At 1280 px the audit (audit-browser.spec.ts) runs axe on every page; its 375 px sample has one page of type
  // “page” per locale, not this one.
  test(`the help page in ${locale} passes axe at 375 px`, async ({ page }) => {
    await page.setViewportSize({ width: 375, height: 900 });
    await page.goto(`${prefix(locale)}/help/`);
    await expectNoAxeViolations(page);
  });

  test(`a printed help page in ${locale} shows each number as text, without the tel: address`, async ({ page }) => {
    await page.goto(`${prefix(locale)}/help/`);
    await page.emulateMedia({ media: 'print' });
    const printed = await page.locator('main a[href^="tel:"]').evaluateAll((links) =>
      links.map((a) => ({ visible: a.getBoundingClientRect().width > 0, after: getComputedStyle(a, '::after').content, text: a.textContent })),
    );
    expect(printed.length).toBeGreaterThan(7);
    expect(printed.filter((p) => !p.visible || (p.after !== 'none' && p.after !== 'normal'))).toEqual([]);
    // Browsers print no backgrounds, so 112 must not stay white.
    await expect(page.locator('[data-help-acute] a[href="tel:112"]')).not.toHaveCSS('color', 'rgb(255, 255, 255)');
  });

  test(`the ${locale} home page shows the way to help in the first screen at 375 × 740`, async ({ page }) => {
    await page.setViewportSize(phone);
    await page.goto(`${prefix(locale)}/`);
    const help = page.locator('[data-home-help]');
    await expect(help.locator('a[href="tel:112"]')).toHaveText('112');
    await expect(help.locator(`a[href="${prefix(locale)}/help/"]`)).toHaveCount(1);
    expect(await bottomInFirstScreen(page, '[data-home-help]')).toBeLessThanOrEqual(phone.height);
  });

  test(`the ${locale} refugee flyer starts with where to get help: 112, CoMensha, Arbeidsinspectie, FairWork`, async ({ page }) => {
    await page.goto(`${prefix(locale)}/refugee-flyer/`);
    const first = page.locator('.prose-body > :first-child');
    await expect(first.locator('h2')).toHaveCount(1);
    const numbers = await first.locator('a[href^="tel:"]').evaluateAll((links) => links.map((a) => a.getAttribute('href')));
    expect(numbers).toEqual(['tel:112', 'tel:0334481186', 'tel:08005151']);
    await expect(first.locator('a[href="https://www.fairwork.nu/"]')).toHaveCount(1);
  });
}

test('the Ukrainian home page opens with the refugee flyer card, fully in the first screen at 375 × 740', async ({ page }) => {
  await page.setViewportSize(phone);
  await page.goto('/uk/');
  const afterHeading = await page.locator('main h1').evaluate((h1) => h1.nextElementSibling?.hasAttribute('data-flyer-card'));
  expect(afterHeading).toBe(true);
  await expect(page.locator('[data-flyer-card] a[href="/uk/refugee-flyer/"]')).toBeVisible();
  expect(await bottomInFirstScreen(page, '[data-flyer-card]')).toBeLessThanOrEqual(phone.height);
});

test('the student index carries the note for teachers that the student pages carry', async ({ page }) => {
  for (const locale of locales) {
    await page.goto(`${prefix(locale)}/students/`);
    const note = await page.locator('[aria-labelledby="teacher-note-title"]').innerText();
    const link = page.locator(`main a[href^="${prefix(locale)}/students/"]`).first();
    await page.goto((await link.getAttribute('href'))!);
    expect(await page.locator('[aria-labelledby="teacher-note-title"]').innerText()).toBe(note);
  }
});
