// Where a reader sends a proposed catalogue entry, configured when the site is built:
// PROPOSAL_REPOSITORY (a GitHub repository address: the entry opens as a pre-filled issue) and/or
// PROPOSAL_EMAIL (a pre-filled e-mail). Neither is invented: unconfigured, the page says so.

export interface ProposalChannel {
  /** https://github.com/owner/name, without a trailing slash. */
  repository?: string;
  email?: string;
}

/** The channel from the build's environment; a malformed value stops the build, naming the variable. */
export function proposalChannel(env: Record<string, string | undefined> = process.env): ProposalChannel {
  const channel: ProposalChannel = {};
  const repository = env['PROPOSAL_REPOSITORY']?.trim();
  if (repository) {
    if (!/^https:\/\/[^/\s]+\/[^/\s]+\/[^/\s]+\/?$/.test(repository)) {
      throw new Error(`PROPOSAL_REPOSITORY doit être l’adresse d’un dépôt, par exemple https://github.com/organisation/projet (reçu « ${repository} »).`);
    }
    channel.repository = repository.replace(/\/$/, '');
  }
  const email = env['PROPOSAL_EMAIL']?.trim();
  if (email) {
    if (!/^[^@\s]+@[^@\s]+\.[^@\s]+$/.test(email)) throw new Error(`PROPOSAL_EMAIL n’est pas une adresse électronique (reçu « ${email} »).`);
    channel.email = email;
  }
  return channel;
}

const title = (fileName: string) => `Catalogue : proposition d’une ressource (${fileName})`;
const body = (fileName: string, yaml: string) =>
  `Proposition d’entrée pour le catalogue, vérifiée par le formulaire du site.\n\nFichier : ${fileName}\n\n\`\`\`yaml\n${yaml.trimEnd()}\n\`\`\`\n`;

/** A new issue of the repository, title and body filled in with the entry. */
export function issueLink(repository: string, fileName: string, yaml: string): string {
  const query = new URLSearchParams({ title: title(fileName), body: body(fileName, yaml) });
  return `${repository}/issues/new?${query.toString()}`;
}

/** An e-mail to the maintainers, subject and body filled in with the entry (RFC 6068: %20, not +). */
export function mailLink(email: string, fileName: string, yaml: string): string {
  const encode = (s: string) => encodeURIComponent(s.replaceAll('\n', '\r\n'));
  return `mailto:${email}?subject=${encode(title(fileName))}&body=${encode(body(fileName, yaml))}`;
}
