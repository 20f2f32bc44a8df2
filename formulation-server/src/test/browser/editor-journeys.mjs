// A practitioner's journeys through the editor and caseload, in the Chromium the machine has
// (Debian's, whatever version apt-get gave that day), driven with playwright-core (no browser
// download). Run by EditorJourneysTest against the whole server, its security filter included,
// on a folder of its own:
//
//   node editor-journeys.mjs --browser /usr/bin/chromium --base http://127.0.0.1:PORT/ \
//       --folder DIR --out DIR
//
// Every journey runs twice, with JavaScript on and off, each on its own copy of a worked example
// (ahmed-js.yaml, ahmed-nojs.yaml), and looks at the file on disk after every save: a page that
// says "Saved" over a file that did not change is a failure. Each step leaves a screenshot at
// 1280 and at 390 pixels wide. Writes DIR/reloaded-form.json (the fields of a new formulation's
// page after a reload) for the Java side to compare with the file.
// Exit status 0 when every step passed, 1 when one failed (saying which), 2 when it could not run.

import { createRequire } from 'node:module';
import { execFileSync } from 'node:child_process';
import { existsSync, mkdirSync, writeFileSync } from 'node:fs';
import path from 'node:path';

const args = Object.fromEntries(process.argv.slice(2).reduce((pairs, a, i, all) =>
  (a.startsWith('--') ? [...pairs, [a.slice(2), all[i + 1]]] : pairs), []));
const base = args.base.replace(/\/$/, '');
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
  args: ['--headless', '--no-sandbox', '--disable-gpu', '--disable-background-networking'] });
console.log('Chromium ' + browser.version());
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

function equal(actual, expected, what) {
  const a = JSON.stringify(actual);
  const e = JSON.stringify(expected);
  if (a !== e) throw new Error(what + ': expected ' + e + ' but found ' + a);
}

/** The file as it is on disk, read by PyYAML (another reader than the server's). */
function onDisk(id) {
  const file = path.join(args.folder, id + '.yaml');
  check(existsSync(file), 'no file ' + file);
  return JSON.parse(execFileSync('/usr/bin/python3', ['-c',
    'import json, sys, yaml\n'
    + 'print(json.dumps(yaml.safe_load(open(sys.argv[1], encoding="utf-8")), default=str))',
    file], { encoding: 'utf8' }));
}

const WIDTHS = [[1280, 900], [390, 844]];

/** A screenshot of what is on screen at each width, scrolled to `target` if given. */
async function shots(page, name, target) {
  for (const [width, height] of WIDTHS) {
    await page.setViewportSize({ width, height });
    if (target) {
      await page.locator(target).first().scrollIntoViewIfNeeded();
    }
    await page.screenshot({ path: path.join(args.out, name + '-' + width + '.png') });
  }
  await page.setViewportSize({ width: WIDTHS[0][0], height: WIDTHS[0][1] });
}

const field = (page, name) => page.locator('[id="' + name + '"]');

