/*
 * Click-to-load embeds: replace the consent box with the platform's player
 * only when the visitor chooses to. Without JavaScript the button is a link
 * to the original on the platform.
 */
(function () {
  "use strict";

  document.querySelectorAll("[data-consent-embed]").forEach(function (box) {
    var button = box.querySelector("[data-consent-embed-load]");
    if (!button) {
      return;
    }
    button.addEventListener("click", function (event) {
      event.preventDefault();
      var frame = document.createElement("iframe");
      frame.src = box.getAttribute("data-embed-src");
      frame.title = box.getAttribute("data-embed-title") || "";
      frame.className = "consent-embed__frame";
      frame.allow = "encrypted-media";
      frame.setAttribute("referrerpolicy", "strict-origin-when-cross-origin");
      box.replaceChildren(frame);
      frame.focus();
    });
  });
})();
