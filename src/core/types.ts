/** Whether smaller ('min') or larger ('max') values of an objective are better. */
export type Sense = 'min' | 'max';

/** Columnar data: one Float64Array per objective, all of the same length; row i is `columns[k][i]`. */
export type Columns = readonly Float64Array[];
