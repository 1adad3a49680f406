// Reads the API's OpenAPI description as a client would, for the tests that hold it to the routes
// (lib/api/openapi.test.ts on the route handlers, e2e/api.spec.ts on a running server): the address of each
// documented GET filled with its examples, and whether a JSON body has exactly the top-level fields documented.
type Node = { [key: string]: unknown };

const isNode = (value: unknown): value is Node => typeof value === "object" && value !== null && !Array.isArray(value);

/** The node a `$ref` points at within the document (followed until it is no reference). */
export function resolved(doc: Node, node: unknown): Node {
  let at = node;
  while (isNode(at) && typeof at.$ref === "string") {
    at = at.$ref
      .replace(/^#\//, "")
      .split("/")
      .reduce<unknown>((parent, key) => (isNode(parent) ? parent[key] : undefined), doc);
  }
  if (!isNode(at)) throw new Error(`not an object in the description: ${JSON.stringify(node)}`);
  return at;
}

export type Parameter = { name: string; in: "path" | "query"; required?: boolean; example?: string };

export type ExampleCall = {
  /** The documented path, such as /api/v1/agreements/{slug}. */
  template: string;
  /** The path filled with its examples, with the required query parameters' examples. */
  url: string;
  /** The example of each path parameter, in order. */
  pathValues: string[];
  parameters: Parameter[];
  /** The media types of its 200, and the schema of its JSON body (null: none is JSON). */
  media: string[];
  schema: Node | null;
};

/** Every documented GET, filled with the examples of its path parameters and required query parameters. */
export function exampleCalls(doc: Node): ExampleCall[] {
  return Object.entries(resolved(doc, doc.paths)).map(([template, item]) => {
    const operation = resolved(doc, resolved(doc, item).get);
    const parameters = (operation.parameters as unknown[]).map((p) => resolved(doc, p) as unknown as Parameter);
    const example = (name: string) => String(parameters.find((p) => p.name === name)?.example ?? "");
    const pathValues: string[] = [];
    const path = template.replace(/\{(\w+)\}/g, (_, name: string) => {
      pathValues.push(example(name));
      return encodeURIComponent(example(name));
    });
    const query = new URLSearchParams(parameters.filter((p) => p.in === "query" && p.required).map((p) => [p.name, example(p.name)]));
    const content = resolved(doc, resolved(doc, resolved(doc, operation.responses)["200"]).content);
    const json = content["application/json"];
    return {
      template,
      url: query.size > 0 ? `${path}?${query}` : path,
      pathValues,
      parameters,
      media: Object.keys(content),
      schema: json ? resolved(doc, resolved(doc, json).schema) : null,
    };
  });
}

/** What differs between a JSON body's top-level fields and a schema's: required ones missing, undocumented ones. */
export function fieldProblems(schema: Node, body: unknown): string[] {
  if (schema.type === "array") return Array.isArray(body) ? [] : ["not an array"];
  if (!isNode(body)) return ["not an object"];
  const properties = isNode(schema.properties) ? schema.properties : {};
  const required = Array.isArray(schema.required) ? (schema.required as string[]) : [];
  return [
    ...required.filter((name) => !(name in body)).map((name) => `missing ${name}`),
    ...Object.keys(body)
      .filter((name) => !(name in properties))
      .map((name) => `undocumented ${name}`),
  ];
}

/** The media type of a Content-Type header, without its parameters. */
export const mediaOf = (contentType: string | null | undefined): string => (contentType ?? "").split(";")[0]?.trim() ?? "";
