import { mkdir } from 'node:fs/promises';
import path from 'node:path';
import type { Page } from '@playwright/test';
import { accounts, apiWithSession, audit, expect, pageHeading, pageWith, signIn, signInAsAdmin, test, tick } from './support';

// One story, in order, about the resource library: a visitor searches the seed library signed
// out (a facet, the address keeping the search, a phrase, a search the server cannot read), reads
// a resource's page; the plain user, leading a new partnership, shares a public resource that the
// site admin publishes from the queue, and another that the admin rejects with a reason the user
// then reads and answers; at last the results are paged through at phone width by keyboard.
test.describe.configure({ mode: 'serial' });

const stamp = Date.now();
const partnershipName = `Riverton Library Table ${stamp}`;
const shared = {
  title: `Night Market Safety Walks ${stamp}`,
  link: `https://example.org/night-market-walks-${stamp}`,
  summary: 'Volunteers and officers **walk the night market** together each Friday.',
};
const rejectedTitle = `Unfinished Youth Survey ${stamp}`;
const reason = 'The link asks for a password, so nobody else can open it.';
let partnershipId = 0;
let userSession = '';
let adminSession = '';

interface SearchAnswer {
  total: number;
  items: { id: number; title: string }[];
  facets: Record<string, { key: string; label: string; count: number }[]>;
}

interface ResourceAnswer {
  id: number;
  title: string;
  version: number;
  summary_html: string;
  link: string;
}

/** What the API answers for this search, signed out. */
async function searchApi(page: Page, query: string): Promise<SearchAnswer> {
  const response = await page.request.get(`/api/v1/resources?${query}`);
  expect(response.ok(), await response.text()).toBe(true);
  return (await response.json()) as SearchAnswer;
}

/** The label a facet value has in the filters: its name and how many results it gives. */
function facetLabel(answer: SearchAnswer, facet: string, key: string): string {
  const value = answer.facets[facet]?.find((entry) => entry.key === key);
  expect(value, `${facet} ${key} in the facets`).toBeDefined();
  return `${value!.label} (${value!.count})`;
}

/** The results heading's words for `total` results of the search `q`. */
function found(total: number, q: string): string {
  return `${total === 1 ? '1 resource' : `${total} resources`} for “${q}”`;
}

function resultsHeading(page: Page) {
  return page.getByRole('heading', { level: 2, name: /resources?( for|$)|No resources found/ });
}

function filters(page: Page, legend: string) {
  return page.getByRole('group', { name: legend });
}

/** `text` as a regular expression that matches it literally. */
function literal(text: string): string {
  return text.replace(/[.*+?^$()|[\]\\{}]/g, '\\$&');
}

/** Matches `text` and nothing more. */
function exactly(text: string): RegExp {
  return new RegExp(`^${literal(text)}$`);
}

/** Chooses a filter by clicking its label, as people do (USWDS hides the radio button itself). */
async function choose(page: Page, legend: string, label: string): Promise<void> {
  const group = filters(page, legend);
  await group.locator('label').filter({ hasText: exactly(label) }).click();
  await expect(group.getByLabel(label, { exact: true })).toBeChecked();
}

test.beforeAll(async ({ browser }) => {
  const page = await browser.newPage({ baseURL: process.env.CG_BASE_URL });
  await signIn(page, accounts.user);
  const authDir = path.join(test.info().project.outputDir, '.auth');
  await mkdir(authDir, { recursive: true });
  userSession = path.join(authDir, 'resources-user-session.json');
  adminSession = path.join(authDir, 'resources-admin-session.json');
  await page.context().storageState({ path: userSession });
  const created = await apiWithSession(page, 'POST', '/api/v1/partnerships', {
    data: { name: partnershipName, my_sector: 'government' },
  });
  expect(created.status()).toBe(201);
  partnershipId = ((await created.json()) as { id: number }).id;
  await page.context().close();
});

