/**
 * Issue 15 item 12: the analytics heat map's tooltip is HTML; a zone name with markup is shown as text.
 */
import { describe, expect, it } from 'vitest';
import { heatmapTooltip } from '../../src/web/features/analytics/analyticsApi.js';

describe('heat map tooltip', () => {
  it('escapes the zone name', () => {
    const html = heatmapTooltip('<img src=x onerror="alert(1)">综合区&', 9, 12.5, 30);
    expect(html).not.toContain('<img');
    expect(html).toContain('&lt;img src=x onerror=&quot;alert(1)&quot;&gt;综合区&amp;');
    expect(html).toContain('9时：平均等候 12.5 分钟（30 人）');
  });
});
