import { loadConfig } from '@dondoc/config';
import { createDataSource } from './data-source';

/** The data source the TypeORM command line works on (`npm run migration:generate`). */
export default createDataSource(loadConfig().databaseUrl);
