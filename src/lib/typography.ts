// French typography of the built pages: the space before « : ; ! ? % » and inside guillemets must
// not break, or a colon, a per cent sign or a closing guillemet can start a line on a phone; and the apostrophe of
// names from the sources (Côte-d'Or, Pin d'Alep) is the typographic one. Authors type ordinary
// spaces; src/middleware.ts passes every HTML page through frenchSpacing at build time, and the
// layout's script (keepFrenchSpacing) does the same for text the browser scripts write.

/** No-break space, before a colon (Imprimerie nationale). */
const NBSP = '\u00a0';
/** Narrow no-break space, before ; ! ? and inside « ». */
const NNBSP = '\u202f';

// Parts of the markup whose text is not prose: comments, scripts, styles, code, and the tags
// themselves (attributes may hold quotes, hence the quoted-value alternatives).
const NOT_PROSE =
  /(<!--[\s\S]*?-->|<(script|style|pre|code|textarea)\b[\s\S]*?<\/\2\s*>|<(?:[^>"']|"[^"]*"|'[^']*')*>)/i;

/**
 * One run of prose: ordinary spaces (one or more, line breaks included) made unbreakable, and a
 * straight apostrophe between two letters made typographic.
 */
export function frenchSpacingText(text: string): string {
  return text
    // In built HTML, Astro writes the apostrophe of a value as &#39;.
    .replace(/(\p{L})(?:'|&#39;|&#x27;|&apos;)(?=\p{L})/gu, '$1’')
    .replace(/[ \t\r\n]+:/g, `${NBSP}:`)
    // « 95 % » must not break between the number and its sign either.
    .replace(/(\d)[ \t\r\n]+%/g, `$1${NNBSP}%`)
    .replace(/[ \t\r\n]+([;!?»])/g, `${NNBSP}$1`)
    .replace(/«[ \t\r\n]+/g, `«${NNBSP}`);
}

/** An HTML page with French spacing in its prose; tags, attributes, scripts and code untouched. */
export function frenchSpacing(html: string): string {
  const parts = html.split(NOT_PROSE);
  let out = '';
  // split() with capture groups interleaves: text, whole match, tag-name group (or undefined), text…
  for (let i = 0; i < parts.length; i += 3) {
    out += frenchSpacingText(parts[i]!);
    if (i + 1 < parts.length) out += parts[i + 1]!;
  }
  return out;
}

/** Elements whose text is not prose, in the browser as in frenchSpacing above. */
const NOT_PROSE_ELEMENTS = 'script, style, pre, code, textarea';

function fixText(node: Text): void {
  if (node.parentElement?.closest(NOT_PROSE_ELEMENTS)) return;
  const fixed = frenchSpacingText(node.data);
  // Only a real change is written back, so the observer's own edit does not loop.
  if (fixed !== node.data) node.data = fixed;
}

function fixTree(node: Node): void {
  if (node.nodeType === Node.TEXT_NODE) return fixText(node as Text);
  const walker = document.createTreeWalker(node, NodeFilter.SHOW_TEXT);
  for (let text = walker.nextNode(); text; text = walker.nextNode()) fixText(text as Text);
}

/**
 * The same spacing for text that scripts write after load (map legend, explorer tables, catalogue
 * results), which the build never sees: every text added or changed under `root` is fixed.
 */
export function keepFrenchSpacing(root: Node): void {
  fixTree(root);
  new MutationObserver((records) => {
    for (const record of records) {
      if (record.type === 'characterData') fixTree(record.target);
      else record.addedNodes.forEach(fixTree);
    }
  }).observe(root, { childList: true, characterData: true, subtree: true });
}
