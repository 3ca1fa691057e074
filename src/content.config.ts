// Content collections of the site. Each collection's schema lives next to the code that uses it;
// an invalid entry stops the build with its file and field named.
import { defineCollection } from 'astro:content';
import { glob } from 'astro/loaders';
import { resourceSchema } from './lib/catalogue/schema';
import { themeArticleSchema } from './lib/themes/schema';

/** The resource catalogue: one YAML file per article, map, dataset, document or web site. */
const ressources = defineCollection({
  loader: glob({ pattern: '**/*.{yaml,yml}', base: './src/content/ressources' }),
  schema: resourceSchema,
});

/** The six thematic articles: MDX text with figures and facts computed from the data at build time. */
const thematiques = defineCollection({
  loader: glob({ pattern: '**/*.mdx', base: './src/content/thematiques' }),
  schema: themeArticleSchema,
});

export const collections = { ressources, thematiques };
