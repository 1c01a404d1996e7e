/**
 * The options page's navigation: a link per section. Following one moves the keyboard focus to the
 * section's heading; the section being read (the last one followed, else the topmost on screen) is
 * marked with aria-current and shown as such.
 */
import { useEffect, useRef, useState } from 'preact/hooks';
import { t } from '../platform/i18n';

export interface PageSection {
  id: string;
  /** Its `_locales` key: the heading's words and the link's. */
  labelKey: string;
}

const headingOf = (id: string): HTMLElement | null => document.querySelector<HTMLElement>(`#${id} h2`);

/** The topmost section whose top is at or above the first third of the window, else the first. */
function sectionOnScreen(sections: PageSection[]): string {
  const line = window.innerHeight / 3;
  let current = sections[0]?.id ?? '';
  for (const { id } of sections) {
    const top = document.getElementById(id)?.getBoundingClientRect().top;
    if (top !== undefined && top <= line) current = id;
  }
  return current;
}

export function SectionNav({ sections }: { sections: PageSection[] }) {
  const [current, setCurrent] = useState(() => {
    const start = location.hash.slice(1);
    return sections.some((s) => s.id === start) ? start : (sections[0]?.id ?? '');
  });
  // A followed section stays current while it is on screen: the last ones are too short to reach the top.
  const followed = useRef<string | null>(null);

  useEffect(() => {
    // Opened at a section (options.html#decisions): its heading gets the focus once it is drawn.
    const start = location.hash.slice(1);
    if (sections.some((s) => s.id === start)) {
      followed.current = start;
      headingOf(start)?.focus();
    }
    let frame = 0;
    const onScroll = () => {
      cancelAnimationFrame(frame);
      frame = requestAnimationFrame(() => {
        const box = followed.current ? document.getElementById(followed.current)?.getBoundingClientRect() : undefined;
        if (box && box.top < window.innerHeight && box.bottom > 0) return;
        followed.current = null;
        setCurrent(sectionOnScreen(sections));
      });
    };
    window.addEventListener('scroll', onScroll, { passive: true });
    return () => {
      cancelAnimationFrame(frame);
      window.removeEventListener('scroll', onScroll);
    };
  }, []);

  function follow(e: MouseEvent, id: string) {
    e.preventDefault();
    const heading = headingOf(id);
    if (!heading) return;
    history.replaceState(null, '', `#${id}`);
    heading.scrollIntoView({ block: 'start' });
    heading.focus();
    followed.current = id;
    setCurrent(id);
  }

  return (
    <nav class="section-nav" aria-label={t('optionsNavLabel')}>
      <ul>
        {sections.map(({ id, labelKey }) => (
          <li key={id}>
            <a href={`#${id}`} aria-current={current === id ? 'location' : undefined} onClick={(e) => follow(e, id)}>
              {t(labelKey)}
            </a>
          </li>
        ))}
      </ul>
    </nav>
  );
}
