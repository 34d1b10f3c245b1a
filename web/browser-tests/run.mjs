// Browser tests of the built dashboard against a running local cloud, with playwright-core driving
// Debian's Chromium headless. Run by infra's DashboardBrowserEndToEndTest (which starts the local
// cloud on a free port) or by hand: node browser-tests/run.mjs http://127.0.0.1:3000
// Screenshots of each main screen, desktop and phone, go to web/test-output/.
import { mkdirSync, readFileSync } from 'node:fs';
import { execSync } from 'node:child_process';
import { createRequire } from 'node:module';
import { chromium } from 'playwright-core';

const base = (process.argv[2] ?? 'http://127.0.0.1:3000').replace(/\/$/, '');
const password = process.env.JOBMATE_DEMO_PASSWORD ?? 'Jobmate-demo-1';
const out = new URL('../test-output/', import.meta.url);
mkdirSync(out, { recursive: true });
const axeSource = readFileSync(createRequire(import.meta.url).resolve('axe-core/axe.min.js'), 'utf8');
const executablePath = process.env.JOBMATE_CHROMIUM ?? execSync('command -v chromium || command -v chromium-browser', { shell: '/bin/sh' }).toString().trim();

const DESKTOP = { width: 1280, height: 860 };
const PHONE = { width: 390, height: 844, isMobile: true, hasTouch: true, deviceScaleFactor: 2 };
const results = [];

async function check(name, fn) {
  const started = Date.now();
  try {
    await fn();
    results.push({ name, ok: true });
    console.log(`PASS ${name} (${Date.now() - started} ms)`);
  } catch (e) {
    results.push({ name, ok: false });
    console.log(`FAIL ${name}: ${e instanceof Error ? e.stack : e}`);
  }
}

function assert(condition, message) {
  if (!condition) throw new Error(message);
}

async function apiSignIn(username) {
  const r = await fetch(`${base}/local/sign-in`, { method: 'POST', headers: { 'content-type': 'application/json' }, body: JSON.stringify({ username, password }) });
  assert(r.ok, `sign-in of ${username} answered ${r.status}`);
  const { accessToken } = await r.json();
  const sub = JSON.parse(Buffer.from(accessToken.split('.')[1], 'base64url').toString()).sub;
  return { token: accessToken, sub };
}

async function api(token, path) {
  const r = await fetch(`${base}${path}`, { headers: { authorization: `Bearer ${token}` } });
  assert(r.ok, `GET ${path} answered ${r.status}`);
  return r.json();
}

async function apiPost(token, path, body, statuses = [200, 201]) {
  const r = await fetch(`${base}${path}`, { method: 'POST', headers: { authorization: `Bearer ${token}`, 'content-type': 'application/json', 'idempotency-key': crypto.randomUUID() }, body: JSON.stringify(body) });
  const text = await r.text();
  assert(statuses.includes(r.status), `POST ${path} answered ${r.status}: ${text}`);
  return text ? JSON.parse(text) : null;
}

// quotes are drafted only for customers in the book: the one the quote editor's check types in
const CUSTOMER = '01900000-0000-7000-8000-0000000000c1';

async function signIn(browser, username, viewport = DESKTOP) {
  const context = await browser.newContext({ viewport: { width: viewport.width, height: viewport.height }, isMobile: viewport.isMobile,
    hasTouch: viewport.hasTouch, deviceScaleFactor: viewport.deviceScaleFactor ?? 1, locale: 'en-GB', timezoneId: 'Europe/London' });
  const page = await context.newPage();
  page.setDefaultTimeout(15_000);
  await page.goto(`${base}/`);
  await page.getByLabel('Email').fill(username);
  await page.getByLabel('Password').fill(password);
  await page.getByRole('button', { name: 'Sign in' }).click();
  await page.getByRole('heading', { name: 'Today', level: 1 }).waitFor();
  return { context, page };
}

/** axe-core in the page: no serious or critical violation. */
async function accessible(page, screen) {
  await page.addScriptTag({ content: axeSource });
  const violations = await page.evaluate(async () => (await window.axe.run(document, { resultTypes: ['violations'] })).violations
    .filter((v) => v.impact === 'serious' || v.impact === 'critical').map((v) => `${v.id} (${v.impact}): ${v.nodes.map((n) => n.target.join(' ')).slice(0, 3).join(', ')}`));
  assert(violations.length === 0, `axe found on ${screen}:\n  ${violations.join('\n  ')}`);
}

async function shoot(page, name) {
  await page.screenshot({ path: new URL(`${name}.png`, out).pathname, fullPage: true });
}

