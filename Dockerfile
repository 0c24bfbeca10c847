# One image for every Capstan process; APP picks which one runs (api, worker, graph-sim-app).
FROM node:24-slim
ENV PNPM_HOME=/pnpm PATH=/pnpm:$PATH TURBO_TELEMETRY_DISABLED=1
RUN npm install --global --no-fund --no-audit pnpm@10.34.8
WORKDIR /capstan
COPY . .
RUN pnpm install --frozen-lockfile && pnpm --filter @capstan/db generate
ARG APP=api
ENV APP=$APP NODE_ENV=production
CMD ["sh", "-c", "exec pnpm --filter @capstan/$APP start"]
