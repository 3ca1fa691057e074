// The pipeline's steps in build order (a step may read the published outputs of the steps before it).
import type { Step } from '../lib/step.ts';
import { step as especes } from './especes.ts';
import { step as ifn } from './ifn.ts';
import { step as incendies } from './incendies.ts';
import { step as recolte } from './recolte.ts';
import { step as territoires } from './territoires.ts';

export const steps: Step[] = [territoires, especes, ifn, incendies, recolte];
