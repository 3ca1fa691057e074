// How to cite a resource: producer, title, year, address and licence, in the usual French order.
import type { Resource } from './schema';

/** A one-line citation; `address` is the absolute address of the resource. */
export function citation(entry: Pick<Resource, 'producer' | 'title' | 'datePublished' | 'licence'>, address: string | undefined): string {
  const parts = [`${entry.producer}${entry.datePublished ? ` (${entry.datePublished.slice(0, 4)})` : ''}`, entry.title];
  if (address) parts.push(address);
  parts.push(entry.licence);
  return `${parts.map((p) => p.replace(/\.$/, '')).join('. ')}.`;
}
