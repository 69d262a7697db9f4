/* Cegah TPPO search, loaded by assets/cegah.js the first time the reader opens search.
 *
 * It loads search/<lang>.js (written after the build by scripts/cegah/site/search.py) with a
 * <script> tag, which also works from file://, and searches it in the page: every word typed
 * must match the start of a word of a section (after a light Indonesian or English stemming,
 * so "melaporkan" finds "lapor"), title words count most. Results use Material's classes.
 */
(function () {
  "use strict";

  var box = document.querySelector("[data-cegah-search]");
  var input = box.querySelector("input");
  var form = box.querySelector("form");
  var meta = box.querySelector(".md-search-result__meta");
  var list = box.querySelector(".md-search-result__list");
  var toggle = document.getElementById("__search");
  var config = JSON.parse(document.getElementById("__config").textContent);
  var base = new URL(config.base, location.href);
  var words = config.translations;
  var lang = box.getAttribute("data-lang");
  var MAX_RESULTS = 20;
  var docs = null;

  /* Lowercase, without accents, split on anything that is not a letter or digit. */
  function tokens(text) {
    return text
      .toLowerCase()
      .normalize("NFD")
      .replace(/[\u0300-\u036f]/g, "")
      .split(/[^a-z0-9]+/)
      .filter(Boolean);
  }

  /* Indonesian: particles, possessives, the common prefixes (with the sound changes me-/pe-
   * make: menipu -> tipu, memakai -> pakai, menyewa -> sewa) and suffixes. Light on purpose:
   * the same function runs on the text and on the query, and matching is by word start. */
  function stemId(word) {
    if (word.length < 5) return word;
    var w = word.replace(/(kah|lah|tah|pun)$/, "");
    if (w.length >= 5) w = w.replace(/(ku|mu|nya)$/, "");
    var rules = [
      [/^(meng|peng)([aiueo].{2,})$/, ""],
      [/^(meny|peny)([aiueo].{2,})$/, "s"],
      [/^(mem|pem)([aiueo].{2,})$/, "p"],
      [/^(mem|pem)([bfpv].{2,})$/, ""],
      [/^(men|pen)([aiueo].{2,})$/, "t"],
      [/^(men|pen)([cdjtsz].{2,})$/, ""],
      [/^(meng|peng)([ghkq].{2,})$/, ""],
      [/^(me|pe)([lmnrwy].{2,})$/, ""],
      [/^(ber|ter|per)(.{3,})$/, ""],
      [/^(be|pe)(k.{4,})$/, ""],
      [/^(di|ke|se)(.{4,})$/, ""]
    ];
    for (var i = 0; i < rules.length; i++) {
      var match = rules[i][0].exec(w);
      if (match) {
        w = rules[i][1] + match[2];
        break;
      }
    }
    if (w.length >= 6) w = w.replace(/(kan|an)$/, "");
    else if (w.length >= 5) w = w.replace(/i$/, "");
    return w;
  }

  function stemEn(word) {
    if (word.length < 4) return word;
    if (/ies$/.test(word)) return word.slice(0, -3) + "y";
    if (/(ss|us|is)$/.test(word)) return word;
    var w = word.replace(/s$/, "");
    if (/ing$/.test(w) && w.length > 5) return w.slice(0, -3);
    if (/ed$/.test(w) && w.length > 4) return w.slice(0, -2);
    return w;
  }

  // the stemmer is a fact of the language (scripts/cegah/words/<lang>.yml, search_stemmer)
  var stem = { id: stemId, en: stemEn }[box.getAttribute("data-stemmer")] || function (word) {
    return word;
  };

  function terms(text) {
    return tokens(text).map(function (raw) {
      return { raw: raw, stem: stem(raw) };
    });
  }

  function prepare(doc) {
    return {
      location: doc.l,
      title: doc.t,
      page: doc.p || "",
      text: doc.x,
      titleTerms: terms(doc.t + " " + (doc.p || "")),
      textTerms: terms(doc.x)
    };
  }

  function matches(term, word) {
    return word.stem.indexOf(term.stem) === 0 || word.raw.indexOf(term.raw) === 0;
  }

  function score(doc, query) {
    var total = 0;
    for (var i = 0; i < query.length; i++) {
      var term = query[i];
      var inTitle = doc.titleTerms.some(function (word) {
        return matches(term, word);
      });
      var inText = 0;
      for (var j = 0; j < doc.textTerms.length && inText < 5; j++) {
        if (matches(term, doc.textTerms[j])) inText++;
      }
      if (!inTitle && !inText) return 0; // every word must be found
      total += (inTitle ? 10 : 0) + inText;
    }
    return total + (doc.location.indexOf("#") < 0 ? 1 : 0); // a whole page before its parts
  }

  function escapeHtml(text) {
    return text.replace(/[&<>"]/g, function (c) {
      return { "&": "&amp;", "<": "&lt;", ">": "&gt;", '"': "&quot;" }[c];
    });
  }

  /* About 160 characters around the first word found, the found words marked. */
  function snippet(text, query) {
    var lower = text.toLowerCase();
    var at = -1;
    query.forEach(function (term) {
      var found = lower.indexOf(term.raw.slice(0, Math.max(3, term.stem.length)));
      if (found >= 0 && (at < 0 || found < at)) at = found;
    });
    var start = Math.max(0, at - 60);
    var part = (start > 0 ? "… " : "") + text.slice(start, start + 160) + (text.length > start + 160 ? " …" : "");
    var html = escapeHtml(part);
    query.forEach(function (term) {
      var stemmed = term.stem.length >= 3 ? term.stem : term.raw;
      /* ES5 classes (no \p{L}: old Android browsers); "&" and "#" before a match would mean
         the inside of an HTML entity such as &amp; */
      var letters = "A-Za-z0-9\\u00C0-\\u024F";
      var pattern = new RegExp("(^|[^" + letters + "&#])(" + stemmed.replace(/[.*+?^${}()|[\]\\]/g, "\\$&") + "[" + letters + "]*)", "gi");
      html = html.replace(pattern, "$1<mark>$2</mark>");
    });
    return html;
  }

  function count(n) {
    if (n === 0) return words["search.result.none"];
    if (n === 1) return words["search.result.one"];
    return words["search.result.other"].replace("#", n);
  }

  function render() {
    if (!docs) return; // the index is still loading; render() runs again when it is there
    var query = terms(input.value);
    list.innerHTML = "";
    // which input the list now shows (tests and assistive tools can wait for it)
    list.setAttribute("data-cegah-rendered", input.value);
    if (!query.length) {
      meta.textContent = words["search.result.placeholder"];
      return;
    }
    var found = docs
      .map(function (doc) {
        return { doc: doc, score: score(doc, query) };
      })
      .filter(function (hit) {
        return hit.score > 0;
      })
      .sort(function (a, b) {
        return b.score - a.score;
      });
    meta.textContent = count(found.length);
    found.slice(0, MAX_RESULTS).forEach(function (hit) {
      var doc = hit.doc;
      var heading = doc.page && doc.page !== doc.title ? doc.page + " › " + doc.title : doc.title;
      var item = document.createElement("li");
      item.className = "md-search-result__item";
      item.innerHTML =
        '<a class="md-search-result__link" href="' + escapeHtml(new URL(doc.location, base).href) + '">' +
        '<article class="md-search-result__article md-typeset"><h1>' + escapeHtml(heading) + "</h1>" +
        "<p>" + snippet(doc.text, query) + "</p></article></a>";
      list.appendChild(item);
    });
  }

  function close() {
    toggle.checked = false;
    toggle.dispatchEvent(new Event("change"));
    input.blur();
  }

  var timer = null;
  input.addEventListener("input", function () {
    clearTimeout(timer);
    timer = setTimeout(render, 80);
  });
  form.addEventListener("submit", function (event) {
    event.preventDefault();
    var first = list.querySelector("a");
    if (first) first.click();
  });
  form.addEventListener("reset", function () {
    setTimeout(render);
    input.focus();
  });
  box.addEventListener("keydown", function (event) {
    var links = Array.prototype.slice.call(list.querySelectorAll("a"));
    var at = links.indexOf(document.activeElement);
    if (event.key === "Escape") {
      close();
    } else if (event.key === "ArrowDown" || event.key === "ArrowUp") {
      event.preventDefault();
      var next = at + (event.key === "ArrowDown" ? 1 : -1);
      if (next < 0) input.focus();
      else if (links[Math.min(next, links.length - 1)]) links[Math.min(next, links.length - 1)].focus();
    }
  });
  list.addEventListener("click", function (event) {
    if (event.target.closest("a")) toggle.checked = false; // same-page links: close the box
  });

  meta.textContent = words["search.result.placeholder"];
  var index = document.createElement("script");
  index.src = box.getAttribute("data-index");
  index.onload = function () {
    docs = (window.__cegahSearch[lang] || { docs: [] }).docs.map(prepare);
    box.setAttribute("data-cegah-search-ready", "");
    render();
  };
  index.onerror = function () {
    meta.textContent = words["search.result.none"];
  };
  document.head.appendChild(index);
})();
