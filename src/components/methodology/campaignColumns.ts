// Columns of a campaign table (CampaignTable.astro): a header and how to print a campaign's cell.
import type { MethodFacts } from '../../lib/estimation/methodology.ts';

export type Campaign = MethodFacts['campaigns'][number];

export interface CampaignColumn {
  header: string;
  /** Expansion of an abbreviation in the header (an <abbr> title). */
  abbr?: string;
  /** Right-aligned figures. */
  num?: boolean;
  cell: (c: Campaign) => string;
}
