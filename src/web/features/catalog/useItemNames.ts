/** Display names for a version's data in the back office, where only codes are stored. */
import { useMemo } from 'react';
import { useDepartments, useOrgNames } from '../../api/queries';
import type { VersionDetail } from '../../api/types';
import type { ItemNames } from '../../components/ItemDetail';

/** Names for the read-only view of a version's data, from the organisation lists. */
export function useItemNames(data: VersionDetail['data'] | undefined): ItemNames {
  const names = useOrgNames();
  const departments = useDepartments();
  return useMemo(() => {
    const byCode = new Map((departments.data ?? []).map((d) => [d.code, d.name]));
    return {
      departmentName: names.department(data?.departmentCode),
      zoneName: data?.zone ? names.zone(data.zone) : null,
      regulators: (data?.regulatorCodes ?? []).map((code) => ({ code, name: byCode.get(code) ?? code })),
    };
  }, [data, names, departments.data]);
}

