import { start, ready, requireRole } from '../layout.js';
import { get, post, put, url, query } from '../api.js';
import { el, $, $$, param } from '../dom.js';
import { t, formatDate } from '../i18n.js';
import { showErrors, clearErrors, messageOf } from '../forms.js';
import { themeLabel } from '../stories.js';
import { WRITERS } from '../changes.js';

const form = $('#change-form');

function family(organisations, roots) {
  const ids = roots.map(Number);
  for (let i = 0; i < ids.length; i++) ids.push(...organisations.filter((o) => o.parentId === ids[i]).map((o) => o.id));
  return new Set(ids);
}

function checkbox(name, value, text, checked) {
  const id = `${name}-${String(value).replace(/[^A-Za-z0-9_-]/g, '_')}`;
  return el('label', { class: 'choice', for: id }, el('input', { type: 'checkbox', id, name, value, checked }), el('span', { text }));
}

/** The services of the chosen organisation and of those under it. */
async function services(organisations, organisationId, chosen) {
  const ids = organisationId ? [...family(organisations, [organisationId])] : [];
  const lists = await Promise.all(ids.map((id) => get(`api/services?organisation=${id}&size=100`).catch(() => ({ items: [] }))));
  const all = lists.flatMap((l) => l.items).sort((a, b) => a.name.localeCompare(b.name));
  $('#services').replaceChildren(...(all.length
    ? all.map((s) => checkbox('serviceIds', s.id, s.name, chosen.includes(s.id)))
    : [el('p', { class: 'meta', text: t('changeForm.noServices') })]));
}

function themes(list, chosen) {
  const byCategory = new Map();
  for (const theme of list) {
    const category = themeLabel({ label: theme.categoryLabel, code: theme.category });
    if (!byCategory.has(category)) byCategory.set(category, []);
    byCategory.get(category).push(theme);
  }
  $('#themes').replaceChildren(...[...byCategory].map(([category, items]) => el('fieldset', { class: 'plain' },
    el('legend', { class: 'sub', text: category }),
    el('div', { class: 'choices-columns' }, items.map((th) => checkbox('themes', th.code, themeLabel(th), chosen.includes(th.code)))))));
}

const PICKS = 10;
/** The linked stories, by number, with what the picker says of each. */
const chosen = new Map();

function storyText(story) {
  return [`#${story.id} ${story.title ?? ''}`.trim(), (story.services ?? []).map((s) => s.name ?? s).join(', '),
    story.publishedAt ? formatDate(story.publishedAt) : ''].filter(Boolean).join(' · ');
}

function showChosen() {
  $('#story-chosen-count').textContent = t('changeForm.stories.chosen', { count: chosen.size });
  $('#story-chosen').replaceChildren(...(chosen.size ? [...chosen].map(([id, story]) => el('li', {},
    el('a', { href: url(`story.html?id=${id}`).href, text: storyText(story) }), ' ',
    el('button', { type: 'button', class: 'secondary', 'aria-label': `${t('changeForm.stories.remove')}: #${id} ${story.title ?? ''}`.trim(),
      text: t('changeForm.stories.remove'), onclick: () => pick(story, false) })))
    : [el('li', { class: 'meta', text: t('changeForm.stories.noneChosen') })]));
}

function pick(story, on) {
  if (on) chosen.set(story.id, story);
  else chosen.delete(story.id);
  const box = $(`#story-pick-${story.id}`);
  if (box) box.checked = on;
  showChosen();
}

/** The organisation's routed stories matching the search, newest first, each ticked when linked. */
async function findStories() {
  const organisation = form.organisationId.value;
  if (!organisation) {
    $('#story-found').textContent = t('changeForm.stories.chooseOrganisation');
    $('#story-results').replaceChildren();
    return;
  }
  try {
    const found = await get(`api/changes/stories?${query({ organisation, q: $('#story-q').value.trim(), size: PICKS })}`);
    $('#story-found').textContent = [t('changeForm.stories.found', { count: found.total }),
      found.total > found.items.length ? t('changeForm.stories.more', { shown: found.items.length }) : ''].filter(Boolean).join(' · ');
    $('#story-results').replaceChildren(...found.items.map((story) => {
      const id = `story-pick-${story.id}`;
      return el('label', { class: 'choice', for: id },
        el('input', { type: 'checkbox', id, name: 'storyPick', value: story.id, checked: chosen.has(story.id),
          onchange: (event) => pick(story, event.target.checked) }),
        el('span', { text: storyText(story) }));
    }));
  } catch (problem) {
    $('#story-found').textContent = messageOf(problem);
  }
}