test('a visitor searches the library signed out, narrows it by type, and the address keeps the search', async ({ page }) => {
  await page.goto('/p');
  const nav = page.getByRole('navigation', { name: 'Main' });
  await expect(nav.getByRole('link')).toHaveText(['Resource library']);
  await nav.getByRole('link', { name: 'Resource library' }).click();
  await expect(pageHeading(page, 'Resource library')).toBeFocused();
  await expect(page).toHaveTitle('Resource library | CommonGround');
  await expect(page.getByRole('link', { name: 'Sign in to share a resource with other partnerships' })).toBeVisible();
  const everything = await searchApi(page, '');
  await expect(resultsHeading(page)).toHaveText(`${everything.total} resources`);
  await audit(page, 'library-all');

  // Searching by keyboard: the results heading takes focus, the matches are marked.
  const box = page.getByRole('searchbox', { name: 'Search the library' });
  await expect(box).toHaveAccessibleDescription(/quotes.*minus/);
  await box.fill('partnership');
  await box.press('Enter');
  await expect(page).toHaveURL(/\/resources\?q=partnership$/);
  const matches = await searchApi(page, 'q=partnership');
  expect(matches.total).toBeGreaterThan(2);
  await expect(resultsHeading(page)).toHaveText(found(matches.total, 'partnership'));
  await expect(resultsHeading(page)).toBeFocused();
  await expect(page.getByRole('status').filter({ hasText: `Showing 1 to ${matches.total} of ${matches.total}.` })).toBeVisible();
  const results = page.locator('.cg-library-results > li');
  await expect(results).toHaveCount(matches.total);
  await expect(results.first().getByRole('heading', { level: 3 })).toHaveText(matches.items[0]!.title);
  const marks = page.locator('.cg-library-results mark');
  expect(await marks.count()).toBeGreaterThan(0);
  await expect(marks.first()).toHaveText(/^partner/i);

  // A type narrows the results; the topic counts follow, the type's own neighbours stay.
  const types = filters(page, 'Type');
  await expect(types.getByLabel('Any')).toBeChecked();
  await expect(types.getByRole('radio')).toHaveCount(matches.facets.type!.length + 1);
  const tools = await searchApi(page, 'q=partnership&type=tool');
  await choose(page, 'Type', facetLabel(matches, 'type', 'tool'));
  await expect(page).toHaveURL(/\/resources\?q=partnership&type=tool$/);
  await expect(resultsHeading(page)).toHaveText(found(tools.total, 'partnership'));
  await expect(page.getByRole('status').filter({ hasText: `Showing 1 to ${tools.total} of ${tools.total}.` })).toBeVisible();
  await expect(results).toHaveCount(tools.total);
  await expect(types.getByLabel(facetLabel(matches, 'type', 'tool'))).toBeFocused();
  await expect(types.getByLabel(facetLabel(matches, 'type', 'publication'))).toBeVisible();
  const topic = tools.facets.topic![0]!;
  const topicBefore = matches.facets.topic!.find((entry) => entry.key === topic.key)!;
  expect(topicBefore.count).not.toBe(topic.count);
  await expect(filters(page, 'Topic').getByLabel(`${topic.label} (${topic.count})`)).toBeVisible();
  await expect(filters(page, 'Topic').getByLabel(`${topicBefore.label} (${topicBefore.count})`)).toHaveCount(0);
  await audit(page, 'library-search-type');

  // The address is the search: reloading it shows the same.
  await page.reload();
  await expect(box).toHaveValue('partnership');
  await expect(filters(page, 'Type').getByLabel(facetLabel(matches, 'type', 'tool'))).toBeChecked();
  await expect(resultsHeading(page)).toHaveText(found(tools.total, 'partnership'));

  // Sorted by year: the newest dated one first.
  await page.getByLabel('Sort by').selectOption('newest');
  await expect(page).toHaveURL(/\/resources\?q=partnership&type=tool&sort=newest$/);
  const newest = await searchApi(page, 'q=partnership&type=tool&sort=newest');
  await expect(results.first().getByRole('heading', { level: 3 })).toHaveText(newest.items[0]!.title);

  await choose(page, 'Type', 'Any');
  await expect(page).toHaveURL(/\/resources\?q=partnership&sort=newest$/);
  await expect(resultsHeading(page)).toHaveText(found(matches.total, 'partnership'));
});

