'use strict';
// A story's or an actor's timeline: past events and expected ones on one date axis, with a
// "today" marker and the deadlines stated in its articles.
D.pages.timeline = async function () {
  const {el} = D;
  const params = {actor: D.param('actor'), story: D.param('story'), q: D.param('q'), today: D.param('today')};
  if (!params.actor && !params.story && !params.q) {
    const stories = await D.api('/api/stories?limit=50');
    D.title('Timelines');
    D.show(el('h1', {}, 'Stories'), stories.items.length ? el('ul', {id: 'stories'}, stories.items.map(s => el('li', {},
      el('a', {href: D.url('/timeline', {story: s.id})}, s.label), ' ',
      el('span', {class: 'muted'}, s.articles + ' articles · ' + (s.firstDay || '?') + ' to ' + (s.lastDay || '?')))))
      : D.empty('No stories yet: ingest some articles.'));
    return;
  }
  const t = await D.api(D.url('/api/timeline', params));
  D.title('Timeline: ' + t.subject);
  const dated = t.entries.filter(e => e.date);
  const list = t.entries.length ? el('ol', {class: 'timeline-list', id: 'timeline-list'}, t.entries.map(e => el('li',
    {class: 'tl-' + e.kind + (isFuture(e, t.today) ? ' future' : '')},
    el('span', {class: 'date'}, e.date || 'undated'), ' ', D.badge(e.kind, 'tl-' + e.kind), ' ',
    e.kind === 'article' ? D.articleLink(e.article) : [el('span', {class: 'tl-text'}, e.text), ' — ', D.articleLink(e.article)],
    ' ', D.articleMeta(e.article))))
    : D.empty('Nothing dated for this timeline.');
  const deadlines = t.deadlines.length ? el('ul', {class: 'deadline-list', id: 'timeline-deadlines'}, t.deadlines.map(d =>
    el('li', {class: 'st-' + d.status.toLowerCase()}, D.badge(D.lower(d.status), 'st-' + d.status.toLowerCase()), ' ',
      el('strong', {}, d.what), d.due ? ' — due ' + d.due : '', ' ', D.articleLink(d.article))))
    : D.empty('No deadlines stated in these articles.');
  D.show(el('h1', {id: 'timeline-subject'}, 'Timeline: ' + t.subject),
    el('p', {class: 'meta'}, t.entries.length + ' entries · ' + t.deadlines.length + ' deadlines · today is ' + t.today),
    D.section('On one axis', axis(dated, t.deadlines, t.today), el('p', {class: 'muted caption'},
      'Above the line: what happened. Below: what is expected. Diamonds: deadlines (red overdue, amber upcoming, '
      + 'green resolved). Dashed line: today. Hover a point for its text; click it for its article.')),
    D.section('Deadlines', deadlines),
    D.section('Entries', list));
};

function isFuture(e, today) {
  return e.kind === 'expected' || e.kind === 'expectation' || (e.date && e.date > today);
}

function dayNumber(s) {
  const m = /^(\d{4})-(\d{2})(?:-(\d{2}))?/.exec(s || '');
  return m ? Date.UTC(+m[1], +m[2] - 1, +(m[3] || 1)) / 864e5 : null;
}

// Past entries above the line, expected ones below, deadlines as diamonds, a line for today.
function axis(entries, deadlines, today) {
  const {svg} = D;
  const t0 = dayNumber(today);
  const points = entries.map(e => ({d: dayNumber(e.date), e})).filter(p => p.d !== null);
  const dl = deadlines.map(d => ({d: dayNumber(d.dueFrom || d.due), x: d})).filter(p => p.d !== null);
  const all = points.map(p => p.d).concat(dl.map(p => p.d), [t0]);
  let min = Math.min(...all), max = Math.max(...all);
  if (max - min < 14) { min -= 7; max += 7; }
  const pad = (max - min) * 0.04;
  min -= pad; max += pad;
  const W = 900, H = 260, mid = 130;
  const x = d => 20 + (W - 40) * (d - min) / (max - min);
  const label = d => new Date(d * 864e5).toISOString().slice(0, 10);
  const ticks = [];
  for (let i = 0; i <= 6; i++) ticks.push(min + (max - min) * i / 6);
  const stack = {};
  return svg('svg', {class: 'axis', id: 'timeline-axis', viewBox: '0 0 ' + W + ' ' + H, role: 'img',
    'aria-label': 'timeline with today marker'},
    svg('line', {x1: 20, x2: W - 20, y1: mid, y2: mid, class: 'axis-line'}),
    ticks.map((d, i) => [svg('line', {x1: x(d), x2: x(d), y1: mid - 4, y2: mid + 4, class: 'tick'}),
      svg('text', {x: x(d), y: H - 4, 'text-anchor': i === 0 ? 'start' : i === 6 ? 'end' : 'middle', class: 'axis-label'},
        label(d))]),
    svg('line', {x1: x(t0), x2: x(t0), y1: 10, y2: H - 20, class: 'today', id: 'today-marker'}),
    svg('text', {x: x(t0) > W * 0.75 ? x(t0) - 4 : x(t0) + 4, y: 40, class: 'today-label',
      'text-anchor': x(t0) > W * 0.75 ? 'end' : 'start'}, 'today ' + today),
    points.map(p => {
      const future = p.d > t0 || isFuture(p.e, today);
      const key = (future ? 'f' : 'p') + Math.round(x(p.d) / 12);
      const n = stack[key] = (stack[key] || 0) + 1;
      const y = future ? mid + 14 * n : mid - 14 * n;
      return svg('a', {href: D.url('/article', {id: p.e.article ? p.e.article.id : ''}), class: 'point'},
        svg('circle', {cx: x(p.d), cy: Math.max(30, Math.min(H - 30, y)), r: 5,
          class: 'pt tl-' + p.e.kind + (future ? ' future' : '')}),
        svg('title', {}, (p.e.date || '') + ' ' + p.e.kind + ': ' + p.e.text));
    }),
    dl.map(p => svg('g', {class: 'deadline-mark st-' + p.x.status.toLowerCase()},
      svg('rect', {x: x(p.d) - 6, y: mid - 6, width: 12, height: 12, transform: 'rotate(45 ' + x(p.d) + ' ' + mid + ')'}),
      svg('title', {}, 'deadline ' + (p.x.due || '') + ': ' + p.x.what + ' (' + p.x.status.toLowerCase() + ')'))));
}
