import { start, ready } from '../layout.js';
import { get, put, url } from '../api.js';
import { el, $, param, safeHref } from '../dom.js';
import { t } from '../i18n.js';
import { fetchStories, storyList } from '../stories.js';
import { scopeFigures } from '../figures.js';
import { followLinks } from '../following.js';
import { showErrors, clearErrors } from '../forms.js';

const who = await start();
const id = param('id');
try {
  const detail = await get(`api/organisations/${encodeURIComponent(id)}`);
  const organisation = detail.organisation ?? detail;
  document.title = `${organisation.name} – Coproduce`;
  $('#name').textContent = organisation.name;
  const website = safeHref(organisation.website);
  const external = organisation.externalId ? `${t('directory.externalId', { scheme: organisation.externalId.scheme })}: ${organisation.externalId.code}` : '';
  $('#details').append([organisation.kind, organisation.city, organisation.country, external].filter(Boolean).join(' · '),
    website ? el('span', {}, ' · ', el('a', { href: website, rel: 'noopener', text: t('organisation.website') })) : '');
  if (organisation.parentId) {
    $('#parent').hidden = false;
    $('#parent').append(t('organisation.partOf'), ' ', el('a', { href: url(`organisation.html?id=${organisation.parentId}`).href, text: organisation.parentName }));
  }
  $('#services').append(...(detail.services ?? []).map((s) => el('li', { class: 'card' },
    el('h3', {}, el('a', { href: url(`service.html?id=${s.id}`).href, text: s.name })),
    el('p', { class: 'meta', text: [t(`category.${s.category}`), s.city, s.externalId?.code, s.retiredAt ? t('import.action.RETIRE') : '']
      .filter(Boolean).join(' · ') }))));
  if (detail.children?.length) {
    $('#children-section').hidden = false;
    $('#children').append(...detail.children.map((c) => el('li', {}, el('a', { href: url(`organisation.html?id=${c.id}`).href, text: c.name }))));
  }
  const [stories] = await Promise.all([fetchStories(get, `organisation=${encodeURIComponent(id)}&size=20`),
    scopeFigures(get, { organisation: id }, $('#figures'), $('#figures-about')).catch(() => { $('#figures-section').hidden = true; })]);
  $('#stories').append(storyList(stories.items, 'organisation.noStories'));
  if (stories.next) $('#stories').append(el('p', {}, el('a', { href: url(`search.html?organisation=${encodeURIComponent(id)}&after=${encodeURIComponent(stories.next)}`).href, text: t('organisation.moreStories') })));
  followLinks($('#follow-links'), 'ORGANISATION', organisation.id, organisation.name);
  $('#yousaid-link').href = url(`yousaid.html?organisation=${organisation.id}`).href;
  const widgetPage = url(`widget.html?organisation=${organisation.id}`).href;
  $('#widget-snippet').value = `<iframe src="${widgetPage}" title="Coproduce" width="100%" height="420" style="border:0" loading="lazy"></iframe>`;
  if (['ADMIN', 'QUALITY_MANAGER'].includes(who?.role)) await widgetOrigins(organisation.id).catch(() => null);
  $('#page').hidden = false;
} catch {
  $('#page-status').textContent = t('error.notFound');
}
ready();

/** Quality managers of the organisation (or one above it) and admins allow the sites that may show the widget. */
async function widgetOrigins(organisationId) {
  const widget = await get(`api/widgets/${organisationId}`);
  const form = $('#widget-form');
  form.origins.value = widget.origins.join('\n');
  form.hidden = false;
  form.addEventListener('submit', async (event) => {
    event.preventDefault();
    clearErrors(form);
    const origins = form.origins.value.split(/\s+/).map((o) => o.trim()).filter(Boolean);
    try {
      const saved = await put(`api/widgets/${organisationId}`, { origins });
      form.origins.value = saved.origins.join('\n');
      $('#widget-form-status').textContent = t('widget.embed.saved');
    } catch (problem) {
      showErrors(form, problem);
    }
  });
}
