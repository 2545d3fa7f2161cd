/* veille web UI: charts (uPlot, bundled) and scrolling to the evidence. Data is read from
   JSON script blocks and only ever written into the page as text (textContent), never as HTML. */
(function () {
  "use strict";
  var COLOURS = ["#1f5fa8", "#c0392b", "#2e8b57", "#8e44ad", "#d35400", "#16a085", "#7f8c8d", "#b7950b"];

  function readJSON(id) {
    var node = document.getElementById(id);
    return node ? JSON.parse(node.textContent) : null;
  }

  function seconds(iso) { return Date.parse(iso.length === 7 ? iso + "-01" : iso) / 1000; }

  function drawChart(box) {
    var name = box.getAttribute("data-chart");
    var data = readJSON("chart-" + name);
    var stance = box.hasAttribute("data-stance");
    if (!data || data.x.length < 2 || data.series.length === 0 || typeof uPlot === "undefined") {
      var p = document.createElement("p");
      p.className = "none";
      p.textContent = box.getAttribute("data-empty");
      box.appendChild(p);
      return;
    }
    var labels = JSON.parse(box.getAttribute("data-labels") || "{}");
    var series = [{ label: box.getAttribute("data-time") || "" }];
    var columns = [data.x.map(seconds)];
    data.series.forEach(function (s, i) {
      series.push({ label: s.label || labels[s.key] || s.key, stroke: COLOURS[i % COLOURS.length],
                    width: 2, spanGaps: true, points: { show: true, size: 6 } });
      columns.push(s.values);
    });
    var options = {
      width: Math.max(320, box.clientWidth || 600), height: 220, series: series,
      scales: stance ? { y: { range: [-1, 1] } } : {},
      axes: [{}, { label: stance ? box.getAttribute("data-note") : "" }]
    };
    new uPlot(options, columns, box);
  }

  function focusEvidence() {
    var target = document.getElementById("focus");
    if (!target) return;
    target.scrollIntoView({ block: "center" });
    document.querySelectorAll(".article-text .focus").forEach(function (node) { node.classList.add("flash"); });
  }

  document.addEventListener("DOMContentLoaded", function () {
    document.querySelectorAll("[data-chart]").forEach(drawChart);
    focusEvidence();
  });
})();
