// SixPs editor: live checking and preview on top of a form that works without this script.
// Served as a file: the pages allow no inline script.
(function () {
  'use strict';

  function byId(id) { return document.getElementById(id); }

  function focusOnLoad() {
    var summary = byId('error-summary');
    if (summary) { summary.focus(); return; }
    var target = byId('focus-target');
    if (target) {
      var el = byId(target.getAttribute('data-field'));
      if (el) {
        var control = el.matches('input, select, textarea, button, [tabindex]') ? el
          : el.querySelector('input, select, textarea, button');
        if (control) { control.focus(); }
      }
    }
  }

  var csrf = document.querySelector('meta[name="csrf-token"]');
  var token = csrf ? csrf.getAttribute('content') : '';
  var form = byId('editor');

  function body() {
    var data = new URLSearchParams(new FormData(form));
    data.delete('_op');
    return data;
  }

  function post(url) {
    return fetch(url, {
      method: 'POST', credentials: 'same-origin', body: body(),
      headers: { 'X-CSRF-Token': token, 'Accept': 'application/json, text/html' }
    });
  }

  function findingItem(f) {
    var li = document.createElement('li');
    li.className = 'finding finding-' + (f.severity === 'info' ? 'note' : f.severity);
    var strong = document.createElement('strong');
    strong.className = 'finding-severity';
    strong.textContent = (f.severity === 'error' ? 'Error' : f.severity === 'warning' ? 'Warning'
      : 'Note') + ': ';
    li.appendChild(strong);
    li.appendChild(document.createTextNode(f.message));
    if (f.suggestion) {
      var s = document.createElement('span');
      s.className = 'finding-suggestion';
      s.textContent = f.suggestion;
      li.appendChild(s);
    }
    return li;
  }

  // New entries not yet filled in ("*" is the whole of a new formulation) keep quiet until
  // someone types in a field and leaves it (GOV.UK's pattern): a blank new entry does not open
  // with "this is blank".
  var quiet = ((form && form.getAttribute('data-quiet')) || '').split(' ').filter(Boolean);
  var edited = {};
  var touched = [];

  function inside(name, entry) {
    return entry === '*' || name === entry || name.indexOf(entry + '.') === 0
      || name.indexOf(entry + '[') === 0;
  }

  function shown(field) {
    var isQuiet = quiet.some(function (q) { return inside(field || '', q); });
    return !isQuiet || (field && touched.some(function (t) { return inside(t, field); }));
  }

  function showFindings(answer) {
    var lists = form.querySelectorAll('ul.findings');
    lists.forEach(function (ul) { ul.replaceChildren(); ul.hidden = true; });
    var all = [];
    Object.keys(answer.errors).forEach(function (field) {
      all.push({ field: field, severity: 'error', message: answer.errors[field],
        label: answer.labels[field] });
    });
    all = all.concat(answer.findings).filter(function (f) { return shown(f.field); });
    var checks = byId('checks-list');
    if (checks) { checks.replaceChildren(); }
    all.forEach(function (f) {
      var ul = f.field ? byId(f.field + '-findings') : null;
      if (ul) { ul.appendChild(findingItem(f)); ul.hidden = false; }
      if (checks) {
        var li = document.createElement('li');
        if (f.field) {
          var a = document.createElement('a');
          a.href = '#' + encodeURIComponent(f.field);
          a.textContent = (f.label ? f.label + ': ' : '') + f.message;
          li.appendChild(a);
        } else {
          li.textContent = f.message;
        }
        checks.appendChild(li);
      }
    });
    var heading = byId('checks-heading');
    var guidance = byId('checks-guidance');
    if (guidance && all.length > 0) { guidance.hidden = true; }
    if (heading && !(guidance && all.length === 0)) {
      heading.textContent = all.length === 0 ? 'Checks: nothing to look at'
        : 'Checks: ' + all.length + (all.length === 1 ? ' thing' : ' things') + ' to look at';
    }
  }

  function showPreview(html) {
    var target = byId('preview-body');
    if (!target) { return; }
    var doc = new DOMParser().parseFromString(html, 'text/html');
    target.replaceChildren.apply(target, Array.prototype.map.call(doc.body.childNodes,
      function (n) { return document.importNode(n, true); }));
  }

  function previewStyle() {
    var audience = byId('_audience');
    var link = byId('preview-style');
    if (audience && link) {
      link.setAttribute('href', '/assets/preview-' + audience.value + '.css');
    }
  }

  var timer = null;
  var running = 0;
  function refresh() {
    var mine = ++running;
    post(form.getAttribute('data-check')).then(function (r) {
      return r.ok ? r.json() : null;
    }).then(function (answer) {
      if (answer && mine === running) { showFindings(answer); }
    }).catch(function () { /* the server is away: the form still saves */ });
    post(form.getAttribute('data-preview')).then(function (r) {
      return r.ok ? r.text() : null;
    }).then(function (html) {
      if (html !== null && mine === running) { previewStyle(); showPreview(html); }
    }).catch(function () { /* as above */ });
    // The family tree's sentences, where its picture goes, follow what is typed.
    if (byId('family-sentences')) {
      post(form.getAttribute('data-family')).then(function (r) {
        return r.ok ? r.text() : null;
      }).then(function (html) {
        var list = byId('family-sentences');
        if (html === null || mine !== running || !list) { return; }
        var fresh = new DOMParser().parseFromString(html, 'text/html').getElementById('family-sentences');
        if (fresh) { list.replaceChildren.apply(list, Array.prototype.map.call(fresh.childNodes,
          function (n) { return document.importNode(n, true); })); }
      }).catch(function () { /* as above */ });
    }
  }

  function later() {
    if (timer) { clearTimeout(timer); }
    timer = setTimeout(refresh, 600);
  }

  focusOnLoad();
  if (form && form.getAttribute('data-check')) {
    form.addEventListener('input', function (e) {
      if (e.target.name) { edited[e.target.name] = true; }
      later();
    });
    form.addEventListener('change', function (e) {
      // A box ticked or an option chosen is a field left at once.
      if (e.target.name && e.target.type !== 'text' && e.target.tagName !== 'TEXTAREA') {
        touched.push(e.target.name);
      }
      later();
    });
    form.addEventListener('focusout', function (e) {
      if (e.target.name && edited[e.target.name] && touched.indexOf(e.target.name) < 0) {
        touched.push(e.target.name);
        later();
      }
    });
    refresh();
  }
}());
