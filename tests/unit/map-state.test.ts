// URL state of the map: a shared link restores the same map, and a damaged link still opens one.
import { describe, expect, test } from 'vitest';
import { parseMapState, serializeMapState, type MapChoices, type MapState } from '../../src/lib/map/state.ts';

const choices: MapChoices = {
  indicators: ['taux_boisement', 'volume_ha', 'surface_foret', 'part_composition.resineux'],
  periods: ['2005-2009', '2010-2014', '2015-2019'],
  defaults: { level: 'departement', indicator: 'taux_boisement', period: '2015-2019' },
};

describe('état de la carte dans l’adresse', () => {
  test('la carte par défaut a une adresse sans paramètre', () => {
    const state = parseMapState('', choices);
    expect(state).toEqual({ level: 'departement', indicator: 'taux_boisement', period: '2015-2019', view: null, overlays: [] });
    expect(serializeMapState(state, choices)).toBe('');
  });

  test('aller-retour : SER, volume à l’hectare, période, vue et contours', () => {
    const state: MapState = {
      level: 'ser',
      indicator: 'volume_ha',
      period: '2010-2014',
      view: { lon: 2.351234, lat: 46.60001, zoom: 6.257 },
      overlays: ['region', 'rfn'],
    };
    const search = serializeMapState(state, choices);
    expect(search).toBe('?niveau=ser&indicateur=volume_ha&periode=2010-2014&contours=region,rfn&vue=2.3512,46.6,6.26');
    expect(parseMapState(search, choices)).toEqual({ ...state, view: { lon: 2.3512, lat: 46.6, zoom: 6.26 } });
  });

  test('une catégorie d’indicateur passe dans l’adresse', () => {
    const state = parseMapState('?indicateur=part_composition.resineux', choices);
    expect(state.indicator).toBe('part_composition.resineux');
    expect(serializeMapState(state, choices)).toBe('?indicateur=part_composition.resineux');
  });

  test('valeurs inconnues ou absurdes : on retombe sur les valeurs par défaut', () => {
    const state = parseMapState('?niveau=commune&indicateur=inconnu&periode=1990-1994&vue=200,95,3&contours=ser,xx,ser', choices);
    expect(state).toEqual({ level: 'departement', indicator: 'taux_boisement', period: '2015-2019', view: null, overlays: ['ser'] });
    expect(parseMapState('?vue=2,46', choices).view).toBeNull();
    expect(parseMapState('?vue=a,b,c', choices).view).toBeNull();
  });

  test('le niveau affiché n’est jamais aussi un contour superposé', () => {
    expect(parseMapState('?niveau=ser&contours=ser,departement', choices).overlays).toEqual(['departement']);
    expect(serializeMapState({ ...parseMapState('', choices), overlays: ['departement', 'greco'] }, choices)).toBe('?contours=greco');
  });
});
