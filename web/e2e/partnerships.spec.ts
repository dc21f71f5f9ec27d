import { readFile } from 'node:fs/promises';
import type { Browser, Page } from '@playwright/test';
import {
  accounts,
  acknowledgeNotice,
  apiWithSession,
  audit,
  expect,
  loadSecondFactor,
  nextTotpCode,
  pageHeading,
  submitCredentials,
  test,
  type Account,
} from './support';

// One story, in order: the plain user starts a partnership and leads it, invites someone who
// creates an account from the emailed link, works on the charter and responsibilities with them,
// and the public sees the profile. Later tests use what earlier ones made.
test.describe.configure({ mode: 'serial' });

const stamp = Date.now();
const partnershipName = `Riverton Safer Streets ${stamp}`;
const invitee: Account & { name: string } = {
  email: `ivy.${stamp}@riverton.example`,
  password: 'ivy picks a long passphrase',
  name: 'Ivy Invitee',
};
let partnershipId = 0;
// Where the test server writes the emails it would have sent (scripts/test-web.sh sets it).
const log = process.env.CG_E2E_SERVER_LOG ?? '';

test.beforeAll(() => {
  expect(log, 'CG_E2E_SERVER_LOG names the server log the invitation emails are read from').not.toBe('');
});

/** Signs in through the pages, with a code too if plain-user.spec.ts turned that on already. */
async function signIn(page: Page, who: Account, next = ''): Promise<void> {
  await page.goto(next === '' ? '/sign-in' : `/sign-in?next=${encodeURIComponent(next)}`);
  await submitCredentials(page, who);
  const code = pageHeading(page, 'Enter your security code');
  await expect(pageHeading(page, 'Before you continue').or(code)).toBeVisible();
  if (await code.isVisible()) {
    const state = await loadSecondFactor('user');
    await page.getByLabel('Security code').fill(await nextTotpCode('user', state));
    await page.getByRole('button', { name: 'Continue' }).click();
  }
  await acknowledgeNotice(page);
}

/** The token of the newest invitation emailed to `email`, from the server's log. */
async function invitationToken(email: string): Promise<string> {
  let token: string | undefined;
  await expect
    .poll(
      async () => {
        const lines = (await readFile(log, 'utf8')).split('\n');
        for (const line of lines.reverse()) {
          if (!line.includes(email)) continue;
          try {
            const entry = JSON.parse(line) as { to?: string; text?: string };
            const found = entry.to === email ? /\/invitations\/([A-Za-z0-9_-]+)/.exec(entry.text ?? '') : null;
            if (found !== null) {
              token = found[1];
              return true;
            }
          } catch {
            // Not one of the server's JSON lines.
          }
        }
        return false;
      },
      { message: `an invitation email to ${email} in ${log}`, timeout: 10_000 },
    )
    .toBe(true);
  return token!;
}

/**
 * Ticks the USWDS checkbox or radio button with this id. Their inputs sit off screen behind the
 * styled labels, so people (and this test) click the label.
 */
async function tick(page: Page, id: string): Promise<void> {
  await page.locator(`label[for="${id}"]`).click();
  await expect(page.locator(`[id="${id}"]`)).toBeChecked();
}

async function signedOutPage(browser: Browser): Promise<Page> {
  const context = await browser.newContext({ baseURL: process.env.CG_BASE_URL });
  const page = await context.newPage();
  await page.setViewportSize({ width: 1280, height: 900 });
  return page;
}

