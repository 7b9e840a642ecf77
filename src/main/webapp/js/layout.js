// The frame of every page: skip link, header with navigation and language switch, footer.
import { root, session, del, forgetSession, url } from './api.js';
import { el } from './dom.js';
import { loadLanguage, language, switchLanguage, t, translate, LANGUAGES } from './i18n.js';

const PUBLIC = [
  ['index.html', 'nav.home'],
  ['tell.html', 'nav.tell'],
  ['report-barrier.html', 'nav.barrier'],
  ['search.html', 'nav.search'],
  ['map.html', 'nav.map'],
  ['outcomes.html', 'nav.outcomes'],
  ['changes.html', 'nav.changes'],
];
const NOTICES = [
  ['privacy.html', 'notice.privacy'],
  ['terms.html', 'notice.terms'],
  ['moderation-policy.html', 'notice.moderation'],
  ['accessibility.html', 'notice.accessibility'],
  ['imprint.html', 'notice.imprint'],
];
const STAFF = {
  MODERATOR: [['staff/moderation.html', 'nav.moderation'], ['staff/reports.html', 'nav.reports'], ['staff/platform-queue.html', 'nav.platformQueue'],
    ['staff/moderation-figures.html', 'nav.figures']],
  RESPONDER: [['staff/inbox.html', 'nav.inbox'], ['staff/subscriptions.html', 'nav.subscriptions']],
  QUALITY_MANAGER: [['staff/inbox.html', 'nav.inbox'], ['staff/subscriptions.html', 'nav.subscriptions'], ['staff/webhooks.html', 'nav.webhooks'], ['staff/barrier-routes.html', 'nav.barrierRoutes']],
  ADMIN: [['staff/moderation.html', 'nav.moderation'], ['staff/reports.html', 'nav.reports'], ['staff/platform-queue.html', 'nav.platformQueue'],
    ['staff/moderation-figures.html', 'nav.figures'], ['staff/inbox.html', 'nav.inbox'], ['staff/admin.html', 'nav.admin'], ['staff/reasons.html', 'nav.reasons'],
    ['staff/webhooks.html', 'nav.webhooks'], ['staff/barrier-routes.html', 'nav.barrierRoutes'], ['staff/directory-import.html', 'nav.directoryImport']],
};

function link([path, key]) {
  const href = new URL(path, root);
  const current = href.pathname === location.pathname || (path === 'index.html' && location.pathname === root.pathname);
  return el('li', {}, el('a', { href: href.href, 'aria-current': current ? 'page' : null, text: t(key) }));
}

function languageSwitch() {
  const other = LANGUAGES.find((code) => code !== language());
  return el('button', {
    type: 'button', class: 'lang', lang: other, 'data-lang': other,
    onclick: () => switchLanguage(other), text: t(`lang.switch.${other}`),
  });
}

function header(who) {
  const items = [...PUBLIC, ...(who ? STAFF[who.role] ?? [] : [])].map(link);
  const account = who
    ? el('button', { type: 'button', id: 'logout', onclick: logOut, text: t('nav.logout') })
    : el('a', { href: url('login.html').href, id: 'login-link', text: t('nav.login') });
  return el('header', { class: 'site-header' },
    el('div', { class: 'bar' },
      el('a', { class: 'brand', href: root.href, text: 'Coproduce' }),
      el('nav', { 'aria-label': t('nav.label') }, el('ul', {}, items)),
      el('div', { class: 'tools' }, who ? el('span', { class: 'who', text: who.displayName }) : null, account, languageSwitch())));
}

async function logOut() {
  await del('api/session').catch(() => null);
  forgetSession();
  location.href = root.href;
}

/** Loads the language and the session, draws the frame, translates the page; returns the session. */
export async function start() {
  await loadLanguage(root);
  const who = await session();
  const main = document.querySelector('main');
  main.id = 'main';
  main.tabIndex = -1;
  document.body.prepend(el('a', { class: 'skip', href: '#main', text: t('nav.skip') }), header(who));
  document.body.append(el('footer', { class: 'site-footer' }, el('p', { text: t('footer.text') }),
    el('nav', { 'aria-label': t('footer.label') }, el('ul', { class: 'footer-links' }, NOTICES.map(link)))));
  translate();
  return who;
}

/** Marks the page as drawn (tests wait for it). */
export function ready() {
  document.body.dataset.ready = 'true';
}

/** Where each role starts: the page where it can act. */
const HOMES = {
  RESPONDER: 'staff/inbox.html', QUALITY_MANAGER: 'outcomes.html', MODERATOR: 'staff/moderation.html', ADMIN: 'staff/admin.html',
};

export function homeOf(role) {
  return HOMES[role] ?? 'index.html';
}

/**
 * Staff pages: the login page when nobody is logged in; for a role that may not use the page,
 * says so in words and links to the role's own start page (no silent bounce to the login page); a
 * login whose role needs a second factor not set up yet goes to set it up.
 */
export function requireRole(who, roles) {
  if (!who) {
    location.replace(`${url('login.html').href}?next=${encodeURIComponent(location.pathname + location.search)}`);
    return false;
  }
  if (who.secondFactor === 'enrol') {
    location.replace(url('staff/second-factor.html').href);
    return false;
  }
  if (!roles.includes(who.role)) {
    const main = document.querySelector('main');
    const heading = main.querySelector('h1');
    main.replaceChildren(heading ?? el('h1', { text: t('role.wrong.heading') }),
      el('div', { class: 'notice warn', id: 'wrong-role' },
        el('p', { text: t('role.wrong.text', { role: t(`role.${who.role}`), roles: roles.map((r) => t(`role.${r}`)).join(', ') }) }),
        el('p', {}, el('a', { id: 'role-home', href: url(homeOf(who.role)).href, text: t('role.wrong.home') }))));
    return false;
  }
  return true;
}
