/**
 * The layer boundaries as a lint rule: the folder a file sits in says where it runs, and so what it may import.
 *
 *   shared/    pure TypeScript: only zod and shared/ itself (no DOM, Node, electron, dexie, fastify)
 *   renderer/  shared/ and npm packages for the browser; never electron/, server/ or node:*; dexie only in src/db
 *   electron/  shared/, electron and node:*; never renderer/ or server/; files of resources/ as `?asset` imports
 *              (electron-vite copies the file into out/main and the import is its path: data, not code)
 *   server/    shared/, node:* and server packages; never electron/ or renderer/; pg and pglite only in src/db
 *
 * Relative paths are resolved against the importing file, and the '@shared/' alias counts as shared/, so
 * '../../renderer/src/x' from electron/ fails like a direct import would. A wrong import fails `npm run lint`.
 */
import path from 'node:path';

const ROOT = path.resolve(import.meta.dirname, '..');
const LAYERS = ['shared', 'renderer', 'electron', 'server'];

/** Which layers each layer may import, and which packages it must not import. */
const RULES = {
  shared: { layers: ['shared'], onlyPackages: ['zod'] },
  renderer: { layers: ['renderer', 'shared'], deniedPackages: ['electron', 'fastify', 'pg', '@electric-sql/pglite'], denyNode: true },
  electron: { layers: ['electron', 'shared'], deniedPackages: ['react', 'react-dom', 'dexie', 'fastify', 'pg'] },
  server: { layers: ['server', 'shared'], deniedPackages: ['electron', 'react', 'react-dom', 'dexie'] },
};

function layerOf(file) {
  const rel = path.relative(ROOT, file);
  const top = rel.split(path.sep)[0];
  return LAYERS.includes(top) ? top : undefined;
}

function packageName(spec) {
  const parts = spec.split('/');
  return spec.startsWith('@') ? parts.slice(0, 2).join('/') : parts[0];
}

function check(context, node, spec) {
  const file = context.filename;
  const from = layerOf(file);
  if (from === undefined || typeof spec !== 'string') return;
  const rule = RULES[from];
  let target;
  if (spec.startsWith('.')) target = layerOf(path.resolve(path.dirname(file), spec));
  else if (spec.startsWith('@shared/')) target = 'shared';
  if (from === 'electron' && spec.startsWith('.') && spec.endsWith('?asset')) {
    const assetPath = path.relative(ROOT, path.resolve(path.dirname(file), spec.slice(0, -'?asset'.length)));
    if (assetPath.split(path.sep)[0] === 'resources') return;
  }
  if (spec.startsWith('.') && target === undefined) {
    context.report({ node, message: `${from}/ may not import "${spec}": it is outside the app's layers.` });
    return;
  }
  if (target !== undefined) {
    if (!rule.layers.includes(target)) {
      context.report({ node, message: `${from}/ may not import from ${target}/ ("${spec}"): see eslint/boundaries.js.` });
    }
    return;
  }
  const isNode = spec.startsWith('node:');
  const pkg = isNode ? spec : packageName(spec);
  if (rule.onlyPackages !== undefined && !rule.onlyPackages.includes(pkg)) {
    context.report({ node, message: `shared/ is pure: it may import only ${rule.onlyPackages.join(', ')}, not "${spec}".` });
  } else if (rule.denyNode && isNode) {
    context.report({ node, message: `${from}/ runs in the browser and may not import Node's "${spec}".` });
  } else if (rule.deniedPackages?.includes(pkg)) {
    context.report({ node, message: `${from}/ may not import "${pkg}".` });
  }
  const relToRoot = path.relative(ROOT, file);
  if (from === 'renderer' && pkg === 'dexie' && !relToRoot.startsWith(path.join('renderer', 'src', 'db'))) {
    context.report({ node, message: 'Only renderer/src/db may import dexie: use the functions it exports.' });
  }
  if (from === 'server' && (pkg === 'pg' || pkg === '@electric-sql/pglite') && !relToRoot.startsWith(path.join('server', 'src', 'db'))) {
    context.report({ node, message: `Only server/src/db may import ${pkg}: use the Db interface it exports.` });
  }
}

/** ESLint plugin with the one rule `boundaries/layers`. */
export const boundaries = {
  rules: {
    layers: {
      meta: { type: 'problem', docs: { description: 'Enforce import boundaries between app layers' }, schema: [] },
      create(context) {
        const source = (node) => check(context, node, node.source?.value);
        return {
          ImportDeclaration: source,
          ExportNamedDeclaration: source,
          ExportAllDeclaration: source,
          ImportExpression: source,
          CallExpression(node) {
            if (node.callee.type === 'Identifier' && node.callee.name === 'require' && node.arguments[0]?.type === 'Literal') {
              check(context, node, node.arguments[0].value);
            }
          },
        };
      },
    },
  },
};