test('a user starts a partnership and leads it', async ({ page }) => {
  await page.setViewportSize({ width: 1280, height: 900 });
  await signIn(page, accounts.user);
  await page.getByRole('navigation', { name: 'Main' }).getByRole('link', { name: 'Partnerships' }).click();
  await expect(pageHeading(page, 'Partnerships')).toBeFocused();
  await expect(page).toHaveTitle('Partnerships | CommonGround');
  await audit(page, 'partnerships');

  // An empty form names what is missing.
  await page.getByRole('link', { name: 'Start a new partnership' }).click();
  await expect(pageHeading(page, 'Start a new partnership')).toBeFocused();
  await expect(page.getByRole('checkbox', { name: 'Law enforcement' })).toBeChecked();
  await expect(page.getByRole('checkbox', { name: 'Private security' })).toBeChecked();
  await expect(page.getByRole('checkbox', { name: 'Media' })).not.toBeChecked();
  await page.getByRole('button', { name: 'Start partnership' }).click();
  const summary = page.getByRole('alert').filter({ hasText: 'There is a problem' });
  await expect(summary).toBeFocused();
  await expect(summary).toContainText('Enter the name of the partnership.');
  await expect(summary).toContainText('Choose your organization or your sector.');
  await audit(page, 'partnership-new-errors');

  await page.getByLabel('Name', { exact: true }).fill(partnershipName);
  await page.getByLabel('Area served (optional)').fill('Riverton east side');
  await page.getByLabel('Problems it works on (optional)').fill('Break-ins on Main Street\nSpeeding near schools');
  await tick(page, 'partnership-visibility-public');
  await page.getByLabel('Your sector (optional)').selectOption({ label: 'Government' });
  await page.getByRole('button', { name: 'Start partnership' }).click();

  await expect(page).toHaveURL(/\/partnerships\/[0-9]+$/);
  partnershipId = Number(/\/partnerships\/([0-9]+)$/.exec(page.url())?.[1]);
  await expect(pageHeading(page, partnershipName)).toBeFocused();
  await expect(page.getByRole('status').filter({ hasText: `${partnershipName} was started.` })).toBeVisible();
  await expect(page.getByText('Your role: Lead.')).toBeVisible();
  const balanceTable = page.getByRole('table', { name: /^Members and decision makers by sector/ });
  await expect(balanceTable.getByRole('row', { name: /^Government/ })).toContainText('1');
  // A new partnership misses most sectors: the first few findings show, the rest on request.
  await expect(page.getByRole('heading', { name: 'What needs attention' })).toBeVisible();
  await expect(page.getByRole('heading', { level: 3, name: /^High priority/ }).first()).toBeVisible();
  await page.getByRole('button', { name: /^Show [0-9]+ more$/ }).click();
  await expect(page.getByRole('button', { name: 'Show fewer' })).toHaveAttribute('aria-expanded', 'true');
  await audit(page, 'partnership-home-new');
});

