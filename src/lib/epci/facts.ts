// What the site says about IGN's forest map BD Forêt (version, minimum mapped area, definition):
// shared by the data dictionary (pipeline) and the EPCI factsheets.
export const BDFORET_FACTS = {
  version: 'BD Forêt version 2',
  minimumHa: 0.5,
  definition:
    'Carte des formations végétales boisées de l’IGN, obtenue par photo-interprétation : toute formation boisée d’au moins 0,5 ha et de 20 m de large (peupleraies comprises) est cartographiée avec son type (feuillus, conifères, mixte, peupleraie, jeune peuplement…). C’est une surface cartographiée, sans erreur d’échantillonnage, datée de la prise de vue de chaque département (2007 à 2018).',
} as const;
