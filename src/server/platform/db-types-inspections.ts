/**
 * Tables of the inspections module (see its migration).
 */

export interface InspectionTables {}
