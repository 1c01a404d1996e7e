/**
 * A disclosure in our own UI: a button that shows and hides a panel, saying so to assistive
 * technology (`aria-expanded`, `aria-controls`). `changed` runs after each toggle (the card places
 * itself again: it grew or shrank).
 */
import { el } from './dom';
import { listen } from './natives';

export function disclosure(doc: Document, label: string, panel: HTMLElement, changed: (open: boolean) => void): HTMLButtonElement {
  panel.hidden = true;
  const button = el(doc, 'button', { type: 'button', class: 'toggle', 'aria-expanded': 'false', 'aria-controls': panel.id }, label);
  listen(button, 'click', () => {
    const open = panel.hidden;
    panel.hidden = !open;
    button.setAttribute('aria-expanded', String(open));
    changed(open);
  });
  return button;
}
