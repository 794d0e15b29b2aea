'use strict';
// The article view: the text with every fact highlighted by kind, and a panel with the selected
// facts' type, value, linked entities and provenance. The text is untrusted: it goes in as text nodes.
D.pages.article = async function () {
  const {el} = D;
  const id = D.param('id');
  if (!id) throw new Error('no article id in the address (open one from the search page)');
  const doc = await D.api('/api/articles/' + encodeURIComponent(id));
  const a = doc.article;
  D.title(a.title || 'Article');
  const kinds = [...new Set(doc.facts.map(f => f.kind))];
  const hidden = new Set();
  const runs = {};
  doc.runs.forEach(r => { runs[r.stage] = r; });

  const panel = el('aside', {class: 'panel', id: 'fact-panel'},
    el('h2', {}, 'Facts'), D.empty('Click highlighted text to see its facts.'));
  const textBox = el('div', {class: 'article-text', id: 'article-text'});
  const segments = buildSegments(doc.text, doc.facts);
  const nodes = [];
  for (const s of segments) {
    if (s.facts.length === 0) {
      textBox.appendChild(document.createTextNode(s.text));
      continue;
    }
    const cls = ['hl'].concat([...new Set(s.facts.map(f => 'k-' + f.kind))]).join(' ');
    const span = el('span', {class: cls, 'data-facts': s.facts.map(f => f.id).join(' '), onclick: () => select(s.facts)},
      s.text);
    nodes.push({span, facts: s.facts, start: s.start, end: s.end});
    textBox.appendChild(span);
  }
  const at = (D.param('at') || '').split('-').map(Number);
  if (at.length === 2 && at.every(Number.isFinite)) {
    nodes.filter(n => n.start >= at[0] && n.end <= at[1]).forEach(n => n.span.classList.add('target'));
  }

  function select(facts) {
    const sorted = facts.slice().sort((x, y) => (x.end - x.start) - (y.end - y.start));
    nodes.forEach(n => n.span.classList.toggle('selected', sorted.some(f => n.facts.includes(f))));
    panel.replaceChildren(el('h2', {}, sorted.length === 1 ? '1 fact' : sorted.length + ' facts'),
      ...sorted.map(f => factCard(f, runs)));
  }

  function applyFilter() {
    textBox.classList.toggle('filtered', hidden.size > 0);
    kinds.forEach(k => textBox.classList.toggle('hide-' + k, hidden.has(k)));
  }

  const legend = el('div', {class: 'legend', id: 'legend'}, kinds.map(k => {
    const box = el('input', {type: 'checkbox', checked: 'checked', 'data-kind': k,
      onchange: e => { if (e.target.checked) hidden.delete(k); else hidden.add(k); applyFilter(); }});
    const n = doc.facts.filter(f => f.kind === k).length;
    return el('label', {class: 'legend-item k-' + k}, box, ' ', k + 's', ' ', el('span', {class: 'count'}, n));
  }));

  const allFacts = el('ol', {class: 'fact-list', id: 'fact-list'}, doc.facts.map(f => el('li', {},
    el('button', {type: 'button', class: 'linklike k-' + f.kind, onclick: () => {
      select([f]);
      const n = nodes.find(x => x.facts.includes(f));
      if (n) n.span.scrollIntoView({block: 'center'});
    }}, D.badge(f.kind, 'k-' + f.kind), ' ', f.text.length > 70 ? f.text.slice(0, 70) + '…' : f.text))));

  const entities = el('ul', {class: 'entities', id: 'entities'}, doc.entities.map(e => el('li', {},
    D.actorLink(e.actor, e.name), ' ', D.badge(D.lower(e.type)), e.kbId ? el('span', {class: 'muted'}, ' ' + e.kbId) : null,
    el('span', {class: 'muted'}, ' ×' + e.mentions),
    e.roles && e.roles.length ? el('div', {class: 'roles'}, e.roles.map(r => r.role + (r.of ? ' of ' + r.of : '')).join('; ')) : null)));

  const meta = el('p', {class: 'meta'}, a.outlet || 'unknown outlet', ' · ', a.published || a.day || 'undated',
    doc.author ? ' · ' + doc.author : null,
    a.url ? [' · ', el('a', {href: a.url, rel: 'noopener noreferrer nofollow', class: 'source-url'}, 'original')] : null,
    a.story ? [' · ', el('a', {href: D.url('/timeline', {story: a.story}), id: 'story-link'}, 'story timeline')] : null,
    a.duplicateOf ? [' · copy of ', el('a', {href: D.url('/article', {id: a.duplicateOf})}, 'another article')] : null);

  D.show(el('h1', {id: 'article-title'}, a.title || '(untitled)'), meta, legend,
    el('div', {class: 'article-layout'},
      el('div', {class: 'article-main'}, textBox,
        D.section('All facts (' + doc.facts.length + ')', doc.facts.length ? allFacts : D.empty('No facts were found.')),
        D.section('Entities (' + doc.entities.length + ')', entities),
        D.section('Provenance', el('ul', {}, doc.runs.map(r => el('li', {}, r.stage, ' ', el('span', {class: 'muted'},
          r.version + (r.model ? ' · model ' + r.model : '') + ' · ' + (r.nanos / 1e6).toFixed(1) + ' ms')))),
          el('p', {class: 'muted'}, 'Read from ' + doc.origin + '; id ' + a.id))),
      panel));
};

// Splits the text at every fact boundary; each piece lists the facts covering it.
function buildSegments(text, facts) {
  const cuts = new Set([0, text.length]);
  for (const f of facts) {
    if (f.end > f.start) { cuts.add(Math.max(0, Math.min(text.length, f.start))); cuts.add(Math.max(0, Math.min(text.length, f.end))); }
  }
  const points = [...cuts].sort((x, y) => x - y);
  const out = [];
  for (let i = 0; i + 1 < points.length; i++) {
    const s = points[i], e = points[i + 1];
    out.push({start: s, end: e, text: text.slice(s, e), facts: facts.filter(f => f.start <= s && f.end >= e && f.end > f.start)});
  }
  return out;
}

function factCard(f, runs) {
  const {el} = D;
  const run = f.stage ? runs[f.stage] : null;
  const rows = [
    ['type', f.type], ['value', f.value], ['text', f.text],
    ['linked', f.links.length ? f.links.map((l, i) => [i ? ', ' : '', l.role + ': ', D.actorLink(l.actor, l.name)]) : null],
    ['parts', f.parts.length ? f.parts.map((p, i) => [i ? '; ' : '', p.role + ' "' + p.text + '"']) : null],
    ['provenance', [f.stage || 'unknown stage', run ? ' ' + run.version + (run.model ? ', model ' + run.model : '') : '',
      ' · ' + f.layer + '[' + f.index + '] · chars ' + f.start + '–' + f.end]]];
  return el('div', {class: 'fact-card k-' + f.kind, 'data-fact': f.id},
    el('h3', {}, D.badge(f.kind, 'k-' + f.kind), ' ', f.id),
    el('dl', {}, rows.filter(r => r[1] !== null && r[1] !== undefined && r[1] !== '').map(r =>
      [el('dt', {}, r[0]), el('dd', {class: 'f-' + r[0]}, r[1])])));
}
