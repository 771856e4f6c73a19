"""Drive the built site in a real browser, as a reader on a phone and on a laptop would.

    python tools/site_check.py [--site _build/html] [--shots _build/screenshots]

Serves the site on 127.0.0.1 and opens every page of ``_toc.yml`` in the system's Chromium
through Playwright for Python (no browser download: ``CHROMIUM`` or ``chromium`` on the PATH),
at 390 px (a phone) and 1366 px (a laptop). Requests to other hosts are blocked, so the check
runs offline. For every page and width it checks that

- no JavaScript error is raised or logged (failed loads of the blocked external resources
  excepted), and no file of the site is missing (HTTP 404);
- the navigation (primary sidebar) and the page's contents (secondary sidebar) open and close
  with the buttons a reader sees;
- every image of the site loads, and the page does not scroll sideways (at 390 px);
- every exercise's solution is hidden until its button is clicked, then shown;
- the Binder and Colab launch links open this repository, branch and notebook;

and once per page that its internal links and their anchors resolve. It saves a screenshot of
the top of every page at both widths, and one of the navigation drawer open on a phone
(``NAVIGATION_SHOT``), in ``--shots``.
Prints one line per problem and exits 1 if there is any.
"""

from __future__ import annotations

import argparse
import contextlib
import functools
import html.parser
import os
import shutil
import sys
import threading
import time
import urllib.parse
from http.server import SimpleHTTPRequestHandler, ThreadingHTTPServer
from pathlib import Path

import yaml
from playwright.sync_api import Error as PlaywrightError
from playwright.sync_api import TimeoutError as PlaywrightTimeout
from playwright.sync_api import sync_playwright

ROOT = Path(__file__).resolve().parents[1]
if str(ROOT) not in sys.path:
    sys.path.insert(0, str(ROOT))

from tools.toc import toc_files  # noqa: E402

WIDTHS = {390: 844, 1366: 800}  # viewport width: height
PHONE = 390
NAVIGATION_SHOT = "book/02_training_rnns.html"  # the page shown with its drawer open


def site_pages(root: Path = ROOT) -> list[str]:
    """The site's pages, as paths relative to the site's root, in the table of contents' order."""
    return [str(path.relative_to(root).with_suffix(".html")) for path in toc_files(root)]


def launch_targets(page: str, root: Path = ROOT) -> dict[str, str]:
    """The Binder and Colab addresses a notebook page must link to, from ``_config.yml``."""
    config = yaml.safe_load((root / "_config.yml").read_text(encoding="utf-8"))
    repo = config["repository"]
    owner_name = urllib.parse.urlparse(repo["url"]).path.strip("/")
    notebook = str(Path(repo.get("path_to_book") or "", page).with_suffix(".ipynb"))
    branch = repo["branch"]
    return {
        "binder": f"{config['launch_buttons']['binderhub_url'].rstrip('/')}/v2/gh/{owner_name}/"
        f"{branch}?urlpath=lab/tree/{notebook}",
        "colab": f"{config['launch_buttons']['colab_url'].rstrip('/')}/github/{owner_name}/blob/"
        f"{branch}/{notebook}",
    }


class _Anchors(html.parser.HTMLParser):
    """The ids of a page and the internal links (href) it holds."""

    def __init__(self) -> None:
        super().__init__()
        self.ids: set[str] = set()
        self.links: list[str] = []

    def handle_starttag(self, tag: str, attrs: list[tuple[str, str | None]]) -> None:
        values = dict(attrs)
        for key in ("id", "name"):
            if values.get(key):
                self.ids.add(values[key] or "")
        href = values.get("href")
        if tag == "a" and href and not urllib.parse.urlparse(href).scheme:
            self.links.append(href)


@functools.cache
def _parse(path: Path) -> _Anchors:
    parser = _Anchors()
    parser.feed(path.read_text(encoding="utf-8", errors="replace"))
    return parser


