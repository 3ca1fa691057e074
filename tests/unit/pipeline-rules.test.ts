// Pure rules of the data pipeline: projection and areas in Lambert-93, the split of the grouped
// Île-de-France code, species codes, diameter classes, and the manifest's shape checks.
import { describe, expect, it } from 'vitest';
import { classeDiametre, dimension } from '../../scripts/tables/arbres.ts';
import { buildEspeces, fixEspar, fixName, groupeOf } from '../../scripts/tables/especes.ts';
import { locatePlots, padDep } from '../../scripts/tables/placettes.ts';
import { parseCsvLine } from '../../scripts/tables/territoires.ts';
import { area, contains, distance, l93ToLonLat, locate, lonLatToL93, type MultiPolygon } from '../../scripts/lib/geo.ts';
import { checkShape } from '../../scripts/lib/mirror.ts';
import { csvShape } from '../../scripts/lib/csvShape.ts';
import { PipelineError } from '../../scripts/lib/errors.ts';

const square = (x0: number, y0: number, side: number): [number, number][] => [
  [x0, y0],
  [x0 + side, y0],
  [x0 + side, y0 + side],
  [x0, y0 + side],
  [x0, y0],
];

describe('géométrie Lambert-93', () => {
  it("place l'origine de la projection (3° E, 46,5° N) en (700 000 ; 6 600 000)", () => {
    const [x, y] = lonLatToL93(3, 46.5);
    expect(x).toBeCloseTo(700_000, 3);
    expect(y).toBeCloseTo(6_600_000, 3);
    const [lon, lat] = l93ToLonLat(x, y);
    expect(lon).toBeCloseTo(3, 9);
    expect(lat).toBeCloseTo(46.5, 9);
  });

  it('calcule la surface par la formule du lacet, trous déduits, quel que soit le sens des anneaux', () => {
    const outer = square(0, 0, 1000); // 1 km² = 100 ha
    const hole = square(100, 100, 100).reverse();
    expect(area([[outer]])).toBe(1_000_000);
    expect(area([[outer.slice().reverse()]])).toBe(1_000_000);
    expect(area([[outer, hole]])).toBe(990_000);
    expect(area([[outer], [square(5000, 0, 10)]])).toBe(1_000_100);
  });

  it('teste l’appartenance d’un point à un polygone troué et la distance au bord', () => {
    const mp: MultiPolygon = [[square(0, 0, 100), square(40, 40, 20)]];
    expect(contains(mp, 10, 10)).toBe(true);
    expect(contains(mp, 50, 50)).toBe(false); // dans le trou
    expect(contains(mp, 150, 50)).toBe(false);
    expect(distance(mp, 150, 50)).toBeCloseTo(50, 9);
    expect(distance(mp, 10, 10)).toBe(0);
  });
});

describe("répartition du code groupé '75' (Île-de-France)", () => {
  // Two synthetic départements side by side, in Lambert-93 metres.
  const zones = [
    { code: '78', shape: [[square(600_000, 6_850_000, 10_000)]] as MultiPolygon },
    { code: '91', shape: [[square(610_000, 6_850_000, 10_000)]] as MultiPolygon },
  ];

  it('affecte un point du groupe au département qui le contient', () => {
    const [p] = locatePlots([{ idp: 1, xl93: 615_000, yl93: 6_855_000, dep_ifn: '75' }], zones);
    expect(p).toMatchObject({ dep: '91', grouped: true, outside_m: 0 });
  });

  it('affecte un point flouté hors de tout contour au département le plus proche du groupe', () => {
    const [p] = locatePlots([{ idp: 2, xl93: 599_990, yl93: 6_855_000, dep_ifn: '75' }], zones);
    expect(p!.dep).toBe('78');
    expect(p!.outside_m).toBeCloseTo(10, 6);
  });

  it('laisse les autres départements tels que publiés, même si le point est dans un contour du groupe', () => {
    const [p] = locatePlots([{ idp: 3, xl93: 615_000, yl93: 6_855_000, dep_ifn: '77' }], zones);
    expect(p).toMatchObject({ dep: '77', grouped: false });
  });

  it('locate renvoie le premier contour qui contient le point', () => {
    expect(locate(zones, 605_000, 6_851_000)).toEqual({ code: '78', distance: 0 });
  });

  it("complète les départements à deux caractères sans toucher à la Corse", () => {
    expect(['1', '9', '10', '2A', '2B'].map(padDep)).toEqual(['01', '09', '10', '2A', '2B']);
  });
});

