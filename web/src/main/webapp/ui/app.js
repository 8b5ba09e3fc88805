// The risk console: sign-in, then one page per view; every figure comes from the REST API.
import * as api from './api.js';
import { ContagionGraph } from './graph.js';
import { lineChart, barChart } from './chart.js';

const $ = id => document.getElementById(id);
const usd = value => value == null || value === undefined ? '—'
  : Number(value).toLocaleString('en-US', { maximumFractionDigits: 0 });
const decimal = (value, digits = 4) => value == null || value === undefined ? '—'
  : Number(value).toLocaleString('en-US', { maximumFractionDigits: digits });
const percent = value => value == null || value === undefined ? '—' : `${(value * 100).toFixed(1)}%`;
const time = iso => iso ? new Date(iso).toLocaleTimeString() : '';

function row(cells, options = {}) {
  const tr = document.createElement('tr');
  if (options.className) tr.className = options.className;
  if (options.onClick) { tr.classList.add('clickable'); tr.addEventListener('click', options.onClick); }
  for (const cell of cells) {
    const td = document.createElement('td');
    if (cell instanceof Node) td.appendChild(cell);
    else td.textContent = cell ?? '—';
    if (typeof cell === 'number' || /^-?[\d,.]+%?$/.test(String(cell ?? ''))) td.className = 'num';
    tr.appendChild(td);
  }
  return tr;
}

function fill(tableId, rows) {
  $(tableId).querySelector('tbody').replaceChildren(...rows);
}

function html(tag, text, className) {
  const node = document.createElement(tag);
  if (text !== undefined) node.textContent = text;
  if (className) node.className = className;
  return node;
}

/** A select's options, each value its own label. */
function options(values) {
  return values.map(value => {
    const option = document.createElement('option');
    option.value = option.textContent = value;
    return option;
  });
}

function stateCell(state) {
  return html('span', state, `state-${state}`);
}

// ---- sign-in -------------------------------------------------------------------------------------------------

let me = null;

async function start() {
  if (!api.signedIn()) return;
  try {
    me = await api.get('/me');
  } catch (error) {
    api.signOut();
    $('login-error').textContent = error.status === 401 ? 'Wrong user or password.' : error.message;
    return;
  }
  $('login').hidden = true;
  $('who').hidden = false;
  $('who-name').textContent = `${me.name} (${me.roles.join(', ')})`;
  if (!me.roles.includes('risk-officer') && !me.roles.includes('admin')) {
    $('forbidden').hidden = false;
    return;
  }
  $('console').hidden = false;
  document.querySelectorAll('.admin-only').forEach(e => { e.hidden = !me.roles.includes('admin'); });
  show('graph');
  startLive();
}

$('login-form').addEventListener('submit', event => {
  event.preventDefault();
  $('login-error').textContent = '';
  api.signIn($('login-user').value, $('login-password').value);
  start();
});
$('sign-out').addEventListener('click', () => { api.signOut(); location.reload(); });
// the form works only through this script: enable it once the handler is in place
$('login-submit').disabled = false;

// ---- pages ---------------------------------------------------------------------------------------------------

const loaders = {};
document.querySelectorAll('#tabs button').forEach(button =>
  button.addEventListener('click', () => show(button.dataset.page)));

function show(page) {
  document.querySelectorAll('#tabs button').forEach(b => b.classList.toggle('active', b.dataset.page === page));
  document.querySelectorAll('.page').forEach(p => { p.hidden = p.id !== `page-${page}`; });
  $('page-error').textContent = '';
  guarded(loaders[page]?.());
}

/** Shows a failed request on the page instead of leaving it blank. */
function guarded(promise) {
  promise?.catch(error => { $('page-error').textContent = `Could not load: ${error.message}`; });
}

// ---- background jobs -----------------------------------------------------------------------------------------

/** Starts a risk-graph run in the background and polls it to the end, reporting its progress (0 to 1). */
async function runJob(request, onProgress = () => {}) {
  let job = await api.post('/risk-graph/jobs', request);
  while (job.state === 'RUNNING') {
    onProgress(job.progress);
    await new Promise(resolve => setTimeout(resolve, 200));
    job = await api.get(`/risk-graph/jobs/${job.id}`);
  }
  onProgress(job.progress);
  if (job.state !== 'DONE') throw new Error(job.error || job.state);
  return job.result;
}

