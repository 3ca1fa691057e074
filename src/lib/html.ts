// Text written into markup by code (HTML strings of the catalogue, the explorer and the map legend;
// SVG of the maps): the one escaper. The numeric &#39; serves HTML and XML (SVG) alike.

/** The text with & < > " ' escaped, safe inside an HTML or SVG element or a quoted attribute. */
export function escapeHtml(text: string): string {
  return text.replace(/[&<>"']/g, (c) => ({ '&': '&amp;', '<': '&lt;', '>': '&gt;', '"': '&quot;', "'": '&#39;' })[c]!);
}
