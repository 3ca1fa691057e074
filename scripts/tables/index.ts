// The documentation of every output table of the pipeline, from which the data dictionary is
// generated (the steps that write them are listed in scripts/steps.ts).
import type { TableDoc } from '../lib/step.ts';
import { docs as arbresDocs } from './arbres.ts';
import { docs as perHaDocs } from '../estimation/composition.ts';
import { docs as bdforetDocs } from './bdforet.ts';
import { docs as calageDocs } from './calage.ts';
import { docs as couvertsDocs } from './couverts.ts';
import { docs as especesDocs } from './especes.ts';
import { docs as incendiesDocs } from './incendies.ts';
import { docs as mortsDocs } from './morts.ts';
import { docs as placettesDocs } from './placettes.ts';
import { docs as recolteDocs } from './recolte.ts';
import { docs as regionsForestieresDocs } from './regions-forestieres.ts';
import { docs as territoiresDocs } from './territoires.ts';

/** Every output file of the pipeline, documented, in the dictionary's order. */
export const tableDocs: TableDoc[] = [
  ...placettesDocs.slice(0, 1),
  ...arbresDocs.slice(0, 1),
  ...mortsDocs.slice(0, 1),
  ...couvertsDocs,
  ...calageDocs,
  ...especesDocs,
  ...territoiresDocs,
  ...regionsForestieresDocs,
  placettesDocs[1]!,
  arbresDocs[1]!,
  mortsDocs[1]!,
  ...incendiesDocs,
  ...recolteDocs,
  ...bdforetDocs,
  ...perHaDocs,
];
