// Which years a chart over years labels: every year when there are few, else round years, sparser on a phone.

/** Tick text of a year for a series of `span` years; '' hides the tick. */
export function yearTick(span: number): (year: number, narrow: boolean) => string {
  return (year, narrow) => {
    const step = span <= (narrow ? 6 : 12) ? 1 : span <= 30 ? (narrow ? 10 : 5) : narrow ? 20 : 10;
    return year % step === 0 || step === 1 ? String(year) : '';
  };
}
