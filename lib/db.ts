import "server-only";
import { createPrismaClient, type PrismaClient } from "./prisma-client";

// One client per server process; kept on globalThis so dev hot reloads don't open a new one each time.
const globalForPrisma = globalThis as unknown as { pactdiffPrisma?: PrismaClient };

export const db: PrismaClient = globalForPrisma.pactdiffPrisma ?? createPrismaClient();

if (process.env.NODE_ENV !== "production") globalForPrisma.pactdiffPrisma = db;
