// "You said, we did" of an organisation or a service: what changed, the stories behind each change,
// its evidence before and after and what storytellers answered. Printable (site.css, body.printable)
// and linkable: the address names only the organisation or service, and each change has an anchor.
import { start, ready } from '../layout.js';
import { get, url } from '../api.js';
import { el, $, param, append } from '../dom.js';
import { t, formatDate } from '../i18n.js';
import { messageOf } from '../forms.js';
import { figure, dataTable } from '../outcomes.js';
import { sideLabel, statement } from '../evidence.js';
import { statusBadge, dates } from '../changes.js';

const ANSWERS = ['YES', 'PARTLY', 'NO', 'TOO_EARLY'];

function short(text) {
  return text.length > 80 ? `${text.slice(0, 80).trimEnd()}…` : text;
}

function link(path, text) {
  return el('a', { href: url(path).href, text });
}

function facts(change) {
  return el('dl', { class: 'yousaid-facts' },
    el('dt', { text: t('changes.organisation') }), el('dd', {}, link(`organisation.html?id=${change.organisationId}`, change.organisationName ?? '')),
    el('dt', { text: t('changes.services') }), el('dd', {}, change.services.length
      ? el('ul', { class: 'plain-list' }, change.services.map((s) => el('li', {}, link(s.link, s.name))))
      : t('change.allServices')),
    el('dt', { text: t('story.themes') }), el('dd', {}, change.themes.length
      ? el('ul', { class: 'chips' }, change.themes.map((th) => el('li', { class: 'chip', text: th.label })))
      : t('change.noThemes')));
}

function stories(change) {
  return [el('h4', { text: t('yousaid.stories', { count: change.stories.length }) }),
    change.stories.length
      ? el('ul', { class: 'plain-list yousaid-stories' }, change.stories.map((s) => el('li', {}, link(s.link, s.title), ' ',
        el('span', { class: 'meta', text: t('yousaid.published', { date: formatDate(s.publishedAt) }) }))))
      : el('p', { text: t('change.noStories') })];
}

/** Citizens' published proposals on the change, each linked to it on the change's page. */
function proposals(change) {
  if (!change.proposals?.length) return [];
  return [el('h4', { text: t('yousaid.proposals') }),
    el('ul', { class: 'plain-list' }, change.proposals.map((p) => el('li', {}, link(p.link, p.title))))];
}

function evidence(change) {
  const e = change.evidence;
  const side = (key, s) => [sideLabel(key, s), figure(s.stories, 'count'), figure(s.raising, 'count'), figure(s.share, 'share')];
  return [el('h4', { text: t('evidence.heading') }),
    dataTable(t('yousaid.evidenceCaption', { change: short(change.description) }),
      [t('evidence.side'), t('evidence.stories'), t('evidence.raising'), t('evidence.share')],
      [side('evidence.before', e.before), side('evidence.after', e.after)]),
    el('div', { class: 'panel' }, statement(e).map((text) => el('p', { text })))];
}

function difference(change) {
  const d = change.difference;
  return [el('h4', { text: t('difference.title') }),
    el('p', { class: 'hint', text: t('difference.hint') }),
    dataTable(t('yousaid.differenceCaption', { change: short(change.description) }), [t('difference.answer'), t('difference.count')],
      [[t('difference.asked'), figure(d.asked, 'count')], ...ANSWERS.map((a) => [t(`difference.${a}`), figure(d[a], 'count')])])];
}

function changeArticle(change) {
  const id = `change-${change.id}`;
  return el('article', { class: 'yousaid-change', id, 'aria-labelledby': `${id}-title` },
    el('h3', { id: `${id}-title` }, link(change.link, change.description)),
    el('p', { class: 'meta' }, statusBadge(change), ' ', dates(change)),
    facts(change), stories(change), proposals(change),
    change.evidence ? evidence(change) : null,
    change.difference ? difference(change) : null);
}

function part(which, data, headingKey, noneKey) {
  $(`#${which}-heading`).textContent = t(headingKey, { count: data.total });
  if (data.total > data.changes.length) {
    $(`#${which}-more`).hidden = false;
    $(`#${which}-more`).textContent = t('yousaid.newest', { shown: data.changes.length, total: data.total });
  }
  append($(`#${which}`), data.changes.length ? data.changes.map(changeArticle) : [el('p', { text: t(noneKey) })]);
}

function scopeOf() {
  if (param('service')) return { kind: 'service', id: param('service') };
  if (param('organisation')) return { kind: 'organisation', id: param('organisation') };
  return null;
}

await start();
const scope = scopeOf();
try {
  if (!scope) throw Object.assign(new Error(t('error.notFound')), { status: 404 });
  const data = await get(`api/${scope.kind}s/${encodeURIComponent(scope.id)}/you-said-we-did`);
  const subject = data.scope;
  document.title = `${t('yousaid.title')}: ${subject.name} – Coproduce`;
  $('#heading').textContent = t('yousaid.heading', { name: subject.name });
  $('#lead').textContent = t(`yousaid.lead.${subject.kind}`, { name: subject.name });
  append($('#scope-link'), [t(`yousaid.about.${subject.kind}`), ' ', link(subject.link, subject.name),
    subject.kind === 'SERVICE' ? [' · ', link(`organisation.html?id=${subject.organisationId}`, subject.organisationName)] : null]);
  const address = url(`yousaid.html?${scope.kind}=${subject.id}`).href;
  $('#permalink').append(t('yousaid.permalink'), ' ', el('a', { href: address, text: address }));
  $('#suppression-note').textContent = t(data.suppressed ? 'yousaid.suppressed' : 'yousaid.exact');
  part('made', data.made, 'yousaid.made', 'yousaid.noneMade');
  part('progress', data.inProgress, 'yousaid.inProgress', 'yousaid.noneInProgress');
  $('#as-of').textContent = t('yousaid.asOf', { date: formatDate(new Date().toISOString()) });
  $('#print').addEventListener('click', () => window.print());
  $('#page').hidden = false;
  if (location.hash) document.getElementById(location.hash.slice(1))?.scrollIntoView();
} catch (problem) {
  $('#page-status').textContent = problem.status === 404 ? t('error.notFound') : messageOf(problem);
}
ready();
