/*
 * Quick exit, after GOV.UK's "Exit this page" component.
 *
 * The button is a plain link to a neutral site, so it works without
 * JavaScript. With JavaScript, selecting it or pressing Shift three times
 * blanks the page at once, then replaces the current history entry, so the
 * browser's Back button does not return here.
 */
(function () {
  "use strict";

  var PRESSES_NEEDED = 3;
  var PRESS_WINDOW_MS = 5000;

  var button = document.querySelector("[data-quick-exit]");
  if (!button) {
    return;
  }

  function exitPage(event) {
    if (event) {
      event.preventDefault();
    }
    document.documentElement.classList.add("is-exiting");
    document.title = "\u00a0";
    window.location.replace(button.href);
  }

  button.addEventListener("click", exitPage);

  var presses = 0;
  var resetTimer = null;

  document.addEventListener("keydown", function (event) {
    if (event.key !== "Shift") {
      presses = 0;
    }
  });

  document.addEventListener("keyup", function (event) {
    if (event.key !== "Shift") {
      return;
    }
    presses += 1;
    window.clearTimeout(resetTimer);
    resetTimer = window.setTimeout(function () {
      presses = 0;
    }, PRESS_WINDOW_MS);
    if (presses >= PRESSES_NEEDED) {
      exitPage();
    }
  });

  // A page restored from the back/forward cache must not stay blank.
  window.addEventListener("pageshow", function (event) {
    if (event.persisted) {
      document.documentElement.classList.remove("is-exiting");
    }
  });
})();
