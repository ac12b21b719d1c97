/**
 * 用户与角色: the users (personal data masked as the server gives it), creating staff users
 * with roles, editing roles, unlocking; and the roles with their permissions.
 */
import { App, Button, Col, Form, Input, Modal, Popconfirm, Row, Select, Space, Table, Tabs, Tag, Typography, type FormInstance, type TableColumnsType } from 'antd';
import { DeleteOutlined, PlusOutlined, UnlockOutlined } from '@ant-design/icons';
import { keepPreviousData, useMutation, useQuery, useQueryClient } from '@tanstack/react-query';
import { useState } from 'react';
import { ROLES } from '../../../domain/roles';
import { api } from '../../api/client';
import { ErrorAlert, useApiError } from '../../api/errors';
import { useDepartments, useOrgNames, useRoles } from '../../api/queries';
import type { CreateUserBody, Page, RoleGrant, RoleInfo, UserRow } from '../../api/types';
import { FilterSelect } from '../../components/FilterSelect';
import { PageHeader } from '../../components/PageHeader';
import { PagedTable } from '../../components/PagedTable';
import { UrlSearchBox } from '../../components/SearchBox';
import { roleLabel } from '../../components/labels';
import { useUrlPaging } from '../../components/paging';
import { passwordIcon } from '../../components/passwordIcon';

const KIND_LABELS: Record<UserRow['kind'], string> = { staff: '工作人员', person: '自然人', organisation: '法人或其他组织' };

/** Roles from the server, or from src/domain/roles.ts while it loads. */
function useRoleOptions() {
  const roles = useRoles();
  const list: RoleInfo[] = roles.data ?? Object.entries(ROLES).map(([role, r]) => ({ role, name: r.name, permissions: [...r.permissions] }));
  return list.map((r) => ({ value: r.role, label: `${r.name}（${r.role}）` }));
}

interface GrantValue {
  role?: string;
  departmentCode?: string | null;
}

const toGrants = (list: GrantValue[] | undefined): RoleGrant[] =>
  (list ?? []).filter((g): g is GrantValue & { role: string } => !!g.role).map((g) => ({ role: g.role, departmentCode: g.departmentCode ?? null }));

/** Form.List of role grants: role and optional department. */
function RoleGrantsField() {
  const roleOptions = useRoleOptions();
  const departments = useDepartments();
  const departmentOptions = (departments.data ?? []).map((d) => ({ value: d.code, label: d.name }));
  return (
    <Form.List
      name="roles"
      rules={[{ validator: async (_, list?: GrantValue[]) => (toGrants(list).length > 0 ? undefined : Promise.reject(new Error('至少分配一个角色'))) }]}
    >
      {(fields, { add, remove }, { errors }) => (
        <div data-testid="user-roles-field">
          {fields.map((f) => (
            <Row key={f.key} gutter={8} style={{ marginBottom: 8 }} wrap={false}>
              <Col flex="1 1 50%">
                <Form.Item name={[f.name, 'role']} rules={[{ required: true, message: '选择角色' }]} style={{ margin: 0 }}>
                  <Select options={roleOptions} placeholder="角色" showSearch={{ optionFilterProp: 'label' }} />
                </Form.Item>
              </Col>
              <Col flex="1 1 50%">
                <Form.Item name={[f.name, 'departmentCode']} style={{ margin: 0 }}>
                  <Select options={departmentOptions} placeholder="所属部门（按部门授权的角色必填）" allowClear showSearch={{ optionFilterProp: 'label' }} />
                </Form.Item>
              </Col>
              <Col flex="none">
                <Button type="text" danger icon={<DeleteOutlined />} onClick={() => remove(f.name)} aria-label="删除角色" />
              </Col>
            </Row>
          ))}
          <Form.ErrorList errors={errors} />
          <Button type="dashed" icon={<PlusOutlined />} onClick={() => add({ role: undefined, departmentCode: null })}>
            添加角色
          </Button>
        </div>
      )}
    </Form.List>
  );
}

interface CreateValues {
  username: string;
  displayName: string;
  password: string;
  phone?: string;
  roles: GrantValue[];
}

/** A change to users: on success a message and the user list read again, then `after`; field errors go onto `form`. */
function useUserMutation<V>(mutationFn: (v: V) => Promise<unknown>, done: string, { form, after }: { form?: FormInstance; after?: () => void } = {}) {
  const showError = useApiError();
  const client = useQueryClient();
  const { message } = App.useApp();
  return useMutation({
    mutationFn,
    onSuccess: async () => {
      message.success(done);
      await client.invalidateQueries({ queryKey: ['users'] });
      after?.();
    },
    onError: (e) => showError(e, form),
  });
}

