// A compact CSL 1.0 style for Pactdiff's dataset references, rendered by citeproc-js through citation-js:
//   Pactdiff (2026). Title (Version d24017fcbe08) [Data set]. Pactdiff catalogue of cyber agreements.
//   Pactdiff. https://…?v=d24017fcbe08 (accessed 2026-11-27).
// Why not the bundled APA style: citeproc builds APA 7's style tree at about 90 MB of heap per locale, in
// every server process, for one reference a page; this style costs about 1 MB and keeps what APA keeps for
// a dataset (author, year, title, version, type, publisher, URL) plus the access date a living catalogue needs.
export const PACTDIFF_CSL = `<?xml version="1.0" encoding="utf-8"?>
<style xmlns="http://purl.org/net/xbiblio/csl" class="in-text" version="1.0" default-locale="en-US">
  <info>
    <title>Pactdiff dataset reference</title>
    <id>https://pactdiff.example/csl/pactdiff</id>
    <updated>2026-11-27T00:00:00+00:00</updated>
  </info>
  <citation>
    <layout><names variable="author"><name/></names><date variable="issued" prefix=" " ><date-part name="year"/></date></layout>
  </citation>
  <bibliography>
    <layout suffix=".">
      <group delimiter=". ">
        <group delimiter=" ">
          <names variable="author"><name/></names>
          <date variable="issued" prefix="(" suffix=")"><date-part name="year"/></date>
        </group>
        <group delimiter=" ">
          <text variable="title"/>
          <text variable="version" prefix="(Version " suffix=")"/>
          <text value="[Data set]"/>
        </group>
        <text variable="container-title"/>
        <text variable="publisher"/>
        <group delimiter=" ">
          <text variable="URL"/>
          <date variable="accessed" prefix="(accessed " suffix=")" delimiter="-">
            <date-part name="year"/>
            <date-part name="month" form="numeric-leading-zeros"/>
            <date-part name="day" form="numeric-leading-zeros"/>
          </date>
        </group>
      </group>
    </layout>
  </bibliography>
</style>
`;
