// The live page of community-sim serve (docs/serve.md). It draws what the Java engine sends; no model runs here.
// Controls post JSON to /api/sessions/<id>/...; frames, state, log lines and the fan arrive as server-sent events.
"use strict";

const live = {
  catalog: null, texts: {}, lang: "en", state: null, id: null, editing: "a", generation: -1,
  series: {}, dots: {}, totals: {}, world: {}, log: [], fan: null, charts: {}, spans: {}, dirty: false, pending: Promise.resolve(),
};
const COLOURS = { r: "#3182ce", n: "#38a169", l: "#a0aec0", k: "#d69e2e", a: "#e53e3e" };
const SIDE_COLOURS = { a: "#2b6cb0", b: "#c05621" };

const $ = (id) => document.getElementById(id);
const t = (key, ...args) => {
  const text = live.texts[key] ?? key;
  return text.replace(/\{(\d+)}/g, (m, i) => (args[i] ?? m));
};

async function api(path, body) {
  const res = await fetch(path, body === undefined ? {} : {
    method: "POST", headers: { "Content-Type": "application/json" }, body: JSON.stringify(body),
  });
  const json = await res.json();
  if (!res.ok) {
    const err = new Error((json.problems || [res.statusText]).join("\n"));
    err.problems = json.problems || [];
    throw err;
  }
  return json;
}

/**
 * Runs a request, showing its refusal beside the control (errId) and clearing it on success. Requests run one after
 * another in the order the user made them: two quick slider steps sent at once could reach the server's thread pool
 * in the other order and leave the earlier value in force while the page shows the later one.
 */
function act(errId, path, body) {
  const next = live.pending.then(() => actNow(errId, path, body));
  live.pending = next.catch(() => null);
  return next;
}

async function actNow(errId, path, body) {
  const box = errId ? $(errId) : null;
  try {
    const state = await api(path, body);
    if (box) box.textContent = "";
    if (state && state.type === "state") applyState(state);
    return state;
  } catch (e) {
    if (box) box.textContent = t("live.error_title") + ": " + e.message;
    else showFailure(e.message);
    return null;
  }
}

function showFailure(message) {
  const f = $("failure");
  f.textContent = message;
  f.hidden = !message;
}

const sessionPath = (what) => `/api/sessions/${live.id}/${what}`;

// ---------------------------------------------------------------- texts and language

async function loadTexts(lang) {
  live.texts = await api(`/api/texts/${lang}`);
  live.lang = lang;
  document.documentElement.lang = live.texts.lang;
  document.querySelectorAll("[data-t]").forEach((el) => { el.textContent = t(el.dataset.t); });
  document.title = t("live.title");
}

async function toggleLanguage() {
  await loadTexts(live.lang === "en" ? "zh" : "en");
  renderLevers();
  renderNumbers();
  renderLog();
  renderMoreSelect();
  buildCharts();
  renderFanStatus();
  renderCaptions();
  renderRate();
}

// ---------------------------------------------------------------- controls from the declarations

function leverValue(path) {
  const side = live.state.sides.find((s) => s.side === live.editing) || live.state.sides[0];
  return side.values[path];
}

/**
 * The upper end another field sets (group.topic must be < population.topics, as its declaration says): that field's
 * value − 1 in the scenario in force on the side being edited; null for a lever without one.
 */
function leverBound(lever) {
  if (!lever.below) return null;
  const v = leverValue(lever.below);
  return typeof v === "number" ? v - 1 : null;
}

function sliderSpan(lever, value) {
  const integer = lever.type === "integer";
  let min = lever.min;
  let max = lever.max;
  const bound = leverBound(lever);
  if (bound !== null) max = max === null || max === undefined ? bound : Math.min(max, bound);
  const wide = (hi) => hi === null || hi === undefined || hi - min > 50 * Math.max(Math.abs(value), 1);
  if (bound === null && wide(max)) {
    // no upper end, or one far beyond the value in use (what the engine can run, not what a strategy uses): the
    // slider spans a multiple of the value in use, within the declared range; the number box takes any allowed value
    const horizon = live.state.sides[0].horizon;
    const base = lever.unit === "day" || lever.unit === "days" ? horizon : Math.max(4 * Math.abs(value), integer ? 10 : 1);
    const known = live.spans[lever.path];
    let span = Math.max(base, known || 0, value);
    if (max !== null && max !== undefined) span = Math.min(span, max);
    live.spans[lever.path] = span;
    max = span;
  }
  const exclusive = lever.range.startsWith("(") || (lever.range.startsWith(">") && !lever.range.startsWith(">="));
  const step = integer ? 1 : niceStep((max - min) / 100);
  if (exclusive) min += step;
  return { min, max, step };
}

