# tms-doctor as a service. Multi-stage: compile and build better-sqlite3 in the first stage, run as
# the non-root `node` user with production dependencies only. Configuration is the environment
# (README.md "Configuration"); SQLite lives in /data unless DATABASE_URL points at PostgreSQL.
# Not built or run by the test suite (this project's CI has no container engine).
FROM node:20-bookworm-slim AS build
WORKDIR /app
RUN apt-get update && apt-get install -y --no-install-recommends python3 make g++ && rm -rf /var/lib/apt/lists/*
COPY package.json package-lock.json ./
RUN npm ci --ignore-scripts && npm rebuild better-sqlite3
COPY tsconfig.json tsconfig.build.json ./
COPY src ./src
RUN npm run build && npm ci --omit=dev --ignore-scripts && npm rebuild better-sqlite3

FROM node:20-bookworm-slim
ENV NODE_ENV=production TMS_DOCTOR_DB=/data/tms-doctor.db PORT=3000
WORKDIR /app
COPY --from=build /app/package.json ./
COPY --from=build /app/node_modules ./node_modules
COPY --from=build /app/dist ./dist
RUN mkdir -p /data && chown node:node /data
USER node
VOLUME /data
EXPOSE 3000
# /healthz: on PORT in HTTP mode, on METRICS_PORT in Socket Mode.
HEALTHCHECK --interval=30s --timeout=3s --start-period=20s \
  CMD node -e "fetch('http://127.0.0.1:'+(process.env.METRICS_PORT||process.env.PORT||3000)+'/healthz').then(r=>process.exit(r.ok?0:1),()=>process.exit(1))"
# SIGTERM: finish the turns in flight within 8 s of the signal, close the database (at most 1 s more),
# then exit 0: the default 10 s stop timeout fits.
CMD ["node", "dist/cli.js", "start"]
