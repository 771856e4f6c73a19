"""Publishing: the CI and Pages workflows, the citation file, the changelog and the licences.

`make lint` lints the workflows with actionlint and validates CITATION.cff with check-jsonschema.
These tests check what the workflows run (the Makefile's commands, through .ci/run for CI), and
that the release's facts (version, date, addresses, licences) agree across the files that state
them. All of it runs offline: the CFF schema comes from the check-jsonschema package in the lock.
"""

from __future__ import annotations

import copy
import json
import re
import tomllib
from importlib import resources
from pathlib import Path

import jsonschema
import pytest
import yaml

ROOT = Path(__file__).resolve().parents[1]
WORKFLOWS = ROOT / ".github" / "workflows"
CONFIG = yaml.safe_load((ROOT / "_config.yml").read_text(encoding="utf-8"))
PYPROJECT = tomllib.loads((ROOT / "pyproject.toml").read_text(encoding="utf-8"))
VERSION = PYPROJECT["project"]["version"]
CFF_SCHEMA_ID = "https://citation-file-format.github.io/1.2.0/schema.json"
LICENCES = ["MIT", "CC-BY-4.0"]


class Yaml12Loader(yaml.SafeLoader):
    """PyYAML's safe loader, reading scalars as YAML 1.2 does (GitHub, CFF and check-jsonschema
    read YAML 1.2): `on` is a string, not True, and 2026-12-01 is a string, not a date."""


Yaml12Loader.yaml_implicit_resolvers = {
    first: [
        (tag, regexp)
        for tag, regexp in resolvers
        if tag not in {"tag:yaml.org,2002:bool", "tag:yaml.org,2002:timestamp"}
    ]
    for first, resolvers in yaml.SafeLoader.yaml_implicit_resolvers.items()
}
Yaml12Loader.add_implicit_resolver(
    "tag:yaml.org,2002:bool", re.compile(r"^(?:true|True|TRUE|false|False|FALSE)$"), list("tTfF")
)


def load_yaml(path: Path) -> dict:
    return yaml.load(path.read_text(encoding="utf-8"), Loader=Yaml12Loader)


def steps(workflow: dict, job: str) -> list[dict]:
    return workflow["jobs"][job]["steps"]


def action(step: dict) -> str:
    """The action a step uses, without its version: actions/checkout@v7 -> actions/checkout."""
    return step.get("uses", "").split("@")[0]


def run_commands(workflow: dict) -> list[str]:
    """Every `run:` command of every job, in order."""
    return [
        step["run"].strip()
        for job in workflow["jobs"].values()
        for step in job.get("steps", [])
        if "run" in step
    ]


def makefile_rule(target: str) -> tuple[list[str], list[str]]:
    """A Makefile target's prerequisites and recipe lines."""
    lines = (ROOT / "Makefile").read_text(encoding="utf-8").splitlines()
    for index, line in enumerate(lines):
        if re.match(rf"^{re.escape(target)}\s*:(?!=)", line):
            prerequisites = line.split(":", 1)[1].split()
            recipe = []
            for following in lines[index + 1 :]:
                if not following.startswith("\t"):
                    break
                recipe.append(following.strip())
            return prerequisites, recipe
    raise AssertionError(f"the Makefile has no target {target}")


def makefile_variable(name: str) -> str:
    text = (ROOT / "Makefile").read_text(encoding="utf-8")
    match = re.search(rf"^{re.escape(name)}\s*[:?]?=\s*(.+)$", text, re.MULTILINE)
    assert match, f"the Makefile does not set {name}"
    return match.group(1).strip()


def lock_python() -> str:
    """The Python version of the lock and of Binder, which must agree: 3.11."""
    runtime = (ROOT / "binder" / "runtime.txt").read_text(encoding="utf-8").strip()
    binder = runtime.removeprefix("python-")
    _, lock = makefile_rule("lock")
    compiled_for = re.search(r"--python-version\s+(\S+)", " ".join(lock))
    assert compiled_for and compiled_for.group(1) == binder
    return binder


def pages_url(repository_url: str) -> str:
    """https://github.com/OWNER/REPO -> https://owner.github.io/REPO/, where Pages serves it."""
    owner, repository = re.fullmatch(
        r"https://github\.com/([^/]+)/([^/]+?)/?", repository_url
    ).groups()
    return f"https://{owner.lower()}.github.io/{repository}/"


def changelog_releases() -> list[tuple[str, str]]:
    """(version, date) of every release in CHANGELOG.md, newest first."""
    text = (ROOT / "CHANGELOG.md").read_text(encoding="utf-8")
    return re.findall(r"^## \[(\d+\.\d+\.\d+)\] - (\d{4}-\d{2}-\d{2})$", text, re.MULTILINE)


def readme_section(title: str) -> str:
    readme = (ROOT / "README.md").read_text(encoding="utf-8")
    pattern = rf"^## {re.escape(title)}\n(.*?)(?=^## |\Z)"
    match = re.search(pattern, readme, re.MULTILINE | re.DOTALL)
    assert match, f"README.md has no section {title!r}"
    return match.group(1)


