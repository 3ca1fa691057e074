// Help texts of the proposal form, one per field of the entry schema, in the order of the form.
import type { FieldName } from '../../lib/catalogue/schema';

export const FIELD_HELP: Record<FieldName, string> = {
  title: 'Le titre de la ressource, tel que son producteur le donne (3 à 200 caractères).',
  description: 'Une ou deux phrases qui disent ce que la ressource apporte (20 à 600 caractères). Elle est affichée dans le catalogue et sert à la recherche.',
  themes: 'Une ou plusieurs des six thématiques, ou « toutes » si la ressource les concerne toutes.',
  type: 'La nature de la ressource.',
  producer: 'L’organisme qui produit et publie la ressource.',
  datePublished: 'La date de publication ou de dernière mise à jour de la version décrite, telle que la page du producteur l’indique, aussi précise que connue (AAAA, AAAA-MM ou AAAA-MM-JJ). Pour un site, des données ou une carte mis à jour sans édition datée : « en continu ». Si le producteur ne donne aucune date : « non datée ».',
  dateAdded: 'Le jour de l’ajout au catalogue (AAAA-MM-JJ).',
  licence: 'La licence ou les conditions de réutilisation, telles que le producteur les indique.',
  coverage: 'Le territoire couvert, par exemple « France métropolitaine ».',
  period: 'Facultatif : la période couverte par les données, par exemple « 2005-2019 ».',
  formats: 'Les formats ou supports, séparés par des virgules : « CSV, PDF », « Site web ».',
  keywords: 'Quelques mots-clés séparés par des virgules.',
  link: 'Une page ou un fichier de ce site, commençant par « / » : /donnees/placettes.parquet, /methodologie/.',
  url: 'L’adresse complète de la ressource sur un autre site, commençant par https://. Donnez l’adresse publiée par le producteur, jamais une adresse devinée.',
};
