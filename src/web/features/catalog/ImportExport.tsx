/**
 * Excel export of the confirmed catalog and import of a workbook (docs/catalog-excel.md).
 * A rejected import lists every bad cell (sheet, row, column, message); nothing is written then.
 */
import { App, Button, Modal, Space, Table, Upload } from 'antd';
import { DownloadOutlined, UploadOutlined } from '@ant-design/icons';
import { useMutation } from '@tanstack/react-query';
import { useState } from 'react';
import { useNavigate } from 'react-router-dom';
import { ApiError, api, download } from '../../api/client';
import { useApiError } from '../../api/errors';
import type { ImportResult, ProblemFieldError } from '../../api/types';
import { useInvalidateCatalog } from './catalogApi';

/** Export and import buttons; each shown only when allowed. */
export function ImportExport({ canImport, canExport }: { canImport: boolean; canExport: boolean }) {
  const { message, modal } = App.useApp();
  const showError = useApiError();
  const navigate = useNavigate();
  const invalidate = useInvalidateCatalog();
  const [importErrors, setImportErrors] = useState<ProblemFieldError[] | null>(null);

  const exporting = useMutation({
    mutationFn: () => download('/catalog/export', `泰安市行政许可事项目录-${new Date().toISOString().slice(0, 10)}.xlsx`),
    onError: (e) => showError(e),
  });
  const importing = useMutation({
    mutationFn: (file: File) => {
      const fd = new FormData();
      fd.append('file', file, file.name);
      return api.upload<ImportResult>('/catalog/import', fd);
    },
    onSuccess: async (r) => {
      await invalidate();
      modal.success({
        title: '导入完成',
        content: `新建 ${r.created} 个版本，${r.unchanged} 个事项未变化。新版本已放入清理批次，可在批次中统一提交初审。`,
        okText: '查看批次',
        onOk: () => navigate(`/admin/batches/${encodeURIComponent(r.batchId)}`),
      });
    },
    onError: (e) => {
      if (e instanceof ApiError && e.code === 'CATALOG.IMPORT_INVALID') setImportErrors(e.errors);
      else showError(e);
    },
  });

  return (
    <Space wrap>
      {canExport ? (
        <Button icon={<DownloadOutlined />} loading={exporting.isPending} onClick={() => exporting.mutate()} data-testid="catalog-export">
          导出Excel
        </Button>
      ) : null}
      {canImport ? (
        <Upload
          accept=".xlsx,application/vnd.openxmlformats-officedocument.spreadsheetml.sheet"
          showUploadList={false}
          beforeUpload={(file) => {
            if (!file.name.toLowerCase().endsWith('.xlsx')) {
              message.error('请选择 .xlsx 格式的Excel文件');
              return Upload.LIST_IGNORE;
            }
            return true;
          }}
          customRequest={({ file, onSuccess, onError }) => {
            if (!(file instanceof File)) return;
            importing.mutate(file, {
              onSuccess: (r) => onSuccess?.(r),
              onError: (e) => onError?.(e instanceof Error ? e : new Error(String(e))),
            });
          }}
        >
          <Button icon={<UploadOutlined />} loading={importing.isPending} data-testid="catalog-import">
            导入Excel
          </Button>
        </Upload>
      ) : null}
      <Modal
        open={importErrors !== null}
        title={`导入失败：表格中有 ${importErrors?.length ?? 0} 处错误，未写入任何数据`}
        width={860}
        onCancel={() => setImportErrors(null)}
        footer={<Button onClick={() => setImportErrors(null)}>关闭</Button>}
      >
        <Table<ProblemFieldError>
          size="small"
          rowKey={(e) => `${e.sheet ?? ''}:${e.row ?? ''}:${e.column ?? ''}:${e.message}`}
          dataSource={importErrors ?? []}
          pagination={{ pageSize: 20, hideOnSinglePage: true }}
          data-testid="import-errors"
          columns={[
            { title: '工作表', dataIndex: 'sheet', width: 140, render: (s?: string) => s ?? '—' },
            { title: '行', dataIndex: 'row', width: 70, render: (r?: number) => r ?? '—' },
            { title: '列', dataIndex: 'column', width: 140, render: (c?: string) => c ?? '—' },
            { title: '问题', dataIndex: 'message' },
          ]}
        />
      </Modal>
    </Space>
  );
}
