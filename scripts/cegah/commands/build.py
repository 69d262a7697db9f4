"""Build the whole site (MkDocs, strict) and the print materials into one folder, atomically.

Everything is built into a temporary folder beside the target; only a complete build replaces
the old site, so a failed build leaves the previous site untouched and no half-written files.
"""

from __future__ import annotations

import logging
import shutil
import tempfile
from pathlib import Path

from mkdocs.commands.build import build as mkdocs_build
from mkdocs.config import load_config
from mkdocs.exceptions import Abort, ConfigurationError, PluginError

from cegah.commands.offline import BUNDLE_FOLDER, OFFLINE_ZIP, pack_offline
from cegah.content.safety import content_problems
from cegah.errors import ContentError, Problem, problems_of
from cegah.printing.plan import plan_jobs
from cegah.printing.render import RenderReport, render_all
from cegah.project import Project

log = logging.getLogger("cegah")


class BuildFailed(Exception):
    """The site build stopped; MkDocs has already logged why. `problems` holds what our hooks
    found, when the stop came from content."""

    def __init__(self, message: str, problems: list[Problem] | None = None):
        super().__init__(message)
        self.problems = problems or []


def build_site(project: Project, out_dir: Path, strict: bool = True, **overrides) -> None:
    """overrides: mkdocs.yml settings to replace for this build (the offline bundle uses them)."""
    try:
        config = load_config(
            config_file=str(project.root / "mkdocs.yml"),
            strict=strict,
            site_dir=str(out_dir),
            **overrides,
        )
        config.plugins["cegah"].use_project(project)  # one content store for every output
        mkdocs_build(config)
    except (PluginError, Abort, ConfigurationError) as exc:
        # the plugin's ContentPluginError carries the editor-facing problems (maybe inside Abort)
        problems = problems_of(exc)
        message = str(exc) or "MkDocs stopped the build (see the messages above)."
        if problems:  # the editor's problems, not MkDocs' "Aborted with a BuildError!"
            message = "\n".join(str(p) for p in problems)
        raise BuildFailed(message, problems) from None


def build_print(
    project: Project,
    out_dir: Path,
    campaign: str | None = None,
    lang: str | None = None,
    fmt: str | None = None,
) -> RenderReport:
    links = content_problems(project)  # a campaign's logo must not be a link to a secret
    if links:
        raise ContentError(links)
    jobs = plan_jobs(project, campaign, lang, fmt)
    if (campaign or lang or fmt) and not jobs:
        raise ContentError.one(
            file="campaigns/",
            problem_id="tidak ada materi cetak yang cocok dengan pilihan itu.",
            problem_en="no print item matches that choice.",
            fix_id="periksa nama kampanye, bahasa dan format (lihat 'cegah print --help').",
            fix_en="check the campaign, language and format names (see 'cegah print --help').",
        )
    # a run over everything may forget cached items that no campaign makes any more
    return render_all(project, jobs, out_dir, prune=not (campaign or lang or fmt))


def build_all(project: Project, target: Path | None = None, with_print: bool = True) -> Path:
    """Site, print materials and the offline bundle (offline.py) into target (default: site/),
    replacing it only on success."""
    target = (target or project.site_dir).resolve()
    target.parent.mkdir(parents=True, exist_ok=True)
    _remove_stale_staging(target)
    staging = Path(tempfile.mkdtemp(prefix=f".{target.name}.", dir=target.parent))
    try:
        build_site(project, staging)
        if with_print:
            build_print(project, staging)
            build_offline(project, staging)
        _swap(staging, target)
    except BaseException:
        shutil.rmtree(staging, ignore_errors=True)
        raise
    return target


def build_offline(project: Project, site_dir: Path) -> Path:
    """The offline bundle: a second build of the same (already loaded) content for file://
    (links name their files), packed with the print files site_dir already has."""
    # beside the staging folder, so a killed build leaves it where the next build cleans up
    with tempfile.TemporaryDirectory(
        prefix=f"{site_dir.name}.offline-", dir=site_dir.parent
    ) as folder:
        bundle = Path(folder) / BUNDLE_FOLDER
        build_site(project, bundle, use_directory_urls=False)
        return pack_offline(project, bundle, site_dir, site_dir / OFFLINE_ZIP)


def _remove_stale_staging(target: Path) -> None:
    """Folders a killed build left beside target (.site.*): two builds into one target at the
    same time are not supported, so any that exist now are leftovers."""
    for leftover in target.parent.glob(f".{target.name}.*"):
        if leftover.is_dir() and not leftover.is_symlink():
            shutil.rmtree(leftover, ignore_errors=True)


def _swap(staging: Path, target: Path) -> None:
    old = target.with_name(f".{target.name}.old")
    shutil.rmtree(old, ignore_errors=True)
    if target.exists():
        target.rename(old)
    staging.rename(target)
    shutil.rmtree(old, ignore_errors=True)
