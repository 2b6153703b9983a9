import type { UseQueryResult } from '@tanstack/react-query';
import type { ReactNode } from 'react';
import { ErrorMessage } from '@/components/errors/error-message';
import { Spinner } from './spinner';

interface QueryStateProps<T> {
  query: UseQueryResult<T>;
  /** What is loading, for the progress indicator. */
  loadingLabel?: string;
  children: (data: T) => ReactNode;
}

/** The three states of loaded data: a progress indicator, an error with a retry, or the data. */
export function QueryState<T>({ query, loadingLabel, children }: QueryStateProps<T>) {
  if (query.isPending) return <Spinner label={loadingLabel} />;
  if (query.isError && query.data === undefined)
    return <ErrorMessage error={query.error} onRetry={() => void query.refetch()} />;
  return (
    <>
      {query.isPlaceholderData && query.isFetching ? <Spinner label={loadingLabel} /> : null}
      {query.isError ? <ErrorMessage error={query.error} onRetry={() => void query.refetch()} /> : null}
      {query.data === undefined ? null : children(query.data)}
    </>
  );
}