/** Presses a button that posts the form, and waits for the page the server answers with. */
async function press(page, button) {
  await Promise.all([page.waitForNavigation(), button.click()]);
  const refused = await page.evaluate(() => document.body.innerText.replace(/\s+/g, ' ').slice(0, 300));
  check(!/^\s*\{/.test(refused), 'the server answered the form with raw JSON: ' + refused);
}

async function save(page) {
  await press(page, page.getByRole('button', { name: 'Save', exact: true }));
  check(/\?saved$/.test(page.url()), 'the save went to ' + page.url() + ', not a saved page: '
    + (await page.locator('#error-summary, .banner, main').first().innerText()).slice(0, 400));
  check((await page.locator('.banner').innerText()).includes('Saved'), 'the page says saved');
}

/** The list's entries' indexes in the form, in the order shown. */
async function positions(page, list, ending) {
  const names = await page.locator('[name^="' + list + '["][name$="]' + ending + '"]')
    .evaluateAll(els => els.map(e => e.name));
  return names.map(n => Number(n.slice(list.length + 1, n.indexOf(']', list.length))));
}

for (const js of [true, false]) {
  const mode = js ? 'js' : 'nojs';
  const id = 'ahmed-' + mode;
  const context = await browser.newContext({ javaScriptEnabled: js,
    viewport: { width: WIDTHS[0][0], height: WIDTHS[0][1] } });
  context.setDefaultTimeout(15000);

  await step(`[${mode}] change a statement, save, reload: the change is in the file`, async () => {
    const page = await context.newPage();
    await page.goto(base + '/formulations/' + id);
    // Each mode has its own file, so the same words serve both (and read well in a picture).
    const words = 'Amira says mornings feel easier since the walking bus started.';
    await field(page, 'presenting[0].statement').fill(words);
    await shots(page, mode + '-1-statement-typed', '[id="presenting[0]"]');
    await save(page);
    await shots(page, mode + '-2-statement-saved');
    equal(onDisk(id).presenting[0].statement, words, 'the statement in the file');
    await page.reload();
    equal(await field(page, 'presenting[0].statement').inputValue(), words,
      'the statement after a reload');
    await page.close();
  });

  await step(`[${mode}] add a factor, link it, remove one, reorder: each in the file`,
    async () => {
      const page = await context.newPage();
      await page.goto(base + '/formulations/' + id);
      const before = onDisk(id);
      // Add a perpetuating factor and link it to the first presenting issue, by its words.
      const checked = js ? page.waitForResponse(r => r.url().endsWith('/check')) : null;
      await press(page, page.locator('button[name="_op"][value="add perpetuating"]'));
      const added = (await positions(page, 'perpetuating', '.statement')).at(-1);
      const at = 'perpetuating[' + added + ']';
      if (js) {
        await checked;
        await page.waitForTimeout(300);
      }
      equal(await page.locator('[id="' + at + '"] .finding').allInnerTexts(), [],
        'what the new, untouched factor shows');
      const words = 'Nobody at school knows which mornings are hard for Sara.';
      await field(page, at + '.statement').fill(words);
      const presenting = before.presenting[0].statement.slice(0, 30);
      await page.locator('fieldset[id="' + at + '.explains"] label',
        { hasText: presenting }).click();
      await shots(page, mode + '-3-factor-added', '[id="' + at + '"]');
      await save(page);
      let file = onDisk(id);
      equal(file.perpetuating.length, before.perpetuating.length + 1, 'perpetuating factors');
      const factor = file.perpetuating.at(-1);
      equal(factor.statement, words, 'the new factor in the file');
      equal(factor.explains, [before.presenting[0].id], 'what the new factor explains');
      check(!before.perpetuating.some(f => f.id === factor.id), 'the new factor has an id of'
        + ' its own: ' + factor.id);

      // Remove the first protective factor.
      const gone = file.protective[0];
      const first = (await positions(page, 'protective', '.statement'))[0];
      await press(page, page.locator('button[name="_op"][value="remove protective['
        + first + ']"]'));
      await shots(page, mode + '-4-factor-removed', '[id="protective"]');
      await save(page);
      file = onDisk(id);
      equal(file.protective.map(f => f.statement),
        before.protective.slice(1).map(f => f.statement), 'protective factors after removing');
      check(!JSON.stringify(file).includes(gone.statement), 'the removed factor is gone');

      // Move the first perpetuating factor down.
      const order = await positions(page, 'perpetuating', '.statement');
      await press(page, page.locator('button[name="_op"][value="down perpetuating['
        + order[0] + ']"]'));
      await shots(page, mode + '-5-factor-moved', '[id="perpetuating"]');
      await save(page);
      const moved = onDisk(id).perpetuating.map(f => f.id);
      const expected = file.perpetuating.map(f => f.id);
      [expected[0], expected[1]] = [expected[1], expected[0]];
      equal(moved, expected, 'perpetuating factors after moving the first down');
      await page.close();
    });

  await step(`[${mode}] two tabs, one conflict, nothing lost`, async () => {
    const a = await context.newPage();
    const b = await context.newPage();
    await a.goto(base + '/formulations/' + id);
    await b.goto(base + '/formulations/' + id);
    await field(a, 'title').fill('Saved in tab A (' + mode + ')');
    await save(a);
    equal(onDisk(id).title, 'Saved in tab A (' + mode + ')', 'the title tab A saved');
    await field(b, 'title').fill('Typed in tab B (' + mode + ')');
    await press(b, b.getByRole('button', { name: 'Save', exact: true }));
    await b.locator('#conflict').waitFor({ state: 'visible' });
    if (js) {
      check(await b.evaluate(() => document.activeElement.id) === 'error-summary',
        'the error summary has the focus');
    }
    equal(await field(b, 'title').inputValue(), 'Typed in tab B (' + mode + ')',
      'tab B keeps what was typed');
    check((await b.locator('#conflict').innerText()).includes('Saved in tab A'),
      'the conflict shows what tab A saved');
    equal(onDisk(id).title, 'Saved in tab A (' + mode + ')', 'the refused save left the file');
    await shots(b, mode + '-6-conflict', '#conflict');
    // Tab B chooses to keep its own version: now that is in the file.
    await press(b, b.locator('button[name="_op"][value="overwrite"]'));
    check(/\?saved$/.test(b.url()), 'the overwrite saved');
    equal(onDisk(id).title, 'Typed in tab B (' + mode + ')', 'the title tab B kept');
    await shots(b, mode + '-7-conflict-resolved');
    await context.close();
  });

  await step(`[${mode}] a new formulation from the template`, async () => {
    const ctx = await browser.newContext({ javaScriptEnabled: js,
      viewport: { width: WIDTHS[0][0], height: WIDTHS[0][1] } });
    ctx.setDefaultTimeout(15000);
    const page = await ctx.newPage();
    await page.goto(base + '/new');
    await shots(page, mode + '-8-new');
    const title = 'Formulation with the Begum family (' + mode + ')';
    await field(page, 'title').fill(title);
    await field(page, 'people[0].name').fill('Yusuf');
    await shots(page, mode + '-9-new-typed');
    await save(page);
    const made = decodeURIComponent(new URL(page.url()).pathname.split('/').at(-1));
    const file = onDisk(made);
    equal(file.title, title, 'the new file\'s title');
    equal(file.people[0].name, 'Yusuf', 'the new file\'s first person');
    await page.reload();
    equal(await field(page, 'title').inputValue(), title, 'the title after a reload');
    if (js) {
      const fields = await page.evaluate(() => [...new FormData(document.getElementById('editor'))]
        .filter(([k]) => !k.startsWith('_')));
      writeFileSync(path.join(args.out, 'reloaded-form.json'), JSON.stringify({ file: made,
        fields }));
    }
    await shots(page, mode + '-10-new-saved');
    await ctx.close();
  });
}

await step('a new formulation with the keyboard only; a finding comes and goes as typed',
  async () => {
    const page = await browser.newPage();
    await page.goto(base + '/new');
    await page.locator('[id="title"]').focus();
    await page.keyboard.type('Formulation with the Hughes family');
    await page.keyboard.press('Control+A');
    await page.keyboard.press('Backspace');
    await page.keyboard.press('Tab');
    const findings = page.locator('[id="title-findings"]');
    await findings.locator('li').first().waitFor({ state: 'visible', timeout: 10000 });
    check((await findings.innerText()).length > 0, 'the finding has words');
    await shots(page, 'keyboard-finding', '[id="title"]');
    await page.locator('[id="title"]').focus();
    await page.keyboard.type('Formulation with the Hughes family');
    await page.waitForFunction(() => document.getElementById('title-findings').hidden,
      null, { timeout: 10000 });
    // Enter in a text box presses the form's first button, which is Save.
    await Promise.all([page.waitForURL(/\/formulations\/[^/]+\?saved$/),
      page.keyboard.press('Enter')]);
    const made = decodeURIComponent(new URL(page.url()).pathname.split('/').at(-1));
    equal(onDisk(made).title, 'Formulation with the Hughes family', 'the title in the file');
    await page.close();
  });

await step('an event added to the chronology with the keyboard only, saved to the file',
  async () => {
    const page = await browser.newPage();
    // As after following a link to the chronology: the next Tab starts from its heading.
    await page.goto(base + '/formulations/ahmed-keys#events');
    const before = onDisk('ahmed-keys').events.length;
    await page.keyboard.press('Tab');
    equal(await page.evaluate(() => document.activeElement.textContent.trim()), 'Add an event',
      'the first Tab in the chronology');
    await Promise.all([page.waitForNavigation(), page.keyboard.press('Enter')]);
    const at = 'events[' + before + ']';
    await page.waitForFunction(name => document.activeElement
      && document.activeElement.id === name, at + '.date', { timeout: 10000 });
    await page.keyboard.type('about March 2019');
    await page.keyboard.press('Tab');
    await page.keyboard.type('Amira joined the school choir.');
    await shots(page, 'keyboard-event', '[id="' + at + '"]');
    // Back to the date, where Enter presses the form's first button: Save.
    await page.keyboard.press('Shift+Tab');
    await Promise.all([page.waitForURL(/\?saved$/), page.keyboard.press('Enter')]);
    const events = onDisk('ahmed-keys').events;
    equal(events.length, before + 1, 'events in the file');
    const made = events.findIndex(e => e.what === 'Amira joined the school choir.');
    check(made >= 0, 'the new event in the file: ' + JSON.stringify(events));
    equal(events[made].date, 'about 2019-03', 'its date in the file');
    // The chronology is in date order, on the page and in the file.
    equal(await field(page, 'events[' + made + '].date').inputValue(), 'about March 2019',
      'the date on the page after the save, as people say it');
    await page.close();
  });

await step('the caseload shows a late review first', async () => {
  const page = await browser.newPage();
  await page.goto(base + '/');
  const first = page.locator('tbody tr, .case').first();
  check((await first.innerText()).includes('The review due on'), 'the first case has a late review: '
    + await first.innerText());
  await shots(page, 'caseload');
  await page.close();
});

// Every kind of page at a phone's width: nothing wider than the screen, and axe-core (WCAG 2.2
// AA) finds nothing, as laid out at that width.
const axeSource = require('axe-core').source;
await step('every page at 390 pixels wide: no sideways scrolling, no axe violation', async () => {
  const context = await browser.newContext({ viewport: { width: 390, height: 844 },
    bypassCSP: true });
  const page = await context.newPage();
  const pages = [['caseload', '/'], ['editor', '/formulations/school-avoidance-ahmed'],
    ['new', '/new'], ['supervision', '/formulations/young-carer-kowalski/supervision']];
  const problems = [];
  async function look(name) {
    const width = await page.evaluate(() => document.documentElement.scrollWidth);
    if (width > 390) {
      const wide = await page.evaluate(() => [...document.querySelectorAll('body *')]
        .filter(e => e.getBoundingClientRect().right > 391).slice(0, 5)
        .map(e => e.tagName + (e.id ? '#' + e.id : '') + '.' + e.className));
      problems.push(name + ' is ' + width + ' pixels wide: ' + wide.join(', '));
    }
    await page.addScriptTag({ content: axeSource });
    const result = await page.evaluate(() => window.axe.run(document, { runOnly: { type: 'tag',
      values: ['wcag2a', 'wcag2aa', 'wcag21a', 'wcag21aa', 'wcag22aa'] } }));
    result.violations.forEach(v => problems.push(name + ': ' + v.id + ' ' + v.help + ' at '
      + v.nodes.slice(0, 3).map(n => n.target.join(' ')).join('; ')));
    await page.screenshot({ path: path.join(args.out, 'phone-' + name + '.png'),
      fullPage: true });
  }
  for (const [name, address] of pages) {
    await page.goto(base + address);
    await look(name);
  }
  // The rendered documents, as downloaded: for practitioners and for the family.
  for (const audience of ['practitioner', 'family']) {
    const r = await context.request.get(base + '/formulations/school-avoidance-ahmed/download'
      + '?format=html&audience=' + audience);
    check(r.ok(), 'the HTML download answers ' + r.status());
    await page.setContent(await r.text());
    await look('rendered-' + audience);
  }
  await context.close();
  equal(problems, [], 'problems at 390 pixels wide');
});

await browser.close();
process.exit(failed ? 1 : 0);
