FROM node:22-bookworm-slim AS build
WORKDIR /app
COPY package.json package-lock.json ./
RUN npm ci --no-audit --no-fund
COPY . .
# After the prune, every package the built programs load must still resolve.
RUN npm run build && npm prune --omit=dev && node scripts/check-runtime-deps.mjs

FROM node:22-bookworm-slim
WORKDIR /app
ENV NODE_ENV=production
# Scanned PDFs are read by OCR: Tesseract with Vietnamese data, pages rasterised by pdftoppm (poppler-utils).
RUN apt-get update \
  && apt-get install -y --no-install-recommends tesseract-ocr tesseract-ocr-vie poppler-utils \
  && rm -rf /var/lib/apt/lists/*
COPY --from=build /app/node_modules ./node_modules
COPY --from=build /app/dist ./dist
COPY package.json ./
USER node
EXPOSE 3000
CMD ["node", "dist/apps/api/main.js"]
