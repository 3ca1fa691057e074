// The one way the browser scripts find an element their page must hold: a missing one stops the
// script with its selector named, instead of a « cannot read properties of null » further on.

/** The first element matching `selector` inside `root`; throws when the page lacks it. */
export function element<T extends Element = HTMLElement>(selector: string, root: ParentNode = document): T {
  const found = root.querySelector<T>(selector);
  if (!found) throw new Error(`Élément absent de la page : ${selector}`);
  return found;
}
