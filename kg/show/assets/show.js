/* The page of kg show: draws the story kg/show/page.py inlined as JSON (#story-data) with Cytoscape.js.
 *
 * When the drawing is done the body says so for tests and benchmarks: data-drawn="yes" and data-draw-ms
 * (milliseconds from the start of the page's load) once the first picture is drawn; data-complete="yes",
 * data-complete-ms, data-nodes and data-edges (the elements drawn, filters applied) once every part of a
 * large drawing is in (a small one has one part). The URL's hash may preset the filters and the node shown:
 * #types=Loan,Sanction&statuses=occurred&select=IRI.
 */
(function () {
  "use strict";

  var data = JSON.parse(document.getElementById("story-data").textContent);
  var ENTITY_COLORS = {Person: "#2b6cb0", Country: "#c53030", City: "#dd6b20", Organization: "#2f855a",
                       Group: "#6b46c1", Place: "#8d6e63"};
  var SLOT_COLORS = {agent: "#2d3748", target: "#c53030", place: "#dd6b20", source: "#718096"};
  // Event fills by family of CAMEO types, so that money, pressure, protest and force stand apart.
  var EVENT_FAMILIES = [
    {name: "money: Loan, Payment", color: "#c6f6d5", types: ["Loan", "Payment"]},
    {name: "pressure: Sanction, Restriction", color: "#feebc8", types: ["Sanction", "Restriction"]},
    {name: "protest", color: "#fefcbf", types: ["Protest"]},
    {name: "force: Arrest, Assault, ForceDisplay", color: "#fed7d7", types: ["Arrest", "Assault", "ForceDisplay"]},
    {name: "words: Statement, Criticism, Accusation, Denial, Threat", color: "#e2e8f0",
     types: ["Statement", "Criticism", "Accusation", "Denial", "Threat"]},
    {name: "other: Meeting, Release, Election, DataLeak", color: "#e9d8fd",
     types: ["Meeting", "Release", "Election", "DataLeak"]}
  ];
  var EVENT_FILL = {};
  EVENT_FAMILIES.forEach(function (family) {
    family.types.forEach(function (type) { EVENT_FILL[type] = family.color; });
  });
  var STATUSES = ["occurred", "planned", "threatened", "denied", "ongoing"];
  var STATUS_BORDER = {occurred: "solid", planned: "dashed", threatened: "dashed", denied: "dotted", ongoing: "double"};
  var LARGE = 300;  // nodes above which positions are computed here (fast) instead of force-directed
  var FIRST_PART = 1500;  // nodes of a large drawing in its first picture
  var PART_NODES = 8000;  // nodes each later part adds (fewer parts: fewer pictures drawn again)

  var entities = new Map(data.entities.map(function (e) { return [e.id, e]; }));
  var events = new Map(data.events.map(function (e) { return [e.id, e]; }));
  var articles = new Map(data.articles.map(function (a) { return [a.id, a]; }));

  function el(tag, attrs, children) {
    var node = document.createElement(tag);
    Object.keys(attrs || {}).forEach(function (key) {
      if (key === "text") { node.textContent = attrs[key]; } else { node.setAttribute(key, attrs[key]); }
    });
    (children || []).forEach(function (child) {
      node.appendChild(typeof child === "string" ? document.createTextNode(child) : child);
    });
    return node;
  }

  function labels(iris) {
    return (iris || []).map(function (iri) { var e = entities.get(iri); return e ? e.label : iri; });
  }

  function eventSummary(ev) {
    var who = labels(ev.slots.agent).join(", ");
    var whom = labels(ev.slots.target).join(", ");
    var where = labels(ev.slots.place).join(", ");
    return (who || "?") + (whom ? " \u2192 " + whom : "") + (where ? " (" + where + ")" : "");
  }

  // ---------------------------------------------------------------- header: title, articles, cap
  document.getElementById("title").textContent = data.title;
  var list = document.getElementById("articles");
  data.articles.slice(0, 12).forEach(function (a) {
    list.appendChild(el("li", {}, [el("time", {text: a.published}), " ", a.headline,
                                   " (" + a.events + " events)"]));
  });
  if (data.articles.length > 12) {
    list.appendChild(el("li", {text: "and " + (data.articles.length - 12) + " more articles"}));
  }
  if (data.cap.eventsShown < data.cap.eventsTotal) {
    var note = document.getElementById("cap-note");
    note.hidden = false;
    note.textContent = "Showing " + data.cap.eventsShown + " of " + data.cap.eventsTotal + " events: " +
      (data.cap.articlesShown === data.cap.articlesTotal ? "the first of the article's events"
        : "the " + data.cap.articlesShown + " newest of " + data.cap.articlesTotal + " articles") +
      ", to keep the drawing fluid (at most " + data.cap.limit + "). kg show --max-events 0 draws every event.";
  }

  // ---------------------------------------------------------------- the network
  var elements = [];
  data.entities.forEach(function (e) {
    elements.push({group: "nodes", data: {id: e.id, label: e.label, kind: "entity", type: e.type,
                                          color: ENTITY_COLORS[e.type] || "#718096"}});
  });
  data.events.forEach(function (ev) {
    elements.push({group: "nodes", data: {id: ev.id, label: ev.type + (ev.date ? "\n" + ev.date : ""),
                                          kind: "event", type: ev.type, status: ev.status || "occurred",
                                          fill: EVENT_FILL[ev.type] || "#edf2f7"}});
    Object.keys(ev.slots).forEach(function (slot) {
      ev.slots[slot].forEach(function (iri) {
        if (!entities.has(iri)) { return; }
        var toEvent = slot === "agent" || slot === "source";
        elements.push({group: "edges", data: {id: ev.id + " " + slot + " " + iri, slot: slot, label: slot,
                                              source: toEvent ? iri : ev.id, target: toEvent ? ev.id : iri,
                                              color: SLOT_COLORS[slot]}});
      });
    });
  });
  var large = data.entities.length + data.events.length > LARGE;
  var nodes = elements.filter(function (item) { return item.group === "nodes"; });
  if (large) {
    // Positions computed here, no layout run (a force layout of thousands of nodes takes many seconds):
    // a sunflower spiral, the nodes most events name in the middle, then by date, so that hubs sit
    // among the events that name them.
    var degree = {};
    elements.forEach(function (item) {
      if (item.group === "edges") {
        degree[item.data.source] = (degree[item.data.source] || 0) + 1;
        degree[item.data.target] = (degree[item.data.target] || 0) + 1;
      }
    });
    nodes.sort(function (a, b) {
      var da = degree[a.data.id] || 0, db = degree[b.data.id] || 0;
      var ka = (events.get(a.data.id) || {}).date || "", kb = (events.get(b.data.id) || {}).date || "";
      return db - da || (ka < kb ? -1 : ka > kb ? 1 : 0) || (a.data.id < b.data.id ? -1 : 1);
    });
    nodes.forEach(function (item, index) {
      var radius = 38 * Math.sqrt(index), angle = index * 2.39996323;  // the golden angle
      item.position = {x: radius * Math.cos(angle), y: radius * Math.sin(angle)};
    });
  }
  // A large drawing comes in parts: the first (the middle of the spiral, the nodes most events name) is
  // drawn at once; the others are added after it, a part at a time, each edge with the later of its two
  // nodes. Making an element costs Cytoscape.js tens of microseconds, so thousands wait their turn
  // instead of holding back the first picture.
  var parts = [[]];
  if (large) {
    var partOf = {};
    nodes.forEach(function (item, index) {
      var part = index < FIRST_PART ? 0 : 1 + Math.floor((index - FIRST_PART) / PART_NODES);
      partOf[item.data.id] = part;
      (parts[part] = parts[part] || []).push(item);
    });
    elements.forEach(function (item) {
      if (item.group === "edges") {
        parts[Math.max(partOf[item.data.source], partOf[item.data.target])].push(item);
      }
    });
  } else {
    parts[0] = elements;
    // Deterministic start: nodes on a circle in the order given (the force layout then moves them).
    nodes.forEach(function (item, index) {
      var angle = 2 * Math.PI * index / Math.max(nodes.length, 1);
      item.position = {x: 400 * Math.cos(angle), y: 400 * Math.sin(angle)};
    });
  }

  var startedMs = performance.now();
  var cy = cytoscape({
    container: document.getElementById("graph"),
    elements: parts[0],
    wheelSensitivity: 0.3,
    pixelRatio: large ? 1 : "auto",
    hideEdgesOnViewport: large,
    textureOnViewport: large,
    minZoom: 0.05,
    maxZoom: 4,
    style: [
      // A large drawing starts without labels, which it could not show at the zoom that fits it (they are
      // drawn from 9 pixels up) and would measure at a cost of seconds; they come once one zooms in.
      {selector: "node", style: {"label": large ? "" : "data(label)", "font-size": 12, "text-wrap": "wrap",
                                 "min-zoomed-font-size": large ? 9 : 0, "color": "#1d2330"}},
      {selector: "node[kind = 'entity']", style: {"background-color": "data(color)", "width": 22, "height": 22,
                                                  "text-valign": "bottom", "text-margin-y": 3,
                                                  "text-background-color": "#fff", "text-background-opacity": 0.8,
                                                  "text-background-padding": 1, "font-weight": "bold"}},
      {selector: "node[kind = 'event']", style: {"shape": "round-rectangle", "background-color": "data(fill)",
                                                 "border-color": "#4a5568", "border-width": 2,
                                                 // a large drawing does not measure every label
                                                 "width": large ? 64 : "label", "height": large ? 30 : "label",
                                                 "padding": 5, "text-valign": "center",
                                                 "text-halign": "center", "font-size": 11}},
      {selector: "node[status = 'planned'], node[status = 'threatened']", style: {"border-style": "dashed"}},
      {selector: "node[status = 'denied']", style: {"border-style": "dotted"}},
      {selector: "node[status = 'ongoing']", style: {"border-style": "double", "border-width": 4}},
      {selector: "edge", style: {"width": 1.5, "line-color": "data(color)", "target-arrow-color": "data(color)",
                                 "target-arrow-shape": large ? "none" : "triangle", "arrow-scale": 0.8,
                                 "curve-style": large ? "haystack" : "bezier",
                                 "label": large ? "" : "data(label)", "font-size": 9, "color": "#5a6372",
                                 "text-rotation": "autorotate", "text-background-color": "#fff",
                                 "text-background-opacity": 0.8, "min-zoomed-font-size": 8}},
      {selector: "node.near", style: {"border-color": "#d69e2e", "border-width": 3}},
      {selector: "edge.near", style: {"width": 3.5}},
      {selector: "node:selected", style: {"border-color": "#d69e2e", "border-width": 4}},
      {selector: ".hidden", style: {"display": "none"}}
    ],
    layout: {name: "preset"}
  });

  // ---------------------------------------------------------------- details
  var details = document.getElementById("details");
  var pinned = null;

  function linkTo(iri, text) {
    var link = el("span", {"class": "link", text: text});
    link.addEventListener("click", function () { select(iri); });
    return link;
  }

  function row(dl, term, value) {
    if (value === null || value === undefined || value === "" || (Array.isArray(value) && !value.length)) { return; }
    var dd = el("dd");
    (Array.isArray(value) ? value : [value]).forEach(function (part, i) {
      if (i) { dd.appendChild(document.createTextNode(", ")); }
      dd.appendChild(typeof part === "string" ? document.createTextNode(part) : part);
    });
    dl.appendChild(el("dt", {text: term}));
    dl.appendChild(dd);
  }

  function showDetails(id) {
    details.textContent = "";
    var ev = events.get(id);
    var dl = el("dl");
    if (ev) {
      details.appendChild(el("h2", {text: ev.type + (ev.date ? ", " + ev.date : "")}));
      details.appendChild(el("span", {"class": "badge", text: ev.status || "occurred"}));
      ["agent", "target", "place", "source"].forEach(function (slot) {
        row(dl, slot, (ev.slots[slot] || []).map(function (iri) {
          var e = entities.get(iri); return e ? linkTo(iri, e.label) : iri;
        }));
      });
      row(dl, "date", ev.date || "not told");
      row(dl, "amount", ev.amount);
      row(dl, "people", ev.count);
      row(dl, "trigger", ev.trigger);
      var article = articles.get(ev.article);
      row(dl, "article", article ? article.headline + " (" + article.published + ")" : ev.article);
      details.appendChild(dl);
      if (ev.text) { details.appendChild(el("blockquote", {"class": "evidence", text: ev.text})); }
      return;
    }
    var e = entities.get(id);
    if (!e) { return; }
    details.appendChild(el("h2", {text: e.label}));
    var badge = el("span", {"class": "badge", text: e.type});
    badge.style.background = ENTITY_COLORS[e.type] || "#718096";
    details.appendChild(badge);
    row(dl, "also", e.aliases);
    row(dl, "roles", e.roles);
    row(dl, "CAMEO", e.code);
    row(dl, "GeoNames", e.geonames);
    var inEvents = [];
    cy.getElementById(id).connectedEdges().forEach(function (edge) {
      var other = edge.source().id() === id ? edge.target().id() : edge.source().id();
      var found = events.get(other);
      if (found) { inEvents.push(linkTo(other, found.type + (found.date ? " " + found.date : "") + " (" + edge.data("slot") + ")")); }
    });
    row(dl, "events", inEvents);
    details.appendChild(dl);
  }

  function select(id) {
    var node = cy.getElementById(id);
    if (node.empty()) { return; }
    pinned = id;
    cy.elements().unselect();
    node.select();
    cy.elements().removeClass("near");
    node.closedNeighborhood().addClass("near");
    showDetails(id);
    document.querySelectorAll("li.selected").forEach(function (li) { li.classList.remove("selected"); });
    var item = document.querySelector('li[data-id="' + CSS.escape(id) + '"]');
    if (item) { item.classList.add("selected"); }
    if (node.hasClass("hidden")) { return; }
    var extent = cy.extent();
    var p = node.position();
    if (p.x < extent.x1 || p.x > extent.x2 || p.y < extent.y1 || p.y > extent.y2) { cy.center(node); }
  }

  function unpin() {
    pinned = null;
    cy.elements().removeClass("near").unselect();
    document.querySelectorAll("li.selected").forEach(function (li) { li.classList.remove("selected"); });
  }

  if (large) {
    cy.on("zoom", function labelsWhenClose() {
      if (cy.zoom() < 0.5) { return; }
      cy.off("zoom", labelsWhenClose);
      cy.style().selector("node").style("label", "data(label)").update();
    });
  }
  cy.on("tap", "node", function (evt) { select(evt.target.id()); });
  cy.on("tap", function (evt) { if (evt.target === cy) { unpin(); } });
  cy.on("mouseover", "node", function (evt) { showDetails(evt.target.id()); });
  cy.on("mouseout", "node", function () { if (pinned) { showDetails(pinned); } });

  // ---------------------------------------------------------------- timeline
  var ordered = data.events.slice().sort(function (a, b) {
    var pa = articles.get(a.article), pb = articles.get(b.article);
    var ka = (a.date || "") + "|" + (pa ? pa.published : "") + "|" + a.article;
    var kb = (b.date || "") + "|" + (pb ? pb.published : "") + "|" + b.article;
    return ka < kb ? -1 : ka > kb ? 1 : 0;
  });
  var timeline = document.getElementById("timeline");
  var undated = document.getElementById("undated");
  ordered.forEach(function (ev) {
    var item = el("li", {"data-id": ev.id, "data-type": ev.type, "data-status": ev.status || "occurred"},
                  [el("time", {text: ev.date || ""}), el("span", {"class": "badge", text: ev.type}), " ",
                   eventSummary(ev)]);
    (ev.date ? timeline : undated).appendChild(item);
  });
  [timeline, undated].forEach(function (listing) {  // one listener a list, not three an event
    listing.addEventListener("click", function (evt) {
      var item = evt.target.closest("li[data-id]");
      if (item) { select(item.dataset.id); }
    });
    listing.addEventListener("mouseover", function (evt) {
      var item = evt.target.closest("li[data-id]");
      if (item) { showDetails(item.dataset.id); }
    });
    listing.addEventListener("mouseleave", function () { if (pinned) { showDetails(pinned); } });
  });

  // ---------------------------------------------------------------- filters and legend
  var preset = {};
  location.hash.replace(/^#/, "").split("&").forEach(function (part) {
    var pair = part.split("=");
    if (pair.length === 2 && pair[1]) { preset[pair[0]] = decodeURIComponent(pair[1]).split(","); }
  });

  function counts(key) {
    var found = {};
    data.events.forEach(function (ev) { var v = ev[key] || "occurred"; found[v] = (found[v] || 0) + 1; });
    return found;
  }

  function checkboxes(container, values, found, name, presetValues) {
    values.forEach(function (value) {
      if (!found[value]) { return; }
      var box = el("input", {type: "checkbox", name: name, value: value});
      box.checked = !presetValues || presetValues.indexOf(value) >= 0;
      box.addEventListener("change", applyFilters);
      container.appendChild(el("label", {}, [box, value, el("span", {"class": "n", text: String(found[value])})]));
    });
  }

  var typeCounts = counts("type");
  checkboxes(document.getElementById("type-filters"), Object.keys(typeCounts).sort(), typeCounts, "type", preset.types);
  checkboxes(document.getElementById("status-filters"), STATUSES, counts("status"), "status", preset.statuses);

  function checked(name) {
    return new Set(Array.prototype.map.call(document.querySelectorAll('input[name="' + name + '"]:checked'),
                                            function (box) { return box.value; }));
  }

  function applyFilters() {
    var types = checked("type"), statuses = checked("status");
    cy.batch(function () {
      var shown = new Set();
      cy.nodes("[kind = 'event']").forEach(function (node) {
        var visible = types.has(node.data("type")) && statuses.has(node.data("status"));
        node.toggleClass("hidden", !visible);
        if (visible) { node.neighborhood("node").forEach(function (n) { shown.add(n.id()); }); }
      });
      cy.nodes("[kind = 'entity']").forEach(function (node) {
        node.toggleClass("hidden", !shown.has(node.id()) && node.id() !== data.focus);
      });
    });
    document.querySelectorAll("#timeline li, #undated li").forEach(function (li) {
      li.classList.toggle("hidden", !(types.has(li.dataset.type) && statuses.has(li.dataset.status)));
    });
  }

  var legend = document.getElementById("legend");
  Object.keys(ENTITY_COLORS).forEach(function (type) {
    var swatch = el("span", {"class": "swatch"});
    swatch.style.background = ENTITY_COLORS[type];
    legend.appendChild(el("div", {}, [swatch, type]));
  });
  EVENT_FAMILIES.forEach(function (family) {
    var swatch = el("span", {"class": "swatch event"});
    swatch.style.background = family.color;
    legend.appendChild(el("div", {}, [swatch, family.name]));
  });
  legend.appendChild(el("div", {text: "border: solid occurred, dashed planned or threatened, dotted denied, double ongoing"}));
  Object.keys(SLOT_COLORS).forEach(function (slot) {
    var swatch = el("span", {"class": "swatch edge"});
    swatch.style.background = SLOT_COLORS[slot];
    legend.appendChild(el("div", {}, [swatch, slot + (slot === "agent" || slot === "source" ? " \u2192 event" : ": event \u2192")]));
  });

  // ---------------------------------------------------------------- layout, then say it is drawn
  var builtMs = performance.now();
  if (!large || preset.types || preset.statuses) { applyFilters(); }  // also sizes the events by their labels
  var visible = cy.elements().not(".hidden");
  var layout = visible.layout(large ? {name: "preset", fit: false} : {
    name: "cose", animate: false, randomize: false, fit: true, padding: 30, componentSpacing: 60,
    nodeRepulsion: function () { return 60000; }, idealEdgeLength: function () { return 60; },
    edgeElasticity: function () { return 80; }, nodeOverlap: 20, numIter: 2500, gravity: 40
  });
  layout.one("layoutstop", function () {
    var laidMs = performance.now();
    if (large) {  // the whole spiral in view, its later parts included
      var reach = 38 * Math.sqrt(nodes.length) + 60;
      cy.zoom(Math.min(cy.width(), cy.height()) / (2 * reach));
      cy.pan({x: cy.width() / 2, y: cy.height() / 2});
    } else {
      cy.fit(cy.elements().not(".hidden"), 24);
      if (cy.zoom() > 1.6) { cy.zoom(1.6); cy.center(cy.elements().not(".hidden")); }
    }
    requestAnimationFrame(function () {
      requestAnimationFrame(function () {
        var body = document.body;
        body.dataset.drawMs = String(Math.round(performance.now()));
        body.dataset.phasesMs = [startedMs, builtMs, laidMs].map(Math.round).join(" ");
        if (preset.select) { select(preset.select[0]); }
        body.dataset.drawn = "yes";
        addParts(1);
      });
    });
  });
  layout.run();

  function addParts(next) {
    var body = document.body;
    if (next >= parts.length) {
      body.dataset.nodes = String(cy.nodes().not(".hidden").length);
      body.dataset.edges = String(cy.edges().filter(function (e) { return !e.source().hasClass("hidden") && !e.target().hasClass("hidden"); }).length);
      body.dataset.completeMs = String(Math.round(performance.now()));
      body.dataset.complete = "yes";
      return;
    }
    setTimeout(function () {
      cy.add(parts[next]);
      if (document.querySelector("#controls input:not(:checked)")) { applyFilters(); }
      addParts(next + 1);
    }, 0);
  }
  window.kgShow = {cy: cy, select: select, data: data};
})();
