// The console's only way to the server: the REST API with the signed-in user's credentials.
const KEY = 'clearstone.credentials';

export function signIn(user, password) {
  // UTF-8 before base64: btoa alone refuses characters beyond Latin-1
  const bytes = new TextEncoder().encode(`${user}:${password}`);
  sessionStorage.setItem(KEY, btoa(String.fromCharCode(...bytes)));
}

export function signOut() {
  sessionStorage.removeItem(KEY);
}

export function signedIn() {
  return sessionStorage.getItem(KEY) !== null;
}

function headers(extra = {}) {
  // X-Requested-With: the server then leaves out the Basic challenge that would pop up the browser's own login box
  return { Accept: 'application/json, application/problem+json', Authorization: `Basic ${sessionStorage.getItem(KEY)}`,
    'X-Requested-With': 'clearstone-console', ...extra };
}

export class ApiError extends Error {
  constructor(status, problem) {
    super(problem?.detail || problem?.title || `HTTP ${status}`);
    this.status = status;
    this.problem = problem;
  }
}

async function answer(response) {
  const text = await response.text();
  const body = text ? JSON.parse(text) : null;
  if (!response.ok) {
    throw new ApiError(response.status, body);
  }
  return body;
}

export async function get(path) {
  return answer(await fetch(`/api/v1${path}`, { headers: headers() }));
}

export async function post(path, body) {
  return answer(await fetch(`/api/v1${path}`, {
    method: 'POST',
    headers: headers({ 'Content-Type': 'application/json', 'Idempotency-Key': crypto.randomUUID() }),
    body: JSON.stringify(body ?? {}),
  }));
}

/**
 * Server-sent events over fetch: EventSource cannot send an Authorization header. Calls onEvent(name, data) per
 * event, onState('open' | 'closed' | 'refused') as the stream comes and goes, and reconnects after a drop (not after
 * a refusal); returns a function that stops it.
 */
export function subscribe(path, onEvent, onState = () => {}) {
  let stopped = false;
  let controller = null;
  async function connect() {
    controller = new AbortController();
    let reader = null;
    try {
      const response = await fetch(`/api/v1${path}`, {
        headers: { ...headers(), Accept: 'text/event-stream' }, signal: controller.signal });
      if (response.status === 401 || response.status === 403) {
        onState('refused');
        return;
      }
      if (!response.ok) throw new ApiError(response.status, null);
      onState('open');
      reader = response.body.pipeThrough(new TextDecoderStream()).getReader();
      let buffer = '';
      for (;;) {
        const { value, done } = await reader.read();
        if (done) break;
        buffer = (buffer + value).replace(/\r\n?/g, '\n');
        let end;
        while ((end = buffer.indexOf('\n\n')) >= 0) {
          dispatch(buffer.slice(0, end), onEvent);
          buffer = buffer.slice(end + 2);
        }
      }
    } catch (error) {
      // a dropped connection: reconnect below
    } finally {
      reader?.cancel().catch(() => {});
      controller.abort();
    }
    if (stopped) return;
    onState('closed');
    setTimeout(connect, 2000);
  }
  connect();
  return () => { stopped = true; controller?.abort(); };
}

function dispatch(block, onEvent) {
  let name = 'message';
  const data = [];
  for (const line of block.split('\n')) {
    if (line.startsWith('event:')) name = line.slice(6).trim();
    else if (line.startsWith('data:')) data.push(line.slice(5).replace(/^ /, ''));
  }
  if (!data.length) return;
  try {
    onEvent(name, JSON.parse(data.join('\n')));
  } catch (error) {
    console.error('live event not shown', name, error);
  }
}
