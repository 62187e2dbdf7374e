import { errorText } from '../../../shared/i18n/errors.ts';
import { useCallback, useEffect, useRef, useState, type CSSProperties, type RefObject } from 'react';
import { t } from '../../../shared/i18n/translate.ts';
import type { Category, Product } from '../../../shared/ipc/catalog.ts';
import { SearchIcon } from '../../shared/icons.tsx';
import { useTillSetup } from '../till-context.tsx';
import { kassa } from '../../shared/kassa.ts';
import { useData } from '../../shared/use-data.ts';

/** Typing pauses shorter than this are still the same word: fewer queries while the cashier types. */
const searchDelayMs = 80;
const allProducts = '';

interface CatalogPaneProps {
  onAdd: (product: Product) => void;
  /** How many of each product are in the cart, shown on its button. */
  inCart: ReadonlyMap<number, number>;
  searchRef: RefObject<HTMLInputElement | null>;
  onError: (message: string) => void;
}

/** Category tabs over a grid of product buttons, and the search box whose results replace the grid. */
export function CatalogPane({ onAdd, inCart, searchRef, onError }: CatalogPaneProps) {
  const { format } = useTillSetup();
  const [category, setCategory] = useState<string>(allProducts);
  const [query, setQuery] = useState('');
  const trimmed = query.trim();
  const categoryList = useData(() => kassa.catalog.categories({}), 'categories');
  const shelfKey = `shelf:${category}`;
  const shelf = useData(
    () => kassa.catalog.products({ categoryId: category === allProducts ? null : category }),
    shelfKey,
  );
  const search = useData(
    trimmed === '' ? null : () => kassa.catalog.search({ query: trimmed, limit: 60 }),
    trimmed,
    { delayMs: searchDelayMs },
  );
  // A shelf that could not be read is a passing message; a search that failed says so where it was asked.
  const failed = categoryList.error ?? shelf.error;
  useEffect(() => {
    if (failed) onError(failed.message);
  }, [failed, onError]);

  const categories: readonly Category[] = categoryList.data ?? [];
  const searching = trimmed !== '';
  // An older query answering late does not stand for what is typed now.
  const shown = searching
    ? search.dataKey === trimmed && !search.loading
      ? search.data
      : null
    : shelf.dataKey === shelfKey
      ? shelf.data
      : null;
  const colours = new Map(categories.map((c) => [c.id, c.color]));

  const clearSearch = () => setQuery('');

  // Whether the category row goes on past either edge: said by a fade and an arrow. The arrow keeps its place
  // while the row overflows (at the end it points back to the first categories), so the row never changes width
  // under a cashier's finger and a scroll to the end is not cut short by the row growing (issue 15.18).
  const tabsRef = useRef<HTMLDivElement>(null);
  const [tabsMore, setTabsMore] = useState({ left: false, right: false });
  const measureTabs = useCallback(() => {
    const row = tabsRef.current;
    if (!row) return;
    const left = row.scrollLeft > 1;
    const right = row.scrollLeft + row.clientWidth < row.scrollWidth - 1;
    setTabsMore((was) => (was.left === left && was.right === right ? was : { left, right }));
  }, []);
  const tabsOverflow = tabsMore.left || tabsMore.right;
  useEffect(() => {
    measureTabs();
    const observer = new ResizeObserver(measureTabs);
    if (tabsRef.current) observer.observe(tabsRef.current);
    return () => observer.disconnect();
  }, [measureTabs, categories.length]);

  return (
    <section className="catalog" aria-label={t('catalog.label')}>
      <div className="catalog__search">
        <SearchIcon className="catalog__search-icon" />
        <label htmlFor="product-search" className="visually-hidden">
          {t('catalog.searchLabel')}
        </label>
        <input
          id="product-search"
          ref={searchRef}
          className="catalog__search-input"
          type="text"
          inputMode="search"
          autoComplete="off"
          spellCheck={false}
          placeholder={t('catalog.searchPlaceholder')}
          aria-keyshortcuts="F2"
          value={query}
          onChange={(event) => setQuery(event.target.value)}
          onKeyDown={(event) => {
            if (event.key === 'Escape' && query !== '') {
              event.preventDefault();
              event.stopPropagation();
              clearSearch();
            } else if (event.key === 'Enter' && searching && shown && shown[0]) {
              event.preventDefault();
              onAdd(shown[0]);
              clearSearch();
            }
          }}
        />
        {query !== '' ? (
          <button type="button" className="catalog__search-clear" onClick={clearSearch}>
            {t('catalog.clearSearch')} <kbd>Esc</kbd>
          </button>
        ) : (
          <kbd className="catalog__search-hint">F2</kbd>
        )}
      </div>

      <div className="tabs-row">
        <div
          ref={tabsRef}
          className={`tabs${tabsMore.left ? ' tabs--more-left' : ''}${tabsMore.right ? ' tabs--more-right' : ''}`}
          role="tablist"
          aria-label={t('catalog.categories')}
          onScroll={measureTabs}
        >
          {[{ id: allProducts, name: t('catalog.all'), color: '#334155' }, ...categories].map((c) => {
            const selected = !searching && c.id === category;
            return (
              <button
                key={c.id}
                type="button"
                role="tab"
                aria-selected={selected}
                className={`tabs__tab${selected ? ' tabs__tab--selected' : ''}`}
                style={{ '--accent': c.color } as CSSProperties}
                onClick={() => {
                  clearSearch();
                  setCategory(c.id);
                }}
              >
                <span className="tabs__swatch" aria-hidden="true" />
                {c.name}
              </button>
            );
          })}
        </div>
        {tabsOverflow ? (
          <button
            type="button"
            className="tabs__more"
            aria-label={t(tabsMore.right ? 'catalog.moreCategories' : 'catalog.firstCategories')}
            onClick={() =>
              tabsMore.right
                ? tabsRef.current?.scrollBy({ left: tabsRef.current.clientWidth * 0.7, behavior: 'smooth' })
                : tabsRef.current?.scrollTo({ left: 0, behavior: 'smooth' })
            }
          >
            {tabsMore.right ? '›' : '‹'}
          </button>
        ) : null}
      </div>

      <div
        className="catalog__body"
        role="region"
        aria-label={searching ? t('catalog.results') : t('catalog.products')}
      >
        {searching ? (
          <p className="catalog__caption" aria-live="polite">
            {search.error
              ? errorText(search.error)
              : shown === null
                ? t('catalog.searching')
                : shown.length === 0
                  ? t('catalog.noResults', { query: trimmed })
                  : t('catalog.resultsFor', { count: shown.length, query: trimmed })}
          </p>
        ) : null}
        <div className="grid">
          {(shown ?? []).map((product) => {
            const count = inCart.get(product.id) ?? 0;
            return (
              <button
                key={product.id}
                type="button"
                className="tile"
                style={{ '--accent': colours.get(product.categoryId ?? '') ?? '#64748b' } as CSSProperties}
                onClick={() => onAdd(product)}
              >
                <span className="tile__name">{product.name}</span>
                <span className="tile__price">{format.money(product.price)}</span>
                {count > 0 ? (
                  <span className="tile__count" aria-label={t('catalog.inCart', { count })}>
                    {count}
                  </span>
                ) : null}
              </button>
            );
          })}
        </div>
      </div>
    </section>
  );
}
