import 'reflect-metadata';
import cookie from '@fastify/cookie';
import { INestApplication, RequestMethod } from '@nestjs/common';
import { NestFactory } from '@nestjs/core';
import { FastifyAdapter, NestFastifyApplication } from '@nestjs/platform-fastify';
import { DocumentBuilder, OpenAPIObject, SwaggerModule } from '@nestjs/swagger';
import { AppModule } from './app.module';
import type { AppConfig } from './core/config/app-config';
import { SESSION_COOKIE } from './core/auth/session-cookie';
import { AllExceptionsFilter } from './core/errors/all-exceptions.filter';
import { createLogger, echoRequestId, logRequests, nestLogger, requestIdOf } from './core/logging/logging';
import { refuseCrossSiteWrites } from './core/http/cross-site';
import { acceptOAuthTokenForms } from './core/http/oauth-form-body';
import { acceptJsonBodiesOnly } from './core/http/json-body';
import { acceptTranslationFiles } from './core/http/translation-file-body';
import { acceptOfficerImportFiles } from './core/http/officer-import-file-body';
import { noStoreOnApi } from './core/http/no-store';
import { setSecurityHeaders } from './core/http/security-headers';
import { compressResponses } from './core/http/compression';
import { allowCrossOrigin } from './core/http/cors';
import { readPortal, servePortalFiles } from './core/http/portal-static';
import { createValidationPipe } from './core/validation/validation.pipe';
import { mountQueueBoard } from './core/queue/queue-board';

export const API_PREFIX = 'api';

/** Routes served at the root, where standards look for them (did:web, OpenID for VC Issuance). */
const WELL_KNOWN_ROUTES = [
  { path: '.well-known/did.json', method: RequestMethod.GET },
  { path: '.well-known/openid-credential-issuer', method: RequestMethod.GET },
  { path: '.well-known/oauth-authorization-server', method: RequestMethod.GET },
  { path: 'did.json', method: RequestMethod.GET },
];

/** Read-only documents for anyone: they name no one but a credential's holder, whose code or credential the reader already has. */
const PUBLIC_READS = [
  /^\/api\/credentials\/(jwks\.json|status\/[^/?]+)(\?|$)/,
  /^\/api\/verify\/[^/?]+(\?|$)/,
  /^\/api\/certification-programmes\/[^/?]+(\?|$)/,
  /^\/\.well-known\/[^/?]+(\?|$)/,
  /^\/did\.json(\?|$)/,
];

export function isPublicCorsRequest(request: {
  url?: string;
  method?: string;
  headers: Record<string, string | string[] | undefined>;
}): boolean {
  const method =
    request.method === 'OPTIONS' ? String(request.headers['access-control-request-method'] ?? '') : request.method;
  if (method === 'POST') return WALLET_ENDPOINT.test(request.url ?? '');
  return (method === 'GET' || method === 'HEAD') && PUBLIC_READS.some((p) => p.test(request.url ?? ''));
}

/** OpenID for VC Issuance endpoints: no cookie, a one-time code or bearer token instead; wallets may be web pages. */
const WALLET_PREFIX = '/api/oid4vci/';
const WALLET_ENDPOINT = /^\/api\/oid4vci\/(token|nonce|credential)(\?|$)/;

/** Builds the HTTP application exactly as `main.ts` serves it; tests use the same function. */
export async function createApiApp(config: AppConfig): Promise<NestFastifyApplication> {
  // Client addresses (login throttling, verification rate limits) come from X-Forwarded-For only
  // through as many proxies as the deployment declares; otherwise a client could name any address.
  const adapter = new FastifyAdapter({
    trustProxy: config.trustProxyHops > 0 ? config.trustProxyHops : false,
    bodyLimit: 1024 * 1024,
    genReqId: requestIdOf,
    // The API has no Nest middleware (request logging is a Fastify hook): no second router per request.
    skipMiddie: true,
  });
  const logger = createLogger(config, 'api');
  const app = await NestFactory.create<NestFastifyApplication>(
    AppModule.forRoot(config),
    adapter,
    // Nest's parsers would accept urlencoded forms; acceptJsonBodiesOnly installs the only one.
    { logger: nestLogger(logger), bodyParser: false },
  );
  const fastify = app.getHttpAdapter().getInstance();
  logRequests(fastify, logger);
  echoRequestId(fastify);
  // The portal's origins may call with credentials; what verifiers and wallets read (keys, DID document,
  // status lists, public verification, programmes) answers any origin, never with credentials.
  await allowCrossOrigin(
    fastify,
    (request, done) =>
      done(
        null,
        isPublicCorsRequest(request)
          ? { origin: '*', credentials: false, methods: ['GET', 'HEAD', 'POST'], maxAge: 600 }
          : { origin: config.corsOrigins, credentials: true },
      ),
    isPublicCorsRequest,
  );
  // Only JSON bodies, and no writes from other sites' pages: a cross-site form can never reach a handler.
  acceptJsonBodiesOnly(fastify);
  acceptTranslationFiles(fastify);
  acceptOfficerImportFiles(fastify);
  acceptOAuthTokenForms(fastify, ['/api/oid4vci/token']);
  refuseCrossSiteWrites(fastify, [...config.corsOrigins, config.publicUrl], [WALLET_PREFIX]);
  noStoreOnApi(fastify, `/${API_PREFIX}`);
  // JSON, the portal's index.html and CSV exports in Brotli or gzip when asked; Cache-Control as set.
  compressResponses(fastify);
  // Read before the CSP is set: the loading shell's inline script is allowed by its hash only.
  const portal = readPortal(config.portalDir);

  await app.register(cookie as never);
  setSecurityHeaders(fastify, {
    contentSecurityPolicy: {
      directives: {
        defaultSrc: ["'self'"],
        scriptSrc: ["'self'", ...(portal?.inlineScriptHashes ?? [])],
        styleSrc: ["'self'", "'unsafe-inline'"],
        imgSrc: ["'self'", 'data:'],
        connectSrc: ["'self'"],
        objectSrc: ["'none'"],
        frameAncestors: ["'none'"],
        // The portal may be served over plain http inside a private network.
        upgradeInsecureRequests: null,
      },
    },
  });
  app.setGlobalPrefix(API_PREFIX, { exclude: WELL_KNOWN_ROUTES });
  app.useGlobalPipes(createValidationPipe());

  if (portal) await servePortalFiles(fastify, config.portalDir);
  app.useGlobalFilters(new AllExceptionsFilter(portal?.index, `/${API_PREFIX}`));

  await mountQueueBoard(app);

  SwaggerModule.setup(`${API_PREFIX}/docs`, app, () => buildOpenApiDocument(app), {
    jsonDocumentUrl: `${API_PREFIX}/docs-json`,
    swaggerOptions: { withCredentials: true },
  });
  return app;
}

export function buildOpenApiDocument(app: INestApplication): OpenAPIObject {
  const config = new DocumentBuilder()
    .setTitle('Icspa Academy API')
    .setDescription('Training of police forces in cybercrime investigation by the alliance’s member firms.')
    .setVersion('1.0')
    .addCookieAuth(SESSION_COOKIE, { type: 'apiKey', in: 'cookie', name: SESSION_COOKIE }, 'session')
    .build();
  return SwaggerModule.createDocument(app, config, {
    operationIdFactory: (controller, method) => `${controller.replace(/Controller$/, '')}_${method}`,
  });
}
