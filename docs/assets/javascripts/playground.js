// The playground page (playground.md in both languages).
//
// Language-neutral: every word the reader sees comes from the page's HTML
// (labels, and data-t-* templates on the .xe-playground element), so this file
// serves the Chinese and the English page alike. The state lives in the query
// string, so a configuration can be shared as a link.
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
(function () {
  "use strict";

  var MIN_K = 2, MAX_K = 10, LIMIT = 1e6, SLIDER = 10;
  var DEFAULTS = { z: [2, 1, 0.1], y: 0, eps: 0, start: 0, lr: 0.15 };
  var STARTS = [[0.6, 0.9], [2, 2]];
  var X = 1, Y = 0;

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
    if (Number.isNaN(v)) return "NaN";
    if (!isFinite(v)) return v > 0 ? "∞" : "−∞";
    if (v !== 0 && Math.abs(v) < 1e-4) return v.toExponential(3).replace("-", "−");
    return v.toFixed(4).replace(/^-/, "−");
  }

  function num(text) {
    var v = parseFloat(String(text).replace("−", "-"));
    return isFinite(v) ? Math.min(LIMIT, Math.max(-LIMIT, v)) : NaN;
  }

  function t(root, key, i) {
    return (root.dataset[key] || "").replace(/\{i\}/g, String(i));
  }

  function el(tag, attrs, text) {
    var e = document.createElement(tag), k;
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

  // ---- state and URL ----------------------------------------------------

  function readState() {
    var s = new URLSearchParams(location.search), st = {
      mode: s.get("m") === "slow" ? "slow" : "loss",
      z: DEFAULTS.z.slice(), hard: DEFAULTS.y, weights: null, eps: DEFAULTS.eps,
      batch: [], start: DEFAULTS.start, lr: DEFAULTS.lr, n: 0,
    };
    var z = (s.get("z") || "").split(",").map(num);
    if (z.length >= MIN_K && z.length <= MAX_K && z.every(isFinite)) st.z = z;
    var y = s.get("y");
    if (y && y.indexOf(",") >= 0) {
      var w = y.split(",").map(num);
      if (w.length === st.z.length && w.every(isFinite)) { st.hard = null; st.weights = w; }
    } else if (y !== null && /^\d+$/.test(y) && +y < st.z.length) {
      st.hard = +y;
    }
    var eps = num(s.get("ls"));
    if (eps >= 0 && eps <= 1) st.eps = eps;
    (s.get("b") || "").split("|").forEach(function (row) {
      var parts = row.split(";");
      if (parts.length !== 2) return;
      var rz = parts[0].split(",").map(num), ry = parts[1].split(",").map(num);
      if (rz.length < MIN_K || rz.length > MAX_K || !rz.every(isFinite) || !ry.every(isFinite)) return;
      if (ry.length === 1 && ry[0] >= 0 && ry[0] < rz.length && ry[0] === Math.floor(ry[0])) {
        st.batch.push({ z: rz, hard: ry[0], y: targetVector(rz.length, ry[0], null, 0) });
      } else if (ry.length === rz.length) {
        st.batch.push({ z: rz, hard: null, y: targetVector(rz.length, null, ry, 0) });
      }
    });
    if (s.get("w") === "1") st.start = 1;
    var lr = num(s.get("lr"));
    if (lr > 0 && lr <= 100) st.lr = lr;
    var n = parseInt(s.get("n"), 10);
    if (n > 0) st.n = Math.min(n, 100000);
    return st;
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
    history.replaceState(history.state, "", "?" + s.toString() + location.hash);
  }

  // ---- the loss explorer ------------------------------------------------

  function buildRows(root, st) {
    var rows = q(root, "rows"), k = st.z.length, i;
    rows.textContent = "";
    for (i = 0; i < k; i++) {
      var row = el("li", { "class": "xe-row" });
      var head = el("div", { "class": "xe-row__inputs" });
      var id = root.id + "-z-" + i;
      head.appendChild(el("label", { "for": id, "class": "xe-row__label" }, t(root, "tLogit", i)));
      var range = el("input", {
        type: "range", min: -SLIDER, max: SLIDER, step: "0.01", "data-i": i,
        "class": "xe-range", "aria-label": t(root, "tLogitSlider", i),
      });
      var box = el("input", {
        type: "number", id: id, min: -LIMIT, max: LIMIT, step: "any", "data-i": i,
        "class": "xe-num", inputmode: "decimal",
      });
      head.appendChild(range);
      head.appendChild(box);
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
        line.appendChild(track);
        line.appendChild(el("span", { "class": "xe-bar__value", "data-out": b[0] + i }));
        bars.appendChild(line);
      });
      row.appendChild(bars);
      rows.appendChild(row);
    }
    var cls = q(root, "class");
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

  function renderLoss(root, st, syncInputs) {
    var k = st.z.length, i;
    var y = targetVector(k, st.hard, st.weights, st.eps), r = losses(st.z, y);
    var rows = q(root, "rows").children;
    for (i = 0; i < k; i++) {
      var row = rows[i], box = row.querySelector(".xe-num"), range = row.querySelector(".xe-range");
      if (syncInputs || document.activeElement !== box) box.value = short(st.z[i]);
      range.value = String(Math.max(-SLIDER, Math.min(SLIDER, st.z[i])));
      var weight = row.querySelector(".xe-weight");
      if (st.weights && (syncInputs || document.activeElement !== weight)) weight.value = short(st.weights[i]);
      var bars = row.querySelectorAll(".xe-bar");
      setBar(bars[0], r.p[i], false);
      setBar(bars[1], r.y[i], false);
      setBar(bars[2], r.grad[i], true);
    }
    root.classList.toggle("xe-soft", st.hard === null);
    q(root, "k").value = String(k);
    q(root, "kind").value = st.hard === null ? "soft" : "hard";
    q(root, "class").value = String(st.hard === null ? 0 : st.hard);
    q(root, "class").disabled = st.hard === null;
    if (syncInputs || document.activeElement !== q(root, "eps")) q(root, "eps").value = short(st.eps);
    q(root, "eps-range").value = String(st.eps);
    ["ce", "kl", "h", "mse"].forEach(function (key) { q(root, "out-" + key).textContent = fmt(r[key]); });
    renderBatch(root, st);
  }

  function renderBatch(root, st) {
    var body = q(root, "batch"), total = 0;
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

  function renderSlow(root, st) {
    var start = STARTS[st.start], chart = q(root, "chart"), n = st.n;
    q(root, "start").value = String(st.start);
    if (document.activeElement !== q(root, "lr")) q(root, "lr").value = short(st.lr);
    q(root, "step").textContent = String(n);
    var width = 300, height = 120, span = Math.max(n, 30);
    ["quad", "ce"].forEach(function (cost) {
      var states = descend(cost, start[0], start[1], st.lr, n), last = states[n];
      ["w", "b", "a", "c", "gb"].forEach(function (key) {
        q(root, cost + "-" + key).textContent = fmt(last[key]);
      });
      // Draw at most ~600 points of the output q against the step.
      var every = Math.max(1, Math.ceil(states.length / 600)), pts = [];
      for (var s = 0; s < states.length; s += every) pts.push(s);
      if (pts[pts.length - 1] !== n) pts.push(n);
      chart.querySelector(".xe-line--" + cost).setAttribute("points", pts.map(function (s) {
        return (width * s / span).toFixed(1) + "," + (height * (1 - states[s].a)).toFixed(1);
      }).join(" "));
    });
    chart.setAttribute("aria-label", t(root, "tChart", n));
  }

  // ---- wiring -----------------------------------------------------------

  function setup(root) {
    if (root.dataset.xeReady) return;
    root.dataset.xeReady = "1";
    if (!root.id) root.id = "xe-playground";
    var st = readState(), timer = null;

    function save() { writeState(st); }
    function showMode() {
      root.querySelectorAll("[data-panel]").forEach(function (p) { p.hidden = p.dataset.panel !== st.mode; });
      root.querySelectorAll('input[name="' + root.id + '-mode"]').forEach(function (r) { r.checked = r.value === st.mode; });
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
      buildRows(root, st);
    }
    function stop() {
      if (timer !== null) { clearInterval(timer); timer = null; }
      var play = q(root, "play");
      play.textContent = root.dataset.tPlay;
    }
    function advance(by) {
      st.n = Math.min(100000, st.n + by);
      renderSlow(root, st);
      save();
    }

    q(root, "eps-range").step = "0.01";
    var kSel = q(root, "k");
    for (var k = MIN_K; k <= MAX_K; k++) kSel.appendChild(el("option", { value: k }, String(k)));
    root.querySelectorAll('input[name="' + root.id + '-mode"]').forEach(function (radio) {
      radio.addEventListener("change", function () { st.mode = radio.value; stop(); showMode(); save(); });
    });
    kSel.addEventListener("change", function () {
      resize(parseInt(kSel.value, 10)); renderLoss(root, st, true); save();
    });
    q(root, "kind").addEventListener("change", function (e) {
      if (e.target.value === "soft" && st.hard !== null) {
        st.weights = targetVector(st.z.length, st.hard, null, 0);
        st.hard = null;
      } else if (e.target.value === "hard" && st.hard === null) {
        var y = targetVector(st.z.length, null, st.weights, 0);
        st.hard = y.indexOf(Math.max.apply(null, y));
        st.weights = null;
      }
      renderLoss(root, st, true); save();
    });
    q(root, "class").addEventListener("change", function (e) {
      st.hard = parseInt(e.target.value, 10); renderLoss(root, st, false); save();
    });
    q(root, "rows").addEventListener("input", function (e) {
      var i = parseInt(e.target.dataset.i, 10), v = num(e.target.value);
      if (!isFinite(v)) return;
      if (e.target.classList.contains("xe-weight")) st.weights[i] = Math.max(0, v);
      else st.z[i] = v;
      renderLoss(root, st, false); save();
    });
    q(root, "rows").addEventListener("change", function () { renderLoss(root, st, true); });
    function setEps(v) {
      if (!(v >= 0)) return;
      st.eps = Math.min(1, v); renderLoss(root, st, false); save();
    }
    q(root, "eps").addEventListener("input", function (e) { setEps(num(e.target.value)); });
    q(root, "eps").addEventListener("change", function () { renderLoss(root, st, true); });
    q(root, "eps-range").addEventListener("input", function (e) { setEps(num(e.target.value)); });
    q(root, "add").addEventListener("click", function () {
      var y = targetVector(st.z.length, st.hard, st.weights, st.eps);
      st.batch.push({ z: st.z.slice(), hard: st.hard !== null && st.eps === 0 ? st.hard : null, y: y });
      renderBatch(root, st); save();
    });
    q(root, "clear").addEventListener("click", function () {
      st.batch = []; renderBatch(root, st); save();
    });
    q(root, "reset-loss").addEventListener("click", function () {
      st.z = DEFAULTS.z.slice(); st.hard = DEFAULTS.y; st.weights = null; st.eps = DEFAULTS.eps;
      buildRows(root, st); renderLoss(root, st, true); save();
    });

    q(root, "start").addEventListener("change", function (e) {
      stop(); st.start = e.target.value === "1" ? 1 : 0; st.n = 0; renderSlow(root, st); save();
    });
    q(root, "lr").addEventListener("input", function (e) {
      var v = num(e.target.value);
      if (v > 0 && v <= 100) { st.lr = v; renderSlow(root, st); save(); }
    });
    q(root, "lr").addEventListener("change", function () { renderSlow(root, st); });
    root.querySelectorAll("[data-steps]").forEach(function (b) {
      b.addEventListener("click", function () { advance(parseInt(b.dataset.steps, 10)); });
    });
    q(root, "reset-slow").addEventListener("click", function () { stop(); st.n = 0; renderSlow(root, st); save(); });
    q(root, "play").addEventListener("click", function () {
      if (timer !== null) { stop(); return; }
      var play = q(root, "play");
      play.textContent = root.dataset.tPause;
      timer = setInterval(function () {
        if (!root.isConnected) { stop(); return; }  // the page was left (instant navigation)
        advance(2);
      }, 40);
    });

    buildRows(root, st);
    showMode();
    renderLoss(root, st, true);
    renderSlow(root, st);
    root.classList.add("xe-ready");
  }

  function init() {
    document.querySelectorAll(".xe-playground").forEach(setup);
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
