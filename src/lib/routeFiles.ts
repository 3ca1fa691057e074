// The route files of src/pages, read at build time by Vite: lets menus list only pages that exist.
export const routeFiles: readonly string[] = Object.keys(import.meta.glob('/src/pages/**/*.{astro,md,mdx}'));
