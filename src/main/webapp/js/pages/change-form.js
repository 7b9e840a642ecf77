import { start, ready, requireRole } from '../layout.js';
import { get, post, put, url } from '../api.js';
import { el, $, $$, param } from '../dom.js';
import { t } from '../i18n.js';
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

/** Story numbers as typed ("12, 15 31"), or null when something else was typed. */
function storyIds(text) {
  const parts = String(text ?? '').split(/[\s,;]+/).filter(Boolean).map((p) => p.replace(/^#/, ''));
  return parts.every((p) => /^\d+$/.test(p)) ? parts.map(Number) : null;
}

function body() {
  const checked = (name) => $$(`input[name="${name}"]:checked`, form).map((i) => i.value);
  return {
    organisationId: form.organisationId.value ? Number(form.organisationId.value) : null,
    description: form.description.value,
    serviceIds: checked('serviceIds').map(Number),
    themes: checked('themes'),
    storyIds: storyIds(form.storyIds.value),
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
      form.storyIds.value = change.storyIds.join(', ');
      form.status.value = change.status;
      form.plannedOn.value = change.plannedOn ?? '';
      form.madeOn.value = change.madeOn ?? '';
      $('#cancel').href = url(`change.html?id=${change.id}`).href;
    } else if (param('story')) {
      form.storyIds.value = param('story');
    }
    form.hidden = false;
    form.addEventListener('submit', async (event) => {
      event.preventDefault();
      clearErrors(form);
      const input = body();
      if (input.storyIds === null) {
        showErrors(form, { violations: [{ field: 'storyIds', message: t('changeForm.storyIds.invalid') }] });
        return;
      }
      try {
        const saved = change ? await put(`api/changes/${change.id}?version=${change.version}`, input) : await post('api/changes', input);
        location.href = url(`change.html?id=${saved.id}&saved=1`).href;
      } catch (problem) {
        showErrors(form, problem);
      }
    });
  } catch (problem) {
    $('#form-status').textContent = messageOf(problem);
  }
}
ready();