function niceStep(x) {
  const p = Math.pow(10, Math.floor(Math.log10(x)));
  const m = x / p;
  return (m < 2 ? 1 : m < 5 ? 2 : 5) * p;
}

function renderLevers() {
  if (!live.catalog || !live.state) return;
  const root = $("levers");
  root.textContent = "";
  let section = null;
  for (const lever of live.catalog.levers) {
    if (lever.section !== section) {
      section = lever.section;
      if (section) {
        const h = document.createElement("h4");
        h.textContent = t("section." + section);
        root.appendChild(h);
      }
    }
    root.appendChild(leverControl(lever));
  }
  const abl = $("ablations");
  abl.textContent = "";
  for (const lever of live.catalog.ablations) {
    const label = document.createElement("label");
    label.className = "toggle";
    label.title = lever.meaning;
    const box = document.createElement("input");
    box.type = "checkbox";
    box.id = "abl-" + lever.path;
    box.checked = leverValue(lever.path) === true;
    box.addEventListener("change", () => setLever(lever.path, box.checked, "err-ablations"));
    label.append(box, " " + t("ablation." + lever.path.split(".").pop()));
    abl.appendChild(label);
  }
  const err = document.createElement("div");
  err.className = "err";
  err.id = "err-ablations";
  abl.appendChild(err);
}

function leverControl(lever) {
  const div = document.createElement("div");
  div.className = "lever";
  div.title = lever.meaning;
  const name = document.createElement("div");
  name.className = "name";
  name.textContent = t("parameter." + lever.path);
  const range = document.createElement("span");
  range.className = "range";
  const unit = lever.unit ? " " + t("unit." + lever.unit.toLowerCase().replace(/[^a-z0-9]+/g, "_")) : "";
  const bound = leverBound(lever);
  const allowed = bound === null ? lever.range : `[${lever.min}, ${bound}]`;
  range.textContent = "  " + (allowed ? t("live.lever_span", allowed) + unit : "")
    + (bound === null ? "" : t("live.lever_below", t("parameter." + lever.below), bound + 1));
  name.appendChild(range);
  div.appendChild(name);
  const row = document.createElement("div");
  row.className = "row";
  const value = leverValue(lever.path);
  const errId = "err-" + lever.path;
  if (bound !== null) div.dataset.bound = bound;
  if (lever.type === "integer" || lever.type === "number") {
    const span = sliderSpan(lever, value);
    const slider = document.createElement("input");
    slider.type = "range";
    slider.id = "lever-" + lever.path;
    slider.dataset.path = lever.path;
    slider.min = span.min; slider.max = span.max; slider.step = span.step;
    slider.value = value;
    const box = document.createElement("input");
    box.type = "number";
    box.id = "box-" + lever.path;
    box.step = lever.type === "integer" ? 1 : "any";
    box.value = value;
    slider.addEventListener("input", () => { box.value = slider.value; });
    slider.addEventListener("change", () => setLever(lever.path, Number(slider.value), errId));
    box.addEventListener("change", () => setLever(lever.path, box.value, errId));
    row.append(slider, box);
  } else if (lever.type === "boolean") {
    const box = document.createElement("input");
    box.type = "checkbox";
    box.id = "lever-" + lever.path;
    box.checked = value === true;
    box.addEventListener("change", () => setLever(lever.path, box.checked, errId));
    row.append(box);
  } else {
    const select = document.createElement("select");
    select.id = "lever-" + lever.path;
    for (const c of lever.choices) {
      const o = document.createElement("option");
      o.value = c; o.textContent = c;
      select.appendChild(o);
    }
    select.value = value;
    select.addEventListener("change", () => setLever(lever.path, select.value, errId));
    row.append(select);
  }
  div.appendChild(row);
  if (lever.sentinel !== null && lever.sentinel !== undefined) {
    // a value that means "none" (kols.departureDay −1: the KOLs never leave), said beside the lever, marked when in force
    const note = document.createElement("div");
    note.id = "sentinel-" + lever.path;
    note.className = "sentinel" + (value === lever.sentinel ? " on" : "");
    note.textContent = String(lever.sentinel).replace("-", "−") + " = " + t("sentinel." + lever.path);
    div.appendChild(note);
  }
  const err = document.createElement("div");
  err.className = "err";
  err.id = errId;
  div.appendChild(err);
  return div;
}