describe('espèces', () => {
  it('répare les codes abîmés par un tableur dans espar-cdref13.csv', () => {
    expect(fixEspar('2')).toBe('02');
    expect(fixEspar('9')).toBe('09');
    expect(fixEspar('2500000')).toBe('25E5');
    expect(fixEspar('25000')).toBe('25E3');
    expect(fixEspar('17c')).toBe('17C');
    expect(fixEspar('61')).toBe('61');
  });

  it('classe feuillus (02–49) et résineux (51 et plus)', () => {
    expect(groupeOf('02')).toBe('feuillu');
    expect(groupeOf('49SN')).toBe('feuillu');
    expect(groupeOf('51')).toBe('resineux');
    expect(groupeOf('68CE')).toBe('resineux');
  });

  it('répare le « œ » perdu par une conversion de caractères', () => {
    expect(fixName('Poirier à feuilles en c\u009cur')).toBe('Poirier à feuilles en cœur');
  });

  it('réunit espar-cdref13 et les listes de codes, les noms accentués gagnant', () => {
    const cdref = '\uFEFF// espar;lib_espar;cd_ref;lib_cdref\n2;Chêne pédonculé;139596;Quercus robur\n2500000;Saule à cinq étamines;120163;Salix pentandra\n';
    const doc = 'donnee;code;libelle\nESPAR;02;Chene pedoncule\nESPAR;29AF;Autre feuillu\nCSA;1;Foret fermee\n';
    const especes = buildEspeces(cdref.replace(/^\uFEFF/, ''), [doc]);
    expect(especes).toEqual([
      { espar: '02', nom_fr: 'Chêne pédonculé', nom_latin: 'Quercus robur', cd_ref: 139596, groupe: 'feuillu' },
      { espar: '25E5', nom_fr: 'Saule à cinq étamines', nom_latin: 'Salix pentandra', cd_ref: 120163, groupe: 'feuillu' },
      { espar: '29AF', nom_fr: 'Autre feuillu', nom_latin: null, cd_ref: null, groupe: 'feuillu' },
    ]);
  });

  it('refuse un identifiant TAXREF illisible en nommant la ligne', () => {
    const cdref = '// espar;lib_espar;cd_ref;lib_cdref\n61;Sapin;79319;Abies alba\n62;Épicéa;x;Picea abies\n';
    expect(() => buildEspeces(cdref, [])).toThrow(/colonne « cd_ref », ligne 3/);
  });
});

describe('classes de diamètre', () => {
  it('range un arbre dans la classe de 5 cm centrée sur son diamètre', () => {
    expect(classeDiametre(7.6)).toBe('10');
    expect(classeDiametre(12.49)).toBe('10');
    expect(classeDiametre(12.5)).toBe('15');
    expect(classeDiametre(67.4)).toBe('65');
  });

  it('donne les catégories petit, moyen, gros et très gros bois', () => {
    expect([10, 22.4, 22.5, 47.5, 67.5, 120].map(dimension)).toEqual(['PB', 'PB', 'MB', 'GB', 'TGB', 'TGB']);
  });
});

describe('forme des fichiers sources', () => {
  it("lit l'en-tête et compte les lignes, BOM et guillemets retirés", () => {
    expect(csvShape('\uFEFF"idp";"a"\r\n"1";2\r\n"3";4\r\n\r\n')).toEqual({ delimiter: ';', columns: ['idp', 'a'], rows: 2 });
    expect(csvShape('codeser,NomSER\nA11,"Ouest, Bretagne"\n')).toMatchObject({ delimiter: ',', rows: 1 });
  });

  it('signale une colonne renommée avec son ancien et son nouveau nom', () => {
    const expected = { delimiter: ';' as const, columns: ['idp', 'espar', 'c13'], rows: 2 };
    const actual = { delimiter: ';' as const, columns: ['idp', 'esp', 'c13'], rows: 2 };
    const err = (() => {
      try {
        checkShape(expected, actual, 'ifn/annual/2019-fr.zip › arbres_foret_2019.csv');
      } catch (e) {
        return e as PipelineError;
      }
      return null;
    })();
    expect(err).toBeInstanceOf(PipelineError);
    expect(err!.message).toMatch(/Colonne attendue absente \(colonne inattendue trouvée : « esp »/);
    expect(err!.where).toMatchObject({ column: 'espar', line: 1 });
  });

  it('signale un nombre de lignes différent de celui du manifeste', () => {
    expect(() => checkShape({ delimiter: ';', columns: ['a'], rows: 3 }, { delimiter: ';', columns: ['a'], rows: 2 }, 'x.csv')).toThrow(
      /2 au lieu de 3/,
    );
  });

  it('découpe une ligne CSV dont un nom contient une virgule', () => {
    expect(parseCsvLine('"B23","Pays de la Loire, nord","B",123.4')).toEqual(['B23', 'Pays de la Loire, nord', 'B', '123.4']);
  });
});
