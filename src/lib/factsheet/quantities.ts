// Quantities written for readers of French prose: "16,9 millions d’hectares", "487 000 ha",
// "47 %", "175 m³/ha", "2,4 millions de m³ par an", and intervals "entre 2,2 et 2,6 millions de m³".
// Rounded to what the sampling supports (three significant digits at most); tables keep more.

/** Narrow no-break space between a number and its unit, so "19 %" never breaks across lines. */
const NNBSP = '\u202f';

const nf = (digits: number) => new Intl.NumberFormat('fr-FR', { maximumFractionDigits: digits, minimumFractionDigits: 0 });

/** Rounds to `significant` significant digits. */
export function roundSignificant(value: number, significant = 3): number {
  if (value === 0 || !Number.isFinite(value)) return value;
  const magnitude = Math.floor(Math.log10(Math.abs(value)));
  const factor = 10 ** (magnitude - significant + 1);
  return Math.round(value / factor) * factor;
}

interface Scale { divisor: number; singular: string; plural: string }
const UNITS: Scale = { divisor: 1, singular: '', plural: '' };
const MILLIONS: Scale = { divisor: 1e6, singular: 'million', plural: 'millions' };
const BILLIONS: Scale = { divisor: 1e9, singular: 'milliard', plural: 'milliards' };

/** Units whose large values read better in millions or billions. */
const countable = new Set(['ha', 'm³', 'm³/an', 'tC', 't CO₂e']);

function scaleFor(value: number, unit: string): Scale {
  if (!countable.has(unit)) return UNITS;
  const abs = Math.abs(value);
  return abs >= 1e9 ? BILLIONS : abs >= 1e6 ? MILLIONS : UNITS;
}

/** Words after the number: symbol for plain numbers, "de …" after millions. */
function unitWords(unit: string, scaled: boolean): string {
  const words: Record<string, [string, string]> = {
    // [after a plain number, after "millions"]
    ha: ['ha', 'd’hectares'],
    'm³': ['m³', 'de m³'],
    'm³/an': ['m³ par an', 'de m³ par an'],
    tC: ['tonnes de carbone', 'de tonnes de carbone'],
    't CO₂e': ['tonnes d’équivalent CO₂', 'de tonnes d’équivalent CO₂'],
    'tC/ha': ['tonnes de carbone par hectare', 'tonnes de carbone par hectare'],
    '%': ['%', '%'],
    'm³/ha': ['m³/ha', 'm³/ha'],
    'm³/ha/an': ['m³/ha par an', 'm³/ha par an'],
    '%/an': ['% par an', '% par an'],
  };
  const entry = words[unit];
  return entry ? entry[scaled ? 1 : 0] : unit;
}

function digitsFor(unit: string, scaled: number): number {
  if (unit === '%' || unit === '%/an') return Math.abs(scaled) < 10 ? 1 : 0;
  if (unit === 'm³/ha/an' || unit === 'tC/ha') return 1;
  return Math.abs(scaled) < 100 ? 1 : 0;
}

function amount(value: number, scale: Scale, unit: string): string {
  const scaled = value / scale.divisor;
  const rounded = scale === UNITS && countable.has(unit) ? roundSignificant(scaled, 3) : scaled;
  return nf(digitsFor(unit, rounded)).format(scale === UNITS ? rounded : roundSignificant(rounded, 3));
}

function scaleWord(scale: Scale, reference: number): string {
  if (scale === UNITS) return '';
  return `${NNBSP}${Math.abs(reference / scale.divisor) >= 2 ? scale.plural : scale.singular}`;
}

/** A value with its unit for a sentence: "16,9 millions d’hectares", "47 %", "175 m³/ha". */
export function quantity(value: number, unit: string): string {
  const scale = scaleFor(value, unit);
  return `${amount(value, scale, unit)}${scaleWord(scale, value)}${NNBSP}${unitWords(unit, scale !== UNITS)}`;
}

/** An interval in one scale: "entre 2,2 et 2,6 millions de m³", "entre 40 et 45 %". */
export function quantityRange(lower: number, upper: number, unit: string): string {
  const scale = scaleFor(upper, unit);
  return `entre ${amount(lower, scale, unit)} et ${amount(upper, scale, unit)}${scaleWord(scale, upper)}${NNBSP}${unitWords(unit, scale !== UNITS)}`;
}
