// Draws the post-training map as SVG: stages left to right, topics under their parents, and the path the interview took.
const SVG = 'http://www.w3.org/2000/svg';
const COLUMN = 196;
const NODE_WIDTH = 176;
const ROW = 30;
const NODE_HEIGHT = 22;
const TOP = 48;
const INDENT = 8;

function svg(tag, attributes, text) {
  const node = document.createElementNS(SVG, tag);
  for (const [name, value] of Object.entries(attributes || {})) node.setAttribute(name, String(value));
  if (text !== undefined) node.textContent = text;
  return node;
}

/** "Group Relative Policy Optimization (GRPO)" reads as "GRPO"; long titles are cut at their first clause. */
export function shortTitle(title) {
  const acronym = /\(([^)]{2,12})\)\s*$/.exec(title);
  if (acronym) return acronym[1];
  const clause = title.split(/[:,]/)[0].trim();
  return clause.length > 27 ? clause.slice(0, 26).trimEnd() + '…' : clause;
}

/** The moves that led to each turn, in order: the path. */
export function movesOf(turns) {
  return turns.map(t => t.move).filter(Boolean);
}

/** The topics visited, in order, as text: "GRPO → PPO → Advantage estimation and GAE". */
export function pathSummary(topicMap, moves) {
  const titles = new Map(topicMap.topics.map(t => [t.id, shortTitle(t.title)]));
  const visits = [];
  for (const move of moves) {
    if (move.to && visits[visits.length - 1] !== move.to) visits.push(move.to);
  }
  return visits.map(id => titles.get(id) || id).join(' → ');
}

function layout(topicMap) {
  const positions = new Map();
  let rows = 0;
  topicMap.stages.forEach((stage, column) => {
    const inStage = topicMap.topics.filter(t => t.stage === stage.id);
    const ids = new Set(inStage.map(t => t.id));
    const byId = new Map(inStage.map(t => [t.id, t]));
    const ordered = [];
    const visit = (topic, depth) => {
      if (ordered.some(o => o.topic === topic)) return;
      ordered.push({ topic, depth });
      for (const child of topic.children || []) if (ids.has(child)) visit(byId.get(child), depth + 1);
    };
    inStage.filter(t => !t.parent || !ids.has(t.parent)).forEach(t => visit(t, 0));
    inStage.forEach(t => visit(t, 0));
    ordered.forEach(({ topic, depth }, row) => {
      const indent = Math.min(depth, 2) * INDENT;
      positions.set(topic.id, { x: 10 + column * COLUMN + indent, y: TOP + row * ROW, width: NODE_WIDTH - indent, column, topic });
    });
    rows = Math.max(rows, ordered.length);
  });
  return { positions, height: TOP + rows * ROW + 8, width: 20 + topicMap.stages.length * COLUMN };
}

function stageTitle(text, x) {
  const words = text.toUpperCase().split(' ');
  const lines = [''];
  for (const word of words) {
    const line = lines[lines.length - 1];
    if (line && (line + ' ' + word).length > 22 && lines.length < 2) lines.push(word);
    else lines[lines.length - 1] = line ? line + ' ' + word : word;
  }
  const title = svg('text', { x, y: lines.length === 1 ? 26 : 18, class: 'stage-title' });
  lines.forEach((line, i) => title.append(svg('tspan', { x, dy: i === 0 ? 0 : 13 }, line)));
  return title;
}

function edgeKind(type) {
  return type === 'zoom-in' || type === 'zoom-out' ? type : 'lateral';
}

function edge(from, to, kind) {
  const fy = from.y + NODE_HEIGHT / 2;
  const ty = to.y + NODE_HEIGHT / 2;
  let d;
  if (from.column === to.column) {
    const x = from.x + from.width;
    const tx = to.x + to.width;
    const bulge = Math.max(x, tx) + 14 + Math.min(30, Math.abs(ty - fy) / 6);
    d = `M${x},${fy} C${bulge},${fy} ${bulge},${ty} ${tx + 4},${ty}`;
  } else {
    const forward = to.column > from.column;
    const x = forward ? from.x + from.width : from.x;
    const tx = forward ? to.x - 4 : to.x + to.width + 4;
    const mid = (x + tx) / 2;
    d = `M${x},${fy} C${mid},${fy} ${mid},${ty} ${tx},${ty}`;
  }
  return svg('path', { d, class: `edge ${kind}`, 'marker-end': `url(#arrow-${kind})` });
}

/** Renders the map into container: every topic, the visited ones marked in order, the current one highlighted. */
export function renderMap(container, topicMap, moves, currentTopic) {
  const { positions, height, width } = layout(topicMap);
  const root = svg('svg', { viewBox: `0 0 ${width} ${height}`, 'aria-hidden': 'true', focusable: 'false' });
  const defs = svg('defs');
  for (const kind of ['zoom-in', 'zoom-out', 'lateral']) {
    const marker = svg('marker', { id: `arrow-${kind}`, viewBox: '0 0 10 10', refX: 8, refY: 5, markerWidth: 7, markerHeight: 7, orient: 'auto-start-reverse' });
    marker.append(svg('path', { d: 'M0,0 L10,5 L0,10 z', class: `arrow-${kind}` }));
    defs.append(marker);
  }
  root.append(defs);

  topicMap.stages.forEach((stage, column) => {
    if (column % 2 === 1) root.append(svg('rect', { x: 2 + column * COLUMN, y: 0, width: COLUMN, height, class: 'stage-band', rx: 8 }));
    root.append(stageTitle(stage.title, 10 + column * COLUMN));
  });

  const order = new Map();
  for (const move of moves) if (move.to && !order.has(move.to)) order.set(move.to, order.size + 1);

  for (const move of moves) {
    const from = positions.get(move.from);
    const to = positions.get(move.to);
    if (from && to && move.from !== move.to) root.append(edge(from, to, edgeKind(move.type)));
  }
  for (const [id, p] of positions) {
    const state = id === currentTopic ? 'current' : order.has(id) ? 'visited' : '';
    const node = svg('g', { class: `node ${state}`.trim(), 'data-topic': id });
    node.append(svg('title', {}, p.topic.title));
    node.append(svg('rect', { x: p.x, y: p.y, width: p.width, height: NODE_HEIGHT, rx: 6 }));
    const label = shortTitle(p.topic.title);
    const room = order.has(id) ? 18 : 0;
    const fits = Math.floor((p.width - 14 - room) / (state ? 7.2 : 6.4));
    node.append(svg('text', { x: p.x + 8, y: p.y + 15 }, label.length > fits ? label.slice(0, fits - 1) + '…' : label));
    if (order.has(id)) node.append(svg('text', { x: p.x + p.width - 8, y: p.y + 15, 'text-anchor': 'end', class: 'step' }, String(order.get(id))));
    root.append(node);
  }

  container.replaceChildren(root);
}