// ---- contagion graph -----------------------------------------------------------------------------------------

let thresholds = null;
let buffers = null;
const graph = new ContagionGraph($('graph'), showNode);
window.consoleGraph = graph; // lets the browser tests render a synthetic graph of any size

loaders.graph = async () => {
  $('graph-status').textContent = 'loading…';
  thresholds = null; // node details read them afresh after a refresh
  buffers = null;
  const data = await api.get('/risk-graph');
  const kinds = graph.show(data);
  $('kind-filters').replaceChildren(...kinds.map(kind => {
    const label = html('label');
    const box = document.createElement('input');
    box.type = 'checkbox'; box.checked = true; box.value = kind; box.className = 'kind-filter';
    box.addEventListener('change', () => graph.filter(new Set([...document.querySelectorAll('.kind-filter')]
      .filter(b => b.checked).map(b => b.value))));
    label.append(box, ` ${kind}`);
    return label;
  }));
  $('graph-status').textContent = `${data.nodes.length} nodes, ${data.edges.length} exposures`;
  if ($('graph-colour').value === 'debtrank') await colourByDebtRank();
};
$('graph-refresh').addEventListener('click', () => guarded(loaders.graph()));
$('graph-search').addEventListener('input', event => {
  const found = graph.search(event.target.value);
  $('graph-status').textContent = event.target.value ? `${found} found` : '';
});
$('graph-colour').addEventListener('change', () => guarded(colourByDebtRank()));

async function colourByDebtRank() {
  if (!graph.cy) return;
  if ($('graph-colour').value !== 'debtrank') {
    graph.rank(null);
    return;
  }
  // ranking every node costs one DebtRank run per node: a background job, with its progress in the status line
  graph.rank(await runJob({ kind: 'ranking', limit: 10000 },
    progress => { $('graph-status').textContent = `DebtRank ${percent(progress)}`; }));
  $('graph-status').textContent = 'coloured by DebtRank';
}

async function showNode(node, exposures) {
  const panel = $('node-details');
  panel.replaceChildren(html('h3', node.id), html('p', `kind ${node.kind} · equity ${usd(node.equity)} USD · `
    + `external assets ${usd(node.externalAssets)} USD`));
  const list = (title, items, other) => {
    panel.appendChild(html('h4', `${title} (${items.length})`));
    const table = document.createElement('table');
    items.sort((a, b) => b.amount - a.amount).forEach(e => table.appendChild(row([e[other], e.kind, usd(e.amount)])));
    panel.appendChild(table);
  };
  list('Exposures out', exposures.out, 'target');
  list('Exposures in', exposures.in, 'source');
  const facts = html('p', 'DebtRank and threshold…', 'muted');
  panel.appendChild(facts);
  try {
    const rank = await api.get(`/risk-graph/debtrank?node=${encodeURIComponent(node.id)}`);
    let threshold;
    if (node.kind === 'asset') {
      thresholds ??= await api.get('/risk-graph/thresholds');
      const t = thresholds.find(x => x.asset === node.id);
      threshold = t && t.shock != null ? `systemic at a ${percent(t.shock)} fall` : 'no systemic threshold';
    } else {
      buffers ??= await runJob({ kind: 'resilience', limit: 10000 });
      const b = buffers.find(x => x.node === node.id);
      threshold = b && b.absorbableLoss != null
        ? `fails others after losing ${usd(b.absorbableLoss)} USD (drags ${b.dragged})` : 'its failure fails nobody';
    }
    facts.className = '';
    facts.textContent = `DebtRank ${decimal(rank.debtRank)} (loss ${usd(rank.totalLoss)} USD if it fails) · ${threshold}`;
  } catch (error) {
    facts.textContent = error.message;
  }
}

// ---- thresholds ----------------------------------------------------------------------------------------------

