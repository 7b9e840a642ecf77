import { start, ready } from '../layout.js';
import { get, query, url } from '../api.js';
import { el, $, param } from '../dom.js';
import { t } from '../i18n.js';
import { messageOf } from '../forms.js';
import { storyList, themeLabel } from '../stories.js';
import { VIEW, FILTERS, periodLabel, number } from '../outcomes.js';
import { pager } from '../pager.js';

const SIZE = 20;

function selection() {
  const chosen = {};
  for (const name of [...VIEW, ...FILTERS]) if (param(name)) chosen[name] = param(name);
  return chosen;
}

/** What the stories have in common, in words: scope, months and every filter. */
async function describe(chosen) {
  let scope = t('outcomes.platform');
  if (chosen.service) scope = await get(`api/services/${encodeURIComponent(chosen.service)}`).then((s) => s.name).catch(() => chosen.service);
  else if (chosen.organisation) {
    scope = await get(`api/organisations/${encodeURIComponent(chosen.organisation)}`)
      .then((o) => (o.organisation ?? o).name).catch(() => chosen.organisation);
  }
  const words = [scope];
  if (chosen.from || chosen.to) words.push(chosen.from === chosen.to ? periodLabel(chosen.from) : t('behind.months', { from: periodLabel(chosen.from ?? ''), to: periodLabel(chosen.to ?? '') }));
  if (chosen.theme) {
    const themes = await get('api/themes').catch(() => []);
    const theme = themes.find((th) => th.code === chosen.theme);
    words.push(`${t('behind.theme')}: ${theme ? themeLabel(theme) : chosen.theme}`);
  }
  if (chosen.polarity) words.push(t(`polarity.${chosen.polarity}`));
  if (chosen.criticality) words.push(`${t('decide.criticality')}: ${chosen.criticality} – ${t(`criticality.${chosen.criticality}`)}`);
  if (chosen.sentiment) words.push(`${t('behind.sentiment')}: ${t(`sentiment.${chosen.sentiment}`)}`);
  if (chosen.responded) words.push(t(`behind.responded.${chosen.responded}`));
  if (chosen.overdue) words.push(t(`behind.overdue.${chosen.overdue}`));
  if (chosen.concern) words.push(t(`behind.concern.${chosen.concern}`));
  if (chosen.change) words.push(t(`behind.change.${chosen.change}`));
  return words;
}

await start();
const chosen = selection();
const back = {};
for (const name of VIEW) if (chosen[name]) back[name] = chosen[name];
$('#back').href = url(`outcomes.html?${query(back)}`).href;
$('#selection').replaceChildren(...(await describe(chosen)).map((word) => el('li', { class: 'chip', text: word })));
const page = Number(param('page') ?? 1);
try {
  const behind = await get(`api/outcomes/stories?${query({ ...chosen, page, size: SIZE })}`);
  if (behind.suppressed) {
    $('#behind-status').textContent = t('behind.suppressed');
    $('#behind-csv').hidden = true;
  } else {
    $('#behind-status').textContent = t(behind.totalAtLeast ? 'behind.countAtLeast' : 'behind.count', { count: number(behind.total) });
    $('#behind-stories').append(storyList(behind.items, 'behind.none'));
    pager($('#pager'), page, behind.total, SIZE);
    $('#behind-csv').href = url(`api/outcomes/stories/export.csv?${query(chosen)}`).href;
  }
} catch (problem) {
  $('#behind-status').textContent = messageOf(problem);
  $('#behind-csv').hidden = true;
}
ready();