test('a phrase finds the words in order, and a search of common words alone says why it cannot be run', async ({ page }) => {
  await page.goto('/resources');
  const box = page.getByRole('searchbox', { name: 'Search the library' });
  await box.fill('"problem solving"');
  await page.getByRole('button', { name: 'Search', exact: true }).click();
  await expect(page).toHaveURL(/\/resources\?q=%22problem\+solving%22$/);
  const phrase = await searchApi(page, `q=${encodeURIComponent('"problem solving"')}`);
  expect(phrase.total).toBeGreaterThan(0);
  await expect(resultsHeading(page)).toHaveText(found(phrase.total, '"problem solving"'));
  await expect(resultsHeading(page)).toBeFocused();

  await box.fill('the');
  await box.press('Enter');
  await expect(page).toHaveURL(/\/resources\?q=the$/);
  const message = 'These words are too common to search for; add a more specific word.';
  await expect(page.locator('#library-q-error')).toHaveText(message);
  await expect(box).toBeFocused();
  await expect(box).toHaveAttribute('aria-invalid', 'true');
  await expect(box).toHaveAttribute('aria-describedby', 'library-q-hint library-q-error');
  await expect(resultsHeading(page)).toHaveCount(0);
  await audit(page, 'library-search-error');

  // Nothing found: what to try instead, and a way out of the filters.
  await page.goto('/resources?q=zebra&type=dataset');
  await expect(resultsHeading(page)).toHaveText('No resources found');
  await expect(page.getByText('Nothing in the library matches this search.')).toBeVisible();
  await page.getByRole('link', { name: 'Clear the filters and search again' }).click();
  await expect(page).toHaveURL(/\/resources\?q=zebra$/);
  await audit(page, 'library-search-empty');
});

test('a resource page says what it is, where to find it, and what is like it', async ({ page }) => {
  const defaultDescription = await page.goto('/resources?q=problem').then(() =>
    page.locator('meta[name="description"]').getAttribute('content'),
  );
  const answer = await searchApi(page, 'q=problem');
  const first = answer.items[0]!;
  await page.locator('.cg-library-results').getByRole('link', { name: first.title }).click();
  await expect(pageHeading(page, first.title)).toBeFocused();
  await expect(page).toHaveTitle(`${first.title} — CommonGround resource library`);
  const resource = (await (await page.request.get(`/api/v1/resources/${first.id}`)).json()) as ResourceAnswer;
  const summary = await page.evaluate(
    (html) => (new DOMParser().parseFromString(html, 'text/html').body.textContent ?? '').replace(/\s+/g, ' ').trim(),
    resource.summary_html,
  );
  expect(summary.length).toBeGreaterThan(0);
  const description = summary.length <= 160 ? summary : `${summary.slice(0, 159).trimEnd()}…`;
  await expect(page.locator('meta[name="description"]')).toHaveAttribute('content', description);
  await expect(page.locator('meta[property="og:description"]')).toHaveAttribute('content', description);
  await expect(page.locator('meta[property="og:title"]')).toHaveAttribute('content', `${first.title} — CommonGround resource library`);

  const open = page.getByRole('link', { name: `Open the resource on ${new URL(resource.link).hostname.replace(/^www\./, '')}` });
  await expect(open).toHaveAttribute('href', resource.link);
  await expect(open).toHaveAttribute('rel', 'noopener noreferrer');
  await expect(page.getByRole('definition').filter({ hasText: 'Not rated.' })).toContainText('has not been judged');
  await expect(page.getByRole('link', { name: 'Edit this resource' })).toHaveCount(0);
  await expect(page.getByRole('heading', { level: 2, name: 'Review' })).toHaveCount(0);

  const similar = (await (await page.request.get(`/api/v1/resources/${first.id}/similar?limit=5`)).json()) as SearchAnswer;
  expect(similar.items.length).toBeGreaterThan(0);
  const more = page.getByRole('region', { name: 'More like this' });
  await expect(more.getByRole('heading', { level: 3 })).toHaveText(similar.items.map((item) => item.title));
  await audit(page, 'library-resource');

  // Back to the search it came from; the page's description leaves with it.
  await page.getByRole('link', { name: 'Back to search results' }).click();
  await expect(page).toHaveURL(/\/resources\?q=problem$/);
  await expect(page.locator('meta[name="description"]')).toHaveAttribute('content', defaultDescription ?? '');
  await expect(page.locator('meta[property="og:title"]')).toHaveCount(0);

  // A topic leads to the library filtered by it.
  await page.goto(`/resources/${first.id}`);
  const topicLink = page.locator('.cg-library-facts').getByRole('link').first();
  const topicName = await topicLink.textContent();
  await topicLink.click();
  await expect(page).toHaveURL(/\/resources\?topic=[a-z_]+$/);
  await expect(filters(page, 'Topic').getByRole('radio', { checked: true })).toHaveAccessibleName(
    new RegExp(`^${literal(topicName ?? '')} \\(\\d+\\)$`),
  );

  await page.goto('/resources/999999999');
  await expect(pageHeading(page, 'Resource not found')).toBeVisible();
});