loaders.thresholds = async () => {
  const [list, assets, indices] = await Promise.all([api.get('/risk-graph/thresholds'), api.get('/assets'),
    api.get('/oracle/indices')]);
  thresholds = list;
  const priceOf = symbol => {
    const asset = assets.find(a => `asset:${a.symbol}` === symbol);
    return indices.find(i => asset && i.symbol === asset.oracleSymbol)?.price;
  };
  fill('threshold-table', list.map(t => {
    const price = priceOf(t.asset);
    return row([t.asset, decimal(price, 2), t.shock == null ? 'none' : percent(t.shock),
      t.shock == null || price === undefined ? '—' : decimal(price * (1 - t.shock), 2),
      t.near ? 'NEAR' : 'ok'], { className: t.near ? 'near' : '' });
  }));
};

// ---- what-if -------------------------------------------------------------------------------------------------

const whatIfGraph = new ContagionGraph($('whatif-graph'), () => {});
let cascade = null;

loaders.whatif = async () => {
  const data = await api.get('/risk-graph');
  whatIfGraph.show(data);
  window.cy = graph.cy ?? whatIfGraph.cy;
  window.whatIfCy = whatIfGraph.cy;
  $('whatif-asset').replaceChildren(...options(data.nodes.filter(n => n.id.startsWith('asset:')).map(n => n.id)));
  $('whatif-node').replaceChildren(...options(data.nodes.filter(n => !n.id.startsWith('asset:')).map(n => n.id)));
};

$('whatif-form').addEventListener('submit', async event => {
  event.preventDefault();
  const byNode = document.querySelector('input[name="whatif-mode"]:checked').value === 'node';
  const request = byNode ? { kind: 'what-if', node: $('whatif-node').value }
    : { kind: 'what-if', asset: $('whatif-asset').value, shock: Number($('whatif-shock').value) / 100 };
  $('whatif-progress').value = 0;
  $('whatif-state').textContent = 'running…';
  $('whatif-run').disabled = true;
  $('whatif-replay').hidden = true;
  $('whatif-summary').replaceChildren();
  try {
    const result = await runJob(request, progress => { $('whatif-progress').value = progress; });
    $('whatif-state').textContent = 'done';
    showCascade(result);
  } catch (error) {
    $('whatif-state').textContent = error.message;
  } finally {
    $('whatif-run').disabled = false;
  }
});

function showCascade(result) {
  cascade = result;
  const failed = result.failed.length;
  $('whatif-summary').replaceChildren(html('p', `${result.asset}${result.shock ? ` down ${percent(result.shock)}` : ' fails'}: `
    + `${failed} node${failed === 1 ? '' : 's'} fail over ${result.rounds.length} round${result.rounds.length === 1 ? '' : 's'}; `
    + `total loss ${usd(result.totalLoss)} USD of ${usd(result.systemEquity)} USD system equity`));
  const table = document.createElement('table');
  table.id = 'whatif-rounds';
  result.rounds.forEach(r => table.appendChild(row([`round ${r.round}`, r.failed.join(', ') || '—',
    `loss so far ${usd(r.lossSoFar)} USD`])));
  $('whatif-summary').appendChild(table);
  const last = Math.max(0, ...result.rounds.map(r => r.round));
  $('whatif-round').max = last;
  $('whatif-round').value = last;
  $('whatif-replay').hidden = false;
  replay(last);
}

function replay(k) {
  if (!cascade) return;
  whatIfGraph.replayTo(cascade.rounds, k);
  const failedSoFar = cascade.rounds.filter(r => r.round <= k).flatMap(r => r.failed).length;
  $('whatif-round-label').textContent = `after round ${k}: ${failedSoFar} failed`;
}

$('whatif-round').addEventListener('input', event => replay(Number(event.target.value)));
$('whatif-play').addEventListener('click', async () => {
  const last = Number($('whatif-round').max);
  $('whatif-play').disabled = true;
  for (let k = 0; k <= last; k++) {
    $('whatif-round').value = k;
    replay(k);
    await new Promise(resolve => setTimeout(resolve, 700));
  }
  $('whatif-play').disabled = false;
});

// ---- live ----------------------------------------------------------------------------------------------------

const indexRows = new Map();
const indexTimes = new Map();

