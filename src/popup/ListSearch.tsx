/**
 * Search of the whole list: an ARIA 1.2 combobox (input + listbox) with filters for type, status
 * and country. Focus stays in the input; arrow keys move the active option
 * (aria-activedescendant), Enter opens it, Escape closes the list and then clears the input.
 */
import { useMemo, useRef, useState } from 'preact/hooks';
import type { ListRecord, RecordKind, Status } from '../core/record';
import { formatNumber, t } from '../platform/i18n';
import { KIND_KEYS, STATUS_KEYS } from '../core/labels';

export interface SearchFilters {
  kind?: RecordKind;
  status?: Status;
  country?: string;
}

export interface SearchHit {
  record: ListRecord;
  /** The list name (alias, subsidiary, product…) that made it a result, when not the record's name. */
  matchedName?: string;
}

export type SearchFn = (query: string, filters: SearchFilters, limit: number) => SearchHit[];

interface Props {
  records: ListRecord[];
  search: SearchFn;
  onOpen(record: ListRecord): void;
  inputRef?: { current: HTMLInputElement | null };
}

const LIMIT = 30;
const LISTBOX_ID = 'search-results';
const optionId = (i: number): string => `search-option-${i}`;

function FilterSelect<T extends string>(props: {
  id: string;
  label: string;
  all: string;
  value: T | undefined;
  options: Array<{ value: T; label: string }>;
  onChange(value: T | undefined): void;
}) {
  return (
    <div class="filter">
      <label for={props.id}>{props.label}</label>
      <select
        id={props.id}
        value={props.value ?? ''}
        onChange={(e) => {
          const v = (e.currentTarget as HTMLSelectElement).value;
          props.onChange(v === '' ? undefined : (v as T));
        }}
      >
        <option value="">{props.all}</option>
        {props.options.map((o) => (
          <option key={o.value} value={o.value}>
            {o.label}
          </option>
        ))}
      </select>
    </div>
  );
}

export function ListSearch({ records, search, onOpen, inputRef }: Props) {
  const [query, setQuery] = useState('');
  const [filters, setFilters] = useState<SearchFilters>({});
  const [open, setOpen] = useState(false);
  const [active, setActive] = useState(-1);
  const ownRef = useRef<HTMLInputElement | null>(null);
  const input = inputRef ?? ownRef;

  const kinds = useMemo(() => [...new Set(records.map((r) => r.kind))].sort(), [records]);
  const statuses = useMemo(() => [...new Set(records.map((r) => r.status))].sort(), [records]);
  const countries = useMemo(
    () => [...new Set(records.flatMap((r) => (r.country ? [r.country] : [])))].sort((a, b) => a.localeCompare(b)),
    [records],
  );

  const filtering = filters.kind !== undefined || filters.status !== undefined || filters.country !== undefined;
  const hits = useMemo(
    () => (query.trim() === '' && !filtering ? [] : search(query.trim(), filters, LIMIT)),
    [query, filters, search, filtering],
  );
  const expanded = open && hits.length > 0;

  function choose(index: number) {
    const hit = hits[index];
    if (!hit) return;
    setOpen(false);
    onOpen(hit.record);
  }

  function move(to: number) {
    setOpen(true);
    setActive(to);
    document.getElementById(optionId(to))?.scrollIntoView({ block: 'nearest' });
  }

  function onKeyDown(event: KeyboardEvent) {
    const last = hits.length - 1;
    switch (event.key) {
      case 'ArrowDown':
        if (last < 0) return;
        event.preventDefault();
        move(!expanded || active >= last ? 0 : active + 1);
        break;
      case 'ArrowUp':
        if (last < 0) return;
        event.preventDefault();
        move(!expanded || active <= 0 ? last : active - 1);
        break;
      case 'Enter':
        if (expanded && active >= 0) {
          event.preventDefault();
          choose(active);
        }
        break;
      case 'Escape':
        if (expanded) {
          event.preventDefault();
          setOpen(false);
          setActive(-1);
        } else if (query !== '') {
          event.preventDefault();
          setQuery('');
        }
        break;
    }
  }

  const setFilter = (patch: SearchFilters) => {
    setFilters({ ...filters, ...patch });
    setOpen(true);
    setActive(-1);
  };

  return (
    <section class="search" aria-labelledby="search-heading">
      <h2 id="search-heading">{t('searchHeading')}</h2>
      <label for="search-input">{t('searchLabel')}</label>
      <input
        id="search-input"
        ref={input}
        type="text"
        role="combobox"
        autocomplete="off"
        spellcheck={false}
        aria-autocomplete="list"
        aria-expanded={expanded}
        aria-controls={LISTBOX_ID}
        aria-activedescendant={expanded && active >= 0 ? optionId(active) : undefined}
        aria-describedby="search-hint"
        value={query}
        onInput={(e) => {
          setQuery((e.currentTarget as HTMLInputElement).value);
          setOpen(true);
          setActive(-1);
        }}
        onKeyDown={onKeyDown}
        onFocus={() => setOpen(true)}
      />
      <p id="search-hint" class="hint">
        {t('searchHint')}
      </p>
      <details class="filters-box">
        <summary>{t('filtersSummary')}</summary>
        <div class="filters">
        <FilterSelect
          id="filter-kind"
          label={t('filterType')}
          all={t('filterAllTypes')}
          value={filters.kind}
          options={kinds.map((k) => ({ value: k, label: t(KIND_KEYS[k]) }))}
          onChange={(kind) => setFilter({ kind })}
        />
        <FilterSelect
          id="filter-status"
          label={t('filterStatus')}
          all={t('filterAllStatuses')}
          value={filters.status}
          options={statuses.map((s) => ({ value: s, label: t(STATUS_KEYS[s]) }))}
          onChange={(status) => setFilter({ status })}
        />
        <FilterSelect
          id="filter-country"
          label={t('filterCountry')}
          all={t('filterAllCountries')}
          value={filters.country}
          options={countries.map((c) => ({ value: c, label: c }))}
          onChange={(country) => setFilter({ country })}
        />
        </div>
      </details>
      <ul id={LISTBOX_ID} role="listbox" aria-label={t('searchResults')} class="results" hidden={!expanded}>
        {hits.map((hit, i) => (
          <li
            key={hit.record.id}
            id={optionId(i)}
            role="option"
            aria-selected={i === active}
            class={i === active ? 'active' : undefined}
            // Keep focus in the input: the option is chosen on click, not focused.
            onMouseDown={(e) => e.preventDefault()}
            onClick={() => choose(i)}
          >
            <span class="result-name">{hit.record.name}</span>
            <span class="result-meta">
              {t(KIND_KEYS[hit.record.kind])} · {t(STATUS_KEYS[hit.record.status])}
              {hit.record.country ? ` · ${hit.record.country}` : ''}
              {hit.matchedName && hit.matchedName !== hit.record.name ? ` · ${t('searchMatchedName', hit.matchedName)}` : ''}
            </span>
          </li>
        ))}
      </ul>
      <p role="status" class="result-count">
        {query.trim() === '' && !filtering
          ? ''
          : hits.length === 0
            ? t('searchNoResults')
            : t('searchResultCount', formatNumber(hits.length))}
      </p>
    </section>
  );
}