function CreateUserModal({ open, onClose }: { open: boolean; onClose: () => void }) {
  const [form] = Form.useForm<CreateValues>();
  const create = useUserMutation(
    (v: CreateValues) => {
      const body: CreateUserBody = { username: v.username.trim(), displayName: v.displayName.trim(), password: v.password, roles: toGrants(v.roles) };
      if (v.phone?.trim()) body.phone = v.phone.trim();
      return api.post<UserRow>('/users', body);
    },
    '已创建用户',
    { form, after: onClose },
  );
  return (
    <Modal open={open} title="新建工作人员账号" onCancel={onClose} onOk={() => form.submit()} okText="创建" confirmLoading={create.isPending} destroyOnHidden width={640}>
      <Form<CreateValues> form={form} layout="vertical" onFinish={(v) => create.mutate(v)} preserve={false} initialValues={{ roles: [{ role: undefined, departmentCode: null }] }}>
        <Row gutter={12}>
          <Col xs={24} sm={12}>
            <Form.Item name="username" label="用户名" rules={[{ required: true, pattern: /^[A-Za-z0-9_.-]{3,32}$/, message: '3-32位字母、数字、点、横线或下划线' }]}>
              <Input autoComplete="off" data-testid="user-username" />
            </Form.Item>
          </Col>
          <Col xs={24} sm={12}>
            <Form.Item name="displayName" label="姓名" rules={[{ required: true, whitespace: true, message: '请填写姓名' }]}>
              <Input data-testid="user-display-name" />
            </Form.Item>
          </Col>
          <Col xs={24} sm={12}>
            <Form.Item
              name="password"
              label="初始密码"
              rules={[
                { required: true, message: '请设置初始密码' },
                { min: 8, message: '至少8位' },
                { pattern: /[A-Za-z]/, message: '须包含字母' },
                { pattern: /\d/, message: '须包含数字' },
              ]}
            >
              <Input.Password iconRender={passwordIcon} autoComplete="new-password" data-testid="user-password" />
            </Form.Item>
          </Col>
          <Col xs={24} sm={12}>
            <Form.Item name="phone" label="手机号码">
              <Input />
            </Form.Item>
          </Col>
        </Row>
        <Form.Item label="角色" required>
          <RoleGrantsField />
        </Form.Item>
      </Form>
    </Modal>
  );
}

function EditRolesModal({ user, onClose }: { user: UserRow | null; onClose: () => void }) {
  const [form] = Form.useForm<{ roles: GrantValue[] }>();
  const save = useUserMutation(
    (v: { roles: GrantValue[] }) => api.put<UserRow>(`/users/${encodeURIComponent(user?.id ?? '')}/roles`, { roles: toGrants(v.roles) }),
    '已更新角色',
    { form, after: onClose },
  );
  return (
    <Modal open={user !== null} title={`编辑角色：${user?.displayName ?? ''}`} onCancel={onClose} onOk={() => form.submit()} okText="保存" confirmLoading={save.isPending} destroyOnHidden width={640}>
      {user ? (
        <Form form={form} layout="vertical" onFinish={(v) => save.mutate(v)} preserve={false} initialValues={{ roles: user.roles }}>
          <RoleGrantsField />
        </Form>
      ) : null}
    </Modal>
  );
}

