// Browser side of the proposal form: builds a candidate entry from the fields, checks it with the
// build's own schema, shows each error next to its field and in a summary, and offers the YAML file.
import { validateResource, type FieldError, type FieldName } from '../../lib/catalogue/schema';
import { resourceFileName, resourceToYaml } from '../../lib/catalogue/yaml';
import { issueLink, mailLink } from '../../lib/catalogue/proposalChannel';
import { element } from '../dom';

const form = document.querySelector<HTMLFormElement>('#proposal-form');


/** The form field that shows errors about a schema field (internal and external addresses share one). */
const fieldId = (field: FieldName) => (field === 'link' ? 'url' : field);

/** Splits « CSV, PDF ; Parquet » into a list. */
const list = (text: string) => text.split(/[,;]/).map((v) => v.trim()).filter(Boolean);

function today(): string {
  const d = new Date();
  return `${d.getFullYear()}-${String(d.getMonth() + 1).padStart(2, '0')}-${String(d.getDate()).padStart(2, '0')}`;
}

function candidate(formEl: HTMLFormElement): Record<string, unknown> {
  const data = new FormData(formEl);
  const text = (name: string) => String(data.get(name) ?? '');
  const entry: Record<string, unknown> = {
    title: text('title'),
    description: text('description'),
    themes: data.get('themes-all') ? 'toutes' : data.getAll('themes').map(String),
    type: text('type') || undefined,
    producer: text('producer'),
    datePublished: text('datePublished').trim() || undefined,
    dateAdded: text('dateAdded'),
    licence: text('licence'),
    coverage: text('coverage'),
    formats: list(text('formats')),
    keywords: list(text('keywords')),
  };
  // Optional fields left empty are left out, as in a hand-written file.
  if (text('period').trim()) entry['period'] = text('period');
  const address = text('address').trim();
  if (address) entry[data.get('where') === 'link' ? 'link' : 'url'] = address;
  return entry;
}

/** The pre-filled issue and e-mail links of the channel configured at build time, if any. */
function fillChannelLinks(file: string, yaml: string) {
  const issue = document.getElementById('proposal-issue') as HTMLAnchorElement | null;
  if (issue?.dataset['repository']) issue.href = issueLink(issue.dataset['repository'], file, yaml);
  const mail = document.getElementById('proposal-mail') as HTMLAnchorElement | null;
  if (mail?.dataset['email']) mail.href = mailLink(mail.dataset['email'], file, yaml);
}

function start(formEl: HTMLFormElement) {
  const summary = element<HTMLDivElement>('#proposal-errors');
  const output = element<HTMLElement>('#proposal-output');
  const yamlBox = element<HTMLTextAreaElement>('#proposal-yaml');
  const fileName = element<HTMLElement>('#proposal-file-name');
  const copyStatus = element<HTMLElement>('#proposal-copy-status');
  const hint = element<HTMLElement>('#f-url-hint');
  const dateAdded = element<HTMLInputElement>('#f-dateAdded');
  if (!dateAdded.value) dateAdded.value = today();

  formEl.addEventListener('change', (event) => {
    const target = event.target as HTMLInputElement;
    if (target.name === 'where') hint.textContent = (target.value === 'link' ? hint.dataset['hintLink'] : hint.dataset['hintUrl']) ?? '';
    if (target.name === 'themes-all') for (const box of formEl.querySelectorAll<HTMLInputElement>('input[name="themes"]')) box.disabled = target.checked;
  });

  function clearErrors() {
    for (const el of formEl.querySelectorAll<HTMLElement>('.field__error')) {
      el.hidden = true;
      el.textContent = '';
    }
    for (const el of formEl.querySelectorAll('[aria-invalid]')) el.removeAttribute('aria-invalid');
    summary.hidden = true;
    summary.replaceChildren();
  }

  function showErrors(errors: FieldError[]) {
    const byField = new Map<string, string[]>();
    for (const error of errors) {
      const key = error.field ? fieldId(error.field) : 'title';
      byField.set(key, [...(byField.get(key) ?? []), error.message]);
    }
    const heading = document.createElement('h2');
    heading.textContent = `L’entrée n’est pas valide : ${errors.length} erreur${errors.length > 1 ? 's' : ''} à corriger`;
    const items = document.createElement('ul');
    for (const [key, messages] of byField) {
      const box = document.getElementById(`f-${key}-error`);
      if (box) {
        box.textContent = messages.join(' ');
        box.hidden = false;
      }
      document.getElementById(`f-${key}`)?.setAttribute('aria-invalid', 'true');
      for (const message of messages) {
        const li = document.createElement('li');
        const a = document.createElement('a');
        a.href = `#f-${key}`;
        a.textContent = message;
        li.append(a);
        items.append(li);
      }
    }
    summary.replaceChildren(heading, items);
    summary.hidden = false;
    summary.focus();
  }

  formEl.addEventListener('submit', (event) => {
    event.preventDefault();
    clearErrors();
    const result = validateResource(candidate(formEl));
    if (!result.ok) {
      output.hidden = true;
      showErrors(result.errors);
      return;
    }
    yamlBox.value = resourceToYaml(result.value);
    fileName.textContent = resourceFileName(result.value);
    fillChannelLinks(fileName.textContent, yamlBox.value);
    copyStatus.textContent = '';
    output.hidden = false;
    output.focus();
  });

  element<HTMLButtonElement>('#proposal-copy').addEventListener('click', async () => {
    try {
      await navigator.clipboard.writeText(yamlBox.value);
      copyStatus.textContent = 'Contenu copié dans le presse-papiers.';
    } catch {
      // Clipboard access can be refused: select the text so the reader copies it by hand.
      yamlBox.select();
      copyStatus.textContent = 'Copie automatique refusée par le navigateur : le texte est sélectionné, copiez-le avec Ctrl+C.';
    }
  });

  element<HTMLButtonElement>('#proposal-download').addEventListener('click', () => {
    const url = URL.createObjectURL(new Blob([yamlBox.value], { type: 'application/yaml;charset=utf-8' }));
    const link = document.createElement('a');
    link.href = url;
    link.download = fileName.textContent ?? 'ressource.yaml';
    document.body.append(link);
    link.click();
    link.remove();
    setTimeout(() => URL.revokeObjectURL(url), 1000);
  });

  formEl.hidden = false;
}

if (form) start(form);
