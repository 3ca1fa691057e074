// The HTML of one result card and of the pager, as strings: the same functions render the static
// pages at build time and the filtered views in the browser, so both always look the same.
import type { CatalogueItem } from '../../lib/catalogue/item';
import { formatBytes, publicationText } from '../../lib/catalogue/format';
import { THEMES, typeLabel, type TypeSlug } from '../../lib/catalogue/vocabulary';
import { escapeHtml } from '../../lib/html';

/** Prefixes a path of this site with the deployment base ('/' in general). */
export function withBase(base: string, path: string): string {
  return `${base.replace(/\/$/, '')}${path}`;
}

/** The address of a resource's metadata page. */
export function metadataHref(base: string, slug: string): string {
  return withBase(base, `/ressources/${slug}/`);
}

const ACTION: Record<TypeSlug, string> = {
  'article-infographie': 'Lire l’article',
  'carte-thematique': 'Ouvrir la carte',
  'donnees-brutes': 'Accéder aux données',
  'contenu-documentaire': 'Consulter le document',
  'site-web': 'Visiter le site',
};

export function themesText(themes: CatalogueItem['themes']): string {
  if (themes === 'toutes') return 'Toutes les thématiques';
  return themes.map((slug) => THEMES.find((t) => t.slug === slug)!.label).join(' · ');
}

/** The main link of a resource: download, external site or page of this site. */
export function primaryLinkHtml(item: CatalogueItem, base: string): string {
  const hidden = `<span class="visually-hidden"> : ${escapeHtml(item.title)}</span>`;
  if (!item.href) return '<span class="resource-card__unavailable">Pas encore disponible dans cette version du site</span>';
  if (item.external) {
    return `<a class="resource-card__action" href="${escapeHtml(item.href)}" rel="noopener">${ACTION[item.type]}${hidden}<span class="visually-hidden"> (site externe)</span> <span aria-hidden="true">↗</span></a>`;
  }
  const href = escapeHtml(withBase(base, item.href));
  if (item.download) {
    const details = [item.formats[0], item.size !== undefined ? formatBytes(item.size) : undefined].filter(Boolean).join(', ');
    return `<a class="resource-card__action" href="${href}" download>Télécharger${hidden}${details ? ` (${escapeHtml(details)})` : ''}</a>`;
  }
  return `<a class="resource-card__action" href="${href}">${ACTION[item.type]}${hidden}</a>`;
}

/** One card of the result list, an `<li>`. */
export function renderCard(item: CatalogueItem, base: string): string {
  const meta = [escapeHtml(item.producer), escapeHtml(publicationText(item))].filter(Boolean).join(' · ');
  return `<li class="resource-card" data-slug="${escapeHtml(item.slug)}">
<p class="resource-card__type">${escapeHtml(typeLabel(item.type))}</p>
<h3 class="resource-card__title">${escapeHtml(item.title)}</h3>
<p class="resource-card__description">${escapeHtml(item.description)}</p>
<p class="resource-card__meta">${meta}</p>
<p class="resource-card__themes"><span class="visually-hidden">Thématiques : </span>${escapeHtml(themesText(item.themes))}</p>
<p class="resource-card__links">${primaryLinkHtml(item, base)}
<a class="resource-card__more" href="${escapeHtml(metadataHref(base, item.slug))}">Voir les métadonnées<span class="visually-hidden"> : ${escapeHtml(item.title)}</span> <span aria-hidden="true">→</span></a></p>
</li>`;
}

/** Page numbers to show: first, last, and two around the current page, with gaps as null. */
export function pageWindow(page: number, pageCount: number): (number | null)[] {
  const wanted = new Set([1, pageCount, page - 1, page, page + 1].filter((p) => p >= 1 && p <= pageCount));
  const sorted = [...wanted].sort((a, b) => a - b);
  const out: (number | null)[] = [];
  sorted.forEach((p, i) => {
    if (i > 0 && p - sorted[i - 1]! > 1) out.push(null);
    out.push(p);
  });
  return out;
}

/** The pager: « Page X de Y », previous, numbered pages and next links; `hrefFor` builds each page's address. */
export function renderPager(page: number, pageCount: number, hrefFor: (page: number) => string): string {
  const link = (p: number, label: string, rel?: string) =>
    `<a href="${escapeHtml(hrefFor(p))}" data-page="${p}"${rel ? ` rel="${rel}"` : ''}>${label}</a>`;
  const items: string[] = [];
  items.push(page > 1 ? `<li>${link(page - 1, '<span aria-hidden="true">‹</span> Précédente', 'prev')}</li>` : '');
  for (const p of pageWindow(page, pageCount)) {
    if (p === null) items.push('<li aria-hidden="true">…</li>');
    else if (p === page) items.push(`<li><a aria-current="page" href="${escapeHtml(hrefFor(p))}" data-page="${p}"><span class="visually-hidden">Page </span>${p}</a></li>`);
    else items.push(`<li>${link(p, `<span class="visually-hidden">Page </span>${p}`)}</li>`);
  }
  items.push(page < pageCount ? `<li>${link(page + 1, 'Suivante <span aria-hidden="true">›</span>', 'next')}</li>` : '');
  return `<p class="pager__status">Page ${page} de ${pageCount}</p>${pageCount > 1 ? `<ul class="pager__list">${items.filter(Boolean).join('')}</ul>` : ''}`;
}
