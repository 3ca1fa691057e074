// SVG snapshots that read as a diff: Plot's random class ids re-indexed in order of appearance,
// coordinates rounded to a tenth, one element per line.
export function normaliseSvg(svg: string): string {
  const ids = new Map<string, string>();
  return svg
    .replace(/\bplot-[0-9a-f]{6}\b/g, (id) => ids.get(id) ?? (ids.set(id, `plot-${ids.size}`), `plot-${ids.size - 1}`))
    .replace(/-?\d+\.\d{2,}/g, (n) => String(Math.round(Number(n) * 10) / 10))
    .replace(/></g, '>\n<');
}