def broken_links(site: Path, page: str) -> list[str]:
    """The internal links of ``page`` whose file or anchor does not exist in ``site``."""
    if not isinstance(page, str) or not (site / page).is_file():
        raise FileNotFoundError(f"no page {page!r} in {site}")
    problems = []
    for href in sorted(set(_parse(site / page).links)):
        target, _, fragment = urllib.parse.unquote(href).partition("#")
        path = (site / page).parent / target if target else site / page
        path = path.resolve()
        if path.is_dir():
            path = path / "index.html"
        if not path.is_file():
            problems.append(f"link {href!r}: no file {path.relative_to(site.resolve())}")
        elif fragment and path.suffix == ".html" and fragment not in _parse(path).ids:
            problems.append(f"link {href!r}: no anchor #{fragment}")
    return problems


class _QuietHandler(SimpleHTTPRequestHandler):
    def log_message(self, format: str, *args: object) -> None:  # noqa: A002
        pass


def serve(site: Path) -> tuple[ThreadingHTTPServer, str]:
    """Serve ``site`` on a free port of 127.0.0.1; returns the server and its base address."""
    handler = functools.partial(_QuietHandler, directory=str(site))
    server = ThreadingHTTPServer(("127.0.0.1", 0), handler)
    threading.Thread(target=server.serve_forever, daemon=True).start()
    return server, f"http://127.0.0.1:{server.server_address[1]}/"


def chromium_path() -> str:
    """The system's Chromium: ``$CHROMIUM``, else ``chromium``, ``chromium-browser`` or
    ``google-chrome`` on the PATH (Playwright downloads no browser here)."""
    names = ("chromium", "chromium-browser", "google-chrome", "google-chrome-stable")
    found = os.environ.get("CHROMIUM") or next(filter(None, map(shutil.which, names)), None)
    if not found:
        raise FileNotFoundError(
            "no Chromium found: install Debian's `chromium` (apt-get install chromium) or set "
            "CHROMIUM to the browser's executable"
        )
    return found


# Run in the page: the state the checks read. Sidebars count as open when a reader sees their
# links (in the page, or in the modal dialog the theme opens on narrow screens).
_STATE_JS = """() => {
  const seen = (el) => !!el && el.getClientRects().length > 0
      && getComputedStyle(el).visibility !== 'hidden' && el.getBoundingClientRect().width > 20;
  const links = (sel) => Array.from(document.querySelectorAll(sel)).some(seen);
  return {
    primary: links('#pst-primary-sidebar-modal[open] a, #pst-primary-sidebar a.reference'),
    secondary: links('#pst-secondary-sidebar-modal[open] a, #pst-secondary-sidebar a'),
    hasSecondary: !!document.querySelector('#pst-secondary-sidebar a, '
        + '#pst-secondary-sidebar-modal a'),
    overflow: document.documentElement.scrollWidth - window.innerWidth,
  };
}"""


def _visible_button(page, selector: str):
    buttons = page.locator(selector)
    for index in range(buttons.count()):
        if buttons.nth(index).is_visible():
            return buttons.nth(index)
    return None


def _wait_for(page, kind: str, shown: bool, timeout_ms: int = 3000) -> bool:
    """Wait until the ``kind`` sidebar is shown (or hidden); False if it never gets there."""
    script = f"() => ({_STATE_JS})()[{kind!r}] === {'true' if shown else 'false'}"
    try:
        page.wait_for_function(script, timeout=timeout_ms, polling=50)
    except PlaywrightTimeout:
        return False
    return True


