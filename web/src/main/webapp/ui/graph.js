// The contagion graph: the risk graph's nodes and exposures in Cytoscape, sized by exposure, coloured by health or
// DebtRank, edges weighted by amount and styled by kind; filters, search, details on click, cascade replay.
/* global cytoscape */

const EDGE_STYLE = { credit: 'solid', collateral: 'dashed', 'oracle-dependency': 'dotted', insurance: 'solid',
  liquidity: 'dashed' };
const EDGE_COLOUR = { credit: '#5b6b7c', collateral: '#2f7fbf', 'oracle-dependency': '#9a7fd1', insurance: '#3aa17e',
  liquidity: '#c98a2b' };
const LARGE = 400;

function number(value) {
  const parsed = typeof value === 'number' ? value : parseFloat(value);
  return Number.isFinite(parsed) ? parsed : 0;
}

/** Node and edge data from the API's JSON graph, with each node's total exposure in and out. */
export function elements(graph) {
  const exposure = new Map();
  const edges = graph.edges.map((e, i) => {
    const amount = number(e.amount);
    exposure.set(e.source, (exposure.get(e.source) || 0) + amount);
    exposure.set(e.target, (exposure.get(e.target) || 0) + amount);
    return { group: 'edges', data: { id: `e${i}`, source: e.source, target: e.target, kind: e.kind, amount } };
  });
  const nodes = graph.nodes.map(n => {
    const equity = number(n.equity), assets = number(n.externalAssets);
    const kind = n.kind || n.id.split(':')[0];
    return { group: 'nodes', data: { id: n.id, kind, name: n.name || n.id.split(':').slice(1).join(':'), equity,
      externalAssets: assets, exposure: exposure.get(n.id) || 0,
      health: equity <= 0 && kind !== 'asset' && kind !== 'oracle' ? 'distressed'
        : assets > 0 && equity / assets < 0.1 ? 'thin' : 'healthy' } };
  });
  return [...nodes, ...edges];
}

const KIND_ORDER = { platform: 0, insurer: 1, oracle: 2, asset: 3, pool: 4 };
const RING_SIZE = 150;

/**
 * Rings for a large graph, centre outwards: kinds in a fixed order, and within a kind the largest exposures first,
 * at most RING_SIZE nodes a ring, so that thousands of nodes make many small rings instead of one huge circle.
 */
function assignRings(items) {
  const nodes = items.filter(e => e.group === 'nodes');
  nodes.sort((a, b) => (KIND_ORDER[a.data.kind] ?? 9) - (KIND_ORDER[b.data.kind] ?? 9)
    || b.data.exposure - a.data.exposure);
  let ring = -1;
  let kind = null;
  let inRing = RING_SIZE;
  for (const node of nodes) {
    if (node.data.kind !== kind || inRing === RING_SIZE) {
      ring++;
      inRing = 0;
      kind = node.data.kind;
    }
    node.data.ring = ring;
    inRing++;
  }
}

export class ContagionGraph {
  constructor(container, onSelect) {
    this.container = container;
    this.onSelect = onSelect;
    this.cy = null;
  }

