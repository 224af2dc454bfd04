# syntax=docker/dockerfile:1.7
# One build, one image per service:
#   docker build --target cell-runtime -t <registry>/cell-runtime:<git sha> .
# Targets: control-plane, workflows-worker, router, cell-runtime, cell-worker, storefront, admin,
# migrate-control-plane, migrate-cell. Services run their TypeScript through tsx (ADR 0008);
# the workflow bundle and the Next.js apps are built here, never at start-up.
# (No Docker engine runs on the development machines: this file is exercised by the release
# pipeline, not by `npm test`.)

FROM node:20.20-bookworm-slim AS build
WORKDIR /app
ENV NEXT_TELEMETRY_DISABLED=1
COPY . .
RUN npm ci --no-audit --no-fund \
 && (cd storefront && npx next build) \
 && (cd admin && npx next build) \
 && npx tsx workflows/src/build-bundle.ts /app/dist/workflow-bundle.js

FROM node:20.20-bookworm-slim AS runtime
WORKDIR /app
ENV NODE_ENV=production NEXT_TELEMETRY_DISABLED=1
# The RDS certificate authorities, for DATABASE_URL with sslmode=verify-full (pulumi/README.md).
# World-readable: ADD gives a downloaded file mode 600 and root as owner, which the `node` user
# could not read, and Node only warns when NODE_EXTRA_CA_CERTS cannot be loaded.
ADD --chmod=644 https://truststore.pki.rds.amazonaws.com/global/global-bundle.pem /etc/ssl/certs/rds-global-bundle.pem
COPY --from=build --chown=node:node /app /app
USER node

FROM runtime AS control-plane
EXPOSE 4000 9400
CMD ["node", "--import", "tsx", "control-plane/src/main.ts"]

FROM runtime AS workflows-worker
ENV WORKFLOW_BUNDLE_PATH=/app/dist/workflow-bundle.js
EXPOSE 9600
CMD ["node", "--import", "tsx", "workflows/src/main.ts"]

FROM runtime AS router
EXPOSE 8080 9080
CMD ["node", "--import", "tsx", "router/src/main.ts"]

FROM runtime AS cell-runtime
EXPOSE 4100 9500
CMD ["node", "--import", "tsx", "cell-runtime/src/main.ts"]

# The cell's background process (outbox relay, event consumers, periodic jobs). Its only port is
# the ops server: /metrics, /healthz, /readyz.
FROM runtime AS cell-worker
EXPOSE 9550
CMD ["node", "--import", "tsx", "cell-runtime/src/worker/main.ts"]

FROM runtime AS storefront
WORKDIR /app/storefront
EXPOSE 3000
CMD ["/app/node_modules/.bin/next", "start", "-p", "3000"]

FROM runtime AS admin
WORKDIR /app/admin
EXPOSE 3000
CMD ["/app/node_modules/.bin/next", "start", "-p", "3000"]

FROM runtime AS migrate-control-plane
CMD ["node", "--import", "tsx", "control-plane/src/cli/migrate.ts"]

FROM runtime AS migrate-cell
CMD ["node", "--import", "tsx", "cell-runtime/src/cli/migrate.ts"]
