/**
 * Tables of the experts module (see its migration).
 */

export interface ExpertTables {}
