// Following a service or an organisation without an account: the Atom feed (announced in the
// head for feed readers, and as a visible link) and the link to follow by e-mail (updates.html).
import { url } from './api.js';
import { el } from './dom.js';
import { t } from './i18n.js';

const FEEDS = { SERVICE: 'services', ORGANISATION: 'organisations', THEME: 'themes' };

export function feedPath(kind, target) {
  return kind === 'AREA' ? `feeds/area?bbox=${encodeURIComponent(target)}` : `feeds/${FEEDS[kind]}/${encodeURIComponent(target)}`;
}

/** Puts the feed's link in the head and the two links into `holder`. */
export function followLinks(holder, kind, target, name) {
  const feed = url(feedPath(kind, target)).href;
  document.head.append(el('link', { rel: 'alternate', type: 'application/atom+xml', href: feed, title: t('following.feedTitle', { name }) }));
  holder.append(
    el('a', { class: 'button', href: url(`updates.html?kind=${kind}&target=${encodeURIComponent(target)}`).href, text: t('following.byEmail') }),
    ' ',
    el('a', { href: feed, type: 'application/atom+xml', text: t('following.feed') }));
}
