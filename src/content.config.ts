// Content collections of the site. Each collection's schema lives next to the code that uses it;
// an invalid entry stops the build with its file and field named.
import { defineCollection } from 'astro:content';
import { glob } from 'astro/loaders';
import { resourceSchema } from './lib/catalogue/schema';

/** The resource catalogue: one YAML file per article, map, dataset, document or web site. */
const ressources = defineCollection({
  loader: glob({ pattern: '**/*.{yaml,yml}', base: './src/content/ressources' }),
  schema: resourceSchema,
});

export const collections = { ressources };
