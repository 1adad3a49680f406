import "server-only";
import { sharedPrismaClient, type PrismaClient } from "../runtime/prisma-client";

// The app's Prisma client: the one the server process shares (lib/runtime/prisma-client.ts).
export const db: PrismaClient = sharedPrismaClient();
