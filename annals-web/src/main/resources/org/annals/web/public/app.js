// Annals UI: a small static app. Every view is drawn from the JSON API; text from articles is
// only ever put into the page as text (textContent, d3 .text()), never parsed as HTML.
(function () {
  'use strict';

  const TYPES = ['AGREE', 'CONSULT', 'SUPPORT', 'CONCEDE', 'COOPERATE', 'AID', 'RETREAT', 'REQUEST',
    'ACCUSE', 'REJECT', 'THREATEN', 'PROTEST', 'SANCTION', 'MOBILIZE', 'COERCE', 'ASSAULT'];
  const QUADS = { 1: 'verbal cooperation', 2: 'material cooperation', 3: 'verbal conflict', 4: 'material conflict' };
  const QUAD_COLOURS = { 1: '#2a9d8f', 2: '#3a6ea5', 3: '#e9a03b', 4: '#c8323c' };
  const view = document.getElementById('view');

  // ---- small DOM helpers ----
  function el(tag, attrs, ...children) {
    const e = document.createElement(tag);
    for (const [k, v] of Object.entries(attrs || {})) {
      if (v === null || v === undefined || v === false) continue;
      if (k === 'class') e.className = v;
      else if (k === 'text') e.textContent = v;
      else if (k.startsWith('on')) e.addEventListener(k.slice(2), v);
      else e.setAttribute(k, v);
    }
    for (const c of children.flat()) {
      if (c === null || c === undefined) continue;
      e.appendChild(typeof c === 'string' || typeof c === 'number' ? document.createTextNode(String(c)) : c);
    }
    return e;
  }
  function clear(node) { while (node.firstChild) node.removeChild(node.firstChild); return node; }
  function show(...nodes) { clear(view); nodes.flat().forEach(n => n && view.appendChild(n)); }
  function errorBox(message) { return el('p', { class: 'error', role: 'alert', text: message }); }

  async function api(path, options) {
    const res = await fetch(path, options);
    let body = null;
    try { body = await res.json(); } catch (e) { /* not JSON */ }
    if (!res.ok) throw new Error((body && body.error) || ('HTTP ' + res.status));
    return body;
  }

  function actorLink(a) {
    const label = a.name + (a.country && a.country !== a.name ? ' (' + a.country + ')' : '');
    return el('a', { href: '#/actor/' + a.id, class: 'actor', text: label });
  }
  function actorList(list) {
    if (!list || list.length === 0) return [el('span', { class: 'muted', text: '—' })];
    const out = [];
    list.forEach((a, i) => { if (i) out.push(' & '); out.push(actorLink(a)); });
    return out;
  }
  function typeLabel(e) {
    return el('span', { class: 'type quad-' + e.quadClass, title: QUADS[e.quadClass] || '',
      text: e.type + (e.mode ? '/' + e.mode : '') });
  }
  function dateLabel(d) {
    if (!d) return '';
    return d.value + (d.earliest && d.latest && d.earliest !== d.latest ? ' (' + d.earliest + ' … ' + d.latest + ')' : '');
  }
  function parseHash() {
    const h = location.hash.replace(/^#/, '') || '/';
    const [path, query] = h.split('?');
    return { parts: path.split('/').filter(Boolean), params: new URLSearchParams(query || '') };
  }
  function excerpt(s, n) { return s.length > n ? s.slice(0, n - 1) + '…' : s; }

  // ---- timeline ----
  async function timelineView(params) {
    const form = el('form', { class: 'filters panel', id: 'filters' },
      el('label', {}, 'Actor', el('input', { name: 'actor', id: 'f-actor', placeholder: 'name or ISO code', value: params.get('actor') || '' })),
      el('label', {}, 'Dyad', el('input', { name: 'dyad', id: 'f-dyad', placeholder: 'ISR,MAR', size: 9, value: params.get('dyad') || '' })),
      el('label', {}, 'Type', el('select', { name: 'type', id: 'f-type' },
        el('option', { value: '', text: 'any' }),
        TYPES.map(t => el('option', { value: t, text: t, selected: params.get('type') === t ? 'selected' : null })))),
      el('label', {}, 'From', el('input', { name: 'from', id: 'f-from', type: 'date', value: params.get('from') || '' })),
      el('label', {}, 'To', el('input', { name: 'to', id: 'f-to', type: 'date', value: params.get('to') || '' })),
      el('label', {}, 'Evidence contains', el('input', { name: 'text', id: 'f-text', value: params.get('text') || '' })),
      el('button', { type: 'submit', id: 'f-apply', text: 'Apply' }),
      el('a', { href: '#/', text: 'clear' }));
    form.addEventListener('submit', ev => {
      ev.preventDefault();
      const q = new URLSearchParams();
      for (const [k, v] of new FormData(form).entries()) if (v) q.set(k, v);
      location.hash = '#/?' + q.toString();
    });
    const legend = el('div', { class: 'legend' },
      Object.entries(QUADS).map(([q, name]) => el('span', {}, el('span', { class: 'swatch q' + q }), name)));
    const chart = el('div', { id: 'chart', class: 'panel' });
    const status = el('p', { class: 'muted small', id: 'timeline-status', text: 'Loading…' });
    const table = el('table', { id: 'events' });
    show(el('h1', { text: 'Timeline' }), form, legend, chart, status, table);

    const q = new URLSearchParams();
    for (const k of ['actor', 'dyad', 'type', 'from', 'to', 'text']) if (params.get(k)) q.set(k, params.get(k));
    const period = params.get('period') || 'month';
    let events, counts;
    try {
      q.set('limit', '1000');
      events = await api('/api/events?' + q.toString());
      q.delete('limit'); q.set('period', period);
      counts = await api('/api/timeline?' + q.toString());
    } catch (e) { status.replaceWith(errorBox(e.message)); return; }
    status.textContent = events.total + ' events' + (events.total > events.events.length ? ' (showing the first ' + events.events.length + ')' : '') +
      '; bars: events per ' + counts.period + '. Click an event to see its evidence.';
    drawTimeline(chart, events.events, counts);
    table.appendChild(el('thead', {}, el('tr', {}, ['Date', 'Event', 'Source', 'Target', 'Reports', 'Evidence'].map(h => el('th', { text: h })))));
    const tbody = el('tbody');
    events.events.forEach(e => {
      const row = el('tr', { class: 'event-row', 'data-id': e.id, onclick: ev => { if (ev.target.tagName !== 'A') location.hash = '#/event/' + e.id; } },
        el('td', { text: e.date.value }), el('td', {}, typeLabel(e)),
        el('td', {}, actorList(e.source)), el('td', {}, actorList(e.target)),
        el('td', { text: e.reports + (e.sources > 1 ? ' (' + e.sources + ' sources)' : '') }),
        el('td', { class: 'small', text: excerpt(e.evidence, 160) }));
      tbody.appendChild(row);
    });
    table.appendChild(tbody);
  }

  function drawTimeline(container, events, counts) {
    const width = container.clientWidth || 900, height = 240, m = { top: 12, right: 16, bottom: 26, left: 34 };
    const svg = d3.select(container).append('svg').attr('viewBox', '0 0 ' + width + ' ' + height).attr('role', 'img')
      .attr('aria-label', 'timeline of events');
    if (events.length === 0) {
      svg.append('text').attr('x', width / 2).attr('y', height / 2).attr('text-anchor', 'middle').attr('fill', '#5d6778').text('No events match.');
      return;
    }
    const day = s => new Date(s + 'T00:00:00Z');
    const dates = events.map(e => day(e.date.sort));
    let [lo, hi] = d3.extent(dates);
    const pad = Math.max(86400000 * 15, (hi - lo) * 0.05);
    const x = d3.scaleUtc().domain([new Date(+lo - pad), new Date(+hi + pad)]).range([m.left, width - m.right]);
    const zoomed = x.copy();
    const maxCount = d3.max(counts.counts, c => c.events) || 1;
    const y = d3.scaleLinear().domain([0, maxCount]).range([height - m.bottom, m.top]);
    const barsG = svg.append('g'), dotsG = svg.append('g'), axisG = svg.append('g').attr('transform', 'translate(0,' + (height - m.bottom) + ')');
    svg.append('g').attr('transform', 'translate(' + m.left + ',0)').call(d3.axisLeft(y).ticks(4).tickFormat(d3.format('d')));
    const next = { day: d3.utcDay, month: d3.utcMonth, year: d3.utcYear }[counts.period] || d3.utcMonth;
    // events stacked by day so that reports of one day do not hide each other
    const stack = new Map();
    const placed = events.map(e => {
      const k = e.date.sort; const n = stack.get(k) || 0; stack.set(k, n + 1);
      return { e, d: day(e.date.sort), level: n };
    });
    function render(xs) {
      barsG.selectAll('rect').data(counts.counts).join('rect').attr('class', 'bar')
        .attr('x', c => xs(day(c.start))).attr('width', c => Math.max(1, xs(next.offset(day(c.start), 1)) - xs(day(c.start)) - 1))
        .attr('y', c => y(c.events)).attr('height', c => y(0) - y(c.events));
      dotsG.selectAll('circle').data(placed).join(enter => enter.append('circle')
        .attr('class', p => 'dot quad-' + p.e.quadClass).attr('r', 6).attr('data-id', p => p.e.id)
        .attr('fill', p => QUAD_COLOURS[p.e.quadClass] || '#888')
        .on('click', (ev, p) => { location.hash = '#/event/' + p.e.id; })
        .call(s => s.append('title').text(p => p.e.date.value + ' ' + p.e.type + ': ' +
          p.e.source.map(a => a.name).join(' & ') + ' → ' + p.e.target.map(a => a.name).join(' & '))))
        .attr('cx', p => xs(p.d)).attr('cy', p => height - m.bottom - 10 - p.level * 14);
      axisG.call(d3.axisBottom(xs).ticks(Math.max(2, Math.floor(width / 110))));
    }
    render(x);
    svg.call(d3.zoom().scaleExtent([1, 200]).translateExtent([[m.left, 0], [width - m.right, height]])
      .extent([[m.left, 0], [width - m.right, height]])
      .on('zoom', ev => render(ev.transform.rescaleX(zoomed))));
  }

  // ---- one event with its reports ----
  function markedSentence(text, highlights) {
    const p = el('p', { class: 'evidence' });
    let at = 0;
    (highlights || []).forEach(h => {
      if (h.start < at) return;
      if (h.start > at) p.appendChild(document.createTextNode(text.slice(at, h.start)));
      p.appendChild(el('mark', { class: h.kind === 'trigger' ? 'trigger' : 'actor ' + h.kind,
        title: h.kind === 'trigger' ? 'trigger' : h.kind + ': ' + h.name, text: text.slice(h.start, h.end) }));
      at = h.end;
    });
    if (at < text.length) p.appendChild(document.createTextNode(text.slice(at)));
    return p;
  }

  async function eventView(id) {
    let e;
    try { e = await api('/api/events/' + encodeURIComponent(id)); } catch (err) { show(errorBox(err.message)); return; }
    const facts = el('dl', {},
      el('dt', { text: 'Type' }), el('dd', {}, typeLabel(e), ' ', el('span', { class: 'muted', text: 'CAMEO ' + e.cameo + ', Goldstein ' + e.goldstein + ', ' + (QUADS[e.quadClass] || '') })),
      el('dt', { text: 'Date' }), el('dd', { text: dateLabel(e.date) }),
      el('dt', { text: 'Source' }), el('dd', {}, actorList(e.source)),
      el('dt', { text: 'Target' }), el('dd', {}, actorList(e.target)),
      el('dt', { text: 'Place' }), el('dd', {}, e.place ? actorLink(e.place) : el('span', { class: 'muted', text: '—' })),
      el('dt', { text: 'Status' }), el('dd', { text: e.status }),
      el('dt', { text: 'Reports' }), el('dd', { text: e.reports + ' in ' + e.sources + ' source(s)' + (e.mergedBecause ? '; merged because ' + e.mergedBecause : '') }));
    const reports = e.reportList.map(r => el('section', { class: 'report', 'data-report': r.id },
      el('div', { class: 'small' },
        el('a', { href: '#/document/' + r.document.id + '?hl=' + r.evidence.start + '-' + r.evidence.end, text: r.document.title || r.document.key }),
        el('span', { class: 'muted', text: ' · ' + (r.document.date || '') + ' · ' + r.type + (r.mode ? '/' + r.mode : '') + ' · ' + r.date.value +
          (r.date.text ? ' ("' + r.date.text + '", ' + r.date.basis + ')' : ' (' + r.date.basis + ')') + ' · confidence ' + Number(r.confidence).toFixed(2) })),
      markedSentence(r.evidence.text, r.highlights),
      r.mergedBecause ? el('div', { class: 'small muted', text: 'joined because ' + r.mergedBecause }) : null));
    show(el('h1', {}, 'Event ', typeLabel(e)), el('div', { class: 'panel' }, facts),
      el('div', { class: 'keys' }, el('span', {}, el('mark', { class: 'trigger', text: 'trigger' })),
        el('span', {}, el('mark', { class: 'source', text: 'source' })), el('span', {}, el('mark', { class: 'target', text: 'target' }))),
      el('h2', { text: 'Reports' }), reports);
  }

  // ---- actors ----
  async function actorsView(params) {
    const q = params.get('q') || '';
    let res;
    try { res = await api('/api/actors?limit=200&q=' + encodeURIComponent(q)); } catch (err) { show(errorBox(err.message)); return; }
    show(el('h1', { text: q ? 'Actors matching "' + q + '"' : 'Actors' }), actorTable(res.actors));
  }
  function actorTable(actors) {
    if (actors.length === 0) return el('p', { class: 'muted', text: 'No actor.' });
    return el('table', { id: 'actors' }, el('thead', {}, el('tr', {}, ['Actor', 'Kind', 'Country', 'Sector', 'Events', 'Articles'].map(h => el('th', { text: h })))),
      el('tbody', {}, actors.map(a => el('tr', {}, el('td', {}, actorLink(a)), el('td', { text: a.kind }), el('td', { text: a.country || '' }),
        el('td', { text: a.sector || '' }), el('td', { text: a.events }), el('td', { text: a.documents })))));
  }

  async function actorView(id) {
    let a;
    try { a = await api('/api/actors/' + encodeURIComponent(id)); } catch (err) { show(errorBox(err.message)); return; }
    const chips = list => el('ul', { class: 'chips' }, list.length ? list.map(t => el('li', { text: t })) : [el('li', { class: 'muted', text: 'none' })]);
    const facts = el('dl', {},
      el('dt', { text: 'Kind' }), el('dd', { text: a.kind }),
      el('dt', { text: 'Country' }), el('dd', { text: a.country || '—' }),
      el('dt', { text: 'Sector' }), el('dd', { text: a.sector || '—' }),
      el('dt', { text: 'Titles' }), el('dd', {}, chips(a.titles.concat(a.formerTitles.map(t => 'former: ' + t)))),
      el('dt', { text: 'Also written' }), el('dd', {}, chips(a.aliases)),
      el('dt', { text: 'Affiliation' }), el('dd', {}, a.affiliations.length ? actorList(a.affiliations) : el('span', { class: 'muted', text: '—' })),
      el('dt', { text: 'Members' }), el('dd', {}, a.members.length ? actorList(a.members) : el('span', { class: 'muted', text: '—' })),
      el('dt', { text: 'Articles' }), el('dd', { text: String(a.documents) }));
    const over = el('div', { id: 'actor-chart', class: 'panel' });
    const net = el('div', { id: 'network' });
    const rows = el('table', { id: 'events' }, el('tbody', {}, a.events.map(e => el('tr', { class: 'event-row', onclick: ev => { if (ev.target.tagName !== 'A') location.hash = '#/event/' + e.id; } },
      el('td', { text: e.date.value }), el('td', {}, typeLabel(e)), el('td', {}, actorList(e.source), ' → ', actorList(e.target)),
      el('td', { class: 'small', text: excerpt(e.evidence, 140) })))));
    show(el('h1', { text: a.name }), el('div', { class: 'grid' }, el('div', { class: 'panel' }, facts), el('div', {}, el('h2', { text: 'Partners' }), net)),
      el('h2', { text: 'Events over time' }), over, el('h2', { text: 'Events' }), rows);
    drawActorChart(over, a.events);
    drawNetwork(net, a);
  }

  function drawActorChart(container, events) {
    const width = container.clientWidth || 800, height = 140, m = { top: 8, right: 12, bottom: 24, left: 30 };
    const svg = d3.select(container).append('svg').attr('viewBox', '0 0 ' + width + ' ' + height);
    if (events.length === 0) { svg.append('text').attr('x', 10).attr('y', 30).text('No events.'); return; }
    const months = d3.rollups(events, v => v.length, e => e.date.sort.slice(0, 7)).map(([k, n]) => ({ d: new Date(k + '-01T00:00:00Z'), n }));
    const [lo, hi] = d3.extent(months, d => d.d);
    const x = d3.scaleUtc().domain([d3.utcMonth.offset(lo, -1), d3.utcMonth.offset(hi, 2)]).range([m.left, width - m.right]);
    const y = d3.scaleLinear().domain([0, d3.max(months, d => d.n)]).nice().range([height - m.bottom, m.top]);
    svg.append('g').selectAll('rect').data(months).join('rect').attr('fill', '#3a6ea5')
      .attr('x', d => x(d.d)).attr('width', d => Math.max(2, x(d3.utcMonth.offset(d.d, 1)) - x(d.d) - 2))
      .attr('y', d => y(d.n)).attr('height', d => y(0) - y(d.n)).append('title').text(d => d.n + ' events');
    svg.append('g').attr('transform', 'translate(0,' + (height - m.bottom) + ')').call(d3.axisBottom(x).ticks(6));
    svg.append('g').attr('transform', 'translate(' + m.left + ',0)').call(d3.axisLeft(y).ticks(3).tickFormat(d3.format('d')));
  }

  function drawNetwork(container, a) {
    if (typeof cytoscape !== 'function') { container.appendChild(errorBox('cytoscape did not load')); return; }
    const nodes = [{ data: { id: 'a' + a.id, label: a.name, centre: 1 } }];
    const edges = [];
    a.partners.slice(0, 40).forEach(p => {
      nodes.push({ data: { id: 'a' + p.id, label: p.name + (p.country && p.country !== p.name ? ' (' + p.country + ')' : ''), actor: p.id } });
      edges.push({ data: { id: 'e' + p.id, source: 'a' + a.id, target: 'a' + p.id, weight: p.events, label: String(p.events) } });
    });
    const cy = cytoscape({
      container, elements: nodes.concat(edges), layout: { name: a.partners.length > 1 ? 'concentric' : 'grid', concentric: n => n.data('centre') ? 2 : 1, padding: 20 },
      style: [
        { selector: 'node', style: { 'label': 'data(label)', 'font-size': 11, 'background-color': '#3a6ea5', 'color': '#1d2430', 'text-valign': 'bottom', 'text-margin-y': 4, 'width': 18, 'height': 18 } },
        { selector: 'node[centre]', style: { 'background-color': '#c8323c', 'width': 26, 'height': 26, 'font-weight': 'bold' } },
        { selector: 'edge', style: { 'width': 'mapData(weight, 1, 10, 1.5, 8)', 'line-color': '#b9c1ce', 'label': 'data(label)', 'font-size': 9, 'color': '#5d6778' } }],
      minZoom: 0.3, maxZoom: 1.6, userZoomingEnabled: true });
    cy.on('tap', 'node', ev => { const id = ev.target.data('actor'); if (id) location.hash = '#/actor/' + id; });
  }

  // ---- articles ----
  async function documentsView() {
    let res;
    try { res = await api('/api/documents?limit=500'); } catch (err) { show(errorBox(err.message)); return; }
    show(el('h1', { text: 'Articles' }), res.documents.length === 0 ? el('p', { class: 'muted', text: 'No article ingested yet (annals ingest PATH…).' }) :
      el('table', { id: 'documents' }, el('tbody', {}, res.documents.map(d => el('tr', {},
        el('td', { text: d.date }), el('td', {}, el('a', { href: '#/document/' + d.id, text: d.title || d.key })), el('td', { class: 'muted small', text: d.key }))))));
  }

  async function documentView(id, params) {
    let rec;
    try { rec = await api('/api/documents/' + encodeURIComponent(id)); } catch (err) { show(errorBox(err.message)); return; }
    const hl = /^(\d+)-(\d+)$/.exec(params.get('hl') || '');
    show(recordView(rec, hl ? { start: +hl[1], end: +hl[2] } : null, false));
    const mark = view.querySelector('.hl');
    if (mark) mark.scrollIntoView({ block: 'center' });
  }

  // the annotated text of a record: entity mentions, times (resolved value on hover), event triggers
  function annotatedText(rec, highlight) {
    const text = rec.document.text || '';
    const spans = [];
    const names = {};
    rec.entities.forEach(e => {
      names[e.id] = e.name;
      e.mentions.forEach(m => spans.push({ start: m.start, end: m.end, cls: 'ent k-' + e.kind,
        tip: e.name + ' · ' + e.kind + (e.country ? ' · ' + e.country : '') + (e.sector ? ' · ' + e.sector : '') }));
    });
    rec.times.forEach(t => spans.push({ start: t.start, end: t.end, cls: 'time', tip: t.type + ' ' + t.value + (t.earliest ? ' (' + t.earliest + ' … ' + t.latest + ')' : '') }));
    rec.events.forEach(e => spans.push({ start: e.trigger.start, end: e.trigger.end, cls: 'trig',
      tip: e.id + ' ' + e.type + (e.mode ? '/' + e.mode : '') + ' ' + e.date.value + ' [' + e.status + '] ' +
        e.source.map(s => names[s] || s).join(' & ') + ' → ' + e.target.map(s => names[s] || s).join(' & ') }));
    if (highlight) spans.push({ start: highlight.start, end: highlight.end, cls: 'hl', tip: null });
    const cuts = new Set([0, text.length]);
    spans.forEach(s => { if (s.start >= 0 && s.end <= text.length && s.start < s.end) { cuts.add(s.start); cuts.add(s.end); } });
    const points = Array.from(cuts).sort((a, b) => a - b);
    const box = el('div', { class: 'annotated', id: 'article-text' });
    for (let i = 0; i + 1 < points.length; i++) {
      const a = points[i], b = points[i + 1];
      const covering = spans.filter(s => s.start <= a && s.end >= b);
      const piece = text.slice(a, b);
      if (covering.length === 0) { box.appendChild(document.createTextNode(piece)); continue; }
      const tips = covering.map(s => s.tip).filter(Boolean);
      box.appendChild(el('span', { class: covering.map(s => s.cls).join(' '), title: tips.length ? tips.join('\n') : null, text: piece }));
    }
    return box;
  }

  function recordView(rec, highlight, analyzed) {
    const d = rec.document;
    const names = {};
    rec.entities.forEach(e => { names[e.id] = e.name + (e.country && e.kind !== 'COUNTRY' ? ' (' + e.country + ')' : ''); });
    const who = ids => ids.length ? ids.map(i => names[i] || i).join(' & ') : '—';
    return [
      el('h1', { text: d.title || d.id }),
      el('p', { class: 'muted small', text: d.date + ' · ' + d.source + (analyzed ? ' · analyzed, not stored' : '') }),
      el('div', { class: 'keys' }, el('span', { class: 'ent', text: 'entity' }), el('span', { class: 'time', text: 'time (hover: value)' }),
        el('span', { class: 'trig', text: 'event trigger' })),
      annotatedText(rec, highlight),
      el('h2', { text: 'Events (' + rec.events.length + ')' }),
      el('table', { id: 'record-events' }, el('tbody', {}, rec.events.map(e => el('tr', {},
        el('td', { text: e.id }), el('td', { text: e.date.value }),
        el('td', {}, el('span', { class: 'type', text: e.type + (e.mode ? '/' + e.mode : '') })),
        el('td', { text: who(e.source) + ' → ' + who(e.target) }), el('td', { text: e.status }),
        el('td', { class: 'small', text: excerpt(e.evidence.text, 140) }))))),
      el('h2', { text: 'Entities (' + rec.entities.length + ')' }),
      el('table', { id: 'record-entities' }, el('tbody', {}, rec.entities.map(e => el('tr', {},
        el('td', { text: e.id }), el('td', { text: e.name }), el('td', { text: e.kind }), el('td', { text: e.country || '' }),
        el('td', { text: e.sector || '' }), el('td', { class: 'small', text: (e.titles || []).join('; ') }))))),
    ];
  }

  // ---- analyze an article (nothing stored) ----
  function analyzeView() {
    const today = new Date().toISOString().slice(0, 10);
    const out = el('div', { id: 'analysis' });
    const form = el('form', { id: 'analyze', class: 'panel' },
      el('div', { class: 'filters' },
        el('label', {}, 'Date of the article', el('input', { name: 'date', type: 'date', required: 'required', value: today })),
        el('label', {}, 'Title', el('input', { name: 'title', size: 50 }))),
      el('p', {}, el('textarea', { name: 'text', required: 'required', placeholder: 'Paste the article body here.' })),
      el('button', { type: 'submit', id: 'analyze-go', text: 'Analyze' }), ' ',
      el('span', { class: 'muted small', text: 'The article is analyzed and shown; nothing is stored.' }));
    form.addEventListener('submit', async ev => {
      ev.preventDefault();
      const f = new FormData(form);
      clear(out).appendChild(el('p', { class: 'muted', text: 'Analyzing…' }));
      try {
        const rec = await api('/api/extract', { method: 'POST', headers: { 'Content-Type': 'application/json' },
          body: JSON.stringify({ date: f.get('date'), title: f.get('title') || '', text: f.get('text') }) });
        clear(out); recordView(rec, null, true).forEach(n => out.appendChild(n));
      } catch (err) { clear(out).appendChild(errorBox(err.message)); }
    });
    show(el('h1', { text: 'Analyze an article' }), form, out);
  }

  // ---- search ----
  async function searchView(params) {
    const q = params.get('q') || '';
    document.getElementById('search-q').value = q;
    let actors, events;
    try {
      actors = await api('/api/actors?limit=50&q=' + encodeURIComponent(q));
      events = q.length ? await api('/api/events?limit=100&text=' + encodeURIComponent(q)) : { events: [], total: 0 };
    } catch (err) { show(errorBox(err.message)); return; }
    show(el('h1', { text: 'Search: ' + q }), el('h2', { text: 'Actors' }), actorTable(actors.actors),
      el('h2', { text: 'Events whose evidence mentions it (' + events.total + ')' }),
      el('table', { id: 'events' }, el('tbody', {}, events.events.map(e => el('tr', { class: 'event-row', onclick: ev => { if (ev.target.tagName !== 'A') location.hash = '#/event/' + e.id; } },
        el('td', { text: e.date.value }), el('td', {}, typeLabel(e)), el('td', {}, actorList(e.source), ' → ', actorList(e.target)),
        el('td', { class: 'small', text: excerpt(e.evidence, 160) }))))));
  }

  document.getElementById('search').addEventListener('submit', ev => {
    ev.preventDefault();
    location.hash = '#/search?q=' + encodeURIComponent(document.getElementById('search-q').value.trim());
  });

  function route() {
    const { parts, params } = parseHash();
    const [page, id] = parts;
    if (!page) return timelineView(params);
    if (page === 'event' && id) return eventView(id);
    if (page === 'actors') return actorsView(params);
    if (page === 'actor' && id) return actorView(id);
    if (page === 'documents') return documentsView();
    if (page === 'document' && id) return documentView(id, params);
    if (page === 'analyze') return analyzeView();
    if (page === 'search') return searchView(params);
    show(errorBox('No such page: ' + location.hash));
  }
  window.addEventListener('hashchange', route);
  route();
})();
