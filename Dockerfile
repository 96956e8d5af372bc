# Multi-stage build of the explorer: build the UI, then run the server with tsx on a slim Node image.
FROM node:22-bookworm-slim AS build
WORKDIR /app
COPY package.json package-lock.json ./
RUN npm ci --no-audit --no-fund
COPY . .
RUN npm run build

FROM node:22-bookworm-slim AS runtime
ENV NODE_ENV=production HOST=0.0.0.0 PORT=3000 CHROMIUM_PATH=/usr/bin/chromium
WORKDIR /app
# Chromium from Debian's packages draws the snapshot pictures (driven by playwright-core, a runtime dependency);
# the Noto fonts draw the Arabic and Turkish names.
RUN apt-get update \
  && apt-get install -y --no-install-recommends chromium fonts-noto-core fonts-dejavu-core \
  && rm -rf /var/lib/apt/lists/*
COPY package.json package-lock.json ./
# tsx runs the TypeScript server; dev-only packages (vitest, vite) are left out.
RUN npm ci --omit=dev --no-audit --no-fund && npm cache clean --force
COPY --from=build /app/client/dist ./client/dist
COPY server ./server
COPY shared ./shared
COPY cypher ./cypher
COPY data ./data
COPY tsconfig.json ./
USER node
EXPOSE 3000
HEALTHCHECK --interval=10s --timeout=5s --retries=6 CMD node -e "fetch('http://127.0.0.1:3000/api/health').then(r=>process.exit(r.ok?0:1)).catch(()=>process.exit(1))"
CMD ["node", "--import", "tsx", "server/main.ts"]
