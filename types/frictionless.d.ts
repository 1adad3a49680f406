// Minimal types for datapackage, the Frictionless Data library the tests use (it ships none; tableschema does).
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