test('the lead invites someone by email, who creates an account from the link and joins', async ({ page, browser }) => {
  // Many pages, each checked with axe at two widths: slow on a busy machine.
  test.slow();
  await page.setViewportSize({ width: 1280, height: 900 });
  await signIn(page, accounts.user, `/partnerships/${partnershipId}`);
  await expect(pageHeading(page, partnershipName)).toBeVisible();
  await page.getByRole('navigation', { name: `Sections of ${partnershipName}` }).getByRole('link', { name: 'Members' }).click();
  await expect(pageHeading(page, 'Members')).toBeFocused();
  await expect(page).toHaveTitle(`Members of ${partnershipName} | CommonGround`);
  const summary = page.getByRole('alert').filter({ hasText: 'There is a problem' });
  await audit(page, 'partnership-members');
  await page.getByRole('button', { name: 'Send invitation', exact: true }).click();
  await expect(summary).toBeFocused();
  await expect(summary).toContainText('Enter the email address to send the invitation to.');
  await page.getByLabel('Email address').fill(invitee.email);
  await page.getByLabel('Name of the person (optional)').fill(invitee.name);
  await page.getByLabel('Sector (optional)').selectOption({ label: 'Residents and neighborhood groups' });
  await tick(page, 'invite-perspectives-resident_voice');
  await tick(page, 'invite-decision');
  await tick(page, 'invite-listed');
  await page.getByRole('button', { name: 'Send invitation', exact: true }).click();
  await expect(page.getByRole('status').filter({ hasText: `An invitation was sent to ${invitee.email}.` })).toBeFocused();
  const members = page.getByRole('table', { name: 'Members and invitations' });
  const invitedRow = members.getByRole('row').filter({ hasText: invitee.name });
  await expect(invitedRow).toContainText('Invited; the link works until');
  await expect(invitedRow.getByRole('button', { name: `Resend invitation to ${invitee.name}` })).toBeVisible();
  await audit(page, 'partnership-members-invited');

  // The invitee opens the emailed link signed out and creates an account to accept.
  const token = await invitationToken(invitee.email);
  const guest = await signedOutPage(browser);
  await guest.goto(`/invitations/${token}`);
  await expect(pageHeading(guest, `Join ${partnershipName}`)).toBeVisible();
  await expect(guest).toHaveTitle(`Invitation to join ${partnershipName} | CommonGround`);
  await expect(guest.getByText('Your role would be: Member.')).toBeVisible();
  await audit(guest, 'invitation-new-account');
  await guest.getByLabel('Your name').fill(invitee.name);
  await guest.getByLabel('Choose a password').fill(invitee.password);
  await guest.getByLabel('Type the password again').fill('not the same');
  await guest.getByRole('button', { name: 'Create account and join' }).click();
  const guestSummary = guest.getByRole('alert').filter({ hasText: 'There is a problem' });
  await expect(guestSummary).toBeFocused();
  await expect(guestSummary).toContainText('The two passwords are not the same.');
  await audit(guest, 'invitation-mismatch');
  await guest.getByLabel('Type the password again').fill(invitee.password);
  await guest.getByRole('button', { name: 'Create account and join' }).click();
  await expect(pageHeading(guest, 'You have joined').or(pageHeading(guest, partnershipName))).toBeVisible();
  await audit(guest, 'invitation-accepted');

  // The link works once.
  await guest.goto(`/invitations/${token}`);
  await expect(guest.getByText('This invitation has already been answered')).toBeVisible();
  await audit(guest, 'invitation-used');
  await guest.goto('/invitations/not-a-real-token-at-all');
  await expect(guest.getByText('This link does not work')).toBeVisible();
  await guest.context().close();
});

test('the new member is at the table and the balance counts their sector', async ({ page }) => {
  await page.setViewportSize({ width: 1280, height: 900 });
  await signIn(page, accounts.user, `/partnerships/${partnershipId}/members`);
  const members = page.getByRole('table', { name: 'Members and invitations' });
  await expect(members.getByRole('row').filter({ hasText: invitee.name })).toContainText('Active since');
  await page.getByLabel('Status', { exact: true }).selectOption({ label: 'Active' });
  await page.getByLabel('Sector', { exact: true }).selectOption({ label: 'Residents and neighborhood groups' });
  await page.getByRole('button', { name: 'Search' }).click();
  await expect(page.getByRole('status').filter({ hasText: 'Showing all 1 members' })).toBeVisible();
  await audit(page, 'partnership-members-filtered');

  await page.goto(`/partnerships/${partnershipId}`);
  const balanceTable = page.getByRole('table', { name: /^Members and decision makers by sector/ });
  await expect(balanceTable.getByRole('row', { name: /^Residents and neighborhood groups/ })).toContainText('1');
  await expect(page.getByText(/On .*: 2 active members/)).toBeVisible();
  await expect(page.getByRole('figure', { name: /Share of members and of decision makers by sector/ })).toBeVisible();
  await expect(page.getByText(`${invitee.name} (Member), joined`)).toBeVisible();
  await audit(page, 'partnership-home');

  // The balance on a date before anyone joined.
  await page.getByLabel('Show the balance on').fill('2020-01-01');
  await page.getByRole('button', { name: 'Show balance' }).click();
  await expect(page).toHaveURL(/\?at=2020-01-01$/);
  await expect(page.getByText('On Jan 1, 2020: 0 active members')).toBeVisible();
  await audit(page, 'partnership-home-balance-2020');
});

