// `npm run bench`: measures the built site and the data steps, prints each figure as
// `name: value unit` and writes them all to bench/results.json ({ name: { value, unit } }). When a
// previous results.json exists, each line also shows the previous figure and the ratio new / old,
// so that a regression is visible at a glance.
// Other parts of the project add their figures by exporting a `bench*` function from a module
// listed in `dataBenchmarks` or `siteBenchmarks`; a module that does not exist yet is skipped.
import { existsSync, readFileSync, writeFileSync } from 'node:fs';
import { pathToFileURL } from 'node:url';
import { benchSite } from './site.ts';
import { benchLine } from './line.ts';

export type Figures = Record<string, { value: number; unit: string }>;

/** Steps that measure the data, run before the site is built from it. */
const dataBenchmarks: { module: string; exportName: string }[] = [
  { module: './data.ts', exportName: 'benchData' },
  { module: './weights.ts', exportName: 'benchWeights' },
  { module: './estimation.ts', exportName: 'benchEstimation' },
];
/** Steps that measure the built site (dist/), run after it is built. */
const siteBenchmarks: { module: string; exportName: string }[] = [
  { module: './catalogue.ts', exportName: 'benchCatalogue' },
  { module: './themes.ts', exportName: 'benchThemes' },
  { module: './map.ts', exportName: 'benchMap' },
  { module: './explorer.ts', exportName: 'benchExplorer' },
];

const resultsFile = new URL('./results.json', import.meta.url);
const previous: Figures = existsSync(resultsFile) ? (JSON.parse(readFileSync(resultsFile, 'utf8')) as Figures) : {};
const results: Figures = {};
function record(figures: Figures) {
  for (const [name, figure] of Object.entries(figures)) {
    results[name] = figure;
    console.log(benchLine(name, figure, previous[name]));
  }
}

async function runAll(list: { module: string; exportName: string }[]) {
  for (const { module, exportName } of list) {
    const url = new URL(module, import.meta.url);
    if (!existsSync(url)) continue;
    const loaded = (await import(pathToFileURL(url.pathname).href)) as Record<string, () => Promise<Figures>>;
    const run = loaded[exportName];
    if (run) record(await run());
  }
}

await runAll(dataBenchmarks);
// The site is rebuilt from the data the steps above produced, then measured as served.
record(await benchSite());
await runAll(siteBenchmarks);

writeFileSync(resultsFile, JSON.stringify(results, null, 2) + '\n');
