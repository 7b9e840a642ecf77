// German and English: chosen from the browser, switchable, remembered in localStorage.
const KEY = 'coproduce.lang';
export const LANGUAGES = ['en', 'de'];
let bundle = {};
let lang = 'en';

export function chosenLanguage() {
  const saved = localStorage.getItem(KEY);
  if (LANGUAGES.includes(saved)) return saved;
  for (const wanted of navigator.languages ?? [navigator.language]) {
    const code = String(wanted).slice(0, 2).toLowerCase();
    if (LANGUAGES.includes(code)) return code;
  }
  return 'en';
}

export async function loadLanguage(root, wanted = null) {
  lang = LANGUAGES.includes(wanted) ? wanted : chosenLanguage();
  const reply = await fetch(new URL(`i18n/${lang}.json`, root));
  bundle = await reply.json();
  document.documentElement.lang = lang;
  return lang;
}

export function language() {
  return lang;
}

export function switchLanguage(next) {
  localStorage.setItem(KEY, next);
  location.reload();
}

/** Touch screens (a coarse pointer) get the key's ".touch" wording where there is one: "tap", not "click". */
const touch = () => matchMedia('(pointer: coarse)').matches;

export function has(key) {
  return key in bundle;
}

/** The text for a key, with {name} placeholders filled in; the key itself when missing. */
export function t(key, params = {}) {
  const text = (touch() ? bundle[`${key}.touch`] : undefined) ?? bundle[key] ?? key;
  return text.replace(/\{(\w+)\}/g, (all, name) => (name in params ? String(params[name]) : all));
}

/** Fills data-i18n (text), data-i18n-placeholder, data-i18n-label (aria-label) and data-i18n-title. */
export function translate(scope = document) {
  for (const node of scope.querySelectorAll('[data-i18n]')) node.textContent = t(node.dataset.i18n);
  for (const node of scope.querySelectorAll('[data-i18n-placeholder]')) node.placeholder = t(node.dataset.i18nPlaceholder);
  for (const node of scope.querySelectorAll('[data-i18n-label]')) node.setAttribute('aria-label', t(node.dataset.i18nLabel));
  for (const node of scope.querySelectorAll('[data-i18n-title]')) {
    if (node.tagName === 'TITLE') node.textContent = `${t(node.dataset.i18nTitle)} – Coproduce`;
    else node.title = t(node.dataset.i18nTitle);
  }
}

export function formatDate(iso) {
  if (!iso) return '';
  return new Date(iso).toLocaleDateString(lang === 'de' ? 'de-DE' : 'en-GB', { year: 'numeric', month: 'long', day: 'numeric' });
}

/** A moment with its time of day, in the reader's time zone. */
export function formatDateTime(iso) {
  if (!iso) return '';
  return new Date(iso).toLocaleString(lang === 'de' ? 'de-DE' : 'en-GB', { dateStyle: 'long', timeStyle: 'short' });
}

export function formatMonth(yearMonth) {
  if (!yearMonth) return '';
  const [year, month] = String(yearMonth).split('-').map(Number);
  return new Date(Date.UTC(year, month - 1, 1)).toLocaleDateString(lang === 'de' ? 'de-DE' : 'en-GB', { year: 'numeric', month: 'long', timeZone: 'UTC' });
}
