import { start, ready } from '../layout.js';
import { get, query } from '../api.js';
import { el, $, param } from '../dom.js';
import { t } from '../i18n.js';
import { messageOf } from '../forms.js';
import { pager } from '../pager.js';
import { changeCard, themeLabels, WRITERS, STATUSES } from '../changes.js';

const SIZE = 20;
const who = await start();
const organisations = (await get('api/organisations?size=100').catch(() => ({ items: [] }))).items;
const select = $('#organisation');
select.append(el('option', { value: '', text: t('changes.allOrganisations') }),
  ...organisations.map((o) => el('option', { value: o.id, text: o.parentName ? `${o.name} (${o.parentName})` : o.name })));
select.value = param('organisation') ?? '';
const status = STATUSES.includes(param('status')) ? param('status') : '';
$('#status').append(el('option', { value: '', text: t('changes.allStatuses') }),
  ...STATUSES.map((s) => el('option', { value: s, text: t(`changes.status.${s}`) })));
$('#status').value = status;
$('#record').hidden = !(who && WRITERS.includes(who.role));
const page = Number(param('page') ?? 1);
try {
  const [changes, labels] = await Promise.all([get(`api/changes?${query({ organisation: param('organisation'), status, page, size: SIZE })}`), themeLabels()]);
  $('#changes-status').textContent = t('changes.count', { count: changes.total });
  $('#changes').append(changes.items.length
    ? el('ul', { class: 'results' }, changes.items.map((c) => changeCard(c, labels)))
    : el('p', { class: 'empty', text: t('changes.none') }));
  pager($('#pager'), page, changes.total, SIZE);
} catch (problem) {
  $('#changes-status').textContent = messageOf(problem);
}
ready();
