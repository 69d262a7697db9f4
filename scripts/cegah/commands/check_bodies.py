"""Page bodies hold nothing that runs, calls out or sends the reader elsewhere.

The body is rendered with the site's own Markdown extensions (mkdocs.yml), so text shown as code
(fences, `spans`) is never taken for markup and every way of writing a link (inline, reference,
autolink, raw HTML) ends up as the tag a browser sees. The HTML is read tag by tag with the
standard library's tokenizer, not a tree builder: lxml's drops the attributes of a stray
`<body onload=...>`, which a browser keeps. Each finding is then placed on the line the editor
typed, the next match outside code.
"""

from __future__ import annotations

import json
import re
from functools import lru_cache
from html.parser import HTMLParser

import markdown

from cegah.content.load import Page
from cegah.errors import Problem
from cegah.project import Project

EXTENSIONS = ["admonition", "attr_list", "md_in_html", "tables", "toc"]
EXTENSIONS += ["pymdownx.details", "pymdownx.superfences"]

_RUNS = ("menjalankan kode di browser pembaca", "runs code in the reader's browser")
_LOADS = (
    "memuat isi dari situs lain ke dalam halaman",
    "loads content from another site into the page",
)
_LOOKS = (
    "mengubah tampilan halaman atau memuat berkas dari situs lain",
    "changes how the page looks or loads files from another site",
)
BLOCKED_TAGS = {
    "script": _RUNS,
    "iframe": _LOADS,
    "frame": _LOADS,
    "frameset": _LOADS,
    "object": _LOADS,
    "embed": _LOADS,
    "applet": _LOADS,
    "meta": (
        "bisa mengirim pembaca ke situs lain tanpa mereka mengeklik",
        "can send the reader to another site without a click",
    ),
    "base": (
        "mengubah tujuan semua tautan di halaman",
        "changes where every link on the page goes",
    ),
    "form": (
        "bisa mengirim isian pembaca ke tempat lain",
        "can send what the reader types somewhere else",
    ),
    "link": _LOOKS,
    "style": _LOOKS,
}
URL_ATTRIBUTES = {"href", "src", "srcset", "action", "formaction", "poster", "data", "xlink:href"}
URL_ATTRIBUTES |= {"background", "cite", "ping"}
IMAGE_TAGS = {"img", "source", "picture", "video", "audio", "track", "input", "image", "use"}
RUNNING_SCHEMES = ("javascript:", "vbscript:")
_INVISIBLE = re.compile(r"[\x00-\x20\x7f]+")


def _normal(url: str) -> str:
    """A URL as a browser reads its scheme: no spaces, tabs or control characters, any case."""
    return _INVISIBLE.sub("", url).lower()


def _short(text: str) -> str:
    text = " ".join(text.split())
    return text if len(text) <= 60 else text[:57] + "..."


def _what(tag: str, attribute: str) -> tuple[str, str]:
    if tag in IMAGE_TAGS:
        return "gambar", "image"
    return ("tautan", "link") if attribute in ("href", "xlink:href") else ("alamat", "address")


def _url_finding(tag: str, attribute: str, value: str) -> dict | None:
    """The problem with one URL, or None. Values of other attributes only matter when they run."""
    url = _normal(value)
    what_id, what_en = _what(tag, attribute)
    shown = _short(value)
    if url.startswith(RUNNING_SCHEMES):
        return dict(
            problem_id=f"{what_id} '{shown}' {_RUNS[0]}, bukan membuka halaman.",
            problem_en=f"the {what_en} '{shown}' {_RUNS[1]} instead of opening a page.",
            fix_id="tautkan ke halaman situs (misalnya kontak.md) atau ke alamat https://.",
            fix_en="link to a page of the site (e.g. kontak.md) or to an https:// address.",
        )
    if attribute not in URL_ATTRIBUTES:
        return None
    if url.startswith("data:"):
        return dict(
            problem_id=f"{what_id} '{shown}' memakai data:, isi yang ditulis langsung di halaman "
            "dan bisa menyembunyikan kode.",
            problem_en=f"the {what_en} '{shown}' uses data:, content written into the page that "
            "can hide code.",
            fix_id="simpan gambar atau berkasnya di folder halaman (misalnya docs/id/poster.png) "
            "lalu tulis ![Poster di balai desa](poster.png).",
            fix_en="save the image or file in the page's folder (e.g. docs/en/poster.png) and "
            "write ![Poster in a village hall](poster.png).",
        )
    if url.startswith("http:"):
        return dict(
            problem_id=f"{what_id} '{shown}' memakai http:// tanpa enkripsi; orang lain di "
            "jaringan yang sama bisa melihat atau mengubah apa yang dibuka pembaca.",
            problem_en=f"the {what_en} '{shown}' uses plain http://; anyone on the same network "
            "can see or change what the reader opens.",
            fix_id="tulis https:// (periksa dulu bahwa alamat itu terbuka dengan https://).",
            fix_en="write https:// (check first that the address opens with https://).",
        )
    if tag in IMAGE_TAGS and url.replace("\\", "/").startswith(("https:", "//")):
        return dict(
            problem_id=f"gambar '{shown}' diambil dari situs lain; situs itu akan tahu siapa yang "
            "membaca halaman ini, dan situs kita memblokirnya.",
            problem_en=f"the image '{shown}' comes from another site; that site would learn who "
            "reads this page, and our site blocks it.",
            fix_id="simpan gambarnya (jika boleh dipakai) di folder halaman, misalnya "
            "docs/id/poster.png, lalu tulis ![Poster di balai desa](poster.png).",
            fix_en="save the image (if you may use it) in the page's folder, e.g. "
            "docs/en/poster.png, and write ![Poster in a village hall](poster.png).",
        )
    return None


