import { start, ready, requireRole } from '../layout.js';
import { get, post, put, del } from '../api.js';
import { el, $, clear, param } from '../dom.js';
import { t, formatDate, formatMonth } from '../i18n.js';
import { showErrors, clearErrors, messageOf } from '../forms.js';
import { themeLabel } from '../stories.js';
import { highlighted, suggestions, safeguarding, escalation } from '../moderate.js';
import { makeMap, point, ring } from '../map.js';
import { heldPanel, holdChoice } from '../hold.js';
import { reasonChoices } from '../reasons.js';
import { photoModeration } from '../photo-moderation.js';

const who = await start();
const id = param('id');
const form = $('#decision');
const chosenThemes = new Map();
/** The sentence each suggested theme was found in (theme code → sentence), shown with it. */
const evidence = new Map();
let story = null;
let allThemes = [];

const isGood = (polarity) => String(polarity).toUpperCase() === 'GOOD';

function composedText(s) {
  const parts = [s.story];
  for (const key of ['good', 'improve', 'feeling']) if (s[key]) parts.push(`${t(`tell.${key}`)}\n${s[key]}`);
  return parts.filter(Boolean).join('\n\n');
}

function themeChip(code) {
  const theme = allThemes.find((th) => th.code === code) ?? { code };
  const polarity = chosenThemes.get(code);
  const name = `polarity-${code}`;
  const radio = (value) => el('label', { class: 'choice' },
    el('input', { type: 'radio', name, value, checked: polarity === value, onchange: () => chosenThemes.set(code, value) }), t(`polarity.${value}`));
  const quote = evidence.get(code);
  return el('li', { class: 'card theme-choice' },
    el('fieldset', { class: 'plain' }, el('legend', { text: themeLabel(theme) }),
      ...(quote ? [el('p', { class: 'theme-evidence' }, el('span', { class: 'visually-hidden', text: t('decide.themes.evidence') }),
        el('q', { text: quote }))] : []),
      el('div', { class: 'choices-inline' }, radio('GOOD'), radio('IMPROVE'),
        el('button', { type: 'button', class: 'secondary', onclick: () => { chosenThemes.delete(code); drawThemes(); }, text: t('decide.removeTheme') }))));
}

function drawThemes() {
  const add = el('select', { id: 'add-theme' }, el('option', { value: '', text: t('decide.addTheme.choose') }),
    allThemes.filter((th) => !chosenThemes.has(th.code)).map((th) => el('option', { value: th.code, text: themeLabel(th) })));
  clear($('#themes')).append(
    el('ul', { class: 'results' }, [...chosenThemes.keys()].map(themeChip)),
    el('div', { class: 'field' }, el('label', { for: 'add-theme', text: t('decide.addTheme') }), add,
      el('button', { type: 'button', class: 'secondary', onclick: () => { if (add.value) { chosenThemes.set(add.value, 'IMPROVE'); drawThemes(); $('#add-theme').focus(); } }, text: t('decide.addTheme.button') })));
}

function drawCriticality(suggested) {
  $('#criticality-hint').textContent = t('decide.criticality.hint', { value: suggested ?? '–' });
  $('#criticality').append(...[0, 1, 2, 3, 4, 5].map((n) => el('label', { class: 'choice' },
    el('input', { type: 'radio', name: 'criticality', value: n, id: n === 0 ? 'criticality-0' : null, checked: n === (suggested ?? 0) }),
    `${n} – ${t(`criticality.${n}`)}`)));
}

function drawAudit(audit = []) {
  clear($('#audit')).append(audit.length ? el('table', {}, el('caption', { class: 'visually-hidden', text: t('decide.audit') }),
    el('thead', {}, el('tr', {}, ['audit.at', 'audit.who', 'audit.action', 'audit.reason'].map((k) => el('th', { scope: 'col', text: t(k) })))),
    el('tbody', {}, audit.map((a) => el('tr', {}, el('td', { text: formatDate(a.at) }), el('td', { text: a.moderator ?? a.moderatorId ?? '' }),
      el('td', { text: t(`audit.action.${a.action}`) }), el('td', { text: a.reason ?? '' })))))
    : el('p', { text: t('decide.noAudit') }));
}

// The place: the exact point (filled, moderators only, erased at publication) and the coarsened one
// shown in public (ring). A click on the map, or the two number fields, choose where to move it.
const placeForm = $('#place');
let placeMap = null;
let placeMarks = [];

const has = (lat, lng) => lat != null && lng != null;

