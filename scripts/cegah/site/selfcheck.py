"""The self-check form ("Is this job offer safe?") as HTML, from docs/data/self-check/<lang>.yml.

Everything the reader sees is in the page: the questions, every result and every piece of
advice. assets/cegah-self-check.js only shows and hides parts of it, so the check needs no
server and works offline once the page is open. The rule (the most serious sign decides) lives
in that script; the data only says which answer is a sign and how serious it is.
"""

from __future__ import annotations

from collections.abc import Iterable
from html import escape

from cegah.content.schemas import Contact, SelfCheckFile, SelfCheckQuestion
from cegah.site import blocks

# Material admonition style for each result level
RESULT_STYLE = {"aman": "success", "waspada": "warning", "bahaya": "danger"}


def _question(question: SelfCheckQuestion, data: SelfCheckFile) -> str:
    name = f"q-{question.id}"
    options = "".join(
        f'<label class="cegah-answer"><input type="radio" name="{name}" value="{value}"> '
        f"{escape(label)}</label>"
        for value, label in (("yes", data.label_yes), ("no", data.label_no))
    )
    warning = "yes" if question.warning_if_yes else "no"
    return (
        f'<li><fieldset id="{escape(name)}" data-question="{escape(question.id)}" '
        f'data-warning="{warning}" data-level="{question.level}">'
        f"<legend>{escape(question.text)}</legend>{options}</fieldset></li>"
    )


def self_check_html(data: SelfCheckFile, contacts: Iterable[Contact], lang: str) -> str:
    """Form, hidden results and next steps. No blank line: Markdown passes it through."""
    questions = "".join(_question(q, data) for q in data.questions)
    results = "".join(
        f'<div class="admonition {RESULT_STYLE[level]}" data-result="{level}" hidden>'
        f'<p class="admonition-title">{escape(result.title)}</p><p>{escape(result.text)}</p></div>'
        for level, result in data.results.items()
    )
    advice = "".join(
        f'<li data-advice="{escape(q.id)}" hidden>{escape(q.advice)}</li>' for q in data.questions
    )
    steps = "".join(f"<li>{escape(step)}</li>" for step in data.next_steps)
    emergency = blocks.emergency(contacts, lang, in_page=True)
    return (
        '<div class="cegah-self-check">'
        f'<form data-cegah-self-check novalidate autocomplete="off" aria-labelledby="cegah-check-title">'
        f'<h2 id="cegah-check-title">{escape(data.title)}</h2>'
        f'<p class="cegah-privacy-note">{escape(data.privacy)}</p>'
        f'<ol class="cegah-questions">{questions}</ol>'
        f'<p class="cegah-unanswered" role="alert" hidden>{escape(data.unanswered)}</p>'
        # type="button" and hidden until the script runs: without it nothing can be submitted
        f'<button type="button" data-cegah-check hidden class="md-button md-button--primary">'
        f"{escape(data.submit)}</button>"
        "</form>"
        f"<noscript><p>{escape(data.noscript)}</p></noscript>"
        # focus moves here when a result is shown, so a screen reader reads it out
        '<section class="cegah-result" id="hasil" tabindex="-1" hidden>'
        f'{results}<ul class="cegah-advice">{advice}</ul>'
        f"<h3>{escape(data.next_steps_title)}</h3><ol>{steps}</ol>{emergency}"
        "</section></div>"
    )
