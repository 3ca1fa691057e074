// Schema of the thematic articles (src/content/thematiques/*.mdx): the front matter editors write
// above the text. An invalid field stops the build with the file and the field named.
import { z } from 'astro/zod';
import { THEMES } from '../catalogue/vocabulary.ts';

const catalogueThemes = THEMES.map((t) => t.slug) as [string, ...string[]];

export const themeArticleSchema = z.strictObject({
  /** Title of the article: its h1, and the title of its card on /thematiques/. */
  title: z.string().trim().min(5).max(120),
  /** One or two sentences: the lead under the title, the text of the card and the page's description. */
  description: z.string().trim().min(20).max(300),
  /** Position of the article on /thematiques/, 1 to 6. */
  order: z.number().int().min(1).max(6),
  /** The theme of the resource catalogue this article belongs to (its « Ressources » links filter on it). */
  catalogueTheme: z.enum(catalogueThemes),
  /** Key of the figure shown big on the article's card, a fact of this theme (« incendies.surfaceMoyenne »). */
  keyFigure: z.string().regex(/^[a-z-]+\.[A-Za-z0-9]+$/, { error: 'keyFigure : écrire thématique.nom, par exemple incendies.surfaceMoyenne' }),
  /** Words after the key figure on the card, e.g. « brûlés chaque année en moyenne ». */
  keyFigureLabel: z.string().trim().min(3).max(140),
});

export type ThemeArticle = z.output<typeof themeArticleSchema>;
