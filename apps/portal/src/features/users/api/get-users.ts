import type { Schemas } from '@icspa/api-client';
import { DEFAULT_PAGE_SIZE, type Role } from '@icspa/domain';
import { keepPreviousData, queryOptions, useQuery } from '@tanstack/react-query';
import { api, unwrap } from '@/lib/api-client';
import { fetchAllPages } from '@/lib/pagination';

export type User = Schemas['UserResponseDto'];

export interface GetUsersParams {
  page: number;
  pageSize?: number;
  role?: Role;
  /** The start of the e-mail, or the name (typos forgiven): best matches first. */
  q?: string;
}

/** One page of users (admins only). */
export function getUsers({ page, pageSize = DEFAULT_PAGE_SIZE, role, q }: GetUsersParams, signal?: AbortSignal) {
  return unwrap(api.GET('/api/users', { params: { query: { page, pageSize, role, q } }, signal }));
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

/** Every user of a role, for pickers (the trainers a cohort can be given to). */
export function getAllUsersQueryOptions(role: Role) {
  return queryOptions({
    queryKey: ['users', 'all', role],
    queryFn: ({ signal }) => fetchAllPages((page, pageSize) => getUsers({ page, pageSize, role }, signal)),
    staleTime: 5 * 60_000,
  });
}

export function useAllUsers(role: Role) {
  return useQuery(getAllUsersQueryOptions(role));
}
