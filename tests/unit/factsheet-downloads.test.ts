import { describe, expect, test } from 'vitest';
import { downloadNames, firesCsv, harvestCsv } from '../../src/lib/factsheet/downloads';

const rows = (csv: string) => csv.replace(/^\uFEFF/, '').trim().split('\r\n').map((l) => l.split(';'));

describe('téléchargements d’une fiche', () => {
  test('les fichiers portent le nom du territoire, sans accent ni espace', () => {
    expect(downloadNames('Provence-Alpes-Côte d’Azur', '93').harvest).toBe('recolte-bois-provence-alpes-cote-d-azur-93.csv');
    expect(downloadNames('Allier', '03').estimates).toBe('forets-allier-03.csv');
    expect(downloadNames('France métropolitaine', 'FR').fires).toBe('incendies-france-metropolitaine.csv');
  });

  test('la récolte : une ligne par année et par usage, total compris, le secret statistique dit comme tel', () => {
    const csv = rows(harvestCsv('Allier', '03', [{ year: 2020, byUse: { BO: 512.4, BI: null, BE: 88 }, total: 901.25 }]));
    expect(csv).toHaveLength(1 + 4);
    expect(csv[1]).toEqual(['Allier', '03', '2020', 'Bois d’œuvre', '512,4', 'milliers de m³ de bois rond sur écorce', 'non', 'Agreste (SSP, ministère de l’Agriculture), enquête annuelle « Exploitations forestières »']);
    expect(csv[2]?.slice(3, 7)).toEqual(['Bois d’industrie', '', 'milliers de m³ de bois rond sur écorce', 'oui']);
    expect(csv[4]?.slice(3, 5)).toEqual(['Total commercialisé', '901,25']);
  });

  test('les incendies : chaque année de la couverture, zéros compris, avec la réserve de couverture', () => {
    const csv = rows(firesCsv('Allier', '03', { from: 2006, to: 2007, mediterranean: false, years: [{ year: 2006, fires: 0, burntHa: 0, forestHa: 0 }, { year: 2007, fires: 3, burntHa: 12.5, forestHa: 4.25 }] }));
    expect(csv.map((l) => l.slice(2, 6))).toEqual([['Année', 'Nombre de feux', 'Surface parcourue (ha)', 'Dont forêt (ha)'], ['2006', '0', '0', '0'], ['2007', '3', '12,5', '4,25']]);
    expect(csv[1]?.[7]).toContain('depuis 2006');
  });

  test('avant 1996, la surface de forêt non distinguée par la BDIFF reste vide, pas zéro', () => {
    const csv = rows(firesCsv('Var', '83', { from: 1995, to: 1996, mediterranean: true, years: [{ year: 1995, fires: 40, burntHa: 300, forestHa: null }, { year: 1996, fires: 30, burntHa: 100, forestHa: 60 }] }));
    expect(csv.slice(1).map((l) => l.slice(2, 6))).toEqual([['1995', '40', '300', ''], ['1996', '30', '100', '60']]);
    expect(csv[1]?.[7]).toContain('distinguée depuis 1996');
  });
});
