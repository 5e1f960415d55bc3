import type { Page } from '@playwright/test';
import { getDocumentProxy } from 'unpdf';
import { expect, expectNoAxeViolations, locales, prefix, test } from './fixtures';

const lesson = '/teachers/what-is-trafficking/';
const exercise = '/students/recognise-the-signs/';

const visibleCards = (page: Page) => page.locator('[data-lesson-card]:visible');

test.describe('teacher index', () => {
  test('filters in place with JavaScript and announces the count', async ({ page }) => {
    await page.goto('/teachers/');
    const filters = page.getByRole('navigation', { name: 'Lessen filteren' });
    const status = page.getByRole('status').filter({ hasText: 'Aantal lespakketten' });
    await expect(status).toHaveText('Aantal lespakketten: 4');
    await expect(filters.getByRole('button', { name: 'Alle lessen' })).toHaveAttribute('aria-pressed', 'true');

    const sexual = filters.getByRole('button', { name: 'Seksuele uitbuiting' });
    await sexual.click();
    await expect(sexual).toHaveAttribute('aria-pressed', 'true');
    await expect(visibleCards(page)).toHaveCount(1);
    await expect(visibleCards(page).getByRole('heading')).toHaveText('Grooming en seksuele uitbuiting');
    await expect(status).toHaveText('Aantal lespakketten: 1');
    await expect(page).toHaveURL(/\/teachers\/\?topic=sexual$/);

    // A second facet narrows further; choosing the same value again clears it.
    await filters.getByRole('button', { name: '12–14 jaar' }).click();
    await expect(visibleCards(page)).toHaveCount(1);
    await sexual.click();
    await expect(sexual).toHaveAttribute('aria-pressed', 'false');
    await expect(status).toHaveText('Aantal lespakketten: 4');

    await filters.getByRole('button', { name: 'havo' }).click();
    await filters.getByRole('button', { name: 'Arbeidsuitbuiting' }).click();
    await expect(visibleCards(page)).toHaveCount(1);
    await filters.getByRole('button', { name: 'Alle lessen' }).click();
    await expect(visibleCards(page)).toHaveCount(4);
    await expect(page).toHaveURL(/\/teachers\/$/);
  });

  test('keeps the filter in the address, so a reload shows the same lessons', async ({ page }) => {
    await page.goto('/en/teachers/?topic=criminal');
    await expect(visibleCards(page)).toHaveCount(1);
    await expect(page.getByRole('button', { name: 'Criminal exploitation' })).toHaveAttribute('aria-pressed', 'true');
  });

  test('without JavaScript the filters are links to real filter pages', async ({ browser }) => {
    const context = await browser.newContext({ javaScriptEnabled: false });
    const page = await context.newPage();
    await page.goto('/teachers/');
    const filters = page.getByRole('navigation', { name: 'Lessen filteren' });
    await expect(filters.getByRole('link', { name: 'Alle lessen' })).toHaveAttribute('aria-current', 'page');
    await expect(page.locator('[data-lesson-card]')).toHaveCount(4);

    await filters.getByRole('link', { name: 'Seksuele uitbuiting' }).click();
    await expect(page).toHaveURL(/\/teachers\/topic\/sexual\/$/);
    await expect(page.getByRole('heading', { level: 1 })).toHaveText('Lessen: Seksuele uitbuiting');
    await expect(page.locator('[data-lesson-card]')).toHaveCount(1);
    await expect(filters.getByRole('link', { name: 'Seksuele uitbuiting' })).toHaveAttribute('aria-current', 'page');
    await expect(filters.getByRole('link', { name: 'Alle lessen' })).not.toHaveAttribute('aria-current', 'page');

    await page.goto('/uk/teachers/level/havo/');
    await expect(page.locator('html')).toHaveAttribute('lang', 'uk');
    await expect(page.locator('[data-lesson-card]')).toHaveCount(4);
    await page.goto('/en/teachers/age/12-14/');
    await expect(page.getByRole('link', { name: '12–14 years' })).toHaveAttribute('aria-current', 'page');
    await context.close();
  });

  test('links to the reporting protocol, the toolkits and the signal cards', async ({ page }) => {
    await page.goto('/en/teachers/');
    await expect(page.getByRole('link', { name: 'Reporting protocol for schools' })).toHaveAttribute('href', '/en/reporting-protocol/');
    await expect(page.locator('main a[href="/en/toolkits/"]')).toHaveCount(1);
    await expect(page.locator('main a[href="/en/signals/"]')).toHaveCount(1);
  });
});

