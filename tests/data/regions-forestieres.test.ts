// regions-forestieres.topojson as the map's outline layer reads it: the 309 national forest
// regions, each with its code and name, inside metropolitan France, light enough for a phone.
import { readFileSync, statSync } from 'node:fs';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { feature } from 'topojson-client';
import type { GeometryCollection, Topology } from 'topojson-specification';
import { outDir } from '../../scripts/lib/paths.ts';
import { EXPECTED_REGIONS } from '../../scripts/tables/regions-forestieres.ts';

const FILE = path.join(outDir(), 'regions-forestieres.topojson');

describe('régions forestières nationales', () => {
  it(`${EXPECTED_REGIONS} régions, chacune avec un code unique et un nom, dans la métropole`, () => {
    const topology = JSON.parse(readFileSync(FILE, 'utf8')) as Topology;
    const object = topology.objects['rfn'] as GeometryCollection<{ code: string; nom: string }>;
    expect(object.geometries).toHaveLength(EXPECTED_REGIONS);
    const props = object.geometries.map((g) => g.properties as { code: string; nom: string });
    const codes = props.map((p) => p.code);
    expect(new Set(codes).size).toBe(EXPECTED_REGIONS);
    for (const p of props) expect(p.nom.length).toBeGreaterThan(2);
    const [w, s, e, n] = topology.bbox!;
    expect(w).toBeGreaterThan(-6);
    expect(e).toBeLessThan(10);
    expect(s).toBeGreaterThan(41);
    expect(n).toBeLessThan(52);
    const plateauLandais = (feature(topology, object) as unknown as { features: { properties: { nom: string } }[] }).features.filter((f) => f.properties.nom === 'PLATEAU LANDAIS');
    expect(plateauLandais).toHaveLength(1);
  });

  it('léger pour un téléphone (moins de 150 Kio non compressé)', () => {
    expect(statSync(FILE).size).toBeLessThan(150 * 1024);
  });
});
