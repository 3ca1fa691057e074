// One printed line of the bench: the figure, and beside it the previous run's with the ratio.

export interface Figure { value: number; unit: string }

const shown = (x: number) => (Number.isInteger(x) ? String(x) : x.toFixed(2));

/** "estimation_time: 33.10 s (avant : 28 s, × 1.18)"; no comparison without a previous figure in the same unit. */
export function benchLine(name: string, figure: Figure, before?: Figure): string {
  const line = `${name}: ${shown(figure.value)} ${figure.unit}`;
  if (!before || before.unit !== figure.unit) return line;
  const ratio = before.value === 0 ? (figure.value === 0 ? '× 1.00' : 'avant : 0') : `× ${(figure.value / before.value).toFixed(2)}`;
  return `${line} (avant : ${shown(before.value)} ${before.unit}, ${ratio})`;
}
