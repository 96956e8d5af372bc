/** The page's own strings and direction for an interface language (the panels relabel themselves). */
import { pageDir, pageLang, t, type Lang, type UiKey } from '../i18n.ts';

export function applyPageLanguage(lang: Lang): void {
  document.documentElement.lang = pageLang(lang);
  document.documentElement.dir = pageDir(lang);
  for (const el of document.querySelectorAll<HTMLElement>('[data-i18n]')) el.textContent = t(el.dataset.i18n as UiKey, lang);
  for (const el of document.querySelectorAll<HTMLInputElement>('[data-i18n-placeholder]')) el.placeholder = t(el.dataset.i18nPlaceholder as UiKey, lang);
  for (const el of document.querySelectorAll<HTMLElement>('[data-i18n-aria-label]')) el.setAttribute('aria-label', t(el.dataset.i18nAriaLabel as UiKey, lang));
  document.title = t('title', lang);
  for (const b of document.querySelectorAll<HTMLButtonElement>('#lang-toggle [data-lang]')) b.setAttribute('aria-checked', String(b.dataset.lang === lang));
}
