'use strict';
// Draws the page the path names. Each page script registered itself in D.pages.
(function () {
  const path = location.pathname.replace(/\/+$/, '') || '/';
  const page = path === '/' ? 'search' : path.slice(1);
  const nav = document.getElementById('nav-' + page);
  if (nav) nav.classList.add('active');
  const draw = D.pages[page];
  if (!draw) {
    D.fail(new Error('no page ' + path));
    return;
  }
  Promise.resolve().then(draw).then(() => document.body.setAttribute('data-ready', page)).catch(err => {
    D.fail(err);
    document.body.setAttribute('data-ready', 'error');
  });
})();
