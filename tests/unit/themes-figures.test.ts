// Tables and notes of the thematic figures as a reader compares them: the same estimate printed the
// same way in two articles, the mortality note saying what the latest window leaves out, and no
// zero-width interval printed for a figure calibrated on a published area.
import { describe, expect, it } from 'vitest';
import { attenuationFigures } from '../../src/components/themes/figuresAttenuation.ts';
import { boisFigures } from '../../src/components/themes/figuresBois.ts';
import { foretFigures } from '../../src/components/themes/figuresForet.ts';
import { santeFigures } from '../../src/components/themes/figuresSante.ts';
import { attenuationFixture, boisFixture, est, foretFixture, santeFixture } from './fixtures/themes.ts';

const plain = (s: string) => s.replaceAll('\u202f', ' ');
const cellOf = (rows: string[][], label: RegExp, column: number) => plain(rows.find((r) => label.test(r[0]!))![column]!);

describe('tableaux des flux', () => {
  it('écrivent la même production de la même façon dans « Ressources en bois » et dans « Atténuation », sans chiffre au mètre cube près', () => {
    const production = est(93_456_323, 1_500_000, 'm³/an');
    const bois = boisFigures({ ...boisFixture(), production }).flux!().table.rows;
    const attenuation = attenuationFigures({ ...attenuationFixture(), production }).puits!().table.rows;
    expect(cellOf(bois, /^Production/, 2)).toBe('93 500 000');
    expect(cellOf(attenuation, /^Production/, 1)).toBe('93 500 000');
    // The harvest, a mean of five surveys, and the balance are rounded the same way.
    const significantDigits = (cell: string) => cell.replace(/[^\d]/g, '').replace(/0+$/, '').length;
    for (const row of attenuation) for (const cell of row.slice(1)) expect(significantDigits(cell), `${row[0]} : ${cell}`).toBeLessThanOrEqual(3);
  });
});

describe('mortalité nationale', () => {
  it('dit que la dernière période ne compte que les chablis vivants de 2019, et de combien elle en est abaissée', () => {
    const note = santeFigures(santeFixture()).mortaliteNationale!().note!;
    expect(plain(note)).toContain('En 2019, seuls les chablis encore vivants ont été relevés : la mortalité de 2015–2019 en est abaissée, de l’ordre de 2 %.');
    const without = santeFigures({ ...santeFixture(), liveChablis: null }).mortaliteNationale!().note!;
    expect(without).not.toContain('chablis encore vivants');
  });
});

describe('grandes régions écologiques', () => {
  it('ne donne pas d’intervalle « 64,3 à 64,3 » au taux de boisement d’une région calée sur la surface publiée', () => {
    const d = foretFixture();
    d.greco[0]!.rate = est(64.3, 0, '%');
    const rows = foretFigures(d).greco!().table.rows;
    expect(rows.find((r) => r[1] === '64,3')![2]).toBe('sans intervalle : surface publiée par l’IGN');
    expect(rows.find((r) => r[1] !== '64,3')![2]).toMatch(/^\d+,\d à \d+,\d$/);
  });
});
