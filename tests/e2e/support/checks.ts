// The checks the browser suites apply to every page: what a visitor would notice if it broke.
// Kept separate from the test files so that the harness itself can be tested on fixture pages.
import { existsSync, readdirSync, readFileSync, statSync } from 'node:fs';
import { join, relative } from 'node:path';
import type { Page } from 'playwright-core';
import { AxeBuilder } from '@axe-core/playwright';
import { accessibilityExceptions } from './a11y-exceptions.ts';

export interface PageReport {
  path: string;
  status: number;
  title: string;
  h1Count: number;
  consoleErrors: string[];
  /** Requests the page made to any origin other than the site's own. */
  foreignRequests: string[];
  /** Visible text where a line may break before « : ; ! ? » or inside guillemets (French typography). */
  breakablePunctuation: string[];
}

/**
 * Opens `path` and records what it did. Requests to other origins are recorded and aborted,
 * so a faulty page never reaches the network.
 */
export async function visitPage(page: Page, origin: string, path: string): Promise<PageReport> {
  const consoleErrors: string[] = [];
  const foreignRequests: string[] = [];
  page.on('console', (message) => {
    if (message.type() === 'error') consoleErrors.push(message.text());
  });
  page.on('pageerror', (error) => consoleErrors.push(error.message));
  await page.route('**/*', (route) => {
    const url = route.request().url();
    if (url.startsWith('data:') || url.startsWith('blob:') || new URL(url).origin === origin) return route.continue();
    foreignRequests.push(url);
    return route.abort('blockedbyclient');
  });
  const response = await page.goto(origin + path, { waitUntil: 'load' });
  await page.waitForLoadState('networkidle').catch(() => undefined);
  // An aborted foreign request shows up as a console error too; report it once, as a foreign request.
  const ownErrors = consoleErrors.filter((text) => !/ERR_BLOCKED_BY_CLIENT/.test(text));
  return {
    path,
    status: response?.status() ?? 0,
    title: await page.title(),
    h1Count: await page.locator('h1').count(),
    consoleErrors: ownErrors,
    foreignRequests,
    breakablePunctuation: await page.evaluate(BREAKABLE_PUNCTUATION),
  };
}

/**
 * Text nodes of the page (rendered at build time or by its script) with an ordinary space before
 * « : ; ! ? », between a number and « % », or after « «: a phone would start a line with the colon.
 * Code is not prose.
 */
const BREAKABLE_PUNCTUATION = `(() => {
  const found = [];
  const walker = document.createTreeWalker(document.body, NodeFilter.SHOW_TEXT);
  for (let node = walker.nextNode(); node; node = walker.nextNode()) {
    if (node.parentElement?.closest('script, style, pre, code, textarea')) continue;
    for (const m of node.data.matchAll(/.{0,30}(?:[ \\t\\n][:;!?»]|«[ \\t\\n]|\\d[ \\t\\n]%).{0,10}/g)) found.push(m[0]);
  }
  return found;
})()`;

/** Human-readable problems of a page report; empty when the page is fine. */
export function pageProblems(report: PageReport): string[] {
  const problems: string[] = [];
  const where = `${report.path} :`;
  if (report.status !== 200) problems.push(`${where} statut HTTP ${report.status} au lieu de 200`);
  if (report.h1Count !== 1) problems.push(`${where} ${report.h1Count} titres h1 au lieu d’un seul`);
  if (report.title.trim().length < 10) problems.push(`${where} titre de page absent ou trop court (« ${report.title} »)`);
  for (const error of report.consoleErrors) problems.push(`${where} erreur dans la console : ${error}`);
  for (const url of report.foreignRequests) problems.push(`${where} requête vers un autre site : ${url}`);
  for (const text of report.breakablePunctuation) problems.push(`${where} espace sécable devant la ponctuation : « ${text} »`);
  return problems;
}

export const wcagTags = ['wcag2a', 'wcag2aa', 'wcag21a', 'wcag21aa', 'wcag22a', 'wcag22aa'];

/** Runs axe with the WCAG 2.2 A and AA rules on the open page, minus the listed exceptions. */
export async function accessibilityProblems(page: Page, path: string): Promise<string[]> {
  const results = await new AxeBuilder({ page }).withTags(wcagTags).analyze();
  const problems: string[] = [];
  for (const violation of results.violations) {
    const nodes = violation.nodes.filter(
      (node) => !accessibilityExceptions.some((e) => e.rule === violation.id && e.applies(path, node.target.join(' '))),
    );
    if (nodes.length === 0) continue;
    const targets = nodes.slice(0, 5).map((node) => node.target.join(' ')).join(' ; ');
    problems.push(`${path} : ${violation.id} (${violation.impact}) — ${violation.help} — ${nodes.length} élément(s) : ${targets}`);
  }
  return problems;
}

