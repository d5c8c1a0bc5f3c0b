# syntax=docker/dockerfile:1
#
# Botica's production image (docs/deploy.md). NOT built in this repository's CI: the machines that run
# the tests have no Docker, so this file is kept plain enough to check by reading. Build and run:
#
#   docker build --build-arg DATABASE_URL=postgres://… -t botica .   # next build prerenders the catalogue
#   (any migrated database works, even an empty one; nothing it prerenders is served stale)
#   docker run --rm --env-file botica.env botica npm run db:migrate      # once per release
#   docker run -d --env-file botica.env -p 3000:3000 botica               # each instance
#
# No `output: 'standalone'`: the production server is the project's own launcher (scripts/serve.mjs, plain
# JavaScript: one Next.js worker per core) and the cache handlers (cache-handlers/), which need the full
# node_modules. Several instances: pass the same NEXT_SERVER_ACTIONS_ENCRYPTION_KEY and DEPLOYMENT_ID
# build args to every build (docs/architecture.md).

FROM node:22-bookworm-slim AS deps
WORKDIR /app
COPY package.json package-lock.json ./
# Fixes to dependencies applied by `postinstall` (patch-package), e.g. postgres.js reconnecting after a restart.
COPY patches ./patches
RUN npm ci --no-audit --no-fund

FROM node:22-bookworm-slim AS build
WORKDIR /app
ENV NEXT_TELEMETRY_DISABLED=1
COPY --from=deps /app/node_modules ./node_modules
COPY . .
ARG DATABASE_URL
ARG NEXT_SERVER_ACTIONS_ENCRYPTION_KEY
ARG DEPLOYMENT_ID
RUN npx next build

FROM node:22-bookworm-slim AS runtime
WORKDIR /app
ENV NODE_ENV=production \
    NEXT_TELEMETRY_DISABLED=1 \
    PORT=3000
COPY --from=build --chown=node:node /app/package.json /app/package-lock.json /app/tsconfig.json /app/next.config.js ./
COPY --from=build --chown=node:node /app/node_modules ./node_modules
COPY --from=build --chown=node:node /app/.next ./.next
COPY --from=build --chown=node:node /app/public ./public
COPY --from=build --chown=node:node /app/scripts ./scripts
COPY --from=build --chown=node:node /app/lib ./lib
COPY --from=build --chown=node:node /app/db ./db
COPY --from=build --chown=node:node /app/inngest ./inngest
COPY --from=build --chown=node:node /app/cache-handlers ./cache-handlers
USER node
EXPOSE 3000
HEALTHCHECK --interval=10s --timeout=3s --start-period=30s \
  CMD node -e "fetch('http://127.0.0.1:'+process.env.PORT+'/api/health').then(r=>process.exit(r.ok?0:1),()=>process.exit(1))"
CMD ["sh", "-c", "exec node scripts/serve.mjs --port \"$PORT\" --hostname 0.0.0.0"]
