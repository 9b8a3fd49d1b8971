/** The bundled dataset's file, as problems name it; the build reads it from there too (src/cli/default-layout.ts). */
export const DEFAULT_DATASET_FILE = "graph-data/veo-rehabilitation.json";
