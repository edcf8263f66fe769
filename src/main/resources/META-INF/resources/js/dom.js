// Builds DOM nodes from text only: whatever a candidate typed or a model wrote goes in as textContent, never as HTML.

export function el(tag, className, text) {
  const node = document.createElement(tag);
  if (className) node.className = className;
  if (text !== undefined && text !== null) node.textContent = String(text);
  return node;
}

export function append(parent, ...children) {
  for (const child of children) if (child) parent.append(child);
  return parent;
}

/** Shows a problem+json body (or any error) in an alert region. */
export function showProblem(region, error) {
  const problem = (error && error.problem) || { title: 'Something went wrong', detail: (error && error.message) || '' };
  region.replaceChildren(el('strong', null, problem.title), document.createTextNode(problem.detail ? ' ' + problem.detail : ''));
  region.hidden = false;
}

export function clearProblem(region) {
  region.hidden = true;
  region.replaceChildren();
}

/** m:ss or h:mm:ss. */
export function clock(ms) {
  const total = Math.max(0, Math.floor(ms / 1000));
  const h = Math.floor(total / 3600);
  const m = Math.floor((total % 3600) / 60);
  const s = String(total % 60).padStart(2, '0');
  return h > 0 ? `${h}:${String(m).padStart(2, '0')}:${s}` : `${m}:${s}`;
}

export function band(score) {
  return score >= 3.5 ? 'strong' : score >= 2 ? 'partial' : 'weak';
}
