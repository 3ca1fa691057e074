// `npm run serve` / end of `npm start`: serves the built site from dist/ and prints its address.
// Uses PORT when set, else 4321, else any free port (never silently a different one than printed).
import { existsSync } from 'node:fs';
import { startStaticServer } from './lib/static-server.ts';

const root = 'dist';
if (!existsSync(`${root}/index.html`)) {
  console.error('Le site n’est pas construit : lancez d’abord « npm run build ».');
  process.exit(1);
}
const wanted = Number(process.env.PORT ?? 4321);
let site;
try {
  site = await startStaticServer(root, wanted);
} catch {
  site = await startStaticServer(root, 0);
  console.error(`Le port ${wanted} est occupé : un autre port libre a été choisi.`);
}
console.log(`\nObservatoire des forêts servi sur ${site.url}/  (Ctrl+C pour arrêter)\n`);
