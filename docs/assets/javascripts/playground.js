// The loss explorer and the learning-slowdown replay (playground.md in both
// languages), for every element marked data-xe-explorer on a page.
//
// Language-neutral: every word the reader sees comes from the page's HTML
// (labels, and data-t-* templates on the root element), so this file serves
// the Chinese and the English page alike.
//
// Mode "loss": logits z (2-10 classes), a one-hot or soft target y, label
// smoothing eps (y' = (1 - eps) y + eps / K, PyTorch's convention), then
// softmax q, cross-entropy H(y', q), KL divergence D_KL(y' || q), the mean
// squared error between q and y', and the gradient dH/dz = q - y'. Logits go
// through log-sum-exp, so +-1000 stays finite. (The keys "p", "a" of the
// results and of data-out/data-xe are internal names; the letters the reader
// sees come from the page.)
//
// Mode "slow": one sigmoid neuron q = sigmoid(w x + b) with x = 1, y = 0,
// trained by plain gradient descent with exact gradients, under the quadratic
// cost (q - y)^2 / 2 and under the cross-entropy cost.
//
// Mode "code": four symbols drawn from p and coded with the code built for q
// (a codeword of -log2 q(x) bits); H(p), H(p, q) and D_KL(p || q) in bits,
// and the two codes drawn as boxes p(x) wide and -log2 q(x) tall, so that
// their areas are H(p) and H(p, q). p and q are typed in as weights and
// divided by their sums; a weight of q must be above 0.
//
// Mode "text": the surprisal -log2 q(c | previous letter) of each letter of a
// sentence under the character bigram model that
// snippets/playground/char_model.py counts and writes (char_model.json, which
// the panel's data-xe-model names): q = (n(a, c) + k) / (n(a) + 27 k), a space
// before the first letter; capitals count as small letters, and any other
// character is shown but not scored.
//
// Embedding. A root is any element with data-xe-explorer; the script finds
// every one on the page (and again after Material's instant navigation). Each
// part of the markup is optional: the script wires what it finds, by the
// data-xe names below, so a smaller explorer is just less markup. A root
//   - with data-xe-url keeps its state in the query string (?m=slow&n=40),
//     so the address shares it; at most one root per page should have it;
//   - without it starts from data-xe-start (the same query syntax, e.g.
//     "z=2,1,0.1&y=0") and leaves the address alone; a link inside it marked
//     data-xe="open" gets the state appended to its href, so the reader can
//     carry the experiment over to the full playground.
// The minimal loss explorer (home page, say) is:
//   <div class="xe-playground" id="xe-home" data-xe-explorer data-xe-start="z=2,1,0.1&y=0"
//        data-t-logit="logit z{i}" data-t-logit-slider="logit z{i}, slider"
//        data-t-prob="q{i}" data-t-target="y{i}" data-t-grad="∂L/∂z{i}"
//        data-t-not-number="{i} needs a number" data-t-out-of-range="{i} must lie between {lo} and {hi}">
//     <section class="xe-panel" data-panel="loss">
//       <div class="xe-readout"><dl class="xe-results">
//         <div><dt>cross-entropy H(y, q)</dt><dd><span data-xe="out-ce"></span></dd></div>
//       </dl><p class="xe-message" data-xe="message" role="status"></p></div>
//       <ol class="xe-rows" data-xe="rows" start="0"></ol>
//       <a data-xe="open" href="playground/">Open in the playground</a>
//     </section>
//   </div>
// with playground.css and playground.js (deferred) on the page.
(function () {
  "use strict";

  var MIN_K = 2, MAX_K = 10, LIMIT = 1e6, SLIDER = 10;
  var DEFAULTS = { z: [2, 1, 0.1], y: 0, eps: 0, start: 0, lr: 0.15 };
  // Olah's example in "Visual Information Theory": Bob's p and Alice's q.
  var CODE = { p: [0.5, 0.25, 0.125, 0.125], q: [0.125, 0.5, 0.25, 0.125] };
  var CODE_MAX_BITS = 12;  // taller boxes are drawn cut off at this height
  var TEXT = { start: "the cross entropy", max: 2000, full: 12 };  // full: bits of the tallest bar
  var STARTS = [[0.6, 0.9], [2, 2]];
  var X = 1, Y = 0;
  var SVG = "http://www.w3.org/2000/svg";

  // ---- the mathematics --------------------------------------------------

  function logSoftmax(z) {
    var m = Math.max.apply(null, z), s = 0, i;
    for (i = 0; i < z.length; i++) s += Math.exp(z[i] - m);
    var lse = m + Math.log(s);
    return z.map(function (v) { return v - lse; });
  }

  function targetVector(k, hard, weights, eps) {
    var y = [], i, sum = 0;
    if (hard !== null) {
      for (i = 0; i < k; i++) y.push(i === hard ? 1 : 0);
    } else {
      for (i = 0; i < k; i++) sum += Math.max(0, weights[i] || 0);
      for (i = 0; i < k; i++) y.push(sum > 0 ? Math.max(0, weights[i] || 0) / sum : 1 / k);
    }
    return y.map(function (v) { return (1 - eps) * v + eps / k; });
  }

  function losses(z, y) {
    var logp = logSoftmax(z), p = logp.map(Math.exp), ce = 0, kl = 0, h = 0, mse = 0, i;
    for (i = 0; i < z.length; i++) {
      if (y[i] > 0) {
        ce -= y[i] * logp[i];
        kl += y[i] * (Math.log(y[i]) - logp[i]);
        h -= y[i] * Math.log(y[i]);
      }
      mse += (p[i] - y[i]) * (p[i] - y[i]);
    }
    return {
      p: p, y: y, ce: ce, kl: Math.max(0, kl), h: h, mse: mse / z.length,
      grad: p.map(function (v, j) { return v - y[j]; }),
    };
  }

  // H(p), H(p, q), D_KL(p || q) in bits, and the codeword lengths, for
  // weights (divided by their sums); q must be positive wherever p is.
  function codeLengths(pw, qw) {
    var sp = pw.reduce(function (a, v) { return a + v; }, 0);
    var sq = qw.reduce(function (a, v) { return a + v; }, 0);
    var p = pw.map(function (v) { return v / sp; }), qq = qw.map(function (v) { return v / sq; });
    var own = p.map(function (v) { return v > 0 ? -Math.log2(v) : 0; });
    var used = qq.map(function (v) { return -Math.log2(v); });
    var h = 0, ce = 0, i;
    for (i = 0; i < p.length; i++) {
      if (p[i] > 0) { h += p[i] * own[i]; ce += p[i] * used[i]; }
    }
    return { p: p, q: qq, own: own, used: used, h: h, ce: ce, kl: Math.max(0, ce - h) };
  }

  function sigmoid(v) {
    return v >= 0 ? 1 / (1 + Math.exp(-v)) : Math.exp(v) / (1 + Math.exp(v));
  }

  // One neuron, one cost; returns the states after 0..n steps.
  function descend(cost, w, b, lr, n) {
    var states = [], step, a, delta;
    for (step = 0; ; step++) {
      a = sigmoid(w * X + b);
      var c = cost === "quad" ? 0.5 * (a - Y) * (a - Y)
        : -(Y * Math.log(a) + (1 - Y) * Math.log(1 - a));
      delta = cost === "quad" ? (a - Y) * a * (1 - a) : a - Y;  // dC/db; dC/dw = delta * x
      states.push({ w: w, b: b, a: a, c: c, gw: delta * X, gb: delta });
      if (step === n) return states;
      w -= lr * delta * X;
      b -= lr * delta;
    }
  }

  // ---- helpers ----------------------------------------------------------

  function fmt(v) {
    if (Number.isNaN(v)) return "—";  // never shown in practice: inputs are checked first
    if (!isFinite(v)) return v > 0 ? "∞" : "−∞";
    if (v !== 0 && Math.abs(v) < 1e-4) return v.toExponential(3).replace("-", "−");
    return v.toFixed(4).replace(/^-/, "−");
  }

  function parse(text) {  // a finite number, or NaN
    var v = parseFloat(String(text === null || text === undefined ? "" : text).replace("−", "-"));
    return isFinite(v) ? v : NaN;
  }

  function num(text) {  // from the address: clamped to +-LIMIT
    var v = parse(text);
    return isFinite(v) ? Math.min(LIMIT, Math.max(-LIMIT, v)) : NaN;
  }

  // A template from the root's data-t-* attributes; {i} or {name} from vars.
  function t(root, key, vars) {
    var text = root.dataset[key] || "";
    if (typeof vars !== "object") vars = { i: vars };
    return text.replace(/\{(\w+)\}/g, function (all, name) {
      return name in vars ? String(vars[name]) : all;
    });
  }

  function el(tag, attrs, text) {
    var e = document.createElement(tag), k;
    for (k in attrs || {}) e.setAttribute(k, attrs[k]);
    if (text !== undefined) e.textContent = text;
    return e;
  }

  function svg(tag, attrs, text) {
    var e = document.createElementNS(SVG, tag), k;
    for (k in attrs || {}) e.setAttribute(k, attrs[k]);
    if (text !== undefined) e.textContent = text;
    return e;
  }

  function q(root, name) {
    return root.querySelector('[data-xe="' + name + '"]');
  }

  function short(v) {  // compact, for the query string
    return String(Number(v.toPrecision(12)));
  }

  // ---- state and its query-string form ----------------------------------

  function freshState() {
    return {
      mode: "loss", z: DEFAULTS.z.slice(), hard: DEFAULTS.y, weights: null, eps: DEFAULTS.eps,
      batch: [], start: DEFAULTS.start, lr: DEFAULTS.lr, n: 0,
      cp: CODE.p.slice(), cq: CODE.q.slice(), text: TEXT.start,
    };
  }

  // Reads s (URLSearchParams) into st; returns the panels ("loss", "slow")
  // whose settings were present but could not be read.
  function parseState(s, st) {
    var bad = {};
    function reject(panel, key) { if (s.has(key)) bad[panel] = true; }
    if (["loss", "slow", "code", "text"].indexOf(s.get("m")) >= 0) st.mode = s.get("m");
    if (s.has("t")) st.text = s.get("t").slice(0, TEXT.max);
    var z = (s.get("z") || "").split(",").map(num);
    if (z.length >= MIN_K && z.length <= MAX_K && z.every(isFinite)) st.z = z;
    else reject("loss", "z");
    if (st.hard !== null && st.hard >= st.z.length) st.hard = 0;
    var y = s.get("y");
    if (y && y.indexOf(",") >= 0) {
      var w = y.split(",").map(num);
      if (w.length === st.z.length && w.every(function (v) { return v >= 0; })) {
        st.hard = null; st.weights = w;
      } else {
        reject("loss", "y");
      }
    } else if (y !== null && /^\d+$/.test(y) && +y < st.z.length) {
      st.hard = +y; st.weights = null;
    } else {
      reject("loss", "y");
    }
    var eps = num(s.get("ls"));
    if (eps >= 0 && eps <= 1) st.eps = eps;
    else reject("loss", "ls");
    if (s.has("b")) st.batch = [];
    (s.get("b") || "").split("|").forEach(function (row) {
      if (!row) return;
      var parts = row.split(";"), rz, ry;
      if (parts.length === 2) {
        rz = parts[0].split(",").map(num);
        ry = parts[1].split(",").map(num);
      }
      if (!rz || rz.length < MIN_K || rz.length > MAX_K || !rz.every(isFinite) || !ry.every(isFinite)) {
        bad.loss = true;
      } else if (ry.length === 1 && ry[0] >= 0 && ry[0] < rz.length && ry[0] === Math.floor(ry[0])) {
        st.batch.push({ z: rz, hard: ry[0], y: targetVector(rz.length, ry[0], null, 0) });
      } else if (ry.length === rz.length) {
        st.batch.push({ z: rz, hard: null, y: targetVector(rz.length, null, ry, 0) });
      } else {
        bad.loss = true;
      }
    });
    if (s.get("w") === "1" || s.get("w") === "0") st.start = +s.get("w");
    else reject("slow", "w");
    var lr = num(s.get("lr"));
    if (lr > 0 && lr <= 100) st.lr = lr;
    else reject("slow", "lr");
    var n = parseInt(s.get("n"), 10);
    if (n >= 0) st.n = Math.min(n, 100000);
    else reject("slow", "n");
    var cp = (s.get("cp") || "").split(",").map(num), cq = (s.get("cq") || "").split(",").map(num);
    if (cp.length === CODE.p.length && cp.every(function (v) { return v >= 0; }) && cp.some(function (v) { return v > 0; })) st.cp = cp;
    else reject("code", "cp");
    if (cq.length === CODE.q.length && cq.every(function (v) { return v > 0; })) st.cq = cq;
    else reject("code", "cq");
    return bad;
  }

  // The loss settings (z, y, ls) as a query string.
  function lossQuery(st) {
    return "z=" + st.z.map(short).join(",") + "&y="
      + (st.hard !== null ? String(st.hard) : st.weights.map(short).join(","))
      + "&ls=" + short(st.eps);
  }

  function writeState(st) {
    var s = new URLSearchParams(location.search);
    s.set("m", st.mode);
    s.set("z", st.z.map(short).join(","));
    s.set("y", st.hard !== null ? String(st.hard) : st.weights.map(short).join(","));
    s.set("ls", short(st.eps));
    if (st.batch.length) {
      s.set("b", st.batch.map(function (r) {
        return r.z.map(short).join(",") + ";" + (r.hard !== null ? r.hard : r.y.map(short).join(","));
      }).join("|"));
    } else {
      s.delete("b");
    }
    s.set("w", String(st.start));
    s.set("lr", short(st.lr));
    s.set("n", String(st.n));
    s.set("cp", st.cp.map(short).join(","));
    s.set("cq", st.cq.map(short).join(","));
    s.set("t", st.text);
    history.replaceState(history.state, "", "?" + s.toString() + location.hash);
  }

  // ---- the loss explorer ------------------------------------------------

  function buildRows(root, st) {
    var rows = q(root, "rows"), k = st.z.length, i;
    if (!rows) return;
    rows.textContent = "";
    for (i = 0; i < k; i++) {
      var row = el("li", { "class": "xe-row" });
      var head = el("div", { "class": "xe-row__inputs" });
      var id = root.id + "-z-" + i;
      head.appendChild(el("label", { "for": id, "class": "xe-row__label" }, t(root, "tLogit", i)));
      head.appendChild(el("input", {
        type: "range", min: -SLIDER, max: SLIDER, step: "0.01", "data-i": i,
        "class": "xe-range", "aria-label": t(root, "tLogitSlider", i),
      }));
      head.appendChild(el("input", {
        type: "number", id: id, min: -LIMIT, max: LIMIT, step: "any", "data-i": i,
        "class": "xe-num", inputmode: "decimal",
      }));
      row.appendChild(head);
      var soft = el("div", { "class": "xe-row__soft" });
      var wid = root.id + "-y-" + i;
      soft.appendChild(el("label", { "for": wid }, t(root, "tWeight", i)));
      soft.appendChild(el("input", {
        type: "number", id: wid, min: 0, max: LIMIT, step: "any", "data-i": i,
        "class": "xe-weight", inputmode: "decimal",
      }));
      row.appendChild(soft);
      var bars = el("div", { "class": "xe-row__bars" });
      [["p", "tProb"], ["y", "tTarget"], ["g", "tGrad"]].forEach(function (b) {
        var line = el("div", { "class": "xe-bar xe-bar--" + b[0] });
        line.appendChild(el("span", { "class": "xe-bar__name" }, t(root, b[1], i)));
        var track = el("span", { "class": "xe-bar__track", "aria-hidden": "true" });
        track.appendChild(el("span", { "class": "xe-bar__fill" }));
        if (b[0] === "g") track.appendChild(el("span", { "class": "xe-bar__zero" }));
        line.appendChild(track);
        line.appendChild(el("span", { "class": "xe-bar__value", "data-out": b[0] + i }));
        bars.appendChild(line);
      });
      row.appendChild(bars);
      rows.appendChild(row);
    }
    var cls = q(root, "class");
    if (!cls) return;
    cls.textContent = "";
    for (i = 0; i < k; i++) cls.appendChild(el("option", { value: i }, t(root, "tClass", i)));
  }

  function setBar(line, value, signed) {
    var fill = line.querySelector(".xe-bar__fill"), v = Math.max(-1, Math.min(1, value));
    if (signed) {
      fill.style.left = (v < 0 ? 50 + 50 * v : 50) + "%";
      fill.style.width = 50 * Math.abs(v) + "%";
    } else {
      fill.style.left = "0";
      fill.style.width = 100 * Math.max(0, v) + "%";
    }
    line.querySelector(".xe-bar__value").textContent = fmt(value);
  }

  function setValue(input, text, force) {
    if (input && (force || document.activeElement !== input)) input.value = text;
  }

  function renderLoss(root, st, syncInputs) {
    var k = st.z.length, i;
    var y = targetVector(k, st.hard, st.weights, st.eps), r = losses(st.z, y);
    var rows = q(root, "rows");
    for (i = 0; rows && i < k; i++) {
      var row = rows.children[i];
      setValue(row.querySelector(".xe-num"), short(st.z[i]), syncInputs);
      row.querySelector(".xe-range").value = String(Math.max(-SLIDER, Math.min(SLIDER, st.z[i])));
      if (st.weights) setValue(row.querySelector(".xe-weight"), short(st.weights[i]), syncInputs);
      var bars = row.querySelectorAll(".xe-bar");
      setBar(bars[0], r.p[i], false);
      setBar(bars[1], r.y[i], false);
      setBar(bars[2], r.grad[i], true);
    }
    root.classList.toggle("xe-soft", st.hard === null);
    if (q(root, "k")) q(root, "k").value = String(k);
    if (q(root, "kind")) q(root, "kind").value = st.hard === null ? "soft" : "hard";
    var cls = q(root, "class");
    if (cls) {
      cls.value = String(st.hard === null ? 0 : st.hard);
      cls.disabled = st.hard === null;
    }
    setValue(q(root, "eps"), short(st.eps), syncInputs);
    if (q(root, "eps-range")) q(root, "eps-range").value = String(st.eps);
    ["ce", "kl", "h", "mse"].forEach(function (key) {
      var out = q(root, "out-" + key);
      if (out) out.textContent = fmt(r[key]);
    });
    var key = lossQuery(st);
    root.querySelectorAll("[data-preset]").forEach(function (b) {
      b.setAttribute("aria-pressed", String(b.dataset.presetKey === key));
    });
    var open = q(root, "open");
    if (open) open.href = open.dataset.xeBase + "?m=loss&" + key;
    renderBatch(root, st);
  }

  function renderBatch(root, st) {
    var body = q(root, "batch"), total = 0;
    if (!body) return;
    body.textContent = "";
    st.batch.forEach(function (row, j) {
      var ce = losses(row.z, row.y).ce;
      total += ce;
      var tr = el("tr");
      tr.appendChild(el("td", {}, String(j)));
      tr.appendChild(el("td", { "class": "xe-batch__logits" }, row.z.map(fmt).join(", ")));
      tr.appendChild(el("td", {}, row.hard !== null ? String(row.hard)
        : row.y.map(fmt).join(", ")));
      tr.appendChild(el("td", { "data-out": "row-loss" }, fmt(ce)));
      body.appendChild(tr);
    });
    q(root, "batch-mean").textContent = st.batch.length ? fmt(total / st.batch.length) : "—";
    q(root, "batch-table").hidden = st.batch.length === 0;
  }

  // ---- the slowdown replay ----------------------------------------------

  // Round tick steps (1, 2 or 5 times a power of ten) for 0..span.
  function ticks(span, count) {
    var raw = span / Math.max(1, count), power = Math.pow(10, Math.floor(Math.log10(raw)));
    var step = [1, 2, 5, 10].map(function (m) { return m * power; })
      .filter(function (s) { return s >= raw; })[0];
    step = Math.max(1, step);
    var out = [];
    for (var v = 0; v <= span + 1e-9; v += step) out.push(v);
    return out;
  }

  // The chart of the output q against the step, drawn at the size it is shown
  // (so its text keeps its CSS size on a phone): axes, ticks, both curves.
  function drawChart(root, chart, curves, n) {
    var width = chart.clientWidth, height = chart.clientHeight;
    if (!width || !height) return;  // hidden: drawn when shown
    var m = { l: 44, r: 14, t: 24, b: 38 }, w = width - m.l - m.r, h = height - m.t - m.b;
    var span = Math.max(n, 30);
    function x(s) { return m.l + w * s / span; }
    function y(v) { return m.t + h * (1 - v); }
    chart.setAttribute("viewBox", "0 0 " + width + " " + height);
    chart.textContent = "";
    var grid = svg("g", { "class": "xe-grid" }), axis = svg("g", { "class": "xe-ticks" });
    (h < 110 ? [0, 0.5, 1] : [0, 0.25, 0.5, 0.75, 1]).forEach(function (v) {
      grid.appendChild(svg("line", { x1: m.l, x2: m.l + w, y1: y(v), y2: y(v) }));
      axis.appendChild(svg("line", { "class": "xe-tick", x1: m.l - 5, x2: m.l, y1: y(v), y2: y(v) }));
      axis.appendChild(svg("text", {
        "class": "xe-tick-label xe-tick-label--y", x: m.l - 8, y: y(v), "text-anchor": "end", dy: "0.35em",
      }, String(v)));
    });
    ticks(span, Math.max(2, Math.floor(w / 64))).forEach(function (s) {
      axis.appendChild(svg("line", { "class": "xe-tick", x1: x(s), x2: x(s), y1: m.t + h, y2: m.t + h + 5 }));
      axis.appendChild(svg("text", {
        "class": "xe-tick-label xe-tick-label--x", x: x(s), y: m.t + h + 8, "text-anchor": "middle", dy: "0.8em",
      }, String(s)));
    });
    axis.appendChild(svg("line", { "class": "xe-axis", x1: m.l, x2: m.l + w, y1: m.t + h, y2: m.t + h }));
    axis.appendChild(svg("line", { "class": "xe-axis", x1: m.l, x2: m.l, y1: m.t, y2: m.t + h }));
    axis.appendChild(svg("text", {
      "class": "xe-axis-title xe-axis-title--x", x: m.l + w, y: height - 2, "text-anchor": "end",
    }, t(root, "tXAxis")));
    axis.appendChild(svg("text", { "class": "xe-axis-title xe-axis-title--y", x: 2, y: 14 }, t(root, "tYAxis")));
    chart.appendChild(grid);
    chart.appendChild(axis);
    ["quad", "ce"].forEach(function (cost) {
      var states = curves[cost], last = states[states.length - 1];
      // At most ~600 points of the output q against the step.
      var every = Math.max(1, Math.ceil(states.length / 600)), pts = [];
      for (var s = 0; s < states.length; s += every) pts.push(s);
      if (pts[pts.length - 1] !== n) pts.push(n);
      chart.appendChild(svg("polyline", {
        "class": "xe-line xe-line--" + cost,
        points: pts.map(function (s) { return x(s).toFixed(1) + "," + y(states[s].a).toFixed(1); }).join(" "),
      }));
      chart.appendChild(svg("circle", { "class": "xe-dot xe-dot--" + cost, cx: x(n), cy: y(last.a), r: 3.5 }));
    });
  }

  function renderSlow(root, st) {
    var chart = q(root, "chart"), n = st.n, start = STARTS[st.start], curves = {};
    if (!q(root, "step")) return;
    q(root, "start").value = String(st.start);
    setValue(q(root, "lr"), short(st.lr), false);
    q(root, "step").textContent = String(n);
    ["quad", "ce"].forEach(function (cost) {
      var states = descend(cost, start[0], start[1], st.lr, n), last = states[n];
      curves[cost] = states;
      ["w", "b", "a", "c", "gb"].forEach(function (key) {
        q(root, cost + "-" + key).textContent = fmt(last[key]);
      });
    });
    if (chart) {
      chart.setAttribute("aria-label", t(root, "tChart", n));
      drawChart(root, chart, curves, n);
      root.xeRedraw = function () { drawChart(root, chart, curves, n); };
    }
  }

  // ---- copying the link -------------------------------------------------

  // ---- the code lengths -------------------------------------------------

  function buildCodeRows(root, st) {
    var rows = q(root, "code-rows"), i;
    if (!rows) return;
    rows.textContent = "";
    for (i = 0; i < st.cp.length; i++) {
      var row = el("li", { "class": "xe-code-row" });
      var inputs = el("div", { "class": "xe-code-row__inputs" });
      [["cp", "tCodeP"], ["cq", "tCodeQ"]].forEach(function (c) {
        var id = root.id + "-" + c[0] + "-" + i;
        inputs.appendChild(el("label", { "for": id }, t(root, c[1], i + 1)));
        var input = el("input", {
          type: "number", id: id, min: c[0] === "cp" ? 0 : 1e-6, max: LIMIT, step: "any",
          "data-i": i, "data-key": c[0], "class": "xe-code-num", inputmode: "decimal",
        });
        if (c[0] === "cq") input.dataset.tRange = t(root, "tCodeQRange", { i: t(root, "tCodeQ", i + 1) });
        inputs.appendChild(input);
      });
      row.appendChild(inputs);
      row.appendChild(el("p", { "class": "xe-code-row__out", "data-out": "code" + i }));
      rows.appendChild(row);
    }
  }

  // Two panels, the code for p above and the code for q below: a box per
  // symbol, p(x) wide and its codeword's length tall, so each panel's area
  // is the expected length. Drawn in the units of a viewBox 320 wide.
  function drawCodeChart(root, chart, r) {
    var W = 320, m = { l: 30, r: 8, t: 4, b: 30 }, head = 20, ph = 90, gap = 22, w = W - m.l - m.r;
    var H = m.t + 2 * (head + ph) + gap + m.b, top = 0, i;
    [r.own, r.used].forEach(function (len) {
      for (i = 0; i < len.length; i++) if (r.p[i] > 0) top = Math.max(top, len[i]);
    });
    top = Math.max(3, Math.min(CODE_MAX_BITS, Math.ceil(top)));
    chart.setAttribute("viewBox", "0 0 " + W + " " + H);
    chart.textContent = "";
    function x(v) { return m.l + w * v; }
    [["own", r.own, "tCodePanelP", r.h], ["used", r.used, "tCodePanelQ", r.ce]].forEach(function (panel, k) {
      // its title on a line of its own, then the boxes
      var y0 = m.t + head + k * (head + ph + gap), g = svg("g", { "class": "xe-code-panel", "data-panel-area": panel[3] });
      function y(bits) { return y0 + ph * (1 - Math.min(bits, top) / top); }
      for (var b = 0; b <= top; b += top > 6 ? 2 : 1) {
        g.appendChild(svg("line", { "class": "xe-tick", x1: m.l - 4, x2: m.l, y1: y(b), y2: y(b) }));
        g.appendChild(svg("text", { x: m.l - 6, y: y(b) + 4, "text-anchor": "end" }, String(b)));
      }
      var left = 0;
      for (i = 0; i < r.p.length; i++) {
        if (r.p[i] > 0) {
          g.appendChild(svg("rect", {
            "class": "xe-code-box xe-code-box--" + panel[0], x: x(left), width: w * r.p[i],
            y: y(panel[1][i]), height: y(0) - y(panel[1][i]), "data-p": r.p[i], "data-bits": panel[1][i],
          }));
          if (w * r.p[i] > 18) {
            g.appendChild(svg("text", { x: x(left + r.p[i] / 2), y: y(0) - 4, "text-anchor": "middle", "class": "xe-code-label" },
              t(root, "tCodeSymbol", i + 1)));
          }
        }
        left += r.p[i];
      }
      g.appendChild(svg("line", { "class": "xe-axis", x1: m.l, x2: m.l, y1: y0, y2: y(0) }));
      g.appendChild(svg("line", { "class": "xe-axis", x1: m.l, x2: W - m.r, y1: y(0), y2: y(0) }));
      g.appendChild(svg("text", { x: m.l, y: y0 - 8, "text-anchor": "start", "class": "xe-axis-title" },
        t(root, panel[2], fmt(panel[3]))));
      chart.appendChild(g);
    });
    var base = m.t + 2 * (head + ph) + gap;
    [0, 0.5, 1].forEach(function (v) {
      chart.appendChild(svg("line", { "class": "xe-tick", x1: x(v), x2: x(v), y1: base, y2: base + 4 }));
      chart.appendChild(svg("text", { x: x(v), y: base + 15, "text-anchor": v === 0 ? "start" : v === 1 ? "end" : "middle" }, String(v)));
    });
    chart.appendChild(svg("text", { x: m.l + w / 2, y: H - 2, "text-anchor": "middle", "class": "xe-axis-title" }, t(root, "tCodeXAxis")));
    chart.setAttribute("aria-label", t(root, "tCodeChart", { h: fmt(r.h), ce: fmt(r.ce), kl: fmt(r.kl) }));
  }

  function renderCode(root, st, syncInputs) {
    var rows = q(root, "code-rows"), chart = q(root, "code-chart"), r = codeLengths(st.cp, st.cq), i;
    if (!rows && !chart && !q(root, "out-code-h")) return;
    for (i = 0; rows && i < st.cp.length; i++) {
      setValue(document.getElementById(root.id + "-cp-" + i), short(st.cp[i]), syncInputs);
      setValue(document.getElementById(root.id + "-cq-" + i), short(st.cq[i]), syncInputs);
      rows.querySelector('[data-out="code' + i + '"]').textContent = t(root, "tCodeRow", {
        i: i + 1, p: fmt(r.p[i]), q: fmt(r.q[i]), own: r.p[i] > 0 ? fmt(r.own[i]) : "—", used: fmt(r.used[i]),
      });
    }
    [["out-code-h", r.h], ["out-code-ce", r.ce], ["out-code-kl", r.kl]].forEach(function (o) {
      if (q(root, o[0])) q(root, o[0]).textContent = fmt(o[1]);
    });
    if (chart) drawCodeChart(root, chart, r);
  }

  // ---- the surprisal of a sentence ---------------------------------------

  // Each character with its bits (null: not in the model's alphabet).
  function surprisals(model, text) {
    var K = model.alphabet.length, prev = 0;
    return Array.from(text).map(function (ch) {
      var i = /\s/.test(ch) ? 0 : model.alphabet.indexOf(ch.toLowerCase());  // a line break is a space
      if (i < 0) return { ch: ch, bits: null };
      var row = model.counts[prev], n = row.reduce(function (a, v) { return a + v; }, 0);
      var bits = -Math.log2((row[i] + model.k) / (n + K * model.k));
      prev = i;
      return { ch: ch, bits: bits };
    });
  }

  function renderText(root, st, model) {
    var box = q(root, "text-out");
    if (!box) return { skipped: 0 };
    box.textContent = "";
    if (!model) return { skipped: 0 };
    var chars = surprisals(model, st.text), total = 0, scored = 0, bytes = 0, skipped = 0;
    // Each character a column: a bar as tall as its bits, the character, the number.
    chars.forEach(function (c) {
      var cell = el("span", { "class": "xe-char" }), track = el("span", { "class": "xe-char__track", "aria-hidden": "true" });
      var bar = el("span", { "class": "xe-char__bar" });
      track.appendChild(bar);
      cell.appendChild(track);
      // a space is drawn as ␣ by the stylesheet: a glyph, not text to read or check
      cell.appendChild(c.ch === " " ? el("span", { "class": "xe-char__c xe-char__c--space" })
        : el("span", { "class": "xe-char__c" }, c.ch));
      if (c.bits === null) {
        cell.classList.add("xe-char--skipped");
        cell.appendChild(el("span", { "class": "xe-char__b" }, "—"));
        skipped++;
      } else {
        total += c.bits; scored++;
        bytes += new TextEncoder().encode(c.ch).length;
        cell.dataset.bits = String(c.bits);
        bar.style.height = 100 * Math.min(1, c.bits / TEXT.full) + "%";
        cell.appendChild(el("span", { "class": "xe-char__b" }, c.bits.toFixed(1)));
        cell.setAttribute("aria-label", t(root, "tTextChar", { c: c.ch === " " ? "␣" : c.ch, bits: fmt(c.bits) }));
      }
      box.appendChild(cell);
    });
    [["out-text-bits", total], ["out-text-mean", scored ? total / scored : 0],
      ["out-text-bpb", bytes ? total / bytes : 0]].forEach(function (o) {
      if (q(root, o[0])) q(root, o[0]).textContent = fmt(o[1]);
    });
    if (q(root, "out-text-n")) q(root, "out-text-n").textContent = String(scored);
    return { skipped: skipped };
  }

  function copyText(text) {
    if (navigator.clipboard && window.isSecureContext) return navigator.clipboard.writeText(text);
    return new Promise(function (resolve, reject) {
      var area = el("textarea", { readonly: "", "aria-hidden": "true", "class": "xe-offscreen" });
      var focused = document.activeElement;
      area.value = text;
      document.body.appendChild(area);
      area.select();
      var done = false;
      try { done = document.execCommand("copy"); } catch (e) { done = false; }
      area.remove();
      if (focused) focused.focus();
      if (done) resolve(); else reject(new Error("copy failed"));
    });
  }

  // ---- wiring -----------------------------------------------------------

  var count = 0;

  function setup(root) {
    if (root.dataset.xeReady) return;
    root.dataset.xeReady = "1";
    if (!root.id) root.id = "xe-explorer-" + ++count;
    var url = root.hasAttribute("data-xe-url"), st = freshState(), timer = null;
    var problems = {};  // input id (or "link-<panel>") -> message
    var textState = { model: null, failed: false, skipped: 0, cut: false };
    var linkBad = parseState(new URLSearchParams(url ? location.search : root.dataset.xeStart || ""), st);
    if (!root.querySelector('[data-panel="' + st.mode + '"]')) st.mode = "loss";
    Object.keys(linkBad).forEach(function (panel) { problems["link-" + panel] = [panel, t(root, "tBadLink")]; });

    function on(name, type, fn) {
      var e = typeof name === "string" ? q(root, name) : name;
      if (e) e.addEventListener(type, fn);
      return e;
    }
    function save() { if (url) writeState(st); }
    function showMessages() {
      var text = { loss: [], slow: [], code: [], text: [] };
      Object.keys(problems).forEach(function (id) { text[problems[id][0]].push(problems[id][1]); });
      if (st.hard === null && !st.weights.some(function (v) { return v > 0; })) text.loss.push(t(root, "tZeroWeights"));
      if (textState.failed) text.text.push(t(root, "tTextFailed"));
      if (textState.skipped) text.text.push(t(root, "tTextSkipped", textState.skipped));
      if (textState.cut) text.text.push(t(root, "tTextLong", TEXT.max));
      [["loss", "message"], ["slow", "slow-message"], ["code", "code-message"], ["text", "text-message"]].forEach(function (m) {
        var box = q(root, m[1]);
        if (!box) return;
        box.textContent = "";
        text[m[0]].forEach(function (line) { box.appendChild(el("span", {}, line)); });
      });
    }
    // The label a reader knows an input by.
    function nameOf(input) {
      var label = input.id && root.querySelector('label[for="' + input.id + '"]');
      return (label ? label.textContent : input.getAttribute("aria-label") || "").trim();
    }
    // The value of a typed-in number, or NaN, with the message shown or cleared.
    function checked(input, ok) {
      var v = parse(input.value), panel = input.closest("[data-panel]");
      panel = panel ? panel.dataset.panel : "loss";
      var message = null;
      if (!isFinite(v)) message = t(root, "tNotNumber", { i: nameOf(input) });
      else if (!ok(v)) {
        message = input.dataset.tRange
          || t(root, "tOutOfRange", { i: nameOf(input), lo: input.min, hi: input.max });
      }
      if (message) {
        problems[input.id] = [panel, message];
        input.setAttribute("aria-invalid", "true");
      } else {
        delete problems[input.id];
        input.removeAttribute("aria-invalid");
      }
      return message ? NaN : v;
    }
    function clear(input) {  // its last valid value is back in the box
      if (!input) return;
      delete problems[input.id];
      input.removeAttribute("aria-invalid");
    }
    function clearAll(panel) {
      Object.keys(problems).forEach(function (id) {
        if (problems[id][0] !== panel) return;
        var input = document.getElementById(id);
        if (input) input.removeAttribute("aria-invalid");
        delete problems[id];
      });
    }
    function note(text) {
      var box = q(root, "preset-note");
      if (box) box.textContent = text || "";
    }
    function showMode() {
      root.querySelectorAll("[data-panel]").forEach(function (p) { p.hidden = p.dataset.panel !== st.mode; });
      root.querySelectorAll('input[name="' + root.id + '-mode"]').forEach(function (r) { r.checked = r.value === st.mode; });
      if (st.mode === "slow" && root.xeRedraw) root.xeRedraw();  // it had no size while hidden
    }
    function resize(k) {
      k = Math.max(MIN_K, Math.min(MAX_K, k));
      while (st.z.length < k) st.z.push(0);
      st.z.length = k;
      if (st.weights) {
        while (st.weights.length < k) st.weights.push(0);
        st.weights.length = k;
      }
      if (st.hard !== null && st.hard >= k) st.hard = k - 1;
      clearAll("loss");
      buildRows(root, st);
    }
    function renderAll(sync) {
      renderLoss(root, st, sync);
      showMessages();
    }
    function stop() {
      if (timer !== null) { clearInterval(timer); timer = null; }
      var play = q(root, "play");
      if (play) play.textContent = root.dataset.tPlay;
    }
    function advance(by) {
      st.n = Math.min(100000, st.n + by);
      renderSlow(root, st);
      save();
    }

    // The loss explorer.
    if (q(root, "eps-range")) q(root, "eps-range").step = "0.01";
    var kSel = q(root, "k");
    for (var k = MIN_K; kSel && k <= MAX_K; k++) kSel.appendChild(el("option", { value: k }, String(k)));
    root.querySelectorAll('input[name="' + root.id + '-mode"]').forEach(function (radio) {
      radio.addEventListener("change", function () { st.mode = radio.value; stop(); showMode(); save(); });
    });
    on(kSel, "change", function () {
      resize(parseInt(kSel.value, 10)); note(); renderAll(true); save();
    });
    on("kind", "change", function (e) {
      if (e.target.value === "soft" && st.hard !== null) {
        st.weights = targetVector(st.z.length, st.hard, null, 0);
        st.hard = null;
      } else if (e.target.value === "hard" && st.hard === null) {
        var y = targetVector(st.z.length, null, st.weights, 0);
        st.hard = y.indexOf(Math.max.apply(null, y));
        st.weights = null;
      }
      note(); renderAll(true); save();
    });
    on("class", "change", function (e) {
      st.hard = parseInt(e.target.value, 10); note(); renderAll(false); save();
    });
    on("rows", "input", function (e) {
      var i = parseInt(e.target.dataset.i, 10), weight = e.target.classList.contains("xe-weight");
      if (e.target.classList.contains("xe-range")) clear(document.getElementById(root.id + "-z-" + i));
      var v = checked(e.target, function (v) { return weight ? v >= 0 && v <= LIMIT : Math.abs(v) <= LIMIT; });
      if (isFinite(v)) {
        if (weight) st.weights[i] = v;
        else st.z[i] = v;
        save();
      }
      note(); renderAll(false);
    });
    on("rows", "change", function (e) { clear(e.target); renderAll(true); });
    function setEps(e) {
      if (e.target !== q(root, "eps")) clear(q(root, "eps"));
      var v = checked(e.target, function (v) { return v >= 0 && v <= 1; });
      if (isFinite(v)) { st.eps = v; save(); }
      note(); renderAll(false);
    }
    on("eps", "input", setEps);
    on("eps", "change", function (e) { clear(e.target); renderAll(true); });
    on("eps-range", "input", setEps);
    on("add", "click", function () {
      var y = targetVector(st.z.length, st.hard, st.weights, st.eps);
      st.batch.push({ z: st.z.slice(), hard: st.hard !== null && st.eps === 0 ? st.hard : null, y: y });
      renderBatch(root, st); save();
    });
    on("clear", "click", function () {
      st.batch = []; renderBatch(root, st); save();
    });
    function setLoss(from) {
      st.z = from.z; st.hard = from.hard; st.weights = from.weights; st.eps = from.eps;
      clearAll("loss");
      buildRows(root, st); renderAll(true); save();
    }
    on("reset-loss", "click", function () { note(); setLoss(freshState()); });
    root.querySelectorAll("[data-preset]").forEach(function (button) {
      var preset = freshState();
      parseState(new URLSearchParams(button.dataset.preset), preset);
      button.dataset.presetKey = lossQuery(preset);
      button.addEventListener("click", function () {
        setLoss({ z: preset.z.slice(), hard: preset.hard, weights: preset.weights && preset.weights.slice(),
          eps: preset.eps });
        note(button.dataset.note);
      });
    });
    var open = q(root, "open");
    if (open) open.dataset.xeBase = open.getAttribute("href").split("?")[0];

    // The slowdown replay.
    on("start", "change", function (e) {
      stop(); st.start = e.target.value === "1" ? 1 : 0; st.n = 0; renderSlow(root, st); save();
    });
    on("lr", "input", function (e) {
      var v = checked(e.target, function (v) { return v > 0 && v <= 100; });
      if (isFinite(v)) { st.lr = v; renderSlow(root, st); save(); }
      showMessages();
    });
    on("lr", "change", function (e) { clear(e.target); showMessages(); setValue(e.target, short(st.lr), true); });
    root.querySelectorAll("[data-steps]").forEach(function (b) {
      b.addEventListener("click", function () { advance(parseInt(b.dataset.steps, 10)); });
    });
    on("reset-slow", "click", function () { stop(); st.n = 0; renderSlow(root, st); save(); });
    on("play", "click", function () {
      if (timer !== null) { stop(); return; }
      q(root, "play").textContent = root.dataset.tPause;
      timer = setInterval(function () {
        if (!root.isConnected) { stop(); return; }  // the page was left (instant navigation)
        advance(2);
      }, 40);
    });
    var chart = q(root, "chart");
    if (chart && window.ResizeObserver) {
      var pending = false;
      new ResizeObserver(function () {
        if (pending) return;
        pending = true;
        requestAnimationFrame(function () { pending = false; if (root.xeRedraw) root.xeRedraw(); });
      }).observe(chart);
    }

    // The code lengths.
    on("code-rows", "input", function (e) {
      var i = parseInt(e.target.dataset.i, 10), key = e.target.dataset.key;
      if (!key) return;
      var v = checked(e.target, function (v) { return key === "cp" ? v >= 0 && v <= LIMIT : v > 0 && v <= LIMIT; });
      if (isFinite(v) && key === "cp") {
        var next = st.cp.slice();
        next[i] = v;
        if (!next.some(function (w) { return w > 0; })) {
          problems[e.target.id] = ["code", t(root, "tCodeZeroP")];
          e.target.setAttribute("aria-invalid", "true");
          v = NaN;
        }
      }
      if (isFinite(v)) { st[key][i] = v; save(); }
      renderCode(root, st, false);
      showMessages();
    });
    on("code-rows", "change", function (e) { clear(e.target); renderCode(root, st, true); showMessages(); });
    on("reset-code", "click", function () {
      st.cp = CODE.p.slice(); st.cq = CODE.q.slice();
      clearAll("code"); renderCode(root, st, true); showMessages(); save();
    });

    // The surprisal of a sentence: the model is fetched once, from the site.
    function showText() {
      textState.skipped = renderText(root, st, textState.model).skipped;
      showMessages();
    }
    var textPanel = root.querySelector('[data-panel="text"]');
    if (textPanel && textPanel.dataset.xeModel) {
      fetch(textPanel.dataset.xeModel).then(function (r) {
        if (!r.ok) throw new Error(r.status);
        return r.json();
      }).then(function (model) { textState.model = model; showText(); }, function () {
        textState.failed = true; showText();
      });
    }
    on("text-in", "input", function (e) {
      textState.cut = e.target.value.length > TEXT.max;
      st.text = e.target.value.slice(0, TEXT.max);
      save(); showText();
    });

    // The shared link.
    var copyTimer = null;
    on("copy-link", "click", function () {
      var status = q(root, "copy-status"), link;
      save();
      link = url ? location.href : (open ? open.href : location.href);
      copyText(link).then(function () {
        return t(root, "tCopied");
      }, function () {
        return t(root, "tCopyFailed");
      }).then(function (text) {
        if (!status) return;
        status.textContent = text;
        clearTimeout(copyTimer);
        copyTimer = setTimeout(function () { status.textContent = ""; }, 6000);
      });
    });

    buildRows(root, st);
    buildCodeRows(root, st);
    showMode();
    renderAll(true);
    renderSlow(root, st);
    renderCode(root, st, true);
    if (q(root, "text-in")) q(root, "text-in").value = st.text;
    root.classList.add("xe-ready");
  }

  function init() {
    document.querySelectorAll("[data-xe-explorer]").forEach(setup);
  }

  // Material's document$ emits on the first load and after every instant
  // navigation; subscribe once even if this script is evaluated again.
  if (window.__xePlayground) {
    init();
    return;
  }
  window.__xePlayground = true;
  function subscribe() {
    if (window.document$ && typeof window.document$.subscribe === "function") {
      window.document$.subscribe(init);
    } else {
      init();
    }
  }
  if (document.readyState === "loading") document.addEventListener("DOMContentLoaded", subscribe);
  else subscribe();
})();