/** Puts the values in force into the controls without rebuilding them (focus and refusals stay). */
function updateLeverValues() {
  for (const lever of live.catalog.levers) {
    const value = leverValue(lever.path);
    const control = $("lever-" + lever.path);
    if (!control) continue;
    const div = control.closest(".lever");
    const bound = leverBound(lever);
    if (bound !== null && div.dataset.bound !== String(bound)) {
      // the field that bounds it changed (another scenario loaded): the slider's range and its text with it
      div.replaceWith(leverControl(lever));
      continue;
    }
    const sentinel = $("sentinel-" + lever.path);
    if (sentinel) sentinel.classList.toggle("on", value === lever.sentinel);
    if (control.type === "checkbox") {
      control.checked = value === true;
    } else if (control.type === "range") {
      if (Number(control.max) < value) control.max = sliderSpan(lever, value).max;
      control.value = value;
      $("box-" + lever.path).value = value;
    } else {
      control.value = value;
    }
  }
  for (const lever of live.catalog.ablations) {
    const box = $("abl-" + lever.path);
    if (box) box.checked = leverValue(lever.path) === true;
  }
}

async function setLever(path, value, errId) {
  const ok = await act(errId, sessionPath("set"), { side: live.editing, path, value });
  if (!ok) updateLeverValues();   // back to the value in force; the refusal stays beside the control
}

// ---------------------------------------------------------------- state, frames, log

function applyState(state) {
  const first = !live.state;
  const structural = first || state.compare !== live.state.compare
    || JSON.stringify(state.sides.map((s) => [s.name, s.values])) !== JSON.stringify(live.state.sides.map((s) => [s.name, s.values]));
  live.state = state;
  $("seed").value = state.seed;
  $("speed").value = Math.min(state.speed, Number($("speed").max));
  $("speed-value").textContent = state.speed;
  $("fastest").checked = state.fastest;
  $("compare").checked = state.compare;
  $("editing").hidden = !state.compare;
  $("figure-b").hidden = !state.compare;
  if (!state.compare) live.editing = "a";
  const editingSide = state.sides.find((s) => s.side === live.editing) || state.sides[0];
  $("scenario").value = live.catalog.scenarios.includes(editingSide.source) ? editingSide.source : "";
  $("play").disabled = state.playing;
  $("pause").disabled = !state.playing;
  if (state.generation !== live.generation) {
    live.generation = state.generation;
    live.series = {};
    live.dots = {};
    live.fan = null;
  }
  if (first) renderLevers();
  else updateLeverValues();
  if (structural) buildCharts();
  renderCaptions();
  renderFanStatus();
}

function renderCaptions() {
  if (!live.state) return;
  for (const s of live.state.sides) {
    $("caption-" + s.side).textContent = t(s.side === "a" ? "live.strategy_a" : "live.strategy_b") + ": " + s.name;
  }
}

function applyFrame(frame) {
  if (frame.generation !== live.generation) return;
  const columns = live.catalog.metrics.map((m) => m.column);
  for (const side of frame.sides) {
    let s = live.series[side.side];
    if (!s || side.from === 0) {
      s = live.series[side.side] = { name: side.name };
      columns.forEach((c) => { s[c] = []; });
    }
    side.rows.forEach((row, i) => {
      const d = side.from + i;
      columns.forEach((c, m) => { s[c][d] = row[m]; });
    });
    s.days = side.days;
    s.now = side.now;
    live.dots[side.side] = side.dots;
    live.world[side.side] = side.groups || null;
    live.totals[side.side] = side;
  }
  for (const entry of frame.log) live.log.push(entry);
  if (frame.log.length) renderLog();
  $("day").textContent = frame.day;
  $("rate").dataset.rate = frame.rate;
  renderRate();
  scheduleDraw();
}

