// Minimal types for the Frictionless Data JavaScript libraries used by the tests (they ship none).
declare module "datapackage" {
  export class Resource {
    name: string;
    descriptor: Record<string, unknown>;
    read(options?: { keyed?: boolean; cast?: boolean; relations?: boolean }): Promise<Record<string, unknown>[]>;
    checkRelations(): Promise<boolean>;
  }
  export class Package {
    static load(descriptor: string | object, options?: { basePath?: string; strict?: boolean }): Promise<Package>;
    valid: boolean;
    errors: Error[];
    resources: Resource[];
    descriptor: Record<string, unknown>;
  }
  const datapackage: { Package: typeof Package; Resource: typeof Resource };
  export default datapackage;
}
declare module "tableschema" {
  export class Table {
    static load(source: string, options?: { schema?: object; headers?: number; delimiter?: string; quote?: string }): Promise<Table>;
    headers: string[];
    read(options?: { keyed?: boolean; cast?: boolean }): Promise<Record<string, unknown>[]>;
  }
  export class Schema {
    static load(descriptor: object, options?: { strict?: boolean }): Promise<Schema>;
    valid: boolean;
    errors: Error[];
  }
  const tableschema: { Table: typeof Table; Schema: typeof Schema };
  export default tableschema;
}
