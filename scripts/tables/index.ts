// The pipeline's steps in build order (a step may read the published outputs of the steps before it),
// and the documentation of every output file, from which the data dictionary is generated.
import type { Step, TableDoc } from '../lib/step.ts';
import { docs as arbresDocs } from './arbres.ts';
import { docs as perHaDocs } from '../estimation/composition.ts';
import { docs as bdforetDocs, step as bdforet } from './bdforet.ts';
import { docs as calageDocs, step as calage } from './calage.ts';
import { docs as couvertsDocs } from './couverts.ts';
import { docs as especesDocs, step as especes } from './especes.ts';
import { step as ifn } from './ifn.ts';
import { docs as incendiesDocs, step as incendies } from './incendies.ts';
import { docs as mortsDocs } from './morts.ts';
import { docs as placettesDocs } from './placettes.ts';
import { docs as recolteDocs, step as recolte } from './recolte.ts';
import { docs as regionsForestieresDocs, step as regionsForestieres } from './regions-forestieres.ts';
import { docs as territoiresDocs, step as territoires } from './territoires.ts';

export const steps: Step[] = [territoires, especes, ifn, calage, incendies, recolte, regionsForestieres, bdforet];

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
