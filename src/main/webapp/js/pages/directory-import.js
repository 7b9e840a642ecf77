// The directory import for admins: upload a CSV file, read the preview (what it adds, changes and
// retires, line by line), then apply it. docs/directory-import.md.
import { start, ready, requireRole } from '../layout.js';
import { post, session, url, Problem } from '../api.js';
import { el, $, clear } from '../dom.js';
import { t } from '../i18n.js';
import { messageOf } from '../forms.js';

let current = null;

/** The file goes as text/csv (api.js sends JSON only), with the CSRF token like every change. */
async function upload(file) {
  const who = await session();
  const reply = await fetch(url(`api/admin/directory/imports?fileName=${encodeURIComponent(file.name)}`), {
    method: 'POST', credentials: 'same-origin', body: await file.text(),
    headers: { 'Content-Type': 'text/csv; charset=utf-8', Accept: 'application/json', 'Accept-Language': document.documentElement.lang || 'en',
      'X-CSRF-Token': who?.csrfToken ?? '' } });
  const json = await reply.json().catch(() => null);
  if (!reply.ok) throw new Problem(reply.status, json);
  return json;
}

function say(text) {
  $('#import-status').textContent = text;
  $('#import-status').focus();
}

const counts = (c) => t('import.counts', { added: c.added, changed: c.changed, retired: c.retired });

/** A violation "line 3, category" as "Line 3, column category: …" in the page's language. */
function errorText({ field, message }) {
  const at = /^line (\d+), (.*)$/.exec(field ?? '');
  return at ? t('import.error', { line: at[1], column: at[2], message }) : `${field}: ${message}`;
}

function showErrors(problem) {
  const violations = problem.violations ?? [];
  const box = el('div', { class: 'error-summary', role: 'alert', tabindex: '-1' },
    el('h2', { text: t('import.errors') }),
    el('ul', {}, violations.length ? violations.map((v) => el('li', { text: errorText(v) })) : [el('li', { text: messageOf(problem) })]));
  clear($('#upload-errors')).append(box);
  box.focus();
}

function showPreview(view) {
  current = view;
  $('#preview').hidden = false;
  const applied = view.applied;
  clear($('#preview-counts')).append(
    el('span', { text: t('import.preview.counts', { file: view.fileName ?? '–', counts: counts(view.preview), unchanged: view.unchanged }) }),
    ...(applied ? [el('br'), el('strong', { text: t('import.applied', { counts: counts(applied) }) })] : []));
  const headings = ['line', 'action', 'type', 'code', 'name', 'fields'];
  const row = (l) => el('tr', {},
    el('td', { text: l.line ?? '–' }), el('td', { text: t(`import.action.${l.action}`) }), el('td', { text: t(`import.type.${l.type}`) }),
    el('td', { text: `${l.scheme} ${l.code}` }), el('td', { text: l.name }),
    el('td', { text: [...(l.fields ?? []), ...(l.located === 'NOT_FOUND' ? [t('import.notFound')] : [])].join(', ') }));
  clear($('#preview-lines')).append(view.lines.length
    ? el('div', { class: 'table-scroll', role: 'region', tabindex: '0', 'aria-label': t('import.lines.caption', { count: view.lines.length }) },
      el('table', {}, el('caption', { text: t('import.lines.caption', { count: view.lines.length }) }),
      el('thead', {}, el('tr', {}, headings.map((h) => el('th', { scope: 'col', text: t(`import.lines.${h}`) })))),
      el('tbody', {}, view.lines.map(row))))
    : el('p', { text: t('import.lines.none') }));
  $('#apply').hidden = Boolean(applied);
}

const who = await start();
if (requireRole(who, ['ADMIN'])) {
  $('#upload').addEventListener('submit', async (event) => {
    event.preventDefault();
    clear($('#upload-errors'));
    const file = $('#upload-file').files[0];
    if (!file) {
      showErrors({ violations: [{ field: t('import.file'), message: t('import.file.missing') }] });
      return;
    }
    try {
      showPreview(await upload(file));
      $('#preview-heading').focus();
    } catch (problem) {
      $('#preview').hidden = true;
      showErrors(problem);
    }
  });
  $('#apply').addEventListener('click', async () => {
    try {
      const view = await post(`api/admin/directory/imports/${current.id}/apply`);
      showPreview(view);
      say(t('import.applied', { counts: counts(view.applied) }));
    } catch (problem) {
      if (problem.violations?.length) showErrors(problem); else say(messageOf(problem));
    }
  });
}
ready();
