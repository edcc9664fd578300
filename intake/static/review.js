// Keyboard shortcuts for the review page. Every action is also a link or a form control,
// so this only saves keystrokes: j/k walk the list (or the cases), u goes back to the list.
(function () {
  "use strict";

  function typing(target) {
    return target instanceof HTMLElement &&
      (target.isContentEditable || /^(INPUT|TEXTAREA|SELECT)$/.test(target.tagName));
  }

  function moveInList(step) {
    var links = Array.prototype.slice.call(document.querySelectorAll("a.case-link"));
    if (!links.length) { return false; }
    var at = links.indexOf(document.activeElement);
    var next = at < 0 ? (step > 0 ? 0 : links.length - 1) : at + step;
    if (next < 0 || next >= links.length) { return true; }
    links[next].focus();
    return true;
  }

  function follow(selector) {
    var link = document.querySelector(selector);
    if (link) { window.location.assign(link.getAttribute("href")); }
  }

  document.addEventListener("keydown", function (event) {
    if (event.key === "Escape" && typing(event.target)) {
      event.target.blur();  // leaves the field, so that j/k/u work again
      return;
    }
    if (event.altKey || event.ctrlKey || event.metaKey || typing(event.target)) { return; }
    if (event.key === "j" || event.key === "k") {
      var step = event.key === "j" ? 1 : -1;
      if (!moveInList(step)) { follow(step > 0 ? "a[rel=next]" : "a[rel=prev]"); }
      event.preventDefault();
    } else if (event.key === "u") {
      follow("a[data-key=u]");
      event.preventDefault();
    }
  });

  // The box of the field being edited stands out on the page image, and the other way round.
  function highlight(name, on) {
    document.querySelectorAll('rect.box[data-field="' + name + '"], div.field[data-field="' + name + '"]')
      .forEach(function (el) { el.classList.toggle("active", on); });
  }

  document.addEventListener("focusin", function (event) {
    var name = event.target.getAttribute && event.target.getAttribute("data-field");
    if (name && event.target.tagName === "INPUT") { highlight(name, true); }
  });
  document.addEventListener("focusout", function (event) {
    var name = event.target.getAttribute && event.target.getAttribute("data-field");
    if (name && event.target.tagName === "INPUT") { highlight(name, false); }
  });

  // Browsers skip autofocus after a same-page navigation; focus the first doubtful field.
  document.addEventListener("DOMContentLoaded", function () {
    var first = document.querySelector("[autofocus]");
    if (first && document.activeElement !== first) { first.focus(); }
  });
})();
