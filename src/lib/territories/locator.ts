// The factsheets' locator map: its drawing width, shared by the pages and the background files
// (/territoires/fonds/{niveau}.svg) they reuse, which must be drawn with the same projection.

export const LOCATOR_WIDTH = 300;

/** Address of the cached outline of a level's territories. */
export function locatorBackgroundPath(level: string): string {
  return `/territoires/fonds/${level}.svg`;
}
