import { useState } from 'react';
import { t } from '../../shared/i18n/translate.ts';
import type { SignedIn } from '../../shared/ipc/staff.ts';
import { CloseIcon, LockIcon, SearchIcon } from '../shared/icons.tsx';
import { groups, searchSections, sections, type SectionId } from './sections.ts';

interface SectionNavProps {
  current: SectionId;
  storeName: string;
  owner: SignedIn;
  onGo: (section: SectionId, anchor?: string | null) => void;
  onLock: () => void;
}

/**
 * The left-hand list of sections, grouped, with a search box that narrows it down and lists the matching
 * fields, so "webhook" or "serial" leads straight to the field.
 */
export function SectionNav({ current, storeName, owner, onGo, onLock }: SectionNavProps) {
  const [query, setQuery] = useState('');
  // Found by their words in the language on screen, so not memoised past a language switch (it is cheap).
  const found = searchSections(query);
  const searching = query.trim() !== '';

  return (
    <aside className="prefs__side">
      <div className="prefs__brand">
        <span className="prefs__logo" aria-hidden="true">
          K
        </span>
        <div className="prefs__brand-text">
          <span className="prefs__brand-title">{t('prefs.title')}</span>
          <span className="prefs__brand-store">{storeName}</span>
        </div>
      </div>
      <div className="prefs__search">
        <SearchIcon className="prefs__search-icon" />
        <input
          type="search"
          className="prefs__search-input"
          aria-label={t('prefs.searchLabel')}
          placeholder={t('prefs.searchPlaceholder')}
          value={query}
          onChange={(event) => setQuery(event.target.value)}
          onKeyDown={(event) => {
            if (event.key === 'Escape') setQuery('');
          }}
        />
        {searching ? (
          <button
            type="button"
            className="prefs__search-clear"
            aria-label={t('prefs.searchClear')}
            onClick={() => setQuery('')}
          >
            <CloseIcon />
          </button>
        ) : null}
      </div>
      <nav className="prefs__nav" aria-label={t('prefs.sections')}>
        {groups.map((group) => {
          const inGroup = sections.filter((s) => s.group === group.id && found.sections.has(s.id));
          if (inGroup.length === 0) return null;
          return (
            <div key={group.id} className="prefs__group">
              <h2 className="prefs__group-title">{t(group.title)}</h2>
              <ul>
                {inGroup.map((s) => (
                  <li key={s.id}>
                    <button
                      type="button"
                      className={`prefs__link${s.id === current ? ' prefs__link--current' : ''}`}
                      aria-current={s.id === current ? 'page' : undefined}
                      onClick={() => onGo(s.id)}
                    >
                      {t(s.title)}
                    </button>
                  </li>
                ))}
              </ul>
            </div>
          );
        })}
        {searching && found.sections.size === 0 ? (
          <p className="prefs__no-match">{t('prefs.noMatch', { query: query.trim() })}</p>
        ) : null}
        {found.fields.length > 0 ? (
          <div className="prefs__group">
            <h2 className="prefs__group-title">{t('prefs.fieldsFound')}</h2>
            <ul aria-label={t('prefs.fieldsFound')}>
              {found.fields.map((hit) => (
                <li key={hit.field.anchor}>
                  <button
                    type="button"
                    className="prefs__link prefs__link--field"
                    onClick={() => onGo(hit.section, hit.field.anchor)}
                  >
                    <span>{t(hit.field.label)}</span>
                    <span className="prefs__link-where">
                      {t(sections.find((s) => s.id === hit.section)?.title ?? 'prefs.title')}
                    </span>
                  </button>
                </li>
              ))}
            </ul>
          </div>
        ) : null}
      </nav>
      <div className="prefs__who">
        <span className="prefs__who-text">{t('prefs.unlockedBy', { name: owner.name })}</span>
        <button type="button" className="button button--small prefs__lock" onClick={onLock}>
          <LockIcon />
          {t('prefs.lock')}
        </button>
      </div>
    </aside>
  );
}
