// Quick exit, as safety-critical sites do it (GOV.UK "Exit this page", domestic-abuse services): hide the page at
// once and replace it in the history with a neutral site, so Back does not return to it. Escape pressed three
// times does the same. Without JavaScript the link still leaves the site (docs/decisions/0014).
//
// Back can still reach the pages opened before the one left. So this tab remembers (sessionStorage, gone when
// the tab closes) that it left, and a page of the portal reached again with Back or Forward leaves at once,
// before it shows. A page opened on purpose (a link, a typed address) forgets it: the reader came back.
// Loaded without defer in the <head>, so that check runs before the page is drawn.
(function () {
  "use strict";
  var LEFT = "portal-quick-exit";
  var root = document.documentElement;

  function remember(value) {
    try {
      if (value) {
        window.sessionStorage.setItem(LEFT, value);
      } else {
        window.sessionStorage.removeItem(LEFT);
      }
    } catch (error) {
      // Storage refused (some private modes): quick exit still replaces the page.
    }
  }

  function recalled() {
    try {
      return window.sessionStorage.getItem(LEFT);
    } catch (error) {
      return null;
    }
  }

  function leave(href) {
    root.classList.add("is-leaving");
    if (document.body) {
      document.body.hidden = true;
    }
    document.title = "";
    remember(href);
    window.location.replace(href);
  }

  function reachedByHistory() {
    var entries = window.performance && performance.getEntriesByType ? performance.getEntriesByType("navigation") : [];
    return entries.length > 0 && entries[0].type === "back_forward";
  }

  var target = recalled();
  if (target && reachedByHistory()) {
    leave(target);
    return;
  }
  if (target) {
    remember(null);
  }
  // A page kept whole by the browser (back/forward cache) runs no script again: it only fires pageshow.
  window.addEventListener("pageshow", function (event) {
    var left = recalled();
    if (event.persisted && left) {
      leave(left);
    }
  });

  function link() {
    return document.querySelector("[data-quick-exit]");
  }

  document.addEventListener("click", function (event) {
    var exit = link();
    if (exit && event.target instanceof Element && exit.contains(event.target)) {
      event.preventDefault();
      leave(exit.href);
    }
  });

  var presses = 0;
  var timer = null;
  document.addEventListener("keydown", function (event) {
    if (event.key !== "Escape") {
      return;
    }
    presses += 1;
    clearTimeout(timer);
    timer = setTimeout(function () { presses = 0; }, 1500);
    var exit = link();
    if (presses >= 3 && exit) {
      event.preventDefault();
      leave(exit.href);
    }
  });
})();
