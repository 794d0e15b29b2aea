'use strict';
// The actor page: roles over time, positions (what it says), events, who quotes it, and a network
// of the actors it appears with.
D.pages.actor = async function () {
  const {el} = D;
  const id = D.param('id');
  if (!id) throw new Error('no actor in the address (open one from an article)');
  const [p, net] = await Promise.all([D.api('/api/actors/' + encodeURIComponent(id)),
    D.api('/api/actors/' + encodeURIComponent(id) + '/network')]);
  const a = p.actor;
  D.title(a.name);
  const head = el('div', {class: 'actor-head'},
    el('h1', {id: 'actor-name'}, a.name), D.badge(D.lower(a.type)), a.kbId ? D.badge(a.kbId, 'kb') : null,
    el('p', {class: 'meta'}, a.articles + ' articles · ' + a.mentions + ' mentions · ' + (a.firstDay || a.lastDay
      ? (a.firstDay || '?') + ' to ' + (a.lastDay || '?') : 'undated articles')),
    el('p', {}, el('a', {href: D.url('/timeline', {actor: a.id}), id: 'actor-timeline', class: 'button'}, 'Timeline of ' + a.name)),
    p.aliases.length ? el('p', {class: 'muted'}, 'Also: ' + p.aliases.join(', ')) : null,
    p.titles.length ? el('p', {class: 'muted'}, 'Titles: ' + p.titles.join(', ')) : null);

  const roles = p.roles.length ? el('div', {}, roleChart(p.roles), el('table', {id: 'roles'},
    el('thead', {}, el('tr', {}, ['role', 'of', 'from', 'to', 'articles', 'last seen'].map(h => el('th', {}, h)))),
    el('tbody', {}, p.roles.map(r => el('tr', {}, [r.role, r.of, r.from || '?', r.to || 'now', r.articles, r.lastSeen]
      .map(v => el('td', {}, v === null || v === undefined ? '' : v)))))))
    : D.empty(a.firstDay || a.lastDay ? 'No roles known for this actor (the knowledge base lists none on its articles\' dates).'
      : 'No roles known: roles come from the knowledge base on the publication date, and this actor\'s articles are undated.');

  const statements = p.statements.length ? el('ul', {class: 'claims', id: 'statements'}, p.statements.map(c => el('li', {},
    el('q', {}, c.text), ' ', el('span', {class: 'muted'}, c.cue ? '(' + c.cue + ')' : ''), ' — ',
    D.articleLink(c.article, {at: c.start + '-' + c.end}), ' ', D.articleMeta(c.article))))
    : D.empty('No statements attributed to this actor.');

  const events = p.events.length ? el('ul', {class: 'events', id: 'events'}, p.events.map(e => el('li', {},
    el('span', {class: 'date'}, e.when || (e.article && e.article.day) || ''), ' ',
    [e.actor, e.action, e.target].filter(Boolean).join(' · '), ' ', D.badge(D.lower(e.modality)),
    e.cameoCode ? D.badge('CAMEO ' + e.cameoCode, 'kb') : null, ' — ', D.articleLink(e.article))))
    : D.empty('No events with this actor.');

  const quoted = p.quotedBy.length ? el('ul', {id: 'quoted-by'}, p.quotedBy.map(q => el('li', {},
    el('strong', {}, q.outlet), ' quotes it ' + q.quotes + (q.quotes === 1 ? ' time' : ' times') + '; latest: ',
    D.articleLink(q.latest))))
    : D.empty('No outlet quotes this actor.');

  D.show(head, el('div', {class: 'grid'},
    D.section('Roles over time', roles),
    D.section('Network', network(net)),
    D.section('Positions and statements', statements),
    D.section('Events', events),
    D.section('Who quotes them', quoted),
    D.section('Related actors', p.related.length ? el('ul', {id: 'related'}, p.related.map(r => el('li', {},
      D.actorLink(r.id, r.name), ' ', el('span', {class: 'muted'}, D.lower(r.type) + ' · ' + r.articles + ' articles'))))
      : D.empty('No related actors.'))));
};

// Horizontal bars, one per role, on a years axis.
function roleChart(roles) {
  const {svg} = D;
  const year = s => s ? Number(String(s).slice(0, 4)) + (Number(String(s).slice(5, 7) || 1) - 1) / 12 : null;
  const now = new Date().getFullYear() + new Date().getMonth() / 12;
  const spans = roles.map(r => ({r, from: year(r.from), to: year(r.to) || now}));
  const known = spans.filter(s => s.from !== null);
  if (!known.length) return null;
  const min = Math.floor(Math.min(...known.map(s => s.from))), max = Math.ceil(Math.max(...known.map(s => s.to)));
  const W = 560, L = 10, R = 10, row = 22, H = known.length * row + 24;
  const x = v => L + (W - L - R) * (v - min) / Math.max(1, max - min);
  return svg('svg', {class: 'role-chart', viewBox: '0 0 ' + W + ' ' + H, role: 'img', 'aria-label': 'roles over time'},
    known.map((s, i) => [
      svg('rect', {x: x(s.from), y: i * row + 4, width: Math.max(3, x(s.to) - x(s.from)), height: row - 8, class: 'bar'}),
      svg('text', {x: x(s.from) > W / 2 ? x(s.from) - 4 : x(s.from) + 4, y: i * row + row - 8, class: 'bar-label',
        'text-anchor': x(s.from) > W / 2 ? 'end' : 'start'}, s.r.role + (s.r.of ? ' of ' + s.r.of : ''))]),
    [min, max].map(v => svg('text', {x: x(v), y: H - 4, class: 'axis-label', 'text-anchor': v === min ? 'start' : 'end'}, v)));
}

// The actor in the middle, related actors on a circle, lines for actors that appear together.
function network(net) {
  const {svg} = D;
  if (net.nodes.length < 2) return D.empty('No related actors to draw.');
  const W = 520, H = 360, cx = W / 2, cy = H / 2, rad = Math.min(W, H) / 2 - 50;
  const pos = {};
  const others = net.nodes.filter(n => n.id !== net.center.id);
  pos[net.center.id] = [cx, cy];
  others.forEach((n, i) => {
    const t = 2 * Math.PI * i / others.length - Math.PI / 2;
    pos[n.id] = [cx + rad * Math.cos(t), cy + rad * Math.sin(t)];
  });
  const maxA = Math.max(...net.nodes.map(n => n.articles), 1);
  return svg('svg', {class: 'network', id: 'network', viewBox: '0 0 ' + W + ' ' + H, role: 'img',
    'aria-label': 'actors that appear with ' + net.center.name},
    net.edges.map(e => svg('line', {x1: pos[e.from][0], y1: pos[e.from][1], x2: pos[e.to][0], y2: pos[e.to][1], class: 'edge'})),
    net.nodes.map(n => svg('a', {href: D.url('/actor', {id: n.id}), class: 'node' + (n.id === net.center.id ? ' center' : '')},
      svg('circle', {cx: pos[n.id][0], cy: pos[n.id][1], r: 6 + 10 * n.articles / maxA, class: 't-' + D.lower(n.type)}),
      svg('text', {x: pos[n.id][0], y: pos[n.id][1] + 26, 'text-anchor': 'middle'}, n.name))));
}
