// Colour-blind-safe chart palette (Okabe & Ito), defined once for build-time charts.
// The CSS custom properties --chart-1..8 in src/styles/tokens.css carry the same values.

/** Categorical colours, in the order charts should use them. */
export const chartPalette = [
  '#0072b2',
  '#e69f00',
  '#009e73',
  '#cc79a7',
  '#56b4e9',
  '#d55e00',
  '#f0e442',
  '#000000',
] as const;

/** CSS variable names matching chartPalette, so SVG charts follow the active theme. */
export const chartPaletteVars = chartPalette.map((_, i) => `var(--chart-${i + 1})`);

/** Grey used for estimates below the significance rule (« estimation trop imprécise ») or missing values. */
export const notSignificantColour = '#9aa39e';

/** Sequential scheme for choropleths (light to dark blue-green), readable by colour-blind users. */
export const sequentialScheme = ['#e6f2ec', '#b9dcc9', '#82c0a3', '#4b9f7c', '#1f7a58', '#0b5239'] as const;

/**
 * Sequential scheme for burned areas (light yellow to dark red, ColorBrewer YlOrRd, colour-blind
 * safe): a green scale would read as forest.
 */
export const fireScheme = ['#ffffb2', '#fed976', '#feb24c', '#fd8d3c', '#f03b20', '#bd0026'] as const;
