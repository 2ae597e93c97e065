// Replaces each chart's static SVG with a live Vega-Lite view (tooltips on hover), from the spec inlined in the page.
// Vega measures text to lay out axes: it waits for the bundled DejaVu Sans, or labels measured in a fallback font get clipped.
(function () {
  'use strict';
  var charts = document.querySelectorAll('.chart[data-spec]');
  var fontsReady = document.fonts && document.fonts.load
    ? Promise.all([document.fonts.load('11px "DejaVu Sans"'), document.fonts.load('bold 16px "DejaVu Sans"')]).catch(function () {})
    : Promise.resolve();
  fontsReady.then(function () {
    charts.forEach(function (el) {
      var spec = JSON.parse(document.getElementById(el.getAttribute('data-spec')).textContent);
      window.vegaEmbed(el, spec, { actions: false, renderer: 'svg' })
        .then(function () { el.setAttribute('data-rendered', 'true'); })
        .catch(function (error) { el.setAttribute('data-error', String(error && error.message || error)); });
    });
  });
})();
