/*
 * Error summary: a link to a field puts the keyboard focus in that field (a
 * plain fragment link only scrolls to it) and shows the field with its label
 * and message. After GOV.UK Frontend's error summary.
 */
(function () {
  "use strict";

  document.querySelectorAll(".form-errors a[href^='#']").forEach(function (link) {
    link.addEventListener("click", function (event) {
      var input = document.getElementById(link.getAttribute("href").slice(1));
      if (!input) {
        return;
      }
      event.preventDefault();
      (input.closest(".field") || input).scrollIntoView();
      input.focus({ preventScroll: true });
    });
  });
})();
