# syntax=docker/dockerfile:1
# Köprü gateway: build the native SQLite binding in a full image, run in a slim one as a non-root user.
FROM node:20-bookworm AS build
WORKDIR /app
COPY package.json package-lock.json ./
RUN npm ci --no-audit --no-fund && npm prune --omit=dev
COPY . .

FROM node:20-bookworm-slim
ENV NODE_ENV=production PORT=8183 DATABASE_URL=/data/kopru.db
WORKDIR /app
COPY --from=build /app /app
RUN groupadd --system kopru && useradd --system --gid kopru --home /app kopru \
 && mkdir -p /data && chown kopru:kopru /data
USER kopru
VOLUME ["/data"]
EXPOSE 8183
# DATA_KEY must be provided (production refuses to start without it): docker run -e DATA_KEY=$(openssl rand -hex 32) …
HEALTHCHECK --interval=30s --timeout=5s --start-period=20s --retries=3 \
  CMD node -e "fetch('http://127.0.0.1:'+(process.env.PORT||8183)+'/healthz').then(r=>process.exit(r.ok?0:1),()=>process.exit(1))"
CMD ["node", "--import", "tsx", "src/main.ts"]
