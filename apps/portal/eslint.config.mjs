// The workspace rules (Nx module boundaries: no server packages in the portal) plus the portal's own:
// the bulletproof-react layering of STYLE.md — shared code → features → app, no feature importing
// another — as import-x zones on resolved paths (relative or through the @/ alias alike), and no
// import cycles. ESLint 9 finds this file only with `--flag v10_config_lookup_from_file` (the default
// from ESLint 10), which the portal's lint target passes.
import { readdirSync } from 'node:fs';
import baseConfig from '../../eslint.config.mjs';

const HERE = import.meta.dirname;
const SHARED = ['components', 'config', 'hooks', 'lib', 'locales'].map((dir) => `./src/${dir}`);
const APP = ['./src/app', './src/main.tsx'];
const FEATURES = readdirSync(`${HERE}/src/features`, { withFileTypes: true })
  .filter((entry) => entry.isDirectory())
  .map((entry) => entry.name);

const layerZones = [
  {
    target: SHARED,
    from: ['./src/features', ...APP],
    message: 'Shared code must not import features or the app: move what it needs down, or pass it in as props.',
  },
  {
    target: './src/features',
    from: APP,
    message: 'A feature must not import from src/app: the app composes features, not the other way round.',
  },
  ...FEATURES.map((feature) => ({
    target: `./src/features/${feature}`,
    from: './src/features',
    except: [`./${feature}`],
    message: `Feature "${feature}" must not import another feature: compose them in src/app, or move the shared part to lib/ or components/.`,
  })),
];

export default [
  ...baseConfig,
  {
    files: ['src/**/*.ts', 'src/**/*.tsx'],
    rules: {
      'import-x/no-restricted-paths': ['error', { basePath: HERE, zones: layerZones }],
      'import-x/no-cycle': ['error', { maxDepth: 10, ignoreExternal: true }],
      '@typescript-eslint/consistent-type-imports': ['error', { fixStyle: 'inline-type-imports' }],
      eqeqeq: ['error', 'always'],
      'no-console': ['error', { allow: ['error', 'warn'] }],
    },
  },
];