test('a member shares a public resource and the site admin publishes it from the queue', async ({ browser }) => {
  const page = await pageWith(browser, userSession);
  await page.goto('/resources');
  await page.getByRole('link', { name: 'Share a resource' }).click();
  await expect(pageHeading(page, 'Share a resource')).toBeFocused();
  await page.getByRole('button', { name: 'Share', exact: true }).click();
  await expect(page.getByRole('alert').filter({ hasText: 'There is a problem' })).toBeFocused();
  await expect(page.getByRole('link', { name: 'Title: Enter the title.' })).toBeVisible();
  await expect(page.getByRole('link', { name: 'Type: Choose the type of resource.' })).toBeVisible();
  await audit(page, 'library-share-errors');

  await page.getByLabel('Title').fill(shared.title);
  await page.getByLabel('Type').selectOption({ label: 'Toolkit' });
  await page.getByLabel('Summary').fill(shared.summary);
  await expect(page.getByLabel('Summary')).toHaveAccessibleDescription(/Markdown/);
  await page.getByLabel('Link (optional)').fill(shared.link);
  await page.getByLabel('Publisher (optional)').fill('Riverton Night Market Association');
  await page.getByLabel('Authors (optional)').fill('Lee, Ann\nPark, Jo');
  await page.getByLabel('Year published (optional)').fill('2023');
  await tick(page, 'resource-audience-business');
  await tick(page, 'resource-topics-community_engagement');
  await tick(page, 'resource-evidence-promising');
  await page.getByLabel('Shared for').selectOption({ label: partnershipName });
  await tick(page, 'resource-visibility-public');
  await audit(page, 'library-share-form');
  await page.getByRole('button', { name: 'Share', exact: true }).click();

  await expect(pageHeading(page, shared.title)).toBeVisible();
  await expect(page.getByRole('status').filter({ hasText: `Thank you. “${shared.title}” is shared and waiting for review.` })).toBeVisible();
  await expect(page.getByRole('status').filter({ hasText: 'Waiting for review' }).getByRole('heading')).toHaveText('Waiting for review');
  await expect(page.locator('.cg-minutes strong')).toHaveText('walk the night market');
  await expect(page.getByRole('definition').filter({ hasText: 'Lee, Ann; Park, Jo' })).toBeVisible();
  await expect(page.getByRole('definition').filter({ hasText: partnershipName })).toBeVisible();
  const sharedId = Number(/\/resources\/(\d+)$/.exec(page.url())![1]);
  await audit(page, 'library-shared-waiting');

  // The same link again, written differently, is refused with the server's reason.
  await page.goto('/resources/new');
  await page.getByLabel('Title').fill('The same walks');
  await page.getByLabel('Type').selectOption({ label: 'Toolkit' });
  await page.getByLabel('Summary').fill('Again.');
  await page.getByLabel('Link (optional)').fill(shared.link.replace('https://', 'http://www.') + '/');
  await page.getByLabel('Shared for').selectOption({ label: partnershipName });
  await page.getByRole('button', { name: 'Share', exact: true }).click();
  const duplicate = 'Someone has already shared this link; it is waiting for a moderator.';
  await expect(page.getByRole('link', { name: `Link: ${duplicate}` })).toBeVisible();
  await expect(page.locator('#resource-link-error')).toHaveText(duplicate);
  await page.context().close();

  // Not in the library for anyone else yet.
  const visitor = await pageWith(browser, null);
  expect((await visitor.request.get(`/api/v1/resources/${sharedId}`)).status()).toBe(404);

  const admin = await pageWith(browser, null);
  await signInAsAdmin(admin);
  await admin.context().storageState({ path: adminSession });
  await admin.getByRole('navigation', { name: 'Main' }).getByRole('link', { name: 'Notifications' }).click();
  const notice = admin.getByRole('listitem').filter({ hasText: shared.title });
  await expect(notice).toContainText('Resource to review');
  await admin.getByRole('navigation', { name: 'Main' }).getByRole('link', { name: 'Administration' }).click();
  await admin.getByRole('link', { name: 'Resources waiting for review' }).click();
  await expect(pageHeading(admin, 'Resources waiting for review')).toBeFocused();
  const item = admin.getByRole('listitem').filter({ has: admin.getByRole('heading', { level: 2, name: shared.title }) });
  await expect(item).toContainText(`Shared by Cora Coordinator for ${partnershipName}`);
  await expect(item.getByRole('link', { name: 'Open it on example.org' })).toHaveAttribute('rel', 'noopener noreferrer');
  await audit(admin, 'library-queue');
  await item.getByRole('button', { name: `Publish “${shared.title}”` }).click();
  await expect(admin.getByRole('status').filter({ hasText: `“${shared.title}” is published.` })).toBeFocused();
  await expect(item).toHaveCount(0);

  // Now anyone finds it.
  await visitor.goto(`/resources?q=${encodeURIComponent('night market walks')}`);
  await expect(visitor.locator('.cg-library-results').getByRole('link', { name: shared.title })).toBeVisible();
  await expect(visitor.locator('.cg-library-results mark').first()).toBeVisible();
  await visitor.context().close();
  await admin.context().close();
});

