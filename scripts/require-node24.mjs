// Fails loudly when the scripts are not running on the Node 24 that the `node` devDependency provides.
// npm puts node_modules/.bin first on PATH, so `node` here is that binary unless it is missing
// (for example after `npm install --ignore-scripts`); silently falling back to an older system Node
// would give confusing errors from Astro or Vitest later.
const major = Number(process.versions.node.split('.')[0]);
if (major < 24) {
  console.error(
    `\nPasserelle needs Node.js 24 or newer, but this script runs on Node ${process.versions.node}.\n` +
      `The project ships Node 24 as the \`node\` devDependency (node_modules/.bin/node).\n` +
      `Run \`npm install\` (without --ignore-scripts) so that binary is installed, then try again.\n`,
  );
  process.exit(1);
}