function renderRate() {
  const rate = Number($("rate").dataset.rate || 0);
  $("rate").textContent = rate > 0 ? t("live.measured_speed", rate) : "";
}

function scheduleDraw() {
  if (live.dirty) return;
  live.dirty = true;
  requestAnimationFrame(() => {
    live.dirty = false;
    renderNumbers();
    renderWorld();
    drawDots("a");
    if (live.state && live.state.compare) drawDots("b");
    updateCharts();
  });
}

function fmt(v, digits) {
  if (v === undefined || v === null || Number.isNaN(v)) return "–";
  return digits ? v.toFixed(digits) : String(Math.round(v));
}

function renderNumbers() {
  const table = $("numbers");
  if (!live.state) return;
  const sides = live.state.sides;
  const last = (s, c) => (s && s.days > 0 ? s[c][s.days - 1] : undefined);
  // before the first day is stepped the model has recorded no row (row d is the end of day d), but the seeds are in:
  // the counts of the group as it stands (the dots) are shown, every daily rate and the conversion are "–"
  const count = (s, c) => (s && s.days > 0 ? last(s, c) : s && s.now ? s.now[c] : undefined);
  const rows = [
    ["daily.members", (s) => fmt(count(s, "members"))],
    ["daily.active", (s) => fmt(count(s, "active"))],
    ["daily.lurkers", (s) => fmt(count(s, "lurkers"))],
    ["daily.joins", (s) => fmt(last(s, "joins"))],
    ["daily.leaves", (s) => fmt(last(s, "leaves"))],
    ["daily.mean_post_value", (s) => fmt(last(s, "mean_post_value"), 3)],
    ["live.conversion", (s, key) => {
      const tot = live.totals[key];
      return s && s.days > 0 && tot && tot.everRegular > 0
        ? (100 * tot.buyers / tot.everRegular).toFixed(1) + "%" : "–";
    }],
  ];
  // money when the model records it: every daily metric in money whose value is not zero so far
  for (const m of live.catalog.metrics) {
    if (m.unit !== "money") continue;
    const used = sides.some((s) => { const v = last(live.series[s.side], m.column); return v !== undefined && v !== 0; });
    if (used) rows.push(["daily." + m.column, (s) => fmt(last(s, m.column), 2)]);
  }
  let html = "<tr><th></th>" + sides.map((s) => `<th class="side-${s.side}">${escapeHtml(s.name)}</th>`).join("") + "</tr>";
  for (const [key, f] of rows) {
    html += `<tr><th>${escapeHtml(t(key))}</th>` + sides.map((s) =>
      `<td class="side-${s.side}" id="num-${s.side}-${key.split(".")[1]}">${f(live.series[s.side], s.side)}</td>`).join("") + "</tr>";
  }
  table.innerHTML = html;
  table.title = t("live.conversion_note");
}

// A world of many groups (docs/model.md §4.12): every group of each side, one row each; the dots, numbers and
// charts are the first group's. A row is [index, parent, open day, members, active, death day or -1].
function renderWorld() {
  const shownSides = live.state ? live.state.sides.map((s) => s.side) : [];
  let any = false;
  for (const key of ["a", "b"]) {
    const table = $("world-" + key);
    const groups = shownSides.includes(key) ? live.world[key] : null;
    table.hidden = !groups;
    if (!groups) { table.textContent = ""; continue; }
    any = true;
    const top = Math.max(1, ...groups.map((g) => g[3]));
    const alive = groups.filter((g) => g[5] < 0).length;
    const who = live.state.compare ? t(key === "a" ? "live.strategy_a" : "live.strategy_b") + " · " : "";
    let html = `<caption class="side-${key}">${escapeHtml(who + t("live.world_alive", alive, groups.length))}</caption><tr>`
      + ["live.world_group", "live.world_opened", "live.world_members", "live.world_active", "live.world_state"]
        .map((k) => `<th>${escapeHtml(t(k))}</th>`).join("") + "</tr>";
    for (const [index, parent, open, members, active, dead] of groups) {
      const from = parent >= 0 ? t("live.world_from", parent + 1) : t("live.world_declared");
      const state = dead >= 0 ? t("live.world_dead", dead) : t("live.world_living");
      html += `<tr class="${dead >= 0 ? "dead" : "alive"}" data-group="${index}"><td>${index + 1}</td>`
        + `<td>${escapeHtml(t("live.log_day", open) + " · " + from)}</td>`
        + `<td><span class="bar" style="width:${Math.round(60 * members / top)}px"></span> ${members}</td>`
        + `<td>${fmt(active)}</td><td>${escapeHtml(state)}</td></tr>`;
    }
    table.innerHTML = html;
  }
  $("world-box").hidden = !any;
}

