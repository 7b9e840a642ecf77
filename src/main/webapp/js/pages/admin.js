import { start, ready, requireRole } from '../layout.js';
import { get, post } from '../api.js';
import { $, $$, el } from '../dom.js';
import { t } from '../i18n.js';
import { crud } from '../crud.js';
import { securityLog } from '../security-log.js';
import { open311Keys } from '../open311-keys.js';
import { CATEGORIES } from '../stories.js';

const ROLES = ['ADMIN', 'MODERATOR', 'RESPONDER', 'QUALITY_MANAGER'];
let organisations = [];
const organisationOptions = () => organisations.map((o) => [String(o.id), o.name]);
const organisationName = (id) => organisations.find((o) => o.id === id)?.name ?? `#${id}`;
const area = (r) => (r.radiusKm == null ? t('admin.rules.anywhere')
  : t('admin.rules.within', { km: r.radiusKm, lat: r.latitude, lng: r.longitude }));

function tabs() {
  const all = $$('[role="tab"]');
  const select = (tab) => {
    for (const other of all) {
      const selected = other === tab;
      other.setAttribute('aria-selected', String(selected));
      other.tabIndex = selected ? 0 : -1;
      $(`#${other.getAttribute('aria-controls')}`).hidden = !selected;
    }
    tab.focus();
  };
  all.forEach((tab, i) => {
    tab.addEventListener('click', () => select(tab));
    tab.addEventListener('keydown', (event) => {
      const step = { ArrowRight: 1, ArrowLeft: -1 }[event.key];
      if (step) select(all[(i + step + all.length) % all.length]);
    });
  });
}

const who = await start();
if (requireRole(who, ['ADMIN'])) {
  tabs();
  organisations = (await get('api/organisations?size=100').catch(() => ({ items: [] }))).items;
  const orgs = crud($('#panel-organisations'), {
    name: 'organisations', path: 'api/organisations',
    fields: [{ name: 'name', label: 'admin.field.name' }, { name: 'kind', label: 'admin.field.kind' },
      { name: 'city', label: 'admin.field.city' }, { name: 'country', label: 'admin.field.country' },
      { name: 'website', label: 'admin.field.website', type: 'url' },
      { name: 'parentId', label: 'admin.field.parent', options: organisationOptions }],
    columns: [['admin.field.name', (o) => o.name], ['admin.field.city', (o) => o.city], ['admin.field.parent', (o) => o.parentName]],
  });
  const services = crud($('#panel-services'), {
    name: 'services', path: 'api/services',
    fields: [{ name: 'organisationId', label: 'admin.field.organisation', options: organisationOptions },
      { name: 'name', label: 'admin.field.name' },
      { name: 'category', label: 'admin.field.category', options: () => CATEGORIES.map((c) => [c, t(`category.${c}`)]) },
      { name: 'description', label: 'admin.field.description', type: 'textarea' },
      { name: 'address', label: 'admin.field.address' }, { name: 'postcode', label: 'admin.field.postcode' },
      { name: 'city', label: 'admin.field.city' }, { name: 'country', label: 'admin.field.country' },
      { name: 'latitude', label: 'admin.field.latitude', type: 'number' }, { name: 'longitude', label: 'admin.field.longitude', type: 'number' }],
    columns: [['admin.field.name', (s) => s.name], ['admin.field.organisation', (s) => s.organisationName], ['admin.field.category', (s) => t(`category.${s.category}`)]],
  });
  const accounts = crud($('#panel-accounts'), {
    name: 'accounts', path: 'api/accounts',
    fields: [{ name: 'email', label: 'admin.field.email', type: 'email' }, { name: 'displayName', label: 'admin.field.displayName' },
      { name: 'jobTitle', label: 'admin.field.jobTitle' },
      { name: 'language', label: 'admin.field.language', empty: 'admin.field.language.default', options: () => ['en', 'de'].map((l) => [l, t(`mailLanguage.${l}`)]) },
      { name: 'role', label: 'admin.field.role', options: () => ROLES.map((r) => [r, t(`role.${r}`)]) },
      { name: 'platformWide', label: 'admin.field.platformWide', type: 'checkbox' },
      { name: 'organisationIds', label: 'admin.field.organisations', options: organisationOptions, multiple: true },
      { name: 'password', label: 'admin.field.password', type: 'password' }],
    columns: [['admin.field.displayName', (a) => a.displayName], ['admin.field.email', (a) => a.email], ['admin.field.role', (a) => t(`role.${a.role}`)],
      ['admin.accounts.state', (a) => t(a.disabledAt ? 'admin.accounts.disabled' : 'admin.accounts.enabled')]],
    // Disabling ends the account's logins at once; the server refuses one's own (409, shown in the status line).
    more: (a, done) => el('button', { type: 'button', class: 'secondary', 'aria-label': `${t(a.disabledAt ? 'admin.accounts.enable' : 'admin.accounts.disable')}: ${a.displayName}`,
      text: t(a.disabledAt ? 'admin.accounts.enable' : 'admin.accounts.disable'),
      onclick: () => done(post(`api/accounts/${a.id}/${a.disabledAt ? 'enable' : 'disable'}`, {})) }),
  });
  const rules = crud($('#panel-rules'), {
    name: 'rules', path: 'api/routing-rules', editable: false, remove: true,
    fields: [{ name: 'organisationId', label: 'admin.rules.organisation', options: organisationOptions },
      { name: 'category', label: 'admin.field.category', empty: 'admin.rules.anyCategory', options: () => CATEGORIES.map((c) => [c, t(`category.${c}`)]) },
      { name: 'latitude', label: 'admin.field.latitude', type: 'number', hint: 'admin.rules.areaHint' },
      { name: 'longitude', label: 'admin.field.longitude', type: 'number' },
      { name: 'radiusKm', label: 'admin.rules.radius', type: 'number' }],
    columns: [['admin.rules.organisation', (r) => organisationName(r.organisationId)],
      ['admin.field.category', (r) => (r.category ? t(`category.${r.category}`) : t('admin.rules.anyCategory'))],
      ['admin.rules.area', area]],
  });
  for (const part of [orgs, services, accounts, rules]) {
    await part.load();
    part.edit(null);
  }
  await securityLog($('#panel-security')).load();
  await open311Keys($('#panel-open311')).load();
}
ready();
