// "Previous · page 2 of 5 · next" under a list; the links keep the page's other parameters.
import { el, append } from './dom.js';
import { t } from './i18n.js';

export function pager(nav, page, total, size) {
  const pages = Math.ceil((total ?? 0) / size);
  if (pages <= 1) {
    nav.remove();
    return;
  }
  const link = (n, key) => {
    const params = new URLSearchParams(location.search);
    params.set('page', n);
    return el('a', { href: `?${params}`, text: t(key) });
  };
  // dom.js's append leaves out the missing links (the DOM's own append would write "null").
  append(nav, [page > 1 ? link(page - 1, 'search.previous') : null,
    el('span', { text: t('search.page', { page, pages }) }),
    page < pages ? link(page + 1, 'search.next') : null]);
}

/** "First page · next page" under a list paged by cursor (after=); the links keep the page's other parameters. */
export function cursorPager(nav, paged, next) {
  if (!paged && !next) {
    nav.remove();
    return;
  }
  const link = (after, key) => {
    const params = new URLSearchParams(location.search);
    params.delete('page');
    if (after) params.set('after', after);
    else params.delete('after');
    return el('a', { href: `?${params}`, text: t(key) });
  };
  append(nav, [paged ? link(null, 'search.first') : null, next ? link(next, 'search.next') : null]);
}
