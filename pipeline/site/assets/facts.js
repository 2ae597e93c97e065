// The facts table: search as you type, filters, sorting and paging over window.FACTS (facts-data.js),
// with the whole view kept in the address bar's #fragment so a link reproduces it. Only one page of rows
// is ever in the document, so 10,000 facts stay fast.
(function () {
  'use strict';
  var data = window.FACTS;
  var columns = data.columns;
  var col = {};
  columns.forEach(function (name, i) { col[name] = i; });
  var rows = data.rows;
  var pageSize = 100;
  var haystack = rows.map(function (r) {
    return [r[col.id], r[col.summary], r[col.quote], r[col.direction], r[col.source], r[col.dateText], r[col.categoryLabel], r[col.kind]].join('\n').toLowerCase();
  });
  var form = document.getElementById('filters');
  var body = document.getElementById('facts-body');
  var count = document.getElementById('count');
  var pageLabel = document.getElementById('page-label');
  var prev = document.getElementById('prev');
  var next = document.getElementById('next');
  var headers = Array.prototype.slice.call(document.querySelectorAll('#facts-table th[data-key]'));
  var filterNames = ['q', 'category', 'from', 'to', 'direction', 'country', 'source', 'basis'];
  var state = { sort: 'date', dir: 'asc', page: 1 };

  function readState() {
    var params = new URLSearchParams(location.hash.replace(/^#/, ''));
    filterNames.forEach(function (name) { form.elements[name].value = params.get(name) || ''; });
    state.sort = params.get('sort') || 'date';
    state.dir = params.get('dir') === 'desc' ? 'desc' : 'asc';
    state.page = Math.max(1, parseInt(params.get('page') || '1', 10) || 1);
  }

  function writeState() {
    var params = new URLSearchParams();
    filterNames.forEach(function (name) { var v = form.elements[name].value.trim(); if (v) params.set(name, v); });
    if (state.sort !== 'date' || state.dir !== 'asc') { params.set('sort', state.sort); params.set('dir', state.dir); }
    if (state.page > 1) params.set('page', String(state.page));
    var hash = params.toString();
    history.replaceState(null, '', hash ? '#' + hash : location.pathname + location.search);
  }

  /** The filters as set now, read from the form once per render. */
  function currentFilters() {
    var f = form.elements;
    var q = f.q.value.trim().toLowerCase();
    return {
      words: q ? q.split(/\s+/) : [],
      category: f.category.value, direction: f.direction.value, country: f.country.value, source: f.source.value, basis: f.basis.value,
      from: parseInt(f.from.value, 10), to: parseInt(f.to.value, 10),
    };
  }

  function matches(i, f) {
    var r = rows[i];
    for (var w = 0; w < f.words.length; w++) if (haystack[i].indexOf(f.words[w]) === -1) return false;
    if (f.category && r[col.category] !== f.category) return false;
    if (f.direction && r[col.directionKey] !== f.direction) return false;
    if (f.country && r[col.actor1] !== f.country && r[col.actor2] !== f.country) return false;
    if (f.source && r[col.sourceId] !== f.source) return false;
    if (f.basis && r[col.basis] !== f.basis) return false;
    if (!isNaN(f.from) && (r[col.year] === null || r[col.year] < f.from)) return false;
    if (!isNaN(f.to) && (r[col.year] === null || r[col.year] > f.to)) return false;
    return true;
  }

  var sortKeys = { date: 'dateSort', category: 'categoryLabel', summary: 'summary', direction: 'direction', source: 'source', basis: 'basis' };
  function compare(a, b) {
    var k = col[sortKeys[state.sort] || 'dateSort'];
    var x = rows[a][k], y = rows[b][k];
    var c = x < y ? -1 : x > y ? 1 : 0;
    if (state.dir === 'desc') c = -c;
    return c || rows[a][col.order] - rows[b][col.order];
  }

  /** Row indices in the current sort order, sorted once per order and kept: filtering then keeps that order. */
  var sortedCache = {};
  function sortedRows() {
    var key = state.sort + ':' + state.dir;
    if (!sortedCache[key]) sortedCache[key] = rows.map(function (_, i) { return i; }).sort(compare);
    return sortedCache[key];
  }

  function cell(tag, text, href) {
    var td = document.createElement(tag);
    if (href) {
      var a = document.createElement('a');
      a.href = href;
      a.textContent = text;
      td.appendChild(a);
    } else td.textContent = text;
    return td;
  }

  function render() {
    var filters = currentFilters();
    var order = sortedRows();
    var shown = [];
    for (var k = 0; k < order.length; k++) if (matches(order[k], filters)) shown.push(order[k]);
    var pages = Math.max(1, Math.ceil(shown.length / pageSize));
    if (state.page > pages) state.page = pages;
    var first = (state.page - 1) * pageSize;
    var fragment = document.createDocumentFragment();
    shown.slice(first, first + pageSize).forEach(function (i) {
      var r = rows[i];
      var tr = document.createElement('tr');
      tr.appendChild(cell('td', r[col.dateLabel]));
      tr.appendChild(cell('td', r[col.categoryLabel]));
      tr.appendChild(cell('td', r[col.summary], 'fact/' + encodeURIComponent(r[col.id]) + '.html'));
      tr.appendChild(cell('td', r[col.direction]));
      tr.appendChild(cell('td', r[col.source], 'source/' + encodeURIComponent(r[col.sourceId]) + '.html'));
      tr.appendChild(cell('td', r[col.basisLabel]));
      fragment.appendChild(tr);
    });
    body.replaceChildren(fragment);
    count.textContent = shown.length === rows.length
      ? rows.length + ' facts'
      : shown.length + ' of ' + rows.length + ' facts match';
    count.setAttribute('data-shown', String(shown.length));
    pageLabel.textContent = 'Page ' + state.page + ' of ' + pages + (shown.length ? ' (rows ' + (first + 1) + '–' + Math.min(first + pageSize, shown.length) + ')' : '');
    prev.disabled = state.page <= 1;
    next.disabled = state.page >= pages;
    headers.forEach(function (th) {
      if (th.getAttribute('data-key') === state.sort) th.setAttribute('aria-sort', state.dir === 'asc' ? 'ascending' : 'descending');
      else th.removeAttribute('aria-sort');
    });
    writeState();
  }

  // 'input' fires for every control (text, number and select). No 'change' listener: leaving the search box fires
  // 'change', and re-rendering then would replace the row whose link is being clicked.
  form.addEventListener('input', function () { state.page = 1; render(); });
  form.addEventListener('submit', function (e) { e.preventDefault(); });
  form.addEventListener('reset', function () { setTimeout(function () { state.page = 1; render(); }, 0); });
  prev.addEventListener('click', function () { state.page--; render(); });
  next.addEventListener('click', function () { state.page++; render(); });
  headers.forEach(function (th) {
    th.querySelector('button').addEventListener('click', function () {
      var key = th.getAttribute('data-key');
      state.dir = state.sort === key && state.dir === 'asc' ? 'desc' : 'asc';
      state.sort = key;
      render();
    });
  });
  window.addEventListener('hashchange', function () { readState(); render(); });
  readState();
  render();
})();
