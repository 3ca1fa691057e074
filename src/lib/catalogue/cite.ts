// How to cite a resource: producer, title, year, address and licence, in the usual French order.
import { CONTINUOUS, UNDATED, type Resource } from './schema';
import { formatPartialDate } from './format';

/**
 * A one-line citation; `address` is the absolute address of the resource. A web site without
 * edition is cited with the day it was consulted, as bibliographic usage has it.
 */
export function citation(entry: Pick<Resource, 'producer' | 'title' | 'datePublished' | 'dateAdded' | 'licence'>, address: string | undefined): string {
  const continuous = entry.datePublished === CONTINUOUS;
  const dated = !continuous && entry.datePublished !== UNDATED;
  const parts = [`${entry.producer}${dated ? ` (${entry.datePublished.slice(0, 4)})` : ''}`, entry.title];
  if (address) parts.push(continuous ? `${address} (consulté le ${formatPartialDate(entry.dateAdded)})` : address);
  parts.push(entry.licence);
  return `${parts.map((p) => p.replace(/\.$/, '')).join('. ')}.`;
}
