// A list with an edit form for one kind of directory or account record (admin pages).
import { get, post, put, del } from './api.js';
import { el, clear } from './dom.js';
import { t } from './i18n.js';
import { showErrors, clearErrors, messageOf } from './forms.js';

function input(prefix, field, value) {
  const id = `${prefix}-${field.name}`;
  const attrs = { id, name: field.name };
  let control;
  if (field.options) {
    control = el('select', { ...attrs, multiple: field.multiple || null },
      field.multiple ? null : el('option', { value: '', text: t(field.empty ?? 'admin.none') }),
      field.options().map(([v, text]) => el('option', { value: v, text })));
    const chosen = field.multiple ? (value ?? []).map(String) : [String(value ?? '')];
    for (const option of control.options) option.selected = chosen.includes(option.value);
  } else if (field.type === 'checkbox') {
    control = el('input', { ...attrs, type: 'checkbox', checked: Boolean(value) });
    return el('div', { class: 'field' }, el('label', { class: 'choice', for: id }, control, t(field.label)));
  } else if (field.type === 'textarea') {
    control = el('textarea', attrs);
    control.value = value ?? '';
  } else {
    control = el('input', { ...attrs, type: field.type ?? 'text', step: field.type === 'number' ? 'any' : null });
    control.value = value ?? '';
  }
  const hint = field.hint ? el('p', { class: 'hint', id: `${id}-hint`, text: t(field.hint) }) : null;
  if (hint) control.setAttribute('aria-describedby', hint.id);
  return el('div', { class: 'field' }, el('label', { for: id, text: t(field.label) }), hint, control);
}

function read(form, fields) {
  const body = {};
  for (const field of fields) {
    const control = form.elements[field.name];
    if (field.type === 'checkbox') body[field.name] = control.checked;
    else if (field.multiple) body[field.name] = [...control.selectedOptions].map((o) => Number(o.value) || o.value);
    else if (field.type === 'number') body[field.name] = control.value === '' ? null : Number(control.value);
    else body[field.name] = control.value === '' ? null : control.value;
  }
  return body;
}

/**
 * editable: false for records that are only added and removed; remove: true adds a Remove button per row;
 * more(item, done) adds a control per row, which passes its request's promise to done (the list reloads, errors show).
 */
export function crud(panel, { name, path, fields, columns, editable = true, remove = false, more = null }) {
  const list = el('div');
  const formArea = el('div');
  const status = el('p', { role: 'status', tabindex: '-1' });
  panel.append(status, el('div', { class: 'two' }, list, formArea));

  function edit(record) {
    const form = el('form', { novalidate: true, id: `${name}-form` },
      el('h2', { text: t(record ? `admin.${name}.edit` : `admin.${name}.new`) }),
      fields.map((f) => input(name, f, record?.[f.name])),
      el('div', { class: 'actions' }, el('button', { type: 'submit', text: t('admin.save') }),
        record ? el('button', { type: 'button', class: 'secondary', onclick: () => edit(null), text: t('admin.cancel') }) : null));
    form.addEventListener('submit', async (event) => {
      event.preventDefault();
      clearErrors(form);
      try {
        const body = read(form, fields);
        if (record) await put(`${path}/${record.id}`, body);
        else await post(path, body);
        status.textContent = t('admin.saved');
        await load();
        edit(null);
      } catch (problem) {
        showErrors(form, problem);
      }
    });
    clear(formArea).append(form);
  }

  function actions(item) {
    const named = (key) => `${t(key)}: ${columns[0][1](item)}`;
    return el('div', { class: 'actions tight' },
      editable ? el('button', { type: 'button', class: 'secondary', 'aria-label': named('admin.edit'), onclick: () => edit(item), text: t('admin.edit') }) : null,
      remove ? el('button', { type: 'button', class: 'secondary', 'aria-label': named('admin.remove'), onclick: () => removeItem(item), text: t('admin.remove') }) : null,
      more ? more(item, settle) : null);
  }

  async function settle(request) {
    try {
      await request;
      await load();
      status.textContent = t('admin.saved');
    } catch (problem) {
      status.textContent = messageOf(problem);
    }
    status.focus();
  }

  async function removeItem(item) {
    try {
      await del(`${path}/${item.id}`);
      await load();
      status.textContent = t('admin.removed');
    } catch (problem) {
      status.textContent = messageOf(problem);
    }
    status.focus();
  }

  async function load() {
    try {
      const page = await get(`${path}?size=100`);
      const items = page.items ?? page;
      const caption = t(`admin.${name}.list`, { count: page.total ?? items.length });
      clear(list).append(el('div', { class: 'table-scroll', role: 'region', tabindex: '0', 'aria-label': caption }, el('table', {},
        el('caption', { text: caption }),
        el('thead', {}, el('tr', {}, columns.map(([key]) => el('th', { scope: 'col', text: t(key) })), el('th', { scope: 'col', text: t('admin.actions') }))),
        el('tbody', {}, items.map((item) => el('tr', {},
          columns.map(([, show]) => el('td', { text: show(item) ?? '' })),
          el('td', {}, actions(item))))))));
      return items;
    } catch (problem) {
      status.textContent = messageOf(problem);
      return [];
    }
  }

  return { load, edit };
}