async function loadIndices() {
  (await api.get('/oracle/indices')).forEach(i => updateIndex(i.symbol, i.price, i.updatedAt));
}

function startLive() {
  api.subscribe('/events', (name, data) => {
    if (name === 'index') updateIndex(data.symbol, data.price, data.at);
    else if (name === 'insurance-fund') $('live-fund').textContent = `${usd(data.valueUsd)} USD`;
    else if (name === 'margin') prepend('live-margin', row([time(new Date().toISOString()), data.accountId,
      stateCell(data.state), data.marginRatio == null ? '—' : decimal(data.marginRatio, 3), usd(data.equityUsd)],
      { className: 'fresh' }));
    else if (name === 'liquidation') prepend('live-liquidations', row([time(data.createdAt), data.accountId,
      data.kind, data.instrumentId, decimal(data.quantity), decimal(data.price), `${decimal(data.amount)} ${data.asset ?? ''}`,
      data.reason], { className: 'fresh' }));
  }, state => {
    $('live-status').textContent = { open: 'live', closed: 'reconnecting…', refused: 'not allowed' }[state];
    // what moved while the stream was down: read it once the stream is back
    if (state === 'open') loadIndices().catch(error => { $('live-status').textContent = error.message; });
  });
}

/** Events may arrive out of order: an older price never replaces a newer one. */
function updateIndex(symbol, price, at) {
  const when = at ? Date.parse(at) : 0;
  if (when < (indexTimes.get(symbol) ?? 0)) return;
  indexTimes.set(symbol, when);
  let tr = indexRows.get(symbol);
  if (!tr) {
    tr = row([symbol, '', '']);
    indexRows.set(symbol, tr);
    $('live-indices').querySelector('tbody').appendChild(tr);
  }
  tr.children[1].textContent = decimal(price, 4);
  tr.children[1].className = 'num';
  tr.children[2].textContent = time(at);
}

function prepend(tableId, tr) {
  const body = $(tableId).querySelector('tbody');
  body.insertBefore(tr, body.firstChild);
  while (body.children.length > 200) body.removeChild(body.lastChild);
}

// ---- accounts ------------------------------------------------------------------------------------------------

loaders.accounts = async () => {
  const accounts = await api.get('/accounts');
  fill('account-table', accounts.filter(a => !a.systemRole).map(a => row([a.id, a.owner, a.marginMethod, a.status],
    { onClick: () => guarded(showAccount(a)) })));
};

let accountShown = 0;