test('the lead changes a member’s place at the table, and a stale save is caught', async ({ page }) => {
  await page.setViewportSize({ width: 1280, height: 900 });
  await signIn(page, accounts.user, `/partnerships/${partnershipId}/members`);
  await expect(pageHeading(page, 'Members')).toBeVisible();
  const row = page.getByRole('table', { name: 'Members and invitations' }).getByRole('row').filter({ hasText: invitee.name });
  await row.getByRole('link', { name: `Change ${invitee.name}` }).click();
  await expect(pageHeading(page, 'Member')).toBeFocused();
  await audit(page, 'partnership-member');

  const memberId = Number(/\/members\/([0-9]+)$/.exec(page.url())?.[1]);
  const current = await page.request.get(`/api/v1/partnerships/${partnershipId}/members/${memberId}`);
  const version = ((await current.json()) as { version: number }).version;
  await tick(page, 'member-perspectives-critic_watchdog');
  // Someone else saves first.
  const theirs = await apiWithSession(page, 'PATCH', `/api/v1/partnerships/${partnershipId}/members/${memberId}`, {
    data: { role: 'coordinator' },
    headers: { 'If-Match': `"${version}"` },
  });
  expect(theirs.ok()).toBe(true);
  await page.getByRole('button', { name: 'Save changes' }).click();
  const notice = page.getByRole('alert').filter({ hasText: 'Someone else changed this member' });
  await expect(notice).toBeFocused();
  await expect(notice).toContainText('role Coordinator');
  await audit(page, 'partnership-member-stale');
  await notice.getByRole('button', { name: 'Apply my changes to their version' }).click();
  await expect(page.getByLabel('Role')).toHaveValue('coordinator');
  await page.getByRole('button', { name: 'Save changes' }).click();
  await expect(page.getByRole('status').filter({ hasText: `Your changes to ${invitee.name} were saved.` })).toBeVisible();
  const stored = (await (
    await page.request.get(`/api/v1/partnerships/${partnershipId}/members/${memberId}`)
  ).json()) as { role: string; perspectives: string[] };
  expect(stored.role).toBe('coordinator');
  expect(stored.perspectives).toContain('critic_watchdog');

  // Back to member, so that later tests see them as one.
  await page.getByRole('link', { name: `Change ${invitee.name}` }).click();
  await page.getByLabel('Role').selectOption({ label: 'Member' });
  await page.getByRole('button', { name: 'Save changes' }).click();
  await expect(page.getByRole('status').filter({ hasText: `Your changes to ${invitee.name} were saved.` })).toBeVisible();
});

