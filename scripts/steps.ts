// The pipeline's steps in build order: the one place that names them. A step reads the mirror's
// sources and the published outputs of the steps before it (its `after`), and writes its own.
import type { Step } from './lib/step.ts';
import { step as territoires } from './tables/territoires.ts';
import { step as especes } from './tables/especes.ts';
import { step as ifn } from './tables/ifn.ts';
import { step as calage } from './tables/calage.ts';
import { step as incendies } from './tables/incendies.ts';
import { step as recolte } from './tables/recolte.ts';
import { step as regionsForestieres } from './tables/regions-forestieres.ts';
import { step as bdforet } from './tables/bdforet.ts';
import { step as resultats } from './estimation/index.ts';
import { step as explorateur } from './explorer/slim.ts';

export const steps: Step[] = [territoires, especes, ifn, calage, incendies, recolte, regionsForestieres, bdforet, resultats, explorateur];
