/* Cegah TPPO: the site's own script, loaded in <head> before Material's bundle.
 *
 * 1. Material's helpers, moved here from its inline <script> so that the Content-Security-Policy
 *    can forbid inline scripts.
 * 2. Quick exit: replace the page with a neutral site; a page of this site reached again with
 *    the Back button leaves at once, before it is shown.
 * 3. No sitemap downloads: Material fetches sitemap.xml beside every hreflang alternate.
 * 4. Search: nothing is downloaded until the reader opens search (assets/cegah-search.js).
 *
 * Plain ES2017, no library: it must run on old Android browsers and from file://.
 */
(function () {
  "use strict";

  var script = document.currentScript;
  var root = new URL("..", script.src); // this file is assets/cegah.js

  /* 1. Material's helpers (overrides/partials/javascripts/base.html explains the move). */
  window.__md_scope = root;
  window.__md_hash = function (text) {
    return Array.from(text).reduce(function (hash, c) {
      return (hash << 5) - hash + c.charCodeAt(0);
    }, 0);
  };
  window.__md_get = function (key, storage, scope) {
    storage = storage || localStorage;
    scope = scope || window.__md_scope;
    return JSON.parse(storage.getItem(scope.pathname + "." + key));
  };
  window.__md_set = function (key, value, storage, scope) {
    storage = storage || localStorage;
    scope = scope || window.__md_scope;
    try {
      storage.setItem(scope.pathname + "." + key, JSON.stringify(value));
    } catch (e) {
      /* storage full or disabled: Material works without it */
    }
  };

  /* 2. Quick exit. The neutral address is kept for this tab only (sessionStorage), so that a
   * page of this site brought back with Back (from history or from the back-forward cache)
   * leaves again before anything is shown. A new visit (typed, link, reload) clears it. */
  var EXIT_KEY = "cegah.exit";
  function stored() {
    try {
      return sessionStorage.getItem(EXIT_KEY);
    } catch (e) {
      return null;
    }
  }
  function leave(url) {
    document.documentElement.style.display = "none";
    try {
      sessionStorage.setItem(EXIT_KEY, url);
    } catch (e) {
      /* private mode without storage: the page is still replaced */
    }
    location.replace(url);
  }
  var entry = performance.getEntriesByType ? performance.getEntriesByType("navigation")[0] : null;
  var exitUrl = stored();
  if (exitUrl && entry && entry.type === "back_forward") {
    leave(exitUrl);
  } else if (exitUrl) {
    try {
      sessionStorage.removeItem(EXIT_KEY);
    } catch (e) {
      /* nothing to clear */
    }
  }
  window.addEventListener("pageshow", function (event) {
    var url = stored();
    if (event.persisted && url) leave(url);
  });

  /* 3. Material asks for sitemap.xml beside every <link rel="alternate"> to keep readers on the
   * same page when they switch language. Our language menu already links to the same page
   * (mkdocs-static-i18n), our alternates are absolute (another host in a preview), and a
   * sitemap grows with the content: end those requests here, before they reach the network. */
  var xhrOpen = XMLHttpRequest.prototype.open;
  var xhrSend = XMLHttpRequest.prototype.send;
  XMLHttpRequest.prototype.open = function (method, url) {
    this.cegahSkip = /\/sitemap\.xml$/.test(new URL(String(url), location.href).pathname);
    return xhrOpen.apply(this, arguments);
  };
  XMLHttpRequest.prototype.send = function () {
    if (!this.cegahSkip) return xhrSend.apply(this, arguments);
    var request = this;
    setTimeout(function () {
      request.dispatchEvent(new ProgressEvent("abort")); // Material treats it as "no sitemap"
    });
  };

  function ready(callback) {
    if (document.readyState === "loading") {
      document.addEventListener("DOMContentLoaded", callback);
    } else {
      callback();
    }
  }

  /* Keyboard: Enter or Space on a header icon (a <label> in Material) works like a click. */
  function makeButton(element, label) {
    if (!element || !label) return;
    element.setAttribute("role", "button");
    element.setAttribute("tabindex", "0");
    element.setAttribute("aria-label", label);
    element.addEventListener("keydown", function (event) {
      if (event.key === "Enter" || event.key === " ") {
        event.preventDefault();
        element.click();
      }
    });
  }

  /* One history entry for the whole visit: a link to another page of this site replaces the
   * current entry, so the back stack of a watched reader's browser never lists the pages read
   * (Back leaves the site). Links that open elsewhere, downloads and modified clicks keep the
   * browser's own behaviour. */
  document.addEventListener("click", function (event) {
    if (event.defaultPrevented || event.button !== 0) return;
    if (event.metaKey || event.ctrlKey || event.shiftKey || event.altKey) return;
    var link = event.target.closest && event.target.closest("a[href]");
    if (!link || link.hasAttribute("download") || (link.target && link.target !== "_self")) return;
    if (link.hasAttribute("data-cegah-exit")) return; // the quick exit has its own handler
    var url = new URL(link.href, location.href);
    var here = new URL(location.href);
    if (url.protocol !== here.protocol || url.host !== here.host) return;
    if (!/^https?:$|^file:$/.test(url.protocol)) return;
    if (url.pathname === here.pathname && url.search === here.search) return; // same page: #part
    if (!url.href.startsWith(root.href)) return; // another site on the same host
    event.preventDefault();
    location.replace(url.href);
  });

  /* Print page: copy a share image's ready message (the text box stays selectable without
   * JavaScript or clipboard access). */
  document.addEventListener("click", function (event) {
    var button = event.target.closest && event.target.closest("[data-cegah-copy]");
    if (!button) return;
    var box = document.getElementById(button.getAttribute("data-cegah-copy"));
    var status = button.nextElementSibling;
    function done() {
      if (status) status.textContent = button.getAttribute("data-cegah-copied");
    }
    box.select();
    if (navigator.clipboard && navigator.clipboard.writeText) {
      navigator.clipboard.writeText(box.value).then(done, function () {
        if (document.execCommand("copy")) done();
      });
    } else if (document.execCommand("copy")) {
      done();
    }
  });

  ready(function () {
    /* Quick exit: the link works without JavaScript too (it then adds a history entry). */
    var exit = document.querySelector("[data-cegah-exit]");
    if (exit) {
      exit.addEventListener("click", function (event) {
        event.preventDefault();
        leave(exit.href);
      });
      /* Shift pressed three times within two seconds also leaves, from anywhere. */
      var presses = [];
      var status = document.querySelector("[data-cegah-exit-status]");
      var quiet = null;
      function say(key) {
        if (!status) return;
        status.textContent = key ? status.getAttribute("data-" + key) : "";
        clearTimeout(quiet);
        if (key) quiet = setTimeout(say, 2000); // the count starts over, so does the message
      }
      document.addEventListener("keydown", function (event) {
        if (event.repeat) return;
        if (event.key !== "Shift") {
          if (presses.length) say(null);
          presses = []; // typing capitals ("Jawa Barat") is not a request to leave
          return;
        }
        var now = Date.now();
        presses = presses.filter(function (time) {
          return now - time < 2000;
        });
        presses.push(now);
        if (presses.length >= 3) {
          say("leaving");
          leave(exit.href);
        } else {
          say("press-" + (3 - presses.length));
        }
      });
    }

    /* A content tab named in the address opens (Material's inline script, moved here). */
    var target = location.hash && document.getElementById(decodeURIComponent(location.hash.slice(1)));
    if (target && target.name) target.checked = target.name.indexOf("__tabbed_") === 0;

    var nav = document.querySelector(".md-nav--primary");
    makeButton(document.querySelector(".md-header label[for='__drawer']"), nav && nav.getAttribute("aria-label"));

    /* 4. Search: load the engine on first use only. */
    var box = document.querySelector("[data-cegah-search]");
    if (!box) return;
    var input = box.querySelector("input");
    var toggle = document.getElementById("__search");
    var loaded = false;
    function load() {
      if (loaded) return;
      loaded = true;
      var engine = document.createElement("script");
      engine.src = box.getAttribute("data-engine");
      document.head.appendChild(engine);
    }
    function open() {
      if (!toggle.checked) {
        toggle.checked = true;
        toggle.dispatchEvent(new Event("change"));
      }
    }
    input.addEventListener("focus", function () {
      open();
      load();
    });
    toggle.addEventListener("change", function () {
      if (!toggle.checked) return;
      load();
      setTimeout(function () {
        input.focus();
      }, 50); // after Material's CSS has shown the box
    });
    makeButton(document.querySelector(".md-header label[for='__search']"), input.getAttribute("aria-label"));
    /* "/" or "s" opens search, as in Material, unless the reader is typing somewhere. */
    document.addEventListener("keydown", function (event) {
      var typing = /^(INPUT|TEXTAREA|SELECT)$/.test(document.activeElement.tagName);
      if (typing || event.ctrlKey || event.metaKey || event.altKey) return;
      if (event.key === "/" || event.key === "s") {
        event.preventDefault();
        open();
        input.focus();
      }
    });
  });
})();
