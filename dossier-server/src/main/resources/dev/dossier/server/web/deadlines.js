'use strict';
// The deadlines board: upcoming, overdue and resolved expectations, measured against today.
D.pages.deadlines = async function () {
  const {el} = D;
  const today = D.param('today');
  const cols = ['upcoming', 'overdue', 'resolved'];
  const pages = await Promise.all(cols.map(s => D.api(D.url('/api/deadlines', {status: s, today: today, limit: 200}))));
  const info = await D.api('/api');
  D.title('Deadlines');
  D.show(el('h1', {}, 'Deadlines'), el('p', {class: 'meta'}, 'As of ' + (today || info.today)),
    el('div', {class: 'board', id: 'board'}, cols.map((c, i) => el('section', {class: 'column st-' + c, id: 'col-' + c},
      el('h2', {}, c + ' (' + pages[i].items.length + ')'),
      pages[i].items.length ? pages[i].items.map(card) : D.empty('None.')))));
};

function card(d) {
  const {el} = D;
  return el('article', {class: 'deadline st-' + d.status.toLowerCase(), 'data-id': d.id},
    el('h3', {}, d.head || d.what),
    d.head && d.head !== d.what ? el('p', {class: 'muted'}, '\u201c' + d.what + '\u201d') : null,
    el('p', {}, D.badge(D.lower(d.kind)), ' ', d.modality ? D.badge(D.lower(d.modality)) : null, ' ', dueText(d)),
    d.hedge ? el('p', {class: 'muted'}, 'hedge: ' + d.hedge) : null,
    d.condition ? el('p', {}, /^(if|unless)\b/i.test(d.condition) ? d.condition : 'if: ' + d.condition) : null,
    d.outcome || d.consequence ? el('p', {class: 'consequence'}, 'consequence: ' + (d.outcome || d.consequence)) : null,
    d.expectedBy ? el('p', {class: 'muted'}, 'expected by ' + d.expectedBy) : null,
    el('p', {}, 'stated in ', D.articleLink(d.article), ' ', D.articleMeta(d.article)),
    d.resolvedBy ? el('p', {class: 'resolved'}, 'resolved by ', D.articleLink(d.resolvedBy),
      d.resolution ? ': ' + d.resolution : '') : null);
}

function dueText(d) {
  const range = d.dueFrom && d.dueTo && d.dueFrom !== d.dueTo ? d.dueFrom + ' to ' + d.dueTo : d.dueFrom;
  if (d.due) return 'due ' + d.due + (range && range !== d.due ? ' (' + range + ')' : '');
  return range ? 'due ' + range : 'no date';
}
