// Replaces each chart's static SVG with a live Vega-Lite view (tooltips on hover), from the spec inlined in the page.
(function () {
  'use strict';
  var charts = document.querySelectorAll('.chart[data-spec]');
  charts.forEach(function (el) {
    var spec = JSON.parse(document.getElementById(el.getAttribute('data-spec')).textContent);
    window.vegaEmbed(el, spec, { actions: false, renderer: 'svg' })
      .then(function () { el.setAttribute('data-rendered', 'true'); })
      .catch(function (error) { el.setAttribute('data-error', String(error && error.message || error)); });
  });
})();
