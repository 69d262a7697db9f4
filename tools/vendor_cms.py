"""Copy the form editor (Sveltia CMS) from its npm package into docs/admin/, so the site serves
it whole and the editor page asks nothing of a CDN:

    npm pack @sveltia/cms@<version> && tar xzf sveltia-cms-*.tgz
    .venv/bin/python -m tools.vendor_cms package/

The standalone bundle is copied as it is, except for its three font addresses on jsDelivr
(pointed at the same fonts, copied from the package's npm/assets with their licences) and its
update check on unpkg (pointed at a package.json beside it that names this version, so the
check finds nothing newer and asks no one). SOURCES.yml records every file's hash.
"""

from __future__ import annotations

import hashlib
import json
import re
import shutil
import sys
from pathlib import Path

ADMIN = Path(__file__).resolve().parents[1] / "docs" / "admin"
FONT = re.compile(r"https://cdn\.jsdelivr\.net/fontsource/fonts/([a-z0-9-]+)(?::vf)?@[0-9.]+/([a-z0-9-]+)\.woff2")
UPDATE_CHECK = "`https://unpkg.com/@sveltia/cms`"


def vendor(package: Path) -> None:
    version = json.loads((package / "package.json").read_text(encoding="utf-8"))["version"]
    bundle = (package / "dist" / "sveltia-cms.js").read_text(encoding="utf-8")
    (ADMIN / "fonts").mkdir(parents=True, exist_ok=True)
    (ADMIN / "chunks").mkdir(exist_ok=True)
    for match in sorted(set(FONT.finditer(bundle)), key=lambda m: m.group(0)):
        family, face = match.groups()
        (source,) = (package / "npm" / "assets").glob(f"{family}-{face}-*.woff2")
        shutil.copyfile(source, ADMIN / "fonts" / f"{family}-{face}.woff2")
        licence = package / "npm" / "assets" / f"{family}.LICENSE.txt"
        shutil.copyfile(licence, ADMIN / "fonts" / licence.name)
    bundle = FONT.sub(lambda m: f"fonts/{m.group(1)}-{m.group(2)}.woff2", bundle)
    assert bundle.count(UPDATE_CHECK) == 1, "the update check moved: look at the bundle again"
    bundle = bundle.replace(UPDATE_CHECK, "`.`")  # ./package.json, ./dist/... beside the page
    (ADMIN / "sveltia-cms.js").write_text(bundle, encoding="utf-8")
    (ADMIN / "package.json").write_text(json.dumps({"version": version}) + "\n", encoding="utf-8")
    shutil.copyfile(package / "dist" / "chunks" / "react-dom.js", ADMIN / "chunks" / "react-dom.js")
    shutil.copyfile(package / "LICENSE.txt", ADMIN / "LICENSE-sveltia-cms.txt")
    files = sorted(
        p.relative_to(ADMIN).as_posix()
        for p in ADMIN.rglob("*")
        if p.is_file() and p.name not in ("SOURCES.yml", "config.yml", "index.html")
    )
    lines = [
        "# Sveltia CMS, copied by tools/vendor_cms.py (see there what it changes); MIT licence.",
        'package: "@sveltia/cms"',
        f"version: {version}",
        "files:",
    ]
    for name in files:
        digest = hashlib.sha256((ADMIN / name).read_bytes()).hexdigest()
        lines.append(f"  {name}: {digest}")
    (ADMIN / "SOURCES.yml").write_text("\n".join(lines) + "\n", encoding="utf-8")


if __name__ == "__main__":
    vendor(Path(sys.argv[1]))
