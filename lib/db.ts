import "server-only";
import { sharedPrismaClient, type PrismaClient } from "./prisma-client";

// The app's Prisma client: the one the server process shares (lib/prisma-client.ts).
export const db: PrismaClient = sharedPrismaClient();
