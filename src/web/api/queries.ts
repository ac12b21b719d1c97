/**
 * Shared TanStack Query hooks for data many screens read: who is logged in, the
 * organisation (departments, zones) and the roles.
 */
import { useQuery, useQueryClient } from '@tanstack/react-query';
import dayjs, { type Dayjs } from 'dayjs';
import { useMemo } from 'react';
import { api } from './client';
import type { Assignee, Department, ItemsOf, Me, PublicItem, RoleInfo, SessionAnswer, Zone } from './types';

/** Query keys used in more than one place. */
export const keys = {
  me: ['auth', 'me'] as const,
  departments: ['org', 'departments'] as const,
  zones: ['org', 'zones'] as const,
  roles: ['roles'] as const,
  stats: ['catalog', 'stats'] as const,
  clock: ['clock'] as const,
};

/** The logged-in user, or null when nobody is (`GET /auth/session`, public, never a 401). */
export function useMe() {
  return useQuery({
    queryKey: keys.me,
    queryFn: async ({ signal }): Promise<Me | null> => (await api.get<SessionAnswer>('/auth/session', undefined, signal)).user,
    staleTime: 60_000,
    retry: false,
  });
}

/** Whether a query key holds public data that does not depend on who is logged in. */
function isPublicKey(key: readonly unknown[]): boolean {
  const [area, sub] = key;
  return area === 'org' || area === 'clock' || (area === 'catalog' && (sub === 'items' || sub === 'stats'));
}

/**
 * The service clock (`GET /clock`): the server's now and its Shanghai today. Pages take their default
 * dates from here, never from the browser's clock (which may be wrong, or in another zone).
 */
export function useServiceClock() {
  return useQuery({
    queryKey: keys.clock,
    queryFn: ({ signal }) => api.get<{ now: string; today: string }>('/clock', undefined, signal),
    staleTime: 60_000,
  });
}

/** The service clock's today as a day to compute with (date pickers' limits, default periods); undefined until it answered. */
export function useServiceToday(): Dayjs | undefined {
  const today = useServiceClock().data?.today;
  return useMemo(() => (today ? dayjs(today) : undefined), [today]);
}

/**
 * Replaces the cached user after login, registration or logout, and forgets everything that
 * was read as the previous user (drafts, queues, users…).
 */
export function useSetMe(): (me: Me | null) => void {
  const client = useQueryClient();
  return (me) => {
    client.removeQueries({ predicate: (q) => q.queryKey[0] !== 'auth' && !isPublicKey(q.queryKey) });
    client.setQueryData(keys.me, me);
  };
}

/** The entries of an `{items}` list that seldom changes (organisation, roles), kept ten minutes. */
function useSteadyList<T>(queryKey: readonly string[], path: string, enabled = true) {
  return useQuery({
    queryKey,
    queryFn: ({ signal }) => api.get<ItemsOf<T>>(path, undefined, signal),
    staleTime: 10 * 60_000,
    select: (d: ItemsOf<T>) => d.items,
    enabled,
  });
}

/** All departments: the bureau, its divisions and institutions, the regulators. */
export const useDepartments = () => useSteadyList<Department>(keys.departments, '/org/departments');

/** The reviewers and section chiefs a case can be assigned to. */
export const useAssignees = (enabled = true) => useSteadyList<Assignee>(['cases', 'assignees'], '/cases/assignees', enabled);

/** The hall zones with their windows. */
export const useZones = () => useSteadyList<Zone>(keys.zones, '/org/zones');

/** The roles and their permissions (admin only). */
export const useRoles = (enabled = true) => useSteadyList<RoleInfo>(keys.roles, '/roles', enabled);

/** code → name lookups of departments and zones, for screens that only have codes. */
export function useOrgNames(): { department: (code: string | null | undefined) => string; zone: (code: string | null | undefined) => string } {
  const departments = useDepartments();
  const zones = useZones();
  return useMemo(() => {
    const d = new Map((departments.data ?? []).map((x) => [x.code, x.name]));
    const z = new Map((zones.data ?? []).map((x) => [x.code, x.name]));
    return {
      department: (code) => (code ? (d.get(code) ?? code) : ''),
      zone: (code) => (code ? (z.get(code) ?? code) : ''),
    };
  }, [departments.data, zones.data]);
}

/** One confirmed item as the public guide shows it (`GET /catalog/items/:code`). */
export function usePublicItem(code: string) {
  return useQuery({
    queryKey: ['catalog', 'items', code],
    queryFn: ({ signal }) => api.get<PublicItem>(`/catalog/items/${encodeURIComponent(code)}`, undefined, signal),
    enabled: code !== '',
  });
}
