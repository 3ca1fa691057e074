// The inventory's sampling grid, read back from the published plot coordinates.
// IGN attaches every inventory point to a node of a 1 km square grid drawn in Lambert II étendu
// (NTF, EPSG:27572) and publishes the node's coordinates, converted to Lambert-93, as the plot's
// blurred position. Converted back, 99 % of the plots of 2005–2019 fall within 3 m of a node
// (nodes at X ≡ 200 m, Y ≡ 600 m modulo 1 km). Each campaign uses one twentieth of the nodes: a
// square lattice of 4.47 km spacing spanned by (4, 2) and (−2, 4) km, shifted by (−2, −2) km from
// one campaign to the next within a five-year cycle; the lattice of the second cycle (2010 onwards)
// sits 1 km east of the first's. In 2010–2014 the south and the mountains still use the first
// cycle's lattice. See the methodology page.
import proj4 from 'proj4';
import { DESIGN } from '../../src/lib/estimation/config.ts';

const L93 =
  '+proj=lcc +lat_0=46.5 +lon_0=3 +lat_1=49 +lat_2=44 +x_0=700000 +y_0=6600000 +ellps=GRS80 +towgs84=0,0,0,0,0,0,0 +units=m +no_defs';
/** Lambert II étendu on the NTF datum (three-parameter shift, enough at the grid's 1 km scale). */
const LAMBERT_II = '+proj=lcc +lat_1=46.8 +lat_0=46.8 +lon_0=0 +k_0=0.99987742 +x_0=600000 +y_0=2200000 +a=6378249.2 +b=6356515 +towgs84=-168,-60,320,0,0,0,0 +pm=paris +units=m +no_defs';
const toLambertII = proj4(L93, LAMBERT_II);

/** The 1 km grid as read from the files. */
export const GRID = {
  /** Spacing of the nodes, in metres of Lambert II étendu. */
  stepM: 1000,
  /** Position of the nodes modulo the spacing. */
  offsetXM: 200,
  offsetYM: 600,
  /** A published position further than this from every node is not on the grid (2006–2007: about 300 plots a year). */
  toleranceM: DESIGN.gridToleranceM,
  /** Area represented by one node of a campaign lattice (one node per 20 km²), in hectares. */
  nodeAreaHa: DESIGN.nodeAreaHa,
  /** Number of interleaved sub-lattices (classes) a campaign lattice is split into to detect thinning. */
  classes: DESIGN.subLattices,
} as const;

export interface GridNode {
  /** Node indices on the 1 km grid (km east and north in Lambert II étendu). */
  i: number;
  j: number;
  /** Distance from the published position to the node, in metres. */
  offsetM: number;
}

/** The grid node of a published Lambert-93 position. */
export function gridNode(xl93: number, yl93: number): GridNode {
  const [x, y] = toLambertII.forward([xl93, yl93]) as [number, number];
  const i = Math.round((x - GRID.offsetXM) / GRID.stepM);
  const j = Math.round((y - GRID.offsetYM) / GRID.stepM);
  const dx = x - GRID.offsetXM - i * GRID.stepM;
  const dy = y - GRID.offsetYM - j * GRID.stepM;
  return { i, j, offsetM: Math.hypot(dx, dy) };
}

/** First cycle (the 2005–2009 lattices, reused in 2010–2014 in the south and mountains) or second (2010 onwards). */
export type Cycle = 1 | 2;
export type GridClass = '00' | '01' | '10' | '11';

export interface LatticeNode {
  cycle: Cycle;
  /** Coordinates on the campaign lattice, in the basis (4, 2), (−2, 4) km; the same for every campaign of a cycle. */
  a: number;
  b: number;
  /** Sub-lattice: parities of a and b. IGN thins the field sample by whole sub-lattices. */
  classe: GridClass;
}

const mod = (x: number, m: number): number => ((x % m) + m) % m;

/** Which cycles' lattices a campaign may use. */
export function cyclesOf(annee: number): Cycle[] {
  if (annee <= 2009) return [1];
  if (annee <= 2014) return [2, 1];
  return [2];
}

/**
 * The node's place on its campaign lattice, or null when the node is on none of the campaign's
 * lattices (a few plots a year, mostly on extra lattices used for poplars from 2016).
 */
export function latticeNode(annee: number, i: number, j: number): LatticeNode | null {
  const y5 = mod(annee - 2005, 5);
  for (const cycle of cyclesOf(annee)) {
    // Back to the reference lattice (campaign 2005): undo the yearly and the cycle shifts.
    const di = i + 2 * y5 - (cycle === 2 ? 1 : 0) - 3;
    const dj = j + 2 * y5 - 3;
    const a20 = 4 * di + 2 * dj;
    const b20 = -2 * di + 4 * dj;
    if (mod(a20, 20) !== 0 || mod(b20, 20) !== 0) continue;
    const a = a20 / 20;
    const b = b20 / 20;
    return { cycle, a, b, classe: `${mod(a, 2)}${mod(b, 2)}` as GridClass };
  }
  return null;
}

/** Inverse of latticeNode, for tests and simulations: the grid node of lattice coordinates. */
export function nodeOf(annee: number, cycle: Cycle, a: number, b: number): { i: number; j: number } {
  const y5 = mod(annee - 2005, 5);
  const di = 4 * a - 2 * b;
  const dj = 2 * a + 4 * b;
  return { i: di - 2 * y5 + (cycle === 2 ? 1 : 0) + 3, j: dj - 2 * y5 + 3 };
}
