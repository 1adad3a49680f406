// What the API answers, as JSON Schema for its OpenAPI description (./openapi.ts): every top-level field each
// route writes (app/api/v1/**, app/api/oembed), typed and described, and no other (the tests compare them with
// live answers, so a field added to a route without a word here fails them). Nested objects are described in
// words rather than spelled out: the site's pages show what they hold.
import { AGAINST, VIEWS } from "../domain/codes";
import { API_ERROR_CODES } from "./errors";

export type Schema = Record<string, unknown>;

const text = (description: string): Schema => ({ type: "string", description });
const address = (description: string): Schema => ({ type: "string", format: "uri", description });
const count = (description: string): Schema => ({ type: "integer", minimum: 0, description });
const yesNo = (description: string): Schema => ({ type: "boolean", description });
const object = (description: string): Schema => ({ type: "object", description });
const list = (description: string, items: Schema = { type: "object" }): Schema => ({ type: "array", description, items });
const orNull = (schema: Schema): Schema => ({ ...schema, type: [schema.type, "null"] });
const oneOf = (values: readonly string[], description: string): Schema => ({ type: "string", enum: [...values], description });

/** An object with these fields, all present but those named optional, and no other. */
function body(description: string, properties: Record<string, Schema>, optional: readonly string[] = []): Schema {
  const required = Object.keys(properties).filter((k) => !optional.includes(k));
  return { type: "object", description, required, properties, additionalProperties: false };
}

/** The fields of every answer pinned to a dataset version. */
const VERSIONED = {
  dataset_version: text("The dataset version answered: 12 hex digits. The same as the X-Dataset-Version header."),
  latest: yesNo("Whether that version is the current one."),
};

const LICENCE_SCHEMA = body("The licence of the catalogue's own coding and notes.", {
  id: text("An SPDX licence id (CC-BY-4.0)."),
  url: address("The licence's text."),
  scope: text("What the licence covers, and what it does not (quoted texts remain their publishers')."),
});

/** The fields of an answer that is also a page of the site: where it is, pinned or not, and how to credit it. */
const PAGE = {
  url: address("The page of the site that shows the same, following the catalogue."),
  pinned_url: address("The same page pinned to this dataset version: what it shows never changes."),
  licence: LICENCE_SCHEMA,
  cite_as: text("One line of attribution, with the pinned address."),
};

/** The table of a download: the CSV's column names and its rows as objects (the same cells as the CSV). */
const TABLE = {
  columns: list("The columns of the CSV download (format=csv), in order.", { type: "string" }),
  table: list("The CSV's rows as objects keyed by column, with provenance and attribution in each."),
};

export const ERROR_SCHEMA = body("Every error the API answers, whatever the route and status.", {
  error: body("What went wrong.", {
    code: oneOf([...API_ERROR_CODES, "gone"], "A stable code: gone is a withdrawn agreement or a retired version."),
    message: text("What went wrong and what to send instead, in plain words."),
  }),
});

/** The JSON bodies of the API's successful answers, by the name the description gives them. */
export const BODIES: Record<string, Schema> = {
  AgreementList: body("The catalogue of one dataset version.", {
    ...VERSIONED,
    licence: LICENCE_SCHEMA,
    data_package: address("The whole version as a Frictionless Data Package (zip)."),
    agreements: list("Each agreement: slug, titles, parties, date, form and the like, with its page (url) and API address (api)."),
  }),
  Agreement: body("One agreement of one dataset version.", {
    ...VERSIONED,
    ...PAGE,
    agreement: object("The agreement: parties, dates, clauses with their texts and sources, scope readings, events and corrections."),
  }),
  Comparison: body("Two to four agreements lined up provision by provision; the first is the base of every diff.", {
    ...VERSIONED,
    view: oneOf(VIEWS, "The view the table (columns, table) is of."),
    ...PAGE,
    agreements: list("The agreements compared, in the order given; base is true for the first."),
    summary: object("The comparison in sentences: what the agreements share, where they differ, how far apart they came."),
    rows: list("One row a provision: its status against the base, and each agreement's cell with its clauses and word diff."),
    scope: list("One row a scope category: each agreement's readings and whether they differ."),
    events: list("The dated events of every agreement, in date order."),
    ...TABLE,
  }),
  Provision: body("Every wording of one provision across the agreements that have it, a page of them.", {
    ...VERSIONED,
    ...PAGE,
    methodology: address("How wordings are compared and what similarity means."),
    provision: object("The provision: key, label and description."),
    reference: orNull(object("The agreement whose wording the others are compared with (against=reference).")),
    against: oneOf(AGAINST, "What each wording is compared with."),
    filters: object("The filters as understood (party, year, form; null: none): a value no wording has is dropped."),
    total: count("Wordings in the catalogue."),
    matching: count("Wordings the filters keep."),
    page: count("This page."),
    pages: count("The last page."),
    wordings: list("The page's wordings in date order, each with its diff, similarity and closest earlier wording."),
    matrix: object("How alike the page's wordings are, each against each."),
    ...TABLE,
  }),
  Versions: body("The catalogue's history, newest first: each time a dataset version became current.", {
    current: orNull(text("The current dataset version (null: none yet).")),
    total: count("Entries in the history."),
    page: count("This page."),
    pages: count("The last page."),
    next: orNull(address("The next page (null on the last).")),
    licence: LICENCE_SCHEMA,
    history: list("Each entry: the version, when it was imported and made current, what changed, where its data package is."),
  }),
  OEmbed: body(
    "An oEmbed 1.0 answer (https://oembed.com): rich for a comparison or provision (the embed code), link for an agreement.",
    {
      version: text("1.0"),
      type: oneOf(["rich", "link"], "rich: an embed to frame; link: a page to link, with its preview image."),
      title: text("What is embedded."),
      provider_name: text("Pactdiff"),
      provider_url: address("This site."),
      author_name: text("Pactdiff"),
      author_url: address("This site."),
      cache_age: count("Seconds the answer may be kept."),
      width: count("Rich: the embed's width in pixels."),
      height: count("Rich: the embed's height in pixels at that width."),
      html: text("Rich: the embed code, pinned to the dataset version unless pinned=0."),
      html_pinned: text("Rich: the embed code pinned to the dataset version (the table never changes under the article)."),
      html_live: orNull(text("Rich: the embed code that follows the catalogue (null when the address was pinned).")),
      focused_row: orNull(text("Rich: the provision key of the row shown (from #provision-key in url), if any.")),
      thumbnail_url: address("The preview image, when it fits maxwidth and maxheight."),
      thumbnail_width: count("Its width in pixels."),
      thumbnail_height: count("Its height in pixels."),
      pinned: yesNo("Whether the answer is pinned to the dataset version."),
      dataset_version: text("The dataset version embedded."),
      license_url: address("The licence."),
    },
    ["width", "height", "html", "html_pinned", "html_live", "focused_row", "thumbnail_url", "thumbnail_width", "thumbnail_height"],
  ),
  OpenApi: body(
    "This description.",
    {
      openapi: text("The OpenAPI version."),
      info: object("What the API is, its licence and contact."),
      jsonSchemaDialect: address("The JSON Schema dialect of the schemas."),
      servers: list("Where the API is served."),
      tags: list("The groups of operations."),
      paths: object("Every address of the API and what it answers."),
      components: object("The parameters, bodies, headers and answers the paths share."),
    },
    ["jsonSchemaDialect", "tags"],
  ),
  CslJson: list("The citation as CSL-JSON: one item.", { type: "object" }),
};
