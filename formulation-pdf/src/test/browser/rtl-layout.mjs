// Where Chromium lays out the headings and the pictures' words of right-to-left pages, and what
// it prints at the foot of their pages, driven with playwright-core (Debian's Chromium, no
// browser download). Run by RightToLeftDocumentsTest:
//
//   node rtl-layout.mjs --browser /usr/bin/chromium --out DIR page.html...
//
// For each page NAME.html it writes DIR/NAME.pdf (Chromium's print of it, A4, with the page's
// own @page rules) and DIR/NAME.png (a screenshot at 1280 pixels wide), and for all of them
// DIR/layout.json: per page, each h1 to h3 with its direction, the edges of its content box,
// and each of its words with the edges where it is drawn; and each picture's words with the
// edges of the word and of its picture. The Java side judges them. Exit status 0 when it ran,
// 2 when it could not.

import { createRequire } from 'node:module';
import { mkdirSync, writeFileSync } from 'node:fs';
import path from 'node:path';
import { pathToFileURL } from 'node:url';

const argv = process.argv.slice(2);
const args = {};
const pages = [];
for (let i = 0; i < argv.length; i++) {
  if (argv[i].startsWith('--')) {
    args[argv[i].slice(2)] = argv[++i];
  } else {
    pages.push(argv[i]);
  }
}
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

/** Runs in the page: the headings' and the pictures' words and where they are drawn. */
const MEASURE = () => {
  const edges = (r) => ({ left: r.left, right: r.right, top: r.top, bottom: r.bottom });
  // Each word (a run of characters between spaces) of an element's text, with its box.
  const words = (element) => {
    const found = [];
    const walker = document.createTreeWalker(element, NodeFilter.SHOW_TEXT);
    for (let node = walker.nextNode(); node; node = walker.nextNode()) {
      // Letters, marks and digits (with an apostrophe or hyphen inside a word): punctuation
      // beside a word goes where the paragraph's direction puts it, apart from the word.
      const re = /[\p{L}\p{M}\p{N}]+(?:['\u2019-][\p{L}\p{M}\p{N}]+)*/gu;
      for (let m = re.exec(node.data); m; m = re.exec(node.data)) {
        const range = document.createRange();
        range.setStart(node, m.index);
        range.setEnd(node, m.index + m[0].length);
        const r = range.getBoundingClientRect();
        if (r.width > 0) found.push({ text: m[0], ...edges(r) });
      }
    }
    return found;
  };
  const headings = [...document.querySelectorAll('h1, h2, h3')]
    .filter((h) => h.getClientRects().length > 0)
    .map((h) => {
      const style = getComputedStyle(h);
      const box = h.getBoundingClientRect();
      return {
        tag: h.localName, text: h.textContent.trim().replace(/\s+/g, ' '),
        direction: style.direction, textAlign: style.textAlign,
        isolated: h.children.length === 1 && h.children[0].getAttribute('dir') === 'auto'
          && h.children[0].textContent === h.textContent,
        contentLeft: box.left + parseFloat(style.paddingLeft),
        contentRight: box.right - parseFloat(style.paddingRight),
        words: words(h),
      };
    });
  const pictures = [...document.querySelectorAll('svg')].map((svg) => ({
    name: svg.getAttribute('class'), ...edges(svg.getBoundingClientRect()),
    words: [...svg.querySelectorAll('text')].map((t) => ({
      text: t.textContent, ...edges(t.getBoundingClientRect()) })),
  }));
  return { dir: document.documentElement.dir, headings, pictures };
};

const results = [];
try {
  const context = await browser.newContext({ viewport: { width: 1280, height: 900 } });
  for (const file of pages) {
    const name = path.basename(file, '.html');
    const page = await context.newPage();
    await page.goto(pathToFileURL(path.resolve(file)).href);
    results.push({ page: name, ...(await page.evaluate(MEASURE)) });
    await page.screenshot({ path: path.join(args.out, name + '.png'), fullPage: true });
    await page.pdf({ path: path.join(args.out, name + '.pdf'), preferCSSPageSize: true,
      printBackground: true });
    await page.close();
    console.log('measured ' + name);
  }
} catch (e) {
  console.error('could not measure the pages: ' + (e && e.stack || e));
  await browser.close();
  process.exit(2);
}
await browser.close();
writeFileSync(path.join(args.out, 'layout.json'), JSON.stringify(results, null, 1));
