import { useState } from 'react';
import type { Query } from '../app/api';
import { useApp } from '../app/session';
import { LoadError } from './Field';
import { useLoad, type Loaded } from './useLoad';

/** A page of a keyset-paged list as every list of the API answers it. */
export interface ListPage<T> {
  items: T[];
  nextCursor?: string;
  limit: number;
}

export interface PagedList<T> {
  /** The first page: loading, its error (a 400 names the query's fields), reload. */
  first: Loaded<ListPage<T>>;
  /** The first page and every page shown after it, in order. */
  items: T[];
  /** Whether there is a next page to show. */
  hasMore: boolean;
  loadMore: () => Promise<void>;
  moreError: unknown;
}

/**
 * The first page of {@code path} for {@code query}, asked again whenever {@code key} changes, and the
 * next pages on demand by the answer's cursor ("Show more"): a list's paging, written once.
 */
export function usePagedList<T>(path: string, query: Query, key: unknown[]): PagedList<T> {
  const { api } = useApp();
  const [more, setMore] = useState<T[]>([]);
  const [cursor, setCursor] = useState<string | undefined>();
  const [moreError, setMoreError] = useState<unknown>(null);
  const first = useLoad(async () => {
    const page = await api.get<ListPage<T>>(path, query);
    setMore([]);
    setCursor(page.nextCursor);
    return page;
  }, key);

  async function loadMore() {
    try {
      const page = await api.get<ListPage<T>>(path, { ...query, cursor });
      setMore((m) => [...m, ...page.items]);
      setCursor(page.nextCursor);
      setMoreError(null);
    } catch (e) {
      setMoreError(e);
    }
  }

  return { first, items: [...(first.data?.items ?? []), ...more], hasMore: Boolean(cursor), loadMore, moreError };
}

/** Under a paged list: the next page's error with a retry, and "Show more" while there is more. */
export function MoreFooter({ list }: { list: Pick<PagedList<unknown>, 'moreError' | 'hasMore' | 'loadMore'> }) {
  return (
    <>
      {list.moreError !== null && <LoadError error={list.moreError} retry={list.loadMore} />}
      {list.hasMore && <button type="button" onClick={list.loadMore}>Show more</button>}
    </>
  );
}
