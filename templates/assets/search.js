// Searches the index the generator wrote (search/index.json) in the browser. No dependencies.
(function () {
  "use strict";
  var script = document.getElementById("search-script");
  var input = document.getElementById("search-query");
  var status = document.getElementById("search-status");
  var results = document.getElementById("search-results");
  if (!script || !input || !results) { return; }
  var indexHref = script.getAttribute("data-index");
  var root = new URL(indexHref.replace(/search\/index\.json$/, ""), script.src.replace(/assets\/search\.js$/, "search/"));
  var records = null;

  function normalise(text) {
    return text.toLowerCase().normalize("NFD").replace(/[\u0300-\u036f]/g, "");
  }

  function snippet(text, term) {
    var at = normalise(text).indexOf(term);
    if (at < 0) { return text.slice(0, 160); }
    var start = Math.max(0, at - 60);
    return (start > 0 ? "…" : "") + text.slice(start, at + 100) + "…";
  }

  function show(query) {
    results.textContent = "";
    var terms = normalise(query).split(/\s+/).filter(Boolean);
    if (!terms.length) { status.textContent = ""; return; }
    var found = records.filter(function (record) {
      var text = normalise(record.t + " " + record.x);
      return terms.every(function (term) { return text.indexOf(term) >= 0; });
    });
    status.textContent = found.length + (found.length === 1 ? " result" : " results") + " for “" + query + "”";
    found.slice(0, 100).forEach(function (record) {
      var item = document.createElement("li");
      var kind = document.createElement("span");
      kind.className = "kind-label";
      kind.textContent = record.k + " ";
      var link = document.createElement("a");
      link.href = new URL(record.u, root).href;
      link.textContent = record.t;
      var text = document.createElement("p");
      text.className = "detail";
      text.textContent = snippet(record.x, terms[0]);
      item.append(kind, link, text);
      results.append(item);
    });
  }

  var query = new URLSearchParams(window.location.search).get("q") || "";
  input.value = query;
  fetch(indexHref).then(function (response) {
    if (!response.ok) { throw new Error(response.status); }
    return response.json();
  }).then(function (data) {
    records = data;
    show(input.value);
    input.addEventListener("input", function () { show(input.value); });
  }).catch(function () {
    status.textContent = "The search index could not be loaded.";
  });
})();
