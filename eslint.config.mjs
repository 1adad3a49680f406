import nextVitals from "eslint-config-next/core-web-vitals";
import nextTs from "eslint-config-next/typescript";

const config = [
  ...nextVitals,
  ...nextTs,
  { ignores: [".next/**", ".next-*/**", "screenshots/**", "test/.tmp/**", "e2e/.tmp/**", "node_modules/**", "test-results/**", "playwright-report/**", "next-env.d.ts", "data/**", "tmp-check/**", "bench/results/**"] },
];

export default config;