test('a charter is drafted, proposed, adopted and endorsed, and versions can be compared', async ({ page, browser }) => {
  // Many pages, each checked with axe at two widths: slow on a busy machine.
  test.slow();
  await page.setViewportSize({ width: 1280, height: 900 });
  await signIn(page, accounts.user, `/partnerships/${partnershipId}/charter`);
  await expect(pageHeading(page, 'Charter')).toBeVisible();
  await expect(page).toHaveTitle(`Charter of ${partnershipName} | CommonGround`);
  await expect(page.getByText('No charter has been adopted yet.')).toBeVisible();
  await audit(page, 'charter-empty');

  await page.getByRole('button', { name: 'Write the first draft' }).click();
  await expect(page.getByRole('heading', { name: 'Edit the draft' })).toBeFocused();
  await page.getByRole('button', { name: 'Save the draft' }).click();
  const summary = page.getByRole('alert').filter({ hasText: 'There is a problem' });
  await expect(summary).toBeFocused();
  await audit(page, 'charter-editor-errors');
  await page.getByLabel('Mission').fill('We work together to make the east side safer for everyone who lives there.');
  await page.getByLabel('Vision').fill('Streets where neighbors, police and services know and trust each other.');
  await page.getByLabel('Values (optional)').fill('We listen before we act\nWe share what we know');
  await page.getByRole('button', { name: 'Save the draft' }).click();
  await expect(page.getByRole('status').filter({ hasText: 'The draft of version 1 was saved.' })).toBeFocused();
  await audit(page, 'charter-draft');

  await page.getByRole('button', { name: 'Propose for adoption' }).click();
  await expect(page.getByText('Propose version 1 for adoption?')).toBeFocused();
  await page.getByRole('button', { name: 'Yes, propose it' }).click();
  await expect(page.getByRole('status').filter({ hasText: 'Version 1 was proposed for adoption.' })).toBeFocused();
  await audit(page, 'charter-proposed');

  await page.getByRole('button', { name: 'Adopt this version' }).click();
  await page.getByRole('button', { name: 'Yes, adopt it' }).click();
  await expect(page.getByRole('status').filter({ hasText: 'Version 1 is now the adopted charter.' })).toBeFocused();
  await expect(page.getByText('0 of 2 members have endorsed it.')).toBeVisible();

  await page.getByRole('button', { name: 'Endorse this charter' }).click();
  await expect(page.getByRole('status').filter({ hasText: 'You endorsed version 1 of the charter.' })).toBeFocused();
  await expect(page.getByText('1 of 2 members have endorsed it.')).toBeVisible();
  const endorsements = page.getByRole('table', { name: 'Who has endorsed version 1' });
  await expect(endorsements.getByRole('row').filter({ hasText: invitee.name })).toContainText('Not yet');
  await audit(page, 'charter-adopted');

  // A second draft, copied from the adopted version, compared with it.
  await page.getByRole('button', { name: 'Start a new draft' }).click();
  await expect(page.getByLabel('Mission')).toHaveValue(/make the east side safer/);
  await page.getByLabel('Mission').fill('We work together to make the east side safer and fairer for everyone.');
  await page.getByRole('button', { name: 'Save the draft' }).click();
  await expect(page.getByRole('status').filter({ hasText: 'The draft of version 2 was saved.' })).toBeFocused();
  await page.getByLabel('Older version').selectOption('1');
  await page.getByLabel('Newer version').selectOption('2');
  await page.getByRole('button', { name: 'Compare' }).click();
  const diff = page.getByRole('region', { name: 'Changes from version 1 to version 2' });
  await expect(diff.locator('ins').filter({ hasText: 'fairer' })).toBeVisible();
  await expect(diff.locator('del').first()).toBeVisible();
  await audit(page, 'charter-compare');

  // The invitee signs in with their new account and endorses too.
  const ivy = await signedOutPage(browser);
  await signIn(ivy, invitee, `/partnerships/${partnershipId}/charter`);
  await expect(pageHeading(ivy, 'Charter')).toBeVisible();
  await ivy.getByLabel('Note (optional)').fill('The residents’ association supports this.');
  await ivy.getByRole('button', { name: 'Endorse this charter' }).click();
  await expect(ivy.getByText('2 of 2 members have endorsed it.')).toBeVisible();
  // A member sees the draft but cannot propose it.
  await expect(ivy.getByRole('button', { name: 'Propose for adoption' })).toHaveCount(0);
  await audit(ivy, 'charter-member');
  await ivy.context().close();
});