def _scheme(url: str) -> str:
    """A needle for the URL's scheme however it was typed (j&#97;va script:, JAVA SCRIPT:)."""
    gap = r"(?:[\x00-\x20]|&#?\w+;)*"
    return gap.join(re.escape(char) for char in _normal(url).split(":")[0]) + gap + "(?::|&colon;)"


def _values(attribute: str, value: str) -> list[str]:
    if attribute == "srcset":  # "a.png 1x, https://other/b.png 2x": each first word is a URL
        return [part.split()[0] for part in value.split(",") if part.split()]
    return [value]


class _Tags(HTMLParser):
    """Every start tag with its attributes (entities decoded), in the order of the page."""

    def __init__(self, html: str):
        super().__init__(convert_charrefs=True)
        self.tags: list[tuple[str, list]] = []
        self.feed(html)
        self.close()

    def handle_starttag(self, tag, attrs):
        self.tags.append((tag.lower(), attrs))


def _findings(html: str):
    """(needles that find the editor's text, problem words) in the order of the page."""
    for tag, attributes in _Tags(html).tags:
        if tag in BLOCKED_TAGS:
            why_id, why_en = BLOCKED_TAGS[tag]
            yield [rf"<{tag}\b"], dict(
                problem_id=f"tag HTML <{tag}> tidak boleh ada di isi halaman: tag ini {why_id}.",
                problem_en=f"the HTML tag <{tag}> is not allowed in a page: it {why_en}.",
                fix_id="hapus tag itu; tulis isi halaman dengan Markdown biasa (judul, daftar, "
                "tautan [teks](alamat)).",
                fix_en="remove the tag; write the page in plain Markdown (headings, lists, links "
                "[text](address)).",
            )
            continue  # removing the tag removes its attributes too
        if ":" in tag:  # <javascript:...> is an autolink to the reader, a tag to Markdown
            found = _url_finding("a", "href", tag)
            if found:
                yield ["(?<=<)" + re.escape(tag), _scheme(tag)], found
        for attribute, value in attributes:
            name, value = attribute.lower(), value or ""
            if name.startswith("on"):
                yield [rf"\b{re.escape(name)}\s*=", rf"\b{re.escape(name)}\b"], dict(
                    problem_id=f"atribut {name}= {_RUNS[0]} saat ia mengeklik atau membuka halaman.",
                    problem_en=f"the attribute {name}= {_RUNS[1]} when they click or open the page.",
                    fix_id="hapus atribut itu; halaman situs ini tidak memuat kode.",
                    fix_en="remove the attribute; the site's pages hold no code.",
                )
                continue
            for url in _values(name, value):
                found = _url_finding(tag, name, url)
                if found:
                    yield [re.escape(url.strip()), _scheme(url)], found


FENCE = re.compile(r"^[ \t>]*(`{3,}|~{3,})")
CODE_SPAN = re.compile(r"(?<!`)(`+)(?!`)(?:(?!\n[ \t]*\n).)+?(?<!`)\1(?!`)", re.S)


def mask_code(body: str, fences: bool = True) -> str:
    """The body with fenced blocks (when the site has fences) and code spans blanked out (same
    length, same lines)."""
    lines, fence = body.splitlines(keepends=True), None
    out = []
    for line in lines:
        opened = FENCE.match(line) if fences else None
        if fence is None and opened:
            fence = opened.group(1)
        elif fence is not None and opened and opened.group(1).startswith(fence):
            if not line[opened.end() :].strip(fence[0] + " \t\r\n"):
                fence = None
                out.append(re.sub(r"[^\n]", " ", line))
                continue
        out.append(re.sub(r"[^\n]", " ", line) if fence is not None else line)
    text = "".join(out)
    return CODE_SPAN.sub(lambda m: re.sub(r"[^\n]", " ", m.group(0)), text)


class _Lines:
    """Where each finding was typed: the first match of its needles not taken by another
    finding, outside code first."""

    def __init__(self, text: str, body: str, fences: bool):
        self.first = text[: len(text) - len(body)].count("\n") if text.endswith(body) else 0
        self.body, self.masked = body, mask_code(body, fences)
        self.taken: set[int] = set()

    def line(self, needles: list[str]) -> int | None:
        found = [
            match.start()
            for source in (self.masked, self.body)
            for needle in needles
            for match in re.finditer(needle, source, re.I)
        ]
        if not found:
            return None
        position = next((p for p in found if p not in self.taken), found[0])
        self.taken.add(position)
        return self.first + self.body.count("\n", 0, position) + 1


@lru_cache(maxsize=16)
def _renderer(spec: str) -> markdown.Markdown:
    """Markdown with the extensions mkdocs.yml lists (the standard set if they cannot load)."""
    names, configs = [], {}
    for entry in json.loads(spec) or EXTENSIONS:
        for name, options in (entry.items() if isinstance(entry, dict) else [(entry, None)]):
            names.append(str(name))
            configs[str(name)] = options if isinstance(options, dict) else {}
    try:
        return markdown.Markdown(extensions=names, extension_configs=configs)
    except Exception:  # an extension this check cannot load: the usual set still finds markup
        return markdown.Markdown(extensions=EXTENSIONS)


def body_problems(project: Project, page: Page, file: str) -> list[Problem]:
    """Links, images and raw HTML in a page's Markdown that could harm a reader."""
    renderer = _renderer(json.dumps(project.config.get("markdown_extensions"), default=str))
    html = renderer.reset().convert(page.body)
    fences = "fenced_code_block" in renderer.preprocessors
    lines = _Lines(page.path.read_text(encoding="utf-8"), page.body, fences)
    return [
        Problem(file=file, line=lines.line(needles), **words)
        for needles, words in _findings(html)
    ]
