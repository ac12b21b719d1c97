/**
 * Tables of the assessment module (see its migration).
 */

export interface AssessmentTables {}
