import nextVitals from "eslint-config-next/core-web-vitals";
import nextTs from "eslint-config-next/typescript";
import tseslint from "typescript-eslint";

const config = [
  ...nextVitals,
  ...nextTs,
  // Type-aware rules: what only the types can tell (a promise left floating or passed where a callback's
  // result is ignored, a needless assertion, a template literal that prints [object Object]…).
  ...tseslint.configs.recommendedTypeCheckedOnly.map((c) => ({ ...c, files: ["**/*.ts", "**/*.tsx", "**/*.mts"] })),
  {
    files: ["**/*.ts", "**/*.tsx", "**/*.mts"],
    languageOptions: { parserOptions: { projectService: true, tsconfigRootDir: import.meta.dirname } },
  },
  {
    // Tests read JSON answers (typed any by fetch and Playwright) and stand in for async functions with
    // async arrows that need no await: the unsafe-any and require-await rules are for the product's code.
    files: ["e2e/**", "test/**", "**/*.test.ts", "**/*.test.tsx"],
    rules: {
      "@typescript-eslint/no-unsafe-assignment": "off",
      "@typescript-eslint/no-unsafe-member-access": "off",
      "@typescript-eslint/no-unsafe-call": "off",
      "@typescript-eslint/no-unsafe-argument": "off",
      "@typescript-eslint/no-unsafe-return": "off",
      "@typescript-eslint/require-await": "off",
    },
  },
  {
    ignores: [
      ".next/**",
      ".next-*/**",
      "screenshots/**",
      "test/.tmp/**",
      "e2e/.tmp/**",
      "node_modules/**",
      "test-results/**",
      "playwright-report/**",
      "next-env.d.ts",
      "data/**",
      "tmp-check/**",
      "bench/results/**",
    ],
  },
];

export default config;