# --- the workflows ------------------------------------------------------------------------------


def test_ci_workflow_runs_ci_run_on_every_push_and_pull_request():
    ci = load_yaml(WORKFLOWS / "ci.yml")
    assert {"push", "pull_request"} <= set(ci["on"])
    for event in ("push", "pull_request"):  # on every branch: no filter
        assert not (ci["on"][event] or {}), f"CI runs on {event} with a filter"
    # One command, the project's single CI entry point: the same checks as any other CI.
    assert run_commands(ci) == ["bash .ci/run"]


def test_ci_run_calls_make_test_and_make_test_lints():
    script = (ROOT / ".ci" / "run").read_text(encoding="utf-8")
    assert script.startswith("#!/usr/bin/env bash\n")
    assert re.search(r"^set -euo pipefail$", script, re.MULTILINE)
    commands = [
        line.strip()
        for line in script.splitlines()
        if line.strip() and not line.lstrip().startswith("#")
    ]
    assert commands[-1] == "make test", "the README's test command must be .ci/run's last word"
    prerequisites, _ = makefile_rule("test")
    assert prerequisites[0] == "lint"
    assert "lint" in makefile_rule("check")[0]


def test_make_lint_lints_the_workflows_and_validates_the_citation_file():
    _, recipe = makefile_rule("lint")
    actionlint = [line for line in recipe if line.startswith("$(VENV)/bin/actionlint")]
    assert len(actionlint) == 1 and actionlint[0].endswith(" $(WORKFLOWS)")
    # $(WORKFLOWS) names every workflow in .github/workflows.
    patterns = re.fullmatch(r"\$\(wildcard ([^)]+)\)", makefile_variable("WORKFLOWS")).group(1)
    linted = {path for pattern in patterns.split() for path in ROOT.glob(pattern)}
    assert linted == set(WORKFLOWS.iterdir()) and len(linted) >= 2
    assert any(
        line.startswith("$(VENV)/bin/check-jsonschema")
        and "--builtin-schema vendor.citation-file-format" in line
        and line.endswith(" CITATION.cff")
        for line in recipe
    )


@pytest.mark.parametrize("name", ["ci.yml", "pages.yml"])
def test_workflows_use_the_lock_python_with_pip_caching(name):
    workflow = load_yaml(WORKFLOWS / name)
    setups = [
        step
        for job in workflow["jobs"].values()
        for step in job.get("steps", [])
        if action(step) == "actions/setup-python"
    ]
    assert setups, f"{name} does not set up Python"
    for step in setups:
        assert str(step["with"]["python-version"]) == lock_python()
        assert step["with"]["cache"] == "pip"
        assert "requirements.txt" in step["with"]["cache-dependency-path"]


def test_ci_uploads_execution_reports_and_screenshots_on_failure():
    ci = load_yaml(WORKFLOWS / "ci.yml")
    uploads = [step for step in steps(ci, "test") if action(step) == "actions/upload-artifact"]
    uploaded = set()
    for step in uploads:
        assert step.get("if") in {"failure()", "${{ failure() }}"}, step.get("name")
        assert step["with"]["if-no-files-found"] == "ignore"
        uploaded |= set(step["with"]["path"].split())
    assert {"_build/html/reports", "_build/.jupyter_cache", "_build/screenshots/"} <= uploaded
    # They come after the checks, so that they see what the checks left.
    step_names = [step.get("run") or action(step) for step in steps(ci, "test")]
    assert step_names.index("bash .ci/run") < step_names.index("actions/upload-artifact")


def test_pages_workflow_builds_the_site_with_make_book():
    pages = load_yaml(WORKFLOWS / "pages.yml")
    # Only the branch the book's repository button names is published.
    assert pages["on"]["push"]["branches"] == [CONFIG["repository"]["branch"]]
    assert run_commands(pages) == ["make book"]
    # `make book` builds with the command that `make test` runs strictly (build-strict), so what
    # is published is what CI checked; and it writes the site where the workflow uploads it from.
    _, book = makefile_rule("book")
    _, strict = makefile_rule("build-strict")
    assert "$(BOOK_BUILD)" in book and "$(BOOK_BUILD)" in strict
    assert re.search(r"jupyter-book build \. .*-W", makefile_variable("BOOK_BUILD"))
    assert any("_build/html/index.html" in line for line in book)
    build = steps(pages, "build")
    order = [step.get("run") or action(step) for step in build]
    assert order.index("actions/configure-pages") < order.index("make book")
    assert order.index("make book") < order.index("actions/upload-pages-artifact")
    upload = next(step for step in build if action(step) == "actions/upload-pages-artifact")
    assert upload["with"]["path"] == "_build/html"