async function drawPlace(s) {
  const exact = has(s.latitude, s.longitude) ? [s.latitude, s.longitude] : null;
  const shown = has(s.publicLatitude, s.publicLongitude) ? [s.publicLatitude, s.publicLongitude] : null;
  $('#place-now').textContent = exact ? t('decide.place.exact', { lat: exact[0], lng: exact[1] })
    : shown ? t('decide.place.erased') : t('decide.place.none');
  $('#place-legend').replaceChildren(
    ...(exact ? [el('li', {}, el('span', { class: 'legend-point', 'aria-hidden': 'true' }), t('decide.place.legend.exact'))] : []),
    ...(shown ? [el('li', {}, el('span', { class: 'legend-ring', 'aria-hidden': 'true' }), t('decide.place.legend.public', { lat: shown[0], lng: shown[1] }))] : []));
  placeForm.latitude.value = exact?.[0] ?? '';
  placeForm.longitude.value = exact?.[1] ?? '';
  $('#place-remove').hidden = !exact && !shown;
  if (!placeMap) {
    $('#place-map').dataset.label = t('decide.place.map');
    placeMap = await makeMap($('#place-map'), { center: exact ?? shown ?? [53.8, -1.55], zoom: exact || shown ? 14 : 5 });
    placeMap.on('click', (event) => {
      placeForm.latitude.value = event.latlng.lat.toFixed(6);
      placeForm.longitude.value = event.latlng.lng.toFixed(6);
    });
  }
  placeMarks.forEach((m) => m.remove());
  placeMarks = [shown && ring(placeMap, shown[0], shown[1]), exact && point(placeMap, exact[0], exact[1], null, 'story-point exact-point')].filter(Boolean);
  if (exact ?? shown) placeMap.setView(exact ?? shown, placeMap.getZoom());
}

async function changePlace(request, done) {
  clearErrors(placeForm);
  $('#place-status').textContent = '';
  try {
    const s = await request();
    story.version = s.version;
    await drawPlace(s);
    drawAudit(s.audit);
    $('#place-status').textContent = done(s);
  } catch (problem) {
    showErrors(placeForm, problem);
  }
}

function placeActions() {
  const path = `api/moderation/stories/${encodeURIComponent(id)}/place`;
  placeForm.addEventListener('submit', (event) => {
    event.preventDefault();
    const number = (v) => (v.trim() === '' ? null : Number(v));
    changePlace(() => put(path, { latitude: number(placeForm.latitude.value), longitude: number(placeForm.longitude.value), version: story.version }),
      (s) => t('decide.place.moved', { lat: s.publicLatitude, lng: s.publicLongitude }));
  });
  $('#place-remove').addEventListener('click', () => changePlace(() => del(`${path}?version=${story.version}`), () => t('decide.place.removed')));
}

function show(s) {
  story = s;
  const analysis = s.analysis ?? {};
  $('#story-meta').textContent = [(s.services ?? []).map((x) => x.name ?? x).join(', '), s.relation ? t(`relation.${s.relation}`) : '',
    formatMonth(s.happened), s.hasEmail ? t('decide.hasEmail') : '', analysis.language ? t('decide.language', { language: analysis.language }) : ''].filter(Boolean).join(' · ');
  safeguarding($('#safeguarding'), analysis.safeguarding);
  form.title.value = s.title ?? '';
  const original = s.text ?? composedText(s);
  $('#text').value = original;
  const found = analysis.personalData ?? [];
  $('#highlighted').append(...highlighted(original, found));
  suggestions($('#personal'), $('#text'), original, found, s.analysis ? 'decide.noPersonal' : 'decide.noAnalysis');
  for (const theme of analysis.themes ?? []) {
    chosenThemes.set(theme.code, isGood(theme.polarity) ? 'GOOD' : 'IMPROVE');
    if (theme.evidence) evidence.set(theme.code, theme.evidence);
  }
  drawThemes();
  drawCriticality(analysis.criticality);
  drawAudit(s.audit);
  heldPanel(s, `api/moderation/stories/${encodeURIComponent(id)}`, () => get(`api/moderation/stories/${encodeURIComponent(id)}`));
  $('#decide').hidden = false;
  drawPlace(s).catch(() => { $('#place-status').textContent = t('decide.place.noMap'); });
}

async function decide(body) {
  clearErrors(form);
  try {
    await post(`api/moderation/stories/${encodeURIComponent(id)}/decision`, { version: story.version, ...body });
    location.href = `moderation.html?decided=${body.action}`;
  } catch (problem) {
    showErrors(form, problem);
  }
}

if (requireRole(who, ['MODERATOR', 'ADMIN'])) {
  allThemes = await get('api/themes').then((x) => (Array.isArray(x) ? x : x.items ?? [])).catch(() => []);
  try {
    show(await get(`api/moderation/stories/${encodeURIComponent(id)}`));
  } catch (problem) {
    $('#decide-status').textContent = messageOf(problem);
  }
  form.addEventListener('submit', (event) => {
    event.preventDefault();
    decide({
      action: 'PUBLISH', title: form.title.value, text: $('#text').value,
      criticality: Number(form.criticality.value),
      themes: [...chosenThemes].map(([code, polarity]) => ({ code, polarity })),
      hold: holdChoice(form),
    });
  });
  await reasonChoices($('#reason-code'));
  $('#reject').addEventListener('click', () => decide({ action: 'REJECT', reasonCode: form.reasonCode.value || null, reason: form.reason.value }));
  placeActions();
  const path = `api/moderation/stories/${encodeURIComponent(id)}`;
  escalation($('#escalation'), `${path}/decision`, () => story?.version, async () => drawAudit((await get(path)).audit));
  photoModeration($('#photos'), () => get(`api/moderation/photos?story=${encodeURIComponent(id)}`), async () => drawAudit((await get(path)).audit))
    .catch((problem) => { $('#photos-status').textContent = messageOf(problem); });
}
ready();
