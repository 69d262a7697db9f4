/* Cegah TPPO self-check ("Is this job offer safe?"), on the page cek-tawaran only.
 *
 * Everything it shows is already in the page (scripts/cegah/site/selfcheck.py): this script only
 * reads the answers and unhides the matching result and advice. No request, no storage: the
 * answers never leave the phone, and the check works offline once the page is open.
 *
 * The rule: the most serious sign among the answers decides the result. A question's sign is
 * the answer in data-warning ("yes" or "no"); its seriousness is data-level ("waspada" or
 * "bahaya"). No sign at all gives "aman".
 */
(function () {
  "use strict";

  var ORDER = ["aman", "waspada", "bahaya"];

  function show(element, visible) {
    if (visible) element.removeAttribute("hidden");
    else element.setAttribute("hidden", "");
  }

  function setUp(form) {
    var container = form.closest(".cegah-self-check");
    var result = container.querySelector(".cegah-result");
    var unanswered = form.querySelector(".cegah-unanswered");
    var questions = Array.prototype.slice.call(form.querySelectorAll("fieldset[data-question]"));

    /* The button is a plain button, hidden until this script runs: without the script the form
       can never be submitted, so answers never end up in an address or a server log. */
    var button = form.querySelector("button[data-cegah-check]");
    show(button, true);
    form.addEventListener("submit", function (event) {
      event.preventDefault(); // Enter in a field: no request, just the check
      check();
    });
    button.addEventListener("click", check);

    function check() {
      var level = 0;
      var open = [];
      var flagged = {};
      questions.forEach(function (question) {
        var checked = question.querySelector("input:checked");
        if (!checked) {
          open.push(question);
          return;
        }
        var isSign = checked.value === question.getAttribute("data-warning");
        question.toggleAttribute("data-cegah-sign", isSign);
        if (isSign) {
          flagged[question.getAttribute("data-question")] = true;
          level = Math.max(level, ORDER.indexOf(question.getAttribute("data-level")));
        }
      });
      questions.forEach(function (question) {
        question.toggleAttribute("data-cegah-open", open.indexOf(question) >= 0);
      });
      show(unanswered, open.length > 0);
      if (open.length) {
        show(result, false);
        open[0].querySelector("input").focus();
        return;
      }
      container.querySelectorAll("[data-result]").forEach(function (box) {
        show(box, box.getAttribute("data-result") === ORDER[level]);
      });
      container.querySelectorAll("[data-advice]").forEach(function (item) {
        show(item, !!flagged[item.getAttribute("data-advice")]);
      });
      container.setAttribute("data-cegah-result", ORDER[level]);
      show(result, true);
      result.focus();
    }

    form.addEventListener("change", function () {
      show(result, false); // an answer changed: the shown result no longer holds
    });

    /* A watched reader's answers must not come back: a page restored by Back (from the
       back-forward cache, or with the browser's form restoring) starts empty. */
    function clear() {
      form.reset();
      questions.forEach(function (question) {
        question.removeAttribute("data-cegah-sign");
        question.removeAttribute("data-cegah-open");
      });
      show(unanswered, false);
      show(result, false);
      container.removeAttribute("data-cegah-result");
    }
    window.addEventListener("pageshow", clear);
  }

  document.querySelectorAll("form[data-cegah-self-check]").forEach(setUp);
})();
