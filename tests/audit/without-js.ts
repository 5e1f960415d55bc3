/**
 * "Works without JavaScript", read from the HTML as served, on every page: the content and both
 * navigations are in the markup, and every control that needs a script stays `hidden` until the script
 * shows it, so a reader without JavaScript never meets a button that does nothing. What CSS does to the
 * markup is seen by the browser check on the sample of page types.
 */
import type { HTMLElement } from 'node-html-parser';
import type { BuiltPage } from './site-audit';

const isHidden = (element: HTMLElement) => element.closest('[hidden]') !== null || element.closest('template') !== null;

/** The text of an element and its shown descendants: not hidden, not script, style or template, not a control's label. */
function shownText(element: HTMLElement): string {
  return element.childNodes
    .map((node) => {
      if (node.nodeType === 3) return node.text;
      const child = node as HTMLElement;
      return ['SCRIPT', 'STYLE', 'TEMPLATE', 'BUTTON', 'SELECT', 'TEXTAREA'].includes(child.tagName) || child.hasAttribute('hidden') ? '' : shownText(child);
    })
    .join('');
}

/** Whether a form control does its job without a script: it submits, or is part of, a form with an action. */
function worksWithoutScript(control: HTMLElement): boolean {
  if (control.tagName === 'BUTTON' && !['submit', 'reset', ''].includes((control.getAttribute('type') ?? '').toLowerCase())) return false;
  return control.closest('form[action]') !== null;
}

export function withoutJavaScriptProblems(page: BuiltPage): string[] {
  const problems: string[] = [];
  const main = page.doc.querySelector('main');
  if (!main || isHidden(main) || !shownText(main).trim()) problems.push(`${page.path}: <main> has no text without JavaScript`);
  for (const nav of ['header nav', 'footer nav']) {
    if (!page.doc.querySelectorAll(`${nav} a[href]`).some((link) => !isHidden(link))) problems.push(`${page.path}: no ${nav} link without JavaScript`);
  }
  for (const form of page.doc.querySelectorAll('form:not([action])')) {
    if (!isHidden(form)) problems.push(`${page.path}: a <form> with no action is shown; without JavaScript it only reloads the page`);
  }
  for (const control of page.doc.querySelectorAll('button, input, select, textarea')) {
    if (control.getAttribute('type') === 'hidden' || isHidden(control) || worksWithoutScript(control)) continue;
    const label = control.getAttribute('aria-label') ?? control.getAttribute('name') ?? control.text.trim().slice(0, 40);
    problems.push(`${page.path}: <${control.tagName.toLowerCase()}> “${label}” needs JavaScript but is shown without it (put it under [hidden] until the script runs)`);
  }
  return problems;
}