  show(graph) {
    const items = elements(graph);
    if (graph.nodes.length > LARGE) assignRings(items);
    const exposures = items.filter(e => e.group === 'nodes').map(e => e.data.exposure);
    const top = Math.max(...exposures, 1);
    const large = graph.nodes.length > LARGE;
    this.cy?.destroy();
    this.cy = cytoscape({
      container: this.container,
      elements: items,
      style: [
        { selector: 'node', style: {
          label: large ? '' : 'data(name)', 'font-size': 9, 'text-valign': 'bottom', 'text-margin-y': 3,
          width: ele => (large ? 6 : 12) + (large ? 14 : 38) * Math.sqrt(ele.data('exposure') / top),
          height: ele => (large ? 6 : 12) + (large ? 14 : 38) * Math.sqrt(ele.data('exposure') / top),
          'background-color': '#3aa17e', 'border-width': 1, 'border-color': '#ffffff' } },
        { selector: 'node[health = "thin"]', style: { 'background-color': '#e0a526' } },
        { selector: 'node[health = "distressed"]', style: { 'background-color': '#d64545' } },
        { selector: 'node[kind = "asset"]', style: { shape: 'round-rectangle', 'background-color': '#2f7fbf' } },
        { selector: 'node[kind = "oracle"]', style: { shape: 'diamond', 'background-color': '#9a7fd1' } },
        { selector: 'node[kind = "pool"]', style: { shape: 'hexagon' } },
        { selector: 'node[kind = "platform"]', style: { shape: 'star' } },
        { selector: 'node.ranked', style: { 'background-color': 'data(rankColour)' } },
        { selector: 'edge', style: {
          width: ele => 0.5 + Math.min(6, Math.log10(1 + ele.data('amount')) / 1.2),
          'line-style': ele => EDGE_STYLE[ele.data('kind')] || 'solid',
          'line-color': ele => EDGE_COLOUR[ele.data('kind')] || '#8a96a3',
          'target-arrow-shape': 'triangle', 'target-arrow-color': ele => EDGE_COLOUR[ele.data('kind')] || '#8a96a3',
          'curve-style': large ? 'haystack' : 'bezier', opacity: large ? 0.15 : 0.75 } },
        { selector: '.hidden', style: { display: 'none' } },
        { selector: '.match', style: { 'border-width': 4, 'border-color': '#111' } },
        { selector: 'node.failed', style: { 'background-color': '#b3122e', 'border-width': 4,
          'border-color': '#ff9f1c' } },
        { selector: ':selected', style: { 'border-width': 4, 'border-color': '#1d2733' } },
      ],
      // a force layout reads best for the demo's dozens of nodes; concentric rings by kind stay readable and
      // fast at thousands
      layout: large
        ? { name: 'concentric', animate: false, avoidOverlap: true, minNodeSpacing: 4,
          concentric: n => -n.data('ring'), levelWidth: () => 1 }
        : { name: 'cose', animate: false, nodeRepulsion: () => 9000, idealEdgeLength: () => 80 },
    });
    this.cy.on('tap', 'node', event => this.onSelect(event.target.data(), this.exposuresOf(event.target)));
    window.cy = this.cy; // the browser tests read the rendered graph from here
    return this.kinds();
  }

  kinds() {
    return [...new Set(this.cy.nodes().map(n => n.data('kind')))].sort();
  }

  exposuresOf(node) {
    const describe = e => ({ kind: e.data('kind'), amount: e.data('amount'), source: e.data('source'),
      target: e.data('target') });
    return { out: node.outgoers('edge').map(describe), in: node.incomers('edge').map(describe) };
  }

  filter(visibleKinds) {
    this.cy.batch(() => this.cy.nodes().forEach(n => n.toggleClass('hidden', !visibleKinds.has(n.data('kind')))));
  }

  search(text) {
    const query = text.trim().toLowerCase();
    this.cy.nodes().removeClass('match');
    if (!query) return 0;
    const found = this.cy.nodes().filter(n => n.id().toLowerCase().includes(query));
    found.addClass('match');
    if (found.length) this.cy.animate({ fit: { eles: found, padding: 80 } }, { duration: 300 });
    return found.length;
  }

  /** Colours nodes by DebtRank (white → red); null clears it. */
  rank(ranking) {
    this.cy.nodes().removeClass('ranked');
    if (!ranking) return;
    const top = Math.max(...ranking.map(r => r.debtRank), 1e-9);
    for (const r of ranking) {
      const node = this.cy.getElementById(r.node);
      if (node.nonempty()) {
        const share = r.debtRank / top;
        node.data('rankColour', `rgb(${Math.round(230 + 25 * share)}, ${Math.round(230 - 180 * share)}, ${Math.round(230 - 180 * share)})`);
        node.addClass('ranked');
      }
    }
  }

  /** Marks the nodes failed up to and including round k of a cascade. */
  replayTo(rounds, k) {
    this.cy.nodes().removeClass('failed');
    rounds.filter(r => r.round <= k).forEach(r => r.failed.forEach(id => this.cy.getElementById(id).addClass('failed')));
  }
}