/** The stories a change links already, with their titles (as the public sees them). */
async function linkedStories(ids) {
  const stories = await Promise.all(ids.map((id) => get(`api/stories/${id}`).catch(() => ({ id }))));
  for (const story of stories) chosen.set(story.id, story);
  showChosen();
}

function pickerEvents() {
  let timer = null;
  $('#story-q').addEventListener('input', () => {
    clearTimeout(timer);
    timer = setTimeout(findStories, 300);
  });
  $('#story-q').addEventListener('keydown', (event) => {
    if (event.key === 'Enter') {
      event.preventDefault();
      findStories();
    }
  });
  $('#story-find').addEventListener('click', findStories);
  form.organisationId.addEventListener('change', findStories);
}

/** A refusal (403) names the stories and services not of the organisation: shown at them, in the page's language. */
function refusal(problem) {
  const detail = problem.status === 403 ? problem.body?.detail ?? '' : '';
  const named = (field) => detail.match(new RegExp(`${field} ([\\d, ]+)`))?.[1].split(/[, ]+/).filter(Boolean).map((id) => `#${id}`).join(', ');
  const violations = [['storyIds', 'changeForm.stories.refused'], ['serviceIds', 'changeForm.services.refused']]
    .filter(([field]) => named(field)).map(([field, key]) => ({ field, message: t(key, { ids: named(field) }) }));
  return violations.length ? { violations } : problem;
}

function body() {
  const checked = (name) => $$(`input[name="${name}"]:checked`, form).map((i) => i.value);
  return {
    organisationId: form.organisationId.value ? Number(form.organisationId.value) : null,
    description: form.description.value,
    serviceIds: checked('serviceIds').map(Number),
    themes: checked('themes'),
    storyIds: [...chosen.keys()].map(Number),
    status: form.status.value,
    plannedOn: form.plannedOn.value || null,
    madeOn: form.madeOn.value || null,
  };
}

const who = await start();
if (requireRole(who, WRITERS)) {
  try {
    const id = param('id');
    const [organisations, themeList, change] = await Promise.all([
      get('api/organisations?size=100').then((p) => p.items),
      get('api/themes'),
      id ? get(`api/changes/${encodeURIComponent(id)}`) : Promise.resolve(null),
    ]);
    const mine = who.role === 'ADMIN' || who.platformWide ? null : family(organisations, who.organisationIds ?? []);
    const choices = organisations.filter((o) => !mine || mine.has(o.id));
    form.organisationId.append(el('option', { value: '', text: t('changeForm.chooseOrganisation') }),
      ...choices.map((o) => el('option', { value: o.id, text: o.parentName ? `${o.name} (${o.parentName})` : o.name })));
    form.organisationId.value = String(change?.organisationId ?? (choices.length === 1 ? choices[0].id : ''));
    form.organisationId.disabled = Boolean(change);
    form.organisationId.addEventListener('change', () => services(organisations, form.organisationId.value, []));
    await services(organisations, form.organisationId.value, (change?.services ?? []).map((s) => s.id));
    themes(themeList, change?.themes ?? []);
    if (change) {
      $('#form-heading').textContent = t('changeForm.edit');
      document.title = `${t('changeForm.edit')} – Coproduce`;
      form.description.value = change.description;
      await linkedStories(change.storyIds);
      form.status.value = change.status;
      form.plannedOn.value = change.plannedOn ?? '';
      form.madeOn.value = change.madeOn ?? '';
      $('#cancel').href = url(`change.html?id=${change.id}`).href;
    } else if (param('story')) {
      await linkedStories([Number(param('story'))].filter(Boolean));
    }
    showChosen();
    pickerEvents();
    await findStories();
    form.hidden = false;
    form.addEventListener('submit', async (event) => {
      event.preventDefault();
      clearErrors(form);
      const input = body();
      try {
        const saved = change ? await put(`api/changes/${change.id}?version=${change.version}`, input) : await post('api/changes', input);
        location.href = url(`change.html?id=${saved.id}&saved=1`).href;
      } catch (problem) {
        showErrors(form, refusal(problem));
      }
    });
  } catch (problem) {
    $('#form-status').textContent = messageOf(problem);
  }
}
ready();