const browser = await chromium.launch({ executablePath, headless: true, args: ['--no-sandbox', '--disable-gpu', '--disable-dev-shm-usage'] });
try {
  const owner = await apiSignIn('olivia@acme.example');
  const staff = await apiSignIn('sam@acme.example');
  await apiPost(owner.token, '/customers', { customerId: CUSTOMER, kind: 'company', name: 'Hill Street Lettings',
    sites: [{ siteId: '01900000-0000-7000-8000-0000000051e1', address: { lines: ['9 Hill Street'], town: 'Leeds', postcode: 'LS1 1AA' } }] });

  await check('the sign-in form signs in and refuses a wrong password', async () => {
    const context = await browser.newContext({ viewport: DESKTOP });
    const page = await context.newPage();
    await page.goto(`${base}/quotes`);
    await page.getByRole('heading', { name: 'Sign in to Jobmate' }).waitFor();
    await accessible(page, 'sign-in');
    await shoot(page, 'sign-in-desktop');
    await page.getByLabel('Email').fill('olivia@acme.example');
    await page.getByLabel('Password').fill('not-the-password');
    await page.getByRole('button', { name: 'Sign in' }).click();
    await page.getByRole('alert').filter({ hasText: 'not right' }).waitFor();
    await page.getByLabel('Password').fill(password);
    await page.getByRole('button', { name: 'Sign in' }).click();
    await page.getByRole('heading', { name: 'Quotes', level: 1 }).waitFor(); // the address asked for before signing in
    await context.close();
  });

  await check('Today for an owner: quotes waiting, jobs in progress, tasks overdue, accepted this month; accessible on desktop and phone', async () => {
    for (const [viewport, suffix] of [[DESKTOP, 'desktop'], [PHONE, 'phone']]) {
      const { context, page } = await signIn(browser, 'olivia@acme.example', viewport);
      await page.getByRole('heading', { name: 'Quotes waiting for an answer' }).waitFor();
      await page.getByRole('heading', { name: 'Accepted this month' }).waitFor();
      await page.getByRole('heading', { name: 'Jobs in progress and booked today' }).waitFor();
      await page.locator('.figure').first().waitFor();
      await accessible(page, `Today (owner, ${suffix})`);
      await shoot(page, `today-owner-${suffix}`);
      await context.close();
    }
  });

  let quoteId;
  await check('an invalid quote shows the server\'s field errors next to the fields and keeps what was typed', async () => {
    const { context, page } = await signIn(browser, 'olivia@acme.example');
    await page.getByRole('link', { name: 'Quotes', exact: true }).click();
    await page.getByRole('link', { name: 'New quote' }).click();
    await page.getByLabel('Line 1: description').fill('Boiler');
    await page.getByLabel('Quantity').fill('two');
    await page.getByLabel('Unit price (£)').fill('1200');
    await page.getByRole('button', { name: 'Save draft' }).click();
    await page.locator('#customerId-error').waitFor();
    await page.locator('[id="lines.0.quantity-error"]').waitFor();
    await page.locator('#title-error').waitFor();
    assert(await page.getByLabel('Quantity').inputValue() === 'two', 'the form kept what was typed');
    assert(await page.locator('#customerId').getAttribute('aria-invalid') === 'true', 'the customer is marked invalid');
    await accessible(page, 'quote editor with errors');
    await shoot(page, 'quote-errors-desktop');
    await context.close();
  });

  await check('a quote with two VAT rates shows, as it is typed and once issued, the totals the API answers', async () => {
    const { context, page } = await signIn(browser, 'olivia@acme.example');
    await page.goto(`${base}/quotes/new`);
    await page.getByLabel('Customer', { exact: true }).fill('Hill Street');
    await page.getByRole('button', { name: /^Hill Street Lettings/ }).first().click();
    await page.getByRole('link', { name: 'Hill Street Lettings' }).waitFor();
    await page.getByLabel('Title').fill('Bathroom refit');
    await page.getByLabel('Line 1: description').fill('Labour');
    await page.getByLabel('Quantity').fill('2.5');
    await page.getByLabel('Unit price (£)').fill('333.33');
    await page.getByRole('button', { name: 'Add a line' }).click();
    await page.getByLabel('Line 2: description').fill('Insulation');
    await page.getByLabel('Quantity').nth(1).fill('3');
    await page.getByLabel('Unit price (£)').nth(1).fill('49.99');
    await page.getByLabel('VAT', { exact: true }).nth(1).selectOption('reduced');
    const live = await totalsOn(page);
    assert(live.gross === '£1,157.47', `live total: ${JSON.stringify(live)}`);
    await page.getByRole('button', { name: 'Save draft' }).click();
    await page.getByRole('button', { name: 'Issue the quote' }).click();
    await page.getByText('State: Issued').waitFor();
    quoteId = page.url().split('/').pop();
    const issued = await totalsOn(page);
    const answer = await api(owner.token, `/quotes/${quoteId}`);
    const pounds = (p) => `£${(p / 100).toLocaleString('en-GB', { minimumFractionDigits: 2, maximumFractionDigits: 2 })}`;
    assert(answer.totals.vat.length === 2, 'two VAT rates');
    for (const key of ['subtotal', 'net', 'vatTotal', 'gross']) {
      assert(issued[key] === pounds(answer.totals[key]), `${key}: page ${issued[key]}, API ${pounds(answer.totals[key])}`);
      assert(live[key] === issued[key], `${key}: typed ${live[key]}, issued ${issued[key]}`);
    }
    await accessible(page, 'quote editor');
    await shoot(page, 'quote-editor-desktop');
    await page.setViewportSize({ width: PHONE.width, height: PHONE.height });
    await shoot(page, 'quote-editor-phone');
    await page.goto(`${base}/quotes`);
    await page.getByRole('link', { name: /^Q-/ }).first().waitFor();
    await accessible(page, 'quotes list');
    await shoot(page, 'quotes-phone');
    await page.setViewportSize(DESKTOP);
    await shoot(page, 'quotes-desktop');
    await context.close();
  });

  await check('an owner adds a customer with a site, finds them by postcode, and creates, books and starts a job for them', async () => {
    const { context, page } = await signIn(browser, 'olivia@acme.example');
    await page.getByRole('link', { name: 'Customers', exact: true }).click();
    await page.getByRole('heading', { name: 'Customers', level: 1 }).waitFor();
    await page.getByRole('link', { name: 'New customer' }).click();
    const name = `Aldgate Dental ${Date.now()}`;
    await page.getByLabel('Name', { exact: true }).fill(name);
    await page.getByLabel('Phones').fill('07700 900123');
    await page.locator('[id="sites.0.address.lines"]').fill('1 Aldgate High Street');
    await page.locator('[id="sites.0.address.town"]').fill('London');
    await page.locator('[id="sites.0.address.postcode"]').fill('not a postcode');
    await page.getByRole('button', { name: 'Add the customer' }).click();
    await page.locator('[id="sites.0.address.postcode-error"]').waitFor();
    assert(await page.getByLabel('Name', { exact: true }).inputValue() === name, 'the form kept what was typed');
    await page.locator('[id="sites.0.address.postcode"]').fill('ec3n1aa');
    await page.getByRole('button', { name: 'Add the customer' }).click();
    await page.getByRole('heading', { name, level: 1 }).waitFor();
    await page.getByText('1 Aldgate High Street, London EC3N 1AA', { exact: true }).first().waitFor(); // the postcode as the API keeps it
    await accessible(page, 'customer page');
    await shoot(page, 'customer-desktop');
    await page.goto(`${base}/customers`);
    await page.getByLabel('Search by').selectOption('postcode');
    await page.getByLabel('Starts with').fill('EC3N');
    await page.getByRole('button', { name: 'Search' }).click();
    await page.getByRole('link', { name }).waitFor();
    await accessible(page, 'customers list');
    await shoot(page, 'customers-desktop');
    await page.getByRole('link', { name }).click();
    await page.getByRole('heading', { name: 'Quotes', level: 2 }).waitFor();
    await page.getByRole('link', { name: 'New quote for them' }).click();
    await page.getByRole('heading', { name: 'New quote', level: 1 }).waitFor();
    await page.getByRole('link', { name }).waitFor(); // the quote's customer comes chosen
    await page.goBack();
    await page.getByRole('link', { name: 'New job for them' }).click();
    await page.getByRole('link', { name }).waitFor(); // the customer comes chosen
    await page.getByLabel('Site', { exact: true }).selectOption({ index: 1 });
    await page.getByLabel('Title').fill('Replace the surgery sink');
    await page.getByLabel('Agreed value, net (£)').fill('850');
    await page.getByLabel('Agreed VAT (£)').fill('170');
    await page.getByRole('button', { name: 'Create the job' }).click();
    await page.getByRole('heading', { name: 'Replace the surgery sink', level: 1 }).waitFor();
    await page.getByText('£1,020.00').first().waitFor();
    const tomorrow = new Date(Date.now() + 86_400_000).toLocaleDateString('en-GB', { timeZone: 'Europe/London' });
    await page.getByLabel('Day (DD/MM/YYYY)').fill(tomorrow);
    await page.getByRole('button', { name: 'Book this day' }).click();
    await page.getByText(`booked for ${tomorrow}`).waitFor();
    await page.getByRole('button', { name: 'Start work' }).click();
    await page.locator('.sub .state').filter({ hasText: 'In progress' }).waitFor();
    await page.getByLabel('New note').fill('Isolation valve under the sink is seized');
    await page.getByRole('button', { name: 'Add the note' }).click();
    await page.getByText('Isolation valve under the sink is seized').waitFor();
    await page.getByRole('heading', { name: 'Costing', level: 2 }).waitFor();
    await page.getByText('no value agreed').or(page.getByText('margin')).first().waitFor();
    await page.getByRole('term').filter({ hasText: 'Site' }).waitFor(); // the site's address, joined by the API
    await page.getByRole('button', { name: 'Change the title, description or site' }).click();
    await page.getByLabel('Title').fill(' ');
    await page.getByRole('button', { name: 'Save the details' }).click();
    await page.locator('#details-title-error').waitFor();
    await page.getByLabel('Title').fill('Replace the surgery sink and taps');
    await page.getByRole('button', { name: 'Save the details' }).click();
    await page.getByRole('heading', { name: 'Replace the surgery sink and taps', level: 1 }).waitFor();
    await page.getByRole('button', { name: 'Change the agreed value (a variation)' }).click();
    await page.getByLabel('New agreed net (£)').fill('lots');
    await page.getByRole('button', { name: 'Save the agreed value' }).click();
    await page.locator('#agreed-net-error').waitFor();
    await page.getByLabel('New agreed net (£)').fill('1,000');
    await page.getByLabel('New agreed VAT (£)').fill('200');
    await page.getByLabel('Why (optional)').fill('New taps as well');
    await page.getByRole('button', { name: 'Save the agreed value' }).click();
    await page.getByText('£1,200.00').first().waitFor();
    await accessible(page, 'job page');
    await shoot(page, 'job-desktop');
    await page.goto(`${base}/jobs`);
    await page.getByRole('link', { name: 'Replace the surgery sink and taps' }).first().waitFor();
    await page.getByRole('link', { name }).first().waitFor(); // the customer's name, from the customer book
    await accessible(page, 'jobs list');
    await shoot(page, 'jobs-desktop');
    await context.close();
  });

  await check('the owner changes the business\'s settings group by group, each error next to its field', async () => {
    const { context, page } = await signIn(browser, 'olivia@acme.example');
    await page.getByRole('link', { name: 'Settings', exact: true }).click();
    await page.getByRole('heading', { name: 'Settings', level: 1 }).waitFor();
    const vat = page.getByRole('form', { name: 'VAT registration' });
    await page.getByLabel('Registered for VAT').selectOption('yes');
    await page.getByLabel('VAT number').fill('GB12');
    await page.getByLabel('Registered from (DD/MM/YYYY)').fill('01/04/2020');
    await vat.getByRole('button', { name: 'Save' }).click();
    await page.locator('#vatNumber-error').waitFor();
    assert(await page.getByLabel('Registered from (DD/MM/YYYY)').inputValue() === '01/04/2020', 'the form kept what was typed');
    await page.getByLabel('VAT number').fill('GB123456789');
    await vat.getByRole('button', { name: 'Save' }).click();
    await vat.getByRole('status').filter({ hasText: 'Saved' }).waitFor();
    const costs = page.getByRole('form', { name: 'Costs, for job costing' });
    await page.getByLabel('Staff, an hour (£)').fill('28.50');
    await page.getByLabel('Equipment, an hour (£)').fill('12');
    await costs.getByRole('button', { name: 'Save' }).click();
    await costs.getByRole('status').filter({ hasText: 'Saved' }).waitFor();
    await accessible(page, 'settings');
    await shoot(page, 'settings-desktop');
    let shown = '';
    for (let i = 0; i < 20 && shown !== '28.50'; i++) { // the settings' read side catches up within a moment
      await page.reload();
      await page.getByRole('heading', { name: 'Settings', level: 1 }).waitFor();
      shown = await page.getByLabel('Staff, an hour (£)').inputValue();
      if (shown !== '28.50') await page.waitForTimeout(250);
    }
    assert(shown === '28.50', `after a reload the staff cost shows ${shown}`);
    assert(await page.getByLabel('VAT number').inputValue() === 'GB123456789', 'the VAT number was kept');
    await context.close();
  });

  await check('staff log an expense with its receipt (a false PDF refused by its first bytes) and submit it; the owner approves it and pays it back', async () => {
    const sam = await signIn(browser, 'sam@acme.example', PHONE);
    await sam.page.getByRole('link', { name: 'Expenses', exact: true }).click();
    await sam.page.getByRole('link', { name: 'Log an expense' }).click();
    const supplier = `Screwfix ${Date.now()}`;
    await sam.page.getByLabel('Supplier').fill(supplier);
    await sam.page.getByLabel('Amount (£)').fill('twelve');
    await sam.page.getByRole('button', { name: 'Log it' }).click();
    await sam.page.locator('#amount-error').waitFor();
    await sam.page.getByLabel('Amount (£)').fill('54.00');
    await sam.page.getByRole('button', { name: 'Log it' }).click();
    await sam.page.getByRole('heading', { name: new RegExp(`^${supplier}`), level: 1 }).waitFor();
    await sam.page.getByText('£45.00').first().waitFor(); // the net the API worked out of £54.00 at 20%
    // a receipt: a file named .pdf that is not one is refused by its first bytes; a real PDF goes straight to S3 and is attached
    await sam.page.getByLabel(/Attach a receipt/).setInputFiles({ name: 'receipt.pdf', mimeType: 'application/pdf',
      buffer: Buffer.from('not a pdf at all') });
    await sam.page.getByRole('alert').filter({ hasText: /PDF|JPEG|receipt/i }).waitFor();
    await sam.page.getByLabel(/Attach a receipt/).setInputFiles({ name: 'receipt.pdf', mimeType: 'application/pdf',
      buffer: Buffer.from('%PDF-1.4\n1 0 obj << /Type /Catalog >> endobj\ntrailer << /Root 1 0 R >>\n%%EOF\n') });
    await sam.page.getByRole('status').filter({ hasText: 'receipt.pdf is attached' }).waitFor();
    await sam.page.getByRole('button', { name: 'View the receipt' }).waitFor();
    await sam.page.getByRole('button', { name: 'Submit for approval' }).click();
    await sam.page.locator('.sub .state').filter({ hasText: 'Waiting for approval' }).waitFor();
    await accessible(sam.page, 'expense (staff, phone)');
    await shoot(sam.page, 'expense-phone');
    const olivia = await signIn(browser, 'olivia@acme.example');
    await olivia.page.getByRole('link', { name: 'Expenses', exact: true }).click();
    for (let i = 0; i < 20; i++) { // waiting for approval, once the expenses' read side has the submission
      await olivia.page.getByRole('heading', { name: 'Expenses', level: 1 }).waitFor();
      await olivia.page.waitForLoadState('networkidle');
      if (await olivia.page.getByRole('link', { name: supplier }).count()) break;
      await olivia.page.waitForTimeout(250);
      await olivia.page.reload();
    }
    await olivia.page.getByRole('link', { name: supplier }).click();
    await olivia.page.getByRole('button', { name: 'Approve' }).click();
    await olivia.page.getByRole('button', { name: 'Mark as paid back' }).click();
    await olivia.page.locator('.sub .state').filter({ hasText: 'Reimbursed' }).waitFor();
    await accessible(olivia.page, 'expense (owner)');
    await olivia.page.goto(`${base}/expenses`);
    await olivia.page.getByRole('heading', { name: 'Expenses', level: 1 }).waitFor();
    await accessible(olivia.page, 'expenses list');
    await shoot(olivia.page, 'expenses-desktop');
    await sam.context.close();
    await olivia.context.close();
  });

  await check('the owner invites a member, who appears on the team, and changes their role; a bad e-mail is refused next to its field; an API client is added, its secret shown once, and revoked', async () => {
    const { context, page } = await signIn(browser, 'olivia@acme.example');
    await page.getByRole('link', { name: 'Team', exact: true }).click();
    await page.getByRole('heading', { name: 'Team', level: 1 }).waitFor();
    await page.getByRole('cell', { name: 'sam@acme.example' }).waitFor();
    const email = `nia.${Date.now()}@acme.example`;
    await page.getByLabel('E-mail').fill('not an e-mail');
    await page.getByLabel('Name', { exact: true }).fill('Nia Starter');
    await page.getByRole('button', { name: 'Send the invitation' }).click();
    await page.locator('#invite-email-error').waitFor();
    assert(await page.getByLabel('Name', { exact: true }).inputValue() === 'Nia Starter', 'the form kept what was typed');
    await page.getByLabel('E-mail').fill(email);
    await page.getByRole('button', { name: 'Send the invitation' }).click();
    await page.getByRole('status').filter({ hasText: 'is invited' }).waitFor();
    await page.getByRole('cell', { name: email }).waitFor({ timeout: 10_000 }); // once the team's read side has them
    await page.getByLabel('Role of Nia Starter').selectOption('admin');
    await page.getByRole('status').filter({ hasText: 'is now admin' }).waitFor();
    // an API client for the accountant: the secret is shown once, then the owner revokes it
    const client = `Hargreaves ${Date.now()}`;
    await page.getByLabel('Name (e.g. your accountant)').fill(client);
    await page.getByRole('button', { name: 'Add the API client' }).click();
    const secret = await page.getByTestId('client-secret').textContent();
    assert(secret && secret.length >= 32, 'the secret is shown once');
    await page.getByRole('cell', { name: client, exact: true }).waitFor();
    await accessible(page, 'team');
    await shoot(page, 'team-desktop');
    await page.getByRole('button', { name: `Revoke ${client}` }).click();
    await page.getByRole('status').filter({ hasText: 'can no longer read the reports' }).waitFor();
    await context.close();
  });

  await check('the owner adds a van (a bad registration named next to its field first), sees its MOT due soon, changes and retires it', async () => {
    const { context, page } = await signIn(browser, 'olivia@acme.example');
    await page.getByRole('link', { name: 'Resources', exact: true }).click();
    await page.getByRole('heading', { name: 'Resources', level: 1 }).waitFor();
    const name = `Crafter van ${Date.now()}`;
    await page.getByLabel('Name', { exact: true }).fill(name);
    await page.getByLabel('Registration').fill('NOT A REG!');
    const soon = new Date(Date.now() + 10 * 86_400_000).toISOString().slice(0, 10);
    await page.getByLabel('MOT due').fill(soon);
    await page.getByRole('button', { name: 'Add', exact: true }).click();
    await page.locator('#registration-error').waitFor();
    assert(await page.getByLabel('Name', { exact: true }).inputValue() === name, 'the form kept what was typed');
    await page.getByLabel('Registration').fill('ab12 cde');
    await page.getByRole('button', { name: 'Add', exact: true }).click();
    await page.getByRole('status').filter({ hasText: 'is added' }).waitFor();
    const row = page.getByRole('row').filter({ hasText: name });
    await row.getByText('due soon').waitFor();
    assert((await row.textContent()).includes('AB12CDE'), 'the registration kept upper case without spaces');
    await page.getByRole('button', { name: `Change ${name}` }).click();
    await page.getByLabel('Notes (optional)').fill('Roof rack');
    await page.getByRole('button', { name: 'Save', exact: true }).click();
    await page.getByRole('status').filter({ hasText: 'is saved' }).waitFor();
    await accessible(page, 'resources');
    await page.getByRole('button', { name: `Retire ${name}` }).click();
    await page.getByRole('status').filter({ hasText: 'is retired' }).waitFor();
    await page.getByRole('row').filter({ hasText: name }).waitFor({ state: 'detached' });
    await context.close();
  });

  await check('the owner sets a member\'s working hours (a bad range named next to its day first) and hourly cost; the member reads their own hours without the cost', async () => {
    const { context, page } = await signIn(browser, 'olivia@acme.example');
    await page.getByRole('link', { name: 'Team', exact: true }).click();
    await page.getByRole('link', { name: /Hours, skills and cost of Sam/ }).click();
    await page.getByRole('heading', { name: /skills and working hours/, level: 1 }).waitFor();
    await page.getByLabel('Skills (separated by commas)').fill('Plumbing, gas safe');
    if (await page.getByRole('button', { name: /Start from Monday to Friday/ }).count() > 0) {
      await page.getByRole('button', { name: /Start from Monday to Friday/ }).click();
    }
    await page.getByLabel('Monday range 1 from').fill('17:00');
    await page.getByLabel('Monday range 1 to').fill('09:00');
    await page.getByRole('button', { name: 'Save skills and hours' }).click();
    await page.locator('#monday-error').waitFor();
    assert(await page.getByLabel('Skills (separated by commas)').inputValue() === 'Plumbing, gas safe', 'the form kept what was typed');
    await page.getByLabel('Monday range 1 from').fill('08:00');
    await page.getByLabel('Monday range 1 to').fill('16:00');
    await page.getByRole('button', { name: 'Save skills and hours' }).click();
    await page.getByRole('status').filter({ hasText: 'are saved' }).waitFor();
    const tomorrow = new Intl.DateTimeFormat('en-CA', { timeZone: 'Europe/London' }).format(new Date(Date.now() + 86_400_000));
    await page.getByLabel('An hour (£)').fill('24.50');
    await page.getByLabel('From', { exact: true }).fill(tomorrow);
    await page.getByRole('button', { name: 'Set the rate' }).click();
    await page.getByRole('status').filter({ hasText: 'hourly cost' }).waitFor();
    await page.getByRole('cell', { name: '£24.50' }).waitFor();
    await page.getByRole('heading', { name: 'This week' }).waitFor();
    const nextWeek = new Intl.DateTimeFormat('en-CA', { timeZone: 'Europe/London' }).format(new Date(Date.now() + 7 * 86_400_000));
    await page.getByLabel('First day').fill(nextWeek);
    await page.getByLabel('Last day').fill(nextWeek);
    await page.getByRole('button', { name: 'Record the absence' }).click();
    await page.getByRole('status').filter({ hasText: 'absence is recorded' }).waitFor();
    await page.getByRole('listitem').filter({ hasText: 'Holiday:' }).waitFor();
    await accessible(page, 'staff profile');
    await context.close();

    const staff = await signIn(browser, 'sam@acme.example', PHONE);
    await staff.page.getByRole('link', { name: 'My working hours and skills' }).click();
    await staff.page.getByLabel('Monday range 1 to').waitFor();
    assert(await staff.page.getByLabel('Monday range 1 to').inputValue() === '16:00', 'Sam reads the hours the owner saved');
    assert(!(await staff.page.content()).includes('£'), 'no cost or price is shown to staff');
    assert(await staff.page.getByRole('button', { name: 'Save skills and hours' }).count() === 0, 'staff cannot change them');
    await staff.context.close();
  });

  await check('the owner books a meeting in next week\'s diary, is refused a clash, and books over it with a reason that is shown', async () => {
    const { context, page } = await signIn(browser, 'olivia@acme.example');
    await page.getByRole('link', { name: 'Diary', exact: true }).click();
    await page.getByRole('heading', { name: 'Diary', level: 1 }).waitFor();
    await page.getByRole('button', { name: 'Next week' }).click();
    const today = new Intl.DateTimeFormat('en-CA', { timeZone: 'Europe/London' }).format(new Date());
    const noon = new Date(`${today}T12:00:00Z`);
    noon.setUTCDate(noon.getUTCDate() - ((noon.getUTCDay() + 6) % 7) + 7);
    const monday = noon.toISOString().slice(0, 10);
    await page.getByLabel('What').selectOption('meeting');
    await page.getByLabel('Day', { exact: true }).fill(monday);
    await page.getByLabel('From', { exact: true }).fill('06:00');
    await page.getByLabel('To', { exact: true }).fill('06:30');
    await page.getByLabel('Title').fill('Toolbox talk');
    await page.getByRole('button', { name: 'Book', exact: true }).click();
    await page.getByRole('status').filter({ hasText: 'Booked.' }).waitFor();
    await page.getByRole('button', { name: 'Move Toolbox talk' }).waitFor();
    await page.getByLabel('Title').fill('Supplier visit');
    await page.getByRole('button', { name: 'Book', exact: true }).click();
    await page.getByLabel('Book over the clash anyway: why?').fill('The supplier can only come then');
    await page.getByRole('button', { name: 'Book anyway' }).click();
    await page.getByRole('status').filter({ hasText: 'Booked over the clash' }).waitFor();
    await page.getByText('booked over a clash').waitFor();
    await page.getByRole('button', { name: 'Move Toolbox talk' }).click();
    await page.getByLabel('From', { exact: true }).fill('07:00');
    await page.getByLabel('To', { exact: true }).fill('07:30');
    await page.getByRole('button', { name: 'Move', exact: true }).click();
    await page.getByRole('status').filter({ hasText: 'Toolbox talk is moved.' }).waitFor();
    await page.getByText('07:00–07:30').waitFor();
    const tuesday = new Date(`${monday}T12:00:00Z`);
    tuesday.setUTCDate(tuesday.getUTCDate() + 1);
    const tuesdayLabel = new Intl.DateTimeFormat('en-GB', { weekday: 'short', day: 'numeric', month: 'short', timeZone: 'UTC' }).format(tuesday);
    await page.getByRole('listitem').filter({ hasText: 'Supplier visit' }).dragTo(page.getByRole('region', { name: tuesdayLabel }));
    await page.getByRole('status').filter({ hasText: 'Supplier visit is moved to' }).waitFor();
    await page.getByRole('region', { name: tuesdayLabel }).getByRole('button', { name: 'Move Supplier visit' }).waitFor();
    await page.getByLabel('For (minutes)').fill('60');
    await page.getByLabel('Skill (optional)').fill('Plumbing');
    await page.getByRole('button', { name: 'Find free time' }).click();
    await page.getByRole('button', { name: /^Book Sam/ }).first().click();
    await page.getByLabel('Title').fill('Boiler service');
    await page.getByRole('button', { name: 'Book', exact: true }).click();
    await page.getByRole('status').filter({ hasText: 'Booked.' }).waitFor();
    await page.getByLabel('What').selectOption('meeting');
    await page.getByLabel('Day', { exact: true }).fill(monday);
    await page.getByLabel('From', { exact: true }).fill('05:00');
    await page.getByLabel('To', { exact: true }).fill('05:30');
    await page.getByLabel('Title').fill('Team huddle');
    await page.getByLabel('Repeats').selectOption('weekly');
    await page.getByLabel('How many times (blank: no end)').fill('0');
    await page.getByRole('button', { name: 'Book', exact: true }).click();
    await page.locator('[id="times-error"]').waitFor();
    await page.getByLabel('How many times (blank: no end)').fill('4');
    await page.getByRole('button', { name: 'Book', exact: true }).click();
    await page.getByRole('status').filter({ hasText: 'Repeats: 4 booked' }).waitFor();
    await accessible(page, 'diary');
    await shoot(page, 'diary-desktop');
    await context.close();
  });

  await check('a member of staff opts in to texts about today\'s visits with a UK mobile, a wrong number named next to its field first', async () => {
    const { context, page } = await signIn(browser, 'sam@acme.example');
    await page.getByRole('link', { name: 'My account', exact: true }).click();
    await page.getByRole('heading', { name: 'My account', level: 1 }).waitFor();
    await page.getByLabel('UK mobile number').fill('020 7946 0000');
    await page.getByLabel('Text me about today\'s visits').check();
    await page.getByRole('button', { name: 'Save', exact: true }).click();
    await page.locator('#mobile-error').waitFor();
    assert(await page.getByLabel('Text me about today\'s visits').isChecked(), 'the form kept what was chosen');
    await page.getByLabel('UK mobile number').fill('07700 900123');
    await page.getByRole('button', { name: 'Save', exact: true }).click();
    await page.getByRole('status').filter({ hasText: 'you will get texts' }).waitFor();
    await accessible(page, 'my account');
    await context.close();
  });

  await check('staff claim mileage: a bad journey is named next to its field, then the claim is priced at HMRC rates and its journeys changed', async () => {
    const { context, page } = await signIn(browser, 'sam@acme.example');
    await page.getByRole('link', { name: 'Expenses', exact: true }).click();
    await page.getByRole('link', { name: 'Claim mileage' }).click();
    await page.getByRole('heading', { name: 'Claim mileage', level: 1 }).waitFor();
    await page.getByRole('status').filter({ hasText: 'miles left at 45p' }).waitFor();
    await page.getByLabel('From').fill('Leeds depot');
    await page.getByLabel('To').fill('Otley');
    await page.getByLabel('Purpose').fill('Boiler survey');
    await page.getByLabel('Business miles').fill('0');
    await page.getByRole('button', { name: 'Claim as a draft' }).click();
    await page.locator('[id="journeys.0.miles-error"]').waitFor();
    assert(await page.getByLabel('Purpose').inputValue() === 'Boiler survey', 'the form kept what was typed');
    await page.getByLabel('Business miles').fill('24');
    await page.getByRole('button', { name: 'Claim as a draft' }).click();
    await page.getByRole('table', { name: /Mileage by car or van/ }).waitFor();
    await page.getByRole('cell', { name: 'Otley', exact: true }).waitFor();
    await page.getByRole('link', { name: 'Change the journeys' }).click();
    await page.getByRole('heading', { name: 'Change the journeys', level: 1 }).waitFor();
    await page.waitForFunction(() => document.querySelector('[id="journeys.0.to"]')?.value === 'Otley');
    await page.getByLabel('Business miles').fill('31');
    await page.getByRole('button', { name: 'Save the journeys' }).click();
    await page.getByRole('table', { name: /Mileage by car or van/ }).getByRole('cell', { name: '31', exact: true }).waitFor();
    await accessible(page, 'mileage');
    await context.close();
  });

  await check('the owner reads the money reports, drawn and tabled, and downloads the expenses for Xero and the accepted quotes for QuickBooks', async () => {
    const { context, page } = await signIn(browser, 'olivia@acme.example');
    await page.getByRole('link', { name: 'Reports', exact: true }).click();
    await page.getByRole('heading', { name: 'Expenses by month and category' }).waitFor();
    await page.getByRole('heading', { name: 'Quotes pipeline' }).waitFor();
    await page.getByRole('heading', { name: 'Owed to the team' }).waitFor();
    await page.getByRole('heading', { name: 'Profit per job' }).waitFor();
    await page.getByRole('table', { name: /^Utilisation, weeks of/ }).waitFor(); // Sam has working hours by now
    const [download] = await Promise.all([page.waitForEvent('download'),
      page.getByRole('button', { name: 'Download for Xero' }).click()]);
    const csv = readFileSync(await download.path(), 'utf8');
    assert(csv.startsWith('*ContactName,'), `a Xero file: ${csv.slice(0, 40)}`);
    const [quotes] = await Promise.all([page.waitForEvent('download'),
      page.getByRole('button', { name: 'Accepted quotes for QuickBooks' }).click()]);
    assert(quotes.suggestedFilename().startsWith('quotes-quickbooks-'), `the quotes file: ${quotes.suggestedFilename()}`);
    const sales = readFileSync(await quotes.path(), 'utf8');
    assert(sales.startsWith('Invoice No,Customer,Invoice Date,'), `a QuickBooks invoice import: ${sales.slice(0, 40)}`);
    await accessible(page, 'reports');
    await shoot(page, 'reports-desktop');
    await context.close();
  });

  await check('the owner reads today\'s audit trail, who changed what, and exports it as CSV; an admin has no audit trail', async () => {
    const { context, page } = await signIn(browser, 'olivia@acme.example');
    await page.getByRole('link', { name: 'Audit trail', exact: true }).click();
    await page.getByRole('heading', { name: 'Audit trail', level: 1 }).waitFor();
    await page.getByRole('table', { name: 'Changes, oldest first' }).waitFor();
    await page.getByLabel('Kind of record').selectOption('quote');
    await page.getByRole('button', { name: 'Show', exact: true }).click();
    await page.getByRole('cell', { name: 'Quote drafted' }).first().waitFor();
    await page.getByLabel('Kind of record').selectOption('job');
    await page.getByRole('button', { name: 'Show', exact: true }).click();
    await page.getByRole('cell', { name: 'Quote drafted' }).first().waitFor({ state: 'detached' }); // only the jobs' changes once filtered
    await page.getByRole('cell', { name: 'Job created' }).first().waitFor();
    const [file] = await Promise.all([page.waitForEvent('download'), page.getByRole('button', { name: 'Export as CSV' }).click()]);
    const csv = readFileSync(await file.path(), 'utf8');
    assert(csv.startsWith('at,eventId,eventType,'), `an audit CSV: ${csv.slice(0, 40)}`);
    assert(csv.includes('JobCreated') && !csv.includes('QuoteDrafted'), 'the export has the filters of the page');
    await accessible(page, 'audit trail');
    await shoot(page, 'audit-desktop');
    await context.close();
    const admin = await signIn(browser, 'adam@acme.example');
    assert(await admin.page.getByRole('link', { name: 'Audit trail' }).count() === 0, 'admins have no audit trail');
    await admin.context.close();
  });

  await check('an owner assigns a task and the staff member\'s open board shows it without a reload, with a toast', async () => {
    const sam = await signIn(browser, 'sam@acme.example', PHONE);
    await sam.page.getByRole('link', { name: 'Tasks', exact: true }).click();
    await sam.page.getByRole('heading', { name: 'Tasks', level: 1 }).waitFor();
    await sam.page.waitForTimeout(1500); // the socket is open
    const olivia = await signIn(browser, 'olivia@acme.example');
    await olivia.page.getByRole('link', { name: 'Tasks', exact: true }).click();
    const title = `Bleed the radiators ${Date.now()}`;
    await olivia.page.getByText('New task').click();
    await olivia.page.getByLabel('Title').fill(title);
    await olivia.page.getByRole('button', { name: 'Create' }).click();
    await olivia.page.getByRole('button', { name: title }).click();
    await olivia.page.getByLabel('Assignee').selectOption(staff.sub); // chosen from the team by name
    await olivia.page.getByRole('button', { name: 'Assign' }).click();
    await sam.page.getByRole('button', { name: title }).waitFor({ timeout: 20_000 });
    await sam.page.locator('.toast').filter({ hasText: title }).waitFor({ timeout: 5_000 });
    await accessible(sam.page, 'tasks board (staff, phone)');
    await shoot(sam.page, 'tasks-phone');
    await accessible(olivia.page, 'tasks board (owner)');
    await shoot(olivia.page, 'tasks-desktop');
    await sam.context.close();
    await olivia.context.close();
  });

  await check('a staff member sees no prices anywhere and no quotes', async () => {
    const { context, page } = await signIn(browser, 'sam@acme.example', PHONE);
    await page.getByRole('heading', { name: 'My tasks due' }).waitFor();
    await page.waitForLoadState('networkidle');
    assert(!(await page.getByRole('link', { name: 'Quotes', exact: true }).count()), 'no Quotes in the menu');
    assert(!(await page.getByRole('link', { name: 'Customers', exact: true }).count()), 'no Customers in the menu');
    assert(!(await page.getByRole('link', { name: 'Jobs', exact: true }).count()), 'no Jobs in the menu');
    assert(!(await page.getByRole('link', { name: 'Settings', exact: true }).count()), 'no Settings in the menu');
    assert(!(await page.getByRole('link', { name: 'Team', exact: true }).count()), 'no Team in the menu');
    assert(!(await page.content()).includes('£'), 'no £ on Today');
    await accessible(page, 'Today (staff, phone)');
    await shoot(page, 'today-staff-phone');
    await page.goto(`${base}/quotes/${quoteId ?? 'x'}`);
    await page.getByRole('heading', { name: 'Not for your role' }).waitFor();
    await page.goto(`${base}/tasks`);
    await page.getByRole('heading', { name: 'Tasks', level: 1 }).waitFor();
    await page.waitForLoadState('networkidle');
    assert(!(await page.content()).includes('£'), 'no £ on the board');
    await context.close();
  });
} finally {
  await browser.close();
}

async function totalsOn(page) {
  const read = async (key) => (await page.locator(`[data-total="${key}"]`).first().textContent())?.trim();
  await page.locator('[data-total="gross"]').waitFor();
  return { subtotal: await read('subtotal'), net: await read('net'), vatTotal: await read('vatTotal'), gross: await read('gross') };
}

const failed = results.filter((r) => !r.ok).length;
console.log(`${results.length - failed} passed, ${failed} failed`);
process.exit(failed === 0 ? 0 : 1);
