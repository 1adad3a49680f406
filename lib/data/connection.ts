// The end of a process's reads: a worker thread (lib/datapackage/worker.ts) closes the database client its
// reads opened before it answers and ends. A failure to close is of no consequence there, so it is ignored.
import { sharedPrismaClient } from "../runtime/prisma-client";

export async function closeConnection(): Promise<void> {
  await sharedPrismaClient()
    .$disconnect()
    .catch(() => undefined);
}