def test_pages_workflow_deploys_with_the_official_actions_and_least_permissions():
    pages = load_yaml(WORKFLOWS / "pages.yml")
    assert pages["permissions"] == {"contents": "read"}
    deploy = pages["jobs"]["deploy"]
    assert deploy["needs"] == "build"
    assert deploy["permissions"] == {"pages": "write", "id-token": "write"}
    assert deploy["environment"]["name"] == "github-pages"
    assert [action(step) for step in deploy["steps"]] == ["actions/deploy-pages"]
    assert "steps.deployment.outputs.page_url" in deploy["environment"]["url"]
    assert deploy["steps"][0]["id"] == "deployment"
    assert pages["concurrency"]["cancel-in-progress"] is False


# --- citation, changelog, licences --------------------------------------------------------------


def cff_schema() -> dict:
    """The Citation File Format 1.2.0 schema, as check-jsonschema (in the lock) bundles it."""
    vendor = resources.files("check_jsonschema.builtin_schemas.vendor")
    schema = json.loads(vendor.joinpath("citation-file-format.json").read_text(encoding="utf-8"))
    assert schema["$id"] == CFF_SCHEMA_ID
    return schema


def cff_errors(citation: dict) -> list[str]:
    validator = jsonschema.Draft7Validator(
        cff_schema(), format_checker=jsonschema.Draft7Validator.FORMAT_CHECKER
    )
    return [f"{list(error.path)}: {error.message}" for error in validator.iter_errors(citation)]


def test_citation_file_is_valid_cff_1_2_0():
    citation = load_yaml(ROOT / "CITATION.cff")
    assert citation["cff-version"] == "1.2.0"
    assert cff_errors(citation) == []


def test_the_citation_check_rejects_a_broken_file():
    broken = copy.deepcopy(load_yaml(ROOT / "CITATION.cff"))
    del broken["authors"]
    broken["license"] = "MIT licence"
    broken["date-released"] = "1 December 2026"
    errors = cff_errors(broken)
    assert any("'authors' is a required property" in error for error in errors), errors
    assert any(error.startswith("['license']") for error in errors), errors
    assert any(error.startswith("['date-released']") for error in errors), errors


def test_citation_agrees_with_pyproject_changelog_and_config():
    citation = load_yaml(ROOT / "CITATION.cff")
    releases = changelog_releases()
    assert releases, "CHANGELOG.md has no release"
    assert str(citation["version"]) == VERSION
    assert (VERSION, citation["date-released"]) == releases[0]
    assert citation["title"] == CONFIG["title"]
    assert citation["repository-code"] == CONFIG["repository"]["url"]
    assert citation["url"] == pages_url(CONFIG["repository"]["url"])
    assert citation["license"] == LICENCES
    book = citation["preferred-citation"]
    assert book["type"] == "book" and book["title"] == citation["title"]
    assert book["authors"] == citation["authors"]
    assert str(book["version"]) == VERSION and book["url"] == citation["url"]
    assert f"{book['year']}-{book['month']:02d}" == citation["date-released"][:7]
    assert book["license"] == LICENCES


def test_changelog_lists_releases_newest_first_with_links():
    text = (ROOT / "CHANGELOG.md").read_text(encoding="utf-8")
    releases = changelog_releases()
    assert releases[0][0] == VERSION
    versions = [tuple(int(part) for part in version.split(".")) for version, _ in releases]
    assert versions == sorted(versions, reverse=True) and len(set(versions)) == len(versions)
    dates = [date for _, date in releases]
    assert dates == sorted(dates, reverse=True)
    for version, _ in releases:
        link = f"[{version}]: {CONFIG['repository']['url']}/releases/tag/v{version}"
        assert link in text, f"no link for {version}"


def test_site_footer_readme_and_licence_file_name_both_licences():
    footer = CONFIG["html"]["extra_footer"]
    assert "MIT" in footer and "CC BY 4.0" in footer
    assert "https://creativecommons.org/licenses/by/4.0/" in footer
    assert "https://opensource.org/license/mit" in footer
    licence = readme_section("Licence")
    assert "MIT" in licence and "CC BY 4.0" in licence and "data/" in licence
    licence_file = (ROOT / "LICENSE").read_text(encoding="utf-8")
    assert "MIT License" in licence_file and "CC BY 4.0" in licence_file


def test_readme_says_where_the_site_is_and_how_a_fork_goes_live():
    readme = (ROOT / "README.md").read_text(encoding="utf-8")
    assert readme.index("## Publishing") < readme.index("## Layout")
    publishing = readme_section("Publishing")
    assert "https://<owner>.github.io/<repo>/" in publishing
    assert pages_url(CONFIG["repository"]["url"]) in publishing
    steps_to_go_live = re.findall(r"^(\d+)\. ", publishing, re.MULTILINE)
    assert steps_to_go_live == ["1", "2"], "a fork goes live in two steps"
    assert "_config.yml" in publishing and "GitHub Actions" in publishing
    layout = readme_section("Layout")
    for path in (".github/workflows/", "CITATION.cff", "CHANGELOG.md"):
        assert re.search(rf"^{re.escape(path)}\s", layout, re.MULTILINE), path