test.describe('lesson page', () => {
  for (const locale of locales) {
    test(`shows every section in ${locale}`, async ({ page }) => {
      await page.goto(`${prefix(locale)}${lesson}`);
      await expect(page.locator('h1')).toHaveCount(1);
      for (const id of ['goals', 'key-terms', 'misconceptions', 'content-note', 'disclosure', 'plan', 'questions', 'scenario', 'worksheets', 'starter-quiz', 'quiz']) {
        await expect(page.locator(`section#${id} h2`), id).toBeVisible();
        await expect(page.locator(`[data-section-nav] a[href="#${id}"]`), `nav link to ${id}`).toHaveCount(1);
      }
      await expect(page.locator('#sources-title')).toBeVisible();
      await expect(page.locator('#disclosure a[href$="/reporting-protocol/"]')).toHaveCount(1);
      await expect(page.locator('#plan h3')).toHaveCount(3);
      await expect(page.locator('.worksheet')).toHaveCount(1);
      await expect(page.locator('#quiz details')).toHaveCount(5);
      await expect(page.locator('#starter-quiz details')).toHaveCount(3);
      await expect(page.locator('#related a[href*="/signals/"]')).not.toHaveCount(0);
      // The generated files: deck, teacher guide, pupil handout and quiz, worksheet, letter home, and the archive.
      const materials = page.locator('section:has(#materials-title)');
      await expect(materials.locator('a[download]')).toHaveCount(await materials.locator('[data-download]').count());
      await expect(materials.locator('a[download][href$=".pdf"]')).toHaveCount(5);
      await expect(materials.locator('a[download][href$=".pptx"]')).toHaveCount(1);
      await expect(materials.locator('a[download][href$=".zip"]')).toHaveCount(1);
      // Every PDF can also be opened in the browser: a second link without `download`.
      await expect(materials.locator('a[data-open]:not([download])')).toHaveCount(5);
    });
  }

  test('the print button appears only with JavaScript', async ({ page, browser }) => {
    await page.goto(lesson);
    await expect(page.getByRole('button', { name: 'Print deze pagina' })).toBeVisible();
    const context = await browser.newContext({ javaScriptEnabled: false });
    const noJs = await context.newPage();
    await noJs.goto(lesson);
    await expect(noJs.getByRole('button', { name: 'Print deze pagina' })).toBeHidden();
    await expect(noJs.locator('section#quiz')).toBeVisible();
    await context.close();
  });

  test('marks the section in view in the in-page navigation', async ({ page }) => {
    await page.setViewportSize({ width: 1280, height: 900 });
    await page.goto(lesson);
    await page.locator('[data-section-nav] a[href="#quiz"]').click();
    await expect(page.locator('[data-section-nav] a[aria-current="true"]')).toHaveAttribute('href', '#quiz');
  });

  test('the print view hides navigation and the quick exit and keeps the content', async ({ page }) => {
    await page.goto(lesson);
    await page.emulateMedia({ media: 'print' });
    await expect(page.locator('[data-quick-exit]')).toBeHidden();
    await expect(page.getByRole('navigation', { name: 'Hoofdmenu' })).toBeHidden();
    await expect(page.locator('[data-section-nav]')).toBeHidden();
    await expect(page.getByRole('button', { name: 'Print deze pagina' })).toBeHidden();
    // The site footer could end up alone on the last sheet; the lesson prints its licence and 112 itself.
    await expect(page.locator('[data-site-footer]')).toBeHidden();
    await expect(page.locator('h1')).toBeVisible();
    for (const id of ['goals', 'plan', 'scenario', 'quiz']) await expect(page.locator(`section#${id}`)).toBeVisible();
    await expect(page.locator('.worksheet h3')).toBeVisible();
    // Quiz answers are folded away on screen and printed for the teacher.
    await expect(page.locator('#quiz details p').first()).toBeVisible();
    // A task and its answer lines never split across two sheets, and no section forces a new sheet (which left gaps).
    const tasks = page.locator('.worksheet [data-answer-block]');
    expect(await tasks.count()).toBeGreaterThan(4);
    for (const task of await tasks.all()) await expect(task).toHaveCSS('break-inside', 'avoid');
    const forced = await page.locator('.worksheet, .worksheet *, [data-lesson-section]').evaluateAll((nodes) =>
      nodes.filter((node) => ['page', 'left', 'right', 'recto', 'verso'].includes(getComputedStyle(node).breakBefore)).map((node) => node.id || node.tagName),
    );
    expect(forced).toEqual([]);
    await page.emulateMedia({ media: 'screen' });
    await expect(page.locator('#quiz details p').first()).toBeHidden();
  });
});

