// The explorer page's script as a string module (src/generated/explore-client.ts), compiled from
// src/cli/explore/client.ts. page.ts serves that string instead of importing client.ts: an import
// would bring client.ts, and with it lib dom, into the Node program (tsconfig.json), where
// `document` or `window` in library code would then type-check. client.ts is checked in its own
// program (tsconfig.client.json).
import { join } from 'node:path';
import { buildSync } from 'esbuild';

const EXPLORE_CLIENT_SOURCE = 'src/cli/explore/client.ts';

/** The browser script: client.ts bundled (its imports are types only) into an IIFE that runs `explorerClient`. */
export function compileExploreClient(root: string): string {
  const result = buildSync({
    stdin: {
      contents: "import { explorerClient } from './client.ts';\nexplorerClient();\n",
      resolveDir: join(root, 'src/cli/explore'),
      loader: 'ts',
    },
    absWorkingDir: root,
    bundle: true,
    format: 'iife',
    platform: 'browser',
    target: 'es2022',
    // The module was strict; the script stays so.
    banner: { js: '"use strict";' },
    // Non-ASCII text ('…', '×') as it is: the server sends the script as UTF-8.
    charset: 'utf8',
    write: false,
    logLevel: 'silent',
  });
  return result.outputFiles[0]!.text;
}

/** The generated module: the compiled script as a template literal, readable in a diff. */
export function emitExploreClient(root: string): string {
  const script = compileExploreClient(root);
  const literal = script.replace(/[\\`]|\$\{/gu, (match) => `\\${match}`);
  return (
    `// Generated from ${EXPLORE_CLIENT_SOURCE} by scripts/generate.ts (the explorer page's script, bundled by esbuild). Do not edit: run \`npm run generate\`.\n` +
    `/** The explorer page's script: \`explorerClient\` of ${EXPLORE_CLIENT_SOURCE}, run once the page is parsed. */\n` +
    `export const EXPLORE_CLIENT_SCRIPT = \`${literal}\`;\n`
  );
}
