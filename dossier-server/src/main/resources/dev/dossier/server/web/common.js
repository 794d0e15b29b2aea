'use strict';
// Shared helpers. Every piece of stored text (article text, titles, names, snippets) is inserted
// with text nodes (textContent); this file and the pages never parse strings as HTML.
const D = (function () {
  const SVG = 'http://www.w3.org/2000/svg';

  function add(node, children) {
    for (const c of children) {
      if (c === null || c === undefined || c === false) continue;
      if (Array.isArray(c)) { add(node, c); continue; }
      node.appendChild(typeof c === 'object' ? c : document.createTextNode(String(c)));
    }
    return node;
  }

  function setAttrs(node, attrs) {
    for (const [k, v] of Object.entries(attrs || {})) {
      if (v === null || v === undefined || v === false) continue;
      if (k === 'class') node.setAttribute('class', v);
      else if (k === 'text') node.textContent = v;
      else if (k.startsWith('on')) node.addEventListener(k.slice(2), v);
      else if (k === 'href') node.setAttribute('href', safeHref(v));
      else node.setAttribute(k, v);
    }
  }

  // An element: el('a', {href: '/x', class: 'c'}, 'text', child, ...). Strings become text nodes.
  function el(tag, attrs, ...children) {
    const node = document.createElement(tag);
    setAttrs(node, attrs);
    return add(node, children);
  }

  function svg(tag, attrs, ...children) {
    const node = document.createElementNS(SVG, tag);
    setAttrs(node, attrs);
    return add(node, children);
  }

  // Links from stored data (an article's URL) keep only http(s) and same-site paths.
  function safeHref(v) {
    const s = String(v);
    if (s.startsWith('/') && !s.startsWith('//')) return s;
    try {
      const u = new URL(s);
      return u.protocol === 'http:' || u.protocol === 'https:' ? u.href : '#';
    } catch (e) {
      return '#';
    }
  }

  async function api(path) {
    const res = await fetch(path, {headers: {Accept: 'application/json'}});
    const body = await res.json().catch(() => null);
    if (!res.ok) {
      throw new Error(body && body.message ? body.message : res.status + ' ' + res.statusText);
    }
    return body;
  }

  function param(name) {
    return new URLSearchParams(location.search).get(name);
  }

  function url(path, params) {
    const q = new URLSearchParams();
    for (const [k, v] of Object.entries(params || {})) {
      if (v === null || v === undefined || v === '') continue;
      if (Array.isArray(v)) v.forEach(x => q.append(k, x)); else q.set(k, v);
    }
    const s = q.toString();
    return s ? path + '?' + s : path;
  }

  function app() {
    return document.getElementById('app');
  }

  // Replaces the page's content.
  function show(...children) {
    const a = app();
    a.replaceChildren();
    add(a, children);
  }

  function fail(err) {
    show(el('div', {class: 'error', role: 'alert'}, el('strong', {}, 'Could not load this page: '), err.message));
  }

  function title(text) {
    document.title = text + ' — Dossier';
  }

  function articleLink(a, extra) {
    if (!a) return el('span', {class: 'muted'}, '(no article)');
    return el('a', {href: url('/article', Object.assign({id: a.id}, extra || {})), class: 'article-link'},
      a.title || '(untitled)');
  }

  function articleMeta(a) {
    if (!a) return null;
    return el('span', {class: 'meta'}, [a.outlet || 'unknown outlet', a.day || 'undated'].join(' · '));
  }

  function actorLink(id, name) {
    return id === null || id === undefined ? el('span', {}, name)
      : el('a', {href: url('/actor', {id: id}), class: 'actor-link'}, name);
  }

  function badge(text, cls) {
    return el('span', {class: 'badge ' + (cls || '')}, text);
  }

  function section(heading, ...children) {
    return el('section', {class: 'card'}, el('h2', {}, heading), children);
  }

  function empty(text) {
    return el('p', {class: 'muted empty'}, text);
  }

  function lower(s) {
    return s ? String(s).toLowerCase().replace(/_/g, ' ') : '';
  }

  return {el, svg, api, param, url, show, fail, title, articleLink, articleMeta, actorLink, badge, section, empty,
    lower, safeHref, pages: {}};
})();
