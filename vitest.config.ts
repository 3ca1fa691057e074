/// <reference types="vitest/config" />
// Two projects: `unit` (pure code, pipeline fixtures, data contracts) and `e2e`
// (the built site in Debian's Chromium). Clock and time zone are pinned for reproducibility.
import { getViteConfig } from 'astro/config';

process.env.TZ = 'Europe/Paris';

export default getViteConfig({
  test: {
    projects: [
      {
        extends: true,
        test: {
          name: 'unit',
          include: ['tests/unit/**/*.test.ts', 'tests/data/**/*.test.ts'],
          testTimeout: 60_000,
        },
      },
      {
        extends: true,
        test: {
          name: 'e2e',
          include: ['tests/e2e/**/*.test.ts'],
          testTimeout: 120_000,
          hookTimeout: 120_000,
          fileParallelism: false,
        },
      },
    ],
  },
});
