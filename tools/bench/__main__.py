"""`make bench`: speed and size figures, printed as ratios against a baseline.

Site (bench_site.py): first-view weight of the home page and an article against a plain
Material build of the same Markdown. Print step: cold render (empty cache), warm render (nothing changed), time per item by format
(one process), the ratio of render time to the bare cost of encoding the same canvas to PNG
and PDF, and peak memory. Goals: warm under 5 % of cold; render at most 2x the bare encode.
"""

from __future__ import annotations

import resource
import statistics
import sys
import tempfile
import time
from collections import defaultdict
from pathlib import Path

from cegah.printing.card import card_sheet
from cegah.printing.draw import draw_sheet
from cegah.printing.items import PrintData
from cegah.printing.output import pdf_bytes, png_bytes, tiff_bytes
from cegah.printing.plan import plan_jobs
from cegah.printing.render import draw_item, lay_out, load_layout, render_all, shop_canvases
from cegah.project import Project

from tools.bench.house import house_figures
from tools.bench.site import site_figures


def _timed(action) -> float:
    start = time.perf_counter()
    action()
    return time.perf_counter() - start


def _bare_encode(item) -> float:
    """Encode every raster file the item ships, from canvases drawn beforehand, nothing else:
    each side as PNG and PDF (share images ship as PNG only; their PDF is still encoded, as the
    goal defines the bare cost as PNG and PDF of the same canvas), plus the print shop's canvas
    and a card's A4 sheets where the item has them."""
    spec = load_layout(item.job.item.format)
    images = [draw_sheet(sheet, spec) for sheet in item.sheets]
    extra = []
    kinds = {o.kind for o in item.job.outputs}
    press = []
    if "pdf-shop" in kinds:
        extra += shop_canvases(item, spec)[0]
        if item.job.campaign.offset:  # the press copy ships too, as CMYK TIFF in its PDF
            press = shop_canvases(item, spec, "CMYK")[0]
    if "sheet-pdf" in kinds:
        extra += [card_sheet(side, spec, mirrored=i == 1) for i, side in enumerate(images)]

    def encode() -> None:
        pngs = [png_bytes(image, spec.page.dpi, spec.max_file_kb) for image in images]
        scale = 1 if spec.page.unit == "mm" else 25.4 / spec.page.dpi
        pdf_bytes(pngs, spec.page.width * scale, spec.page.height * scale)
        for image in extra:  # encoded as PNG inside their PDFs
            png_bytes(image, spec.page.dpi)
        for image in press:
            tiff_bytes(image, spec.page.dpi)

    return _timed(encode)


def print_figures(project: Project) -> list[str]:
    jobs = plan_jobs(project)
    data = PrintData.load(project)
    lines = [f"Print step: {len(jobs)} items"]
    with tempfile.TemporaryDirectory(prefix="cegah-bench-") as folder:
        work = Path(folder)
        cold = _timed(lambda: render_all(project, jobs, work / "out", cache_root=work / "cache"))
        warm = _timed(lambda: render_all(project, jobs, work / "out", cache_root=work / "cache"))
        lines.append(f"  cold render (empty cache, all cores): {cold:6.2f} s")
        lines.append(f"  warm render (nothing changed):        {warm:6.2f} s")
        lines.append(f"  warm / cold: {100 * warm / cold:5.1f} %   (goal: under 5 %)")

        per_format: dict[str, list[tuple[float, float]]] = defaultdict(list)
        for index, job in enumerate(jobs):
            seen = {j.item.format for j in jobs[:index]}
            if job.item.format in seen and len(per_format[job.item.format]) >= 2:
                continue
            item = lay_out(project, job, data)
            cache = work / f"item-{index}"
            cache.mkdir()
            render = _timed(
                lambda item=item, cache=cache: draw_item(lay_out(project, item.job, data), cache)
            )
            per_format[job.item.format].append((render, _bare_encode(item)))
        lines.append(
            "  per item, one process:  format          render   bare encode   ratio (goal <= 2.0)"
        )
        for fmt, samples in sorted(per_format.items()):
            render = statistics.median(s[0] for s in samples)
            bare = statistics.median(s[1] for s in samples)
            lines.append(
                f"                          {fmt:<15} {render:6.2f} s   {bare:6.2f} s     {render / bare:5.2f}"
            )
    own = resource.getrusage(resource.RUSAGE_SELF).ru_maxrss / 1024
    workers = resource.getrusage(resource.RUSAGE_CHILDREN).ru_maxrss / 1024
    lines.append(f"  peak memory: {own:.0f} MB (main process), {workers:.0f} MB (largest worker)")
    return lines


def main() -> int:
    project = Project.find()
    for line in house_figures(project):
        print(line, flush=True)
    for line in site_figures(project):
        print(line, flush=True)
    for line in print_figures(project):
        print(line, flush=True)
    return 0


if __name__ == "__main__":
    sys.exit(main())