test('the admin rejects a resource with a reason, and the member reads it and sends it back', async ({ browser }) => {
  const user = await pageWith(browser, userSession);
  const created = await apiWithSession(user, 'POST', '/api/v1/resources', {
    data: {
      title: rejectedTitle,
      type: 'dataset',
      summary: 'Answers from young people about the park after dark.',
      link: `https://example.org/survey-${stamp}`,
      partnership_id: partnershipId,
      visibility: 'public',
    },
  });
  expect(created.status(), await created.text()).toBe(201);
  const rejectedId = ((await created.json()) as ResourceAnswer).id;

  const admin = await pageWith(browser, adminSession);
  await admin.goto(`/resources/${rejectedId}`);
  await expect(pageHeading(admin, rejectedTitle)).toBeVisible();
  await expect(admin.getByRole('definition').filter({ hasText: 'Cora Coordinator' })).toBeVisible();
  await admin.getByRole('button', { name: `Reject “${rejectedTitle}”` }).click();
  const why = admin.getByLabel('Why is it not being published?');
  await expect(why).toBeFocused();
  await admin.getByRole('button', { name: 'Reject', exact: true }).click();
  await expect(admin.getByRole('link', { name: /^Why is it not being published\?: Give the reason/ })).toBeVisible();
  await audit(admin, 'library-reject-form');
  await why.fill(reason);
  await admin.getByRole('button', { name: 'Reject', exact: true }).click();
  await expect(admin.getByRole('status').filter({ hasText: `“${rejectedTitle}” is not published.` })).toBeFocused();
  await expect(admin.getByRole('alert').getByRole('heading', { name: `Not published: ${reason}` })).toBeVisible();
  await expect(admin.getByRole('button', { name: `Publish “${rejectedTitle}”` })).toBeVisible();
  await audit(admin, 'library-rejected-admin');
  await admin.context().close();

  await user.goto('/resources');
  await user.getByRole('link', { name: 'What you have shared' }).click();
  await expect(pageHeading(user, 'What you have shared')).toBeFocused();
  const mine = user.getByRole('listitem').filter({ has: user.getByRole('heading', { level: 2, name: rejectedTitle }) });
  await expect(mine).toContainText('Not published');
  await expect(mine).toContainText(`Not published: ${reason}`);
  await expect(mine).toContainText(`for ${partnershipName}`);
  const published = user.getByRole('listitem').filter({ has: user.getByRole('heading', { level: 2, name: shared.title }) });
  await expect(published).toContainText('Published');
  await expect(published.getByRole('link', { name: /Edit/ })).toHaveCount(0);
  await audit(user, 'library-mine');

  await user.getByRole('navigation', { name: 'Main' }).getByRole('link', { name: /^Notifications/ }).click();
  await expect(user.getByRole('listitem').filter({ hasText: rejectedTitle })).toContainText('Your shared resource was reviewed');
  await expect(user.getByRole('listitem').filter({ hasText: rejectedTitle })).toContainText(reason);

  // Mending it: a save based on an older version meets the other one first.
  await user.goto('/resources/mine');
  await mine.getByRole('link', { name: `Change it and send it for review again: “${rejectedTitle}”` }).click();
  await expect(pageHeading(user, 'Edit a resource')).toBeFocused();
  await expect(user.getByLabel('Title')).toHaveValue(rejectedTitle);
  await expect(user.getByText(`Shared for ${partnershipName}. Who can find it: Everyone.`)).toBeVisible();
  const current = (await (await user.request.get(`/api/v1/resources/${rejectedId}`)).json()) as ResourceAnswer;
  const meanwhile = await apiWithSession(user, 'PATCH', `/api/v1/resources/${rejectedId}`, {
    data: { publisher: 'Riverton Youth Council' },
    headers: { 'If-Match': `"${current.version}"` },
  });
  expect(meanwhile.status(), await meanwhile.text()).toBe(200);
  await user.getByLabel('Link (optional)').fill(`https://example.org/survey-results-${stamp}`);
  await user.getByRole('button', { name: 'Save changes' }).click();
  await expect(user.getByRole('alert').filter({ hasText: 'Someone else changed this resource' })).toBeFocused();
  await audit(user, 'library-edit-stale');
  await user.getByRole('button', { name: 'Apply my changes to their version' }).click();
  await expect(user.getByLabel('Publisher (optional)')).toHaveValue('Riverton Youth Council');
  await expect(user.getByLabel('Link (optional)')).toHaveValue(`https://example.org/survey-results-${stamp}`);
  await user.getByRole('button', { name: 'Save changes' }).click();
  await expect(pageHeading(user, rejectedTitle)).toBeVisible();
  await expect(user.getByRole('status').filter({ hasText: `Saved “${rejectedTitle}”. It is waiting for review.` })).toBeVisible();
  await expect(user.getByRole('status').getByRole('heading', { name: 'Waiting for review' })).toBeVisible();
  await user.context().close();
});

