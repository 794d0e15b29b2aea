'use strict';
// Sources of a claim: who says it (named or anonymous, and what kind of source), and the claims
// of other articles that corroborate, contradict or only repeat it, with links to each.
D.pages.sources = async function () {
  const {el} = D;
  const q = D.param('q'), filter = D.param('filter'), claim = D.param('claim');
  const form = el('form', {class: 'search-form', action: '/sources', method: 'get'},
    el('input', {type: 'search', name: 'q', id: 'sources-q', value: q || '', placeholder: 'words of a claim'}),
    el('button', {type: 'submit'}, 'Find sources'),
    ['corroborated', 'contradictions', 'anonymous'].map(f => el('a', {href: D.url('/sources', {filter: f}),
      class: 'chip' + (f === filter ? ' active' : ''), id: 'filter-' + f}, f)));
  D.title('Sources');
  let reports = null;
  if (claim) {
    reports = [await D.api('/api/claims/' + encodeURIComponent(claim))];
  } else if (q || filter) {
    reports = (await D.api(D.url('/api/sources', {q: q, filter: filter, limit: 50}))).items;
  }
  D.show(el('h1', {}, 'Sources'), form, reports === null
    ? D.empty('Search for a claim, or list corroborated, contradicted or anonymous claims.')
    : reports.length ? el('div', {id: 'claims'}, reports.map(report)) : D.empty('No claim matches.'));
};

function sourceLine(c) {
  const {el} = D;
  return [el('strong', {class: 'source'}, c.source || '(unnamed source)'), ' ',
    D.badge(c.anonymous ? 'anonymous' : 'named', c.anonymous ? 'anon' : 'named'), ' ', D.badge(D.lower(c.sourceKind)),
    c.cue ? el('span', {class: 'muted'}, ' ' + c.cue) : null];
}

function report(r) {
  const {el} = D;
  const c = r.claim;
  const groups = ['CORROBORATES', 'CONTRADICTS', 'REPEATS'].map(rel => [rel, r.related.filter(x => x.relation === rel)]);
  return el('article', {class: 'claim card', 'data-id': c.id},
    el('p', {class: 'claim-text'}, el('q', {}, c.text)),
    el('p', {}, sourceLine(c), ' — ', D.articleLink(c.article, {at: c.start + '-' + c.end}), ' ', D.articleMeta(c.article)),
    groups.map(([rel, xs]) => xs.length ? el('div', {class: 'relation rel-' + rel.toLowerCase()},
      el('h3', {}, rel.toLowerCase() + ' (' + xs.length + ')'),
      el('ul', {}, xs.map(x => el('li', {}, el('q', {}, x.other.text), ' ', sourceLine(x.other), ' — ',
        D.articleLink(x.other.article, {at: x.other.start + '-' + x.other.end}), ' ', D.articleMeta(x.other.article),
        el('span', {class: 'muted'}, ' score ' + x.score.toFixed(2) + (x.why ? ' · ' + x.why : '')))))) : null),
    r.related.length ? null : D.empty('No other article says this.'));
}