function htmlFiles(dir: string): string[] {
  return readdirSync(dir, { withFileTypes: true }).flatMap((entry) => {
    const path = join(dir, entry.name);
    if (entry.isDirectory()) return htmlFiles(path);
    return entry.name.endsWith('.html') ? [path] : [];
  });
}

function resolvesToFile(root: string, pathname: string): boolean {
  const target = join(root, decodeURIComponent(pathname));
  if (!existsSync(target)) return false;
  return statSync(target).isDirectory() ? existsSync(join(target, 'index.html')) : true;
}

/** The site's own public origin, as the sitemap states it (the configured address). */
function siteOrigin(root: string): string | null {
  const index = join(root, 'sitemap-index.xml');
  if (!existsSync(index)) return null;
  const loc = /<loc>([^<]+)<\/loc>/.exec(readFileSync(index, 'utf8'))?.[1];
  return loc ? new URL(loc).origin : null;
}

/**
 * Every internal `href` and `src` of the built HTML must resolve to a built file, including
 * absolute links to the site's own address (canonical links, citations).
 * Returns one message per broken reference, naming the page and the target.
 */
export function brokenInternalLinks(root: string): string[] {
  const problems: string[] = [];
  const origin = siteOrigin(root);
  for (const file of htmlFiles(root)) {
    const page = '/' + relative(root, file).replaceAll('\\', '/');
    const html = readFileSync(file, 'utf8');
    for (const match of html.matchAll(/\s(?:href|src)=("([^"]*)"|'([^']*)')/g)) {
      const raw = (match[2] ?? match[3] ?? '').replaceAll('&amp;', '&');
      const own = origin !== null && raw.startsWith(`${origin}/`);
      if (!raw || raw.startsWith('#') || (!own && /^(?:[a-z][a-z0-9+.-]*:|\/\/)/i.test(raw))) continue;
      const url = new URL(raw, `http://site${page}`);
      if (!resolvesToFile(root, url.pathname)) problems.push(`${page} : lien interne vers ${raw} introuvable dans le site construit`);
    }
  }
  return problems;
}

/**
 * Static checks of every built page, including those the browser suites only sample (EPCI
 * factsheets): one h1, a real title, no placeholder address, and no resource (script, style, image, frame, font) loaded
 * from another origin. Links (`<a href>`) to other sites are allowed: they are not requests.
 */
export function staticPageProblems(root: string): string[] {
  const problems: string[] = [];
  for (const file of htmlFiles(root)) {
    const page = '/' + relative(root, file).replaceAll('\\', '/');
    const html = readFileSync(file, 'utf8');
    const h1 = html.match(/<h1[\s>]/g)?.length ?? 0;
    if (h1 !== 1) problems.push(`${page} : ${h1} titres h1 au lieu d’un seul`);
    const title = /<title>([^<]*)<\/title>/.exec(html)?.[1]?.trim() ?? '';
    if (title.length < 10) problems.push(`${page} : titre absent ou trop court (« ${title} »)`);
    for (const m of html.matchAll(/<(script|img|iframe|source|video|audio|embed|object)\b[^>]*\s(?:src|srcset|data)=["']?((?:https?:)?\/\/[^"'\s>]+)/gi))
      problems.push(`${page} : ressource <${m[1]}> chargée depuis un autre site : ${m[2]}`);
    // <link> loads a resource unless it only names an address (canonical, alternate).
    for (const m of html.matchAll(/<link\b[^>]*>/gi)) {
      const href = /\shref=["']?((?:https?:)?\/\/[^"'\s>]+)/i.exec(m[0])?.[1];
      if (href && !/\srel=["']?(canonical|alternate)\b/i.test(m[0])) problems.push(`${page} : ressource <link> chargée depuis un autre site : ${href}`);
    }
    // No placeholder address: an unconfigured site cites its paths, never an invented domain.
    for (const m of html.matchAll(/[\w.-]*\bexample\.(?:org|com|net)\b/gi)) problems.push(`${page} : adresse fictive « ${m[0]} »`);
    for (const m of html.matchAll(/url\(\s*["']?((?:https?:)?\/\/[^"')]+)/gi)) problems.push(`${page} : ressource CSS chargée depuis un autre site : ${m[1]}`);
  }
  return problems;
}