for (const locale of ['nl', 'uk'] as const) {
  for (const slug of ['grooming', 'what-is-trafficking']) {
    test(`the printed lesson ${slug} (${locale}) has no sheet but the last more than a third empty`, async ({ page }) => {
      await page.goto(`${prefix(locale)}/teachers/${slug}/`);
      await page.emulateMedia({ media: 'print' });
      const pdf = await getDocumentProxy(new Uint8Array(await page.pdf({ format: 'A4' })));
      const filled: number[] = [];
      for (let number = 1; number <= pdf.numPages; number++) {
        const sheet = await pdf.getPage(number);
        const height = sheet.view[3];
        const { items } = await sheet.getTextContent();
        // PDF y runs upwards from the bottom edge: the lowest line of text shows how far down the sheet is used.
        const lowest = Math.min(...items.filter((item) => 'str' in item && item.str.trim()).map((item) => ('transform' in item ? item.transform[5] : height)));
        filled.push(Math.round(((height - lowest) / height) * 100));
      }
      expect(pdf.numPages).toBeGreaterThan(4);
      expect(filled.slice(0, -1).filter((percent) => percent < 67), `filled share per sheet: ${filled.join(' ')}`).toEqual([]);
    });
  }
}

test.describe('pupils’ self-check', () => {
  const selfCheck = '/students/quiz/grooming/';

  for (const locale of locales) {
    test(`is linked from the lesson page and the students section, with both quizzes (${locale})`, async ({ page }) => {
      await page.goto(`${prefix(locale)}/teachers/grooming/`);
      const questions = await page.locator('#starter-quiz [data-quiz-id], #quiz [data-quiz-id]').evaluateAll((items) => items.map((li) => li.getAttribute('data-quiz-id')));
      await page.locator(`#quiz a[href$="${selfCheck}"]`).click();
      await expect(page).toHaveURL(new RegExp(`${prefix(locale)}${selfCheck}$`));
      // The same items as on the teacher page, in the same order.
      await expect(page.locator('[data-quiz-id]')).toHaveCount(questions.length);
      expect(await page.locator('[data-quiz-id]').evaluateAll((items) => items.map((li) => li.getAttribute('data-quiz-id')))).toEqual(questions);
      await page.goto(`${prefix(locale)}/students/`);
      await expect(page.locator(`#self-check-title ~ ul a[href$="${selfCheck}"]`)).toHaveCount(1);
    });
  }

  test('opens each answer by keyboard on a phone and stores nothing', async ({ page }) => {
    await page.setViewportSize({ width: 375, height: 740 });
    await page.goto(selfCheck);
    const first = page.locator('[data-quiz-id] details').first();
    await expect(first.locator('p')).toBeHidden();
    await first.locator('summary').focus();
    await page.keyboard.press('Enter');
    await expect(first.locator('p')).toBeVisible();
    await page.keyboard.press('Space');
    await expect(first.locator('p')).toBeHidden();
    const stored = await page.evaluate(() => localStorage.length + sessionStorage.length + document.cookie.length);
    expect(stored).toBe(0);
    await expectNoAxeViolations(page);
  });

  test('without JavaScript every answer can still be opened', async ({ browser }) => {
    const context = await browser.newContext({ javaScriptEnabled: false });
    const page = await context.newPage();
    await page.goto(`/uk${selfCheck}`);
    const answers = page.locator('[data-quiz-id] details');
    const count = await answers.count();
    expect(count).toBeGreaterThan(5);
    for (let i = 0; i < count; i += 1) {
      await answers.nth(i).locator('summary').click();
      await expect(answers.nth(i).locator('p')).toBeVisible();
    }
    await context.close();
  });
});

