# syntax=docker/dockerfile:1
# LeetTrack: one image for the API (`leettrack serve`), the code executor (`leettrack executor`)
# and the one-off tasks (`leettrack db upgrade`, `leettrack seed`). See docs/PRODUCTION.md.

ARG PYTHON_IMAGE=python:3.11-slim-bookworm

# --- build: install the package and its dependencies into a virtual environment ---
FROM ${PYTHON_IMAGE} AS build
ENV PIP_NO_CACHE_DIR=1 \
    PIP_DISABLE_PIP_VERSION_CHECK=1
RUN python -m venv /opt/leettrack
WORKDIR /build
COPY pyproject.toml README.md ./
COPY src ./src
RUN /opt/leettrack/bin/pip install --no-compile . \
    && /opt/leettrack/bin/python -m compileall -q /opt/leettrack/lib

# --- runtime: the virtual environment, bubblewrap for the sandbox, an unprivileged user ---
FROM ${PYTHON_IMAGE} AS runtime
RUN apt-get update \
    && apt-get install -y --no-install-recommends bubblewrap libseccomp2 tini \
    && rm -rf /var/lib/apt/lists/*
RUN groupadd --system --gid 10001 leettrack \
    && useradd --system --uid 10001 --gid leettrack --home-dir /app --no-create-home \
       --shell /usr/sbin/nologin leettrack \
    && mkdir -p /app/data \
    && chown leettrack:leettrack /app/data
COPY --from=build /opt/leettrack /opt/leettrack
ENV PATH=/opt/leettrack/bin:$PATH \
    PYTHONUNBUFFERED=1 \
    PYTHONDONTWRITEBYTECODE=1 \
    APP_ENV=production \
    HOST=0.0.0.0 \
    PORT=8000 \
    LOG_FORMAT=json
WORKDIR /app
USER leettrack:leettrack
EXPOSE 8000
# Liveness of whichever server the container runs: the API on $PORT, or the executor when
# HEALTHCHECK_PORT says so (docker-compose.yml sets it to 8001 for the executor).
HEALTHCHECK --interval=15s --timeout=3s --start-period=20s --retries=3 \
    CMD ["python", "-c", "import os, urllib.request; port = os.environ.get('HEALTHCHECK_PORT') or os.environ.get('PORT', '8000'); urllib.request.urlopen(f'http://127.0.0.1:{port}/health', timeout=2)"]
# tini reaps the sandboxes' processes and forwards SIGTERM for a graceful shutdown.
ENTRYPOINT ["tini", "--"]
CMD ["leettrack", "serve", "--workers", "2"]
