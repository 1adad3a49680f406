import { describe, expect, it } from "vitest";
import { directionOf, textAttributes } from "./direction";

describe("directionOf", () => {
  it("reads Arabic, Hebrew and Persian right to left, with or without a region", () => {
    for (const tag of ["ar", "ar-EG", "he", "fa-IR", "ur"]) expect(directionOf(tag)).toBe("rtl");
  });
  it("reads Latin, Chinese and Cyrillic texts left to right", () => {
    for (const tag of ["en", "fr-CA", "zh-Hans", "ru", "nl"]) expect(directionOf(tag)).toBe("ltr");
  });
  it("follows a script subtag over the language", () => {
    expect(directionOf("az-Arab")).toBe("rtl");
    expect(directionOf("ar-Latn")).toBe("ltr");
  });
  it("gives dir only where it changes something", () => {
    expect(textAttributes("ar")).toEqual({ lang: "ar", dir: "rtl" });
    expect(textAttributes("en")).toEqual({ lang: "en" });
  });
});
