"""Sphinx extension of the rnnbook site: small fixes on top of Jupyter Book 1.x.

Loaded by ``_config.yml`` (``sphinx: local_extensions``); written for issue 14. It

- adds ``book/_static/rnnbook-nav.js`` (the sidebar buttons a reader sees open and
  close the sidebars, which the locked pydata-sphinx-theme 0.17.1 and
  sphinx-book-theme 1.3.0 bind to hidden duplicates) and ``book/_static/rnnbook.css``
  (no second search bar on wide screens, long titles wrap in the previous/next links);
- numbers exercises per chapter: "Exercise 9.2" is the second exercise of Chapter 9
  (the chapter's number is its file's leading digits; appendices get letters), in
  captions, solutions and references alike;
- labels the bibliography's entries in the author-year form of the citations
  ("Hochreiter and Schmidhuber, 1997"), with the pybtex style ``rnnbook_author_year``;
- drops the repeated inline scripts Sphinx writes when an extension adds one while the
  environment is read (sphinx-thebe's ``const THEBE_JS_URL`` appeared twice: a
  JavaScript error on every page).

``tools/site_check.py`` checks the result in a browser.
"""

from __future__ import annotations

import re
from pathlib import Path

from pybtex.plugin import register_plugin
from pybtex.style.formatting.plain import Style as PlainStyle
from pybtex.style.labels import BaseLabelStyle

STATIC = Path(__file__).resolve().parents[1] / "_static"


# --- author-year labels in the bibliography ------------------------------------


def _surname(person) -> str:
    surname = " ".join(person.prelast_names + person.last_names)
    return surname or " ".join(person.first_names)


def author_year_label(entry) -> str:
    """``Surname, year``, ``A and B, year`` or ``A et al., year`` for a pybtex entry."""
    people = entry.persons.get("author") or entry.persons.get("editor") or []
    names = [re.sub(r"[{}]", "", _surname(p)) for p in people]
    if len(names) > 1 and names[-1] == "others":  # BibTeX's "and others": et al.
        names = [names[0], "", ""]
    if not names:
        who = re.sub(r"[{}]", "", entry.fields.get("title", "Anon."))
    elif len(names) == 1:
        who = names[0]
    elif len(names) == 2:
        who = f"{names[0]} and {names[1]}"
    else:
        who = f"{names[0]} et al."
    return f"{who}, {entry.fields.get('year', 'n.d.')}"


class AuthorYearLabelStyle(BaseLabelStyle):
    """Author-year labels; two entries with the same label get 1997a, 1997b."""

    def format_labels(self, sorted_entries):
        labels = [author_year_label(entry) for entry in sorted_entries]
        counts = {label: labels.count(label) for label in labels}
        seen: dict[str, int] = {}
        for label in labels:
            if counts[label] > 1:
                seen[label] = seen.get(label, 0) + 1
                label += "abcdefghijklmnopqrstuvwxyz"[seen[label] - 1]
            yield label


class AuthorYearStyle(PlainStyle):
    """pybtex's plain style with author-year labels."""

    default_label_style = "rnnbook_author_year"


register_plugin("pybtex.style.labels", "rnnbook_author_year", AuthorYearLabelStyle)
register_plugin("pybtex.style.formatting", "rnnbook_author_year", AuthorYearStyle)


# --- exercises numbered per chapter --------------------------------------------


def chapter_numbers(docnames) -> dict[str, object]:
    """Each page's chapter number: its file name's leading digits; appendices A, B..."""
    numbers: dict[str, object] = {}
    appendices = sorted(d for d in docnames if Path(d).name.startswith("appendix"))
    for docname in docnames:
        match = re.match(r"(\d+)_", Path(docname).name)
        if match:
            numbers[docname] = int(match.group(1))
        elif docname in appendices:
            numbers[docname] = "ABCDEFGHIJKLMNOPQRSTUVWXYZ"[appendices.index(docname)]
    return numbers


def number_exercises_per_chapter(app, env) -> list[str]:
    """Renumber the exercises Sphinx numbered across the book: (chapter, n) per page."""
    chapters = chapter_numbers(list(env.toc_fignumbers))
    for docname, figures in env.toc_fignumbers.items():
        if docname in chapters and "exercise" in figures:
            for index, label in enumerate(figures["exercise"], start=1):
                figures["exercise"][label] = (chapters[docname], index)
    return []


# --- one copy of each inline script --------------------------------------------


def drop_repeated_scripts(app, pagename, templatename, context, doctree) -> None:
    """Keep the first of identical script entries (same file, same inline body)."""
    scripts = context.get("script_files")
    if not scripts:
        return
    seen, unique = set(), []
    for script in scripts:
        attributes = getattr(script, "attributes", {}) or {}
        # The same inline script comes once with filename None and once with "".
        filename = getattr(script, "filename", script) or ""
        key = (str(filename), str(attributes.get("body", "")))
        if key not in seen:
            seen.add(key)
            unique.append(script)
    scripts[:] = unique


def add_static_files(app) -> None:
    if str(STATIC) not in app.config.html_static_path:
        app.config.html_static_path.append(str(STATIC))
    app.add_css_file("rnnbook.css")
    app.add_js_file("rnnbook-nav.js", loading_method="defer")


def setup(app):
    app.connect("builder-inited", add_static_files)
    app.connect("env-get-updated", number_exercises_per_chapter, priority=900)
    app.connect("html-page-context", drop_repeated_scripts)
    return {"parallel_read_safe": True, "parallel_write_safe": True}
