/*
 * rnnbook: make the sidebar buttons a reader sees work (issue 14).
 *
 * pydata-sphinx-theme 0.17.1 and sphinx-book-theme 1.3.0 (the lock's versions) bind their
 * click handlers to the *first* `.primary-toggle` and `.secondary-toggle` of the page, which
 * are hidden buttons of the theme's header. The buttons a reader sees, in the article's
 * header, have no handler: on a phone neither the navigation nor the page's contents open,
 * and on a laptop the menu button cannot collapse the sidebar. This script forwards a click
 * on any other toggle button to the one the themes listen to, so each theme's own behaviour
 * runs (a drawer on narrow screens, collapsing the sidebar on wide ones). It changes nothing
 * once a theme release binds the visible buttons itself. tools/site_check.py tests it.
 */
(function () {
  "use strict";
  function forwardToggleClicks() {
    ["primary-toggle", "secondary-toggle"].forEach(function (kind) {
      var buttons = document.querySelectorAll("." + kind);
      var bound = buttons[0];
      Array.prototype.slice.call(buttons, 1).forEach(function (button) {
        button.addEventListener("click", function (event) {
          event.preventDefault();
          event.stopPropagation();
          bound.click();
        });
      });
    });
  }
  if (document.readyState === "loading") {
    document.addEventListener("DOMContentLoaded", forwardToggleClicks);
  } else {
    forwardToggleClicks();
  }
})();