async function showAccount(account) {
  const shown = ++accountShown; // a later click wins over an earlier one still loading
  const detail = $('account-detail');
  detail.replaceChildren(html('h3', `Account ${account.id} · ${account.owner}`), html('p', 'loading…', 'muted'));
  const [positions, margin, balances] = await Promise.all([api.get(`/accounts/${account.id}/positions`),
    api.get(`/accounts/${account.id}/margin`).catch(e => ({ error: e.message })),
    api.get(`/accounts/${account.id}/balances`)]);
  if (shown !== accountShown) return;
  detail.replaceChildren(html('h3', `Account ${account.id} · ${account.owner}`));
  if (margin.error) {
    detail.appendChild(html('p', margin.error, 'error'));
  } else {
    const summary = html('p');
    summary.append(stateCell(margin.state), ` · equity ${usd(margin.equityUsd)} USD · initial ${usd(margin.initialMarginUsd)}`
      + ` · maintenance ${usd(margin.maintenanceUsd)} · ratio ${margin.marginRatio == null ? '—' : decimal(margin.marginRatio, 3)}`
      + ` · method ${margin.method}`);
    summary.id = 'margin-summary';
    detail.appendChild(summary);
    if (margin.underlyings.length) {
      const why = document.createElement('table');
      margin.underlyings.forEach(u => why.appendChild(row([u.underlying, `worst: price ${percent(u.priceMove)}, `
        + `volatility ${percent(u.volatilityMove)}`, `loss ${usd(u.scenarioLossUsd)}`, `contingency ${usd(u.contingencyUsd)}`,
        `maintenance ${usd(u.maintenanceUsd)}`])));
      detail.append(html('h4', 'Why this margin: worst scenario per underlying'), why);
    }
    if (margin.positions.length) {
      const contributions = document.createElement('table');
      contributions.id = 'margin-contributions';
      contributions.appendChild(row(['Instrument', 'Underlying', 'Quantity', 'Value USD', 'Maintenance USD']));
      margin.positions.forEach(p => contributions.appendChild(row([p.instrumentId, p.underlying, decimal(p.quantity),
        usd(p.valueUsd), usd(p.maintenanceUsd)])));
      detail.append(html('h4', 'Each position\'s part of the margin'), contributions);
    }
  }
  detail.appendChild(html('h4', 'Balances'));
  const balanceTable = document.createElement('table');
  balances.forEach(b => balanceTable.appendChild(row([b.asset, decimal(b.amount, 8)])));
  detail.appendChild(balanceTable);
  detail.appendChild(html('h4', 'Positions and Greeks'));
  const table = document.createElement('table');
  table.id = 'position-table';
  table.appendChild(row(['Instrument', 'Type', 'Quantity', 'Mark', 'Measures', 'Liquidation price']));
  positions.filter(p => Number(p.quantity) !== 0).forEach(p => table.appendChild(row([p.instrumentId, p.type,
    decimal(p.quantity), decimal(p.markPrice), Object.entries(p.measures).map(([k, v]) => `${k} ${decimal(v)}`).join(' · '),
    p.crossLiquidationPrice ? decimal(p.crossLiquidationPrice, 2) : '—'])));
  detail.appendChild(table);
  const [assets, indices] = await Promise.all([api.get('/assets'), api.get('/oracle/indices')]);
  const priced = new Set(indices.filter(i => i.price != null && !i.stale).map(i => i.symbol));
  const underlyings = [...new Set([...positions.map(p => p.underlying), ...assets
    .filter(a => balances.some(b => b.asset === a.symbol && Number(b.amount) !== 0)).map(a => a.oracleSymbol)])]
    .filter(u => u && priced.has(u));
  if (!underlyings.length || shown !== accountShown) return;
  const pick = document.createElement('select');
  pick.replaceChildren(...options(underlyings));
  const chart = html('div');
  chart.id = 'margin-profile';
  const draw = async () => {
    const profile = await api.get(`/accounts/${account.id}/margin/profile?underlying=${encodeURIComponent(pick.value)}`);
    const at = key => profile.points.map(p => [p.indexPrice, p[key]]);
    lineChart(chart, [{ name: 'equity', color: '#2f7fbf', points: at('equityUsd') },
      { name: 'initial margin', color: '#e0a526', points: at('initialMarginUsd') },
      { name: 'maintenance margin', color: '#d64545', points: at('maintenanceMarginUsd') }],
    { xLabel: `${profile.underlying} index (USD)`, markX: profile.indexNow });
  };
  pick.addEventListener('change', () => guarded(draw()));
  const label = html('h4', 'Value and margin across price moves of ');
  label.appendChild(pick);
  detail.append(label, chart);
  await draw();
}

// ---- pools ---------------------------------------------------------------------------------------------------

loaders.pools = async () => {
  const pools = await api.get('/pools');
  fill('pool-table', pools.map(p => row([p.id, p.name, p.sponsorAccountId, p.period,
    p.reconciliation.balanced ? 'balanced' : 'NOT balanced'], { onClick: () => guarded(showPool(p)) })));
};

