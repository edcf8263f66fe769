// Talks to the deepdive API: JSON with problem+json errors, and the answer stream (SSE) with a plain JSON fallback.

/** A refusal from the API, carrying its RFC 9457 problem. */
export class ApiError extends Error {
  constructor(problem) {
    super(problem.detail || problem.title);
    this.problem = problem;
  }
}

async function problemOf(response) {
  try {
    const problem = await response.json();
    if (problem && (problem.title || problem.detail)) return problem;
  } catch (ignored) { /* not JSON: describe the status instead */ }
  return { status: response.status, title: `The server answered ${response.status}`, detail: 'It did not say why. Try again in a moment.' };
}

async function send(url, init) {
  let response;
  try {
    response = await fetch(url, init);
  } catch (e) {
    throw new ApiError({ title: 'The server is not reachable', detail: 'Check that deepdive is still running, then try again.' });
  }
  if (!response.ok) throw new ApiError(await problemOf(response));
  return response;
}

export async function getJson(url) {
  return (await send(url, { headers: { Accept: 'application/json' } })).json();
}

export async function postJson(url, body) {
  const response = await send(url, {
    method: 'POST',
    headers: { Accept: 'application/json', 'Content-Type': 'application/json' },
    body: body === undefined ? undefined : JSON.stringify(body),
  });
  return response.json();
}

/**
 * POSTs asking for server-sent events and calls handlers[event] for each one but `done`, whose data it returns as
 * {streamed: true, view}. A server that answers in plain JSON yields {streamed: false, view} without any event.
 */
export async function postStream(url, body, handlers) {
  const headers = { Accept: 'text/event-stream, application/json;q=0.9', 'Content-Type': 'application/json' };
  const init = { method: 'POST', headers, body: body === undefined ? undefined : JSON.stringify(body) };
  let response = await fetch(url, init).catch(() => null);
  if (response && response.status === 406) response = null;
  if (!response) response = await send(url, { ...init, headers: { ...headers, Accept: 'application/json' } });
  if (!response.ok) throw new ApiError(await problemOf(response));
  const type = response.headers.get('Content-Type') || '';
  if (!type.includes('text/event-stream')) return { streamed: false, view: await response.json() };
  return { streamed: true, view: await readEvents(response, handlers) };
}

async function readEvents(response, handlers) {
  const reader = response.body.getReader();
  const decoder = new TextDecoder();
  let buffer = '';
  for (;;) {
    const { value, done } = await reader.read();
    buffer += decoder.decode(value || new Uint8Array(), { stream: !done });
    let boundary;
    while ((boundary = /\r?\n\r?\n/.exec(buffer))) {
      const event = parseEvent(buffer.slice(0, boundary.index));
      buffer = buffer.slice(boundary.index + boundary[0].length);
      if (!event) continue;
      if (event.name === 'error') throw new ApiError(event.data || { title: 'The interviewer stumbled', detail: 'Reload the page to continue.' });
      if (event.name === 'done') return event.data;
      if (handlers[event.name]) handlers[event.name](event.data);
    }
    if (done) break;
  }
  throw new ApiError({ title: 'The answer stream ended early', detail: 'The connection closed before the interviewer finished. Reload the page to see where the interview stands.' });
}

function parseEvent(block) {
  let name = 'message';
  const data = [];
  for (const line of block.split(/\r?\n/)) {
    if (line === '' || line.startsWith(':')) continue;
    const colon = line.indexOf(':');
    const field = colon < 0 ? line : line.slice(0, colon);
    let value = colon < 0 ? '' : line.slice(colon + 1);
    if (value.startsWith(' ')) value = value.slice(1);
    if (field === 'event') name = value;
    else if (field === 'data') data.push(value);
  }
  if (data.length === 0) return null;
  const raw = data.join('\n');
  try {
    return { name, data: JSON.parse(raw) };
  } catch (e) {
    return { name, data: raw };
  }
}
