/**
 * Where a not-stationed item (不划转不进驻) is applied for: the owning agency's office, its
 * address, hours and phone. Such items are neither applied for online nor in the hall.
 */
import { Alert, Descriptions } from 'antd';
import { PhoneOutlined } from '@ant-design/icons';
import type { CSSProperties } from 'react';
import type { Office } from '../../domain/catalog-terms';

/** `title` replaces the not-stationed sentence (the guide's referrals for matters the bureau does not handle). */
export function WhereToGo({ item, style, title, testId = 'where-to-go' }: { item: Office; style?: CSSProperties; title?: string; testId?: string }) {
  return (
    <Alert
      type="info"
      showIcon
      style={style}
      data-testid={testId}
      title={title ?? `该事项不进驻政务服务中心，不能网上申请或在大厅取号，请到${item.officeName}办理`}
      description={
        <Descriptions
          size="small"
          column={1}
          items={[
            { key: 'office', label: '办理机构', children: <span data-testid="where-to-go-office">{item.officeName}</span> },
            { key: 'address', label: '办公地址', children: <span data-testid="where-to-go-address">{item.officeAddress}</span> },
            { key: 'hours', label: '办公时间', children: <span data-testid="where-to-go-hours">{item.officeHours}</span> },
            {
              key: 'phone',
              label: '联系电话',
              children: (
                <a href={`tel:${item.officePhone}`} data-testid="where-to-go-phone">
                  <PhoneOutlined aria-hidden /> {item.officePhone}
                </a>
              ),
            },
          ]}
        />
      }
    />
  );
}
