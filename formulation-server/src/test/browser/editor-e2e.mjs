// End-to-end tests of the editor and caseload in headless Chromium, driven with playwright-core
// (no browser download: Debian's Chromium is given). Run by EditorBrowserTest against a server
// it started on a folder of its own:
//
//   node editor-e2e.mjs --browser /usr/bin/chromium --base http://127.0.0.1:PORT --out DIR
//
// Writes a screenshot of each page it visits, and DIR/reloaded-form.json (the fields of the new
// formulation's page after a reload) for the Java side to compare with the file on disk.
// Exit status 0 when every step passed, 1 when one failed (saying which), 2 when it could not run.

import { createRequire } from 'node:module';
import { writeFileSync, mkdirSync } from 'node:fs';
import path from 'node:path';

const args = Object.fromEntries(process.argv.slice(2).reduce((pairs, a, i, all) =>
  (a.startsWith('--') ? [...pairs, [a.slice(2), all[i + 1]]] : pairs), []));
const require = createRequire(path.resolve(path.dirname(new URL(import.meta.url).pathname),
  '../../../../accessibility/package.json'));
let chromium;
try {
  ({ chromium } = require('playwright-core'));
} catch (e) {
  console.error('playwright-core is not installed in accessibility/: run npm ci there', e.message);
  process.exit(2);
}
mkdirSync(args.out, { recursive: true });
const browser = await chromium.launch({ executablePath: args.browser, headless: true,
  args: ['--headless', '--no-sandbox', '--disable-gpu'] });
let failed = false;

async function step(name, body) {
  try {
    await body();
    console.log('ok   ' + name);
  } catch (e) {
    failed = true;
    console.log('FAIL ' + name + ': ' + (e && e.stack || e));
  }
}

function check(condition, message) {
  if (!condition) throw new Error(message);
}

async function shot(page, name) {
  await page.screenshot({ path: path.join(args.out, name + '.png'), fullPage: false });
}

async function tabTo(page, id) {
  for (let i = 0; i < 60; i++) {
    await page.keyboard.press('Tab');
    if (await page.evaluate(() => document.activeElement && document.activeElement.id) === id) {
      return;
    }
  }
  throw new Error('Tab never reached #' + id);
}

await step('a new formulation from the template, with the keyboard only', async () => {
  const page = await browser.newPage();
  await page.goto(args.base + '/new');
  await shot(page, 'new');
  const findings = page.locator('[id="title-findings"]');
  await findings.locator('li').first().waitFor({ state: 'visible', timeout: 10000 });
  await tabTo(page, 'title');
  await page.keyboard.type('Formulation with the Begum family');
  await page.waitForFunction(() => document.getElementById('title-findings').hidden,
    null, { timeout: 10000 });
  // Cleared again, the finding comes back; typed again, it goes.
  await page.keyboard.press('Control+A');
  await page.keyboard.press('Backspace');
  await findings.locator('li').first().waitFor({ state: 'visible', timeout: 10000 });
  check((await findings.innerText()).length > 0, 'the finding has words');
  await shot(page, 'new-finding');
  await page.keyboard.type('Formulation with the Begum family');
  await page.waitForFunction(() => document.getElementById('title-findings').hidden,
    null, { timeout: 10000 });
  await tabTo(page, 'people[0].name');
  await page.keyboard.type('Yusuf');
  // Enter in a text box presses the form's first button, which is Save.
  await Promise.all([page.waitForURL(/\/formulations\/formulation-1\?saved$/),
    page.keyboard.press('Enter')]);
  check((await page.locator('.banner').innerText()).includes('Saved'), 'the page says saved');
  await page.reload();
  check(await page.locator('[id="title"]').inputValue() === 'Formulation with the Begum family',
    'the title reads back');
  check(await page.locator('[id="people[0].name"]').inputValue() === 'Yusuf',
    'the name reads back');
  const fields = await page.evaluate(() => [...new FormData(document.getElementById('editor'))]
    .filter(([k]) => !k.startsWith('_')));
  writeFileSync(path.join(args.out, 'reloaded-form.json'), JSON.stringify(fields));
  await shot(page, 'saved');
  await page.close();
});

await step('the same formulation in two tabs: the second save is refused, nothing lost',
  async () => {
    const context = await browser.newContext();
    const a = await context.newPage();
    const b = await context.newPage();
    await a.goto(args.base + '/formulations/school-avoidance-ahmed');
    await b.goto(args.base + '/formulations/school-avoidance-ahmed');
    await a.locator('[id="title"]').fill('Saved in tab A');
    await Promise.all([a.waitForURL(/\?saved$/), a.locator('[id="title"]').press('Enter')]);
    await b.locator('[id="title"]').fill('Typed in tab B');
    await Promise.all([b.waitForLoadState('load'), b.locator('[id="title"]').press('Enter')]);
    await b.locator('#conflict').waitFor({ state: 'visible' });
    check(await b.evaluate(() => document.activeElement.id) === 'error-summary',
      'the error summary has the focus');
    check(await b.locator('[id="title"]').inputValue() === 'Typed in tab B',
      'tab B keeps what was typed');
    check((await b.locator('#conflict').innerText()).includes('Saved in tab A'),
      'the conflict shows what tab A saved');
    await shot(b, 'conflict');
    await context.close();
  });

await step('the caseload shows a late review first', async () => {
  const page = await browser.newPage();
  await page.goto(args.base + '/');
  const first = page.locator('tbody tr').first();
  check((await first.innerText()).includes('Review due'), 'the first row has a late review: '
    + await first.innerText());
  await shot(page, 'caseload');
  await page.close();
});

await browser.close();
process.exit(failed ? 1 : 0);
