"""The site's browser check and Sphinx fixes (issue 14), without a browser.

``make test-site`` runs the browser check itself (tools/site_check.py) on the built site; these
tests check its pieces and the fixes of book/_ext/rnnbook_site.py on small inputs.
"""

from __future__ import annotations

import sys
from pathlib import Path

import pytest
import yaml
from pybtex.database import Entry, Person

from tools import site_check

ROOT = Path(__file__).resolve().parents[1]
sys.path.insert(0, str(ROOT / "book" / "_ext"))
import rnnbook_site  # noqa: E402


def write(path: Path, text: str) -> None:
    path.parent.mkdir(parents=True, exist_ok=True)
    path.write_text(text, encoding="utf-8")


def test_broken_links_finds_missing_pages_and_anchors(tmp_path):
    write(tmp_path / "book" / "a.html", '<h1 id="top">A</h1><a href="b.html#there">b</a>'
          '<a href="b.html#nowhere">b</a><a href="c.html">c</a><a href="#top">top</a>'
          '<a href="https://example.org/x.html">out</a>')
    write(tmp_path / "book" / "b.html", '<section id="there"></section>')
    problems = site_check.broken_links(tmp_path, "book/a.html")
    assert len(problems) == 2
    assert "no anchor #nowhere" in problems[0] and "no file book/c.html" in problems[1]
    with pytest.raises(FileNotFoundError):
        site_check.broken_links(tmp_path, "book/missing.html")


def test_launch_links_point_at_this_repository_branch_and_notebook():
    config = yaml.safe_load((ROOT / "_config.yml").read_text(encoding="utf-8"))
    owner_name = config["repository"]["url"].removeprefix("https://github.com/")
    branch = config["repository"]["branch"]
    targets = site_check.launch_targets("book/02_training_rnns.html")
    assert targets["binder"] == (f"https://mybinder.org/v2/gh/{owner_name}/{branch}"
                                 "?urlpath=lab/tree/book/02_training_rnns.ipynb")
    assert targets["colab"] == (f"https://colab.research.google.com/github/{owner_name}/blob/"
                                f"{branch}/book/02_training_rnns.ipynb")


def test_launch_links_of_a_page_outside_book_open_its_own_notebook():
    # The assignment template lives in assignments/, not book/: the theme builds its links
    # from the page's path under the repository's root (path_to_book is "").
    targets = site_check.launch_targets("assignments/translation.html")
    assert targets["binder"].endswith("/main?urlpath=lab/tree/assignments/translation.ipynb")
    assert targets["colab"].endswith("/blob/main/assignments/translation.ipynb")
    assert (ROOT / "assignments" / "translation.ipynb").is_file()


def test_every_page_of_the_toc_is_checked():
    pages = site_check.site_pages()
    assert "book/intro.html" in pages and "book/bibliography.html" in pages
    assert "assignments/README.html" in pages and "assignments/translation.html" in pages
    assert all((ROOT / page).with_suffix(".md").is_file()
               or (ROOT / page).with_suffix(".ipynb").is_file() for page in pages)


def test_exercises_are_numbered_per_chapter():
    numbers = rnnbook_site.chapter_numbers(
        ["book/09_translation_lstm", "book/appendix_corpus", "book/intro", "book/00_x"])
    assert numbers == {"book/09_translation_lstm": 9, "book/appendix_corpus": "A",
                       "book/00_x": 0}

    class Env:
        toc_fignumbers = {
            "book/09_translation_lstm": {"exercise": {"ex-a": (19,), "ex-b": (20,)},
                                         "figure": {"f": (3,)}},
            "book/intro": {"exercise": {"ex-c": (1,)}},
        }

    rnnbook_site.number_exercises_per_chapter(None, Env)
    assert Env.toc_fignumbers["book/09_translation_lstm"] == {
        "exercise": {"ex-a": (9, 1), "ex-b": (9, 2)}, "figure": {"f": (3,)}}
    assert Env.toc_fignumbers["book/intro"]["exercise"] == {"ex-c": (1,)}  # not a chapter


def entry(*authors: str, year: str = "1997") -> Entry:
    return Entry("article", fields={"year": year, "title": "T"},
                 persons={"author": [Person(a) for a in authors]})


def test_bibliography_labels_are_author_year():
    style = rnnbook_site.AuthorYearLabelStyle()
    entries = [entry("Hochreiter, Sepp", "Schmidhuber, Jürgen"), entry("Elman, Jeffrey L.",
               year="1990"), entry("Cho, K.", "van Merriënboer, B.", "Bengio, Y.", year="2014"),
               entry("Elman, J.", year="1990"), entry("Amodei, Dario", "others", year="2016")]
    assert list(style.format_labels(entries)) == [
        "Hochreiter and Schmidhuber, 1997", "Elman, 1990a", "Cho et al., 2014", "Elman, 1990b",
        "Amodei et al., 2016"]


def test_repeated_inline_scripts_are_dropped():
    class Script:
        def __init__(self, filename, **attributes):
            self.filename, self.attributes = filename, attributes

    scripts = [Script(None, body="const A = 1"), Script("x.js"), Script("", body="const A = 1"),
               Script("", body="const B = 2")]
    context = {"script_files": scripts}
    rnnbook_site.drop_repeated_scripts(None, "p", "page.html", context, None)
    assert [s.attributes.get("body") or s.filename for s in scripts] == [
        "const A = 1", "x.js", "const B = 2"]


def test_navigation_script_forwards_clicks_of_the_visible_buttons():
    script = (ROOT / "book" / "_static" / "rnnbook-nav.js").read_text(encoding="utf-8")
    assert '"primary-toggle", "secondary-toggle"' in script and "bound.click()" in script


def test_chromium_is_found_or_named(monkeypatch, tmp_path):
    browser = tmp_path / "chromium"
    browser.write_text("#!/bin/sh\n")
    monkeypatch.setenv("CHROMIUM", str(browser))
    assert site_check.chromium_path() == str(browser)
    monkeypatch.delenv("CHROMIUM")
    monkeypatch.setenv("PATH", str(tmp_path / "empty"))
    with pytest.raises(FileNotFoundError, match="apt-get install chromium"):
        site_check.chromium_path()


def test_figures_are_stored_as_retina_pngs_in_a_notebook(monkeypatch):
    import IPython
    import matplotlib_inline.backend_inline as inline

    from rnnbook import session

    formats = []
    monkeypatch.setattr(IPython, "get_ipython", lambda: object())
    monkeypatch.setattr(inline, "set_matplotlib_formats", lambda *f: formats.extend(f))
    session._set_plot_style()
    assert formats == ["retina"]
    formats.clear()
    monkeypatch.setattr(IPython, "get_ipython", lambda: None)  # plain Python: nothing to set
    session._set_plot_style()
    assert formats == []
