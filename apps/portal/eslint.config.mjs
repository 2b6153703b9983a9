// The workspace rules (Nx module boundaries: no server packages in the portal) plus the portal's own:
// the bulletproof-react layering of STYLE.md — shared code → features → app, no feature importing
// another. ESLint 9 finds this file only with `--flag v10_config_lookup_from_file` (the default from
// ESLint 10), which the portal's lint target passes.
import { dirname, relative, resolve, sep } from 'node:path';
import baseConfig from '../../eslint.config.mjs';

/** `src/<layer>/…` of a file, with the feature name for `src/features/<name>/…`. */
function layerOf(file) {
  const marker = `${sep}apps${sep}portal${sep}src${sep}`;
  const at = file.lastIndexOf(marker);
  if (at < 0) return undefined;
  const [top, second] = file.slice(at + marker.length).split(sep);
  if (top === 'features') return { layer: 'features', feature: second };
  if (['app', 'main.tsx'].includes(top)) return { layer: 'app' };
  return { layer: 'shared', name: top }; // components, config, hooks, lib, locales, styles
}

const layersRule = {
  meta: {
    type: 'problem',
    docs: { description: 'Imports flow shared → features → app; a feature never imports another feature.' },
    messages: {
      sharedUp: 'Shared code ({{from}}) must not import from {{to}}: move what it needs down, or pass it in as props.',
      featureToApp:
        'Feature "{{from}}" must not import from src/app: the app composes features, not the other way round.',
      crossFeature:
        'Feature "{{from}}" must not import feature "{{to}}": compose them in src/app, or move the shared part to lib/ or components/.',
    },
    schema: [],
  },
  create(context) {
    const file = context.filename;
    const from = layerOf(file);
    if (!from) return {};
    return {
      ImportDeclaration(node) {
        const source = node.source.value;
        if (typeof source !== 'string' || !source.startsWith('.')) return;
        const to = layerOf(resolve(dirname(file), source));
        if (!to) return;
        if (from.layer === 'shared' && to.layer !== 'shared') {
          context.report({
            node,
            messageId: 'sharedUp',
            data: { from: from.name, to: relative(dirname(file), resolve(dirname(file), source)) },
          });
        } else if (from.layer === 'features' && to.layer === 'app') {
          context.report({ node, messageId: 'featureToApp', data: { from: from.feature } });
        } else if (from.layer === 'features' && to.layer === 'features' && to.feature !== from.feature) {
          context.report({ node, messageId: 'crossFeature', data: { from: from.feature, to: to.feature } });
        }
      },
    };
  },
};

export default [
  ...baseConfig,
  {
    files: ['src/**/*.ts', 'src/**/*.tsx'],
    plugins: { portal: { rules: { layers: layersRule } } },
    rules: {
      'portal/layers': 'error',
      '@typescript-eslint/consistent-type-imports': ['error', { fixStyle: 'inline-type-imports' }],
      eqeqeq: ['error', 'always'],
      'no-console': ['error', { allow: ['error', 'warn'] }],
    },
  },
];
