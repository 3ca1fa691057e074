// The proposal form's channel, set when the site is built: a pre-filled issue or e-mail that carries
// the checked entry, and a clear stop for a malformed setting.
import { describe, expect, it } from 'vitest';
import { issueLink, mailLink, proposalChannel } from '../../src/lib/catalogue/proposalChannel.ts';

const yaml = 'title: Inventaire & carte\ndescription: « Données » à 100 %\n';

describe('canal de proposition', () => {
  it('lit le dépôt et l’adresse dans l’environnement de construction, rien sinon', () => {
    expect(proposalChannel({})).toEqual({});
    expect(proposalChannel({ PROPOSAL_REPOSITORY: ' https://github.com/org/projet/ ', PROPOSAL_EMAIL: 'forets@exemple.fr' })).toEqual({
      repository: 'https://github.com/org/projet',
      email: 'forets@exemple.fr',
    });
  });
  it('refuse une valeur mal formée en nommant la variable', () => {
    expect(() => proposalChannel({ PROPOSAL_REPOSITORY: 'github.com/org' })).toThrow(/PROPOSAL_REPOSITORY/);
    expect(() => proposalChannel({ PROPOSAL_EMAIL: 'forets' })).toThrow(/PROPOSAL_EMAIL/);
  });
  it('ouvre un ticket prérempli qui contient l’entrée telle quelle', () => {
    const url = new URL(issueLink('https://github.com/org/projet', 'inventaire-carte.yaml', yaml));
    expect(url.origin + url.pathname).toBe('https://github.com/org/projet/issues/new');
    expect(url.searchParams.get('title')).toBe('Catalogue : proposition d’une ressource (inventaire-carte.yaml)');
    expect(url.searchParams.get('body')).toContain('```yaml\ntitle: Inventaire & carte\ndescription: « Données » à 100 %\n```');
  });
  it('prépare un courriel dont le corps redonne l’entrée', () => {
    const link = mailLink('forets@exemple.fr', 'inventaire-carte.yaml', yaml);
    expect(link.startsWith('mailto:forets@exemple.fr?subject=')).toBe(true);
    expect(link).not.toContain('+');
    const bodyText = decodeURIComponent(link.split('&body=')[1]!);
    expect(bodyText).toContain('title: Inventaire & carte\r\ndescription: « Données » à 100 %');
  });
});