test('responsibilities are added, assigned with a note, and removed', async ({ page }) => {
  await page.setViewportSize({ width: 1280, height: 900 });
  await signIn(page, accounts.user, `/partnerships/${partnershipId}/responsibilities`);
  await expect(pageHeading(page, 'Roles and responsibilities')).toBeVisible();
  await expect(page.getByText('No responsibilities have been written down yet.')).toBeVisible();
  await audit(page, 'responsibilities-empty');

  await page.getByLabel('Responsibility', { exact: true }).fill('Takes the minutes');
  await page.getByRole('button', { name: 'Add responsibility' }).click();
  await expect(page.getByRole('status').filter({ hasText: '"Takes the minutes" was added.' })).toBeFocused();
  const section = page.getByRole('region', { name: 'Takes the minutes' });
  await section.getByLabel('Member', { exact: true }).selectOption({ label: invitee.name });
  await section.getByLabel('Note (optional)').fill('Shares them within a week');
  await section.getByRole('button', { name: 'Assign' }).click();
  await expect(page.getByRole('status').filter({ hasText: `${invitee.name} now holds "Takes the minutes".` })).toBeFocused();
  const matrix = page.getByRole('table', { name: 'Who holds each responsibility' });
  await expect(matrix.getByRole('columnheader', { name: invitee.name })).toBeVisible();
  await expect(matrix.getByRole('row', { name: /Takes the minutes/ })).toContainText('Shares them within a week');
  await audit(page, 'responsibilities');

  await section.getByRole('button', { name: `Remove ${invitee.name} from Takes the minutes` }).click();
  await section.getByRole('button', { name: 'Yes, remove' }).click();
  await expect(page.getByRole('status').filter({ hasText: `${invitee.name} no longer holds` })).toBeFocused();
  await section.getByRole('button', { name: 'Delete Takes the minutes' }).click();
  await section.getByRole('button', { name: 'Yes, delete it' }).click();
  await expect(page.getByRole('status').filter({ hasText: '"Takes the minutes" was deleted.' })).toBeFocused();
});

test('an invitation is resent and declined; a member added directly leaves with a reason', async ({ page, browser }) => {
  test.slow();
  await page.setViewportSize({ width: 1280, height: 900 });
  await signIn(page, accounts.user, `/partnerships/${partnershipId}/members`);
  await expect(pageHeading(page, 'Members')).toBeVisible();
  const members = page.getByRole('table', { name: 'Members and invitations' });

  // Someone who has an account already: invited, the email sent again, then they decline.
  await page.getByLabel('Email address').fill(accounts.admin.email);
  await page.getByLabel('Sector (optional)').selectOption({ label: 'Courts and corrections' });
  await page.getByRole('button', { name: 'Send invitation', exact: true }).click();
  await expect(page.getByRole('status').filter({ hasText: `An invitation was sent to ${accounts.admin.email}.` })).toBeFocused();
  const row = members.getByRole('row').filter({ hasText: accounts.admin.email });
  await row.getByRole('button', { name: /^Resend invitation to / }).click();
  await expect(row.getByText(/Send .* a new invitation link\? The old link stops working\./)).toBeFocused();
  await audit(page, 'partnership-members-resend');
  await row.getByRole('button', { name: 'Yes, send it' }).click();
  await expect(page.getByRole('status').filter({ hasText: /A new invitation was sent to / })).toBeFocused();

  const token = await invitationToken(accounts.admin.email);
  const guest = await signedOutPage(browser);
  await guest.goto(`/invitations/${token}`);
  await expect(pageHeading(guest, `Join ${partnershipName}`)).toBeVisible();
  const signInLink = guest.getByRole('link', { name: 'Sign in to accept' });
  await expect(signInLink).toHaveAttribute('href', `/sign-in?next=${encodeURIComponent(`/invitations/${token}`)}`);
  await audit(guest, 'invitation-existing-account');
  await guest.getByRole('button', { name: 'Decline the invitation' }).click();
  await expect(guest.getByText(`Decline the invitation to join ${partnershipName}?`)).toBeFocused();
  await guest.getByRole('button', { name: 'Yes, decline' }).click();
  await expect(pageHeading(guest, 'Invitation declined')).toBeFocused();
  await audit(guest, 'invitation-declined');
  await guest.context().close();
  await page.reload();
  await expect(members.getByRole('row').filter({ hasText: accounts.admin.email })).toContainText('Declined');

  // Someone at the table without an account, added directly, then leaving.
  await tick(page, 'invite-mode-direct');
  await page.getByLabel('Name of the person (optional)').fill('Ray Resident');
  await page.getByLabel('Sector (optional)').selectOption({ label: 'Faith groups' });
  await page.getByRole('button', { name: 'Add member' }).click();
  await expect(page.getByRole('status').filter({ hasText: 'Ray Resident was added as a member.' })).toBeFocused();
  const ray = members.getByRole('row').filter({ hasText: 'Ray Resident' });
  await expect(ray).toContainText('Active since');
  await ray.getByRole('link', { name: 'Change Ray Resident' }).click();
  await expect(pageHeading(page, 'Member')).toBeFocused();
  await page.getByRole('button', { name: 'End membership' }).click();
  await page.getByRole('button', { name: 'Yes, end it' }).click();
  const summary = page.getByRole('alert').filter({ hasText: 'There is a problem' });
  await expect(summary).toBeFocused();
  await expect(summary).toContainText('Enter the reason.');
  await page.getByLabel('Reason').fill('Moved to another town');
  await page.getByRole('button', { name: 'End membership' }).click();
  await expect(page.getByText('End the membership of Ray Resident?')).toBeFocused();
  await audit(page, 'partnership-member-cease');
  await page.getByRole('button', { name: 'Yes, end it' }).click();
  await expect(page.getByRole('status').filter({ hasText: 'Ray Resident is no longer a member.' })).toBeVisible();
  await expect(members.getByRole('row').filter({ hasText: 'Ray Resident' })).toContainText('Moved to another town');
});

