/**
 * Tables of the projects module (see its migration).
 */

export interface ProjectTables {}
