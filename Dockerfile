# syntax=docker/dockerfile:1
# The bot's image:   docker build -t azun-factbot .
# Run it (polling):  docker run -d --name azun-factbot -e TELEGRAM_BOT_TOKEN=... -v azun-factbot-data:/data azun-factbot
# Webhook mode behind nginx: see deploy/. Settings come from the environment only (bot/config.py, SETTINGS).

# ---- builder: build the project's wheel and install it with its dependencies into /opt/venv ----------------------
FROM python:3.11-slim AS builder

ENV PIP_DISABLE_PIP_VERSION_CHECK=1 \
    PIP_NO_CACHE_DIR=1 \
    PIP_ROOT_USER_ACTION=ignore

WORKDIR /src
# Only what the wheel is built from; pyproject.toml names README.md as the long description, so it is needed too.
COPY pyproject.toml README.md ./
COPY bot/ bot/
COPY handlers/ handlers/
COPY knowledge/ knowledge/

# The wheel carries the fact base (knowledge/**/*.yaml is package data). The venv is made without pip: the base
# image's pip installs into it (--python), so neither pip nor setuptools ends up in the final image. Every
# dependency ships binary wheels for CPython 3.11 on glibc, so no compiler is needed.
RUN python -m pip wheel --no-cache-dir --no-deps --wheel-dir /tmp/wheels . \
 && python -m venv --without-pip /opt/venv \
 && python -m pip --python /opt/venv/bin/python install --no-cache-dir /tmp/wheels/*.whl

# ---- final: the same Python, the venv and nothing else -----------------------------------------------------------
FROM python:3.11-slim

LABEL org.opencontainers.image.title="azun-factbot" \
      org.opencontainers.image.description="A Telegram bot that answers questions about Azerbaijan and the United Nations from a cited fact base." \
      org.opencontainers.image.licenses="MIT"

# A fixed uid/gid (10001) so the volume's ownership is the same on every host: chown a bind mount to 10001:10001.
# --no-log-init keeps a high uid from growing /var/log/faillog and lastlog into a huge sparse file.
RUN groupadd --system --gid 10001 bot \
 && useradd --system --no-log-init --uid 10001 --gid bot --home-dir /nonexistent --no-create-home \
        --shell /usr/sbin/nologin bot \
 && mkdir /data \
 && chown bot:bot /data

# The venv's python links to /usr/local/bin/python3.11, which this stage has too (same base image).
COPY --from=builder /opt/venv /opt/venv

ENV PATH=/opt/venv/bin:$PATH \
    PYTHONDONTWRITEBYTECODE=1 \
    PYTHONUNBUFFERED=1 \
    BOT_DATABASE=/data/bot.sqlite3 \
    BOT_HEALTH_FILE=/tmp/bot-health

# The SQLite database (and its journal) lives here; a named volume starts out owned by the bot user.
VOLUME ["/data"]
# An empty working directory: settings are read from the environment, and there is no .env here to read.
WORKDIR /app
# Webhook mode only (BOT_MODE=webhook, WEBHOOK_PORT=8443): plain HTTP, with TLS terminated by a reverse proxy.
EXPOSE 8443

USER 10001:10001

# The bot touches BOT_HEALTH_FILE every polling cycle, at most every 10 s (a 30 s long poll; at most 60 s of back-off
# plus timeouts while Telegram is unreachable) and every 30 s in webhook mode: unhealthy when the file is missing or
# older than 120 s.
# A Python one-liner, since slim has no curl.
HEALTHCHECK --interval=30s --timeout=10s --start-period=60s --retries=3 \
    CMD ["python", "-c", "import os, sys, time; p = os.environ.get('BOT_HEALTH_FILE') or '/tmp/bot-health'; sys.exit(0 if os.path.isfile(p) and time.time() - os.path.getmtime(p) < 120 else 1)"]

ENTRYPOINT ["python", "-m", "bot"]
CMD ["run"]
