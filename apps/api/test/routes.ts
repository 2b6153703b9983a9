import { RequestMethod } from '@nestjs/common';
import { METHOD_METADATA, PATH_METADATA } from '@nestjs/common/constants';
import { ModulesContainer } from '@nestjs/core';
import type { INestApplication } from '@nestjs/common';
import { ACCESS_KEY, AccessRule } from '../src/core/auth/access.decorator';

export interface RouteInfo {
  method: string;
  path: string;
  controller: string;
  handler: string;
  access?: AccessRule;
}

function join(...parts: string[]): string {
  return (
    '/' +
    parts
      .map((p) => p.replace(/^\/|\/$/g, ''))
      .filter(Boolean)
      .join('/')
  ).replace(/\/+/g, '/');
}

/** Every HTTP route the application registers, with the access rule it declares (if any). */
export function listRoutes(app: INestApplication, prefix = 'api'): RouteInfo[] {
  const routes: RouteInfo[] = [];
  for (const module of app.get(ModulesContainer).values()) {
    for (const wrapper of module.controllers.values()) {
      const controller = wrapper.metatype as (new (...args: unknown[]) => unknown) | undefined;
      if (!controller) continue;
      const base = Reflect.getMetadata(PATH_METADATA, controller) ?? '';
      const proto = controller.prototype as Record<string, unknown>;
      for (const name of Object.getOwnPropertyNames(proto)) {
        const fn = proto[name];
        if (name === 'constructor' || typeof fn !== 'function') continue;
        const path = Reflect.getMetadata(PATH_METADATA, fn);
        const method = Reflect.getMetadata(METHOD_METADATA, fn);
        if (path === undefined || method === undefined) continue;
        const access = (Reflect.getMetadata(ACCESS_KEY, fn) ?? Reflect.getMetadata(ACCESS_KEY, controller)) as
          AccessRule | undefined;
        for (const p of Array.isArray(path) ? path : [path]) {
          routes.push({
            method: RequestMethod[method],
            path: join(prefix, base, p),
            controller: controller.name,
            handler: name,
            access,
          });
        }
      }
    }
  }
  return routes;
}

/** A concrete URL for a route pattern: ids become a random (absent) UUID, codes a real country. */
export function sampleUrl(path: string, values: Record<string, string> = {}): string {
  return path.replace(
    /:(\w+)/g,
    (_, name: string) => values[name] ?? (name === 'code' ? 'UA' : '00000000-0000-4000-8000-000000000000'),
  );
}
