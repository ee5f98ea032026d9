// Progressive enhancement only: every form and link works without this file.
(function () {
  "use strict";

  var locate = document.querySelector("[data-use-my-location]");
  if (locate && "geolocation" in navigator) {
    var wrapper = locate.closest("[hidden]");
    if (wrapper) wrapper.hidden = false;
    locate.addEventListener("click", function () {
      var form = locate.form;
      navigator.geolocation.getCurrentPosition(
        function (position) {
          form.elements.lat.value = position.coords.latitude.toFixed(4);
          form.elements.lon.value = position.coords.longitude.toFixed(4);
          form.submit();
        },
        function () {
          locate.insertAdjacentText("afterend", " " + locate.dataset.error);
        },
        { timeout: 10000, maximumAge: 600000 }
      );
    });
  }

  // The stylesheet shows the filters on wide screens through ::details-content; a browser without it would
  // keep them shut behind "Filters" where there is room to show them, so open them there.
  var filters = document.querySelector("details.directory-filters");
  var showsClosedContent = window.CSS && CSS.supports && CSS.supports("selector(::details-content)");
  if (filters && !showsClosedContent && window.matchMedia("(min-width: 48rem)").matches) {
    filters.open = true;
  }

  var status = document.querySelector("[data-copy-status]");
  var copy = document.querySelector("[data-copy-link]");
  if (copy && navigator.clipboard) {
    copy.hidden = false;
    copy.addEventListener("click", function () {
      var field = document.getElementById(copy.dataset.copyLink);
      navigator.clipboard.writeText(field.value).then(function () {
        if (status) status.textContent = copy.dataset.copied;
      });
    });
  }

  var print = document.querySelector("[data-print]");
  if (print) {
    print.hidden = false;
    print.addEventListener("click", function () { window.print(); });
  }
})();
