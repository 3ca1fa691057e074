// Renders an Observable Plot chart to an SVG string at build time (no browser, no JavaScript on the
// page), with linkedom standing in for the DOM.
import * as Plot from '@observablehq/plot';
import { parseHTML } from 'linkedom';
import { PLOT_STYLE } from './bars.ts';

const { document } = parseHTML('<!doctype html><html><body></body></html>');

/** French number formatting for axes and tips. */
export const frenchLocale = 'fr-FR';

/** Plot options every chart of the site shares: system font, inherited colour, French locale. */
export function renderPlot(options: Plot.PlotOptions): string {
  const chart = Plot.plot({
    style: PLOT_STYLE,
    ...options,
    document,
  } as Plot.PlotOptions);
  // role="img" makes screen readers announce the chart by its aria-label instead of reading every
  // tick. Its children are then presentational: Plot's aria-labels on inner groups ("bar", "tick")
  // would be prohibited attributes, so they are removed.
  const html = (chart as unknown as { outerHTML: string }).outerHTML;
  const rootEnd = html.indexOf('>') + 1;
  return html.slice(0, rootEnd).replace(/^<svg /, '<svg role="img" ') + html.slice(rootEnd).replace(/ aria-(label|description)="[^"]*"/g, '');
}
