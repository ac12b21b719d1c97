/** Opening a new draft of a confirmed item (修改), from the catalog and its version rows. */
import { App } from 'antd';
import { useMutation } from '@tanstack/react-query';
import { useNavigate } from 'react-router-dom';
import { STAGES, type Stage } from '../../../domain/catalog-terms';
import { ApiError, api } from '../../api/client';
import { useApiError } from '../../api/errors';
import type { Page, VersionRow } from '../../api/types';
import { createDraftFromItem, useInvalidateCatalog } from './catalogApi';

const OPEN_STAGES: Stage[] = ['draft', 'first_review', 'recheck', 'final_review'];

/** Opening a draft of a confirmed item; on a conflict, offers the item's open version instead. */
export function useDraftFromItem() {
  const navigate = useNavigate();
  const showError = useApiError();
  const invalidate = useInvalidateCatalog();
  const { modal } = App.useApp();
  return useMutation({
    mutationFn: (code: string) => createDraftFromItem(code),
    onSuccess: async (v) => {
      await invalidate();
      navigate(`/admin/catalog/versions/${encodeURIComponent(v.id)}`);
    },
    onError: async (e, code) => {
      if (e instanceof ApiError && e.status === 409) {
        const open = await api
          .get<Page<VersionRow>>('/catalog/versions', { q: code, pageSize: 50 })
          .then((p) => p.items.find((v) => v.itemCode === code && OPEN_STAGES.includes(v.stage)))
          .catch(() => undefined);
        if (open) {
          modal.confirm({
            title: '该事项已有未完成的版本',
            content: `第 ${open.version} 版（${STAGES[open.stage]}，${open.authorName}）尚未办结，每个事项同时只能有一个未完成版本。是否打开它？`,
            okText: '打开',
            cancelText: '取消',
            onOk: () => navigate(`/admin/catalog/versions/${encodeURIComponent(open.id)}`),
          });
          return;
        }
      }
      showError(e);
    },
  });
}

