/**
 * Tables of the analytics module (see its migration).
 */

export interface AnalyticsTables {}
