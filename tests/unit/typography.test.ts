import { describe, expect, test } from 'vitest';
import { frenchSpacing, frenchSpacingText } from '../../src/lib/typography';

const NBSP = '\u00a0';
const NNBSP = '\u202f';

describe('espaces insécables de la typographie française', () => {
  test('avant le deux-points, le point-virgule, les points d’interrogation et d’exclamation, et dans les guillemets', () => {
    expect(frenchSpacingText('Source : IGN ; 2015-2019. Pourquoi ? Attention ! « estimation trop imprécise »')).toBe(
      `Source${NBSP}: IGN${NNBSP}; 2015-2019. Pourquoi${NNBSP}? Attention${NNBSP}! «${NNBSP}estimation trop imprécise${NNBSP}»`,
    );
  });

  test('le signe % reste collé à son nombre', () => {
    expect(frenchSpacingText('intervalle de confiance à 95 % ; 12,5\n %')).toBe(`intervalle de confiance à 95${NNBSP}%${NNBSP}; 12,5${NNBSP}%`);
  });

  test('un retour à la ligne du gabarit devant la ponctuation devient une seule espace insécable', () => {
    expect(frenchSpacingText('Intervalle\n      : 16,7 à 17,1')).toBe(`Intervalle${NBSP}: 16,7 à 17,1`);
  });

  test('sans espace devant, rien n’est ajouté (heures, adresses, paramètres)', () => {
    const text = 'https://exemple.fr/carte/?niveau=region à 10:30';
    expect(frenchSpacingText(text)).toBe(text);
  });

  test('seul le texte change : balises, attributs, scripts, styles, code et commentaires restent tels quels', () => {
    const html = [
      '<p title="Note : garder" data-x=\'a > b ; c\'>Note : texte</p>',
      '<script>const a = b ? c : d;</script>',
      '<style>a:hover { color : red ; }</style>',
      '<pre>SELECT a ? b : c</pre><code>x ; y</code>',
      '<!-- commentaire : garder -->',
      '<strong>Source</strong> : IGN',
    ].join('');
    expect(frenchSpacing(html)).toBe([
      `<p title="Note : garder" data-x='a > b ; c'>Note${NBSP}: texte</p>`,
      '<script>const a = b ? c : d;</script>',
      '<style>a:hover { color : red ; }</style>',
      '<pre>SELECT a ? b : c</pre><code>x ; y</code>',
      '<!-- commentaire : garder -->',
      `<strong>Source</strong>${NBSP}: IGN`,
    ].join(''));
  });

  test('l’apostrophe droite des noms venus des sources devient typographique, pas les guillemets droits', () => {
    expect(frenchSpacingText("Côte-d'Or, Pin d'Alep, 'code'")).toBe("Côte-d’Or, Pin d’Alep, 'code'");
    expect(frenchSpacing('<p title="Côte-d&#39;Or">La Côte-d&#39;Or</p>')).toBe('<p title="Côte-d&#39;Or">La Côte-d’Or</p>');
  });

  test('une page sans ponctuation à traiter ressort identique', () => {
    const html = '<!DOCTYPE html><html lang="fr"><body><h1>Forêts</h1><svg><text x="3">12,5</text></svg></body></html>';
    expect(frenchSpacing(html)).toBe(html);
  });
});