test.describe('scenario exercise', () => {
  test('works with the keyboard only and says right or wrong in words', async ({ page }) => {
    await page.goto(exercise);
    const first = page.locator('[data-scenario]').first();
    await expect(first.getByRole('group', { name: 'Wat doe je?' })).toBeVisible();
    await expect(first.locator('[data-exercise-static]')).toBeHidden();

    for (let i = 0; i < 80; i += 1) {
      await page.keyboard.press('Tab');
      if (await page.evaluate(() => (document.activeElement as HTMLInputElement | null)?.name === 'scenario-0')) break;
    }
    await expect(page.locator('input[name="scenario-0"]:focus')).toHaveCount(1);

    // Go through every option by keyboard: Space chooses the first, Arrow keys the next; Enter on the button checks.
    const radios = first.locator('input[type="radio"]');
    const correct = await radios.evaluateAll((els) => els.map((el) => (el as HTMLInputElement).dataset.correct === 'true'));
    const best = (await first.locator('label').nth(correct.indexOf(true)).textContent())?.trim() ?? '';
    const feedback = first.getByRole('status');
    for (let j = 0; j < correct.length; j += 1) {
      if (j === 0) await page.keyboard.press('Space');
      else {
        await page.keyboard.press('Shift+Tab');
        await expect(radios.nth(j - 1)).toBeFocused();
        await page.keyboard.press('ArrowDown');
      }
      await expect(radios.nth(j)).toBeChecked();
      await page.keyboard.press('Tab');
      await expect(first.getByRole('button', { name: 'Bekijk het antwoord' })).toBeFocused();
      await page.keyboard.press(j % 2 ? 'Space' : 'Enter');
      if (correct[j]) {
        await expect(feedback).toContainText('Goed gekozen.');
        await expect(feedback).not.toContainText('Het beste antwoord is');
      } else {
        await expect(feedback).toContainText('Dit is niet het beste antwoord.');
        await expect(feedback).toContainText(`Het beste antwoord is: ${best}`);
      }
    }
  });

  test('asks for a choice before checking', async ({ page }) => {
    await page.goto(`/en${exercise}`);
    const second = page.locator('[data-scenario]').nth(1);
    await second.getByRole('button', { name: 'Check your answer' }).click();
    await expect(second.getByRole('status')).toHaveText('Choose an answer first.');
  });

  test('without JavaScript shows every option with its explanation and marks the best one', async ({ browser }) => {
    const context = await browser.newContext({ javaScriptEnabled: false });
    const page = await context.newPage();
    await page.goto(exercise);
    const scenarios = page.locator('[data-scenario]');
    const count = await scenarios.count();
    expect(count).toBeGreaterThan(0);
    await expect(page.locator('input[type="radio"]:visible')).toHaveCount(0);
    for (let i = 0; i < count; i += 1) {
      const scenario = scenarios.nth(i);
      const options = scenario.locator('[data-option]');
      await expect(scenario.locator('[data-explanation]:visible')).toHaveCount(await options.count());
      await expect(scenario.getByText('Het beste antwoord:', { exact: true })).toHaveCount(1);
    }
    await context.close();
  });
});

test('a student page has a note for teachers on disclosure', async ({ page }) => {
  await page.goto('/uk/students/what-is-this/');
  const note = page.getByRole('complementary', { name: 'Для вчителів' });
  await expect(note).toContainText('не обіцяйте зберегти таємницю');
  await expect(note.locator('a[href="/uk/reporting-protocol/"]')).toHaveCount(1);
});

test('the students home lists the student pages in order', async ({ page }) => {
  await page.goto('/students/');
  const titles = await page.locator('main ol h3').allTextContents();
  expect(titles[0]).toBe('Wat is mensenhandel?');
  expect(titles.at(-1)).toBe('Oefening: herken de signalen');
});

test('a signal card shows its groups, what to do and where to get help', async ({ page }) => {
  await page.goto('/en/signals/school/');
  await expect(page.getByRole('heading', { level: 2, name: 'Signs' })).toBeVisible();
  await expect(page.getByRole('heading', { level: 3, name: 'Relationships' })).toBeVisible();
  await expect(page.getByRole('heading', { level: 2, name: 'What can you do?' })).toBeVisible();
  await expect(page.locator('a[href="tel:08000432"]')).toHaveCount(1);
  await expect(page.locator('main a[href="/en/organisations/fier/"]')).toHaveCount(1);
});

test('a toolkit shows its checklist, signal cards and partners', async ({ page }) => {
  await page.goto('/toolkits/schools/');
  for (const name of ['Vragen', 'Vastleggen', 'Inschakelen']) {
    await expect(page.getByRole('heading', { level: 3, name })).toBeVisible();
  }
  await expect(page.locator('main a[href="/signals/school/"]')).toHaveCount(1);
  await expect(page.locator('main a[href="/organisations/rode-kruis/"]')).toHaveCount(1);
});