function escapeHtml(s) {
  return String(s).replace(/[&<>"']/g, (c) => ({ "&": "&amp;", "<": "&lt;", ">": "&gt;", '"': "&quot;", "'": "&#39;" }[c]));
}

function renderLog() {
  const ul = $("log");
  ul.textContent = "";
  for (const e of live.log.slice(-60)) {
    const li = document.createElement("li");
    li.className = "side-" + e.side;
    const who = live.state && live.state.compare ? t(e.side === "a" ? "live.strategy_a" : "live.strategy_b") + " · " : "";
    li.textContent = `${t("live.log_day", e.day)}${live.lang === "zh" ? "：" : ": "}${who}${t(e.key, ...e.args)}`;
    ul.appendChild(li);
  }
  ul.scrollTop = ul.scrollHeight;
}

// ---------------------------------------------------------------- the group as dots

function drawDots(side) {
  const canvas = $("dots-" + side);
  const ctx = canvas.getContext("2d");
  const w = canvas.width, h = canvas.height, cx = w / 2, cy = h / 2, R = w / 2 - 6;
  ctx.clearRect(0, 0, w, h);
  const dots = live.dots[side];
  if (!dots) return;
  // a fixed seat per person: its angle from the golden ratio, its ring from its state
  for (let i = 0; i < dots.ids.length; i++) {
    const p = dots.ids[i];
    const kind = dots.kinds[i];
    const u = (p * 0.6180339887) % 1;
    const v = (p * 0.7548776662) % 1;
    const band = kind === "k" ? [0.0, 0.15] : kind === "l" ? [0.68, 0.9] : kind === "a" ? [0.9, 0.98] : [0.18, 0.62];
    const r = R * (band[0] + (band[1] - band[0]) * Math.sqrt(v));
    const x = cx + r * Math.cos(2 * Math.PI * u);
    const y = cy + r * Math.sin(2 * Math.PI * u);
    const size = 1.2 + 0.45 * (dots.sizes.charCodeAt(i) - 48);
    ctx.fillStyle = COLOURS[kind];
    ctx.beginPath();
    ctx.arc(x, y, size, 0, 2 * Math.PI);
    ctx.fill();
  }
}

// ---------------------------------------------------------------- charts (uPlot)

const CHARTS = {
  members: ["members", "active", "lurkers"],
  flow: ["joins", "leaves"],
  quality: ["mean_post_value"],
};
// Each metric of a chart its own colour (active as the dots' active members, lurkers a darker grey than the dots'
// rim); any other metric a spare colour not taken in its chart. Strategy B draws the same colours lighter and
// dashed, so A and B stay apart when compared; the legend's markers show the dash too.
const METRIC_COLOURS = {
  members: "#1a202c", active: "#3182ce", lurkers: "#718096",
  joins: "#2f855a", leaves: "#c53030", mean_post_value: "#6b46c1",
};
const SPARE_COLOURS = ["#b7791f", "#2c7a7b", "#b83280", "#dd6b20"]; // none a named metric's: no two charts share one
const SIDE_DASH = { a: [], b: [6, 3] };

function metricColour(metric, metrics) {
  if (METRIC_COLOURS[metric]) return METRIC_COLOURS[metric];
  const taken = metrics.map((m) => METRIC_COLOURS[m]).filter(Boolean);
  return SPARE_COLOURS.find((c) => !taken.includes(c)) || SPARE_COLOURS[0];
}

function chartSeries(metrics, sides) {
  const series = [{ label: t("live.day") }];
  const lines = [];
  for (const side of sides) {
    for (const m of metrics) {
      const colour = metricColour(m, metrics);
      series.push({
        label: (sides.length > 1 ? side.toUpperCase() + " " : "") + t("daily." + m),
        stroke: side === "b" ? shadeOf(colour, 1) : shadeOf(colour, 0),
        width: m === "active" ? 2.5 : 1.5, dash: SIDE_DASH[side],
      });
      lines.push({ side, metric: m });
    }
  }
  if (live.fan) {
    for (const side of sides) {
      const fanSide = live.fan.sides[sides.indexOf(side)];
      if (!fanSide) continue;
      const m = metrics.includes("active") ? "active" : metrics[0];
      series.push({ label: "5%", stroke: "transparent", points: { show: false } });
      series.push({ label: "95%", stroke: "transparent", points: { show: false } });
      series.push({
        label: (sides.length > 1 ? side.toUpperCase() + " " : "") + t("live.fan") + " " + t("daily." + m),
        stroke: SIDE_COLOURS[side], dash: [2, 3], width: 1,
      });
      lines.push({ side, metric: m, fan: "q5" }, { side, metric: m, fan: "q95" }, { side, metric: m, fan: "q50" });
    }
  }
  return { series, lines };
}

/** The colour {@code hex}, lightened towards white by step i (0: itself). */
function shadeOf(hex, i) {
  const f = [1, 0.6, 0.4][i] ?? 0.4;
  const n = parseInt(hex.slice(1), 16);
  const mix = (c) => Math.round(c * f + 255 * (1 - f));
  return `rgb(${mix(n >> 16)}, ${mix((n >> 8) & 255)}, ${mix(n & 255)})`;
}

function buildCharts() {
  if (!live.state || typeof uPlot === "undefined") return;
  const sides = live.state.sides.map((s) => s.side);
  const defs = Object.assign({}, CHARTS, { more: [$("more-metric").value || "posts_on_topic"] });
  for (const [name, metrics] of Object.entries(defs)) {
    const el = $("chart-" + name);
    if (live.charts[name]) live.charts[name].plot.destroy();
    const { series, lines } = chartSeries(metrics, sides);
    const bands = [];
    lines.forEach((l, i) => {
      if (l.fan === "q95") bands.push({ series: [i + 1, i], fill: SIDE_COLOURS[l.side] + "22" });
    });
    const width = Math.max(320, el.clientWidth || 420);
    const plot = new uPlot({
      width, height: 200, series, bands,
      legend: { live: false, markers: { dash: (u, i) => (u.series[i].dash && u.series[i].dash.length ? "dashed" : "solid") } },
      scales: { x: { time: false } }, axes: [{ label: t("live.day") }, {}],
    }, chartData(lines), el);
    live.charts[name] = { plot, lines };
  }
}

function chartData(lines) {
  let days = 0;
  for (const s of Object.values(live.series)) days = Math.max(days, s.days || 0);
  const horizon = live.state ? Math.max(...live.state.sides.map((s) => s.horizon)) : days;
  const n = live.fan ? horizon : days;
  const x = Array.from({ length: n }, (_, i) => i);
  const data = [x];
  for (const l of lines) {
    if (l.fan) {
      const idx = live.state.sides.findIndex((s) => s.side === l.side);
      const q = live.fan.sides[idx]?.metrics[l.metric]?.[l.fan] || [];
      data.push(x.map((d) => (d < q.length ? q[d] : null)));
    } else {
      const s = live.series[l.side];
      data.push(x.map((d) => (s && d < s.days ? s[l.metric][d] : null)));
    }
  }
  return data;
}

function updateCharts() {
  for (const c of Object.values(live.charts)) c.plot.setData(chartData(c.lines));
}

function renderMoreSelect() {
  const select = $("more-metric");
  const chosen = select.value || "posts_on_topic";
  select.textContent = "";
  for (const m of live.catalog.metrics) {
    const o = document.createElement("option");
    o.value = m.column;
    o.textContent = t("daily." + m.column);
    select.appendChild(o);
  }
  select.value = chosen;
}

// ---------------------------------------------------------------- fan and export

function renderFanStatus() {
  if (!live.state) return;
  const f = live.state.fan;
  $("fan-status").textContent = f.status === "running" ? t("live.fan_running", f.replicates)
    : f.status === "done" && live.fan ? t("live.fan_done", f.replicates) : "";
}

async function runExport() {
  const result = $("export-result");
  result.textContent = t("live.export_running");
  try {
    const out = await api(sessionPath("export"), { replicates: $("export-n").value, lang: live.lang });
    $("err-export").textContent = "";
    result.textContent = t("live.export_done", out.folder, out.command);
    result.dataset.folder = out.folder;
  } catch (e) {
    result.textContent = "";
    $("err-export").textContent = t("live.error_title") + ": " + e.message;
  }
}

// ---------------------------------------------------------------- start

function connect() {
  const events = new EventSource(sessionPath("events"));
  events.addEventListener("state", (e) => applyState(JSON.parse(e.data)));
  events.addEventListener("frame", (e) => applyFrame(JSON.parse(e.data)));
  events.addEventListener("log", (e) => { live.log.push(JSON.parse(e.data).entry); renderLog(); });
  events.addEventListener("fan", (e) => {
    live.fan = JSON.parse(e.data);
    buildCharts();
    renderFanStatus();
  });
  events.addEventListener("failure", (e) => showFailure(JSON.parse(e.data).problems.join("\n")));
}

async function start() {
  live.catalog = await api("/api/catalog");
  await loadTexts(navigator.language && navigator.language.startsWith("zh") && !location.search.includes("lang=en")
    ? "zh" : (location.search.includes("lang=zh") ? "zh" : "en"));
  const select = $("scenario");
  const none = document.createElement("option");
  none.value = ""; none.textContent = "—";
  select.appendChild(none);
  for (const name of live.catalog.scenarios) {
    const o = document.createElement("option");
    o.value = name; o.textContent = name;
    select.appendChild(o);
  }
  renderMoreSelect();
  $("speed").max = Math.min(200, live.catalog.maxSpeed);
  const state = await api("/api/sessions", { scenario: "reference" });
  live.id = state.id;
  applyState(state);
  connect();

  $("lang").addEventListener("click", toggleLanguage);
  select.addEventListener("change", () => select.value
    && act("err-file", sessionPath("load"), { side: live.editing, scenario: select.value }));
  $("file").addEventListener("change", async () => {
    const file = $("file").files[0];
    if (!file) return;
    const text = await file.text();
    await act("err-file", sessionPath("load"), { side: live.editing, fileName: file.name, text });
  });
  $("seed").addEventListener("change", () => act("err-seed", sessionPath("control"), { action: "seed", seed: $("seed").value }));
  $("play").addEventListener("click", () => act(null, sessionPath("control"), { action: "play" }));
  $("pause").addEventListener("click", () => act(null, sessionPath("control"), { action: "pause" }));
  $("step").addEventListener("click", () => act(null, sessionPath("control"), { action: "step" }));
  $("reset").addEventListener("click", () => { live.log = []; renderLog(); act(null, sessionPath("control"), { action: "reset" }); });
  const speed = () => act(null, sessionPath("control"), { action: "speed", speed: Number($("speed").value), fastest: $("fastest").checked });
  $("speed").addEventListener("input", () => { $("speed-value").textContent = $("speed").value; });
  $("speed").addEventListener("change", speed);
  $("fastest").addEventListener("change", speed);
  $("compare").addEventListener("change", () => act(null, sessionPath("compare"), { on: $("compare").checked }));
  document.querySelectorAll("input[name=editing]").forEach((r) => r.addEventListener("change", () => {
    live.editing = r.value;
    updateLeverValues();
  }));
  $("more-metric").addEventListener("change", buildCharts);
  $("fan-run").addEventListener("click", () => act("err-fan", sessionPath("fan"), { replicates: Number($("fan-n").value) }));
  $("export").addEventListener("click", runExport);
  window.addEventListener("resize", buildCharts);
}

start().catch((e) => showFailure(e.message));
