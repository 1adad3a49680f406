// The dataset version the unit-test database holds as current (test/global-setup.ts imported the catalogue).
import { getLatestVersion, type DatasetVersionInfo } from "@/lib/data/versions";

export async function currentVersion(): Promise<DatasetVersionInfo> {
  const version = await getLatestVersion();
  if (!version) throw new Error("no dataset version in the unit-test database");
  return version;
}
