import { readFile } from 'node:fs/promises';
import type { Page } from '@playwright/test';
import { accounts, audit, expect, pageHeading, pageWith, signIn, signInAsAdmin, test } from './support';

// The site admin downloads the public library as CSV and JSON, imports a file with a bad line
// (the report names it, nothing is imported), corrects it, checks it and imports it by keyboard,
// and a visitor finds the new resource; a plain user gets no way in.

const stamp = Date.now();
const header = 'title,type,summary,link,publisher,authors,audience,topics,year,evidence';
const titles = [`Porch Light Evenings ${stamp}`, `Block Captain Handbook ${stamp}`];
const fileName = 'library-additions.csv';

/** Two resources in CSV; the second with the type `typeOfSecond`. */
function additions(typeOfSecond: string): string {
  return [
    'title,type,summary,link,topics,year',
    `${titles[0]},toolkit,Neighbors keep porch lights on one evening a week.,https://example.org/porch-lights-${stamp},problem_solving,2021`,
    `${titles[1]},${typeOfSecond},"How block captains share news, by street.",https://example.org/block-captains-${stamp},,`,
    '',
  ].join('\n');
}

/** How many resources the public library holds, as the export has it. */
async function libraryCount(page: Page): Promise<number> {
  const response = await page.request.get('/api/v1/resources/export?format=json');
  expect(response.ok()).toBe(true);
  return ((await response.json()) as { resources: unknown[] }).resources.length;
}

/** The text of the file a click on the link named `name` downloads. */
async function download(page: Page, name: string): Promise<string> {
  const downloading = page.waitForEvent('download');
  await page.getByRole('link', { name }).click();
  return readFile((await (await downloading).path())!, 'utf8');
}

test('a site admin exports the library and imports a file, checked line by line first', async ({ page, browser }) => {
  await signInAsAdmin(page);
  await page.getByRole('navigation').getByRole('link', { name: 'Administration' }).click();
  await page.getByRole('link', { name: 'Resource library: import and export' }).click();
  await expect(pageHeading(page, 'Resource library: import and export')).toBeFocused();
  await audit(page, 'library-files');

  const csv = await download(page, 'Download the library as CSV');
  expect(csv.split(/\r?\n/)[0]).toBe(header);
  const json = JSON.parse(await download(page, 'Download the library as JSON')) as { resources: unknown[] };
  const before = await libraryCount(page);
  expect(json.resources).toHaveLength(before);

  // A type that does not exist on line 3: the report says where, and nothing is imported.
  const file = page.getByLabel('CSV or JSON file');
  await file.setInputFiles({ name: fileName, mimeType: 'text/csv', buffer: Buffer.from(additions('pamphlet')) });
  await page.getByRole('button', { name: 'Import', exact: true }).click();
  const problems = page.getByRole('heading', { name: `Nothing was imported: 1 problem in ${fileName}` });
  await expect(problems).toBeFocused();
  const row = page.getByRole('table', { name: `Problems in ${fileName}, by line` }).getByRole('row').filter({ hasText: 'Line 3' });
  await expect(row).toContainText('type');
  await expect(row).toContainText('pamphlet');
  await expect(page.getByRole('alert').filter({ hasText: 'The library has not changed.' })).toBeVisible();
  expect(await libraryCount(page)).toBe(before);
  await audit(page, 'library-files-problems');
  await page.setViewportSize({ width: 375, height: 800 });
  expect(await page.evaluate(() => document.documentElement.scrollWidth)).toBeLessThanOrEqual(375);
  await page.screenshot({ path: test.info().outputPath('library-files-problems-375.png'), fullPage: true });
  await page.setViewportSize({ width: 1280, height: 900 });
  await page.screenshot({ path: test.info().outputPath('library-files-problems-1280.png'), fullPage: true });

  // A JSON file is reported by item and field.
  await file.setInputFiles({
    name: 'library.json',
    mimeType: 'application/json',
    buffer: Buffer.from(JSON.stringify({ resources: [{ title: titles[0], type: 'toolkit', summary: 'Porch lights.' }, { title: titles[1] }] })),
  });
  await page.getByRole('button', { name: 'Check the file first' }).click();
  await expect(page.getByRole('heading', { name: 'Nothing was imported: 2 problems in library.json' })).toBeFocused();
  const items = page.getByRole('table', { name: 'Problems in library.json, by item' });
  await expect(items.getByRole('row').filter({ hasText: 'Item 2' }).first()).toContainText('summary');

  // Corrected, then checked and imported by keyboard: back from the report to the file input.
  await page.keyboard.press('Shift+Tab');
  await expect(page.getByRole('button', { name: 'Import', exact: true })).toBeFocused();
  await page.keyboard.press('Shift+Tab');
  await page.keyboard.press('Shift+Tab');
  await expect(file).toBeFocused();
  await file.setInputFiles({ name: fileName, mimeType: 'text/csv', buffer: Buffer.from(additions('publication')) });
  await page.keyboard.press('Tab');
  await expect(page.getByRole('button', { name: 'Check the file first' })).toBeFocused();
  await page.keyboard.press('Enter');
  await expect(
    page.getByRole('heading', { name: `2 resources checked in ${fileName}, all fine: nothing imported yet` }),
  ).toBeFocused();
  expect(await libraryCount(page)).toBe(before);
  await audit(page, 'library-files-checked');
  await page.keyboard.press('Shift+Tab');
  await expect(page.getByRole('button', { name: 'Import', exact: true })).toBeFocused();
  await page.keyboard.press('Enter');
  await expect(page.getByRole('status').filter({ hasText: `2 resources imported from ${fileName} and published.` })).toBeFocused();
  expect(await libraryCount(page)).toBe(before + 2);
  await audit(page, 'library-files-imported');

  // Published at once: a visitor finds it.
  const visitor = await pageWith(browser, null);
  await visitor.goto('/resources');
  const box = visitor.getByRole('searchbox', { name: 'Search the library' });
  await box.fill(`"${titles[0]}"`);
  await box.press('Enter');
  await expect(visitor.getByRole('link', { name: titles[0] })).toBeVisible();
  await visitor.context().close();
});

test('a plain user has no way to import or export the library', async ({ page }) => {
  await signIn(page, accounts.user);
  await expect(page.getByRole('navigation').getByRole('link', { name: 'Administration' })).toHaveCount(0);
  await page.goto('/resources');
  await expect(page.getByRole('link', { name: 'Share a resource' })).toBeVisible();
  await expect(page.getByRole('link', { name: 'Import or export the library' })).toHaveCount(0);
  await page.goto('/admin/resources');
  await expect(page.getByRole('alert').filter({ hasText: 'Only site administrators can use these pages.' })).toBeVisible();
  await expect(page.getByRole('button', { name: 'Import', exact: true })).toHaveCount(0);
  expect((await page.request.get('/api/v1/resources/export?format=csv')).status()).toBe(403);
});
