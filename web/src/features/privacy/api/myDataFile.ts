/**
 * "Mes données" as ONE file: the readable summary page the API writes, with the complete JSON inside it (a <details> at
 * the end, and a <script type="application/json" id="mes-donnees-json"> a program reads). One HTML file rather than one JSON
 * with a summary string: a person opens it by a double click in any browser, and the data stays machine-readable (GDPR
 * art. 20); and new Teams saves only one download per page load, so two files would lose the second.
 */
export function myDataFile(summaryHtml: string, data: unknown, heading: string): string {
  const json = JSON.stringify(data, null, 2);
  const appendix =
    `<details><summary>${escapeHtml(heading)}</summary><pre>${escapeHtml(json)}</pre></details>\n`
    // "</" cannot end the script early once escaped; JSON.parse reads "<\/" as "</".
    + `<script type="application/json" id="mes-donnees-json">${json.replace(/<\//g, "<\\/")}</script>\n`;
  const end = summaryHtml.lastIndexOf("</body>");
  return end < 0 ? summaryHtml + appendix : summaryHtml.slice(0, end) + appendix + summaryHtml.slice(end);
}

export function escapeHtml(text: string): string {
  return text.replace(/&/g, "&amp;").replace(/</g, "&lt;").replace(/>/g, "&gt;").replace(/"/g, "&quot;");
}

/**
 * Whether this client can save a download at all: the WebView of Teams on phones and tablets (client types android, ios,
 * ipados) saves none. On the web and desktop new Teams saves the first download of a page load and blocks the next ones
 * (MicrosoftDocs/msteams-docs issue 10334: "The first file will be downloaded, but subsequent downloads are blocked").
 */
export function canDownload(clientType: string): boolean {
  return !["android", "ios", "ipados"].includes(clientType);
}