test('the lead changes the partnership’s details', async ({ page }) => {
  await page.setViewportSize({ width: 1280, height: 900 });
  await signIn(page, accounts.user, `/partnerships/${partnershipId}`);
  await page.getByRole('link', { name: 'Change partnership details' }).click();
  await expect(pageHeading(page, 'Change partnership details')).toBeFocused();
  await expect(page.getByLabel('Status')).toHaveValue('forming');
  await audit(page, 'partnership-edit');
  await page.getByLabel('Status').selectOption({ label: 'Active' });
  await page.getByLabel('Description (optional)').fill('Meets monthly at the library.');
  await page.getByRole('button', { name: 'Save changes' }).click();
  await expect(page.getByRole('status').filter({ hasText: `Your changes to ${partnershipName} were saved.` })).toBeVisible();
  await expect(page.getByText('Meets monthly at the library.')).toBeVisible();
});

test('anyone can see the public profile signed out', async ({ browser }) => {
  const visitor = await signedOutPage(browser);
  await visitor.goto('/p');
  await expect(pageHeading(visitor, 'Public partnerships')).toBeVisible();
  await expect(visitor).toHaveTitle('Public partnerships | CommonGround');
  await audit(visitor, 'public-list');
  await visitor.getByRole('link', { name: partnershipName }).click();
  await expect(pageHeading(visitor, partnershipName)).toBeFocused();
  await expect(visitor).toHaveTitle(`${partnershipName}: public profile | CommonGround`);
  await expect(visitor.getByText('make the east side safer for everyone')).toBeVisible();
  const sectors = visitor.getByRole('table', { name: /Members by sector/ });
  await expect(sectors.getByRole('row', { name: /Government/ })).toContainText('1');
  const listed = visitor.getByRole('table', { name: 'Members who agreed to be listed' });
  await expect(listed.getByRole('row').filter({ hasText: invitee.name })).toBeVisible();
  // Nothing of the members' workspace, and still signed out.
  await expect(visitor.getByRole('navigation', { name: 'Main' }).getByRole('link')).toHaveText(['Resource library']);
  await audit(visitor, 'public-profile');
  await visitor.goto('/p/999999999');
  await expect(pageHeading(visitor, 'Partnership not found')).toBeVisible();
  await visitor.context().close();
});