function Users() {
  const paging = useUrlPaging(20);
  const { params, setFilter, page, pageSize } = paging;
  const q = params.get('q') ?? '';
  const role = params.get('role') ?? '';
  const roleOptions = useRoleOptions();
  const orgNames = useOrgNames();
  const [creating, setCreating] = useState(false);
  const [editing, setEditing] = useState<UserRow | null>(null);
  const showError = useApiError();
  const { modal } = App.useApp();
  const users = useQuery({
    queryKey: ['users', { q, role, page, pageSize }],
    queryFn: ({ signal }) => api.get<Page<UserRow>>('/users', { q, role, page, pageSize }, signal),
    placeholderData: keepPreviousData,
  });
  const unlock = useUserMutation((id: string) => api.post<UserRow>(`/users/${encodeURIComponent(id)}/unlock`), '已解锁');
  const reveal = useMutation({
    mutationFn: (u: UserRow) => api.get<{ idNumber: string | null }>(`/users/${encodeURIComponent(u.id)}/id-number`).then((r) => ({ user: u, idNumber: r.idNumber })),
    onSuccess: ({ user, idNumber }) => modal.info({ title: `${user.displayName} 的身份证号`, content: <Typography.Text copyable>{idNumber ?? '（无）'}</Typography.Text> }),
    onError: (e) => showError(e),
  });
  const columns: TableColumnsType<UserRow> = [
    { title: '用户名', dataIndex: 'username', width: 140 },
    { title: '姓名/名称', dataIndex: 'displayName', width: 160 },
    { title: '类型', dataIndex: 'kind', width: 110, render: (k: UserRow['kind']) => KIND_LABELS[k] },
    {
      title: '角色',
      dataIndex: 'roles',
      render: (roles: RoleGrant[]) =>
        roles.length ? (
          <Space size={[4, 4]} wrap>
            {roles.map((r, i) => (
              <Tag key={i} color="blue">
                {roleLabel(r.role)}
                {r.departmentCode ? ` · ${orgNames.department(r.departmentCode)}` : ''}
              </Tag>
            ))}
          </Space>
        ) : (
          '—'
        ),
    },
    {
      title: '身份证号',
      dataIndex: 'idNumber',
      width: 220,
      render: (v: string | null, u) =>
        v ? (
          <Space size={4}>
            <span>{v}</span>
            <Popconfirm title="查看完整身份证号？" description="查看将记入审计日志。" onConfirm={() => reveal.mutate(u)} okText="查看" cancelText="取消">
              <Button type="link" size="small" data-testid="user-reveal-id">
                查看
              </Button>
            </Popconfirm>
          </Space>
        ) : (
          '—'
        ),
    },
    { title: '手机号码', dataIndex: 'phone', width: 130, render: (v: string | null) => v ?? '—' },
    { title: '状态', dataIndex: 'locked', width: 80, render: (locked: boolean) => (locked ? <Tag color="red">已锁定</Tag> : <Tag color="green">正常</Tag>) },
    {
      title: '操作',
      key: 'ops',
      width: 160,
      render: (_, u) => (
        <Space size={4}>
          <Button type="link" size="small" onClick={() => setEditing(u)} data-testid="user-edit-roles">
            编辑角色
          </Button>
          {u.locked ? (
            <Popconfirm title={`解锁 ${u.displayName}？`} onConfirm={() => unlock.mutate(u.id)} okText="解锁" cancelText="取消">
              <Button type="link" size="small" icon={<UnlockOutlined />} data-testid="user-unlock">
                解锁
              </Button>
            </Popconfirm>
          ) : null}
        </Space>
      ),
    },
  ];

  return (
    <>
      <Row gutter={[12, 12]} style={{ marginBottom: 16 }} align="middle">
        <Col xs={24} md={8}>
          <UrlSearchBox paging={paging} placeholder="用户名或姓名" testId="users-search" />
        </Col>
        <Col xs={24} md={8}>
          <FilterSelect label="按角色筛选" value={role} options={roleOptions} onChange={(v) => setFilter('role', v)} />
        </Col>
        <Col flex="auto" style={{ textAlign: 'right' }}>
          <Button type="primary" icon={<PlusOutlined />} onClick={() => setCreating(true)} data-testid="user-create">
            新建工作人员
          </Button>
        </Col>
      </Row>
      <PagedTable<UserRow> rowKey="id" columns={columns} list={users} paging={paging} totalText={(t) => `共 ${t} 个用户`} scroll={{ x: 1200 }} testId="users-table" />
      <CreateUserModal open={creating} onClose={() => setCreating(false)} />
      <EditRolesModal user={editing} onClose={() => setEditing(null)} />
    </>
  );
}

function Roles() {
  const roles = useRoles();
  if (roles.error) return <ErrorAlert error={roles.error} />;
  return (
    <Table<RoleInfo>
      rowKey="role"
      loading={roles.isPending}
      dataSource={roles.data ?? []}
      pagination={false}
      data-testid="roles-table"
      columns={[
        { title: '角色', dataIndex: 'name', width: 180 },
        { title: '代码', dataIndex: 'role', width: 180, render: (r: string) => <Typography.Text code>{r}</Typography.Text> },
        {
          title: '权限',
          dataIndex: 'permissions',
          render: (ps: string[]) => (
            <Space size={[4, 4]} wrap>
              {ps.map((p) => (
                <Tag key={p}>{p}</Tag>
              ))}
            </Space>
          ),
        },
      ]}
    />
  );
}

/** `/admin/users`. */
export default function UsersPage() {
  return (
    <div>
      <PageHeader title="用户与角色" />
      <Tabs
        items={[
          { key: 'users', label: '用户', children: <Users /> },
          { key: 'roles', label: '角色与权限', children: <Roles /> },
        ]}
      />
    </div>
  );
}