async function showPool(pool) {
  const detail = $('pool-detail');
  detail.replaceChildren(html('h3', `${pool.name}: tranches`), html('p', 'pricing…', 'muted'));
  const pricing = await api.get(`/pools/${pool.id}/pricing`);
  const table = document.createElement('table');
  table.appendChild(row(['Tranche', 'Seniority', 'Balance', 'Note price', 'Expected loss', 'Fair spread', 'Std error']));
  pool.tranches.forEach(t => {
    const p = pricing.find(x => x.name === t.name)?.measures ?? {};
    table.appendChild(row([t.name, t.seniority, decimal(t.balance, 2), decimal(p.price), percent(p.expectedLossShare),
      p.fairSpread === undefined ? '—' : `${(p.fairSpread * 10000).toFixed(0)} bp`, decimal(p.standardError, 6)]));
  });
  detail.replaceChildren(html('h3', `${pool.name}: tranches`), table);
  const pick = document.createElement('select');
  pick.replaceChildren(...options(pool.tranches.map(t => t.name)));
  const chart = html('div');
  chart.id = 'tranche-distribution';
  const draw = () => {
    const measures = pricing.find(x => x.name === pick.value)?.measures ?? {};
    const buckets = Object.keys(measures).filter(k => k.startsWith('lossProbability')).sort();
    barChart(chart, buckets.map(k => {
      const range = k.replace('lossProbability.', '');
      return { label: range === '0' ? 'none' : `${range.replace('-', '–')}%`, value: measures[k] };
    }), { xLabel: `${pick.value}: share of its balance lost over the pool's life` });
  };
  pick.addEventListener('change', draw);
  const label = html('h4', 'Loss distribution of ');
  label.appendChild(pick);
  detail.append(label, chart);
  draw();
}

// ---- instruments and funding ---------------------------------------------------------------------------------

loaders.instruments = async () => {
  const instruments = await api.get('/instruments');
  fill('instrument-table', instruments.map(i => row([i.id, i.type, i.underlying, i.settlementAsset, i.status],
    { onClick: () => guarded(showInstrument(i)) })));
};

async function showInstrument(instrument) {
  const detail = $('instrument-detail');
  detail.replaceChildren(html('h3', `Instrument ${instrument.id} · ${instrument.type}`),
    html('pre', JSON.stringify(instrument.terms, null, 2)));
  if (instrument.type !== 'swap.perpetual') return;
  const funding = await api.get(`/instruments/${instrument.id}/funding`);
  detail.appendChild(html('p', `next funding ${funding.nextFundingAt ?? '—'}; estimated rate `
    + `${funding.next ? percent(Number(funding.next.rate)) : '—'}`));
  const chart = html('div');
  chart.id = 'funding-chart';
  detail.append(html('h4', 'Funding rate history'), chart);
  lineChart(chart, [{ name: 'rate per interval', color: '#2f7fbf',
    points: funding.history.map(f => [new Date(f.fundingAt).getTime(), Number(f.rate)]) }],
  { xLabel: 'funding time', xFormat: x => new Date(x).toLocaleTimeString() });
}

// ---- plugins and configuration -------------------------------------------------------------------------------

loaders.plugins = async () => {
  const plugins = await api.get('/plugins');
  $('plugin-list').replaceChildren(...plugins.map(p => {
    const box = html('div', undefined, 'plugin');
    box.append(html('h3', `${p.displayName} (${p.typeId} ${p.version}, terms v${p.termsVersion})`), html('p', p.help));
    const table = document.createElement('table');
    (p.properties || []).forEach(prop => table.appendChild(row([prop.name, prop.type, prop.defaultValue, prop.help])));
    if (p.properties?.length) box.appendChild(table);
    return box;
  }));
};

loaders.configuration = async () => {
  const [cluster, assets, indices, instruments] = await Promise.all([api.get('/cluster'), api.get('/assets'),
    api.get('/oracle/indices'), api.get('/instruments')]);
  $('config-cluster-summary').textContent = (cluster.clustered ? 'Clustered' : 'Single server') + ': '
    + (cluster.engineNode ? `the clearing engine runs on ${cluster.engineNode}` : 'no node runs the clearing engine now')
    + (cluster.engineSince ? ` (since ${new Date(cluster.engineSince).toLocaleString()})` : '') + '.';
  fill('config-cluster', cluster.members.map(m => row([m, m === cluster.engineNode ? 'runs it' : '',
    m === cluster.node ? 'yes' : ''])));
  fill('config-assets', assets.map(a => row([a.symbol, a.kind, a.decimals, a.collateral ? 'yes' : 'no',
    decimal(a.collateralWeight), a.oracleSymbol])));
  fill('config-oracle', indices.map(i => row([i.symbol, i.stalenessSeconds, i.minQuorum, decimal(i.maxDeviation)])));
  fill('config-instruments', instruments.map(i => row([i.id, i.type, i.shortfallPolicy])));
};

start();
