// `tsx test/reset-db.ts NAME [DIR]`: empties the test database NAME (see test/databases.ts), prints its URL.
import { resetTestDatabase } from "./databases";

const [name, dir] = process.argv.slice(2);
if (!name) {
  console.error("usage: tsx test/reset-db.ts NAME [DIR]");
  process.exit(2);
}
resetTestDatabase(name, dir).then(
  (url) => console.log(url),
  (error: unknown) => {
    console.error(`could not reset test database ${name}: ${error instanceof Error ? error.message : String(error)}`);
    process.exit(1);
  },
);
