import http from 'node:http';
import type { AddressInfo } from 'node:net';
import type { CapturedMail } from './mail-sink';

export interface MailViewer {
  url: string;
  close(): Promise<void>;
}

const escape = (value: string) =>
  value.replace(
    /[&<>"']/g,
    (character) =>
      ({ '&': '&amp;', '<': '&lt;', '>': '&gt;', '"': '&quot;', "'": '&#39;' })[character] ??
      character,
  );

/**
 * Emails are shown as sent, but their HTML is someone else's content: no script runs, nothing
 * loads from the network except images, and forms go nowhere.
 */
const messageCsp =
  "default-src 'none'; style-src 'unsafe-inline'; img-src data: http: https:; sandbox allow-popups allow-popups-to-escape-sandbox";

/**
 * A tiny HTTP viewer for the local mail sink, for `npm start`: `/` lists messages (newest first),
 * `/messages/<id>` shows one as HTML, `/messages/<id>.txt` as text, `/api/messages` as JSON.
 */
export function startMailViewer(messages: () => CapturedMail[], port: number): Promise<MailViewer> {
  const server = http.createServer((request, response) => {
    const path = new URL(request.url ?? '/', 'http://viewer').pathname;
    const send = (
      status: number,
      type: string,
      body: string,
      headers: Record<string, string> = {},
    ) => {
      response.writeHead(status, { 'content-type': `${type}; charset=utf-8`, ...headers });
      response.end(body);
    };
    if (request.method !== 'GET') return send(405, 'text/plain', 'method not allowed');
    if (path === '/') return send(200, 'text/html', listPage(messages()));
    if (path === '/api/messages') {
      const list = messages().map(({ html: _html, text: _text, ...summary }) => summary);
      return send(200, 'application/json', JSON.stringify(list));
    }
    const match = /^\/messages\/(\d+)(\.txt)?$/.exec(path);
    const mail = match && messages().find((candidate) => candidate.id === match[1]);
    if (!mail) return send(404, 'text/plain', 'not found');
    if (match[2] || !mail.html) return send(200, 'text/plain', mail.text);
    return send(200, 'text/html', mail.html, { 'content-security-policy': messageCsp });
  });
  return new Promise((resolve, reject) => {
    server.once('error', reject);
    server.listen(port, '127.0.0.1', () => {
      server.off('error', reject);
      const { port: actual } = server.address() as AddressInfo;
      resolve({
        url: `http://localhost:${actual}`,
        close: () =>
          new Promise<void>((done) => {
            server.closeAllConnections();
            server.close(() => done());
          }),
      });
    });
  });
}

function listPage(mails: CapturedMail[]): string {
  const rows = [...mails]
    .reverse()
    .map(
      (mail) => `<tr>
<td>${escape(mail.receivedAt.toISOString().replace('T', ' ').slice(0, 19))}</td>
<td>${escape(mail.from)}</td>
<td>${escape(mail.envelope.to.join(', '))}</td>
<td><a href="/messages/${mail.id}">${escape(mail.subject || '(no subject)')}</a> · <a href="/messages/${mail.id}.txt">text</a></td>
</tr>`,
    )
    .join('\n');
  return `<!doctype html>
<html lang="en"><head><meta charset="utf-8"><meta http-equiv="refresh" content="5">
<title>Local mail (${mails.length})</title>
<style>body{font-family:system-ui,sans-serif;margin:2rem}table{border-collapse:collapse;width:100%}td,th{text-align:left;padding:.4rem .6rem;border-bottom:1px solid #ddd;font-size:14px}</style>
</head><body>
<h1>Local mail</h1>
<p>Everything the cell workers sent since <code>npm start</code>, newest first. Nothing leaves this machine.</p>
<table><tr><th>Received (UTC)</th><th>From</th><th>To</th><th>Subject</th></tr>
${rows || '<tr><td colspan="4">No mail yet.</td></tr>'}
</table></body></html>
`;
}
