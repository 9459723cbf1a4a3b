// Fails loudly when the scripts are not running on the Node 24 that the `node` devDependency provides.
// npm puts node_modules/.bin first on PATH, so `node` here is that binary unless it is missing
// (for example after `npm install --ignore-scripts`); silently falling back to an older system Node
// would give confusing errors from Astro or Vitest later.
import { fileURLToPath } from 'node:url';

export const REQUIRED_NODE_MAJOR = 24;

/** The message to print when `version` (e.g. "20.20.2") is too old, or null when it will do. */
export function nodeVersionProblem(version) {
  const major = Number(String(version).split('.')[0]);
  if (Number.isInteger(major) && major >= REQUIRED_NODE_MAJOR) return null;
  return (
    `Passerelle needs Node.js ${REQUIRED_NODE_MAJOR} or newer, but this script runs on Node ${version}.\n` +
    `The project ships Node ${REQUIRED_NODE_MAJOR} as the \`node\` devDependency (node_modules/.bin/node).\n` +
    `Run \`npm install\` (without --ignore-scripts) so that binary is installed, then try again.`
  );
}

if (process.argv[1] && fileURLToPath(import.meta.url) === process.argv[1]) {
  const problem = nodeVersionProblem(process.versions.node);
  if (problem) {
    console.error(`\n${problem}\n`);
    process.exit(1);
  }
}
