# Production image for the API and the worker (same image, different command).
FROM node:20.20-bookworm-slim AS build
WORKDIR /app
COPY package.json package-lock.json ./
RUN npm ci --no-audit --no-fund
COPY . .
RUN npm run build && npm prune --omit=dev

FROM node:20.20-bookworm-slim
ENV NODE_ENV=production HOST=0.0.0.0 PORT=3000
WORKDIR /app
COPY --from=build /app/package.json ./
COPY --from=build /app/node_modules ./node_modules
COPY --from=build /app/dist ./dist
# The dated euro rates (EXCHANGE_RATES_FILE); mount another file to change them.
COPY --from=build /app/config ./config
USER node
EXPOSE 3000
CMD ["node", "dist/apps/api/src/main.js"]