def _close_drawer(page, kind: str) -> bool:
    """Close an open sidebar drawer as a reader does: Escape, else a tap beside it."""
    page.keyboard.press("Escape")
    if _wait_for(page, kind, False, 1500):
        return True
    size = page.viewport_size or {"width": PHONE, "height": 800}
    page.mouse.click(size["width"] - 5, size["height"] // 2)  # the backdrop, right of it
    return _wait_for(page, kind, False, 1500)


def _check_sidebar(page, kind: str, width: int) -> list[str]:
    """Open and close one sidebar with the button a reader sees; the problems found."""
    state = page.evaluate(_STATE_JS)
    if kind == "secondary" and not state["hasSecondary"]:
        return []  # a page with no section headings has no contents panel
    button = _visible_button(page, f".{kind}-toggle")
    if state[kind] and width == PHONE:
        return [f"{kind} sidebar: open before any click"]
    if button is None:
        if width == PHONE or not state[kind]:
            return [f"{kind} sidebar: no visible button opens it"]
        return []  # shown all the time on a wide screen: nothing to toggle
    if state[kind]:  # a wide screen: close the sidebar, then open it again
        button.click()
        if not _wait_for(page, kind, False):
            return [f"{kind} sidebar: its button does not close it"]
        button = _visible_button(page, f".{kind}-toggle")
        if button is None:
            return [f"{kind} sidebar: once closed, no visible button opens it again"]
        button.click()
        if not _wait_for(page, kind, True):
            return [f"{kind} sidebar: its button does not open it again"]
        return []
    button.click()  # a phone: open the drawer, then close it
    if not _wait_for(page, kind, True):
        return [f"{kind} sidebar: its button does not open it"]
    if not _close_drawer(page, kind):
        _close_dialogs(page)
        return [f"{kind} sidebar: neither Escape nor a tap beside it closes it"]
    return []


def _close_dialogs(page) -> None:
    page.evaluate("() => document.querySelectorAll('dialog[open]').forEach((d) => d.close())")


_IMAGES_JS = """async () => {
  const local = Array.from(document.images).filter((img) => img.src.startsWith(location.origin));
  const broken = [];
  for (const img of local) {
    img.loading = 'eager';
    try { await img.decode(); } catch (e) { broken.push(img.getAttribute('src')); continue; }
    const box = img.getBoundingClientRect();  // shown, but squashed or stretched?
    if (box.width > 0 && img.naturalWidth > 0 && Math.abs(box.height / box.width
        - img.naturalHeight / img.naturalWidth) > 0.02 * img.naturalHeight / img.naturalWidth) {
      broken.push(img.getAttribute('src') + ' (distorted)');
    }
  }
  return broken;
}"""

_SOLUTIONS_JS = """() => Array.from(document.querySelectorAll('.solution')).map((el) => {
  const body = Array.from(el.children).filter((c) => !c.classList.contains('admonition-title'));
  return {id: el.id, shown: body.some((c) => getComputedStyle(c).display !== 'none'
      && getComputedStyle(c).visibility !== 'hidden' && c.getBoundingClientRect().height > 0)};
})"""


def _check_solutions(page) -> list[str]:
    problems = []
    before = page.evaluate(_SOLUTIONS_JS)
    for item in before:
        if item["shown"]:
            problems.append(f"solution {item['id']}: shown before it is clicked")
    buttons = page.locator(".solution .toggle-button")  # the button a reader clicks
    for index in range(buttons.count()):
        buttons.nth(index).click()
    if before:  # wait until they show; any that never does is reported below
        with contextlib.suppress(PlaywrightTimeout):
            page.wait_for_function(
                f"() => ({_SOLUTIONS_JS})().every((s) => s.shown)", timeout=2000, polling=50
            )
    for item in page.evaluate(_SOLUTIONS_JS):
        if not item["shown"]:
            problems.append(f"solution {item['id']}: still hidden after a click")
    return problems


def _check_launch_links(page, name: str) -> list[str]:
    targets = launch_targets(name)
    problems = []
    for kind, wanted in targets.items():
        hrefs = page.eval_on_selector_all(
            f"a[href*='{urllib.parse.urlparse(wanted).netloc}']",
            "els => els.map(e => e.getAttribute('href'))",
        )
        if wanted not in hrefs:
            problems.append(f"{kind} link: expected {wanted}, found {hrefs or 'none'}")
    notebook = ROOT / Path(name).with_suffix(".ipynb")
    if not notebook.is_file():
        problems.append(f"launch links open {notebook.relative_to(ROOT)}, which does not exist")
    return problems


def check_site(site: Path, shots: Path) -> list[str]:
    """Every problem found on the site at ``site`` (screenshots written to ``shots``)."""
    site = site.resolve()
    if not (site / "index.html").is_file():
        raise FileNotFoundError(f"no built site at {site}: run `make book` first")
    shots.mkdir(parents=True, exist_ok=True)
    listed = site_pages()
    pages = [page for page in listed if (site / page).is_file()]
    problems = [f"{page}: not in the built site" for page in listed if page not in pages]
    problems += [f"{p}: {m}" for p in pages for m in broken_links(site, p)]
    server, base = serve(site)
    try:
        with sync_playwright() as playwright:
            browser = playwright.chromium.launch(
                executable_path=chromium_path(),
                headless=True,
                args=["--no-sandbox", "--disable-gpu", "--disable-dev-shm-usage"],
            )
            for width, height in WIDTHS.items():
                context = browser.new_context(viewport={"width": width, "height": height})
                context.set_default_timeout(5000)
                context.route(
                    "**/*",
                    lambda route: (
                        route.continue_() if route.request.url.startswith(base) else route.abort()
                    ),
                )
                for name in pages:
                    try:
                        found = _check_page(context, base, name, width, shots)
                    except PlaywrightError as error:  # a check that could not finish
                        found = [f"the check stopped: {str(error).splitlines()[0]}"]
                    problems += [f"{name} @{width}px: {m}" for m in found]
                context.close()
            browser.close()
    finally:
        server.shutdown()
    return problems


def _check_page(context, base: str, name: str, width: int, shots: Path) -> list[str]:
    page = context.new_page()
    errors: list[str] = []
    page.on("pageerror", lambda error: errors.append(f"JavaScript error: {error}"))

    def on_console(message) -> None:
        # Blocked external resources (MathJax, thebe, fonts) fail with net::ERR_FAILED; a
        # missing file of the site shows up as HTTP 404 below.
        if message.type == "error" and "net::ERR_FAILED" not in message.text:
            errors.append(f"console error: {message.text[:200]}")

    page.on("console", on_console)
    page.on(
        "response",
        lambda response: (
            errors.append(f"HTTP {response.status}: {response.url[len(base) :]}")
            if response.url.startswith(base) and response.status >= 400
            else None
        ),
    )
    page.goto(base + name, wait_until="load")
    stem = name.replace("/", "_").removesuffix(".html")
    page.screenshot(path=str(shots / f"{stem}-{width}.png"))
    problems = list(errors)
    problems += _check_sidebar(page, "primary", width)
    if width == PHONE and name == NAVIGATION_SHOT and not page.locator("dialog[open]").count():
        button = _visible_button(page, ".primary-toggle")
        if button is not None:
            button.click()
            _wait_for(page, "primary", True)
            page.screenshot(path=str(shots / f"{stem}-{width}-navigation.png"))
            _close_dialogs(page)  # the check above tested the reader's ways of closing it
            _wait_for(page, "primary", False)
    problems += _check_sidebar(page, "secondary", width)
    _close_dialogs(page)
    broken = page.evaluate(_IMAGES_JS)
    problems += [
        f"image is distorted: {src.removesuffix(' (distorted)')}"
        if src.endswith(" (distorted)")
        else f"image does not load: {src}"
        for src in broken
    ]
    overflow = page.evaluate(_STATE_JS)["overflow"]
    if width == PHONE and overflow > 1:
        problems.append(f"the page scrolls sideways by {overflow} px")
    problems += _check_solutions(page)
    if (ROOT / Path(name).with_suffix(".ipynb")).is_file():
        problems += _check_launch_links(page, name)
    problems += [e for e in errors if e not in problems]
    page.close()
    return problems


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.split("\n")[0])
    parser.add_argument("--site", type=Path, default=ROOT / "_build" / "html")
    parser.add_argument("--shots", type=Path, default=ROOT / "_build" / "screenshots")
    args = parser.parse_args(argv)
    start = time.monotonic()
    problems = check_site(args.site, args.shots)
    for problem in problems:
        print(problem)
    pages = len(site_pages())
    print(
        f"site check: {pages} pages at {len(WIDTHS)} widths, {len(problems)} problem(s), "
        f"{time.monotonic() - start:.0f} s; screenshots in {args.shots}"
    )
    return 1 if problems else 0


if __name__ == "__main__":
    sys.exit(main())
