// Every TypeORM entity of the feature libs: the migration generator diffs them
// against the database. Nest apps load the same entities through forFeature().
export const allEntities: Function[] = [];
