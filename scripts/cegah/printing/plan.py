"""Which print files a build makes: one job per campaign item and language, and their names.

The site's print page and the renderer both read this plan, so every link points to a file
that the renderer writes.
"""

from __future__ import annotations

from dataclasses import dataclass
from pathlib import Path

from ..content import campaign_files, load_campaign
from ..project import Project
from ..schemas import Campaign, CampaignItem

PRINT_DIR = "print"


@dataclass(frozen=True)
class PrintJob:
    campaign_id: str
    campaign: Campaign
    item: CampaignItem
    lang: str

    @property
    def stem(self) -> str:
        """Path below the site root, without extension: print/<campaign>/<lang>/<page>-<format>."""
        page = self.item.page.replace("/", "-")
        return f"{PRINT_DIR}/{self.campaign_id}/{self.lang}/{page}-{self.item.format}"

    def output(self, site_dir: Path, suffix: str) -> Path:
        return site_dir / f"{self.stem}.{suffix}"


def plan_jobs(
    project: Project, campaign: str | None = None, lang: str | None = None, fmt: str | None = None
) -> list[PrintJob]:
    jobs = []
    for path in campaign_files(project):
        if campaign and path.stem != campaign:
            continue
        loaded = load_campaign(project, path)
        for item in loaded.items:
            if fmt and item.format != fmt:
                continue
            for language in loaded.languages or project.language_codes:
                if lang and language != lang:
                    continue
                jobs.append(PrintJob(path.stem, loaded, item, language))
    return jobs
