import { useEffect, useState } from 'react';
import { ApiError, type Schemas } from '../../app/api';
import { useApp } from '../../app/session';

/**
 * The names of the customers {@code ids} name, read from the customer book (one page each, asked
 * once per id while the page is open). A customer the book no longer shows (erased) is named so.
 * For owners and admins only: staff do not read the customer book.
 */
export function useCustomerNames(ids: string[]): Record<string, string> {
  const { api } = useApp();
  const [names, setNames] = useState<Record<string, string>>({});
  const wanted = [...new Set(ids)].filter((id) => !(id in names)).sort().join(',');
  useEffect(() => {
    if (!wanted) return undefined;
    let live = true;
    void Promise.all(wanted.split(',').map(async (id) => {
      try {
        return [id, (await api.get<Schemas['CustomerDetail']>(`/customers/${id}`)).name] as const;
      } catch (e) {
        return [id, e instanceof ApiError && e.status === 404 ? 'Erased or unknown customer' : ''] as const;
      }
    })).then((found) => { if (live) setNames((n) => ({ ...n, ...Object.fromEntries(found) })); });
    return () => { live = false; };
  }, [wanted, api]);
  return names;
}
