import { defineConfig, devices } from "@playwright/test";

const PORT = 3100;

export default defineConfig({
  testDir: "e2e",
  fullyParallel: true,
  workers: 2,
  retries: process.env.CI ? 1 : 0,
  reporter: process.env.CI ? [["list"]] : [["list"], ["html", { open: "never" }]],
  timeout: 45_000,
  expect: { timeout: 10_000 },
  use: {
    baseURL: `http://localhost:${PORT}`,
    trace: "retain-on-failure",
    launchOptions: {
      // Debian's Chromium; Playwright's own browser download cannot be reached from here.
      executablePath: process.env.CHROME_PATH ?? "/usr/bin/chromium",
      args: ["--no-sandbox", "--disable-gpu", "--disable-background-networking", "--disable-component-update", "--no-first-run"],
    },
  },
  projects: [
    {
      name: "chromium",
      use: { ...devices["Desktop Chrome"], channel: undefined },
      testIgnore: /(versions|staging|provenance|front|scale-out|fuzz|load|stop|zips)\.spec\.ts/,
    },
    // Imports a changed catalogue into the running server: runs alone, after the browser tests.
    {
      name: "versions",
      use: { ...devices["Desktop Chrome"], channel: undefined },
      testMatch: /versions\.spec\.ts/,
      dependencies: ["chromium"],
    },
    // Stages, publishes and rolls back a new agreement, renames one, then restores the catalogue: alone.
    {
      name: "staging",
      use: { ...devices["Desktop Chrome"], channel: undefined },
      testMatch: /staging\.spec\.ts/,
      dependencies: ["versions"],
      fullyParallel: false,
      workers: 1,
    },
    // Adds a translated and an unconfirmed test document, then restores the catalogue: alone, after staging.
    {
      name: "provenance",
      use: { ...devices["Desktop Chrome"], channel: undefined },
      testMatch: /provenance\.spec\.ts/,
      dependencies: ["staging"],
    },
    // Hostile-input fuzzing and the 60 s load test: alone, last, so that nothing else shares the cores.
    {
      name: "production",
      testMatch: /(front|scale-out|fuzz|load|stop|zips)\.spec\.ts/,
      dependencies: ["provenance"],
      fullyParallel: false,
      workers: 1,
    },
  ],
  webServer: {
    command: "bash e2e/serve.sh",
    env: { PORT: String(PORT) },
    url: `http://localhost:${PORT}/agreements`,
    timeout: 300_000,
    reuseExistingServer: !process.env.CI,
    stdout: "ignore",
    stderr: "pipe",
  },
});
