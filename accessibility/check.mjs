// Checks HTML pages for accessibility with axe-core in headless Chromium, and takes a full-page
// screenshot of each.
//
//   node check.mjs --browser /usr/bin/chromium --out DIR page.html...
//
// For each page it writes DIR/NAME.png and, for all of them, DIR/results.json: per page the
// violations (rule, impact, help, and each element's selector), what axe could not decide
// ("review"), how many rules passed, and the page's title and length of text. Text in SVG pictures, which axe cannot judge, has its
// contrast measured here instead (svg-text-contrast). It prints a line per page, and every
// violation in full. Exit status: 0 when no page has a violation or anything to review, 1 when
// one has, 2 when the check itself could not run.
//
// Chromium is driven over the DevTools protocol on a pipe (--remote-debugging-pipe): no port to
// find or fight over, and no driver to install beside the browser. The only package is axe-core.

import { spawn } from 'node:child_process';
import { mkdirSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { pathToFileURL } from 'node:url';

/** The WCAG 2.2 AA rules: the A and AA rules of 2.0, 2.1 and 2.2. */
const TAGS = ['wcag2a', 'wcag2aa', 'wcag21a', 'wcag21aa', 'wcag22aa'];
/** Desktop width; the pages are also read on phones, but one width is enough for the rules. */
const VIEWPORT = { width: 1280, height: 900 };
/**
 * Runs in the page: the contrast of each text in an SVG picture against what is drawn under it.
 * axe leaves such text "to review" (it cannot tell what is behind it), so this measures it the
 * way axe measures HTML text: the text's fill against the first filled shape or background
 * beneath its middle, at 4.5:1, or 3:1 for large text (24px, or 18.66px bold).
 */
const SVG_TEXT_CONTRAST = `(() => {
  const rgba = (css) => {
    const m = /^rgba?\\(([^)]+)\\)$/.exec(css);
    if (!m) return null;
    const [r, g, b, a = 1] = m[1].split(/[ ,\\/]+/).filter(Boolean).map(Number);
    return a === 0 ? null : [r, g, b, a];
  };
  const onWhite = ([r, g, b, a]) => [r, g, b].map((c) => c * a + 255 * (1 - a));
  const luminance = (rgb) => rgb.map((c) => c / 255)
    .map((c) => (c <= 0.03928 ? c / 12.92 : ((c + 0.055) / 1.055) ** 2.4))
    .reduce((sum, c, i) => sum + c * [0.2126, 0.7152, 0.0722][i], 0);
  const violations = [];
  let checked = 0;
  const texts = [...document.querySelectorAll('svg text')].filter((t) => t.textContent.trim());
  for (const [index, text] of texts.entries()) {
    text.scrollIntoView({ block: 'center', inline: 'center' });
    const box = text.getBoundingClientRect();
    const stack = document.elementsFromPoint(box.left + box.width / 2, box.top + box.height / 2);
    let background = [255, 255, 255, 1];
    for (const e of stack.slice(stack.indexOf(text) + 1)) {
      // Of the shapes in a picture, only those with an inside can be behind text; a line's
      // fill is black by default but never painted.
      const shape = ['rect', 'circle', 'ellipse', 'polygon', 'path'].includes(e.localName);
      const paint = e instanceof SVGElement && e.localName !== 'svg'
        ? (shape ? rgba(getComputedStyle(e).fill) : null)
        : rgba(getComputedStyle(e).backgroundColor);
      if (paint) {
        background = paint;
        break;
      }
    }
    const style = getComputedStyle(text);
    const fill = rgba(style.fill);
    if (!fill) continue;
    const size = parseFloat(style.fontSize);
    const large = size >= 24 || (Number(style.fontWeight) >= 700 && size >= 18.66);
    const [l1, l2] = [luminance(onWhite(fill)), luminance(onWhite(background))].sort((a, b) => b - a);
    const ratio = (l1 + 0.05) / (l2 + 0.05);
    checked++;
    if (ratio < (large ? 3 : 4.5)) {
      const svg = text.ownerSVGElement;
      violations.push({
        target: (svg.classList.length ? 'svg.' + [...svg.classList].join('.') : 'svg')
          + ' text:nth-of-type(' + ([...svg.querySelectorAll('text')].indexOf(text) + 1) + ')',
        summary: 'contrast ' + ratio.toFixed(2) + ':1, needs ' + (large ? 3 : 4.5) + ':1 (text '
          + style.fill + ' on ' + 'rgba(' + background.join(', ') + ')): "'
          + text.textContent.trim().slice(0, 60) + '"',
      });
    }
  }
  window.scrollTo(0, 0);
  return JSON.stringify({ checked, violations });
})()`;

/** How long one protocol call may take; generous, as the machines are often busy. */
const STEP_TIMEOUT_MS = 120_000;

function usage(message) {
  console.error(`check.mjs: ${message}`);
  console.error('usage: node check.mjs --browser PATH --out DIR page.html...');
  process.exit(2);
}

function parseArguments(argv) {
  const options = { pages: [] };
  for (let i = 0; i < argv.length; i++) {
    const a = argv[i];
    if (a === '--browser' || a === '--out') {
      if (i + 1 >= argv.length) usage(`${a} needs a value`);
      options[a.slice(2)] = argv[++i];
    } else if (a.startsWith('--')) {
      usage(`unknown option ${a}`);
    } else {
      options.pages.push(a);
    }
  }
  if (!options.browser) usage('--browser is missing');
  if (!options.out) usage('--out is missing');
  if (options.pages.length === 0) usage('no pages to check');
  return options;
}

/** A Chromium process and its DevTools connection over file descriptors 3 (in) and 4 (out). */
class Browser {
  constructor(executable) {
    this.profile = mkdtempSync(path.join(tmpdir(), 'sixps-chromium-'));
    this.nextId = 1;
    this.pending = new Map();
    this.listeners = [];
    this.log = [];
    this.child = spawn(executable, [
      '--headless',
      '--no-sandbox',
      '--disable-gpu',
      // The machines have no network but the package registries: Chromium's own connections
      // would only fail, many at a time.
      '--disable-background-networking',
      '--disable-component-update',
      '--disable-sync',
      '--disable-quic',
      '--disable-extensions',
      '--no-first-run',
      '--no-default-browser-check',
      '--hide-scrollbars',
      '--mute-audio',
      `--user-data-dir=${this.profile}`,
      '--remote-debugging-pipe',
      'about:blank',
    ], {
      stdio: ['ignore', 'ignore', 'pipe', 'pipe', 'pipe'],
      // A process group of its own, so that close() can stop Chromium's helper processes too:
      // left running, they go on writing to the profile while it is being removed.
      detached: true,
    });
    this.exited = new Promise((resolve) => this.child.on('exit', (code, signal) => {
      const why = new Error(`Chromium stopped (${signal ?? `exit ${code}`}); it said:\n`
        + this.log.slice(-20).join('\n'));
      for (const { reject } of this.pending.values()) reject(why);
      this.pending.clear();
      resolve();
    }));
    this.child.on('error', (e) => {
      for (const { reject } of this.pending.values()) reject(e);
      this.pending.clear();
    });
    this.child.stderr.setEncoding('utf8');
    this.child.stderr.on('data', (text) => {
      this.log.push(...text.split('\n').filter((l) => l.trim()));
      if (this.log.length > 200) this.log.splice(0, this.log.length - 200);
    });
    let buffered = '';
    this.child.stdio[4].setEncoding('utf8');
    this.child.stdio[4].on('data', (text) => {
      buffered += text;
      let end;
      while ((end = buffered.indexOf('\0')) >= 0) {
        const message = JSON.parse(buffered.slice(0, end));
        buffered = buffered.slice(end + 1);
        this.receive(message);
      }
    });
  }

  receive(message) {
    if (message.id !== undefined) {
      const call = this.pending.get(message.id);
      if (!call) return;
      this.pending.delete(message.id);
      clearTimeout(call.timer);
      if (message.error) {
        call.reject(new Error(`${call.method}: ${message.error.message}`));
      } else {
        call.resolve(message.result);
      }
      return;
    }
    for (const l of [...this.listeners]) {
      if (l.method === message.method && l.sessionId === message.sessionId) l.handle(message.params);
    }
  }

  /** Sends one protocol command, to the browser or to one page's session. */
  send(method, params = {}, sessionId = undefined) {
    const id = this.nextId++;
    return new Promise((resolve, reject) => {
      const timer = setTimeout(() => {
        this.pending.delete(id);
        reject(new Error(`${method} took more than ${STEP_TIMEOUT_MS / 1000} s`));
      }, STEP_TIMEOUT_MS);
      this.pending.set(id, { method, resolve, reject, timer });
      this.child.stdio[3].write(JSON.stringify({ id, method, params, sessionId }) + '\0');
    });
  }

  /** Resolves on the next event of this name from this session. */
  next(method, sessionId) {
    return new Promise((resolve, reject) => {
      const listener = { method, sessionId };
      const timer = setTimeout(() => {
        this.listeners = this.listeners.filter((l) => l !== listener);
        reject(new Error(`no ${method} within ${STEP_TIMEOUT_MS / 1000} s`));
      }, STEP_TIMEOUT_MS);
      listener.handle = (params) => {
        clearTimeout(timer);
        this.listeners = this.listeners.filter((l) => l !== listener);
        resolve(params);
      };
      this.listeners.push(listener);
    });
  }

  async close() {
    try {
      await Promise.race([this.send('Browser.close'), this.exited]);
    } catch {
      // Closing a browser that has already gone is not an error.
    }
    if (this.child.exitCode === null && this.child.signalCode === null) {
      this.child.kill('SIGKILL');
    }
    await this.exited;
    try {
      process.kill(-this.child.pid, 'SIGKILL');
    } catch {
      // The group has gone already.
    }
    // A helper can still be writing for a moment as it stops; rmSync retries then (ENOTEMPTY,
    // EBUSY). A profile that cannot be removed even so is not a finding about the pages: it is
    // reported, and the check's result stands.
    try {
      rmSync(this.profile, { recursive: true, force: true, maxRetries: 10, retryDelay: 200 });
    } catch (e) {
      process.stderr.write(`check.mjs: the browser's profile ${this.profile} was left behind`
        + ` (${e.code ?? e.message}); remove it by hand\n`);
    }
  }
}

/** Evaluates an expression in the page; fails with the page's own message if it throws. */
async function evaluate(browser, sessionId, expression, awaitPromise = false) {
  const { result, exceptionDetails } = await browser.send('Runtime.evaluate',
    { expression, awaitPromise, returnByValue: true }, sessionId);
  if (exceptionDetails) {
    throw new Error(`in the page: ${exceptionDetails.exception?.description ?? exceptionDetails.text}`);
  }
  return result.value;
}

/** Opens one page in a new tab, runs axe over it, takes its screenshot and closes the tab. */
async function checkPage(browser, axeSource, file, outDir) {
  const name = path.basename(file, path.extname(file));
  const { targetId } = await browser.send('Target.createTarget', { url: 'about:blank' });
  const { sessionId } = await browser.send('Target.attachToTarget', { targetId, flatten: true });
  try {
    await browser.send('Page.enable', {}, sessionId);
    // Should a page forbid scripts with a content security policy, axe must still run.
    await browser.send('Page.setBypassCSP', { enabled: true }, sessionId);
    await browser.send('Emulation.setDeviceMetricsOverride',
      { ...VIEWPORT, deviceScaleFactor: 1, mobile: false }, sessionId);
    const loaded = browser.next('Page.loadEventFired', sessionId);
    const navigation = await browser.send('Page.navigate',
      { url: pathToFileURL(path.resolve(file)).href }, sessionId);
    if (navigation.errorText) throw new Error(`could not open ${file}: ${navigation.errorText}`);
    await loaded;

    await evaluate(browser, sessionId, axeSource);
    const axe = JSON.parse(await evaluate(browser, sessionId, `
      axe.run(document, { runOnly: { type: 'tag', values: ${JSON.stringify(TAGS)} } })
        .then((r) => {
          const rules = (results) => results.map((v) => ({
            id: v.id, impact: v.impact, help: v.help, helpUrl: v.helpUrl,
            nodes: v.nodes.map((n) => ({
              target: n.target.join(' '), html: n.html, summary: n.failureSummary,
            })),
          }));
          return JSON.stringify({ version: axe.version, passes: r.passes.length,
            title: document.title, textLength: document.body.innerText.trim().length,
            violations: rules(r.violations), incomplete: rules(r.incomplete) });
        })`, true));
    const svgText = JSON.parse(await evaluate(browser, sessionId, SVG_TEXT_CONTRAST));
    const violations = axe.violations;
    if (svgText.violations.length > 0) {
      violations.push({
        id: 'svg-text-contrast',
        impact: 'serious',
        help: 'Text in pictures must meet the minimum colour contrast (measured by check.mjs,'
          + ' as axe leaves text in SVG to review)',
        helpUrl: 'https://www.w3.org/WAI/WCAG22/Understanding/contrast-minimum.html',
        nodes: svgText.violations,
      });
    }
    // What axe could not decide must be looked at by a person, so it fails the page too; but
    // for the contrast of text in pictures, which svg-text-contrast has measured.
    const review = axe.incomplete
      .map((v) => ({ ...v, nodes: v.nodes.filter((n) => !(v.id === 'color-contrast'
        && n.html.startsWith('<text'))) }))
      .filter((v) => v.nodes.length > 0);

    const { cssContentSize } = await browser.send('Page.getLayoutMetrics', {}, sessionId);
    const { data } = await browser.send('Page.captureScreenshot', {
      format: 'png',
      captureBeyondViewport: true,
      clip: {
        x: 0, y: 0, scale: 1,
        width: Math.max(VIEWPORT.width, Math.ceil(cssContentSize.width)),
        height: Math.ceil(cssContentSize.height),
      },
    }, sessionId);
    const screenshot = path.join(outDir, `${name}.png`);
    writeFileSync(screenshot, Buffer.from(data, 'base64'));
    return {
      page: name, file, screenshot, axe: axe.version, passes: axe.passes,
      title: axe.title, textLength: axe.textLength,
      svgTexts: svgText.checked, violations, review,
    };
  } finally {
    await browser.send('Target.closeTarget', { targetId }).catch(() => {});
  }
}

function report(result) {
  if (result.violations.length === 0 && result.review.length === 0) {
    console.log(`ok   ${result.page}: no violations; ${result.passes} rules passed,`
      + ` ${result.svgTexts} texts in pictures at enough contrast`);
    return;
  }
  console.log(`FAIL ${result.page}: ${result.violations.length} rules violated,`
    + ` ${result.review.length} for a person to check`);
  const print = (v, label) => {
    console.log(`  ${v.id} (${label}): ${v.help}`);
    console.log(`    ${v.helpUrl}`);
    for (const n of v.nodes) {
      console.log(`    at ${n.target}`);
      for (const line of (n.summary ?? '').split('\n')) console.log(`       ${line}`);
    }
  };
  result.violations.forEach((v) => print(v, v.impact));
  result.review.forEach((v) => print(v, `${v.impact ?? 'impact unknown'}, axe could not decide`));
}

async function main() {
  const options = parseArguments(process.argv.slice(2));
  const require = createRequire(import.meta.url);
  let axeSource;
  try {
    axeSource = readFileSync(require.resolve('axe-core/axe.min.js'), 'utf8');
  } catch {
    console.error('check.mjs: axe-core is not installed; run "npm ci" in '
      + path.dirname(new URL(import.meta.url).pathname));
    process.exit(2);
  }
  mkdirSync(options.out, { recursive: true });

  const browser = new Browser(options.browser);
  const results = [];
  try {
    for (const file of options.pages) {
      const result = await checkPage(browser, axeSource, file, options.out);
      report(result);
      results.push(result);
    }
  } finally {
    await browser.close();
  }
  writeFileSync(path.join(options.out, 'results.json'), JSON.stringify(results, null, 2));
  const failed = results.filter((r) => r.violations.length + r.review.length > 0).length;
  console.log(`axe-core ${results[0]?.axe} at ${TAGS.join(', ')}: `
    + `${results.length - failed} of ${results.length} pages without problems`);
  return failed === 0 ? 0 : 1;
}

main().then((status) => process.exit(status), (error) => {
  console.error(`check.mjs: ${error.message}`);
  process.exit(2);
});