test('at phone width the filters fold away, results page by keyboard, and nothing scrolls sideways', async ({ browser, page }) => {
  // Two more published resources, so that the library has more than one page.
  const admin = await pageWith(browser, adminSession);
  for (const n of [1, 2]) {
    const added = await apiWithSession(admin, 'POST', '/api/v1/resources', {
      data: { title: `Riverton Block Captain Guide ${n} ${stamp}`, type: 'template', summary: 'How block captains keep in touch.' },
    });
    expect(added.status(), await added.text()).toBe(201);
  }
  await admin.context().close();

  await page.setViewportSize({ width: 375, height: 800 });
  await page.goto('/resources');
  const everything = await searchApi(page, '');
  expect(everything.total).toBeGreaterThan(10);
  const toggle = page.getByRole('button', { name: 'Show filters' });
  await expect(toggle).toHaveAttribute('aria-expanded', 'false');
  await expect(filters(page, 'Type')).toBeHidden();
  expect(await page.evaluate(() => document.documentElement.scrollWidth)).toBeLessThanOrEqual(375);
  await page.screenshot({ path: test.info().outputPath('library-phone-375.png'), fullPage: true });

  // Keyboard only: open the filters, choose a year range with the arrow keys.
  await toggle.focus();
  await page.keyboard.press('Enter');
  await expect(toggle).toHaveAttribute('aria-expanded', 'true');
  await expect(filters(page, 'Type')).toBeVisible();
  const years = filters(page, 'Year published');
  const anyYear = years.getByLabel('Any');
  const box = await years.locator('label').first().boundingBox();
  expect(box!.height).toBeGreaterThanOrEqual(44);
  await anyYear.focus();
  await page.keyboard.press('ArrowDown');
  const firstYear = everything.facets.year![0]!;
  await expect(page).toHaveURL(new RegExp(`/resources\\?year=${firstYear.key}$`));
  await expect(years.getByLabel(`${firstYear.label} (${firstYear.count})`)).toBeChecked();
  await expect(years.getByLabel(`${firstYear.label} (${firstYear.count})`)).toBeFocused();
  await expect(page.getByRole('button', { name: 'Show filters (1 chosen)' })).toBeVisible();
  expect(await page.evaluate(() => document.documentElement.scrollWidth)).toBeLessThanOrEqual(375);
  await page.screenshot({ path: test.info().outputPath('library-phone-filters-375.png'), fullPage: true });
  await anyYear.focus();
  await page.keyboard.press('Space');
  await expect(page).toHaveURL(/\/resources$/);

  // Page 2, followed from the keyboard: focus moves to the results.
  const pages = page.getByRole('navigation', { name: 'Pages of results' });
  await expect(pages.getByRole('link', { name: 'Page 1' })).toHaveAttribute('aria-current', 'page');
  const next = pages.getByRole('link', { name: 'Next ›' });
  const nextBox = await next.boundingBox();
  expect(nextBox!.height).toBeGreaterThanOrEqual(44);
  await next.focus();
  await page.keyboard.press('Enter');
  await expect(page).toHaveURL(/\/resources\?page=2$/);
  await expect(resultsHeading(page)).toBeFocused();
  await expect(page.getByRole('status').filter({ hasText: `Showing 11 to ${Math.min(20, everything.total)} of ${everything.total}.` })).toBeVisible();
  await expect(pages.getByRole('link', { name: 'Page 2' })).toHaveAttribute('aria-current', 'page');
  await expect(pages.getByRole('link', { name: '‹ Previous' })).toBeVisible();
  expect(await page.evaluate(() => document.documentElement.scrollWidth)).toBeLessThanOrEqual(375);
  await page.screenshot({ path: test.info().outputPath('library-phone-page2-375.png'), fullPage: true });
  await page.setViewportSize({ width: 1280, height: 900 });
  await audit(page, 'library-page-2');
});
