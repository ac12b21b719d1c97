/**
 * What the hall's services (queue, appointments, ratings) share: the zones and windows they work
 * in, read once through the organisation, and small helpers of their answers.
 */
import { badRequest, notFound } from '../../platform/errors.js';
import type { OrgService } from '../org/org.service.js';

/** A window of the hall. */
export interface HallWindow {
  id: number;
  zone_code: string;
  number: number;
  name: string;
  comprehensive: boolean;
}

/** Longest list an answer holds. */
export const MAX_LIST = 100;

export const iso = (d: Date | string | null) => (d === null ? null : new Date(d).toISOString());
export const ms = (d: Date | string) => new Date(d).getTime();

/** The hall's zones and windows, read once (they change only when the organisation is loaded). One instance per process. */
export class HallPlaces {
  private org: { zones: Map<string, { name: string }>; windows: Map<number, HallWindow> } | null = null;

  constructor(private readonly orgService: OrgService) {}

  /** Zones in their order, each zone's windows by number. */
  async all() {
    if (this.org) return this.org;
    const zones = (await this.orgService.listZones()).items;
    const org = {
      zones: new Map(zones.map((z) => [z.code, { name: z.name }])),
      windows: new Map(zones.flatMap((z) => z.windows.map((w): [number, HallWindow] => [w.id, { id: w.id, zone_code: z.code, number: w.number, name: w.name, comprehensive: w.comprehensive }]))),
    };
    if (zones.length) this.org = org;
    return org;
  }

  /** A zone's name; 400 naming `zone` when there is no such zone. */
  async zoneName(zone: string): Promise<string> {
    const z = (await this.all()).zones.get(zone);
    if (!z) throw badRequest('HALL.ZONE_UNKNOWN', '服务区不存在', [{ path: 'zone', message: `没有服务区 ${zone}` }]);
    return z.name;
  }

  /** A window; 404 when there is none. */
  async window(windowId: number): Promise<HallWindow> {
    const w = (await this.all()).windows.get(windowId);
    if (!w) throw notFound('HALL.WINDOW_NOT_FOUND', '窗口不存在');
    return w;
  }
}
