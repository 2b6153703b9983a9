import type { Schemas } from '@icspa/api-client';
import type { Role } from '@icspa/domain';
import { keepPreviousData, queryOptions, useQuery } from '@tanstack/react-query';
import { api, unwrap } from '../../../lib/api-client';
import { DEFAULT_PAGE_SIZE } from '../../../lib/pagination';

export type User = Schemas['UserResponseDto'];

export interface GetUsersParams {
  page: number;
  pageSize?: number;
  role?: Role;
}

/** One page of users (admins only). */
export function getUsers({ page, pageSize = DEFAULT_PAGE_SIZE, role }: GetUsersParams, signal?: AbortSignal) {
  return unwrap(api.GET('/api/users', { params: { query: { page, pageSize, role } }, signal }));
}

export function getUsersQueryOptions(params: GetUsersParams) {
  return queryOptions({
    queryKey: ['users', params],
    queryFn: ({ signal }) => getUsers(params, signal),
    placeholderData: keepPreviousData,
  });
}

export function useUsers(params: GetUsersParams) {
  return useQuery(getUsersQueryOptions(params));
}
