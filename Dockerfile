# syntax=docker/dockerfile:1
#
# Botica's production image (docs/deploy.md). NOT built in this repository's CI: the machines that run
# the tests have no Docker, so this file is kept plain enough to check by reading. Build and run:
#
#   docker build -t botica .
#   docker run --rm --env-file botica.env botica npm run db:migrate      # once per release
#   docker run -d --env-file botica.env -p 3000:3000 botica               # each instance
#
# No `output: 'standalone'`: the production server is the project's own start command (scripts/serve.ts,
# run by tsx), which needs the full node_modules, not Next.js's traced subset.

FROM node:22-bookworm-slim AS deps
WORKDIR /app
COPY package.json package-lock.json ./
RUN npm ci --no-audit --no-fund

FROM node:22-bookworm-slim AS build
WORKDIR /app
ENV NEXT_TELEMETRY_DISABLED=1
COPY --from=deps /app/node_modules ./node_modules
COPY . .
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
USER node
EXPOSE 3000
HEALTHCHECK --interval=10s --timeout=3s --start-period=30s \
  CMD node -e "fetch('http://127.0.0.1:'+process.env.PORT+'/api/health').then(r=>process.exit(r.ok?0:1),()=>process.exit(1))"
CMD ["sh", "-c", "exec npx tsx scripts/serve.ts --port \"$PORT\" --hostname 0.0.0.0"]
