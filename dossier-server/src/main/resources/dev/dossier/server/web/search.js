'use strict';
// Search with facets: actor, outlet, month and source kind narrow the hits; counts cover every match.
D.pages.search = async function () {
  const {el} = D;
  const keys = ['q', 'actor', 'outlet', 'from', 'to', 'source_kind', 'offset'];
  const p = {};
  keys.forEach(k => { p[k] = D.param(k); });
  p.sort = p.q ? 'relevance' : 'date';
  p.limit = 20;
  const res = await D.api(D.url('/api/search', p));
  D.title(p.q ? 'Search: ' + p.q : 'Articles');
  const here = Object.assign({}, p, {limit: null, sort: null, offset: null});
  const form = el('form', {class: 'search-form', action: '/search', method: 'get', id: 'search-form'},
    el('input', {type: 'search', name: 'q', id: 'q', value: p.q || '', placeholder: 'search the articles'}),
    ['actor', 'outlet', 'source_kind'].map(k => p[k] ? el('input', {type: 'hidden', name: k, value: p[k]}) : null),
    el('label', {class: 'date-field'}, 'from ', el('input', {type: 'date', name: 'from', id: 'from', value: p.from || ''})),
    el('label', {class: 'date-field'}, 'to ', el('input', {type: 'date', name: 'to', id: 'to', value: p.to || ''})),
    el('button', {type: 'submit'}, 'Search'));
  const chips = el('div', {class: 'chips', id: 'active-filters'}, ['actor', 'outlet', 'from', 'to', 'source_kind']
    .filter(k => p[k]).map(k => el('a', {class: 'chip active', href: D.url('/search', Object.assign({}, here, {[k]: null})),
      title: 'remove this filter'}, D.lower(k) + ': ' + p[k] + ' ×')));
  const facets = el('aside', {class: 'facets', id: 'facets'}, Object.entries(res.facets).map(([dim, counts]) =>
    el('section', {class: 'facet', 'data-facet': dim}, el('h3', {}, D.lower(dim)),
      counts.length ? el('ul', {}, counts.slice(0, 12).map(f => el('li', {},
        facetFilter(dim, f.value) ? el('a', {href: D.url('/search', Object.assign({}, here, facetFilter(dim, f.value)))},
          dimLabel(dim, f.value)) : el('span', {}, f.value),
        ' ', el('span', {class: 'count'}, f.count)))) : D.empty('—'))));
  const hits = res.hits.length ? el('ol', {class: 'hits', id: 'hits', start: res.offset + 1}, res.hits.map(h => el('li', {class: 'hit'},
    D.articleLink(h.article), ' ', D.articleMeta(h.article), el('p', {class: 'snippet'}, h.snippet))))
    : D.empty('No article matches.');
  const pager = el('p', {class: 'pager'},
    res.offset > 0 ? el('a', {href: D.url('/search', Object.assign({}, here, {offset: Math.max(0, res.offset - res.limit)}))}, '← previous') : null,
    ' ', res.next ? el('a', {href: D.url('/search', Object.assign({}, here, {offset: res.offset + res.limit})), id: 'next'}, 'next →') : null);
  D.show(el('h1', {}, p.q ? 'Search' : 'Articles'), form, chips,
    el('p', {class: 'meta', id: 'total'}, res.total + (res.total === 1 ? ' article' : ' articles')),
    el('div', {class: 'search-layout'}, facets, el('div', {}, hits, pager)));
};

function facetFilter(dim, value) {
  if (dim === 'month') {
    if (!/^\d{4}-\d{2}$/.test(value)) return null;
    const [y, m] = value.split('-').map(Number);
    const last = new Date(Date.UTC(y, m, 0)).getUTCDate();
    return {from: value + '-01', to: value + '-' + String(last).padStart(2, '0')};
  }
  return {[dim]: dim === 'source_kind' ? value.toLowerCase() : value};
}

function dimLabel(dim, value) {
  return dim === 'source_kind' ? D.lower(value) : value;
}
